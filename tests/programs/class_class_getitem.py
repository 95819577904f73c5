# __class_getitem__: an implicit classmethod called by Class[item], inherited by subclasses,
# not used for instance subscription; builtin generics (list[int], dict[str, int]) make
# aliases that print and compare as CPython's.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


class SubBox(Box):
    pass


print(Box[int], SubBox["x"], Box[1, 2])
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
alias = list[int]
print(alias, dict[str, int], tuple[int, ...])
print(alias == list[int], alias.__origin__ is list, alias.__args__)
print(alias([1, 2]), type(alias([1])).__name__)


class Registry(dict):
    def __class_getitem__(cls, key):
        return ("registry", key)


print(Registry["k"], Registry(a=1)["a"])
