# Checks: uncaught NameError for an undefined name inside a function, after some output.
def compute(values):
    acc = 0
    for v in values:
        acc += v
    return acc + qqqzzz_undefined
print("start")
print(sum([1, 2, 3]))
print(compute([4, 5]))
print("never printed")
