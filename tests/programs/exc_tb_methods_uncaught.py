# Uncaught traceback through a method, a classmethod, a property and a __getitem__.
class Grid:
    def __init__(self, rows):
        self.rows = rows

    @classmethod
    def build(cls, n):
        return cls([[i * j for j in range(n)] for i in range(n)])

    @property
    def diagonal(self):
        return [self[i, i] for i in range(len(self.rows) + 1)]

    def __getitem__(self, key):
        r, c = key
        return self.rows[r][c]


g = Grid.build(3)
print(g[1, 2])
print(g.diagonal)
