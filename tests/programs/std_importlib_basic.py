# importlib: import_module (absolute and relative), reload re-runs a module, util.find_spec.
import importlib, importlib.util, sys, os
json = importlib.import_module("json")
print(json.__name__, importlib.import_module("json.decoder").__name__, importlib.import_module(".encoder", "json").__name__)
d = "/tmp/ferropy_importlib_%d" % os.getpid()
os.mkdir(d)
with open(d + "/counter_mod.py", "w") as f:
    f.write("VALUE = 1\nloads = globals().get('loads', 0) + 1\n")
sys.path.insert(0, d)
m = importlib.import_module("counter_mod")
print(m.VALUE, m.loads)
with open(d + "/counter_mod.py", "w") as f:
    f.write("VALUE = 2\nloads = globals().get('loads', 0) + 1\n")
m2 = importlib.reload(m)
print(m2 is m, m.VALUE, m.loads)
print(importlib.util.find_spec("counter_mod").name, importlib.util.find_spec("no_such_mod_xyz"))
try:
    importlib.import_module("no_such_mod_xyz")
except ModuleNotFoundError as e:
    print(e)
os.remove(d + "/counter_mod.py")
os.rmdir(d)
