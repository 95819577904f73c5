# match: sequence patterns (fixed, starred, nested, strings/bytes excluded), mapping patterns
# (**rest, key order, missing keys, non-dict mappings), or-patterns binding the same names,
# `as` captures and capture/value rules.
import collections


def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y] if x == y:
            return f"pair of equal {x}"
        case [0, *_]:
            return "starts with 0"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first}..{last} middle={middle}"
        case [(a, b), *_, [c, d]]:
            return f"nested {a}{b}{c}{d}"
        case [x, y, *rest]:
            return f"at least two {x} {y} rest={rest}"
        case _:
            return f"not a sequence {type(v).__name__}"


for v in [[], [1], (2, 2), [0, 1, 2], [1, 2, 3, 4, 5], [(1, 2), 0, [3, 4]], range(3),
          "ab", b"ab", bytearray(b"x"), collections.deque([5, 6]), {1: 2}, iter([1])]:
    print(seq(v))


def mapping(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "user", **rest} if rest:
            return f"user with {sorted(rest)}"
        case {"type": "user"}:
            return "bare user"
        case {1: one, 2: _}:
            return f"ints one={one}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


class Counter(collections.UserDict):
    pass


for m in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "user", "name": "a", "age": 3},
          {"type": "user"}, {1: "a", 2: "b"}, {1: "a"}, Counter({"type": "user", "k": 1}),
          collections.OrderedDict(type="point", x=0, y=0), [("type", "user")], "type"]:
    print(mapping(m))

dd = collections.defaultdict(int)
match dd:
    case {"missing": _}:
        print("matched missing")
    case _:
        print("defaultdict not extended:", dict(dd))


def orpat(v):
    match v:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [x, 0] | [0, x]:
            return f"one zero, other {x}"
        case {"a": x} | {"b": x}:
            return f"a-or-b {x}"
        case str() | bytes() as s:
            return f"text {s!r}"
        case _:
            return "none"


for v in [2, [5, 0], [0, 6], {"b": 9}, b"z", 4.0]:
    print(orpat(v))

# Value patterns use dotted names; plain names capture.
class Color:
    RED = "red"
    GREEN = "green"


RED = "not used"
for c in ["red", "green", "blue"]:
    match c:
        case Color.RED:
            print("is red")
        case Color.GREEN:
            print("is green")
        case other:
            print("captured", other)
print(other)

# Literal matching: 1 == 1.0 == True but None/True/False match by identity.
for v in [1, 1.0, True, 0, False, None]:
    match v:
        case True:
            print(repr(v), "-> True")
        case 1:
            print(repr(v), "-> 1")
        case None:
            print(repr(v), "-> None")
        case False:
            print(repr(v), "-> False")
        case 0:
            print(repr(v), "-> 0")
