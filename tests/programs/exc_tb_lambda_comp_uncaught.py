# Uncaught traceback through a lambda called from sorted() and a list comprehension.
data = [{"k": 3}, {"k": 1}, {"j": 2}]
squares = [x * x for x in range(4)]
print(squares)


def keyed(rows):
    return sorted(rows, key=lambda r: r["k"])


def main():
    pairs = [keyed(data[:2]), keyed(data)]
    return pairs


print(main())
