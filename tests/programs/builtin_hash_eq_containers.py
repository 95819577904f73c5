# hash/eq contract across numeric types in sets and dicts; custom __hash__/__eq__; unhashable errors with messages
print(len({1, 1.0, True, 1 + 0j}), {1: 'a', 1.0: 'b', True: 'c'}, {0, False, 0.0, -0.0, 0j})
print(hash(2 ** 100) == hash(float(2 ** 100)), hash(0.5) == hash(0.5 + 0j), {2 ** 100: 1}[float(2 ** 100)])
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k.lower())
    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()
    def __repr__(self):
        return 'Key(%r)' % self.k
d = {Key('A'): 1}
d[Key('a')] = 2
print(d, Key('X') in {Key('x')}, len({Key('q'), Key('Q'), Key('r')}))
class NoHash:
    __hash__ = None
class EqOnly:
    def __eq__(self, other):
        return True
for obj in [[1], {1: 2}, {1}, bytearray(b'x'), NoHash(), EqOnly()]:
    try:
        hash(obj)
        print(type(obj).__name__, 'hashable')
    except TypeError as e:
        print("TypeError:", e)
try:
    {[1, 2]: 3}
except TypeError as e:
    print("TypeError:", e)
try:
    {1, 2} & {frozenset([1]), [3]}
except TypeError as e:
    print("TypeError:", e)
print(hash(()), hash((1, 2)) == hash((1, 2)), hash('') == hash(''), hash(None) == hash(None), hash(frozenset()) == hash(frozenset()))
class Sub(int):
    pass
print(hash(Sub(5)) == hash(5), {Sub(5): 'x'}[5], Sub(5) == 5)
