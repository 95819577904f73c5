# Checks: uncaught AssertionError with a message; passing asserts before it produce no output.
def mean(xs):
    assert len(xs) > 0, "mean of empty list"
    return sum(xs) / len(xs)
assert mean([1, 2, 3]) == 2
print(mean([1, 2, 3, 4]))
print(mean([]))
print("never printed")
