# Found by crates/compiler/tests/fuzz_compile.rs (a mutated tests/programs file): a `nonlocal`
# with no binding in any enclosing function compiled to module code with a free variable, and
# running it indexed past the frame's cells (a panic). Now: SyntaxError, as in CPython.
def f():
    def g():
        nonlocal x
        x = 1
        return x
    return g
print(f()())
