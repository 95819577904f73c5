# float() parsing: whitespace, signs, underscores, exponents, unicode digits and spaces, bytes input, errors
for s in ['1', ' 1.5 ', '-0', '+.5', '5.', '1e3', '1E-3', '1_000.000_1', '\t\n3.25\x0c', '١٫٥' if False else '١.٥', '\u20031.0\u3000',
          'infinity', '-INF', 'NaN', '1e-400', '-1e-400', '0x10' if False else '0.0000001', '1' + '0' * 30, '123456789e-20']:
    print(repr(s), repr(float(s)))
print(float(b'2.5'), float(bytearray(b' -1e2 ')), float(True), float(10 ** 20), float(-0.0))
for s in ['', ' ', '1_', '_1', '1__0', '1e', '1.2.3', '+-1', 'in f', '0x1p3', '1,5', 'nanx', '١.٥x', '1 2']:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
for v in [None, [], '1'.encode('utf-16')]:
    try:
        float(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return 'x'
print(float(F()), float(I()))
try:
    float(Bad())
except TypeError as e:
    print("TypeError:", e)
class S(str):
    pass
class FF(float):
    pass
class Raises:
    def __float__(self):
        raise ValueError('from __float__')
print(float(S(' 2.5 ')), float(FF(1.25)), type(float(FF(1.25))).__name__)
try:
    float(Raises())
except ValueError as e:
    print("ValueError:", e)
