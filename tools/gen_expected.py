#!/usr/bin/env python3
"""Generate the expected outputs of the differential test programs from CPython.

Usage:
    python3 tools/gen_expected.py [--check] [FILES or DIRS...]

With no arguments every ``tests/programs/*.py`` (relative to the repository
root) is processed.  For each program ``P.py`` this runs ``python3 P.py`` with
the program's folder as the working directory, ``PYTHONHASHSEED=0``,
``PYTHONDONTWRITEBYTECODE=1``, ``PYTHONIOENCODING=utf-8``, stdin from
/dev/null and a 30 s timeout, and writes ``P.expected`` containing:

    rendered = stdout
    if exit_code != 0:
        if rendered and not rendered.endswith("\\n"): rendered += "\\n"
        last = last non-empty line of stderr, right-stripped ("" if none)
        rendered += f"--- exit {exit_code}\\n--- stderr {last}\\n"

The Rust test harness renders a ferropy run the same way and compares.

With ``--check`` nothing is written: programs whose expected file is missing
or differs from what CPython produces now are listed, and the exit status is
1 if there are any.

Never edit a ``.expected`` file by hand; rerun this tool instead.
"""

import os
import subprocess
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIR = os.path.join(REPO_ROOT, "tests", "programs")
TIMEOUT_SECONDS = 30
PYTHON = os.environ.get("GEN_EXPECTED_PYTHON", "python3")


def render(stdout, stderr, exit_code):
    """The canonical rendering shared with the Rust harness."""
    rendered = stdout
    if exit_code != 0:
        if rendered and not rendered.endswith("\n"):
            rendered += "\n"
        # Lines are split on "\n" only; a line counts as empty if it is empty
        # after stripping trailing whitespace (which also drops any "\r").
        last = ""
        for line in reversed(stderr.split("\n")):
            if line.rstrip():
                last = line.rstrip()
                break
        rendered += "--- exit " + str(exit_code) + "\n--- stderr " + last + "\n"
    return rendered


def run_program(path):
    path = os.path.abspath(path)
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    with open(os.devnull, "rb") as devnull:
        proc = subprocess.run(
            [PYTHON, os.path.basename(path)],
            cwd=os.path.dirname(path),
            env=env,
            stdin=devnull,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT_SECONDS,
        )
    stdout = proc.stdout.decode("utf-8", errors="replace")
    stderr = proc.stderr.decode("utf-8", errors="replace")
    return render(stdout, stderr, proc.returncode)


def expected_path(py_path):
    return py_path[: -len(".py")] + ".expected"


def collect(args):
    if not args:
        args = [DEFAULT_DIR]
    files = []
    for arg in args:
        if os.path.isdir(arg):
            for name in sorted(os.listdir(arg)):
                full = os.path.join(arg, name)
                if name.endswith(".py") and os.path.isfile(full):
                    files.append(full)
        elif os.path.isfile(arg) and arg.endswith(".py"):
            files.append(arg)
        else:
            sys.stderr.write("gen_expected: not a .py file or directory: " + arg + "\n")
            sys.exit(2)
    return files


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main(argv):
    check = False
    args = []
    for arg in argv:
        if arg == "--check":
            check = True
        elif arg in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            args.append(arg)

    files = collect(args)
    problems = 0
    for py in files:
        exp = expected_path(py)
        try:
            data = run_program(py).encode("utf-8")
        except subprocess.TimeoutExpired:
            print("TIMEOUT " + os.path.relpath(py))
            problems += 1
            continue
        old = read_bytes(exp)
        if check:
            if old is None:
                print("missing " + os.path.relpath(exp))
                problems += 1
            elif old != data:
                print("stale   " + os.path.relpath(exp))
                problems += 1
        else:
            with open(exp, "wb") as f:
                f.write(data)
            status = "wrote     " if old != data else "unchanged "
            print(status + os.path.relpath(exp))
    if check:
        print(str(len(files)) + " programs checked, " + str(problems) + " missing or stale")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
