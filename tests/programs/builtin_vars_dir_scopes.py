# vars(), dir() (sorted, with and without args), locals()/globals() in functions, classes and module
class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def meth(self):
        return sorted(locals())
p = P()
print(vars(p), vars(p) is p.__dict__, p.meth())
vars(p)['c'] = 3
print(p.c, 'cls_attr' in vars(P), [n for n in dir(p) if not n.startswith('__')])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(p, p)
except TypeError as e:
    print("TypeError:", e)
def f(x, y=2):
    z = x + y
    print(sorted(locals().items()), 'f' in globals(), 'z' in globals())
    print(dir())
f(1)
class D:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha']
print(dir(D()), type(dir(D())).__name__)
class Body:
    x = 1
    names = sorted(locals())
print(Body.names)
g = globals()
g['injected'] = 99
print(injected, globals() is g, 'P' in dir(), sorted(k for k in vars() if not k.startswith('__'))[:4])
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir(int) if not n.startswith('_')])
import math
print('sqrt' in dir(math), 'pi' in vars(math), vars(math) is math.__dict__)
