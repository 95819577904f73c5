# dict insertion order across delete/reinsert and update, comprehensions, zip construction, copy independence, nesting
d = {}
for k in 'dbca':
    d[k] = ord(k)
del d['b']
d['b'] = 0
d['d'] = 1
print(list(d), list(d.values()), list(d.items())[:2])
d.update({'a': 9, 'z': 26})
print(list(d), next(iter(d)), next(reversed(d)))
sq = {n: n * n for n in range(5) if n % 2 == 0}
print(sq, dict(zip('abc', range(3))), dict(zip('ab', 'xyz')), {k: v for k, v in [(1, 'a'), (1, 'b')]})
orig = {'l': [1], 'n': 1}
cp = orig.copy()
cp['l'].append(2)
cp['n'] = 2
print(orig, cp, dict(orig) == orig, dict(orig) is orig)
tree = {}
for path in ['a/b/c', 'a/d', 'e']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(tree)
counts = {}
for w in 'the cat the dog the end'.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), max(counts, key=counts.get), len(counts))
inv = {v: k for k, v in counts.items()}
print(inv, 'cat' in counts, 'bird' not in counts, list(counts.keys()) == list(counts))
