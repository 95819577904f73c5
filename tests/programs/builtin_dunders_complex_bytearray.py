# dunder methods of complex and bytearray called directly, and subclasses of both
z = 1+2j
print(z.__add__(1), z.__radd__(2), z.__mul__(z), z.__truediv__(2), z.__pow__(2), z.__rpow__(2), z.__neg__(), z.__abs__(), z.__bool__(), z.__add__("x"))
class Z(complex): pass
w = Z(1, 1)
print(w + 1, type(w + 1).__name__, -w, abs(w))
b = bytearray(b"abc")
print(b.__len__(), b.__getitem__(1), b.__contains__(98), list(b.__iter__()), b.__add__(b"d"), b.__mul__(2), b.__eq__(b"abc"), b.__lt__(b"b"))
b.__setitem__(0, 65); b.__delitem__(1); b.__iadd__(b"!"); print(b, b.__mod__(()), b.__imul__(2), b)
class BA(bytearray): pass
x = BA(b"xy"); x += b"z"; print(x, len(x), x[0], x[::-1], type(x).__name__)
