# An `async for` comprehension (here nested inside a plain one) in a plain function is a
# SyntaxError raised at compile time: nothing runs.
print("never printed")


def f(rows):
    return [[x async for x in row] for row in rows]
