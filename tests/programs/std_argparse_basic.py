# argparse: options, defaults, types, choices, flags, positional, nargs, errors to stderr.
import argparse, sys
p = argparse.ArgumentParser(prog="tool", description="A demo tool.")
p.add_argument("files", nargs="*", help="input files")
p.add_argument("-n", "--count", type=int, default=3, help="how many (default: %(default)s)")
p.add_argument("-v", "--verbose", action="store_true")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", default=[])
a = p.parse_args(["a.txt", "b.txt", "-n", "5", "-v", "--tag", "x", "--tag", "y"])
print(a.files, a.count, a.verbose, a.mode, a.tag)
print(vars(p.parse_args([])))
print(p.format_usage(), end="")
p.print_help()
try:
    p.parse_args(["--count", "notint"])
except SystemExit as e:
    print("exit", e.code)
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd")
c = sp.add_parser("commit")
c.add_argument("-m")
print(sub.parse_args(["commit", "-m", "msg"]))
