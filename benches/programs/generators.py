"""A pipeline of chained generators and generator expressions.

A pseudo-random source feeds filtering, mapping, windowing, batching and
flattening stages built from generator functions, `yield from` and
generator expressions; the final stream is reduced to a checksum.

Usage: generators.py [count]
"""
import sys


def lcg(seed, count):
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state >> 4


def take_while_below(source, limit):
    for x in source:
        if x >= limit:
            return
        yield x


def pairwise(source):
    it = iter(source)
    prev = next(it, None)
    if prev is None:
        return
    for x in it:
        yield prev, x
        prev = x


def smooth(source):
    # exponential moving average in integer arithmetic
    acc = 0
    for x in source:
        acc = (acc * 3 + x) >> 2
        yield acc


def batched(source, size):
    batch = []
    for x in source:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def flatten(batches):
    for batch in batches:
        yield from reversed(batch)


def collatz_steps(n):
    # a tiny generator that yields a bounded Collatz trajectory
    for _ in range(6):
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1


def pipeline(count):
    numbers = lcg(12345, count)
    small = (x % 10000 for x in numbers)
    odd_or_big = (x for x in small if x % 2 == 1 or x > 5000)
    diffs = (b - a for a, b in pairwise(odd_or_big))
    positive = (d if d >= 0 else -d for d in diffs)
    peaks = smooth(x % 997 for x in positive)
    chunks = batched(peaks, 7)
    mixed = flatten(chunks)
    expanded = (y for x in mixed for y in collatz_steps(x + 1))
    total = 0
    n = 0
    for value in take_while_below(expanded, 10 ** 9):
        total = (total * 31 + value) % 1000000007
        n += 1
    return n, total


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 700000
    n, total = pipeline(count)
    squares = sum(i * i for i in range(count // 10) if i % 3)
    print("checksum:", str(n) + ":" + str(total) + ":" + str(squares))


if __name__ == "__main__":
    main()
