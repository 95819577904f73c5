# A method call site stays right when an instance attribute starts, stops and starts again to
# shadow the method (the dict's key filter and the method cache), across many instances.
class C:
    def m(self):
        return "method"

    def n(self):
        return "n"


def call_all(objs):
    return [o.m() for o in objs]


objs = [C() for _ in range(6)]
for _ in range(3):
    print(call_all(objs))
objs[2].m = lambda: "instance"
print(call_all(objs))
del objs[2].m
print(call_all(objs))
objs[4].__dict__["m"] = lambda: "via __dict__"
print(call_all(objs))
objs[4].__dict__.clear()
print(call_all(objs))
setattr(objs[0], "m", lambda: "setattr")
print(call_all(objs))
vars(objs[1]).update({"m": lambda: "update"})
print(call_all(objs))
for i in range(40):
    setattr(objs[5], "a%d" % i, i)
print(objs[5].m(), objs[5].n(), objs[5].a39)
objs[5].n = lambda: "shadow n"
print(objs[5].m(), objs[5].n())
