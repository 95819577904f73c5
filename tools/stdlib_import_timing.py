"""Cold against warm imports of standard-library modules, ferropy and CPython side by side.

Cold: an empty cache (ferropy: a fresh XDG_CACHE_HOME; CPython: a fresh PYTHONPYCACHEPREFIX, so
it compiles too). Warm: the second and later runs. Prints the median wall time of N runs.
Usage: python3 tools/stdlib_import_timing.py [--runs N] [--ferropy PATH] [MODULES]
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

ap = argparse.ArgumentParser()
ap.add_argument("--runs", type=int, default=7)
ap.add_argument("--ferropy", default=os.path.join(os.path.dirname(__file__), "..", "target", "release", "ferropy"))
ap.add_argument("modules", nargs="*", default=["json", "re", "dataclasses", "typing", "argparse"])
a = ap.parse_args()
stmt = "import " + ", ".join(a.modules)


def run(cmd, env):
    t = time.perf_counter()
    subprocess.run(cmd, env=env, check=True)
    return time.perf_counter() - t


def measure(cmd, var):
    base = dict(os.environ)
    base.pop("PYTHONDONTWRITEBYTECODE", None)
    cold, warm = [], []
    for _ in range(a.runs):
        d = tempfile.mkdtemp()
        env = dict(base, **{var: d})
        cold.append(run(cmd, env))
        warm.append(run(cmd, env))
        shutil.rmtree(d)
    return statistics.median(cold), statistics.median(warm)


print(f"{stmt!r}, median of {a.runs} runs")
for name, cmd, var in [("ferropy", [a.ferropy, "-c", stmt], "XDG_CACHE_HOME"),
                       ("python3", [sys.executable, "-c", stmt], "PYTHONPYCACHEPREFIX")]:
    c, w = measure(cmd, var)
    print(f"{name:8} cold {c * 1000:7.1f} ms   warm {w * 1000:7.1f} ms   cold/warm {c / w:4.1f}x")
