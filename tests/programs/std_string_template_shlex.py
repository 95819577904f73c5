# string.Template (substitute, safe_substitute, delimiters, errors, subclassing, get_identifiers,
# is_valid), string constants and capwords, and shlex (split, quote, join, posix vs non-posix
# lexers, comments, punctuation_chars).
import string
import shlex

t = string.Template("$who likes ${what}; $$5 costs $$")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann"}, what="tea"))
print(string.Template("$a $b").safe_substitute(a=1))
print(string.Template("$a ${b").safe_substitute(a=1))
for tmpl, kw in [("$missing", {}), ("${bad", {}), ("$", {}), ("$1x", {})]:
    try:
        print(string.Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template("$x $y ${z} $x $$q").get_identifiers(), string.Template("$x $").is_valid())


class Percent(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"


print(Percent("%name is %age%% done, %Upper").safe_substitute(name="job", age=50))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b c-d", "-"))
f = string.Formatter()
print(f.format("{0}-{x}-{1:>4}", "a", "b", x="X"), list(f.parse("a{0}b{x:>3}c")))

print(shlex.split('ls -l "my file.txt" \'single q\' a\\ b # comment'))
print(shlex.split("a #b c", comments=True))
print(shlex.split("a 'b c' \"d\\\"e\"", posix=True))
print(shlex.split("a 'b c'", posix=False))
for s in ["simple", "has space", "it's", "", "$HOME", "a\"b", "safe-_./=:,+@%"]:
    print(repr(s), shlex.quote(s))
print(shlex.join(["echo", "hello world", "it's"]))
lex = shlex.shlex("a=1; b = 'two' && c", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("x + y*2", posix=True)
lex.whitespace_split = False
print([tok for tok in lex])
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print("ValueError", e)
