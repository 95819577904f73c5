#!/usr/bin/env python3
"""Soak test (issue 11, point 5; not part of the normal test run): runs the benchmark suite
(benches/programs, sizes.txt) under `ferropy --jit=auto` in a loop for a number of minutes and
reports, per benchmark, the peak RSS of each run (the child's ru_maxrss, from wait4) and the
deoptimizations (`--jit-stats-json`: exits from native code to the interpreter), flagging
growth between iterations (a leak) and deopt storms (a run with far more deopts than the first).

Run it with CPython:   python3 benches/soak.py [--minutes 10] [--size small|default]
                       [--ferropy target/release/ferropy] [--json out.json]
The benchmark's checksum line must stay the same in every iteration.
"""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PREFIX = "ferropy-jit-stats: "


def sizes(kind):
    col = 1 if kind == "small" else 2
    out = []
    with open(os.path.join(HERE, "programs", "sizes.txt")) as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and not line.startswith("#"):
                out.append((parts[0], parts[col]))
    return out


def run_measured(exe, name, size):
    path = os.path.join(HERE, "programs", name + ".py")
    start = time.monotonic()
    r_out, w_out = os.pipe()
    r_err, w_err = os.pipe()
    pid = os.posix_spawn(
        exe,
        [exe, "--jit=auto", "--jit-stats-json", "-B", path, size],
        os.environ,
        file_actions=[
            (os.POSIX_SPAWN_DUP2, w_out, 1),
            (os.POSIX_SPAWN_DUP2, w_err, 2),
            (os.POSIX_SPAWN_CLOSE, r_out),
            (os.POSIX_SPAWN_CLOSE, r_err),
        ],
    )
    os.close(w_out)
    os.close(w_err)
    # The outputs are small; read stdout fully, then stderr.
    with os.fdopen(r_out, "rb") as fo, os.fdopen(r_err, "rb") as fe:
        out = fo.read()
        err = fe.read()
    _, status, usage = os.wait4(pid, 0)
    seconds = time.monotonic() - start
    deopts = None
    for line in err.decode(errors="replace").splitlines():
        if line.startswith(PREFIX):
            deopts = json.loads(line[len(PREFIX):]).get("deopts")
    checksum = out.decode(errors="replace").strip().splitlines()[-1:] or [""]
    code = os.waitstatus_to_exitcode(status)
    return checksum[0], usage.ru_maxrss, deopts, seconds, code


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--size", choices=["small", "default"], default="small")
    ap.add_argument("--ferropy", default=os.path.join(ROOT, "target", "release", "ferropy"))
    ap.add_argument("--json", help="write every measurement to this file")
    args = ap.parse_args()
    benches = sizes(args.size)
    deadline = time.monotonic() + args.minutes * 60
    runs = {name: [] for name, _ in benches}
    problems = []
    iteration = 0
    while time.monotonic() < deadline:
        iteration += 1
        for name, size in benches:
            checksum, rss, deopts, secs, code = run_measured(args.ferropy, name, size)
            history = runs[name]
            if code != 0:
                problems.append(f"iteration {iteration}: {name} exited with {code}")
            if history and checksum != history[0]["checksum"]:
                problems.append(f"iteration {iteration}: {name} checksum changed: {checksum}")
            history.append(
                {"checksum": checksum, "rss_kib": rss, "deopts": deopts, "seconds": secs}
            )
            if time.monotonic() >= deadline:
                break
        print(f"iteration {iteration} done, {time.monotonic() - deadline + args.minutes * 60:.0f} s",
              file=sys.stderr, flush=True)
    print(f"soak: {iteration} iterations of {len(benches)} benchmarks ({args.size}), "
          f"{args.minutes:g} minutes, {args.ferropy} --jit=auto")
    print(f"{'benchmark':<14} {'runs':>4} {'peak RSS KiB first/min/max/last':>34} "
          f"{'deopts first/max':>17} {'s/run':>7}  flags")
    for name, _ in benches:
        h = runs[name]
        if not h:
            continue
        rss = [r["rss_kib"] for r in h]
        dps = [r["deopts"] or 0 for r in h]
        flags = []
        # Growth: the later half of the runs peaks clearly above the first half.
        half = len(rss) // 2
        if half and max(rss[half:]) > max(rss[:half]) * 1.10 + 1024:
            flags.append("RSS GROWS")
        if max(dps) > 10 * max(dps[0], 100):
            flags.append("DEOPT STORM")
        secs = sum(r["seconds"] for r in h) / len(h)
        cols = f"{rss[0]}/{min(rss)}/{max(rss)}/{rss[-1]}"
        print(f"{name:<14} {len(h):>4} {cols:>34} {f'{dps[0]}/{max(dps)}':>17} {secs:>7.2f}  "
              f"{' '.join(flags) or 'ok'}")
    for p in problems:
        print("PROBLEM:", p)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(runs, f, indent=1)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
