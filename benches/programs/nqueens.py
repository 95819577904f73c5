"""N-queens: enumerate every placement of n non-attacking queens.

Backtracking over rows with boolean lists for occupied columns and
diagonals.  Each solution is folded into the checksum via its column
sequence, so the enumeration order matters as well as the count.

Usage: nqueens.py [n]
"""
import sys


class Board:
    def __init__(self, n):
        self.n = n
        self.cols = [False] * n
        self.diag1 = [False] * (2 * n - 1)   # indexed by row + col
        self.diag2 = [False] * (2 * n - 1)   # indexed by row - col + n - 1
        self.queens = []

    def free(self, row, col):
        return not (self.cols[col] or self.diag1[row + col]
                    or self.diag2[row - col + self.n - 1])

    def toggle(self, row, col, value):
        self.cols[col] = value
        self.diag1[row + col] = value
        self.diag2[row - col + self.n - 1] = value


def solve(board, row, acc):
    n = board.n
    if row == n:
        acc[0] += 1
        h = 0
        for c in board.queens:
            h = h * n + c
        acc[1] = (acc[1] * 1000003 + h) % 2147483647
        return
    for col in range(n):
        if board.free(row, col):
            board.toggle(row, col, True)
            board.queens.append(col)
            solve(board, row + 1, acc)
            board.queens.pop()
            board.toggle(row, col, False)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    acc = [0, 0]
    solve(Board(n), 0, acc)
    print("checksum:", str(acc[0]) + ":" + str(acc[1]))


if __name__ == "__main__":
    main()
