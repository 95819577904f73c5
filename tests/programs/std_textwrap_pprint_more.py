# textwrap TextWrapper options and pprint of deep, wide and recursive structures.
import textwrap, pprint
w = textwrap.TextWrapper(width=24, break_long_words=True, max_lines=3, placeholder=" [...]")
print(w.wrap("Supercalifragilisticexpialidocious words wrap around nicely when long enough to need it"))
print(textwrap.fill("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o", width=8, break_on_hyphens=True))
print(textwrap.fill("tabs\there and  spaces", width=30, expand_tabs=True, replace_whitespace=True))
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).split("id=")[0])
d = {"k%d" % i: list(range(i)) for i in range(8)}
pprint.pprint(d, width=50, indent=2)
pprint.pprint({"set": {3, 1, 2}, "fs": frozenset("ab"), "t": (1,), "s": "x" * 90}, width=60)
pp = pprint.PrettyPrinter(depth=1)
print(pp.pformat({"a": {"b": {"c": 1}}, "l": [[1]]}))
