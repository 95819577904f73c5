# Native modules refuse impossible sizes as CPython does: MemoryError for huge deque/array
# repetition and struct formats, OverflowError for getrandbits beyond a C int (never an abort).
import _random, struct
import itertools
from collections import deque
from array import array
for f in [lambda: _random.Random(1).getrandbits(2**62), lambda: deque([1, 2]) * 2**62, lambda: array("i", [1]) * 2**62, lambda: struct.pack("%ds" % 2**60, b""), lambda: len(deque([1,2], 3) * 2**62)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for f in ["1000000000000i", "4611686018427387903q", "99999999999999999999s", "9223372036854775807x", "4611686018427387904s4611686018427387904s"]:
    try: print(struct.calcsize(f))
    except Exception as e: print(type(e).__name__, e)
for r in [2**62, 2**59, 2**40]:
    try:
        itertools.product(range(10), repeat=r)
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
