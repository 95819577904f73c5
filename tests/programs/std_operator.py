# _operator natively (and operator.py over it): arithmetic, in-place, comparison and unary
# functions, sequence helpers, itemgetter/attrgetter/methodcaller (calls, reprs, errors), the
# dunder aliases operator.py adds, and sorting with the getters.
import operator
import _operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 3), operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3))
print(operator.pow(2, 10), operator.lshift(1, 5), operator.rshift(256, 3), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne("a", "a"), operator.gt(3, 2), operator.ge(1, 2))
print(operator.neg(5), operator.pos(-5), operator.invert(5), operator.inv(0), operator.not_([]), operator.truth("x"), operator.abs(-2.5), operator.index(True))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
l = [1, 2, 3]
operator.setitem(l, 0, 9)
operator.delitem(l, 1)
print(l, operator.getitem(l, -1), operator.getitem("hello", slice(1, 3)), operator.concat([1], [2]), operator.iconcat(l, [4]), l)
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.iadd(1, 2), operator.imul("a", 3), operator.ipow(2, 3), operator.isub(5, 1), operator.ior({1}, {2}))
print(operator.__add__(1, 1), operator.__lt__(1, 2), operator.__not__(0), operator.length_hint([1, 2, 3]))
g = itemgetter(1)
print(g([5, 6]), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 7}), repr(g), repr(itemgetter(1, "a")))


class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.me = self

    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct


people = [P("bob", 30), P("al", 25), P("cy", 30)]
print([p.name for p in sorted(people, key=attrgetter("age", "name"))], attrgetter("me.me.name")(people[0]), repr(attrgetter("a.b", "c")))
m = methodcaller("greet", "hi", punct="?")
print(m(people[1]), methodcaller("upper")("abc"), repr(m), repr(methodcaller("x")))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=itemgetter(0)), max(["aa", "b"], key=len))
for bad in [lambda: operator.concat(1, 2), lambda: operator.index(1.5), lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(),
            lambda: g([]), lambda: attrgetter("zz")(people[0]), lambda: operator.indexOf([1], 5), lambda: operator.add(1, "a"), lambda: operator.lt(1, "a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(type(g).__name__, type(g).__module__, operator.itemgetter is _operator.itemgetter)
