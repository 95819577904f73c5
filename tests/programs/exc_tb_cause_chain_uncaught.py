# Uncaught exception with a three-link chain: explicit cause, then implicit context, and
# `from None` cutting a chain in the middle.
class ConfigError(Exception):
    pass


def read(key):
    try:
        return {}[key]
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e


def quiet(key):
    try:
        read(key)
    except ConfigError:
        raise LookupError("hidden chain") from None


try:
    quiet("a")
except LookupError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)


def setup():
    try:
        read("port")
    except ConfigError as e:
        raise RuntimeError("setup failed")


setup()
