# argparse: mutually exclusive groups, argument groups, nargs +/?, metavar, dest, store_const/count, errors.
import argparse, sys, io
p = argparse.ArgumentParser(prog="cmd", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
g = p.add_mutually_exclusive_group()
g.add_argument("--json", action="store_true", help="JSON output")
g.add_argument("--csv", action="store_true", help="CSV output")
grp = p.add_argument_group("tuning", "knobs to turn")
grp.add_argument("-v", action="count", default=0, help="verbosity")
grp.add_argument("--level", type=float, default=0.5, metavar="L", help="level")
p.add_argument("src", nargs="+")
p.add_argument("dst", nargs="?", default="out")
p.add_argument("--mode", dest="m", action="store_const", const="fast", default="slow")
print(p.parse_args(["a", "b", "-vv", "--json", "--mode"]))
print(p.parse_args(["x"]))
p.print_help()
err = io.StringIO()
old = sys.stderr
sys.stderr = err
for argv in [["--json", "--csv", "a"], [], ["a", "--level", "x"], ["a", "--bogus"]]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
sys.stderr = old
print(err.getvalue())
ns, rest = p.parse_known_args(["a", "--other", "1"])
print(ns.src, rest)
