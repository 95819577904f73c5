# sys.set_asyncgen_hooks: firstiter is called with the generator on its first __anext__,
# asend or athrow; the hooks can be read back and reset; an invalid hook is a TypeError.
import sys

seen = []


def firstiter(agen):
    seen.append(("first", agen.__name__))


def finalizer(agen):
    seen.append(("final", agen.__name__))


async def ticks():
    yield 1
    yield 2


def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value


old = sys.get_asyncgen_hooks()
print(old[0], old[1])
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks[0] is firstiter, hooks[1] is finalizer)
g = ticks()
print(seen)
print(run(g.__anext__()), run(g.__anext__()))
print(seen)
h = ticks()
print(run(h.aclose()), seen)
try:
    sys.set_asyncgen_hooks(firstiter=42)
except TypeError as e:
    print("TypeError:", e)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks()[0], sys.get_asyncgen_hooks()[1])
k = ticks()
print(run(k.__anext__()), len(seen))
