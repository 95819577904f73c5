//! Memory over time (issue 11, point 4): a loop that builds and drops 1,000,000 cyclic
//! structures (`benches/gc_churn.py`: doubly linked nodes, self-referencing lists, objects that
//! point at each other, a method stored on its instance) keeps a flat peak RSS, because the
//! cycle collector reclaims the cycles; the same loop with the collector off grows.

use std::path::PathBuf;
use std::process::Command;

fn churn(env: &[(&str, &str)], structures: u32) -> (u64, u64) {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../benches/gc_churn.py");
    let out = Command::new(env!("CARGO_BIN_EXE_ferropy"))
        .args(["--jit=auto", "-B"])
        .arg(&script)
        .arg(structures.to_string())
        .envs(env.iter().copied())
        .output()
        .expect("ferropy runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let field = |name: &str| -> u64 {
        let line = text.lines().find(|l| l.starts_with(name)).expect(name);
        line.rsplit(' ').next().unwrap().parse().expect("a number")
    };
    let (before, after) = (
        field("peak RSS after warm-up KiB"),
        field("peak RSS at end KiB"),
    );
    eprintln!("{env:?}: peak RSS {before} KiB after warm-up, {after} KiB at the end");
    (before, after)
}

#[test]
fn cycles_in_a_long_loop_keep_peak_memory_flat() {
    let (before, after) = churn(&[], 1_000_000);
    // A leak of the 900,000 structures after the warm-up would be hundreds of megabytes.
    assert!(
        after <= before + 4 * 1024,
        "peak RSS grew from {before} KiB to {after} KiB"
    );
}

#[test]
fn without_the_collector_the_same_loop_grows() {
    // The check above means something: with automatic collection off, the cycles stay.
    let (before, after) = churn(&[("FERROPY_GC_THRESHOLD", "0")], 200_000);
    assert!(after > before + 20 * 1024, "{before} KiB -> {after} KiB");
}
