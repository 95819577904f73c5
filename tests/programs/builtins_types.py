# Checks: type() printing, isinstance with builtin types and tuples, type(x).__name__ , type comparisons.
values = [1, 2.0, "s", True, None, [1], (1,), {"a": 1}, range(2)]
print(type({1}), type(set()).__name__)
for v in values:
    print(repr(v), type(v), type(v).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance("x", str), isinstance([], (tuple, list)), isinstance({}, (list, set)))
print(isinstance(3, (float, str, int)), isinstance(None, (int, str)))
print(type(1) == int, type(True) == int, type(True) == bool, type("a") is str)
print(type(len), type(print).__name__)
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    if isinstance(x, (list, tuple)):
        return "sequence of " + str(len(x))
    if isinstance(x, dict):
        return "dict"
    return "other"
for v in [False, 7, 7.0, [1, 2], (), {}, "s"]:
    print(repr(v), "->", describe(v))
print(int, str, float, list, dict, set, tuple, bool)
print(type(int), isinstance(int, type))
