//! Every benchmark at its small size prints CPython's checksum under the interpreter and with
//! everything compiled (`--jit=eager`) and with hot code compiled early (`--jit=auto`, low
//! threshold, so on-stack replacement and mixed interpreted/native frames are exercised), and
//! as users run them (`--jit=auto` at the default threshold: compiles wait for the JIT's
//! back-end thread to warm up, and some units are judged not worth compiling).

use std::path::Path;
use std::process::Command;

#[test]
fn benchmarks_print_cpythons_checksums() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../benches/programs");
    let sizes = std::fs::read_to_string(dir.join("sizes.txt")).expect("sizes.txt");
    let checksums = std::fs::read_to_string(dir.join("checksums.txt")).expect("checksums.txt");
    let mut failures = Vec::new();
    let mut runs = 0;
    for line in sizes
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let mut parts = line.split_whitespace();
        let (Some(name), Some(small)) = (parts.next(), parts.next()) else {
            continue;
        };
        let expected = checksums
            .lines()
            .find_map(|l| {
                let f: Vec<&str> = l.split_whitespace().collect();
                (f.len() == 3 && f[0] == name && f[1] == small).then(|| f[2].to_string())
            })
            .expect("a checksum for the small size");
        for mode in [
            &["--jit=off"][..],
            &["--jit=eager"],
            &["--jit=auto", "--jit-threshold", "20"],
            &["--jit=auto"],
        ] {
            let out = Command::new(env!("CARGO_BIN_EXE_ferropy"))
                .args(mode)
                .arg("-B")
                .arg(format!("{name}.py"))
                .arg(small)
                .current_dir(&dir)
                .output()
                .expect("ferropy runs");
            runs += 1;
            let stdout = String::from_utf8_lossy(&out.stdout);
            let last = stdout.lines().last().unwrap_or("").to_string();
            if last != format!("checksum: {expected}") {
                failures.push(format!("{name} {mode:?}: got {last:?}, want {expected}"));
            }
        }
    }
    println!(
        "{} passed, {} failed",
        runs - failures.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
