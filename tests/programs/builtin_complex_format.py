# format() of complex numbers: no type (repr-like), e/f/g/n with precision, signs, fill/align, errors
zs = [1 + 2j, -1.5j, 3 + 0j, complex(-0.0, 2), 0j, 1e20 + 1e-5j, complex(float("inf"), float("nan")),
      1234567.891 - 7654321.5j]
specs = ["", "20", "<24", "^24", "*>26", "+", " ", "-", ".2f", "+.3e", ".3g", "g", "n", "E", "F",
         ",.1f", "_.2f", "#.0f", ".0e", "#g", "30.3f", "x<30.4G", ".1", ".12"]
for z in zs:
    for spec in specs:
        print(repr(spec), repr(format(z, spec)))
print(f"{1+1j!r:>10}", f"{2-3j:.2f}", "{:+.1f}".format(1j), "{0.real} {0.imag}".format(4 + 5j))
for bad in ["010", "=20", "d", "%", "s", "c", "x"]:
    try:
        print(format(1 + 2j, bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
