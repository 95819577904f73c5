# Checks: output printed before an uncaught ZeroDivisionError is kept; exit code 1 and the last stderr line.
total = 0
for i in range(1, 4):
    total += 10 // i
    print("step", i, "total", total)
print("about to divide by zero")
result = total // (i - 3)
print("never printed", result)
