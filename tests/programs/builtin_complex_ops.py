# complex numbers: construction, repr, arithmetic, abs, pow, conjugate, comparisons, errors
zs = [1 + 2j, -1.5j, 3 + 0j, complex(0, -0.0), complex(-0.0, 0), complex("1+2j"), complex(" (3-4j) "),
      complex(2), complex(1.5, -2), complex("-j"), complex("1e3j"), complex("inf+nanj")]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z) if z == z else "nan")
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a ** 2, a ** 0.5, a ** b)
print(a + 1, 1 + a, a * 2.5, 2 / a, a == 3 + 4j, a != b, (1 + 0j) == 1, 1.0 == (1 + 0j))
print(2 ** (1j), (0j) ** 0, (1j) ** 2, (2 + 0j) ** -1, pow(1j, 3))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(complex(0, 1)))
print(complex(1, 2) * complex(0, 1), divmod.__name__, complex.__name__)
print(complex(1e308, 1e308) * 2, repr(complex(float("nan"), 1)))
print(format(1 + 2j, ".2f"), format(-1.5j, "^20"), f"{3+4j:+.1e}", format(1j, ""))
for bad in [lambda: (1 + 2j) < (2 + 3j), lambda: 1j % 2, lambda: 1j // 2, lambda: 1 / 0j,
            lambda: complex("1+"), lambda: complex("x"), lambda: complex(1, "2"), lambda: int(1j),
            lambda: float(2j), lambda: 0j ** -1, lambda: complex("1", 2), lambda: round(1j)]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 5j
print(complex(C()), complex(3.0), complex(True), complex(1j, 1j), bool(0j), bool(1e-300j))
print(isinstance(1j, complex), type(1j).__name__, (1j).real.is_integer())
