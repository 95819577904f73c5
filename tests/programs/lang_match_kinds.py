# Checks: match with literal, capture, value, sequence with star, mapping with rest, class, or, guard, as.
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def m(v):
    match v:
        case 0 | 1 as small:
            return ("small", small)
        case [a, *rest] if len(rest) > 1:
            return ("seq", a, rest)
        case {"k": kv, **others}:
            return ("map", kv, others)
        case P(0, y=yy):
            return ("p0", yy)
        case P(x, y):
            return ("p", x, y)
        case str() as s:
            return ("str", s)
        case _:
            return "other"
for v in [1, [1, 2, 3], [1, 2], {"k": 5, "z": 6}, P(0, 7), P(3, 4), "hi", 2.5]:
    print(m(v))
