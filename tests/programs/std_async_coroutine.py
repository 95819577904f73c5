# async def / await: coroutine objects driven by send(None), __await__, type names.
import sys
async def inner(x):
    return x * 2
async def outer():
    a = await inner(3)
    b = await inner(a)
    return a + b
c = outer()
print(type(c).__name__, type(c))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
async def _c(): pass
_c = _c()
print(type(_c).__name__)
_c.close()
async def ag(): yield 1
print(type(ag()).__name__)
class Aw:
    def __await__(self):
        x = yield "suspended"
        return x + 1
async def w():
    return await Aw()
co = w()
print(co.send(None))
try:
    co.send(41)
except StopIteration as e:
    print(e.value)
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print(e)
