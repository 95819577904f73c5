//! `ferropy bench` and `ferropy --compare`, run as a user runs them.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A fresh folder under the system temp folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let p = std::env::temp_dir().join(format!("ferropy-test-{tag}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).expect("temp dir");
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn bench_writes_markdown_and_svg() {
    let out = TempDir::new("bench");
    let run = Command::new(env!("CARGO_BIN_EXE_ferropy"))
        .args([
            "bench",
            "--filter",
            "fib",
            "--size",
            "small",
            "--runs",
            "1",
            "--startup-runs",
            "2",
            "--out",
        ])
        .arg(&out.0)
        .current_dir(repo())
        .stdin(Stdio::null())
        .output()
        .expect("ferropy runs");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "ferropy bench failed\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    assert!(stdout.contains("fib"), "{stdout}");
    assert!(stdout.contains("start-up"), "{stdout}");
    let md = std::fs::read_to_string(out.0.join("bench.md")).expect("bench.md written");
    assert!(md.contains("| fib |"), "{md}");
    assert!(
        md.contains("ferropy --jit=off") && md.contains("ferropy --jit=auto"),
        "{md}"
    );
    assert!(md.contains("JIT vs interp"), "{md}");
    assert!(md.contains("bench.svg"), "{md}");
    let svg = std::fs::read_to_string(out.0.join("bench.svg")).expect("bench.svg written");
    assert!(
        svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"),
        "{svg}"
    );
    assert!(svg.contains("fib"), "{svg}");
    assert!(out.0.join("runs.csv").exists());
}

#[test]
fn bench_rejects_an_unknown_benchmark() {
    let out = TempDir::new("bench-none");
    let run = Command::new(env!("CARGO_BIN_EXE_ferropy"))
        .args(["bench", "--filter", "no_such_benchmark", "--out"])
        .arg(&out.0)
        .current_dir(repo())
        .output()
        .expect("ferropy runs");
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("no benchmark matches"));
}

fn compare(script: &str) -> (i32, String) {
    let dir = TempDir::new("compare");
    let path = dir.0.join("t.py");
    std::fs::write(&path, script).expect("script written");
    let run = Command::new(env!("CARGO_BIN_EXE_ferropy"))
        .args(["--compare", "-B"])
        .arg(&path)
        .arg("7")
        .stdin(Stdio::null())
        .output()
        .expect("ferropy runs");
    (
        run.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&run.stdout).into_owned(),
    )
}

#[test]
fn compare_reports_times_and_jit_stats() {
    let (code, out) = compare(
        "import sys\ndef f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nprint(f(int(sys.argv[1])), sum(f(k) for k in range(2000)))\n",
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("interpreter (--jit=off)"), "{out}");
    assert!(out.contains("JIT (--jit=auto)"), "{out}");
    assert!(out.contains("speedup"), "{out}");
    assert!(
        out.contains("function") && out.contains("loops") && out.contains("compiled in"),
        "{out}"
    );
    assert!(out.contains("output: identical (1 line"), "{out}");
}

#[test]
fn compare_reports_different_output() {
    // The two runs start at different times, so printing the clock makes their outputs differ.
    let (code, out) = compare("import time\nprint('same line')\nprint(time.time())\n");
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("OUTPUT DIFFERS"), "{out}");
    assert!(out.contains("first difference at line 2"), "{out}");
}
