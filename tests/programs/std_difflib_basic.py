# difflib: SequenceMatcher (ratio, matching blocks, opcodes, quick ratios, autojunk, isjunk),
# get_close_matches, unified_diff, context_diff, ndiff, restore, Differ and IS_LINE_JUNK.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
s = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(tag, i1, i2, j1, j2)
print(list(difflib.SequenceMatcher(None, "qabxcd", "abycdf").get_grouped_opcodes(1)))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "where", "wheat", "hello"], n=2, cutoff=0.5))
a = ["one\n", "two\n", "three\n", "four\n", "five\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "five\n", "six\n"]
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt", lineterm="\n")))
print("".join(difflib.context_diff(a, b, fromfile="a", tofile="b")))
diff = list(difflib.ndiff(a, b))
print("".join(diff))
print("".join(difflib.restore(diff, 1)) == "".join(a), "".join(difflib.restore(diff, 2)) == "".join(b))
d = difflib.Differ()
print(list(d.compare(["abcdefg\n"], ["abXdefh\n"])))
print(difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK("x\n"), difflib.IS_CHARACTER_JUNK(" "))
big = "x" * 300 + "y"
print(difflib.SequenceMatcher(None, big, big[::-1]).ratio(),
      difflib.SequenceMatcher(None, big, big[::-1], autojunk=False).ratio())
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
