# An uncaught exception raised `from` another: the traceback shows both, the last line is
# the final exception, and the exit code is 1; __cause__/__context__/__suppress_context__ first.
class ConfigError(Exception):
    def __str__(self):
        return f"config problem: {self.args[0]!r}"
def load():
    try:
        {}["missing"]
    except KeyError as e:
        raise ConfigError("port") from e
try:
    load()
except ConfigError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__, str(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("inner") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = RuntimeError("x")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError:", err)
load()
