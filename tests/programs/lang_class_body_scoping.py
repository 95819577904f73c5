# Class body scoping: names defined in the body are not visible inside methods or nested
# functions, but are visible to later statements and the first iterable of comprehensions;
# class bodies see enclosing function locals; __class__ cell; locals() of a class body.
x = "global x"


def make():
    x = "enclosing x"
    y = "enclosing y"

    class C:
        y = "class y"
        seen_x = x
        seen_y = y
        items = [y for _ in range(1)]

        def meth(self):
            return x, y

        def cls_ref(self):
            return __class__.__name__

        names = sorted(k for k in locals() if not k.startswith("__"))

    return C


C = make()
print(C.seen_x, C.seen_y, C.items, C().meth(), C().cls_ref(), C.names)


class Counter:
    count = 0
    count += 1
    doubled = count * 2

    def get(self):
        return count if False else Counter.count


print(Counter.count, Counter.doubled, Counter().get())


class Shadow:
    len = 5
    size = len
    result = [len for _ in range(2)]


print(Shadow.size, Shadow.result)


def outer():
    v = 1

    class Inner:
        nonlocal v
        v = 2
        w = v

    return v, Inner.w, hasattr(Inner, "v")


print(outer())


class G:
    global gname
    gname = "set from class body"


print(gname, hasattr(G, "gname"))


class WithDoc:
    "The docstring."
    __module__ = "custom.module"


print(WithDoc.__doc__, WithDoc.__module__, repr(WithDoc))


class Ordered:
    b = 1
    a = 2

    def z(self):
        pass

    c = 3


print([k for k in Ordered.__dict__ if not k.startswith("__")])
