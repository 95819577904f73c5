# print(): sep, end, file (StringIO, sys.stderr, custom writer), flush, None values, errors for bad args
import io, sys
print(1, 2, 3, sep='-', end='|\n')
print('a', 'b', sep='')
print('x', end='')
print()
print(sep=':')
print(1, 2, sep=None, end=None)
buf = io.StringIO()
print('to', 'buffer', file=buf, sep='+')
print(42, file=buf, end='')
print(repr(buf.getvalue()))
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')
w = W()
print('a', 'b', file=w, flush=True)
print(w.parts)
print('ok', file=None, flush=True)
print('err line', file=sys.stderr)
for kw in [{'sep': 1}, {'end': 2}, {'file': 3}, {'bogus': 1}]:
    try:
        print('z', **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class R:
    def __str__(self):
        return 'R-str'
    def __repr__(self):
        return 'R-repr'
print(R(), [R()], (R(),), {'k': R()}, sep=' ; ')
