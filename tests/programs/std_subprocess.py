# subprocess over _posixsubprocess.fork_exec: run with capture/text/shell/cwd/env, check_output
# with stderr merged, communicate through pipes (memoryview slices, os.write), a missing program
# (OSError(errno) picks FileNotFoundError), CalledProcessError, getoutput, a timeout and kill.
import subprocess, sys, os
r = subprocess.run(["echo", "hello", "world"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout))
r = subprocess.run("exit 3", shell=True)
print(r.returncode)
print(subprocess.check_output(["sh", "-c", "printf 'a\\nb\\n'; echo err >&2"], stderr=subprocess.STDOUT))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b"piped data " * 1000)
print(len(out), p.returncode)
try:
    subprocess.run(["/nonexistent/prog"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e)
print(subprocess.getoutput("echo hi; echo there"))
r = subprocess.run(["pwd"], cwd="/tmp", capture_output=True, env={"PATH": os.environ["PATH"], "X": "1"})
print(r.stdout)
r = subprocess.run(["sh", "-c", "echo $X"], capture_output=True, env={"X": "42"})
print(r.stdout)
try:
    subprocess.run(["sleep", "5"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", type(e.timeout).__name__)
