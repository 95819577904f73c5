# graphlib.TopologicalSorter (static_order, prepare/get_ready/done loop, CycleError with the
# cycle), reprlib (Repr limits, recursive_repr), keyword lists, colorsys conversions and the
# numbers ABC tower.
import graphlib
import reprlib
import keyword
import colorsys
import numbers
from fractions import Fraction
from decimal import Decimal

g = {"d": {"b", "c"}, "c": {"a"}, "b": {"a"}, "a": set()}
order = list(graphlib.TopologicalSorter(g).static_order())
print(order[0], order[-1], sorted(order[1:3]))
ts = graphlib.TopologicalSorter()
ts.add("build", "compile", "link")
ts.add("link", "compile")
ts.prepare()
steps = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    steps.append(ready)
    ts.done(*ready)
print(steps)
try:
    graphlib.TopologicalSorter({"x": {"y"}, "y": {"x"}}).prepare()
except graphlib.CycleError as e:
    print("CycleError", e.args[0], sorted(e.args[1]))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
print(r.repr(list(range(10))), r.repr("abcdefghijklmnop"), reprlib.repr(set(range(20))), reprlib.repr("x" * 50))
print(reprlib.repr({i: i for i in range(10)}), reprlib.repr([[[[[1]]]]]), reprlib.repr(tuple(range(8))))


class Node:
    def __init__(self):
        self.children = [self]

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % self.children


print(Node())
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.softkwlist)
print([round(x, 4) for x in colorsys.rgb_to_hsv(0.2, 0.4, 0.4)], colorsys.hsv_to_rgb(0.5, 0.5, 0.4))
print([round(x, 4) for x in colorsys.rgb_to_hls(1, 0.5, 0)], [round(x, 4) for x in colorsys.rgb_to_yiq(1, 1, 0)])
for v in [1, True, 1.5, 1j, Fraction(1, 3), Decimal("1.1")]:
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                                        numbers.Rational, numbers.Integral)])
