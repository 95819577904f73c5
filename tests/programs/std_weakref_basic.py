# weakref while the referents stay alive: ref() returns the object, callbacks are stored,
# refs to the same object compare equal, proxy forwarding, WeakValueDictionary and
# WeakKeyDictionary and WeakSet as mappings/sets, WeakMethod, finalize called explicitly.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello " + self.name

    def __repr__(self):
        return "Obj(%s)" % self.name


a, b = Obj("a"), Obj("b")
r = weakref.ref(a)
print(r() is a, r() is not b, r == weakref.ref(a), hash(r) == hash(a), weakref.ref(a, print).__callback__ is print)
p = weakref.proxy(a)
print(p.name, p.hello())
p.name = "a2"
print(a.name)
wvd = weakref.WeakValueDictionary()
wvd["x"] = a
wvd["y"] = b
print(sorted(wvd.keys()), wvd["x"], "y" in wvd, len(wvd), wvd.get("z", "none"))
del wvd["y"]
print(list(wvd.items()))
wkd = weakref.WeakKeyDictionary()
wkd[a] = 1
wkd[b] = 2
print(sorted(v for v in wkd.values()), wkd[a], a in wkd, len(wkd))
ws = weakref.WeakSet([a, b])
ws.add(a)
print(len(ws), a in ws, Obj("c") in ws)
ws.discard(b)
print(list(ws))
wm = weakref.WeakMethod(a.hello)
print(wm()())
calls = []
fin = weakref.finalize(a, calls.append, "finalized")
print(fin.alive, fin.peek()[0] is a)
print(fin(), calls, fin.alive, fin())
fin2 = weakref.finalize(b, calls.append, "never")
fin2.detach()
print(fin2.alive, calls)
print(weakref.getweakrefcount(a) >= 0, isinstance(r, weakref.ReferenceType), weakref.ref is weakref.ReferenceType)
