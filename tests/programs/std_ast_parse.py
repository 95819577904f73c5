# ast.parse builds real _ast trees: ast.dump (with and without attributes) matches CPython for
# common statements and expressions; ast.walk, literal_eval, NodeVisitor, NodeTransformer, unparse.
import ast
src = '''
import os, sys as s
from . import x
from a.b import (c as d, e)
def f(a, /, b: int = 2, *args, c, d=4, **kw) -> str:
    """doc"""
    global g
    x = [i * 2 for i in range(10) if i % 2]
    y = {k: v for k, v in kw.items()}
    z = f"{a!r:>10} and {b}"
    return x[1:2], y, z
@dec
class C(B, metaclass=M):
    a: int = 3
    def m(self): yield from self.x; yield
async def g():
    async with a as b, c:
        await b
    async for q in r: pass
try:
    pass
except (A, B) as e:
    raise X from e
else: pass
finally: del x
while not a and b or c: break
if a < b <= c is not d: continue
lambda x, *y, **z: (x, -y, ~z, +x)
with open(f) as fh: fh.read()
match p:
    case [1, 2, *rest]: pass
    case {"k": v, **kw}: pass
    case Point(x=0, y=yy) | None: pass
    case str() as s if s: pass
    case _: pass
x += 1; x @= 2; x //= 3
a, *b = c
t = (1,); s = {1, 2}; d = {}; e = ...; f = b"x"; g = 1.5j; h = True; i = 10**30
assert x, "m"
nonlocal_ = (yield)
'''
tree = ast.parse(src)
print(ast.dump(tree, indent=1))
print(ast.dump(ast.parse("x + 1", mode="eval"), include_attributes=True))
for node in ast.walk(ast.parse("a.b(c, d=e)")):
    print(type(node).__name__, getattr(node, "lineno", None), getattr(node, "col_offset", None), getattr(node, "end_col_offset", None))
print(ast.literal_eval("[1, 2.5, 'x', (None, True), {'a': -3}, {1,2}, b'z', 3+4j]"))
try:
    ast.literal_eval("f(x)")
except ValueError as e:
    print("ValueError", str(e).split(":")[0])
class V(ast.NodeVisitor):
    def __init__(self): self.names = []
    def visit_Name(self, node):
        self.names.append(node.id); self.generic_visit(node)
v = V(); v.visit(tree); print(sorted(set(v.names)))
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
t2 = T().visit(ast.parse("print(1 + 2, 'a')"))
print(ast.unparse(t2))
exec(compile(t2, "<ast>", "exec"))
print(ast.unparse(ast.parse(src))[:300])
print(ast.get_docstring(tree.body[3]))
print(ast.get_source_segment(src, tree.body[3].body[2]))
try:
    ast.parse("x = = 1")
except SyntaxError as e:
    print("SyntaxError", e.lineno)
print(ast.dump(tree, include_attributes=True, indent=0))
