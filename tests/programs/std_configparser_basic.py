# configparser: reading INI text (defaults, interpolation, typed getters, fallbacks, comments,
# multi-line values), writing back, sections/options API, ExtendedInterpolation, RawConfigParser
# and the errors for missing sections, duplicates and bad interpolation.
import configparser
import io

text = """
[DEFAULT]
base = /srv
debug = no

[paths]
home = %(base)s/home
logs = %(home)s/logs
# a comment
; another
multi = first line
    second line

[numbers]
count = 42
ratio = 0.5
flag = on
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.has_section("paths"), cp.has_option("paths", "base"), cp.defaults())
print(cp.get("paths", "logs"), cp.get("paths", "logs", raw=True), repr(cp["paths"]["multi"]))
print(cp.getint("numbers", "count"), cp.getfloat("numbers", "ratio"), cp.getboolean("numbers", "flag"),
      cp.getboolean("numbers", "debug"))
print(cp.get("numbers", "missing", fallback="fb"), cp["numbers"].get("nope", "d"), cp.getint("numbers", "x", fallback=7))
print(sorted(cp.options("numbers")), sorted(cp["paths"]), "count" in cp["numbers"])
cp["new"] = {"a": "1", "b": "two"}
cp.set("new", "c", "3")
cp.remove_option("new", "a")
out = io.StringIO()
cp.write(out)
print(out.getvalue())
for f in [lambda: cp.get("nosect", "x"), lambda: cp.get("paths", "nooption"),
          lambda: cp.add_section("paths"), lambda: cp.read_string("[a]\nx=1\nx=2\n"),
          lambda: cp.read_string("noheader=1"), lambda: configparser.ConfigParser().read_string("[s]\na=%(zz)s\n") or configparser.ConfigParser().get("s", "a")]:
    try:
        f()
    except configparser.Error as e:
        print(type(e).__name__, str(e).splitlines()[0])
bad = configparser.ConfigParser()
bad.read_string("[s]\na = %(missing)s\n")
try:
    bad.get("s", "a")
except configparser.InterpolationMissingOptionError as e:
    print(type(e).__name__, e.option, e.reference)
ex = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ex.read_string("[a]\nx = 1\n[b]\ny = ${a:x}-${z}\nz = zed\n")
print(ex.get("b", "y"))
raw = configparser.RawConfigParser()
raw.read_string("[r]\np = 100%\n")
print(raw.get("r", "p"))
ci = configparser.ConfigParser()
ci.read_dict({"S": {"Key": "V"}})
print(ci.sections(), list(ci["S"]), ci.get("S", "KEY"))
print(cp.getboolean("numbers", "count", fallback=None) if False else "", configparser.ConfigParser.BOOLEAN_STATES["yes"])
