# contextlib: contextmanager, suppress, ExitStack, closing, redirect_stdout, nullcontext.
import contextlib, io
from contextlib import contextmanager, suppress, ExitStack, closing, redirect_stdout, nullcontext
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with suppress(KeyError, ZeroDivisionError):
    1 / 0
print("after suppress")
with ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("body")
class Res:
    def close(self):
        print("closed")
with closing(Res()):
    print("using")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with nullcontext(5) as v:
    print(v)
@contextmanager
def swallow():
    try:
        yield
    except RuntimeError:
        print("swallowed")
with swallow():
    raise RuntimeError
print("end")
