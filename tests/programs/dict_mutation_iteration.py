# dict and set changed during iteration raise RuntimeError; safe patterns (list(), copy) work
d = {i: i for i in range(5)}
for label, act in [('add', lambda d, k: d.__setitem__(k + 100, 0)), ('del', lambda d, k: d.__delitem__(k)),
                   ('pop', lambda d, k: d.pop(k)), ('clear', lambda d, k: d.clear())]:
    dd = dict(d)
    try:
        for k in dd:
            act(dd, k)
    except RuntimeError as e:
        print(label, "RuntimeError:", e)
for view in ['keys', 'values', 'items']:
    dd = dict(d)
    try:
        for x in getattr(dd, view)():
            dd[len(dd) + 50] = 1
    except RuntimeError as e:
        print(view, "RuntimeError:", e)
dd = dict(d)
for k in dd:
    dd[k] = k * 10
print(dd)
for k in list(dd):
    if k % 2:
        del dd[k]
print(dd)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("set RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("set RuntimeError:", e)
dd = {1: 1}
it = iter(dd)
dd[2] = 2
try:
    next(it)
except RuntimeError as e:
    print("late RuntimeError:", e)
dd = {1: 1, 2: 2}
it = iter(dd)
del dd[1]; dd[3] = 3
try:
    print(list(it))
except RuntimeError as e:
    print("same-size RuntimeError:", e)
