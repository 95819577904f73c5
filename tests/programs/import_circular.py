# Circular imports: a module sees its partner partially initialised, and a `from` import of a
# name not yet defined fails with CPython's message.
import import_pkgs.circ_a
print(import_pkgs.circ_a.A2, import_pkgs.circ_b.B)


def clean(msg):
    # Drop the absolute path at the end, which depends on the checkout's location.
    head, _, tail = msg.rpartition(" (")
    return head + " (...)" if "/" in tail or tail == "unknown location)" else msg


try:
    import import_pkgs.circ_bad_a
except ImportError as e:
    print(type(e).__name__ + ":", clean(str(e)))
    print(e.name)
import sys
print("import_pkgs.circ_bad_a" in sys.modules, "import_pkgs.circ_bad_b" in sys.modules)
