# float.hex / float.fromhex round trips, special values, subnormals, parsing forms and errors
for x in [0.0, -0.0, 1.0, -1.5, 0.1, 1e308, 5e-324, 2.2250738585072014e-308, 3.141592653589793, 1/3, 2.0**-1074, 1e-310]:
    h = x.hex()
    print(repr(x), h, float.fromhex(h) == x)
for s in ['inf', '-Infinity', 'nan', '0x1p0', '0x1.8p1', '  0x.8p1  ', '0X1P-2', '1', '0x10', '0xA.Bp3',
          '-0x0p+0', '0x1.fffffffffffff8p1023', '0x1p-1075', '0x1p-1074', '0x3p-1076', '0x1.00000000000008p0']:
    print(repr(s), float.fromhex(s))
for s in ['', '0x', '0xg', '1p', '0x1.8q1', 'infx', '0x1p1p1']:
    try:
        float.fromhex(s)
    except ValueError as e:
        print("ValueError:", repr(s), e)
try:
    float.fromhex('0x1p1024')
except OverflowError as e:
    print("OverflowError:", e)
print(float('inf').hex(), float('-inf').hex(), float('nan').hex())
class F(float):
    pass
r = F.fromhex('0x1.4p3')
print(type(r).__name__, r)
try:
    float.fromhex(1.0)
except TypeError as e:
    print("TypeError:", e)
