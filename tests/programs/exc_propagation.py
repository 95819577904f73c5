# Checks: exceptions propagating through several function calls and caught higher up; code after the raise is skipped.
trace = []
def parse(token):
    trace.append("parse " + token)
    return int(token)
def parse_all(tokens):
    out = []
    for t in tokens:
        out.append(parse(t))
        trace.append("parsed " + t)
    return out
def total(text):
    trace.append("total start")
    nums = parse_all(text.split(","))
    trace.append("total end")
    return sum(nums)
def safe_total(text):
    try:
        return total(text)
    except ValueError as e:
        return "error: " + str(e)
print(safe_total("1,2,3"))
print(trace)
trace = []
print(safe_total("4,x,6"))
print(trace)
def lookup(table, path):
    node = table
    for key in path:
        node = node[key]
    return node
table = {"a": {"b": [10, 20, {"c": "found"}]}}
for path in [["a", "b", 2, "c"], ["a", "q"], ["a", "b", 7], ["a", "b", 0, "z"]]:
    try:
        print(lookup(table, path))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
    except TypeError as e:
        print("TypeError:", e)
def depth(n):
    if n == 0:
        raise LookupError("bottom reached")
    try:
        return depth(n - 1)
    finally:
        if n % 5 == 0:
            print("unwinding", n)
try:
    depth(12)
except LookupError as e:
    print("caught at top:", e)
