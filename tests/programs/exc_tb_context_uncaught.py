# Uncaught exception raised in an except block in another function: both tracebacks, joined by
# "During handling of the above exception, another exception occurred:".
def parse(s):
    return int(s)


def load(items):
    out = []
    for s in items:
        try:
            out.append(parse(s))
        except ValueError:
            out.append(lookup[s])
    return out


lookup = {"one": 1}
print(load(["1", "one"]))
print(load(["2", "two"]))
