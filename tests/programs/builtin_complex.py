# complex numbers: construction, arithmetic with ints and floats, powers, division, repr,
# attributes, equality and errors.
z = complex(3, 4)
w = 1 - 2j
print(z, w, z + w, z - w, z * w, z / w, -z, +w, abs(z))
print(z.real, z.imag, z.conjugate(), (2j).real, type(1j).__name__)
print(z + 1, 2 * z, z / 2, 1 / z, z - 0.5, 0.5 + z, z == complex(3, 4), z != w)
print(1j ** 2, (1 + 1j) ** 3, z ** 0, z ** -1, (2 + 0j) ** 0.5, 2 ** 1j)
print(complex("1+2j"), complex(" 3-4.5j "), complex("7"), complex("-2j"), complex("(1+1j)"), complex(2.5))
print(complex(1, 2) == 1 + 2j, 1 + 0j == 1, 2.0 + 0j == 2.0, complex(1, 1) == 1)
print(repr(complex(0, 0)), repr(complex(-0.0, 1)), repr(complex(1e20, -1e-20)), repr(complex(float("inf"), 1)))
print(str(1 + 1j), f"{2j}", [1j, 2 + 0j], (0.1 + 0.2j) * 3)
for bad in ["1+", "j2", "1 + 2j", "abc"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    1j / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1j // 2
except TypeError as e:
    print("TypeError:", e)
try:
    1j < 2j
except TypeError as e:
    print("TypeError:", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)
print(hash(1 + 0j) == hash(1), bool(0j), bool(1j), sum([1j, 2, 3.5]))
