# List items that are objects (strings, lists, instances, None, bools) read by compiled code:
# the item's reference is taken before the register's old value is released, also when the
# register held the list itself (x = x[0] walks down nested lists); out-of-range and negative
# indexes behave as in CPython.


class Node:
    def __init__(self, name):
        self.name = name


def walk(nested, depth):
    x = nested
    for _ in range(depth):
        x = x[0]
    return x


def names(items, n):
    out = []
    for i in range(n):
        node = items[i % len(items)]
        out.append(node.name)
    return out


def flags(bits, n):
    count = 0
    for i in range(n):
        if bits[i % len(bits)]:
            count += 1
    return count


def last_items(rows):
    got = []
    for row in rows:
        got.append(row[-1])
    return got


def main():
    nested = "leaf"
    for i in range(30):
        nested = [nested, i]
    for _ in range(200):
        leaf = walk(nested, 30)
    print(leaf, walk(nested, 29))
    nodes = [Node("a"), Node("b"), Node("c")]
    total = []
    for _ in range(100):
        total = names(nodes, 7)
    print(total)
    print(flags([True, False, None, 0, 1, "", "x"], 700))
    rows = [[1, "one"], [2, None], [3, [3]], [4, Node("n")]]
    for _ in range(100):
        got = last_items(rows)
    print(got[:3], got[3].name)
    words = ["w%d" % i for i in range(10)]
    s = 0
    for _ in range(300):
        for i in range(-10, 10):
            s += len(words[i])
    print(s)
    try:
        for i in range(20):
            words[i]
    except IndexError as e:
        print("IndexError:", e, i)


main()
