# json: JSONEncoder subclass, dump/load with files, allow_nan, parse_float, sort nested, round trips.
import json, io, math
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
buf = io.StringIO()
json.dump({"b": [1, {"c": None}], "a": "é"}, buf, sort_keys=True, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.dumps([float("inf"), float("nan")]))
try:
    json.dumps([math.inf], allow_nan=False)
except ValueError as e:
    print(str(e).startswith("Out of range float values are not JSON compliant"))
print(json.loads("[1.5, 2]", parse_float=lambda s: "F" + s), json.loads('{"a": 1, "a": 2}'))
print(json.dumps("\u2603\x00\t"), json.loads('"\\ud83d\\ude00"') == "\U0001F600")
print(json.dumps(list(range(3)), indent="\t"), json.dumps({"k": True}, separators=(",", "=")))
for bad in ['[1,]', '{"a" 1}', '', 'nul']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(str(e))
