# str misc: capitalize/title on mixed scripts, ljust/rjust/center widths, str() of objects, str multiplication limits
print('{:>6}|{:<6}|{:^6}'.format('ab', 'ab', 'ab'), 'x'.center(0), 'abc'.ljust(-5), 'é'.rjust(3, '·'))
print(str(1), str(1.0), str(None), str(True), str([1, 'a']), str({'a': (1,)}), str(b'x'), str(str), str(len))
class S:
    def __str__(self):
        return 'S!'
class NoStr:
    def __repr__(self):
        return 'repr-only'
class BadStr:
    def __str__(self):
        return 5
print(str(S()), str(NoStr()), f'{S()}', '%s' % S(), format(S()), format(NoStr(), ''))
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    format(S(), 'x')
except TypeError as e:
    print("TypeError:", e)
print('abc'.upper().lower().title(), ' '.join(w.capitalize() for w in 'hello big world'.split()), 'hELLO wORLD'.swapcase())
print(len('x' * 100000), ('ab' * 3).count('ab'), 'ab'.join('xyz'), '-'.join(['']), 'a'.join(['b']))
s = 'The quick brown fox'
print(s.lower().count('o'), s.index('q'), s[4:9].upper(), s.split()[::-1], ' '.join(reversed(s.split())), s.replace(' ', ''))
