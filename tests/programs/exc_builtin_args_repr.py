# Builtin exceptions: args, str and repr with 0/1/several arguments, attributes of
# StopIteration, KeyError's repr-style str, OSError fields, SystemExit code,
# UnicodeDecodeError, custom __str__/__init__ not calling super, and exceptions as values.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(("t",)), KeyError("k"),
          KeyError(), KeyError("a", "b"), IndexError(3), StopIteration(7), SystemExit(2),
          AttributeError("x"), ArithmeticError(None)]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))

s = StopIteration(1, 2)
print(s.value, StopIteration().value)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
o = OSError(2, "No such file")
print(o.errno, o.strerror, o.filename, str(o), o.args)
print(OSError("plain").errno, str(OSError(1, "x")))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason)
print(str(u))
att = AttributeError("msg")
print(att.args)


class NoSuper(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b


class WithStr(Exception):
    def __str__(self):
        return f"custom<{self.args}>"


n = NoSuper(1, 2)
print(n.args, repr(n), str(n), n.a)
w = WithStr("x", 1)
print(str(w), repr(w))


class Kw(Exception):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code


k = Kw("bad", code=5)
print(k.args, k.code, repr(k))
errs = [ValueError, TypeError]
print([E("m").args for E in errs], issubclass(KeyError, LookupError), KeyError.__mro__)
e1 = ValueError("same")
print(e1 == ValueError("same"), e1 == e1)
print(BaseException.__subclasses__ is not None, len(Exception("a", "b").args))
e2 = Exception()
e2.args = ("reset", 1)
print(e2, repr(e2))
e2.args = ["list"]
print(e2.args, str(e2))
print(repr(ExceptionGroup), ValueError.__name__, ValueError.__qualname__, ValueError.__module__)
