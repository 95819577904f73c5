# Checks: `x = = 1` is a SyntaxError ("invalid syntax"); nothing before it runs because the file is compiled first.
print("this line must not be printed")
y = 2
x = = 1
print(x, y)
