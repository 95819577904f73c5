//! Compiler unit tests: the code generated for small functions (snapshots of the disassembly),
//! scope resolution, and located syntax errors.

use super::*;
use ferropy_bytecode::{dis, verify, Constant};

fn dis_of(source: &str) -> String {
    let code = compile(source, "<test>").expect("compiles");
    verify(&code).expect("verifies");
    dis::disassemble_recursive(&code)
}

#[test]
fn snapshot_arithmetic_function() {
    insta::assert_snapshot!(dis_of("def f(a, b):\n    c = a + b\n    return c * 2\n"));
}

#[test]
fn snapshot_loop_and_branch() {
    insta::assert_snapshot!(dis_of(
        "def f(n):\n    t = 0\n    for i in range(n):\n        if i % 2 == 0:\n            t += i\n    return t\n"
    ));
}

#[test]
fn snapshot_try_except_finally() {
    insta::assert_snapshot!(dis_of(
        "def f(x):\n    try:\n        return 1 / x\n    except ZeroDivisionError as e:\n        return 0\n    finally:\n        print('done')\n"
    ));
}

#[test]
fn closures_use_cells_and_free_variables() {
    let code = compile(
        "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n",
        "<t>",
    )
    .unwrap();
    let Constant::Code(outer) = &code
        .constants
        .iter()
        .find(|c| matches!(c, Constant::Code(_)))
        .unwrap()
    else {
        panic!()
    };
    assert_eq!(outer.cellvars, vec!["x".to_string()]);
    let inner = outer
        .constants
        .iter()
        .find_map(|c| match c {
            Constant::Code(c) => Some(c),
            _ => None,
        })
        .unwrap();
    assert_eq!(inner.freevars, vec!["x".to_string()]);
    assert_eq!(inner.qualname, "outer.<locals>.inner");
}

#[test]
fn every_test_shape_verifies() {
    let sources = [
        "while True:\n    break\nelse:\n    pass\n",
        "for i in []:\n    try:\n        continue\n    finally:\n        pass\n",
        "def f():\n    for x in [1]:\n        try:\n            return x\n        except E:\n            return 2\n",
        "a, *b, c = [1, 2, 3]\nprint(*b, sep='')\n",
        "x = [i * j for i in range(3) for j in range(i) if j]\ny = {k: v for k, v in {}.items()}\n",
        "with open(f) as g, h:\n    pass\n",
        "def g():\n    yield 1\n    yield from g()\n",
        "class C(B, metaclass=M):\n    def m(self):\n        return super().m()\n",
        "x = 1 if a < b < c else 2\nassert x, 'msg'\ndel x\n",
    ];
    for src in sources {
        let code = compile(src, "<t>").unwrap_or_else(|e| panic!("{src}: {e}"));
        verify(&code).unwrap_or_else(|e| panic!("{src}: {e}"));
    }
}

#[test]
fn syntax_errors_carry_locations() {
    let err = compile("x = 1\ny = = 2\n", "f.py").unwrap_err();
    assert_eq!((err.kind.name(), err.line), ("SyntaxError", 2));
    let err = compile("return 1\n", "f.py").unwrap_err();
    assert_eq!(err.msg, "'return' outside function");
    let err = compile("print((1, 2)\n", "f.py").unwrap_err();
    assert_eq!(err.msg, "'(' was never closed");
    let err = compile("for x in y:\n    pass\nbreak\n", "f.py").unwrap_err();
    assert_eq!((err.msg.as_str(), err.line), ("'break' outside loop", 3));
}
