//! Crafted `.pyc` files, end to end: code objects a compiler never makes, in a cache file whose
//! header matches the source, so that the import reads them. Each one the verifier can judge is
//! rejected (and the module recompiled from its source, output unchanged); the ones only a run
//! can judge (a call's keyword names, a closure's length) raise `SystemError`. None may crash the
//! process: each of these panicked, read registers past the frame or allocated gigabytes per
//! call before the checks in `verifier.rs` and `interp.rs` (issue 11).

use ferropy_bytecode::pyc::{self, Header};
use ferropy_bytecode::{CodeObject, Constant, Instr, Opcode};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::rc::Rc;
use std::time::SystemTime;

const MAIN: &str = "import mod\nprint(mod.RESULT)\n";
const MODULE: &str =
    "def f(n):\n    return f(n - 1) + 1 if n else 0\nRESULT = [f(200), (1, 2)[::-1]]\n";
const OUTPUT: &str = "[200, (2, 1)]\n";

struct Dir(PathBuf);

impl Dir {
    fn new(tag: &str) -> Dir {
        let d = std::env::temp_dir().join(format!("ferropy-crafted-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("main.py"), MAIN).unwrap();
        std::fs::write(d.join("mod.py"), MODULE).unwrap();
        Dir(d)
    }

    fn pyc(&self) -> PathBuf {
        self.0.join("__pycache__").join("mod.ferropy-311.pyc")
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Run {
    stdout: String,
    stderr: String,
    code: Option<i32>,
}

fn ferropy(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_ferropy"))
        .args(args)
        .current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .env_remove("PYTHONPYCACHEPREFIX")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code(),
    }
}

/// A cache file for `source` holding `code`, with a header that matches the source.
fn crafted(source: &Path, code: &CodeObject) -> Vec<u8> {
    let meta = std::fs::metadata(source).unwrap();
    let secs = meta
        .modified()
        .unwrap()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    pyc::encode(&Header::timestamp(secs, meta.len()), code).unwrap()
}

fn code(
    instrs: &[(Opcode, u32)],
    constants: Vec<Constant>,
    names: &[&str],
    max_stack: u32,
) -> CodeObject {
    CodeObject {
        name: "<module>".into(),
        qualname: "<module>".into(),
        filename: "mod.py".into(),
        instructions: instrs.iter().map(|(op, a)| Instr::new(*op, *a)).collect(),
        lines: vec![1; instrs.len()],
        constants,
        names: names.iter().map(|s| s.to_string()).collect(),
        max_stack,
        ..Default::default()
    }
}

fn function(
    instrs: &[(Opcode, u32)],
    argcount: u32,
    freevars: &[&str],
    max_stack: u32,
) -> CodeObject {
    let mut c = code(
        instrs,
        vec![Constant::None, Constant::Int(1)],
        &["f"],
        max_stack,
    );
    c.name = "f".into();
    c.qualname = "f".into();
    c.flags = ferropy_bytecode::flags::OPTIMIZED | ferropy_bytecode::flags::NEWLOCALS;
    c.argcount = argcount;
    c.varnames = (0..argcount).map(|i| format!("a{i}")).collect();
    c.freevars = freevars.iter().map(|s| s.to_string()).collect();
    c
}

/// Module code that defines `f` from `inner` (closure and defaults per `flags`), stores the
/// result of `prelude` as RESULT, and returns.
fn module_calling(inner: CodeObject, call: &[(Opcode, u32)]) -> CodeObject {
    use Opcode::*;
    let mut instrs = vec![(LoadConst, 0), (MakeFunction, 0), (StoreName, 0)];
    instrs.extend_from_slice(call);
    instrs.extend([(StoreName, 1), (LoadConst, 1), (ReturnValue, 0)]);
    let constants = vec![
        Constant::Code(Rc::new(inner)),
        Constant::None,
        Constant::Tuple(vec![Constant::Str("x".into()), Constant::Str("y".into())]),
        Constant::Int(5),
    ];
    let mut c = code(&instrs, constants, &["f", "RESULT"], 0);
    c.max_stack = ferropy_bytecode::compute_max_stack(&c).unwrap();
    c
}

/// Cache files the verifier must reject: the module is then compiled from its source.
#[test]
fn unverifiable_cache_files_are_rejected_and_replaced() {
    use Opcode::*;
    let bad_stack = code(
        &[(PopTop, 0), (LoadConst, 0), (ReturnValue, 0)],
        vec![Constant::None],
        &[],
        1,
    );
    let cases: Vec<(&str, CodeObject)> = vec![
        (
            // A code object inside a tuple constant, with a stack underflow: it used to be
            // translated unverified (a panic in the translator).
            "code in a tuple constant",
            code(
                &[(LoadConst, 0), (ReturnValue, 0)],
                vec![
                    Constant::None,
                    Constant::Tuple(vec![
                        Constant::Int(1),
                        Constant::Code(Rc::new(bad_stack.clone())),
                    ]),
                ],
                &[],
                1,
            ),
        ),
        (
            // `ListAppend 0` reads the list from above the stack (a translator panic).
            "ListAppend 0",
            code(
                &[
                    (BuildList, 0),
                    (LoadConst, 0),
                    (ListAppend, 0),
                    (LoadConst, 0),
                    (ReturnValue, 0),
                ],
                vec![Constant::None],
                &[],
                2,
            ),
        ),
        (
            // `BuildSlice 0` read registers holding no operand.
            "BuildSlice 0",
            code(
                &[(BuildSlice, 0), (ReturnValue, 0)],
                vec![Constant::None],
                &[],
                1,
            ),
        ),
        (
            // A module with a free variable has no cell for it (a panic in LoadDeref).
            "module with a free variable",
            {
                let mut c = code(
                    &[(LoadDeref, 0), (ReturnValue, 0)],
                    vec![Constant::None],
                    &[],
                    1,
                );
                c.freevars = vec!["x".into()];
                c
            },
        ),
        (
            // A function declaring a 16M-deep stack it never uses: 256 MiB of registers per
            // call, and this function recurses 200 deep.
            "max_stack far above the depth reached",
            module_calling(
                function(&[(LoadConst, 1), (ReturnValue, 0)], 1, &[], 1 << 24),
                &[(LoadName, 0), (LoadConst, 3), (Call, 1)],
            ),
        ),
    ];
    for (what, crafted_code) in cases {
        let dir = Dir::new("reject");
        let first = ferropy(&dir.0, &["main.py"]);
        assert_eq!(first.stdout, OUTPUT, "{what}: {}", first.stderr);
        std::fs::write(dir.pyc(), crafted(&dir.0.join("mod.py"), &crafted_code)).unwrap();
        let r = ferropy(&dir.0, &["-v", "main.py"]);
        assert_eq!(
            (r.stdout.as_str(), r.code),
            (OUTPUT, Some(0)),
            "{what}: {}",
            r.stderr
        );
        let line = r
            .stderr
            .lines()
            .find(|l| l.starts_with("import 'mod'"))
            .unwrap_or("");
        assert!(
            line.contains("cache rejected: failed verification"),
            "{what}: {line}"
        );
        assert!(line.contains("cache written"), "{what}: {line}");
        let (_, code) = pyc::decode(&std::fs::read(dir.pyc()).unwrap()).unwrap();
        assert_eq!(
            ferropy_bytecode::verify(&code),
            Ok(()),
            "{what}: the rewritten file verifies"
        );
    }
}

/// Cache files that verify but go wrong only when run: a Python exception, never a crash.
#[test]
fn verifiable_but_inconsistent_cache_files_raise() {
    use Opcode::*;
    let cases: Vec<(&str, CodeObject, &str)> = vec![
        (
            // Two keyword names for one argument (a panic splitting the arguments).
            "more keyword names than arguments",
            module_calling(
                function(&[(LoadConst, 1), (ReturnValue, 0)], 1, &[], 1),
                &[(LoadName, 0), (LoadConst, 3), (LoadConst, 2), (CallKw, 1)],
            ),
            "SystemError: CallKw with more keyword names than arguments",
        ),
        (
            // A function reading a free variable, made without a closure (a panic in LoadDeref).
            "a closure missing",
            module_calling(
                function(&[(LoadDeref, 0), (ReturnValue, 0)], 0, &["x"], 1),
                &[(LoadName, 0), (Call, 0)],
            ),
            "SystemError: MakeFunction with a closure that does not match the free variables",
        ),
    ];
    for (what, crafted_code, error) in cases {
        let dir = Dir::new("raise");
        ferropy(&dir.0, &["main.py"]);
        std::fs::write(dir.pyc(), crafted(&dir.0.join("mod.py"), &crafted_code)).unwrap();
        let r = ferropy(&dir.0, &["main.py"]);
        let last = r
            .stderr
            .lines()
            .filter(|l| !l.trim().is_empty())
            .last()
            .unwrap_or("");
        assert_eq!((last, r.code), (error, Some(1)), "{what}: {}", r.stderr);
    }
}
