# Chained comparisons with objects: each operand evaluated once, short-circuit on the first
# false link, the result is the failing link's value (not necessarily a bool), and
# NotImplemented fallbacks with reflected operators.
log = []


class V:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        log.append(f"{self.n}<{other.n}")
        return self.n < other.n if self.n != 99 else "truthy-str"

    def __gt__(self, other):
        log.append(f"{self.n}>{other.n}")
        return NotImplemented

    def __eq__(self, other):
        log.append(f"{self.n}=={getattr(other, 'n', other)}")
        return isinstance(other, V) and self.n == other.n


def make(n):
    log.append(f"make {n}")
    return V(n)


print(make(1) < make(2) < make(3))
print(log)
log.clear()
print(make(3) < make(2) < make(5))
print(log)
log.clear()
print(V(99) < V(0) < V(1))
print(log)
log.clear()
print(V(5) > V(1))
print(log)
log.clear()
print(make(1) == make(1) == 1)
print(log)
log.clear()
x = 5
print(1 < x <= 5 != 6, 1 < x < 3, 0 < x in [5] is not None)
print([] == [] is not [], "a" < "b" < "c" > "a")
try:
    print(1 < "a" < 3)
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) <= V(2)
except TypeError as e:
    print("TypeError:", e)


class Rev:
    def __init__(self, n):
        self.n = n

    def __ge__(self, other):
        return f"Rev.__ge__({self.n}, {other})"


print(3 <= Rev(4))
print(Rev(1) >= 2)
