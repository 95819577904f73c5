# and/or/not return values with objects, short circuit, truthiness via __bool__/__len__.
class T:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth

    def __bool__(self):
        print("bool", self.name)
        return self.truth

    def __repr__(self):
        return self.name


a, b = T("a", True), T("b", False)
print(a and b)
print(b and a)
print(a or b)
print(b or a)
print(not a, not b)
print(a and b or "default")
print([] or {} or 0 or "last")
print(1 and 2 and 3, 1 and 0 and 3, 0 or None, "" or "x")
x = None
print(x is None and "none" or "some")
if a and not b:
    print("branch taken")
while b:
    print("never")
print([v for v in [a, b, a] if v])
print(any([b, a]), all([a, b]))


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)


class NegLen:
    def __len__(self):
        return -1


try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
print(True + 1, True & False, True | False, True ^ True, ~True, -True, bool(True & 2))
print(type(True & True).__name__, type(True + 1).__name__, str(True), repr(False), int(True))
