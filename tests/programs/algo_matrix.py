# Checks (realistic): matrix multiply, transpose, identity and matrix power with nested lists.
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    result = []
    for i in range(rows):
        row = []
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            row.append(s)
        result.append(row)
    return result
def transpose(m):
    out = []
    for j in range(len(m[0])):
        col = []
        for i in range(len(m)):
            col.append(m[i][j])
        out.append(col)
    return out
def identity(n):
    m = []
    for i in range(n):
        row = [0] * n
        row[i] = 1
        m.append(row)
    return m
def matpow(m, e):
    result = identity(len(m))
    while e > 0:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(matmul(b, a))
print(transpose(a))
print(matmul(a, identity(3)) == a)
fib = matpow([[1, 1], [1, 0]], 90)
print(fib[0][1])
for row in matpow([[2, 0], [1, 1]], 10):
    print(row)
f = [[0.5, 0.25], [1.5, 2.0]]
print(matmul(f, f))
