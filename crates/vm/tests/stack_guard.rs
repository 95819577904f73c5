//! Deep recursion is a `RecursionError` even when the recursion limit allows more frames than
//! the native stack holds: the VM runs here on threads with small stacks (the `ferropy` command
//! gives it 1 GiB) and the limit is raised as far as `sys.setrecursionlimit` goes.

use ferropy_vm::{Vm, VmOptions};

/// Runs `source` on a thread with a `stack_mib` MiB stack; returns the exception's type name and
/// message, or "ok".
fn run_on_small_stack(stack_mib: usize, source: &'static str) -> String {
    std::thread::Builder::new()
        .stack_size(stack_mib << 20)
        .spawn(move || {
            let mut vm = Vm::new(VmOptions::default());
            match vm.run_main(source, "<guard>") {
                Ok(_) => "ok".to_string(),
                Err(e) => {
                    let v = e.value();
                    let name = vm.type_name(&v).to_string();
                    let msg = vm.str(&v).unwrap_or_default();
                    format!("{name}: {msg}")
                }
            }
        })
        .unwrap()
        .join()
        .expect("no panic")
}

#[test]
fn python_recursion_stops_before_the_native_stack_ends() {
    let out = run_on_small_stack(
        8,
        "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\nf(0)\n",
    );
    assert_eq!(out, "RecursionError: maximum recursion depth exceeded");
}

#[test]
fn recursion_through_builtins_and_dunders_stops_too() {
    let out = run_on_small_stack(
        8,
        "import sys\nsys.setrecursionlimit(10**6)\nclass R:\n    def __repr__(self):\n        return '%s' % ([{'k': (self,)}],)\n\
         def f(n):\n    return sorted([n], key=lambda y: list(map(lambda z: max([z], key=lambda w: f(n + 1)), [y])))\n\
         try:\n    repr(R())\nexcept RecursionError:\n    pass\nf(0)\n",
    );
    assert!(
        out.starts_with("RecursionError: maximum recursion depth exceeded"),
        "{out}"
    );
}

#[test]
fn nested_data_stops_too() {
    for (what, expected) in [
        (
            "repr(l)",
            "RecursionError: maximum recursion depth exceeded while getting the repr of an object",
        ),
        (
            "l == m",
            "RecursionError: maximum recursion depth exceeded in comparison",
        ),
        (
            "l < m",
            "RecursionError: maximum recursion depth exceeded in comparison",
        ),
        (
            "d == e",
            "RecursionError: maximum recursion depth exceeded in comparison",
        ),
        (
            "hash(t)",
            "RecursionError: maximum recursion depth exceeded while hashing a tuple",
        ),
    ] {
        let source = format!(
            "import sys\nsys.setrecursionlimit(10**6)\nl, m, d, e, t = [], [], {{}}, {{}}, ()\n\
             for _ in range(300000):\n    l, m, d, e, t = [l], [m], {{1: d}}, {{1: e}}, (t,)\n{what}\n"
        );
        let source: &'static str = Box::leak(source.into_boxed_str());
        assert_eq!(run_on_small_stack(4, source), expected, "{what}");
    }
}

/// After a RecursionError the VM is usable: the depth count unwound.
#[test]
fn the_vm_recovers() {
    let out = run_on_small_stack(
        8,
        "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\nfor _ in range(3):\n    try:\n        f(0)\n    except RecursionError:\n        pass\n\
         def g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\nassert g(500) == 500\n",
    );
    assert_eq!(out, "ok");
}
