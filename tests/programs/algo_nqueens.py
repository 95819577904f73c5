# Checks (realistic): n-queens backtracking with sets of attacked columns/diagonals; counts for n = 1..6.
def solve(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []
    def place(row):
        if row == n:
            solutions.append(placement.copy())
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c)
    place(0)
    return solutions
for n in range(1, 7):
    print(n, len(solve(n)))
sols = solve(6)
print(sols)
first = sols[0]
for r in range(6):
    line = ""
    for c in range(6):
        line += "Q" if first[r] == c else "."
    print(line)
