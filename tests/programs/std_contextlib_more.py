# contextlib: ContextDecorator, contextmanager as decorator, ExitStack.pop_all and push, chdir, suppress with subclass.
import contextlib, os
from contextlib import ContextDecorator, contextmanager, ExitStack, AbstractContextManager
class track(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False
@track()
def work(x):
    print("work", x)
    return x * 2
print(work(3))
@contextmanager
def step(n):
    print("start", n)
    yield
    print("end", n)
@step(7)
def decorated():
    print("in decorated")
decorated()
def cleanup(name):
    print("cleanup", name)
with ExitStack() as outer:
    with ExitStack() as inner:
        inner.callback(cleanup, "a")
        inner.callback(cleanup, "b")
        moved = inner.pop_all()
    print("inner closed without cleanups")
    outer.push(moved)
print("outer closed")
class MyCM(AbstractContextManager):
    def __exit__(self, *a):
        print("MyCM exit")
with MyCM() as m:
    print(type(m).__name__)
with contextlib.suppress(LookupError):
    {}["missing"]
print("suppressed KeyError via LookupError")
here = os.getcwd()
with contextlib.chdir("/"):
    print(os.getcwd())
print(os.getcwd() == here)
