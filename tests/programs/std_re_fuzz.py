# re: generated patterns (groups, alternation, greedy/lazy/possessive quantifiers, classes,
# anchors, backreferences, lookarounds, atomic groups, conditionals) searched over generated
# subjects: spans, groups, findall, split and sub must equal CPython's. A fixed LCG drives it.
import re

state = [12345]

def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n

def atom(depth, ngroups):
    k = rnd(14 if depth < 3 else 7)
    if k == 0:
        return 'abc'[rnd(3)]
    if k == 1:
        return '.'
    if k == 2:
        return ['[ab]', '[^a]', '[a-c\\n]', '\\w', '\\s', '\\d', '[^\\W]', '\\W'][rnd(8)]
    if k == 3:
        return ['^', '$', '\\b', '\\B', '\\A', '\\Z'][rnd(6)]
    if k == 4 and ngroups[0] > 0:
        return '\\' + str(rnd(ngroups[0]) + 1)
    if k in (5, 6):
        return 'ab '[rnd(3)]
    if k in (7, 8, 9):
        ngroups[0] += 1
        return '(' + expr(depth + 1, ngroups) + ')'
    if k == 10:
        return '(?:' + expr(depth + 1, ngroups) + ')'
    if k == 11:
        kind = ['?=', '?!', '?<=', '?<!', '?>'][rnd(5)]
        if kind in ('?<=', '?<!'):
            return '(' + kind + 'abc'[rnd(3)] + '[ab]'[: rnd(2) * 4] + ')'
        return '(' + kind + expr(depth + 1, ngroups) + ')'
    if k == 12 and ngroups[0] > 0:
        return '(?(' + str(rnd(ngroups[0]) + 1) + ')' + expr(depth + 1, ngroups) + '|' + \
            expr(depth + 1, ngroups) + ')'
    return 'a'

def piece(depth, ngroups):
    a = atom(depth, ngroups)
    if a in ('^', '$', '\\b', '\\B', '\\A', '\\Z') or a.startswith('(?=') or a.startswith('(?!') \
            or a.startswith('(?<'):
        return a
    q = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{0,3}?', '*+', '++',
         '?+'][rnd(15)]
    return a + q

def branch(depth, ngroups):
    return ''.join(piece(depth, ngroups) for _ in range(rnd(3) + 1))

def expr(depth, ngroups):
    parts = [branch(depth, ngroups)]
    while rnd(4) == 0 and len(parts) < 3:
        parts.append(branch(depth, ngroups))
    return '|'.join(parts)

def subject():
    return ''.join('aabbc \n'[rnd(7)] for _ in range(rnd(9)))

def show(m):
    return None if m is None else (m.span(), m.groups())

for i in range(400):
    ng = [0]
    pat = expr(0, ng)
    flags = [0, 0, re.I, re.M, re.S][rnd(5)]
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        print(i, repr(pat), 'error:', e)
        continue
    for _ in range(3):
        s = subject()
        print(i, repr(pat), int(flags), repr(s), show(p.search(s)), show(p.match(s)),
              show(p.fullmatch(s)))
    s = subject() + subject()
    print('  ', p.findall(s), p.split(s), p.sub(lambda m: '<' + m.group() + '>', s),
          [m.span() for m in p.finditer(s)])
