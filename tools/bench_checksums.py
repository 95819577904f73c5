#!/usr/bin/env python3
"""Regenerate (or verify) benches/programs/checksums.txt from sizes.txt.

Usage:
    python3 tools/bench_checksums.py [--python INTERP] [--check] [NAME...]

``benches/programs/sizes.txt`` has one line per benchmark:

    name small_size default_size

For every benchmark and both of its sizes this runs ``INTERP name.py size``
(INTERP defaults to ``python3``, or $BENCH_PYTHON) from the repository root
with PYTHONHASHSEED=0 and a 120 s timeout, takes the last line of stdout,
which must be ``checksum: VALUE``, and writes ``checksums.txt`` with lines

    name size VALUE

(VALUE never contains whitespace, so each line splits into three fields).

With ``--check`` nothing is written; instead every result is compared with
the existing checksums.txt, mismatches and failures are listed and the exit
status is 1 if there are any.  ``--check --python target/release/ferropy``
is how an implementation other than CPython is validated.  NAME arguments
restrict the run to those benchmarks (only with --check).

Never edit checksums.txt by hand; rerun this tool with CPython instead.
"""

import os
import subprocess
import sys
import time

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(REPO_ROOT, "benches", "programs")
SIZES_FILE = os.path.join(BENCH_DIR, "sizes.txt")
CHECKSUMS_FILE = os.path.join(BENCH_DIR, "checksums.txt")
TIMEOUT_SECONDS = 120


def read_sizes():
    entries = []
    with open(SIZES_FILE) as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = line.split()
            if len(fields) != 3:
                sys.exit(f"{SIZES_FILE}:{lineno}: expected 'name small default'")
            entries.append((fields[0], [fields[1], fields[2]]))
    return entries


def read_checksums():
    table = {}
    if not os.path.exists(CHECKSUMS_FILE):
        return table
    with open(CHECKSUMS_FILE) as f:
        for line in f:
            fields = line.split(maxsplit=2)
            if len(fields) == 3:
                table[(fields[0], fields[1])] = fields[2].strip()
    return table


def run_checksum(python, name, size):
    """Return (checksum or None, error message or None, seconds)."""
    script = os.path.join(BENCH_DIR, name + ".py")
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    start = time.perf_counter()
    try:
        proc = subprocess.run([python, script, size], cwd=REPO_ROOT, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return None, f"timeout after {TIMEOUT_SECONDS}s", TIMEOUT_SECONDS
    except OSError as e:
        return None, f"cannot run {python}: {e}", 0.0
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        last = [l for l in proc.stderr.splitlines() if l.strip()]
        return None, f"exit {proc.returncode}: {last[-1] if last else ''}", elapsed
    lines = proc.stdout.splitlines()
    prefix = "checksum: "
    if len(lines) != 1 or not lines[0].startswith(prefix):
        return None, f"expected one 'checksum: ...' line, got {proc.stdout!r:.200}", elapsed
    value = lines[0][len(prefix):].strip()
    if not value or len(value.split()) != 1:
        return None, f"malformed checksum value {value!r}", elapsed
    return value, None, elapsed


def main(argv):
    python = os.environ.get("BENCH_PYTHON", "python3")
    check = False
    names = []
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--check":
            check = True
        elif arg == "--python":
            if not args:
                sys.exit("--python needs an argument")
            python = args.pop(0)
        elif arg in ("-h", "--help"):
            print(__doc__)
            return 0
        elif arg.startswith("-"):
            sys.exit(f"unknown option {arg}")
        else:
            names.append(arg)
    if names and not check:
        sys.exit("benchmark names are only allowed with --check")

    entries = read_sizes()
    known = {name for name, _ in entries}
    for name in names:
        if name not in known:
            sys.exit(f"unknown benchmark {name!r}")
    expected = read_checksums() if check else {}
    out_lines = []
    problems = 0
    for name, sizes in entries:
        if names and name not in names:
            continue
        for size in sizes:
            value, error, elapsed = run_checksum(python, name, size)
            if error is not None:
                problems += 1
                print(f"FAIL {name} {size}: {error}", file=sys.stderr)
                continue
            if check:
                want = expected.get((name, size))
                if want is None:
                    problems += 1
                    print(f"MISSING {name} {size}: got {value}", file=sys.stderr)
                elif want != value:
                    problems += 1
                    print(f"MISMATCH {name} {size}: expected {want}, got {value}",
                          file=sys.stderr)
                else:
                    print(f"ok {name} {size} ({elapsed:.2f}s)")
            else:
                print(f"{name} {size} {value} ({elapsed:.2f}s)")
            out_lines.append(f"{name} {size} {value}\n")
    if check:
        return 1 if problems else 0
    if problems:
        print("not writing checksums.txt because of failures", file=sys.stderr)
        return 1
    with open(CHECKSUMS_FILE, "w") as f:
        f.writelines(out_lines)
    print(f"wrote {os.path.relpath(CHECKSUMS_FILE, REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
