# pprint: pformat of nested structures, width, sorting of dicts, depth.
import pprint
data = {"name": "x" * 10, "list": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4)}], "c": "d"}, "z": None}
pprint.pprint(data)
pprint.pprint(data, width=40)
print(pprint.pformat([1, [2, [3, [4, [5]]]]], depth=2))
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
pprint.pprint([("tuple", i, "x" * i) for i in range(8)], compact=True, width=60)
print(pprint.isreadable([1, 2]), pprint.saferepr({1: [1, 2]}))
