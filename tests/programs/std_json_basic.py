# json: dumps/loads round trips, indent, sort_keys, separators, errors.
import json
data = {"name": "ferropy", "n": 3, "pi": 3.25, "ok": True, "none": None, "list": [1, 2, [3, "x"]], "nested": {"a": {"b": []}}}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2], separators=(",", ":")))
print(json.dumps("héllo \n \"q\""), json.dumps("héllo", ensure_ascii=False))
print(json.loads('[1, 2.5, "x", true, false, null, {"k": -1e3}]'))
print(json.loads('"\\u00e9\\n"'))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("error:", e.msg, e.pos)
class P:
    def __init__(self, x): self.x = x
print(json.dumps(P(2), default=lambda o: {"P": o.x}))
try:
    json.dumps(P(1))
except TypeError as e:
    print(e)
print(json.dumps({1: "a", 2.5: "b", None: "c"}))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
