# Checks (realistic): a reverse-Polish calculator using a list stack, a dict of lambdas, and error handling.
OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b,
}
def evaluate(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            if len(stack) < 2:
                raise ValueError("stack underflow at " + repr(tok))
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[tok](a, b))
        elif tok.isdigit() or (tok.startswith("-") and tok[1:].isdigit()):
            stack.append(int(tok))
        else:
            stack.append(float(tok))
    if len(stack) != 1:
        raise ValueError("bad expression, stack = " + str(stack))
    return stack[0]
exprs = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "7 2 /", "7 2 //", "-7 2 %",
         "1.5 2 *", "2 100 ** 3 //", "1 0 /", "1 +", "1 2", "abc 1 +", "0.1 0.2 +"]
for e in exprs:
    try:
        print(repr(e), "=", evaluate(e))
    except ZeroDivisionError as err:
        print(repr(e), "-> division error:", err)
    except ValueError as err:
        print(repr(e), "-> invalid:", err)
