# complex: construction from numbers and strings, arithmetic, repr, attributes, comparisons and errors
print(complex(), complex(1), complex(1, 2), complex('3+4j'), complex(' (1-2j) '), complex('j'), complex('-1.5e3j'), complex(2j, 1j))
print(repr(1j), repr(-0j), repr(complex(-0.0, -0.0)), repr(complex(1, -0.0)), repr(complex(float('inf'), float('nan'))), 1e20j)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** 0.5, abs(a), a.conjugate(), a.real, a.imag, a == 3 + 4j, a != b)
print(1 + 2j == complex(1, 2), (1 + 0j) == 1, 2j * 1j, 1j ** 2, pow(1j, 3), 0j ** 0, (1 + 1j) ** 10)
for bad in [lambda: complex('1+'), lambda: complex('1 + 2j'), lambda: complex('x'), lambda: complex('1', 2), lambda: a < b,
            lambda: 1j / 0, lambda: 1j // 1, lambda: 1j % 1, lambda: int(1j), lambda: float(1j), lambda: complex([])]:
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(hash(1 + 0j) == hash(1), hash(complex(1, 1)) == hash(1 + 1j), bool(0j), bool(1e-300j), str(2 + 3j), format(1 + 2j, '.2f'))
class C:
    def __complex__(self):
        return 5j
print(complex(C()), type(complex(C())).__name__, complex(True, False), complex(1.5))
