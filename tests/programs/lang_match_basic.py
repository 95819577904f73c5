# match statements: literal, capture, wildcard, value, or-patterns, guards, as.
import math


class Color:
    RED = "red"
    GREEN = "green"


def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case Color.RED:
            return "the color red"
        case math.pi:
            return "pi"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() as f:
            return f"float {f}"
        case str() as s if len(s) > 3:
            return f"long string {s!r}"
        case _:
            return "something else"


for v in [0, 2, "hello", None, True, "red", math.pi, -5, 2.5, "abcdef", "ab", [1]]:
    print(repr(v), "->", describe(v))


def http(status):
    match status:
        case 200 | 201 as code:
            return f"ok {code}"
        case 400 | 404:
            return "client error"
        case code if 500 <= code < 600:
            return f"server error {code}"
        case other:
            return f"unknown {other}"


print([http(s) for s in [200, 201, 404, 503, 302]])
count = 0
for item in range(6):
    match item % 3:
        case 0:
            continue
        case 1:
            count += 1
        case _:
            if item > 4:
                break
            count += 10
print("count", count)


def no_match(x):
    match x:
        case 1:
            return "one"
    return "fell through"


print(no_match(1), no_match(2))
match 5:
    case x:
        print("captured", x)
print("x after", x)
