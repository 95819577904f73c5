#!/usr/bin/env python3
"""Time a script that imports 30 generated modules: cold (no cache) against warm (cache present).

Usage (from the repository root, after `cargo build --release`):
    python3 benches/imports/run.py [--runs N] [--modules N] [--ferropy PATH] [--no-python]

Generates the benchmark (benches/imports/gen.py) into a fresh temporary folder and times,
for ferropy and, for reference, for python3:

  cold   no cache present, run with -B (parse + compile every module, nothing written)
  first  no cache present, run normally (compile every module and write its .pyc)
  warm   the cache present (read every module's .pyc, compile nothing)

Each figure is the median wall time of N runs (default 10) after one untimed warm-up run;
the cache is deleted before every cold and first run. ferropy's cache
(__pycache__/*.ferropy-311.pyc) and CPython's (*.cpython-311.pyc) live side by side without
interfering. The outputs of all runs must agree. The last line gives ferropy's cold/warm ratio.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def clear_cache(folder, tag):
    for dirpath, dirnames, filenames in os.walk(folder):
        if os.path.basename(dirpath) == "__pycache__":
            for name in filenames:
                if tag in name:
                    os.remove(os.path.join(dirpath, name))


def run_once(cmd, cwd, env):
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        raise SystemExit("benchmark run failed: %s" % " ".join(cmd))
    return elapsed, proc.stdout


def measure(interp, tag, folder, runs, env):
    outputs = set()
    results = {}
    for mode in ("cold", "first", "warm"):
        flags = ["-B"] if mode == "cold" else []
        times = []
        for i in range(runs + 1):
            if mode != "warm":
                clear_cache(folder, tag)
            elif i == 0:
                # make sure the cache exists before the warm runs
                run_once([interp, "main.py"], folder, env)
            t, out = run_once([interp] + flags + ["main.py"], folder, env)
            outputs.add(out)
            if i > 0:
                times.append(t)
        results[mode] = statistics.median(times)
    if len(outputs) != 1:
        raise SystemExit("outputs differ between runs: %r" % outputs)
    return results, outputs.pop().decode().strip()


def main(argv):
    runs, modules = 10, 30
    ferropy = os.path.join(ROOT, "target", "release", "ferropy")
    with_python = True
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--runs":
            runs = int(args.pop(0))
        elif a == "--modules":
            modules = int(args.pop(0))
        elif a == "--ferropy":
            ferropy = args.pop(0)
        elif a == "--no-python":
            with_python = False
        else:
            print(__doc__)
            return 2
    if not os.path.exists(ferropy):
        raise SystemExit("no %s: run `cargo build --release` first" % ferropy)
    env = dict(os.environ)
    for var in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONPATH"):
        env.pop(var, None)
    env["PYTHONHASHSEED"] = "0"
    folder = tempfile.mkdtemp(prefix="ferropy-imports-")
    try:
        subprocess.run([sys.executable, os.path.join(ROOT, "benches", "imports", "gen.py"), folder, str(modules)], check=True)
        lines = sum(1 for dp, _, fs in os.walk(folder) for f in fs if f.endswith(".py") for _ in open(os.path.join(dp, f)))
        print("%d generated modules, %d lines of Python; median of %d runs each" % (modules, lines, runs))
        rows = [("ferropy", ferropy, "ferropy-311")]
        if with_python:
            rows.append(("python3", "python3", "cpython-"))
        print("%-8s %10s %10s %10s %12s" % ("", "cold (-B)", "first", "warm", "cold/warm"))
        ratio = None
        checksums = set()
        for name, interp, tag in rows:
            r, out = measure(interp, tag, folder, runs, env)
            checksums.add(out)
            print("%-8s %9.1fms %9.1fms %9.1fms %11.2fx" % (
                name, r["cold"] * 1000, r["first"] * 1000, r["warm"] * 1000, r["cold"] / r["warm"]))
            if name == "ferropy":
                ratio = r["cold"] / r["warm"]
        if len(checksums) != 1:
            raise SystemExit("ferropy and python3 disagree: %r" % checksums)
        print("output: %s" % checksums.pop())
        print("ferropy cold/warm ratio: %.2fx" % ratio)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
