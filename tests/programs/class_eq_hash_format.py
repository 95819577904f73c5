# __eq__/__hash__ interaction (setting __eq__ drops __hash__, explicit __hash__ kept,
# inherited), objects as dict keys/set members, __format__ with format()/f-strings/str.format,
# __repr__/__str__ fallbacks, __index__ in slicing/bin/range, and __bool__ in conditions.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x}, {self.y})"
    def __format__(self, spec):
        if spec == "polar":
            return f"<{self.x}@{self.y}>"
        return format(str((self.x, self.y)), spec)
s = {P(1, 2), P(1, 2), P(2, 1)}
d = {P(0, 0): "origin"}
print(len(s), sorted(s, key=lambda p: p.x), d[P(0, 0)], P(0, 0) in d, P(1, 2) in s)
print(f"{P(1, 2):polar}", format(P(3, 4), ">12"), "{:polar}|{!r}|{}".format(P(5, 6), P(5, 6), P(5, 6)))
class EqOnly:
    def __eq__(self, o):
        return True
class Child(P):
    pass
class ChildEq(P):
    def __eq__(self, o):
        return False
class ChildBoth(P):
    def __eq__(self, o):
        return False
    __hash__ = P.__hash__
print(EqOnly.__hash__, Child.__hash__ is P.__hash__, ChildEq.__hash__, ChildBoth.__hash__ is P.__hash__)
for obj in (EqOnly(), ChildEq(1, 1)):
    try:
        {obj}
    except TypeError as e:
        print("TypeError:", e)
print(hash(Child(1, 2)) == hash(P(1, 2)), Child(1, 2) == P(1, 2), {Child(1, 2): 1}.get(P(1, 2)))
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}), Plain.__eq__ is object.__eq__)
class OnlyStr:
    def __str__(self):
        return "str-form"
class OnlyRepr:
    def __repr__(self):
        return "repr-form"
print(str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"), str(OnlyRepr()), repr(OnlyRepr()), f"{OnlyRepr()}", f"{OnlyRepr()!r}", [OnlyRepr()], format(OnlyRepr()))
class BadRepr:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return None
class BadFormat:
    def __format__(self, spec):
        return 1
for f in [lambda: repr(BadRepr()), lambda: str(BadStr()), lambda: format(BadFormat()), lambda: f"{BadFormat()}",
          lambda: format(OnlyStr(), "x"), lambda: "{:>5}".format(Plain())]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        cur = spec or "USD"
        return f"{self.cents / 100:.2f} {cur}"
    def __str__(self):
        return format(self)
print(f"{Money(1234)}", f"{Money(5):EUR}", str(Money(99)), "{0:GBP} and {0}".format(Money(1)), f"{Money(7)!s:>12}|")
