# ast: modes single/eval, locations with non-ASCII text and decorators, u-strings, and compile()
# of a parsed or hand-built tree back into code.
import ast
print(ast.dump(ast.parse("é = 'ü' + x", mode="single"), include_attributes=True))
print(ast.dump(ast.parse("(a,\n  b)", mode="eval"), include_attributes=True))
n = ast.parse("x = 1\n\n@d\n@e\ndef f():\n    pass\n").body[1]
print(n.lineno, n.end_lineno, n.decorator_list[1].lineno)
print(repr(ast.parse("'''doc'''").body[0].value.value))
print(ast.dump(ast.parse("u'x'")))
tree = ast.parse("x = 1\ny = x + 1\nprint(y)")
code = compile(tree, "<t>", "exec")
exec(code)
e = ast.Expression(body=ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(21)))
print(eval(compile(ast.fix_missing_locations(e), "<e>", "eval")))
print(isinstance(tree, ast.AST), isinstance(tree.body[0], ast.stmt), ast.Num)
print(compile("1+1", "<x>", "eval", ast.PyCF_ONLY_AST).__class__.__name__)
