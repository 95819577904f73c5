# Checks: string literal forms, escapes, repr of strings with quotes and escapes.
print('single', "double", '''triple
line''', """also
triple""")
print("tab\there", "new\\nline", 'it\'s', "say \"hi\"")
print("a\nb")
print(repr("a\nb"), repr('it\'s'), repr("say \"hi\""), repr("both ' and \""))
print(repr("tab\t"), repr("back\\slash"), repr(""), repr("\x41\x42"), repr("\0"))
print("\u00e9", len("\u00e9"), "\x7e", "\101")
print(r"raw\nstring", len(r"\n"), len("\n"))
print("adjacent" " literals" ' joined')
s = ("implicit "
     "continuation")
print(s)
print("bell\a"[-1] == "\x07", ord("\r"), ord("\f"), ord("\v"), ord("\b"))
print(len("caf\u00e9"), "caf\u00e9".upper())
print(str(12), str(-4.5), str(True), str([1, "a"]), str((1,)), str({"k": "v"}))
print(repr(12), repr("12"), repr(["a", 'b']), repr(("x", 1)))
