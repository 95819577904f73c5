# types (SimpleNamespace, MappingProxyType, new_class, FunctionType checks, coroutine types) and
# inspect basics (signature with every parameter kind, Parameter attributes, bind, getmembers,
# isfunction/isclass/..., getdoc, cleandoc, getmro, unwrap).
import types
import inspect
import functools

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), sorted(vars(ns)))
del ns.a
print(ns, repr(types.SimpleNamespace()))
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError", e)
print(types.MappingProxyType.__name__)
mp = types.MappingProxyType({"k": 1, "j": 2})
print(mp["k"], len(mp), "j" in mp, sorted(mp), mp.get("z", 0), list(mp.items()))
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError", e)
C = types.new_class("C", (object,), {}, lambda ns: ns.update({"x": 5}))
print(C.__name__, C.x)
def f(a, b=2, *args, c, d=4, **kw):
    "Doc of f."
    return a
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType),
      isinstance(types, types.ModuleType), type(None) is types.NoneType)
sig = inspect.signature(f)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is p.empty, p.kind.description)
ba = sig.bind(1, 2, 3, c=5, e=6)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError", e)
def g(x: int, /, y: "str" = "q") -> bool:
    pass
print(inspect.signature(g), inspect.signature(g).return_annotation)
print(inspect.signature(lambda *, k=1: k))
class K:
    "Class K."
    def __init__(self, q, r=1):
        pass
    def m(self, z):
        pass
    @property
    def p(self):
        return 1
print(inspect.signature(K(1).m), inspect.signature(K.m), inspect.signature(K))
print(inspect.isfunction(f), inspect.isclass(K), inspect.ismethod(K(1).m), inspect.ismodule(inspect),
      inspect.isbuiltin(len), inspect.isgeneratorfunction(f), inspect.isroutine(len))
print([n for n, _ in inspect.getmembers(K) if not n.startswith("_")])
print(inspect.getdoc(f), inspect.getdoc(K), repr(inspect.cleandoc("  a\n    b\n  c")))
print([c.__name__ for c in inspect.getmro(bool)])
@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)
print(inspect.unwrap(wrapper) is f, inspect.signature(wrapper))
def gen():
    yield 1
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()))
