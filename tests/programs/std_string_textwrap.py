# string and textwrap: constants, Template, Formatter, capwords; wrap, fill, dedent, indent, shorten.
import string, textwrap
print(string.ascii_letters, string.digits, string.punctuation)
t = string.Template("$who likes ${what}, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="a")
except KeyError as e:
    print("missing", e)
f = string.Formatter()
print(f.format("{0}-{name}-{1:>4}", "a", 7, name="n"), list(f.parse("x{0}y{k!r:3}")))
print(string.capwords("hello   big world"))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.dedent("""\
    def f():
        return 1
    """))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.shorten("Hello  world, this is a long line", width=20))
