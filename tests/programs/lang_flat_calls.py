# Calls the interpreter runs without recursing: exceptions raised deep inside plain functions
# (caught at every depth, or not at all), recursion limits, locals()/globals() in callees,
# return values delivered into the caller's registers, and calls mixed with generators.
import sys

def leaf(x):
    if x == 3:
        raise ValueError("leaf " + str(x))
    return x * 2

def middle(x):
    return leaf(x) + 1

def catcher(x):
    try:
        return middle(x)
    except ValueError as e:
        return "caught " + str(e)

print([catcher(i) for i in range(5)])

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError", e)

def rec_catch(n):
    try:
        return rec_catch(n + 1)
    except RecursionError:
        return n

print(rec_catch(0) > 100)

def show_locals(a, b):
    c = a + b
    return sorted(locals().items())

def outer_locals(a):
    return show_locals(a, 2), sorted(locals())

print(outer_locals(1))

G = 10
def read_global():
    return globals()["G"]

def call_read():
    return read_global() + 1

print(call_read())

def gen(n):
    for i in range(n):
        yield middle(i) if i != 3 else -1

print(list(gen(6)))

def finally_path(x):
    try:
        return leaf(x)
    finally:
        print("finally", x)

for i in (2, 3):
    try:
        print(finally_path(i))
    except ValueError as e:
        print("outer", e)

class K:
    def m(self, x):
        return leaf(x)
    def n(self, x):
        return self.m(x) + self.m(x + 1)

k = K()
print(k.n(0), k.n(1))
try:
    k.n(2)
except ValueError as e:
    print("method chain", e)

def unbound():
    print(y_undefined)

def call_unbound():
    return unbound()

try:
    call_unbound()
except NameError as e:
    print(e)

def zero(a):
    return 1 / a

def via(a):
    return zero(a) + zero(a)

print(via(4))
via(0)
