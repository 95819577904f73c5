# re: Pattern and Match objects as values: equality, hashing, caching, copy/deepcopy, the
# copyreg reducer pickling uses, reprs (long patterns, flags, bytes), flag objects, scanner(),
# str subclasses, purge.
import re, copy, copyreg

p1 = re.compile(r'a+b', re.I)
p2 = re.compile(r'a+b', re.I)
p3 = re.compile(r'a+b')
print(p1 == p2, p1 == p3, p1 != p3, hash(p1) == hash(p2), p1 is re.compile(r'a+b', re.I))
print(len({p1, p2, p3}), {p1: 1}[p2])
print(copy.copy(p1) is p1, copy.deepcopy(p1) is p1)
f, args = copyreg.dispatch_table[re.Pattern](p1)
q = f(*args)
print(f.__name__, args, q, q == p1, q.search('xAAB'))
m = p1.search('xaab')
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.compile('x' * 300)), print(repr(re.compile('y' * 198 + '\n')))
print(re.compile('a', re.I | re.M | re.S | re.X), re.compile(b'a', re.L | re.I))
print(re.compile('a', re.NOFLAG), re.compile('(?i)a'), re.compile('(?x)a  b'))
print(re.compile('a', re.U), re.compile('a', re.A | re.I).flags, re.compile('a').flags)
print(re.I, re.I | re.M, repr(re.IGNORECASE | re.ASCII), int(re.S | re.X), re.RegexFlag.DOTALL)
print(re.match(b'(a)(b)?', b'ab'), re.match(b'a', b'a').group(0))
sc = re.compile(r'\d').scanner('a1b23')
print(sc.search(), sc.search(), sc.match(), sc.search(), sc.search(), sc.pattern.pattern)
class S(str):
    pass
m = re.search(r'l+', S('hello'))
print(m, type(m.string).__name__, type(m.group()).__name__)
print(re.compile(p1) is p1)
re.purge()
print(re.sub('(a)', r'\1\1', 'banana'), re.escape('é ü'))
print(re.compile(r'(?P<first>\w)(?P<rest>\w*)').match('hello').expand(r'\g<rest>-\g<first>ay'))
m = re.match(rb'(?P<n>\d+)', b'42x')
print(m.expand(rb'<\g<n>>'), m.groupdict(), m['n'], m.lastgroup)
print(type(re.compile('a').finditer('aa')).__name__)
gi = re.compile('(?P<a>x)(?P<b>y)').groupindex
print(repr(gi), gi, gi['b'], sorted(gi), re.compile('x').groupindex)
try:
    gi['a'] = 5
except TypeError:
    print('groupindex is read-only')
