# traceback.format_exc / format_exception / format_exception_only / print_exc to a stream,
# extract_tb line numbers and names, TracebackException; warnings.warn with filters, catch_warnings
# (record=True), simplefilter error/ignore/always, warn_explicit, formatwarning.
import io
import traceback
import warnings


def inner():
    return 1 / 0


def outer():
    inner()


try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    lines = text.splitlines()
    print(lines[0], lines[-1], len([l for l in lines if l.strip().startswith("File")]))
    print([line.split(", in ")[-1] for line in lines if "File" in line])
try:
    outer()
except ZeroDivisionError as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    frames = traceback.extract_tb(e.__traceback__)
    print([(fr.name, fr.lineno) for fr in frames])
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), "".join(te.format_exception_only()))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().splitlines()[-1])
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
except ValueError as e:
    out = traceback.format_exception(e)
    print([l for l in out if not l.startswith("  ")])
print(traceback.format_exc())

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(UserWarning("third"))
    print([(str(x.message), x.category.__name__) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.warn("skip me")
    warnings.warn("keep me")
    warnings.warn_explicit("explicit", UserWarning, "mod.py", 42)
    print([(str(x.message), x.lineno if x.filename == "mod.py" else None) for x in w])
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line of code"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("once per location")
    print(len(w))
