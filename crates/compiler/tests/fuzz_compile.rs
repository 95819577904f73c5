//! Generated source text into the compiler: whatever the input, `compile` returns a code object
//! that passes the verifier or a `CompileError`, and never panics or overflows the stack.
//!
//! Inputs: random bytes (read as UTF-8, lossily, as the `ferropy` command reads a script), a
//! token soup from a Python-ish alphabet, mutations of the test programs in `tests/programs/`,
//! and deep nestings of every kind of bracket, operator chain and block around the compiler's
//! limits. `FERROPY_FUZZ_CASES=N` runs N cases per property instead of the defaults.
//!
//! Each case runs on a thread with a 256 MiB stack: the compiler recurses up to its nesting
//! limit (3000 levels), which the `ferropy` command's 1 GiB main stack holds easily but a test
//! thread's default 2 MiB does not.

use ferropy_bytecode::verify;
use ferropy_compiler::{compile, CompileError, ErrorKind};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

fn cases(default: u32) -> u32 {
    std::env::var("FERROPY_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A fixed seed unless `FERROPY_FUZZ_SEED` names another (`random` for a fresh one each run).
fn config(default: u32) -> ProptestConfig {
    use proptest::test_runner::RngSeed;
    let rng_seed = match std::env::var("FERROPY_FUZZ_SEED").ok().as_deref() {
        Some("random") => RngSeed::Random,
        Some(s) => RngSeed::Fixed(s.parse().expect("FERROPY_FUZZ_SEED: a number or `random`")),
        None => RngSeed::Fixed(11),
    };
    ProptestConfig {
        cases: cases(default),
        failure_persistence: None,
        rng_seed,
        ..ProptestConfig::default()
    }
}

/// Compiles on a big-stack thread; the code, if any, must verify.
fn compile_checked(src: String) -> Result<Result<(), CompileError>, String> {
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || match compile(&src, "<fuzz>") {
            Ok(code) => verify(&code)
                .map(|_| Ok(()))
                .map_err(|e| format!("compiled code fails verification: {e}\n{src}")),
            Err(e) => {
                if e.line == 0 || e.column == 0 {
                    return Err(format!("error without a location: {e:?}"));
                }
                Ok(Err(e))
            }
        })
        .unwrap();
    handle.join().map_err(|p| {
        let msg = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()));
        format!("compile panicked: {}", msg.unwrap_or_default())
    })?
}

fn check(src: String) -> Result<(), TestCaseError> {
    compile_checked(src)
        .map(|_| ())
        .map_err(TestCaseError::fail)
}

const TOKENS: &[&str] = &[
    "def ",
    "class ",
    "if ",
    "elif ",
    "else",
    "while ",
    "for ",
    " in ",
    "return ",
    "yield ",
    "yield from ",
    "lambda ",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    "=",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<",
    ">",
    "==",
    "!=",
    "<=",
    ">=",
    " and ",
    " or ",
    "not ",
    " is ",
    " is not ",
    "x",
    "y",
    "f",
    "self",
    "1",
    "0",
    "1.5",
    "1e5",
    "2j",
    "0x1F",
    "1_000",
    "'s'",
    "\"t\"",
    "b'x'",
    "r'\\d'",
    "f'{x}'",
    "f'{x!r:>{y}}'",
    "'''doc'''",
    "\n",
    "    ",
    "\t",
    " ",
    "# c\n",
    "\\\n",
    "try",
    "except ",
    "except* ",
    "finally",
    "with ",
    " as ",
    "import ",
    "from ",
    "global ",
    "nonlocal ",
    "del ",
    "pass",
    "break",
    "continue",
    "raise ",
    "assert ",
    "async ",
    "await ",
    "match ",
    "case ",
    "_",
    "*args",
    "**kw",
    "...",
    ";",
    "->",
    ":=",
    "+=",
    "-=",
    "|=",
    ">>=",
    "~",
    "^",
    "&",
    "|",
    "<<",
    ">>",
    "None",
    "True",
    "False",
    "print",
    "range",
    "@dec\n",
    "'",
    "\"",
    "\\",
    "`",
    "$",
    "?",
    "!",
    "\u{e9}",
    "\u{fffd}",
    "\0",
    "\r\n",
    "\r",
    "\x0c",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..80).prop_map(|t| t.concat())
}

fn programs() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// One edit to a program's text.
#[derive(Debug, Clone)]
enum Edit {
    DeleteBytes(prop::sample::Index, usize),
    InsertToken(prop::sample::Index, &'static str),
    ReplaceByte(prop::sample::Index, u8),
    DuplicateRange(prop::sample::Index, usize),
    SwapLines(prop::sample::Index, prop::sample::Index),
    DeleteLine(prop::sample::Index),
    Reindent(prop::sample::Index, usize),
    DuplicateLine(prop::sample::Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    use prop::sample::Index;
    prop_oneof![
        (any::<Index>(), 1usize..20).prop_map(|(i, n)| Edit::DeleteBytes(i, n)),
        (any::<Index>(), prop::sample::select(TOKENS)).prop_map(|(i, t)| Edit::InsertToken(i, t)),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Edit::ReplaceByte(i, b)),
        (any::<Index>(), 1usize..200).prop_map(|(i, n)| Edit::DuplicateRange(i, n)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        any::<Index>().prop_map(Edit::DeleteLine),
        (any::<Index>(), 0usize..13).prop_map(|(i, n)| Edit::Reindent(i, n)),
        any::<Index>().prop_map(Edit::DuplicateLine),
    ]
}

fn apply(src: &str, edits: &[Edit]) -> String {
    let mut bytes = src.as_bytes().to_vec();
    for e in edits {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let mut lines: Vec<String> = text.split('\n').map(String::from).collect();
        match e {
            Edit::DeleteBytes(i, n) if !bytes.is_empty() => {
                let at = i.index(bytes.len());
                bytes.drain(at..(at + n).min(bytes.len()));
                continue;
            }
            Edit::InsertToken(i, t) => {
                let at = i.index(bytes.len() + 1);
                bytes.splice(at..at, t.bytes());
                continue;
            }
            Edit::ReplaceByte(i, b) if !bytes.is_empty() => {
                let at = i.index(bytes.len());
                bytes[at] = *b;
                continue;
            }
            Edit::DuplicateRange(i, n) if !bytes.is_empty() => {
                let at = i.index(bytes.len());
                let piece = bytes[at..(at + n).min(bytes.len())].to_vec();
                bytes.splice(at..at, piece);
                continue;
            }
            Edit::SwapLines(a, b) => {
                let (a, b) = (a.index(lines.len()), b.index(lines.len()));
                lines.swap(a, b);
            }
            Edit::DeleteLine(i) => {
                lines.remove(i.index(lines.len()));
            }
            Edit::Reindent(i, n) => {
                let at = i.index(lines.len());
                lines[at] = format!("{}{}", " ".repeat(*n), lines[at].trim_start());
            }
            Edit::DuplicateLine(i) => {
                let at = i.index(lines.len());
                let l = lines[at].clone();
                lines.insert(at, l);
            }
            _ => continue,
        }
        bytes = lines.join("\n").into_bytes();
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

proptest! {
    #![proptest_config(config(1500))]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        check(String::from_utf8_lossy(&bytes).into_owned())?;
    }

    #[test]
    fn token_soup_never_panics(src in token_soup()) {
        check(src)?;
    }
}

proptest! {
    #![proptest_config(config(800))]

    #[test]
    fn mutated_test_programs_never_panic(which in any::<prop::sample::Index>(), edits in prop::collection::vec(edit(), 1..5)) {
        thread_local!(static PROGRAMS: Vec<String> = programs());
        let src = PROGRAMS.with(|p| apply(&p[which.index(p.len())], &edits));
        check(src)?;
    }
}

/// Ways to nest one level deeper, as (prefix, suffix) around an inner expression, or statements
/// (`None` for the suffix: the inner text goes on an indented line below).
const NESTINGS: &[(&str, Option<&str>)] = &[
    ("(", Some(")")),
    ("[", Some("]")),
    ("{", Some("}")),
    ("{1: ", Some("}")),
    ("f(", Some(")")),
    ("-", Some("")),
    ("not ", Some("")),
    ("~", Some("")),
    ("1 + ", Some("")),
    ("2 ** ", Some("")),
    ("lambda: ", Some("")),
    ("1 if x else ", Some("")),
    ("x[", Some("]")),
    ("", Some(".a")),
    ("", Some("()")),
    ("", Some(" + 1")),
    ("(yield ", Some(")")),
    ("[y for y in ", Some("]")),
    ("if x:", None),
    ("while x:", None),
    ("def f():", None),
    ("class C:", None),
    ("try:", None),
    ("with x:", None),
    ("for y in x:", None),
];

/// An expression or block `depth` levels deep, mixing the given kinds of nesting.
fn nest(kinds: &[usize], depth: usize) -> String {
    let mut prefix = String::new();
    let mut suffix = Vec::new();
    let mut indent = 0;
    let mut in_block = true;
    for level in 0..depth {
        let (pre, suf) = NESTINGS[kinds[level % kinds.len()]];
        match suf {
            None if in_block => {
                prefix.push_str(&format!("{}{pre}\n", " ".repeat(indent)));
                indent += 1;
                if pre == "try:" {
                    suffix.push(format!("{}except: pass\n", " ".repeat(indent - 1)));
                }
            }
            None => {}
            Some(s) => {
                if in_block {
                    prefix.push_str(&format!("{}x = ", " ".repeat(indent)));
                    in_block = false;
                    suffix.push("\n".to_string());
                }
                prefix.push_str(pre);
                suffix.push(s.to_string());
            }
        }
    }
    if in_block {
        prefix.push_str(&format!("{}x = ", " ".repeat(indent)));
        suffix.push("\n".to_string());
    }
    suffix.reverse();
    format!("{prefix}y{}", suffix.concat())
}

proptest! {
    #![proptest_config(config(120))]

    /// Deep nesting ends in a value, `too many nested parentheses`, `too many levels of
    /// indentation` or a `RecursionError`, whatever mixes kinds of nesting and at any depth.
    #[test]
    fn deep_nesting_is_an_error_not_a_crash(
        kinds in prop::collection::vec(0..NESTINGS.len(), 1..4),
        depth in prop_oneof![1usize..400, 2900usize..3100, 20_000usize..60_000],
    ) {
        let src = nest(&kinds, depth);
        match compile_checked(src).map_err(TestCaseError::fail)? {
            Ok(()) => {}
            Err(e) => {
                // Limits give their own errors; some mixes are not Python at all (`~not y`,
                // `yield` outside a function), which is a plain SyntaxError.
                let expected = matches!(e.kind, ErrorKind::SyntaxError | ErrorKind::IndentationError | ErrorKind::RecursionError);
                prop_assert!(expected, "depth {} kinds {:?}: {} {} at line {}", depth, kinds, e.kind.name(), e.msg, e.line);
            }
        }
    }
}

fn outcome(src: String) -> String {
    match compile_checked(src).expect("no panic") {
        Ok(()) => "ok".into(),
        Err(e) => format!("{}: {} (line {})", e.kind.name(), e.msg, e.line),
    }
}

/// CPython's limits, at their exact boundaries (checked against CPython 3.11's `compile`).
#[test]
fn nesting_limits_match_cpython() {
    let parens = |n: usize| format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n));
    assert_eq!(outcome(parens(200)), "ok");
    assert_eq!(
        outcome(parens(201)),
        "SyntaxError: too many nested parentheses (line 1)"
    );
    let mixed = |n: usize| format!("y = 1\nx = [{}1{}]\n", "{".repeat(n), "}".repeat(n));
    assert_eq!(outcome(mixed(199)), "ok");
    assert_eq!(
        outcome(mixed(200)),
        "SyntaxError: too many nested parentheses (line 2)"
    );
    let blocks = |n: usize| {
        format!(
            "{}{}pass\n",
            (0..n)
                .map(|i| format!("{}if x:\n", " ".repeat(i)))
                .collect::<String>(),
            " ".repeat(n)
        )
    };
    assert_eq!(outcome(blocks(99)), "ok");
    assert_eq!(
        outcome(blocks(100)),
        "IndentationError: too many levels of indentation (line 101)"
    );
    let neg = |n: usize| format!("x = {}1\n", "-".repeat(n));
    assert_eq!(outcome(neg(2998)), "ok");
    assert_eq!(
        outcome(neg(2999)),
        "RecursionError: maximum recursion depth exceeded during compilation (line 1)"
    );
    let in_def = |n: usize| format!("def f():\n    x = {}1\n", "-".repeat(n));
    assert_eq!(outcome(in_def(2997)), "ok");
    assert!(outcome(in_def(2998)).starts_with("RecursionError"));
    let flat = |n: usize| format!("x = {}1\n", "1+".repeat(n));
    assert_eq!(outcome(flat(2998)), "ok");
    assert!(outcome(flat(2999)).starts_with("RecursionError"));
    // Flat sequences CPython compiles at any length: comparisons, boolean chains, tuples.
    for long in [
        format!("x = {}1\n", "1 < ".repeat(100_000)),
        format!("x = {}1\n", "1 and ".repeat(100_000)),
        format!("x = {}\n", "1, ".repeat(100_000)),
        format!("x = {}\n", "'a' ".repeat(100_000)),
    ] {
        assert_eq!(outcome(long), "ok");
    }
}

/// Millions of levels, far past the limits: the compiler must fail cleanly (the tree it parsed
/// is too deep even to drop recursively).
#[test]
fn millions_of_levels_fail_cleanly() {
    for src in [
        format!("x = {}1\n", "-".repeat(3_000_000)),
        format!("x = {}1\n", "1+".repeat(2_000_000)),
        format!("x = y{}\n", ".a".repeat(2_000_000)),
        format!("x = {}1 +\n", "not ".repeat(1_000_000)),
        format!("if x: pass\n{}", "elif x: pass\n".repeat(500_000)),
        format!("x = {}1\n", "lambda: ".repeat(500_000)),
        format!("x = {}1{}\n", "(".repeat(1_000_000), ")".repeat(1_000_000)),
    ] {
        let out = outcome(src);
        assert!(
            out.starts_with("RecursionError") || out.starts_with("SyntaxError"),
            "{out}"
        );
    }
}
