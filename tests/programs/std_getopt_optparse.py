# getopt (short/long options, gnu_getopt, errors) and optparse (options with types, defaults,
# store_true/append/count, callbacks, positional leftovers, help text, errors to SystemExit).
import getopt
import optparse
import sys
import io

print(getopt.getopt(["-a", "-b", "val", "--long=1", "--flag", "rest", "-c"], "ab:c", ["long=", "flag"]))
print(getopt.gnu_getopt(["x", "-a", "y", "--long", "2"], "a", ["long="]))
print(getopt.getopt(["-bval", "--fl"], "b:", ["flag"]))
for args, short, long_ in [(["-z"], "a", []), (["--nope"], "", ["flag"]), (["-b"], "b:", []),
                           (["--long"], "", ["long="]), (["--fl"], "", ["flag", "flow"])]:
    try:
        getopt.getopt(args, short, long_)
    except getopt.GetoptError as e:
        print("GetoptError", e.msg, repr(e.opt))
p = optparse.OptionParser(usage="%prog [options] files", prog="tool", version="1.0")
p.add_option("-n", "--num", type="int", dest="num", default=3, help="a number [default: %default]")
p.add_option("-v", action="count", dest="verbose", default=0)
p.add_option("-q", "--quiet", action="store_true", default=False)
p.add_option("-I", action="append", dest="inc", metavar="DIR")
p.add_option("--ratio", type="float")
p.add_option("--mode", choices=["a", "b"], default="a")
seen = []
p.add_option("--cb", action="callback", callback=lambda opt, s, val, parser: seen.append(s))
opts, args = p.parse_args(["-n", "7", "-vv", "-Ia", "-I", "b", "--ratio=2.5", "f1", "--cb", "f2", "--mode", "b"])
print(opts.num, opts.verbose, opts.quiet, opts.inc, opts.ratio, opts.mode, args, seen)
print(p.get_usage(), p.format_help())
old_err = sys.stderr
for bad in [["-n", "x"], ["--mode", "c"], ["--unknown"], ["-n"]]:
    sys.stderr = io.StringIO()
    try:
        p.parse_args(bad)
    except SystemExit as e:
        msg = sys.stderr.getvalue().strip().splitlines()[-1]
        sys.stderr = old_err
        print("exit", e.code, msg)
sys.stderr = old_err
g = optparse.OptionGroup(p, "Extra")
g.add_option("--extra", action="store_const", const=42)
p.add_option_group(g)
print(p.parse_args(["--extra"])[0].extra)
