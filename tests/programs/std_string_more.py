# string: Template subclass with custom delimiter, Formatter subclass, format_field/convert_field, constants.
import string
class Pct(string.Template):
    delimiter = "%"
print(Pct("%who owes %{amount}").substitute(who="Ann", amount="$5"), Pct("%x").get_identifiers())
t = string.Template("$a and $b")
print(t.is_valid(), string.Template("$").is_valid(), t.template)
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
print(Upper().format("{0} {x!r} {missing} {1:>5}", "ab", "cd", x="q"))
print(string.Formatter().vformat("{a[0]}-{b.real}", (), {"a": [9], "b": 3}))
print(string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable))
print(string.capwords("a-b c", "-"), string.ascii_uppercase[:5])
