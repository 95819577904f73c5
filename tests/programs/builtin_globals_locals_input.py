# globals(), locals() in functions and classes, input() at end of input (EOFError), __builtins__ access
x_global = 10
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1), "x_global" in globals(), globals()["x_global"], globals() is globals(), __name__)
class K:
    attr = 1
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
print(K.snapshot)
g = globals()
g["made_here"] = 42
print(made_here)
def outer():
    v = 1
    def inner():
        return v
    return sorted(locals()), inner()
print(outer())
print(type(__builtins__).__name__ in ("module", "dict"), callable(print), len.__name__, __builtins__ is not None)
try:
    input()
except EOFError as e:
    print("EOFError:", e)
try:
    input("prompt> ")
except EOFError as e:
    print("\nEOFError:", repr(str(e)))
import builtins
print(builtins.len("abc"), builtins.max is max, hasattr(builtins, "print"), "open" in dir(builtins))
builtins.custom_builtin = "visible"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print("NameError:", e)
