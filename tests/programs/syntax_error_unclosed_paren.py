# Checks: a parenthesis that is never closed (at end of file) is a SyntaxError.
print("this line must not be printed")
values = [1, 2, 3]
print(sum(values)
