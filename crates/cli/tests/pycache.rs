//! The `.pyc` cache, end to end: the built `ferropy` binary runs small multi-file programs in
//! fresh temporary folders, and `-v` shows what each import did.

use ferropy_bytecode::pyc::{self, Header, Validation};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

const PYC: &str = "mod.ferropy-311.pyc";

const MAIN: &str = "\
import mod
print(mod.f(20), mod.Box(3).twice(), mod.NAMES)
";

const MODULE: &str = "\
NAMES = ('a', 'b', 'a', 10**40, 2.5, None)
def f(n):
    total = 0
    for i in range(n):
        total += i
    return total
class Box:
    def __init__(self, v):
        self.v = v
    def twice(self):
        return [self.v * 2 for _ in range(2)]
";

const OUTPUT: &str =
    "190 [6, 6] ('a', 'b', 'a', 10000000000000000000000000000000000000000, 2.5, None)\n";

/// A temporary folder, removed when dropped.
struct Tmp(PathBuf);

impl Tmp {
    fn new(name: &str) -> Tmp {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "ferropy-pycache-{name}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Tmp(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn write(&self, rel: &str, text: &str) -> PathBuf {
        let p = self.0.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        p
    }

    /// The program of most tests: `main.py` importing `mod.py`.
    fn program(name: &str) -> Tmp {
        let t = Tmp::new(name);
        t.write("main.py", MAIN);
        t.write("mod.py", MODULE);
        t
    }

    fn pyc(&self) -> PathBuf {
        self.0.join("__pycache__").join(PYC)
    }
}

impl Drop for Tmp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `ferropy ARGS` in `dir`, with none of the environment variables that change caching.
fn command(dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ferropy"));
    c.args(args)
        .current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .env_remove("PYTHONPYCACHEPREFIX")
        .env_remove("PYTHONPATH")
        .stdin(Stdio::null());
    c
}

fn run(dir: &Path, args: &[&str]) -> (String, String) {
    output(command(dir, args).output().expect("ferropy runs"))
}

fn output(out: Output) -> (String, String) {
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        out.status.success(),
        "ferropy failed ({:?})\nstdout:\n{stdout}\nstderr:\n{stderr}",
        out.status
    );
    (stdout, stderr)
}

/// The `-v` line about module `name`.
fn import_line<'a>(stderr: &'a str, name: &str) -> &'a str {
    let prefix = format!("import '{name}' # ");
    let lines: Vec<&str> = stderr.lines().filter(|l| l.starts_with(&prefix)).collect();
    assert_eq!(
        lines.len(),
        1,
        "one -v line for {name} expected in:\n{stderr}"
    );
    lines[0]
}

fn entries(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => Vec::new(),
    };
    v.sort();
    v
}

fn set_mtime(path: &Path, t: SystemTime) {
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(t)
        .unwrap();
}

fn mtime(path: &Path) -> SystemTime {
    std::fs::metadata(path).unwrap().modified().unwrap()
}

/// The file decodes, verifies, and its header matches the source's current mtime and size.
fn assert_valid_pyc(pyc_path: &Path, source: &Path) {
    let data = std::fs::read(pyc_path).unwrap();
    let (header, code) = pyc::decode(&data).expect("a valid .pyc");
    ferropy_bytecode::verify(&code).expect("verifiable code");
    let meta = std::fs::metadata(source).unwrap();
    let secs = meta
        .modified()
        .unwrap()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert_eq!(header, Header::timestamp(secs, meta.len()));
}

#[test]
fn second_run_reads_the_cache_and_writes_nothing() {
    let t = Tmp::program("second-run");
    let (out, err) = run(t.path(), &["-v", "main.py"]);
    assert_eq!(out, OUTPUT);
    let line = import_line(&err, "mod");
    assert!(
        line.contains("compiled from source")
            && line.contains("; no cache")
            && line.contains("cache written"),
        "{line}"
    );
    assert_valid_pyc(&t.pyc(), &t.path().join("mod.py"));
    // The main script is compiled, never cached.
    assert_eq!(
        entries(&t.path().join("__pycache__")),
        vec![PYC.to_string()]
    );

    let before = (std::fs::read(t.pyc()).unwrap(), mtime(&t.pyc()));
    std::thread::sleep(Duration::from_millis(20));
    let (out, err) = run(t.path(), &["-v", "main.py"]);
    assert_eq!(out, OUTPUT);
    let line = import_line(&err, "mod");
    assert!(
        line.contains("read from cache") && !line.contains("written"),
        "{line}"
    );
    assert_eq!(
        (std::fs::read(t.pyc()).unwrap(), mtime(&t.pyc())),
        before,
        "the cache file was rewritten"
    );
    assert_eq!(
        entries(&t.path().join("__pycache__")),
        vec![PYC.to_string()]
    );
    // Without -v, nothing on stderr.
    let (out, err) = run(t.path(), &["main.py"]);
    assert_eq!((out.as_str(), err.as_str()), (OUTPUT, ""));
}

#[test]
fn touching_or_editing_the_source_recompiles() {
    let t = Tmp::program("touch");
    let source = t.path().join("mod.py");
    run(t.path(), &["main.py"]);
    let old = mtime(&source);
    set_mtime(&source, old + Duration::from_secs(10));
    let (out, err) = run(t.path(), &["-v", "main.py"]);
    assert_eq!(out, OUTPUT);
    let line = import_line(&err, "mod");
    assert!(
        line.contains("cache rejected: stale (source mtime") && line.contains("cache written"),
        "{line}"
    );
    assert_valid_pyc(&t.pyc(), &source);
    let (_, err) = run(t.path(), &["-v", "main.py"]);
    assert!(import_line(&err, "mod").contains("read from cache"));

    // A different size with the mtime put back: still noticed.
    let stamp = mtime(&source);
    std::fs::write(&source, MODULE.replace("total = 0", "total = 1000")).unwrap();
    set_mtime(&source, stamp);
    let (out, err) = run(t.path(), &["-v", "main.py"]);
    assert!(out.starts_with("1190 "), "{out}");
    assert!(
        import_line(&err, "mod").contains("cache rejected: stale (source size"),
        "{err}"
    );
    assert_valid_pyc(&t.pyc(), &source);
}

/// A `.pyc` whose header matches the source but whose code fails the verifier: the jump goes
/// past the end.
fn unverifiable_pyc(source: &Path) -> Vec<u8> {
    use ferropy_bytecode::{CodeObject, Instr, Opcode};
    let code = CodeObject {
        name: "<module>".into(),
        qualname: "<module>".into(),
        filename: source.to_string_lossy().into_owned(),
        instructions: vec![Instr::new(Opcode::Jump, 99)],
        lines: vec![1],
        ..Default::default()
    };
    let meta = std::fs::metadata(source).unwrap();
    let secs = meta
        .modified()
        .unwrap()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    pyc::encode(&Header::timestamp(secs, meta.len()), &code).unwrap()
}

#[test]
fn damaged_cache_files_are_replaced_and_the_output_is_unchanged() {
    let t = Tmp::program("damaged");
    let source = t.path().join("mod.py");
    run(t.path(), &["main.py"]);
    let good = std::fs::read(t.pyc()).unwrap();
    let mut flipped = good.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x40;
    let mut wrong_magic = good.clone();
    wrong_magic[0] ^= 0xff;
    let mut cpython_magic = good.clone();
    cpython_magic[..4].copy_from_slice(&[0xa7, 0x0d, 0x0d, 0x0a]); // CPython 3.11's
    let mut bad_flags = good.clone();
    bad_flags[4] = 4;
    let mut wrong_hash = good.clone();
    wrong_hash[4] = 3; // hash-based, checked: the mtime and size bytes are now a wrong hash
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("corrupt body", flipped, "checksum mismatch"),
        (
            "truncated body",
            good[..good.len() / 2].to_vec(),
            "checksum mismatch",
        ),
        (
            "truncated header",
            good[..10].to_vec(),
            "truncated file (10 bytes)",
        ),
        ("empty file", Vec::new(), "truncated file (0 bytes)"),
        ("wrong magic", wrong_magic, "bad magic number"),
        ("CPython's magic", cpython_magic, "bad magic number"),
        ("unknown flag bits", bad_flags, "invalid flags 0x4"),
        ("stale hash", wrong_hash, "stale (source hash differs)"),
        (
            "random bytes",
            (0..300u32).map(|i| (i * 7919 % 251) as u8).collect(),
            "bad magic number",
        ),
        (
            "unverifiable code",
            unverifiable_pyc(&source),
            "failed verification",
        ),
    ];
    for (what, bytes, reason) in cases {
        std::fs::write(t.pyc(), &bytes).unwrap();
        let (out, err) = run(t.path(), &["-v", "main.py"]);
        assert_eq!(out, OUTPUT, "{what}");
        let line = import_line(&err, "mod");
        assert!(
            line.contains(&format!("cache rejected: {reason}")),
            "{what}: {line}"
        );
        assert!(line.contains("cache written"), "{what}: {line}");
        if what == "stale hash" {
            // A hash-based file stays hash-based when it is rewritten, as in CPython.
            let (header, _) = pyc::decode(&std::fs::read(t.pyc()).unwrap()).unwrap();
            assert!(
                matches!(
                    header.validation,
                    Validation::Hash {
                        check_source: true,
                        ..
                    }
                ),
                "{header:?}"
            );
            let (_, err) = run(t.path(), &["-v", "main.py"]);
            assert!(
                import_line(&err, "mod").contains("read from cache"),
                "{err}"
            );
        } else {
            assert_valid_pyc(&t.pyc(), &source);
        }
    }
}

#[test]
fn dont_write_bytecode_writes_nothing() {
    let t = Tmp::program("dont-write");
    let (out, err) = run(t.path(), &["-B", "-v", "main.py"]);
    assert_eq!(out, OUTPUT);
    assert!(
        import_line(&err, "mod").contains("cache not written (dont_write_bytecode)"),
        "{err}"
    );
    assert!(!t.path().join("__pycache__").exists());
    let (out, _) = output(
        command(t.path(), &["main.py"])
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .output()
            .unwrap(),
    );
    assert_eq!(out, OUTPUT);
    assert!(!t.path().join("__pycache__").exists());
    // An existing cache is still read under -B.
    run(t.path(), &["main.py"]);
    let (_, err) = run(t.path(), &["-B", "-v", "main.py"]);
    assert!(
        import_line(&err, "mod").contains("read from cache"),
        "{err}"
    );
}

/// Tests run as root, for whom a folder without write permission is still writable; so the
/// write is made to fail by putting a regular file where `__pycache__` should be. The chmod'ed
/// case is run too (it must run correctly whether or not the write succeeds).
#[test]
fn an_unwritable_cache_folder_still_runs() {
    let t = Tmp::program("unwritable");
    t.write("__pycache__", "not a folder");
    let (out, err) = run(t.path(), &["-v", "main.py"]);
    assert_eq!(out, OUTPUT);
    let line = import_line(&err, "mod");
    assert!(
        line.contains("compiled from source") && line.contains("cache not written ("),
        "{line}"
    );
    assert_eq!(
        std::fs::read_to_string(t.path().join("__pycache__")).unwrap(),
        "not a folder"
    );
    assert_eq!(
        entries(t.path()),
        vec!["__pycache__", "main.py", "mod.py"],
        "no temporary files left"
    );
    let (out, _) = run(t.path(), &["main.py"]);
    assert_eq!(out, OUTPUT);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let r = Tmp::program("read-only");
        std::fs::set_permissions(r.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
        let (out, _) = run(r.path(), &["main.py"]);
        assert_eq!(out, OUTPUT);
        std::fs::set_permissions(r.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

#[test]
fn eight_processes_importing_a_fresh_module_leave_one_valid_pyc() {
    let t = Tmp::new("concurrent");
    t.write("main.py", MAIN);
    // A bigger module, so the compilations overlap.
    let mut big = String::from(MODULE);
    for i in 0..300 {
        big.push_str(&format!(
            "def g{i}(x, y=({i}, 'k{i}')):\n    return [x + j for j in range({i})] + list(y)\n"
        ));
    }
    let source = t.write("mod.py", &big);
    let children: Vec<_> = (0..8)
        .map(|_| {
            command(t.path(), &["-v", "main.py"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let (out, err) = output(child.wait_with_output().unwrap());
        assert_eq!(out, OUTPUT);
        let line = import_line(&err, "mod");
        assert!(
            line.contains("cache written") || line.contains("read from cache"),
            "{line}"
        );
    }
    assert_eq!(
        entries(&t.path().join("__pycache__")),
        vec![PYC.to_string()],
        "one file, no temporaries"
    );
    assert_valid_pyc(&t.pyc(), &source);
    let (_, err) = run(t.path(), &["-v", "main.py"]);
    assert!(import_line(&err, "mod").contains("read from cache"));
}

#[test]
fn pycache_prefix_moves_the_tree() {
    let t = Tmp::program("prefix");
    let prefix = t.path().join("prefix");
    let with_prefix = |args: &[&str]| {
        output(
            command(t.path(), args)
                .env("PYTHONPYCACHEPREFIX", "prefix")
                .output()
                .unwrap(),
        )
    };
    let (out, err) = with_prefix(&["-v", "main.py"]);
    assert_eq!(out, OUTPUT);
    let dir = std::path::absolute(t.path()).unwrap();
    let rel: PathBuf = dir.components().skip(1).collect();
    let expected = prefix.join(rel).join(PYC);
    assert!(
        import_line(&err, "mod").contains(&format!("cache written '{}'", expected.display())),
        "{err}"
    );
    assert!(!t.path().join("__pycache__").exists());
    assert_valid_pyc(&expected, &t.path().join("mod.py"));
    let (_, err) = with_prefix(&["-v", "main.py"]);
    assert!(
        import_line(&err, "mod").contains("read from cache"),
        "{err}"
    );
    let (out, _) = with_prefix(&["-c", "import sys; print(sys.implementation.cache_tag)"]);
    assert_eq!(out, "ferropy-311\n");
}

#[test]
fn compile_command_fills_pycache_for_a_tree() {
    let t = Tmp::new("compile-cmd");
    t.write(
        "main.py",
        "import pkg.sub.leaf, top\nprint(pkg.sub.leaf.X + top.Y)\n",
    );
    t.write("top.py", "Y = 2\n");
    t.write("pkg/__init__.py", "");
    t.write("pkg/sub/__init__.py", "from . import leaf\n");
    t.write("pkg/sub/leaf.py", "X = 40\n");
    let (out, _) = run(t.path(), &["compile", "."]);
    assert!(
        out.contains("Listing '.'...") && out.contains("Compiling './pkg/sub/leaf.py'..."),
        "{out}"
    );
    for (dir, name) in [
        (".", "top"),
        (".", "main"),
        ("pkg", "__init__"),
        ("pkg/sub", "__init__"),
        ("pkg/sub", "leaf"),
    ] {
        let pyc_path = t
            .path()
            .join(dir)
            .join("__pycache__")
            .join(format!("{name}.ferropy-311.pyc"));
        assert_valid_pyc(&pyc_path, &t.path().join(dir).join(format!("{name}.py")));
    }
    let (out, err) = run(t.path(), &["-v", "main.py"]);
    assert_eq!(out, "42\n");
    for m in ["pkg", "pkg.sub", "pkg.sub.leaf", "top"] {
        assert!(
            import_line(&err, m).contains("read from cache"),
            "{m}: {err}"
        );
    }
    // Up-to-date files are skipped; -f forces; a syntax error fails the command but not the rest.
    let (out, _) = run(t.path(), &["compile", "top.py"]);
    assert_eq!(out, "");
    let (out, _) = run(t.path(), &["compile", "-f", "top.py"]);
    assert_eq!(out, "Compiling 'top.py'...\n");
    t.write("bad.py", "def f(:\n");
    let out = command(t.path(), &["compile", "-q", "."]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("SyntaxError: invalid syntax"));
    assert!(!t.path().join("__pycache__/bad.ferropy-311.pyc").exists());
}

#[test]
fn hash_based_files_from_the_compile_command() {
    let t = Tmp::program("hash");
    let source = t.path().join("mod.py");
    run(
        t.path(),
        &[
            "compile",
            "-q",
            "--invalidation-mode",
            "checked-hash",
            "mod.py",
        ],
    );
    let (out, _) = run(t.path(), &["--dump-pyc", "__pycache__/mod.ferropy-311.pyc"]);
    assert!(out.contains("kind:      hash-based, checked"), "{out}");
    let (_, err) = run(t.path(), &["-v", "main.py"]);
    assert!(
        import_line(&err, "mod").contains("read from cache"),
        "{err}"
    );
    // Same size and mtime, different text: only the hash notices.
    let stamp = mtime(&source);
    std::fs::write(&source, MODULE.replace("total = 0", "total = 9")).unwrap();
    set_mtime(&source, stamp);
    let (out, err) = run(t.path(), &["-v", "main.py"]);
    assert!(out.starts_with("199 "), "{out}");
    assert!(
        import_line(&err, "mod").contains("cache rejected: stale (source hash differs)"),
        "{err}"
    );
    // Unchecked hash-based files are used without looking at the source, as in CPython.
    run(
        t.path(),
        &[
            "compile",
            "-q",
            "--invalidation-mode",
            "unchecked-hash",
            "mod.py",
        ],
    );
    std::fs::write(&source, MODULE.replace("total = 0", "total = 5")).unwrap();
    let (out, err) = run(t.path(), &["-v", "main.py"]);
    assert!(out.starts_with("199 "), "{out}");
    assert!(
        import_line(&err, "mod").contains("read from cache"),
        "{err}"
    );
}

#[test]
fn dump_pyc_shows_the_header_and_the_disassembly() {
    let t = Tmp::program("dump");
    run(t.path(), &["main.py"]);
    let (out, _) = run(t.path(), &["--dump-pyc", "__pycache__/mod.ferropy-311.pyc"]);
    for needle in [
        "magic:",
        ": ok",
        "kind:      timestamp-based",
        &format!("size:      {}", MODULE.len()),
        "verifier:  ok",
        "Disassembly of <code object <module>> (stack code):",
        "Disassembly of <code object Box.twice> (stack code):",
    ] {
        assert!(out.contains(needle), "{needle:?} missing from:\n{out}");
    }
    // A .py names its cache file.
    let (again, _) = run(t.path(), &["--dump-pyc", "mod.py"]);
    assert_eq!(
        again.lines().skip(1).collect::<Vec<_>>(),
        out.lines().skip(1).collect::<Vec<_>>()
    );
    std::fs::write(t.pyc(), b"junk").unwrap();
    let out = command(t.path(), &["--dump-pyc", "mod.py"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("truncated file (4 bytes)"));
}

#[test]
fn a_moved_tree_reports_its_new_paths() {
    let t = Tmp::new("moved");
    t.write("main.py", "import mod\nmod.boom()\n");
    t.write("mod.py", "def boom():\n    raise ValueError('boom')\n");
    let first = t.path().join("first");
    std::fs::create_dir(&first).unwrap();
    for f in ["main.py", "mod.py"] {
        std::fs::rename(t.path().join(f), first.join(f)).unwrap();
    }
    let out = command(&first, &["main.py"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let second = t.path().join("second");
    std::fs::rename(&first, &second).unwrap();
    let out = command(&second, &["-v", "main.py"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        import_line(&err, "mod").contains("read from cache"),
        "{err}"
    );
    let expected = format!(
        "File \"{}\", line 2, in boom",
        std::path::absolute(&second)
            .unwrap()
            .join("mod.py")
            .display()
    );
    assert!(err.contains(&expected), "{expected:?} not in:\n{err}");
}

#[test]
fn imports_in_verbose_mode_name_builtin_modules() {
    let t = Tmp::new("builtin");
    let (out, err) = run(
        t.path(),
        &[
            "-v",
            "-c",
            "import math, sys; print(math.floor(1.5), sys.dont_write_bytecode)",
        ],
    );
    assert_eq!(out, "1 False\n");
    assert_eq!(import_line(&err, "math"), "import 'math' # built-in");
}
