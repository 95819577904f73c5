# Checks: dict key/item view set operations and RuntimeError when mutating during iteration.
d = {"a": 1, "b": 2, "c": 3}
print(sorted(d.keys() & {"a", "z"}), sorted(d.keys() | {"z"}), sorted(d.keys() - {"a"}))
print(sorted(d.items() & {("a", 1), ("b", 5)}), d.keys() == {"a", "b", "c"})
try:
    for k in d:
        d["new"] = 0
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
