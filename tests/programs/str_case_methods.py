# str case methods: title (apostrophes, digits), capitalize, swapcase, casefold vs lower, special casing
words = ["hello world", "they're bill's friends", "ABC DEF", "hello2world x1y", "ǆemal", "ß straße",
         "ﬁne ﬂow", "İstanbul", "ΣΑΣ ΟΔΟΣ", "mIxEd CaSe", "  lead", "", "123abc", "o'neil-smith"]
for w in words:
    print(repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.upper()), repr(w.lower()), repr(w.casefold()))
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
for w in ["Hello World", "Hello world", "HELLO", "hello", "Ǆemal", "A1b", "", "1", "Á Éé"]:
    print(repr(w), w.istitle(), w.isupper(), w.islower())
print('ß'.upper(), 'ŉ'.upper(), 'ǰ'.upper(), 'ﬃ'.upper(), len('ﬃ'.upper()), 'Σ'.lower(), 'ΑΣ'.lower())
