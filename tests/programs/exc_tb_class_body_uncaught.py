# Uncaught exception raised while executing a class body, and from a decorator.
def register(cls):
    print("registering", cls.__name__)
    return cls


@register
class Fine:
    x = 1


class Broken:
    a = 1
    b = a + 1
    c = [b * i for i in range(3)]
    d = undefined_name + c
