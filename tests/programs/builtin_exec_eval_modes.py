# compile() with the exec/eval/single modes; exec and eval with globals/locals dicts; errors and results
code = compile('x = 5\ny = x * 2', '<str>', 'exec')
ns = {}
print(exec(code, ns), ns['y'], sorted(k for k in ns if k != '__builtins__'), '__builtins__' in ns)
e = compile('a + b', '<expr>', 'eval')
print(eval(e, {'a': 1, 'b': 2}), eval('a * b', {}, {'a': 3, 'b': 4}), eval('len(s)', {'s': 'abc'}))
s = compile('1 + 1', '<single>', 'single')
exec(s)
exec(compile('for i in range(2): i\n', '<single>', 'single'))
print(code.co_filename, e.co_name if hasattr(e, 'co_name') else '', type(code).__name__)
g = {'k': 10}
l = {}
exec('m = k + 1\ndef fn(): return k', g, l)
print(l['m'], l['fn'](), sorted(l))
print(eval('[i * i for i in range(4)]'), eval('  7  '), eval(b'2 ** 3'), eval('(lambda q: q + 1)(1)'))
for src, mode in [('x = ', 'exec'), ('x = 1', 'eval'), ('1 +', 'eval'), ('a\nb', 'single'), ('1', 'bogus')]:
    try:
        compile(src, '<t>', mode)
    except (SyntaxError, ValueError) as err:
        print(type(err).__name__, err.msg if isinstance(err, SyntaxError) else err)
for bad in [lambda: eval(5), lambda: exec(5), lambda: eval('1', []), lambda: eval('undefined_name')]:
    try:
        bad()
    except (TypeError, NameError) as err:
        print(type(err).__name__, err)
def outer():
    v = 42
    return eval('v + 1'), eval('w', {'w': 'global-only'})
print(outer())
ns2 = {}
exec('import math\nr = math.floor(2.7)', ns2)
print(ns2['r'], eval('__name__', {'__name__': 'custom'}), eval('abs(-3)', {}))
for src in ['a\nb', 'if 1:\n  pass\nb', 'a; b', 'x = 1\n', 'if 1:\n  pass\n', 'a\n\n', '# c\na\n# d\n']:
    try:
        compile(src, 'f', 'single')
        print('ok', repr(src))
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
for f in [lambda: eval('1', []), lambda: eval('1', 5), lambda: exec('1', []), lambda: eval('1', {}, 5),
          lambda: exec('1', {}, 5)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
