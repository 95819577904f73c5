# sys: version info, flags, limits, modules, path, argv, getsizeof-free attributes, exc_info.
import sys
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.hexversion >= 0x030b0000)
print(sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform, type(sys.flags.optimize).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit)
print(sys.getrecursionlimit(), "sys" in sys.modules, isinstance(sys.path, list), sys.argv[0].endswith("std_sys_attrs.py"))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.warnoptions, sys.dont_write_bytecode in (True, False))
print("posix" in sys.builtin_module_names, "sys" in sys.builtin_module_names)
def f():
    return sys._getframe(0).f_code.co_name, sys._getframe(1).f_globals["__name__"]
print(f())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, sys.exception() is v)
print(sys.exc_info())
sys.stdout.write("written\n")
print(sys.stdout.isatty() in (True, False), sys.implementation.name in ("cpython", "ferropy"))
