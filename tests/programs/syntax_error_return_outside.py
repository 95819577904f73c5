# Checks: `return` outside a function is a SyntaxError detected at compile time.
def fine():
    return 1
print("this line must not be printed", fine())
return 5
