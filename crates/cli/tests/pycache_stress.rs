//! The `.pyc` cache under stress: six processes at a time import the same three modules (one
//! importing another) over and over, while a writer replaces the sources with new versions. No
//! run may see a torn `.pyc` (every rejection names a stale file, never a damaged one) or run
//! stale code: each module prints its version and a checksum of its code, and the version must
//! be one the source had while the run was going, with the checksum that version computes.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

const MODULES: [&str; 3] = ["alpha", "beta", "gamma"];
const WORKERS: usize = 6;
const RUNS_PER_WORKER: usize = 20;

/// Module source at `version`. Its size grows with the version, so that a rewrite within the
/// same second as the last one still changes the size a timestamp `.pyc` records (as with
/// CPython, a same-size rewrite in the same second is invisible to timestamp validation; the
/// hash-based test covers that).
fn module_source(name: &str, version: u64, same_size: bool) -> String {
    let data_len = if same_size { 64 } else { 10 + version as usize };
    let import = if name == "gamma" { "import beta\n" } else { "" };
    let uses = if name == "gamma" {
        " + beta.check() % 1000"
    } else {
        ""
    };
    format!(
        "{import}VERSION = {version:>8}\nDATA = '{}'\n\ndef check():\n    total = 0\n    for i in range(VERSION % 50):\n        total += i\n    return VERSION * 1000003 + len(DATA) * 7 + total{uses}\n",
        "x".repeat(data_len)
    )
}

/// What `check()` returns at `version` (as the source above computes it).
fn expected_check(name: &str, version: u64, beta_version: u64, same_size: bool) -> u64 {
    let data_len = if same_size { 64 } else { 10 + version };
    let total: u64 = (0..version % 50).sum();
    let own = version * 1_000_003 + data_len * 7 + total;
    if name == "gamma" {
        own + expected_check("beta", beta_version, 0, same_size) % 1000
    } else {
        own
    }
}

const MAIN: &str = "import gamma, alpha, beta\nfor m in (alpha, beta, gamma):\n    print(m.__name__, m.VERSION, m.check())\n";

struct Tree {
    dir: PathBuf,
    versions: Vec<AtomicU64>,
}

impl Tree {
    fn new(tag: &str, same_size: bool) -> Tree {
        let dir = std::env::temp_dir().join(format!(
            "ferropy-pycache-stress-{tag}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("main.py"), MAIN).unwrap();
        let tree = Tree {
            dir,
            versions: MODULES.iter().map(|_| AtomicU64::new(0)).collect(),
        };
        for i in 0..MODULES.len() {
            tree.write(i, 1, same_size);
        }
        tree
    }

    /// Replaces a module's source atomically (a reader sees the old or the new file, whole).
    fn write(&self, i: usize, version: u64, same_size: bool) {
        let tmp = self.dir.join(format!(".{}.tmp", MODULES[i]));
        std::fs::write(&tmp, module_source(MODULES[i], version, same_size)).unwrap();
        std::fs::rename(&tmp, self.dir.join(format!("{}.py", MODULES[i]))).unwrap();
        self.versions[i].store(version, Ordering::SeqCst);
    }

    fn snapshot(&self) -> Vec<u64> {
        self.versions
            .iter()
            .map(|v| v.load(Ordering::SeqCst))
            .collect()
    }

    fn pyc(&self, name: &str) -> PathBuf {
        self.dir
            .join("__pycache__")
            .join(format!("{name}.ferropy-311.pyc"))
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn ferropy(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ferropy"));
    c.current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .env_remove("PYTHONPYCACHEPREFIX")
        .env_remove("PYTHONPATH")
        .stdin(Stdio::null());
    c
}

/// Runs the stress for one tree; returns how many runs read a module from the cache.
fn stress(tree: &Tree, same_size: bool) -> usize {
    let stop = AtomicBool::new(false);
    let cache_reads = AtomicU64::new(0);
    let stale = AtomicU64::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        // The writer: a new version of one module every few milliseconds.
        s.spawn(|| {
            let mut k = 0usize;
            while !stop.load(Ordering::SeqCst) {
                let i = k % MODULES.len();
                let next = tree.versions[i].load(Ordering::SeqCst) + 1;
                tree.write(i, next, same_size);
                k += 1;
                std::thread::sleep(Duration::from_millis(1 + (k % 4) as u64));
            }
        });
        let workers: Vec<_> = (0..WORKERS)
            .map(|w| {
                let (failures, cache_reads, stale) = (&failures, &cache_reads, &stale);
                s.spawn(move || {
                    for run in 0..RUNS_PER_WORKER {
                        let before = tree.snapshot();
                        let out = ferropy(&tree.dir).args(["-v", "main.py"]).output().unwrap();
                        let after = tree.snapshot();
                        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
                        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
                        let fail = |why: String| format!("worker {w} run {run}: {why}\nstdout:\n{stdout}\nstderr:\n{stderr}");
                        if !out.status.success() {
                            failures.lock().unwrap().push(fail(format!("exit {:?}", out.status)));
                            continue;
                        }
                        // Every rejected cache file was stale: never torn or damaged.
                        for line in stderr.lines().filter(|l| l.contains("cache rejected")) {
                            if !line.contains("cache rejected: stale") {
                                failures.lock().unwrap().push(fail(format!("a damaged cache file: {line}")));
                            }
                        }
                        stale.fetch_add(stderr.matches("cache rejected: stale").count() as u64, Ordering::Relaxed);
                        cache_reads.fetch_add(stderr.matches("read from cache").count() as u64, Ordering::Relaxed);
                        let mut seen = std::collections::HashMap::new();
                        for line in stdout.lines() {
                            let parts: Vec<&str> = line.split_whitespace().collect();
                            let [name, version, check] = parts[..] else {
                                failures.lock().unwrap().push(fail(format!("unexpected line {line:?}")));
                                continue;
                            };
                            let (version, check): (u64, u64) = (version.parse().unwrap(), check.parse().unwrap());
                            seen.insert(name.to_string(), (version, check));
                        }
                        for (i, name) in MODULES.iter().enumerate() {
                            let Some(&(version, check)) = seen.get(*name) else {
                                failures.lock().unwrap().push(fail(format!("no line for {name}")));
                                continue;
                            };
                            // The version the run saw was the source's at some moment of the run.
                            if version < before[i] || version > after[i] {
                                failures.lock().unwrap().push(fail(format!(
                                    "{name}: ran version {version}, but the source went from {} to {} during the run",
                                    before[i], after[i]
                                )));
                            }
                            // gamma imports beta: the beta it used is the one printed.
                            let beta = seen.get("beta").map_or(0, |b| b.0);
                            let want = expected_check(name, version, beta, same_size);
                            if check != want {
                                failures.lock().unwrap().push(fail(format!("{name} v{version}: check {check}, expected {want}")));
                            }
                        }
                    }
                })
            })
            .collect();
        for w in workers {
            w.join().unwrap();
        }
        stop.store(true, Ordering::SeqCst);
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} failures, the first:\n{}",
        failures.len(),
        failures[0]
    );
    let (reads, stale) = (
        cache_reads.load(Ordering::Relaxed),
        stale.load(Ordering::Relaxed),
    );
    eprintln!(
        "{} runs: {reads} modules read from the cache, {stale} stale cache files rejected",
        WORKERS * RUNS_PER_WORKER
    );
    assert!(stale > 0, "the sources never changed under a cache file");
    reads as usize
}

/// After the storm: every cache file left behind is whole and verifies, and a quiet run reads
/// all three from the cache and prints the current versions.
fn check_settled(tree: &Tree, same_size: bool) {
    // One run to bring every cache file up to date, then one that must only read.
    let out = ferropy(&tree.dir).arg("main.py").output().unwrap();
    assert!(out.status.success());
    let out = ferropy(&tree.dir).args(["-v", "main.py"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("read from cache").count(), 3, "{stderr}");
    let versions = tree.snapshot();
    let stdout = String::from_utf8_lossy(&out.stdout);
    for (i, name) in MODULES.iter().enumerate() {
        let want = format!("{name} {} ", versions[i]);
        assert!(
            stdout.lines().any(|l| l.starts_with(&want)),
            "{want:?} in\n{stdout}"
        );
        let data = std::fs::read(tree.pyc(name)).unwrap();
        let (_, code) = ferropy_bytecode::pyc::decode(&data).expect("a whole .pyc");
        ferropy_bytecode::verify(&code).expect("verifiable code");
    }
    let leftovers: Vec<String> = std::fs::read_dir(tree.dir.join("__pycache__"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".ferropy-311.pyc"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    let _ = same_size;
}

#[test]
fn concurrent_imports_while_sources_change_never_run_stale_code() {
    let start = Instant::now();
    let tree = Tree::new("timestamp", false);
    let reads = stress(&tree, false);
    check_settled(&tree, false);
    eprintln!(
        "{} runs in {:.1} s, {reads} modules read from the cache",
        WORKERS * RUNS_PER_WORKER,
        start.elapsed().as_secs_f64()
    );
    assert!(reads > 0, "the cache was never used");
}

/// Checked hash-based files (`ferropy compile --invalidation-mode checked-hash`): every rewrite
/// keeps the size, and within one second, yet no run runs the old code.
#[test]
fn checked_hash_files_catch_same_size_rewrites() {
    let tree = Tree::new("hash", true);
    let out = ferropy(&tree.dir)
        .args(["compile", "-q", "--invalidation-mode", "checked-hash", "."])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let reads = stress(&tree, true);
    check_settled(&tree, true);
    assert!(reads > 0, "the cache was never used");
}
