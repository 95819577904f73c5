//! Differential fuzzing, in the manner of Cranelift's fuzzgen: random small Python programs
//! (integer and float arithmetic with big ints, comparisons, branches, loops bounded by fuel,
//! function calls and recursion, lists and indexing, exceptions caught and printed) run under
//! `--jit=off`, `--jit=eager` and `--jit=auto --jit-threshold 5`; stdout and the exit status must
//! be the same in all three, and the same as CPython's when `python3` is installed.
//!
//! The generator is deterministic: `FERROPY_FUZZ_SEED` (default 2026) and `FERROPY_FUZZ_CASES`
//! (default 150) choose the programs; `FERROPY_FUZZ_BIN` names another ferropy binary to test.
//! A program that shows a difference is shrunk (statements removed while the difference
//! persists) and saved as `tests/fuzz-corpus/differential/*.py`;
//! `fuzz_corpus_replays` runs every file there in the normal suite, so a fixed bug stays fixed.
//! Give a saved program an expected output with `python3 tools/gen_expected.py FILE` (the
//! replay then compares with it too).
//!
//! The corpus also holds `tests/fuzz-corpus/compile/*.py`: inputs that once crashed the parser or
//! compiler (from `crates/compiler/tests/fuzz_compile.rs`); replaying them, `ferropy` must end
//! with a status or a Python exception, never a panic or a signal.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::Instant;

/// splitmix64: small, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Helpers every program starts with: they keep values printable and operations defined, so
/// that a program runs to its end and its output says a lot.
const PRELUDE: &str = "\
def show(x):
    if isinstance(x, int) and not isinstance(x, bool) and abs(x) > 10**30:
        return 'big(%d,%d)' % (x.bit_length(), x % 1000000007)
    return repr(x)
def clamp(x):
    if abs(x) > 10**40:
        return x % 10**40 - 5 * 10**39
    return x
def nz(x):
    return x if x else 1
def ix(l, i):
    return i % len(l)
";

/// Generates one program.
struct Gen {
    rng: Rng,
    out: String,
    indent: usize,
    ints: Vec<String>,
    floats: Vec<String>,
    lists: Vec<String>,
    /// Functions callable here, with their arity (all take and return ints).
    funcs: Vec<(String, usize)>,
    loop_depth: usize,
    in_function: bool,
    /// Statements left to generate (bounds the program's size).
    budget: usize,
}

impl Gen {
    fn new(seed: u64) -> Gen {
        Gen {
            rng: Rng(seed),
            out: String::new(),
            indent: 0,
            ints: Vec::new(),
            floats: Vec::new(),
            lists: Vec::new(),
            funcs: Vec::new(),
            loop_depth: 0,
            in_function: false,
            budget: 0,
        }
    }

    fn line(&mut self, text: &str) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// An integer literal, parenthesized unless it is a plain non-negative number (so that
    /// `2**63` or `-5` next to an operator means what the generator meant).
    fn int_literal(&mut self) -> String {
        let text = match self.rng.below(10) {
            0..=3 => (self.rng.below(21) as i64 - 10).to_string(),
            4 => (self.rng.next() as i32).to_string(),
            5 => format!("{}", self.rng.next() as i64),
            6 => format!("2**{}", self.rng.below(100)),
            7 => self
                .rng
                .pick(&[
                    "2**63 - 1",
                    "-2**63",
                    "2**62",
                    "-(2**31)",
                    "2**64 + 1",
                    "10**18",
                    "-10**19",
                ])
                .to_string(),
            8 => format!(
                "{}{:020}",
                1 + self.rng.below(999),
                self.rng.next() % 100_000_000_000_000_000_000u128 as u64
            ),
            _ => (self.rng.below(1000) as i64).to_string(),
        };
        if text.bytes().all(|b| b.is_ascii_digit()) {
            text
        } else {
            format!("({text})")
        }
    }

    fn float_literal(&mut self) -> String {
        self.rng
            .pick(&[
                "0.5",
                "-1.25",
                "1e300",
                "-1e300",
                "1e-300",
                "3.141592653589793",
                "0.1",
                "-0.0",
                "2.0",
                "1e16",
                "123456.789",
                "7.0",
            ])
            .to_string()
    }

    fn int_var(&mut self) -> Option<String> {
        (!self.ints.is_empty()).then(|| self.rng.pick(&self.ints).clone())
    }

    fn int_expr(&mut self, depth: usize) -> String {
        if depth == 0 || self.rng.chance(25) {
            return match self.int_var() {
                Some(v) if self.rng.chance(70) => v,
                _ => self.int_literal(),
            };
        }
        let d = depth - 1;
        match self.rng.below(22) {
            0..=2 => {
                let op = *self.rng.pick(&["+", "-", "*"]);
                format!("({} {op} {})", self.int_expr(d), self.int_expr(d))
            }
            3 => format!("({} // nz({}))", self.int_expr(d), self.int_expr(d)),
            4 => format!("({} % nz({}))", self.int_expr(d), self.int_expr(d)),
            5 => format!("({} << {})", self.int_expr(d), self.rng.below(70)),
            6 => format!("({} >> {})", self.int_expr(d), self.rng.below(70)),
            7 => {
                let op = *self.rng.pick(&["&", "|", "^"]);
                format!("({} {op} {})", self.int_expr(d), self.int_expr(d))
            }
            8 => {
                let op = *self.rng.pick(&["-", "~", "+"]);
                format!("({op}{})", self.int_expr(d))
            }
            9 => {
                let f = *self.rng.pick(&["abs", "clamp"]);
                format!("{f}({})", self.int_expr(d))
            }
            10 => {
                let f = *self.rng.pick(&["min", "max"]);
                format!("{f}({}, {})", self.int_expr(d), self.int_expr(d))
            }
            11 if !self.lists.is_empty() => {
                let l = self.rng.pick(&self.lists).clone();
                match self.rng.below(4) {
                    0 => format!("len({l})"),
                    1 => format!("sum({l})"),
                    2 => format!("{l}[-1]"),
                    _ => format!("{l}[ix({l}, {})]", self.int_expr(d)),
                }
            }
            12 if !self.funcs.is_empty() => {
                let (f, arity) = self.rng.pick(&self.funcs).clone();
                let args: Vec<String> = (0..arity).map(|_| self.int_expr(d)).collect();
                format!("{f}({})", args.join(", "))
            }
            13 => format!(
                "({} if {} else {})",
                self.int_expr(d),
                self.bool_expr(d),
                self.int_expr(d)
            ),
            14 => format!(
                "pow({}, {}, nz({}))",
                self.int_expr(d),
                self.rng.below(12),
                self.int_expr(d)
            ),
            15 => format!("({} ** {})", self.int_expr(d), self.rng.below(6)),
            16 => format!("({} + {})", self.bool_expr(d), self.int_expr(d)),
            17 => format!(
                "divmod({}, nz({}))[{}]",
                self.int_expr(d),
                self.int_expr(d),
                self.rng.below(2)
            ),
            _ => {
                let op = *self.rng.pick(&["+", "-", "*", "+"]);
                format!("({} {op} {})", self.int_expr(d), self.int_literal())
            }
        }
    }

    fn float_expr(&mut self, depth: usize) -> String {
        if depth == 0 || self.rng.chance(25) {
            if !self.floats.is_empty() && self.rng.chance(70) {
                return self.rng.pick(&self.floats).clone();
            }
            return self.float_literal();
        }
        let d = depth - 1;
        match self.rng.below(10) {
            0..=2 => {
                let op = *self.rng.pick(&["+", "-", "*"]);
                format!("({} {op} {})", self.float_expr(d), self.float_expr(d))
            }
            3 => {
                let op = *self.rng.pick(&["+", "-", "*"]);
                format!("({} {op} {})", self.float_expr(d), self.int_expr(d))
            }
            4 => format!("({} / nz({}))", self.int_expr(d), self.int_expr(d)),
            5 => format!("({} / nz({}))", self.float_expr(d), self.float_expr(d)),
            6 => format!("({} % nz({}))", self.float_expr(d), self.float_expr(d)),
            7 => format!("(-{})", self.float_expr(d)),
            8 => {
                let f = *self.rng.pick(&["abs", "float"]);
                format!("{f}({})", self.float_expr(d))
            }
            _ => format!(
                "({} if {} else {})",
                self.float_expr(d),
                self.bool_expr(d),
                self.float_expr(d)
            ),
        }
    }

    fn number_expr(&mut self, depth: usize) -> String {
        if !self.in_function && self.rng.chance(15) {
            return "d0".into();
        }
        if self.rng.chance(65) {
            self.int_expr(depth)
        } else {
            self.float_expr(depth)
        }
    }

    fn bool_expr(&mut self, depth: usize) -> String {
        let d = depth.saturating_sub(1);
        match self.rng.below(8) {
            0..=2 => {
                let op = *self.rng.pick(&["<", "<=", "==", "!=", ">", ">="]);
                format!("({} {op} {})", self.number_expr(d), self.number_expr(d))
            }
            3 => {
                let (a, b) = (
                    *self.rng.pick(&["<", "<="]),
                    *self.rng.pick(&["<", "<=", "!="]),
                );
                format!(
                    "({} {a} {} {b} {})",
                    self.int_expr(d),
                    self.number_expr(d),
                    self.int_expr(d)
                )
            }
            4 if depth > 0 => format!("(not {})", self.bool_expr(d)),
            5 if depth > 0 => {
                let op = *self.rng.pick(&["and", "or"]);
                format!("({} {op} {})", self.bool_expr(d), self.bool_expr(d))
            }
            6 if !self.lists.is_empty() => {
                let l = self.rng.pick(&self.lists).clone();
                format!("({} in {l})", self.int_expr(d))
            }
            _ => format!("({} % 2 == 0)", self.int_expr(d)),
        }
    }

    fn print_stmt(&mut self) {
        let n = 1 + self.rng.below(3);
        let parts: Vec<String> = (0..n)
            .map(|_| match self.rng.below(5) {
                0 if !self.lists.is_empty() => {
                    let l = self.rng.pick(&self.lists).clone();
                    format!("show(len({l})), show(sum({l}) % 1000003)")
                }
                1 => format!("show({})", self.bool_expr(2)),
                2 => format!("show({})", self.float_expr(2)),
                _ => format!("show({})", self.int_expr(2)),
            })
            .collect();
        self.line(&format!("print({})", parts.join(", ")));
    }

    /// A block of `n` statements at the current indentation (at least a `pass`).
    fn block(&mut self, n: usize) {
        let before = self.out.len();
        for _ in 0..n {
            self.stmt();
        }
        if self.out.len() == before {
            self.line("pass");
        }
    }

    fn indented(&mut self, n: usize) {
        self.indent += 1;
        self.block(n);
        self.indent -= 1;
    }

    fn stmt(&mut self) {
        if self.budget == 0 {
            return;
        }
        self.budget -= 1;
        let choice = self.rng.below(22);
        match choice {
            0..=3 if !self.ints.is_empty() => {
                let v = self.rng.pick(&self.ints).clone();
                let e = self.int_expr(3);
                self.line(&format!("{v} = clamp({e})"));
            }
            4 if !self.ints.is_empty() => {
                let v = self.rng.pick(&self.ints).clone();
                let op = *self.rng.pick(&["+=", "-=", "^=", "|="]);
                let e = self.int_expr(2);
                self.line(&format!("{v} {op} {e}"));
                self.line(&format!("{v} = clamp({v})"));
            }
            5 if !self.floats.is_empty() => {
                let v = self.rng.pick(&self.floats).clone();
                let e = self.float_expr(3);
                self.line(&format!("{v} = {e}"));
            }
            6 if !self.lists.is_empty() => {
                let l = self.rng.pick(&self.lists).clone();
                match self.rng.below(5) {
                    0 | 1 => {
                        let e = self.int_expr(2);
                        self.line(&format!("{l}.append(clamp({e}))"));
                    }
                    2 => {
                        let (i, e) = (self.int_expr(2), self.int_expr(2));
                        self.line(&format!("{l}[ix({l}, {i})] = clamp({e})"));
                    }
                    3 => self.line(&format!("{l}.sort()")),
                    _ => self.line(&format!("{l}.reverse()")),
                }
            }
            7 | 8 => self.print_stmt(),
            9 | 10 => {
                let c = self.bool_expr(2);
                self.line(&format!("if {c}:"));
                let n = 1 + self.rng.below(3);
                self.indented(n);
                if self.rng.chance(40) {
                    let c = self.bool_expr(2);
                    self.line(&format!("elif {c}:"));
                    let n = 1 + self.rng.below(2);
                    self.indented(n);
                }
                if self.rng.chance(50) {
                    self.line("else:");
                    let n = 1 + self.rng.below(2);
                    self.indented(n);
                }
            }
            11 | 12 if self.loop_depth < 2 => {
                let v = format!("k{}", self.loop_depth);
                let n = 1 + self.rng.below(12);
                self.line(&format!("for {v} in range({n}):"));
                self.loop_depth += 1;
                self.ints.push(v.clone());
                let n = 1 + self.rng.below(4);
                self.indented(n);
                self.ints.retain(|x| *x != v);
                self.loop_depth -= 1;
            }
            13 if self.loop_depth < 2 => {
                let w = format!("w{}", self.loop_depth);
                let fuel = 1 + self.rng.below(15);
                let c = self.bool_expr(1);
                self.line(&format!("{w} = 0"));
                // The fuel is spent in the condition, so that no shrinking can remove it.
                self.line(&format!(
                    "while ({w} := {w} + 1) <= {fuel} and ({c} or {w} < 3):"
                ));
                self.loop_depth += 1;
                let n = 1 + self.rng.below(3);
                self.indented(n);
                self.loop_depth -= 1;
            }
            14 if self.loop_depth > 0 => {
                let c = self.bool_expr(1);
                let what = *self.rng.pick(&["break", "continue"]);
                self.line(&format!("if {c}:"));
                self.indent += 1;
                self.line(what);
                self.indent -= 1;
            }
            15 if !self.ints.is_empty() => {
                // An exception raised and caught (maybe across a call).
                let v = self.rng.pick(&self.ints).clone();
                let (a, b) = (self.int_expr(2), self.int_expr(2));
                self.line("try:");
                self.indent += 1;
                match self.rng.below(3) {
                    0 => self.line(&format!("{v} = clamp({a} // {b})")),
                    1 if !self.lists.is_empty() => {
                        let l = self.rng.pick(&self.lists).clone();
                        self.line(&format!("{v} = {l}[{a} % 7]"));
                    }
                    _ => self.line(&format!("{v} = clamp({a} % {b})")),
                }
                self.indent -= 1;
                self.line("except (ZeroDivisionError, IndexError) as e:");
                self.indent += 1;
                self.line("print('caught', type(e).__name__)");
                self.line(&format!("{v} = -1"));
                self.indent -= 1;
            }
            16 if !self.floats.is_empty() && !self.in_function => {
                let v = self.rng.pick(&self.floats).clone();
                let e = self.int_expr(2);
                self.line(&format!("{v} = {v} + {e} / 7"));
            }
            17 | 18 if !self.in_function => {
                // `d0` changes type: small int, big int, float and back, to make compiled
                // code's type guards fail and deoptimize.
                let e = match self.rng.below(6) {
                    0 => format!("d0 + {}", self.number_expr(2)),
                    1 => "d0 * (2**62)".to_string(),
                    2 => "d0 * 0.5".to_string(),
                    3 => "int(d0) if abs(d0) < 1e15 else 7".to_string(),
                    4 => format!("d0 - {}", self.int_expr(1)),
                    _ => "clamp(d0) if isinstance(d0, int) else d0 / 3".to_string(),
                };
                self.line(&format!("d0 = {e}"));
            }
            _ => {
                if let Some(v) = self.int_var() {
                    let e = self.int_expr(2);
                    self.line(&format!("{v} = clamp({v} + {e})"));
                } else {
                    self.print_stmt();
                }
            }
        }
    }

    fn function(&mut self, name: &str, arity: usize) {
        let params: Vec<String> = ["a", "b", "c"][..arity]
            .iter()
            .map(|s| s.to_string())
            .collect();
        self.line(&format!("def {name}({}):", params.join(", ")));
        self.indent += 1;
        let saved = (
            std::mem::take(&mut self.ints),
            std::mem::take(&mut self.floats),
            std::mem::take(&mut self.lists),
        );
        self.ints = params.clone();
        self.ints.push("t".into());
        let t = self.int_literal();
        self.line(&format!("t = {t}"));
        self.in_function = true;
        self.budget = 3 + self.rng.below(5);
        self.block(self.budget);
        let r = self.int_expr(3);
        self.line(&format!("return clamp({r})"));
        self.in_function = false;
        (self.ints, self.floats, self.lists) = saved;
        self.indent -= 1;
    }

    fn program(mut self) -> String {
        self.out.push_str(PRELUDE);
        for k in 0..self.rng.below(4) {
            let name = format!("fn{k}");
            let arity = 1 + self.rng.below(3);
            self.function(&name, arity);
            self.funcs.push((name, arity));
        }
        if self.rng.chance(50) {
            // Bounded recursion.
            let step = self.int_expr(1);
            self.out.push_str(&format!(
                "def rec(n, a):\n    if n <= 0:\n        return a\n    return rec(n - 1, clamp(a * 3 + n + {step}))\n"
            ));
            let n = self.rng.below(60);
            self.funcs.push((format!("(lambda a: rec({n}, a))"), 1));
        }
        for i in 0..2 + self.rng.below(3) {
            let v = format!("i{i}");
            let e = self.int_literal();
            self.line(&format!("{v} = {e}"));
            self.ints.push(v);
        }
        self.line("d0 = 1");
        for i in 0..1 + self.rng.below(2) {
            let v = format!("f{i}");
            let e = self.float_literal();
            self.line(&format!("{v} = {e}"));
            self.floats.push(v);
        }
        for i in 0..self.rng.below(3) {
            let v = format!("l{i}");
            let items: Vec<String> = (0..1 + self.rng.below(5))
                .map(|_| self.int_literal())
                .collect();
            self.line(&format!("{v} = [{}]", items.join(", ")));
            self.lists.push(v);
        }
        self.budget = 10 + self.rng.below(25);
        while self.budget > 0 {
            self.stmt();
        }
        let all: Vec<String> = self
            .ints
            .iter()
            .chain(&self.floats)
            .chain(std::iter::once(&"d0".to_string()))
            .map(|v| format!("show({v})"))
            .collect();
        self.line(&format!("print({})", all.join(", ")));
        for l in self.lists.clone() {
            self.line(&format!(
                "print(len({l}), show(sum({l})), {l}[:3] == sorted({l})[:3])"
            ));
        }
        self.out
    }
}

fn generate(seed: u64) -> String {
    Gen::new(seed).program()
}

/// How a run ended: stdout, then the exit status (and the last stderr line when it failed).
/// Longest a run may take; past it the run is killed and its outcome says so.
const RUN_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);
/// Most output kept from a run (a program printing in an endless loop is cut off).
const OUTPUT_CAP: u64 = 1 << 20;

fn outcome(cmd: &mut Command, path: &Path) -> String {
    use std::io::Read;
    let mut child = cmd
        .arg(path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("PYTHONHASHSEED", "0")
        .spawn()
        .expect("runs");
    let read = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(p) = pipe {
                let _ = p.take(OUTPUT_CAP).read_to_end(&mut buf);
            }
            buf
        })
    };
    let out_reader = read(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err_reader = read(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if started.elapsed() > RUN_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    };
    let (stdout, stderr) = (out_reader.join().unwrap(), err_reader.join().unwrap());
    let mut s = String::from_utf8_lossy(&stdout).into_owned();
    let Some(status) = status else {
        s.push_str("--- timed out\n");
        return s;
    };
    match status.code() {
        Some(0) => {}
        Some(code) => {
            if !s.is_empty() && !s.ends_with('\n') {
                s.push('\n');
            }
            let stderr = String::from_utf8_lossy(&stderr);
            let last = stderr
                .lines()
                .map(str::trim_end)
                .filter(|l| !l.is_empty())
                .last()
                .unwrap_or("")
                .to_string();
            s.push_str(&format!("--- exit {code}\n--- stderr {last}\n"));
        }
        None => s.push_str("--- killed by a signal\n"),
    }
    s
}

const MODES: &[&[&str]] = &[
    &["--jit=off"],
    &["--jit=eager"],
    &["--jit=auto", "--jit-threshold", "5"],
];

/// The binary under test: this build's, or `FERROPY_FUZZ_BIN` (a frozen copy, so that a long
/// campaign can run while the tree is rebuilt).
fn ferropy(mode: &[&str]) -> Command {
    let bin = std::env::var_os("FERROPY_FUZZ_BIN")
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_ferropy").into());
    let mut c = Command::new(bin);
    c.args(mode).arg("-B");
    c
}

/// The CPython executable itself (`python3` may be a slow wrapper script, as pyenv's is).
fn python_path() -> &'static str {
    static PATH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    PATH.get_or_init(|| {
        Command::new("python3")
            .args(["-c", "import sys; print(sys.executable)"])
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| "python3".into())
    })
}

fn have_python() -> bool {
    Command::new("python3")
        .arg("-c")
        .arg("import sys; assert sys.version_info[:2] == (3, 11)")
        .status()
        .is_ok_and(|s| s.success())
}

/// Every run of a program: `--jit=off` first, then the other JIT modes, then CPython when
/// `python3` is 3.11; each with its name and outcome.
fn runs(path: &Path, python: bool) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = MODES
        .iter()
        .map(|m| (m.join(" "), outcome(&mut ferropy(m), path)))
        .collect();
    if python {
        out.push((
            "CPython".into(),
            outcome(Command::new(python_path()).arg("-B"), path),
        ));
    }
    out
}

/// The runs that differ from `--jit=off`, each with both outcomes.
fn differences(path: &Path, python: bool) -> Vec<String> {
    let all = runs(path, python);
    let base = &all[0].1;
    all[1..]
        .iter()
        .filter(|(_, got)| got != base)
        .map(|(name, got)| format!("{name} vs --jit=off:\n--- --jit=off\n{base}--- {name}\n{got}"))
        .collect()
}

/// What a shrunk program must keep: which runs differ from `--jit=off`, whether in stdout, and
/// how every run exits (so that a removed `return` or assignment, which makes every run fail
/// with some other error, is not taken for the same difference).
fn signature(path: &Path, python: bool) -> Vec<(bool, bool, String)> {
    let all = runs(path, python);
    let stdout = |s: &str| s.split("--- exit").next().unwrap_or("").to_string();
    let status = |s: &str| {
        if s.ends_with("--- timed out\n") || s.ends_with("--- killed by a signal\n") {
            return s.lines().last().unwrap_or("").to_string();
        }
        s.split("--- exit").nth(1).map_or("0".to_string(), |r| {
            r.lines().next().unwrap_or("").to_string()
        })
    };
    all.iter()
        .map(|(_, got)| {
            (
                got != &all[0].1,
                stdout(got) != stdout(&all[0].1),
                status(got),
            )
        })
        .collect()
}

/// The line ranges of every statement with its block, longest first.
fn statements(lines: &[&str]) -> Vec<(usize, usize)> {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let mut units = Vec::new();
    for i in 0..lines.len() {
        let mut end = i + 1;
        while end < lines.len() && indent(lines[end]) > indent(lines[i]) {
            end += 1;
        }
        units.push((i, end));
    }
    units.sort_by_key(|(s, e)| std::cmp::Reverse(e - s));
    units
}

/// Removes statements while the program still shows the same difference (see `signature`).
fn shrink(program: &str, scratch: &Path, python: bool) -> String {
    std::fs::write(scratch, program).unwrap();
    let wanted = signature(scratch, python);
    let mut current: Vec<String> = program.lines().map(String::from).collect();
    let prelude = PRELUDE.lines().count();
    let mut progress = true;
    let mut tries = 0;
    while progress && tries < 300 {
        progress = false;
        let lines: Vec<&str> = current.iter().map(String::as_str).collect();
        for (s, e) in statements(&lines) {
            if s < prelude {
                continue;
            }
            tries += 1;
            let candidate: Vec<String> =
                current[..s].iter().chain(&current[e..]).cloned().collect();
            std::fs::write(scratch, candidate.join("\n") + "\n").unwrap();
            if signature(scratch, python) == wanted {
                current = candidate;
                progress = true;
                break;
            }
        }
    }
    current.join("\n") + "\n"
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fuzz-corpus")
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn generated_programs_agree_across_jit_modes_and_with_cpython() {
    let seed = env_number("FERROPY_FUZZ_SEED", 2026);
    let cases = env_number("FERROPY_FUZZ_CASES", 150);
    let python = have_python();
    let scratch_dir = std::env::temp_dir().join(format!("ferropy-difffuzz-{}", std::process::id()));
    std::fs::create_dir_all(&scratch_dir).unwrap();
    let start = Instant::now();
    let next = Mutex::new(0u64);
    let found = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for worker in 0..2 {
            let (next, found, scratch_dir) = (&next, &found, &scratch_dir);
            s.spawn(move || loop {
                let case = {
                    let mut n = next.lock().unwrap();
                    *n += 1;
                    *n - 1
                };
                if case >= cases {
                    break;
                }
                let program_seed = seed.wrapping_mul(1_000_003).wrapping_add(case);
                let program = generate(program_seed);
                let path = scratch_dir.join(format!("case{worker}.py"));
                std::fs::write(&path, &program).unwrap();
                let started = Instant::now();
                let diffs = differences(&path, python);
                let secs = started.elapsed().as_secs_f64();
                if secs > 2.0 {
                    eprintln!("case {case} took {secs:.1} s");
                }
                if diffs.is_empty() {
                    continue;
                }
                let small = if std::env::var_os("FERROPY_FUZZ_NO_SHRINK").is_some() {
                    program.clone()
                } else {
                    shrink(
                        &program,
                        &scratch_dir.join(format!("shrink{worker}.py")),
                        python,
                    )
                };
                std::fs::write(&path, &small).unwrap();
                let diffs = differences(&path, python);
                let saved = corpus_dir()
                    .join("differential")
                    .join(format!("seed{seed}-case{case}.py"));
                std::fs::create_dir_all(saved.parent().unwrap()).unwrap();
                std::fs::write(
                    &saved,
                    format!("# Found by differential_fuzz.rs (seed {seed}, case {case}).\n{small}"),
                )
                .unwrap();
                found
                    .lock()
                    .unwrap()
                    .push(format!("{}\n{}", saved.display(), diffs.join("\n")));
            });
        }
    });
    let _ = std::fs::remove_dir_all(&scratch_dir);
    let found = found.into_inner().unwrap();
    eprintln!(
        "{cases} programs (seed {seed}) in {:.1} s, {} compared with CPython, {} differing",
        start.elapsed().as_secs_f64(),
        if python { "all" } else { "none" },
        found.len()
    );
    assert!(
        found.is_empty(),
        "programs that differ (saved to the corpus):\n{}",
        found.join("\n\n")
    );
}

/// Every corpus file: differential programs agree across JIT modes (and with their `.expected`
/// file, when there is one); compile-crash inputs end without a panic or a signal.
#[test]
fn fuzz_corpus_replays() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for sub in ["differential", "compile"] {
        let dir = corpus_dir().join(sub);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "py"))
            .collect();
        paths.sort();
        for path in paths {
            checked += 1;
            if sub == "compile" {
                for mode in MODES {
                    let out = ferropy(mode)
                        .arg(&path)
                        .stdin(Stdio::null())
                        .output()
                        .unwrap();
                    let stderr = String::from_utf8_lossy(&out.stderr);
                    // 70 is what `ferropy` exits with when its interpreter thread panics.
                    if matches!(out.status.code(), None | Some(70))
                        || stderr.contains("panicked at")
                    {
                        failures.push(format!(
                            "{} ({}): {:?}\n{stderr}",
                            path.display(),
                            mode.join(" "),
                            out.status
                        ));
                    }
                }
                continue;
            }
            let base = outcome(&mut ferropy(MODES[0]), &path);
            for mode in &MODES[1..] {
                let got = outcome(&mut ferropy(mode), &path);
                if got != base {
                    failures.push(format!(
                        "{} ({} vs --jit=off):\n{got}---\n{base}",
                        path.display(),
                        mode.join(" ")
                    ));
                }
            }
            if let Ok(expected) = std::fs::read_to_string(path.with_extension("expected")) {
                if expected != base {
                    failures.push(format!(
                        "{} (vs .expected):\n--- expected\n{expected}--- got\n{base}",
                        path.display()
                    ));
                }
            }
        }
    }
    eprintln!("{checked} corpus files replayed");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The generator itself: deterministic, and its programs run in CPython without errors from
/// the helpers (only from what is generated).
#[test]
fn the_generator_is_deterministic_and_varied() {
    assert_eq!(generate(7), generate(7));
    assert_ne!(generate(7), generate(8));
    let text: String = (0..200).map(generate).collect();
    for feature in [
        "def fn0",
        "rec(",
        "for k0",
        "while (w0 := w0 + 1)",
        "try:",
        "except",
        "break",
        "continue",
        "2**63",
        ".append(",
        "l0[ix(",
        " / nz(",
        " // nz(",
        " << ",
        "pow(",
        " if ",
        " < ",
        "elif",
        "divmod(",
    ] {
        assert!(text.contains(feature), "never generated: {feature}");
    }
}

/// `FERROPY_FUZZ_SHOW=CASE cargo test --release -p ferropy-cli --test differential_fuzz show_case
/// -- --ignored --nocapture` prints a generated program (with `FERROPY_FUZZ_SEED`).
#[test]
#[ignore = "a tool: prints the program of FERROPY_FUZZ_SHOW"]
fn show_case() {
    let seed = env_number("FERROPY_FUZZ_SEED", 2026);
    let case = env_number("FERROPY_FUZZ_SHOW", 0);
    println!(
        "{}",
        generate(seed.wrapping_mul(1_000_003).wrapping_add(case))
    );
}
