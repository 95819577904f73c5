# Introspecting generators, coroutines and async generators: inspect's predicates and state
# functions, types.AsyncGeneratorType, the collections.abc async ABCs, the awaitables that
# __anext__ returns, and the gi_/cr_/ag_ attributes that dir() lists.
import collections.abc as abc
import inspect
import types


async def ag():
    yield 1


async def co():
    pass


def g():
    yield


a_gen = ag()
print(inspect.isasyncgen(a_gen), inspect.isasyncgenfunction(ag), inspect.iscoroutinefunction(co),
      inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(ag))
print(type(a_gen) is types.AsyncGeneratorType, isinstance(a_gen, abc.AsyncGenerator),
      isinstance(a_gen, abc.AsyncIterator), isinstance(a_gen, abc.AsyncIterable),
      isinstance(a_gen, abc.Iterator))
print(a_gen.__name__, a_gen.__qualname__, bool(ag.__code__.co_flags & 0x200))
aw = a_gen.__anext__()
print(isinstance(aw, abc.Awaitable), isinstance(aw, abc.Coroutine), inspect.isawaitable(aw),
      type(aw).__name__, type(a_gen.aclose()).__name__)
aw.close()
print(a_gen.ag_running, a_gen.ag_await, a_gen.ag_code.co_name)
c = co()
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
gen = g()
print(inspect.getgeneratorstate(gen), gen.gi_suspended, gen.gi_yieldfrom)
next(gen)
print(inspect.getgeneratorstate(gen), gen.gi_suspended, gen.gi_frame is not None)
for obj in (gen, a_gen, co()):
    names = sorted(n for n in dir(obj) if not n.startswith("__"))
    print(type(obj).__name__, names)
    if inspect.iscoroutine(obj):
        obj.close()
