# sched with a fake clock (ordering by time and priority, cancel, queue), contextlib helpers
# not covered elsewhere (suppress, redirect_stdout, ExitStack callbacks, nullcontext), and
# string formatting via operator/functools helpers.
import sched
import contextlib
import io
import functools
import operator

now = [0.0]
log = []
s = sched.scheduler(timefunc=lambda: now[0], delayfunc=lambda d: now.__setitem__(0, now[0] + d))
s.enter(5, 1, log.append, argument=("t5-p1",))
s.enter(5, 0, log.append, argument=("t5-p0",))
e = s.enter(2, 1, log.append, argument=("cancelled",))
s.enterabs(1, 1, lambda object: log.append(object), kwargs={"object": "abs1"})
s.enter(3, 1, lambda: log.append("at %g" % now[0]))
s.cancel(e)
print(len(s.queue), s.empty(), [ev.time for ev in s.queue])
s.run()
print(log, now[0], s.empty())
with contextlib.suppress(KeyError, IndexError):
    [][1]
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    stack.callback(print, "callback 1")
    stack.callback(print, "callback 2")
    stack.enter_context(contextlib.nullcontext())
    print("in stack")
with contextlib.nullcontext(5) as v:
    print(v)
print(functools.reduce(operator.mul, range(1, 8)), list(map(operator.itemgetter(1, 0), [(1, 2), (3, 4)])))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
print(operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",")("a,b"))
print(operator.index(7), operator.length_hint([1, 2, 3]), operator.is_not(None, 1), operator.concat("a", "b"))
