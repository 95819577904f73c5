# re: errors from the pattern parser (re.error with msg, pos, lineno), bad arguments to
# the native matcher, and an uncaught re.error at the end.
import re

for bad in ['a(b', 'a)b', '[abc', '*a', 'a{2,1}', r'(?P<n>a)(?P<n>b)', r'\1(a)', '(?<=a+)b',
            r'(?P<1x>a)', 'a**', r'\p', '(?z)', 'x' + '(' * 3]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), '|', e, '|', e.msg, e.pos)
try:
    re.compile('ab\n(c', re.X)
except re.error as e:
    print(e.lineno, e.colno)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('re.error', e)
try:
    re.sub('(a)', r'\g<x>', 'a')
except IndexError as e:
    print('IndexError', e)
except re.error as e:
    print('re.error', e)
for args in [(r'a', b'a'), (rb'a', 'a'), ('a', 5)]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(5)
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
print(issubclass(re.error, Exception), re.error.__name__)
re.compile('[a-')
