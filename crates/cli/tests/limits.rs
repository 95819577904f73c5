//! Limits as Python errors, end to end through the `ferropy` binary, under every JIT mode: the
//! cases `tests/programs/limits_*.py` cannot hold because CPython has no quick answer for them
//! (it computes `2 ** (10**12)` for minutes, its parser gives MemoryError where ferropy's compiler
//! gives RecursionError), or because they are whole files of pathological source. Every run must
//! end with a Python exception and exit status, quickly, and never with a signal.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const MODES: &[&[&str]] = &[
    &["--jit=off"],
    &["--jit=eager"],
    &["--jit=auto", "--jit-threshold", "5"],
];

struct Run {
    stdout: String,
    stderr: String,
    code: Option<i32>,
    secs: f64,
}

fn ferropy(args: &[&str]) -> Run {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_ferropy"))
        .args(args)
        .env_remove("PYTHONPATH")
        .stdin(Stdio::null())
        .output()
        .expect("ferropy runs");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code(),
        secs: start.elapsed().as_secs_f64(),
    }
}

fn last_line(s: &str) -> &str {
    s.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .last()
        .unwrap_or("")
}

/// A source file in a fresh temporary folder (removed when dropped).
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, text: &str) -> TempFile {
        let dir =
            std::env::temp_dir().join(format!("ferropy-limits-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.py"));
        std::fs::write(&path, text).unwrap();
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(self.0.parent().unwrap());
    }
}

/// Sizes no memory holds, where CPython grinds for minutes before failing: MemoryError at once.
#[test]
fn huge_integers_are_memory_errors_at_once() {
    let program = "\
def attempt(label, f):
    try:
        f()
        print(label, 'computed')
    except MemoryError:
        print(label, 'MemoryError')
attempt('2 ** (10**12)', lambda: 2 ** (10**12))
attempt('pow(2, 10**12)', lambda: pow(2, 10**12))
attempt('10 ** 10 ** 12', lambda: 10 ** 10 ** 12)
attempt('2 ** (2**64)', lambda: 2 ** (2**64))
attempt('(-3) ** (10**12)', lambda: (-3) ** (10**12))
big = 2 ** 100
attempt('big << 2**34', lambda: big << 2**34)
print((-1) ** (10**12), 1 ** (10**12), 0 ** (10**12), len(str(2 ** 10000)))
";
    let expected =
        "2 ** (10**12) MemoryError\npow(2, 10**12) MemoryError\n10 ** 10 ** 12 MemoryError\n\
                    2 ** (2**64) MemoryError\n(-3) ** (10**12) MemoryError\nbig << 2**34 MemoryError\n1 1 0 3011\n";
    for mode in MODES {
        let r = ferropy(&[*mode, &["-c", program][..]].concat());
        assert_eq!(
            (r.stdout.as_str(), r.code),
            (expected, Some(0)),
            "{mode:?}\n{}",
            r.stderr
        );
        assert!(r.secs < 30.0, "{mode:?} took {:.1} s", r.secs);
    }
}

/// Whole scripts of pathological source: the error CPython's tokenizer or compiler gives (or
/// RecursionError where CPython's parser runs out of its own stack), with exit status 1.
#[test]
fn pathological_scripts_fail_cleanly() {
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "parens",
            format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000)),
            "SyntaxError: too many nested parentheses",
        ),
        (
            "lists",
            format!("x = {}{}\n", "[".repeat(300_000), "]".repeat(300_000)),
            "SyntaxError: too many nested parentheses",
        ),
        (
            "blocks",
            (0..1000)
                .map(|i| format!("{}if True:\n", " ".repeat(i)))
                .collect::<String>()
                + &" ".repeat(1000)
                + "print(1)\n",
            "IndentationError: too many levels of indentation",
        ),
        (
            "minus",
            format!("x = {}1\nprint(x)\n", "-".repeat(3_000_000)),
            "RecursionError: maximum recursion depth exceeded during compilation",
        ),
        (
            "plus",
            format!("x = {}1\nprint(x)\n", "1+".repeat(2_000_000)),
            "RecursionError: maximum recursion depth exceeded during compilation",
        ),
        (
            "power",
            format!("x = {}1\nprint(x)\n", "2**".repeat(1_000_000)),
            "RecursionError: maximum recursion depth exceeded during compilation",
        ),
        (
            "lambdas",
            format!("f = {}1\n", "lambda: ".repeat(500_000)),
            "RecursionError: maximum recursion depth exceeded during compilation",
        ),
        (
            "elifs",
            format!("x = 0\nif x: pass\n{}", "elif x: pass\n".repeat(500_000)),
            "RecursionError: maximum recursion depth exceeded during compilation",
        ),
        (
            "calls",
            format!("x = print{}\n", "()".repeat(2_000_000)),
            "RecursionError: maximum recursion depth exceeded during compilation",
        ),
        (
            "syntax error after a deep chain",
            format!("x = {}1 +\n", "not ".repeat(2_000_000)),
            "SyntaxError: invalid syntax",
        ),
    ];
    for (name, text, expected) in cases {
        let file = TempFile::new(name, &text);
        let r = ferropy(&["--jit=off", file.path()]);
        assert_eq!(
            (last_line(&r.stderr), r.code),
            (expected, Some(1)),
            "{name}: {}",
            r.stderr.chars().take(300).collect::<String>()
        );
        assert!(r.stdout.is_empty(), "{name}");
        assert!(r.secs < 30.0, "{name} took {:.1} s", r.secs);
    }
}

/// The deepest recursion `sys.setrecursionlimit` allows, through the shapes that use the most
/// native stack per level, under every JIT mode.
#[test]
fn the_highest_recursion_limit_is_safe() {
    let program = "\
import sys
sys.setrecursionlimit(10**6)
print(sys.getrecursionlimit() >= 100000)
def plain(n):
    return plain(n + 1)
def heavy(n):
    return sorted([n], key=lambda y: list(map(lambda z: max([z], key=lambda w: heavy(n + 1)), [y])))
class R:
    def __repr__(self):
        return '%s' % ([{'k': (self,)}],)
def gen(n):
    yield from gen(n + 1)
nested = []
for _ in range(1000000):
    nested = [nested]
for label, f in [('plain', lambda: plain(0)), ('heavy', lambda: heavy(0)), ('repr', lambda: repr(R())),
                 ('generators', lambda: list(gen(0))), ('nested repr', lambda: repr(nested)),
                 ('nested ==', lambda: nested == [nested])]:
    try:
        f()
    except RecursionError:
        print(label, 'RecursionError')
";
    let expected = "True\nplain RecursionError\nheavy RecursionError\nrepr RecursionError\n\
                    generators RecursionError\nnested repr RecursionError\nnested == RecursionError\n";
    for mode in MODES {
        let r = ferropy(&[*mode, &["-c", program][..]].concat());
        assert_eq!(
            (r.stdout.as_str(), r.code),
            (expected, Some(0)),
            "{mode:?}\n{}",
            last_line(&r.stderr)
        );
    }
}

/// A module that fails to compile is an exception in the importer, not a crash.
#[test]
fn a_pathological_module_fails_its_import() {
    let dir = std::env::temp_dir().join(format!("ferropy-limits-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("deep.py"),
        format!("x = {}1\n", "-".repeat(1_000_000)),
    )
    .unwrap();
    std::fs::write(
        dir.join("main.py"),
        "try:\n    import deep\nexcept RecursionError as e:\n    print('import failed:', e)\n",
    )
    .unwrap();
    let r = ferropy(&[dir.join("main.py").to_str().unwrap()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        r.stdout, "import failed: maximum recursion depth exceeded during compilation\n",
        "{}",
        r.stderr
    );
}

/// A generous time bound, so that quadratic work on big input shows. Fails today: the register
/// translation (`translate.rs`: `protect`, `materialize`) scans the whole simulated stack for
/// every value produced, so a 100,000-item literal takes ~25 s (CPython: 0.6 s). Reported to the
/// translator's owner; run with `--ignored`.
#[test]
#[ignore = "translate.rs is quadratic in the stack depth (issue 11 report)"]
fn big_flat_literals_compile_in_linear_time() {
    let n = 100_000;
    let text = format!(
        "x = [{}]\nd = {{{}}}\nprint(len(x), len(d))\n",
        (0..n).map(|i| format!("{i},")).collect::<String>(),
        (0..n).map(|i| format!("{i}: {i},")).collect::<String>()
    );
    let file = TempFile::new("flat", &text);
    let r = ferropy(&["--jit=off", file.path()]);
    assert_eq!(r.stdout, format!("{n} {n}\n"));
    assert!(
        r.secs < Duration::from_secs(10).as_secs_f64(),
        "took {:.1} s",
        r.secs
    );
}
