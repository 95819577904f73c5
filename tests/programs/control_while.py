# Checks: while loops with break, continue, else, nested loops and loop counters.
i = 0
while i < 5:
    print("i =", i)
    i += 1
n = 0
total = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 9:
        break
    total += n
print("sum of odds below 10:", total)
k = 0
while k < 3:
    k += 1
else:
    print("while-else ran, k =", k)
k = 0
while k < 10:
    if k == 4:
        print("breaking at", k)
        break
    k += 1
else:
    print("not printed")
row = 1
while row <= 3:
    col = 1
    line = ""
    while col <= row:
        line += str(row * col) + " "
        col += 1
    print(line.strip())
    row += 1
x = 100
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("steps", steps)
while False:
    print("never")
else:
    print("else on false loop")
