//! `ferropy --compare [OPTIONS] script.py [args]`: runs the script as two child processes, with the
//! interpreter only (`--jit=off`) and with the JIT (`--jit=auto`), checks that both printed the
//! same standard output and exited alike, and prints both wall times, the speedup and what the
//! JIT did. Options before the script (e.g. `--jit-threshold=100`, `-B`) go to both runs.
//!
//! The JIT run reports its statistics through the hidden `--jit-stats-json` flag: at exit it
//! prints one line, [`STATS_PREFIX`] followed by a JSON object, to stderr.

use crate::bench::runner::{run_child, ChildRun};
use ferropy_vm::JitStats;
use std::process::Command;

/// What starts the statistics line on the child's stderr.
pub const STATS_PREFIX: &str = "ferropy-jit-stats: ";

/// The line `--jit-stats-json` prints at exit.
pub fn stats_line(stats: &JitStats, run_seconds: f64) -> String {
    format!(
        "{STATS_PREFIX}{{\"functions_compiled\": {}, \"loops_compiled\": {}, \"compile_seconds\": {:.6}, \"deopts\": {}, \"run_seconds\": {:.6}}}",
        stats.functions_compiled, stats.loops_compiled, stats.compile_seconds, stats.deopts, run_seconds
    )
}

/// Parses a statistics line back (the fields are flat numbers, so a tiny parser does).
pub fn parse_stats_line(line: &str) -> Option<JitStats> {
    let body = line
        .trim()
        .strip_prefix(STATS_PREFIX)?
        .trim()
        .strip_prefix('{')?
        .strip_suffix('}')?;
    let mut stats = JitStats::default();
    for field in body.split(',') {
        let (key, value) = field.split_once(':')?;
        let value = value.trim();
        match key.trim().trim_matches('"') {
            "functions_compiled" => stats.functions_compiled = value.parse().ok()?,
            "loops_compiled" => stats.loops_compiled = value.parse().ok()?,
            "compile_seconds" => stats.compile_seconds = value.parse().ok()?,
            "deopts" => stats.deopts = value.parse().ok()?,
            _ => {}
        }
    }
    Some(stats)
}

/// Removes the statistics line from a child's stderr, returning it parsed.
fn take_stats(stderr: &[u8]) -> (Option<JitStats>, String) {
    let text = String::from_utf8_lossy(stderr);
    let mut stats = None;
    let mut rest = String::new();
    for line in text.split_inclusive('\n') {
        if line.starts_with(STATS_PREFIX) {
            stats = parse_stats_line(line);
        } else {
            rest.push_str(line);
        }
    }
    (stats, rest)
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The first line where two outputs differ, described for a person.
fn first_difference(a: &str, b: &str) -> String {
    let (la, lb): (Vec<&str>, Vec<&str>) = (a.split('\n').collect(), b.split('\n').collect());
    for i in 0..la.len().max(lb.len()) {
        let (x, y) = (la.get(i), lb.get(i));
        if x != y {
            let show = |l: Option<&&str>| {
                l.map(|l| format!("{l:?}"))
                    .unwrap_or_else(|| "(no such line: output ended)".into())
            };
            return format!(
                "first difference at line {}:\n  --jit=off:  {}\n  --jit=auto: {}",
                i + 1,
                show(x),
                show(y)
            );
        }
    }
    "the outputs differ".into()
}

/// `ferropy --compare ARGS`; returns the exit code.
pub fn main(args: &[String]) -> u8 {
    let split = args
        .iter()
        .position(|a| !a.starts_with('-') || a == "-")
        .unwrap_or(args.len());
    let (options, rest) = args.split_at(split);
    if rest.is_empty() || rest[0] == "-" {
        eprintln!("usage: ferropy --compare [OPTIONS] script.py [args...]");
        eprintln!(
            "  runs the script with --jit=off and with --jit=auto and compares output and time"
        );
        eprintln!("  (options go to both runs; give them as --name=value)");
        return 2;
    }
    if let Some(bad) = options
        .iter()
        .find(|o| o.starts_with("--jit=") || *o == "-c" || *o == "-m")
    {
        eprintln!("ferropy --compare: {bad} cannot be used here (the two runs set --jit themselves; give a script)");
        return 2;
    }
    let exe = match std::env::current_exe() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("ferropy --compare: cannot find the ferropy binary: {e}");
            return 2;
        }
    };
    let run = |mode: &str| -> Result<ChildRun, String> {
        let mut cmd = Command::new(&exe);
        cmd.args(options).arg(format!("--jit={mode}"));
        if mode != "off" {
            cmd.arg("--jit-stats-json");
        }
        cmd.args(rest);
        run_child(&mut cmd, None).map_err(|e| format!("cannot run {}: {e}", exe.display()))
    };
    let script = rest.join(" ");
    eprintln!("ferropy --compare: running {script} with --jit=off, then with --jit=auto...");
    let (off, auto) = match (run("off"), run("auto")) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("ferropy --compare: {e}");
            return 2;
        }
    };
    let (stats, auto_stderr) = take_stats(&auto.stderr);
    let off_out = String::from_utf8_lossy(&off.stdout);
    let auto_out = String::from_utf8_lossy(&auto.stdout);
    let same_output = off.stdout == auto.stdout;
    let same_exit = off.exit == auto.exit;

    println!("ferropy --compare {script}");
    println!(
        "  interpreter (--jit=off): {:>9.3} s   {}",
        off.seconds, off.exit
    );
    println!(
        "  JIT (--jit=auto):        {:>9.3} s   {}",
        auto.seconds, auto.exit
    );
    println!(
        "  speedup:                 {:>9.2}x  (interpreter time / JIT time; above 1: the JIT is faster)",
        off.seconds / auto.seconds.max(1e-9)
    );
    match stats {
        Some(st) => println!(
            "  JIT: {} and {} compiled in {:.3} s total, {}",
            plural(st.functions_compiled as u64, "function", "functions"),
            plural(st.loops_compiled as u64, "loop", "loops"),
            st.compile_seconds,
            plural(st.deopts, "deoptimization", "deoptimizations")
        ),
        None => println!("  JIT: no statistics (the JIT run did not reach its normal exit)"),
    }
    let lines = off_out.lines().count() as u64;
    if same_output && same_exit {
        println!(
            "  output: identical ({}, {})",
            plural(lines, "line", "lines"),
            plural(off.stdout.len() as u64, "byte", "bytes")
        );
        if !off.exit.success() {
            println!(
                "  note: the script failed the same way in both runs: {}",
                off.last_stderr_line()
            );
        }
        return 0;
    }
    if !same_output {
        println!("  OUTPUT DIFFERS: stdout of --jit=off and --jit=auto are not the same");
        println!(
            "  {}",
            first_difference(&off_out, &auto_out).replace('\n', "\n  ")
        );
    }
    if !same_exit {
        println!(
            "  EXIT DIFFERS: --jit=off {}, --jit=auto {}",
            off.exit, auto.exit
        );
        let (a, b) = (
            off.last_stderr_line(),
            auto_stderr
                .lines()
                .filter(|l| !l.trim().is_empty())
                .last()
                .unwrap_or(""),
        );
        if a != b {
            println!("  last stderr line:\n    --jit=off:  {a}\n    --jit=auto: {b}");
        }
    }
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stats_line_round_trips() {
        let st = JitStats {
            functions_compiled: 3,
            loops_compiled: 2,
            compile_seconds: 0.25,
            deopts: 7,
        };
        let line = stats_line(&st, 1.5);
        let back = parse_stats_line(&line).unwrap();
        assert_eq!(
            (back.functions_compiled, back.loops_compiled, back.deopts),
            (3, 2, 7)
        );
        assert!((back.compile_seconds - 0.25).abs() < 1e-9);
        let (found, rest) = take_stats(format!("warning\n{line}\n").as_bytes());
        assert!(found.is_some());
        assert_eq!(rest, "warning\n");
    }

    #[test]
    fn difference_names_the_line() {
        let d = first_difference("a\nb\nc\n", "a\nx\nc\n");
        assert!(d.contains("line 2"), "{d}");
        assert!(d.contains("\"b\"") && d.contains("\"x\""), "{d}");
    }
}
