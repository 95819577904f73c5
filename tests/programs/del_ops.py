# Checks: del of names, list items, negative indices, slices, dict keys, nested subscripts; errors after del.
a = 1
b = [0, 1, 2, 3, 4, 5, 6, 7]
d = {"x": 1, "y": 2, "z": {"inner": 3, "keep": 4}}
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
del d["x"]
del d["z"]["inner"]
print(d)
m = [[1, 2, 3], [4, 5, 6]]
del m[0][1]
del m[1][:2]
print(m)
def local_del():
    v = "temp"
    del v
    try:
        return v
    except NameError:
        return "v deleted"
print(local_del())
try:
    del b[10]
except IndexError as e:
    print("IndexError:", e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)
x, y = 1, 2
del x, y
print("deleted both")
