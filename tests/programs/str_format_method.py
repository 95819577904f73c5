# str.format and format_map: auto/manual numbering, attributes and indexes, conversions, nested specs, errors
print('{} {}'.format(1, 2), '{1} {0} {1}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2), '{0[1]} {0[k]}'.format({1: 'one', 'k': 'kay'}))
class P:
    x = 3
    def __format__(self, spec):
        return 'P<' + spec + '>'
print('{0.x} {p.x}'.format(P, p=P()), '{:abc}'.format(P()), '{!r:>6}'.format('s'), '{!s}'.format(P), '{!a}'.format('é'))
print('{:{w}.{p}f}'.format(3.14159, w=8, p=2), '{:{}}'.format('x', 4) + '|', '{{literal}} {}'.format(5), '{0:{1}}'.format(7, '03'))
print('{a[0]}{a[2]}'.format(a='xyz'), '{0[0][1]}'.format([[1, 2]]), '{:%Y}'.format(__import__('datetime').date(2020, 1, 2)))
print('{name} is {age}'.format_map({'name': 'Z', 'age': 3}))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} {b}'.format_map(Default(a=1)))
for fmt, args, kw in [('{} {1}', (1, 2), {}), ('{1} {}', (1, 2), {}), ('{}', (), {}), ('{x}', (), {}), ('{0.nope}', (1,), {}),
                      ('{0[5]}', ([1],), {}), ('{!z}', (1,), {}), ('{', (), {}), ('}', (), {}), ('{0:{1:{2}}}', (1, 2, 3), {}),
                      ('{:d}', ('s',), {}), ('{0]}', (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(type(e).__name__, repr(fmt), e)
try:
    '{a}'.format_map(5)
except TypeError as e:
    print("TypeError:", e)
