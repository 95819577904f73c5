# Checks: an unexpected indent is an IndentationError (a SyntaxError subclass) reported before any code runs.
print("this line must not be printed")
x = 1
    y = 2
print(x + y)
