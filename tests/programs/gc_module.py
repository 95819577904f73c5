# gc: the module's switches and queries (enable/disable/isenabled, thresholds, get_count,
# is_tracked for atoms and containers, collect's argument checks, get_stats' shape).
import gc


class C:
    pass


def f():
    pass


print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(900, 20, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(n, int) and n >= 0 for n in count))
x = 10**30
for obj in [1, 1.5, "s", b"b", None, True, x, [], [1], C(), {"a": []}, {1, 2}, f, C]:
    print(type(obj).__name__, gc.is_tracked(obj))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError", e)
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect() >= 0)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.garbage, gc.callbacks)
