# Checks: `nonlocal` at module level is a SyntaxError detected at compile time.
print("this line must not be printed")
nonlocal counter
counter = 2
print(counter)
