# Checks: return/break/continue inside finally override the pending exception or return.
def a():
    try:
        return 1
    finally:
        return 2
def b():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
def c():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
print(a(), b(), c())
