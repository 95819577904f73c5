# property (decorator and call forms, setter/deleter), staticmethod, classmethod.
class Temp:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    def _get_k(self):
        return self._c + 273.15

    kelvin = property(_get_k, doc="Kelvin")


t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
print(Temp.kelvin.__doc__, type(Temp.celsius).__name__)
print(isinstance(Temp.celsius, property))


class Util:
    factor = 3

    @staticmethod
    def add(a, b):
        return a + b

    @classmethod
    def scaled(cls, v):
        return cls.factor * v

    @classmethod
    def create(cls):
        return cls()


class Sub(Util):
    factor = 10


print(Util.add(1, 2), Util().add(3, 4))
print(Util.scaled(2), Sub.scaled(2), Sub().scaled(2))
print(type(Sub.create()).__name__)
sm = Util.__dict__["add"]
print(type(sm).__name__, sm.__func__(5, 6))


class Lazy:
    calls = 0

    @property
    def value(self):
        Lazy.calls += 1
        return 42


z = Lazy()
print(z.value, z.value, Lazy.calls)
print(hasattr(z, "value"), getattr(z, "nope", "default"))
