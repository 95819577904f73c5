# Checks (realistic): towers of Hanoi, counting moves recursively and recording the moves for small n.
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return 0
    count = hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    count += 1
    count += hanoi(n - 1, via, dst, src)
    return count
print(hanoi(3, "A", "C", "B"))
for m in moves:
    print("move disk", m[0], "from", m[1], "to", m[2])
for n in range(1, 15):
    moves = []
    c = hanoi(n, "A", "C", "B")
    assert c == 2 ** n - 1, "wrong count"
    assert len(moves) == c
print("counts ok up to 14:", c)
def simulate(n):
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    def move(k, src, dst, via):
        if k == 0:
            return
        move(k - 1, src, via, dst)
        disk = pegs[src].pop()
        if pegs[dst]:
            assert pegs[dst][-1] > disk, "illegal move"
        pegs[dst].append(disk)
        move(k - 1, via, dst, src)
    move(n, "A", "C", "B")
    return pegs
print(simulate(6))
