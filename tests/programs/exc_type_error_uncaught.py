# Checks: uncaught TypeError for int + str inside an expression.
def label(n):
    return "n=" + str(n)
print(label(5))
count = 3
print("count is", count)
message = count + " items"
print(message)
