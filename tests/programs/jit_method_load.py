# Method loads compiled inline (`obj.m(...)` of a plain method the instance cannot shadow):
# the method shadowed by an instance attribute midway, replaced in the class, overridden in a
# subclass, a receiver of another type reaching the same call, the receiver register reused
# for the result, and methods of builtin types.
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, k):
        self.n += k
        return self.n

class Loud(Counter):
    def bump(self, k):
        return -super().bump(k)

def run(objs, rounds):
    total = 0
    for _ in range(rounds):
        for o in objs:
            total += o.bump(1)
    return total

objs = [Counter(), Counter()]
for _ in range(3):
    print(run(objs, 4))
objs[0].bump = lambda k: 1000
print(run(objs, 2))
objs.append(Loud())
print(run(objs, 2))
Counter.bump = lambda self, k: 7
print(run(objs, 2))

class Other:
    def bump(self, k):
        return 100 * k

print(run([Other(), Counter()], 2))

def chain(c, n):
    for _ in range(n):
        c = c.me()
    return c.n

class Me:
    def __init__(self):
        self.n = 5
    def me(self):
        self.n += 1
        return self

for _ in range(3):
    print(chain(Me(), 10))

def builtin_methods(n):
    out = []
    for i in range(n):
        out.append(i)
        out.append(str(i).zfill(3))
    return out.pop(), len(out)

for _ in range(3):
    print(builtin_methods(5))
