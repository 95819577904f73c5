# Checks: an unmatched closing parenthesis is a SyntaxError reported before any code runs.
print("this line must not be printed")
total = (1 + 2) * 3)
print(total)
