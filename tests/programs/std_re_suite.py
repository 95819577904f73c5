# re: CPython's own table of regular-expression cases (test/re_tests.py, 3.11): for every
# pattern, compile it (or report the error class), search the subject, and print the span
# and groups; then the same with the subject as bytes where the pattern allows it.
import re
from test.re_tests import tests, SUCCEED, FAIL, SYNTAX_ERROR

counts = {}
for t in tests:
    pattern, s, outcome = t[0], t[1], t[2]
    try:
        obj = re.compile(pattern)
    except re.error as e:
        print('E', repr(pattern), e.msg)
        counts['error'] = counts.get('error', 0) + 1
        continue
    except Exception as e:
        print('X', repr(pattern), type(e).__name__)
        continue
    m = obj.search(s)
    if m is None:
        print('-', repr(pattern), repr(s))
        counts['nomatch'] = counts.get('nomatch', 0) + 1
    else:
        print('+', repr(pattern), m.span(), m.groups(), m.lastindex)
        counts['match'] = counts.get('match', 0) + 1
    try:
        bpat = pattern.encode('ascii')
        bs = s.encode('ascii')
    except UnicodeEncodeError:
        continue
    try:
        bm = re.compile(bpat).search(bs)
    except re.error:
        continue
    print('b', None if bm is None else bm.span())
print(sorted(counts.items()))
