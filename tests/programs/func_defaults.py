# Checks: default argument values, evaluation of defaults once (shared mutable default), None defaults.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter = 10
def show(x=counter):
    return x
counter = 20
print(show(), show(5))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(2, exp=10))
def many(a, b=1, c=2, d=3):
    return a + b * 10 + c * 100 + d * 1000
print(many(0), many(0, 5), many(0, 5, 6), many(0, 5, 6, 7))
try:
    many()
except TypeError as e:
    print("TypeError:", e)
try:
    power(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
