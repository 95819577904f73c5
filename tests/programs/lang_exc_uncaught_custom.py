# An uncaught user-defined exception with a cause: CPython prints the chain and the last line
# names the class without its module.
class ConfigError(Exception):
    pass


def read(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e


print(read("a"))
read("b")
