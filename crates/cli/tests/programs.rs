//! The differential test suite: every program in `tests/programs/` runs under the interpreter
//! (`--jit=off`), with everything compiled (`--jit=eager`) and with hot code compiled after two
//! calls or loop iterations (`--jit=auto --jit-threshold 2`); every output must equal the
//! `.expected` file that CPython 3.11 produced (`tools/gen_expected.py`).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;

/// Renders a run the way `tools/gen_expected.py` renders CPython's.
fn render(stdout: &[u8], code: i32, stderr: &[u8]) -> String {
    let mut out = String::from_utf8_lossy(stdout).into_owned();
    if code != 0 {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        let stderr = String::from_utf8_lossy(stderr);
        let last = stderr
            .split('\n')
            .map(str::trim_end)
            .filter(|l| !l.is_empty())
            .last()
            .unwrap_or("");
        out.push_str(&format!("--- exit {code}\n--- stderr {last}\n"));
    }
    out
}

fn run(program: &Path, jit: &str) -> String {
    let dir = program.parent().expect("a folder");
    // `auto` runs with a tiny threshold, so that type feedback, tier-up in the middle of a
    // run and on-stack replacement are all exercised.
    let out = Command::new(env!("CARGO_BIN_EXE_ferropy"))
        .arg(format!("--jit={jit}"))
        .args(if jit == "auto" {
            &["--jit-threshold", "2"][..]
        } else {
            &[][..]
        })
        .arg("-B")
        .arg(program.file_name().expect("a file"))
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .output()
        .expect("ferropy runs");
    render(&out.stdout, out.status.code().unwrap_or(-1), &out.stderr)
}

fn programs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs");
    let mut found = Vec::new();
    let mut dirs = vec![root];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).expect("tests/programs exists") {
            let p = entry.expect("an entry").path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|e| e == "py")
                && p.with_extension("expected").exists()
            {
                found.push(p);
            }
        }
    }
    found.sort();
    found
}

#[test]
fn differential_programs() {
    let all = programs();
    assert!(!all.is_empty(), "no test programs found");
    let failures = Mutex::new(Vec::new());
    let next = Mutex::new(0usize);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().unwrap();
                    *n += 1;
                    *n - 1
                };
                let Some(p) = all.get(i) else { break };
                let expected =
                    std::fs::read_to_string(p.with_extension("expected")).expect("expected output");
                for jit in ["off", "eager", "auto"] {
                    let got = run(p, jit);
                    if got != expected {
                        failures.lock().unwrap().push(format!(
                            "{} (--jit={jit})\n--- expected\n{expected}--- got\n{got}",
                            p.display()
                        ));
                        break;
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    for f in &failures {
        eprintln!("FAIL {f}\n");
    }
    let failed_names: Vec<&str> = failures
        .iter()
        .map(|f| f.lines().next().unwrap_or(""))
        .collect();
    println!(
        "{} passed, {} failed",
        all.len() - failures.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} programs failed:\n{}",
        failures.len(),
        all.len(),
        failed_names.join("\n")
    );
}
