# re (CPython's pure-Python package on ferropy's native _sre): match/search/fullmatch, groups,
# named groups, spans, lastindex/lastgroup, regs, reprs, pos/endpos and Match indexing.
import re

m = re.match(r'(\w+) (\w+)', 'hello world again')
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m.groups(), m.span(), m.span(2), m.start(1), m.end(1), m.start(), m.end())
print(m[0], m[1], m[2], m.lastindex, m.lastgroup, m.regs)
print(m.pos, m.endpos, m.string, m.re)

m = re.search(r'(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?', 'on 2023-07 we')
print(m.groupdict(), m.groupdict('?'), m.groups(), m.groups(0))
print(m.group('year'), m['month'], m.span('year'), m.start('day'), m.span('day'))
print(m.lastindex, m.lastgroup)
m = re.search(r'(?P<a>x)|(?P<b>y)', 'zzy')
print(m.lastindex, m.lastgroup, m.group('a'), m.group('b'))
try:
    m.group(5)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)

p = re.compile(r'\d+')
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile(r'(?P<x>a)(?P<y>b)').groupindex)
print(re.compile('a', re.I | re.M), re.compile(b'a+', re.S), re.compile('x', re.A))
print(p.match('abc123'), p.search('abc123def'), p.fullmatch('123'), p.fullmatch('123a'))
print(p.search('abc123def456', 7), p.search('abc123def456', 0, 5), p.match('abc123', 3))
print(p.search('abc123def', pos=4), p.search('abc123', endpos=4))
m = p.search('a12b', 1, 3)
print(m, m.pos, m.endpos)
print(re.fullmatch(r'a|ab', 'ab'), re.match(r'a|ab', 'ab'))
print(re.search('^b', 'ab'), re.search('^b', 'ab', re.M), re.compile('^b').search('ab', 1))
print(re.search(r'$', 'ab\n').span(), re.search(r'\Z', 'ab\n').span())
print(re.match('', ''), re.search('x*', 'aaa'))
print(bool(re.match('a', 'a')), re.match('a', 'b') is None)
print(type(m).__name__, type(p).__name__, re.Match is type(m), re.Pattern is type(p))

bm = re.match(rb'(\d+)-(\d+)', b'12-345 x')
print(bm, bm.groups(), bm.group(2), bm.span(2))
um = re.search(r'(\w+)', '  héllo wörld')
print(um, um.span(), um.group(1))
print(re.search('é+', 'caféé!').span())
print(re.search(r'\d+', 'x\u0663\u0664y'), re.search(r'\d+', 'x\u0663\u0664y', re.A))
