# ModuleNotFoundError and ImportError, with CPython's messages and attributes; a module whose body
# raises is not left in sys.modules; an uncaught ModuleNotFoundError ends the program.
import sys


def clean(msg):
    # Drop the absolute path at the end, which depends on the checkout's location.
    head, _, tail = msg.rpartition(" (")
    return head + " (...)" if "/" in tail or tail == "unknown location)" else msg


def imp(stmt):
    try:
        if stmt == 1:
            import no_such_module_here
        elif stmt == 2:
            import import_pkgs.no_such_sub
        elif stmt == 3:
            import import_pkgs.notpkg.sub
        elif stmt == 4:
            from import_pkgs.util import no_such_name
        elif stmt == 5:
            from import_pkgs import no_such_name
        elif stmt == 6:
            from math import no_such_name
        elif stmt == 7:
            import import_pkgs.rel.beyond
        elif stmt == 8:
            import import_pkgs.rel.missing_name
        elif stmt == 9:
            import import_pkgs.raises
        elif stmt == 10:
            from no_such_pkg.sub import thing
    except ImportError as e:
        print(stmt, type(e).__name__ + ":", clean(str(e)), "| name =", e.name)
    except ValueError as e:
        print(stmt, "ValueError:", e)


for i in range(1, 11):
    imp(i)
print("import_pkgs.raises" in sys.modules)
imp(9)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
print(isinstance(ModuleNotFoundError("x"), ImportError))
import no_such_module_at_the_end
print("not reached")
