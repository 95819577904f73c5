# Source nested deeper than the compiler's limits is an error CPython would give, never a crash:
# too many nested brackets or indentation levels (the tokenizer's limits), or operator chains
# deeper than the compiler recurses (RecursionError). (Far deeper chains, and elif ladders, are
# a MemoryError from CPython's parser but a RecursionError here: crates/cli/tests/limits.rs.)


def attempt(label, src):
    try:
        compile(src, "<nested>", "exec")
        print(label, "compiles")
    except SyntaxError as e:
        print(label, "->", type(e).__name__, e.msg, e.lineno, e.offset)
    except (RecursionError, MemoryError) as e:
        print(label, "->", type(e).__name__, e)


def parens(n):
    return "x = " + "(" * n + "1" + ")" * n + "\n"


def blocks(n):
    return "".join(" " * i + "if x:\n" for i in range(n)) + " " * n + "pass\n"


attempt("200 parentheses", parens(200))
attempt("201 parentheses", parens(201))
attempt("100000 parentheses", parens(100000))
attempt("199 mixed brackets", "y = [" + "{1: (" * 99 + "1" + ")}" * 99 + "]\n")
attempt("202 mixed brackets", "y = [(" + "{1: (" * 100 + "1" + ")}" * 100 + ")]\n")
attempt("closing brackets only count open ones", "x = (" + "()," * 1000 + ")\n")
attempt("99 indentation levels", blocks(99))
attempt("100 indentation levels", blocks(100))
attempt("1000 indentation levels", blocks(1000))
attempt("1000 nested defs", "".join(" " * i + "def f():\n" for i in range(1000)) + " " * 1000 + "pass\n")
attempt("tabs", "".join("\t" * i + "while x:\n" for i in range(150)) + "\t" * 150 + "pass\n")
attempt("-" * 3 + " chain of 100", "x = " + "-" * 100 + "1\n")
attempt("- chain of 5000", "x = " + "-" * 5000 + "1\n")
attempt("1+1+... 10000 terms", "x = " + "1+" * 10000 + "1\n")
attempt("attribute chain of 10000", "x = y" + ".a" * 10000 + "\n")
attempt("call chain of 10000", "x = y" + "()" * 10000 + "\n")
attempt("subscript chain of 10000", "x = y" + "[0]" * 10000 + "\n")
# Flat constructs of any length are fine.
attempt("comparison chain of 100000", "x = " + "1 < " * 100000 + "1\n")
attempt("and chain of 100000", "x = " + "1 and " * 100000 + "1\n")
attempt("tuple of 100000", "x = " + "1, " * 100000 + "\n")
attempt("string concatenation of 100000", "x = " + "'a' " * 100000 + "\n")
attempt("100000 statements", "x = 1\n" * 100000)
# Deep but legal code runs.
ns = {}
exec("x = " + "-" * 1001 + "1\n", ns)
print(ns["x"])
exec(blocks(50).replace("pass", "y = 7").replace("if x:", "if True:"), ns)
print(ns["y"])
print(eval("(" * 150 + "6 * 7" + ")" * 150))
