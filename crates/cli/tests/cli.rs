//! The command line as a Python user drives it, end to end against the built binary: every
//! invocation form and `sys.argv`, `-m` for modules and packages, programs on standard input,
//! exit statuses, SIGINT (interpreted and JIT-compiled loops), broken pipes, buffering and the
//! order of stdout and stderr, and `-i` with piped input.
//!
//! The expected outputs are CPython 3.11's, as observed on the development machine. Where a
//! python3 3.11 is installed, `expect` runs the same command under it too and checks that it
//! gives the same expected output, so the hard-coded expectations stay CPython's.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

const FERROPY: &str = env!("CARGO_BIN_EXE_ferropy");

/// A temporary folder, removed when dropped.
struct Tmp(PathBuf);

impl Tmp {
    fn new(name: &str) -> Tmp {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("ferropy-cli-{name}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        // The real path, as the programs' os.getcwd() reports it.
        Tmp(dir.canonicalize().unwrap())
    }

    fn write(&self, rel: &str, text: &str) {
        let p = self.0.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

impl Drop for Tmp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// python3, when it is CPython 3.11 (other versions word some messages differently).
fn python3() -> Option<&'static str> {
    static FOUND: OnceLock<bool> = OnceLock::new();
    let ok = FOUND.get_or_init(|| {
        Command::new("python3")
            .arg("--version")
            .output()
            .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).starts_with("Python 3.11."))
    });
    ok.then_some("python3")
}

/// The path an implementation prints as its `sys.executable`, replaced by `EXE` in outputs.
fn executable(exe: &str) -> String {
    if exe == FERROPY {
        return std::fs::canonicalize(FERROPY)
            .unwrap()
            .to_string_lossy()
            .into_owned();
    }
    let out = Command::new(exe)
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// A command with none of the caller's PYTHON* variables that change what is tested.
fn command(exe: &str, args: &[&str]) -> Command {
    let mut c = Command::new(exe);
    c.args(args);
    // SIGINT as a shell starts a foreground program, even if the test runner ignores it (a
    // program started with SIGINT ignored keeps ignoring it, as CPython does).
    // SAFETY: one async-signal-safe call between fork and exec.
    unsafe {
        c.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    for v in [
        "PYTHONUNBUFFERED",
        "PYTHONPATH",
        "PYTHONINSPECT",
        "PYTHONHASHSEED",
        "PYTHONSAFEPATH",
        "PYTHONVERBOSE",
        "PYTHONSTARTUP",
        "PYTHONRECURSIONLIMIT",
    ] {
        c.env_remove(v);
    }
    c.env("PYTHONDONTWRITEBYTECODE", "1");
    c.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

/// `exit N` or `signal N`.
fn status_text(s: ExitStatus) -> String {
    match (s.code(), s.signal()) {
        (Some(c), _) => format!("exit {c}"),
        (None, Some(sig)) => format!("signal {sig}"),
        _ => "unknown".into(),
    }
}

/// What a run printed, and how it ended.
#[derive(Debug, PartialEq, Eq)]
struct Run {
    stdout: String,
    stderr: String,
    status: String,
}

fn run(
    exe: &str,
    args: &[&str],
    stdin: Option<&str>,
    dir: Option<&Path>,
    env: &[(&str, &str)],
) -> Run {
    let mut c = command(exe, args);
    c.envs(env.iter().copied());
    if let Some(d) = dir {
        c.current_dir(d);
    }
    if stdin.is_some() {
        c.stdin(Stdio::piped());
    }
    let mut child = c.spawn().expect("starts");
    if let Some(text) = stdin {
        use std::io::Write;
        let mut pipe = child.stdin.take().unwrap();
        let _ = pipe.write_all(text.as_bytes());
    }
    let out = wait_output(child, Duration::from_secs(60));
    let exe_path = executable(exe);
    let clean = |b: &[u8]| String::from_utf8_lossy(b).replace(&exe_path, "EXE");
    Run {
        stdout: clean(&out.stdout),
        stderr: clean(&out.stderr),
        status: status_text(out.status),
    }
}

/// Waits for a child, killing it past `limit` (a test must never hang).
fn wait_output(child: Child, limit: Duration) -> std::process::Output {
    let id = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(limit) {
        Ok(out) => out.expect("waits"),
        Err(_) => {
            // SAFETY: signalling our own child.
            unsafe { libc::kill(id as i32, libc::SIGKILL) };
            panic!("the child did not finish within {limit:?}");
        }
    }
}

/// Kills a child that is still running past a time limit (so that a test blocked reading its
/// output fails instead of hanging); dropping it calls the watch off.
struct Watchdog(std::sync::mpsc::Sender<()>);

impl Watchdog {
    fn new(child: &Child) -> Watchdog {
        let pid = child.id() as i32;
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        std::thread::spawn(move || {
            if rx.recv_timeout(Duration::from_secs(60))
                == Err(std::sync::mpsc::RecvTimeoutError::Timeout)
            {
                // SAFETY: signalling our own child, which has not been waited for yet.
                unsafe { libc::kill(pid, libc::SIGKILL) };
            }
        });
        Watchdog(tx)
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        let _ = self.0.send(());
    }
}

/// Runs ferropy (and python3 3.11, when installed) and checks both against what CPython prints.
fn expect(
    args: &[&str],
    stdin: Option<&str>,
    dir: Option<&Path>,
    stdout: &str,
    stderr: &str,
    status: &str,
) {
    let want = Run {
        stdout: stdout.into(),
        stderr: stderr.into(),
        status: status.into(),
    };
    for exe in std::iter::once(FERROPY).chain(python3()) {
        let got = run(exe, args, stdin, dir, &[]);
        assert_eq!(got, want, "{exe} {args:?}");
    }
}

fn ferropy(args: &[&str], stdin: Option<&str>) -> Run {
    run(FERROPY, args, stdin, None, &[])
}

// ----- invocation forms -----

#[test]
fn command_with_arguments_ends_the_options() {
    let code = "import sys; print(sys.argv, __name__, repr(sys.path[0]))";
    expect(
        &["-c", code, "-v", "x"],
        None,
        None,
        "['-c', '-v', 'x'] __main__ ''\n",
        "",
        "exit 0",
    );
    expect(
        &["-Bqc", "import sys; print(sys.argv)", "a"],
        None,
        None,
        "['-c', 'a']\n",
        "",
        "exit 0",
    );
    expect(
        &["-c", "print(1)", "--", "-c"],
        None,
        None,
        "1\n",
        "",
        "exit 0",
    );
}

#[test]
fn script_arguments_and_path() {
    let t = Tmp::new("script");
    t.write(
        "s.py",
        "import sys\nprint(sys.argv[1:], __name__, sys.path[0] == __file__.rsplit('/', 1)[0])\n",
    );
    let script = t.0.join("s.py");
    let script = script.to_str().unwrap();
    expect(
        &[script, "-i", "--jit=off"],
        None,
        None,
        "['-i', '--jit=off'] __main__ True\n",
        "",
        "exit 0",
    );
    let r = ferropy(&["/no/such/file.py"], None);
    assert_eq!(r.status, "exit 2");
    assert_eq!(
        r.stderr,
        "ferropy: can't open file '/no/such/file.py': [Errno 2] No such file or directory\n"
    );
}

#[test]
fn programs_on_standard_input() {
    let code = "import sys; print(sys.argv, __name__, repr(sys.path[0]))\n";
    expect(
        &["-", "a", "b"],
        Some(code),
        None,
        "['-', 'a', 'b'] __main__ ''\n",
        "",
        "exit 0",
    );
    expect(&[], Some(code), None, "[''] __main__ ''\n", "", "exit 0");
    // A traceback names <stdin>.
    expect(&["-"], Some("x = 1\n1/0\n"), None, "", "Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nZeroDivisionError: division by zero\n", "exit 1");
}

/// A tree with a module, a package with `__main__`, and a package without one.
fn module_tree() -> Tmp {
    let t = Tmp::new("modules");
    let show = "import sys\nprint(__name__, sys.argv, repr(__package__), __file__, sys.path[0])\n";
    t.write("mod.py", show);
    t.write("pkg/__init__.py", "print('init')\n");
    t.write("pkg/__main__.py", show);
    t.write("pkg/sub.py", show);
    t.write("nomain/__init__.py", "");
    t
}

#[test]
fn dash_m_runs_modules_and_packages() {
    let t = module_tree();
    let d = t.0.to_str().unwrap();
    let dir = Some(t.0.as_path());
    expect(
        &["-m", "mod", "a", "-v"],
        None,
        dir,
        &format!("__main__ ['{d}/mod.py', 'a', '-v'] '' {d}/mod.py {d}\n"),
        "",
        "exit 0",
    );
    expect(
        &["-mpkg", "b"],
        None,
        dir,
        &format!("init\n__main__ ['{d}/pkg/__main__.py', 'b'] 'pkg' {d}/pkg/__main__.py {d}\n"),
        "",
        "exit 0",
    );
    expect(
        &["-m", "pkg.sub"],
        None,
        dir,
        &format!("init\n__main__ ['{d}/pkg/sub.py'] 'pkg' {d}/pkg/sub.py {d}\n"),
        "",
        "exit 0",
    );
}

#[test]
fn dash_m_failures_say_what_runpy_says() {
    let t = module_tree();
    let dir = Some(t.0.as_path());
    let fails =
        |args: &[&str], msg: &str| expect(args, None, dir, "", &format!("EXE: {msg}\n"), "exit 1");
    fails(&["-m", "nope"], "No module named nope");
    fails(
        &["-m", "nomain"],
        "No module named nomain.__main__; 'nomain' is a package and cannot be directly executed",
    );
    fails(&["-m", "nope.sub"], "Error while finding module specification for 'nope.sub' (ModuleNotFoundError: No module named 'nope')");
    fails(&["-m", "math"], "No code object available for math");
    fails(&["-m", ".mod"], "Relative module names not supported");
    let usage = "usage: ferropy [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `ferropy -h' for more information.\n";
    let r = ferropy(&["-m"], None);
    assert_eq!(
        (r.stderr, r.status),
        (
            format!("Argument expected for the -m option\n{usage}"),
            "exit 2".to_string()
        )
    );
}

#[test]
fn version_help_and_unknown_options() {
    for flag in ["-V", "--version"] {
        let r = ferropy(&[flag], None);
        assert_eq!(
            (r.stdout.as_str(), r.status.as_str()),
            ("Python 3.11.7\n", "exit 0")
        );
    }
    assert!(ferropy(&["-VV"], None)
        .stdout
        .starts_with("Python 3.11.7 (ferropy "));
    let help = ferropy(&["-h"], None);
    for needle in [
        "-m mod",
        "-c cmd",
        "--jit=off|auto|eager",
        "--dis",
        "--dump-clif",
        "ferropy bench",
        "ferropy --compare",
        "PYTHONHASHSEED",
    ] {
        assert!(help.stdout.contains(needle), "-h mentions {needle}");
    }
    assert_eq!(ferropy(&["--help"], None).stdout, help.stdout);
    let r = ferropy(&["-z"], None);
    assert_eq!(r.status, "exit 2");
    assert!(r.stderr.starts_with("Unknown option: -z\nusage: ferropy"));
    assert!(ferropy(&["--nope"], None)
        .stderr
        .starts_with("unknown option --nope\n"));
}

#[test]
fn x_options_and_jit_modes() {
    for args in [
        ["-X", "jit=off"],
        ["-X", "jit=eager"],
        ["-X", "importtime"],
        ["-W", "ignore"],
    ] {
        let mut all = args.to_vec();
        all.extend(["-c", "print(sum(range(10)))"]);
        let r = ferropy(&all, None);
        assert_eq!(
            (r.stdout.as_str(), r.status.as_str()),
            ("45\n", "exit 0"),
            "{args:?}"
        );
    }
    assert_eq!(
        ferropy(&["-X", "jit=fast", "-c", "pass"], None).status,
        "exit 2"
    );
}

/// Hot code runs first as quickly compiled native code, then as code compiled with full
/// register allocation in the background, swapped in while the program runs.
#[test]
fn jit_swaps_in_fully_compiled_code() {
    let program =
        "def f(n):\n    s = 0\n    for i in range(n):\n        s += i % 7\n    return s\n\
                   t = 0\nfor k in range(50000):\n    t += f(100)\nprint(t)\n";
    let r = ferropy(&["--jit=auto", "--jit-stats", "-c", program], None);
    assert_eq!(
        (r.stdout.as_str(), r.status.as_str()),
        ("14750000\n", "exit 0")
    );
    assert!(
        r.stderr
            .contains("compiled again with full register allocation"),
        "{}",
        r.stderr
    );
}

#[test]
fn environment_variables() {
    let hash = "print(hash('abc') == hash('ab' + 'c'))";
    for seed in ["0", "123", "random"] {
        let r = run(
            FERROPY,
            &["-c", hash],
            None,
            None,
            &[("PYTHONHASHSEED", seed)],
        );
        assert_eq!(r.stdout, "True\n", "PYTHONHASHSEED={seed}");
    }
    // CPython refuses a bad seed before running anything.
    let bad = "Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]\nPython runtime state: preinitialized\n\n";
    for exe in std::iter::once(FERROPY).chain(python3()) {
        let r = run(
            exe,
            &["-c", "print(1)"],
            None,
            None,
            &[("PYTHONHASHSEED", "abc")],
        );
        assert_eq!(
            (r.stderr.as_str(), r.status.as_str()),
            (bad, "exit 1"),
            "{exe}"
        );
        // -E ignores it.
        let r = run(
            exe,
            &["-E", "-c", "print(1)"],
            None,
            None,
            &[("PYTHONHASHSEED", "abc")],
        );
        assert_eq!(r.stdout, "1\n");
    }
    let r = run(
        FERROPY,
        &["-c", "import sys; print(sys.getrecursionlimit())"],
        None,
        None,
        &[("PYTHONRECURSIONLIMIT", "123")],
    );
    assert_eq!(r.stdout, "123\n");
    let t = Tmp::new("pythonpath");
    t.write("extra.py", "X = 7\n");
    let pp = [("PYTHONPATH", t.0.to_str().unwrap())];
    assert_eq!(
        run(
            FERROPY,
            &["-c", "import extra; print(extra.X)"],
            None,
            None,
            &pp
        )
        .stdout,
        "7\n"
    );
    assert_eq!(
        run(FERROPY, &["-E", "-c", "import extra"], None, None, &pp).status,
        "exit 1"
    );
}

#[test]
fn dash_x_skips_the_first_line() {
    let t = Tmp::new("skip");
    t.write("x.py", "this is not python\nprint('ok')\n");
    let r = ferropy(&["-x", t.0.join("x.py").to_str().unwrap()], None);
    assert_eq!((r.stdout.as_str(), r.status.as_str()), ("ok\n", "exit 0"));
}

// ----- exit statuses -----

#[test]
fn exit_statuses_are_cpythons() {
    let cases: &[(&str, &str, &str)] = &[
        ("import sys; sys.exit()", "", "exit 0"),
        ("import sys; sys.exit(3)", "", "exit 3"),
        ("import sys; sys.exit(259)", "", "exit 3"),
        ("import sys; sys.exit(-1)", "", "exit 255"),
        ("import sys; sys.exit(10**30)", "", "exit 255"),
        ("import sys; sys.exit(True)", "", "exit 1"),
        ("import sys; sys.exit('msg')", "msg\n", "exit 1"),
        ("raise SystemExit(None)", "", "exit 0"),
        ("raise SystemExit(1, 2)", "(1, 2)\n", "exit 1"),
        ("raise SystemExit(2.5)", "2.5\n", "exit 1"),
        ("exit(4)", "", "exit 4"),
        ("1/0", "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n", "exit 1"),
    ];
    for (code, stderr, status) in cases {
        expect(&["-c", code], None, None, "", stderr, status);
    }
    // Output written before the exit is flushed, and comes before the message.
    expect(
        &["-c", "import sys; print('out'); sys.exit('bye')"],
        None,
        None,
        "out\n",
        "bye\n",
        "exit 1",
    );
}

#[test]
fn syntax_errors_exit_1() {
    let r = ferropy(&["-c", "x = (1,"], None);
    assert_eq!(r.status, "exit 1");
    assert!(
        r.stderr.ends_with("SyntaxError: '(' was never closed\n"),
        "{}",
        r.stderr
    );
}

// ----- SIGINT -----

/// Starts a program, waits for its first line ("ready"), sends SIGINT, and returns the run. (The
/// programs print "ready" inside their `try`, or CPython may raise before entering it.)
fn interrupt(exe: &str, args: &[&str], program: &str) -> Run {
    let mut c = command(exe, args);
    c.arg("-c").arg(program);
    let mut child = c.spawn().expect("starts");
    let watchdog = Watchdog::new(&child);
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert_eq!(first, "ready\n", "{exe} {args:?} started");
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let mut rest = String::new();
    out.read_to_string(&mut rest).unwrap();
    let done = wait_output(child, Duration::from_secs(20));
    drop(watchdog);
    Run {
        stdout: first + &rest,
        stderr: String::from_utf8_lossy(&done.stderr).into_owned(),
        status: status_text(done.status),
    }
}

/// A loop that runs long enough under `--jit=auto` to be compiled before it says "ready".
const SPIN: &str = "\
i = 0
try:
    while True:
        i += 1
        if i == 20000:
            print('ready', flush=True)
finally:
    print('finally ran')
";

const MODES: [&str; 3] = ["--jit=off", "--jit=auto", "--jit=eager"];

#[test]
fn sigint_runs_finally_then_dies_by_sigint() {
    // CPython prints the traceback, then re-raises SIGINT with the default action, so the parent
    // sees a death by signal 2 (a shell reports status 130).
    for exe_args in MODES
        .iter()
        // A threshold given by hand: compiles do not wait for the JIT's warm-up, so the loop
        // is compiled before it says "ready".
        .map(|m| (FERROPY, vec![*m, "--jit-stats", "--jit-threshold=500"]))
        .chain(python3().map(|p| (p, vec![])))
    {
        let (exe, args) = exe_args;
        let r = interrupt(exe, &args, SPIN);
        assert_eq!(
            (r.stdout.as_str(), r.status.as_str()),
            ("ready\nfinally ran\n", "signal 2"),
            "{exe} {args:?}"
        );
        assert!(
            r.stderr.contains("Traceback (most recent call last):\n"),
            "{}",
            r.stderr
        );
        assert!(r.stderr.contains("\nKeyboardInterrupt\n"), "{}", r.stderr);
        if args.contains(&"--jit=auto") || args.contains(&"--jit=eager") {
            assert!(
                r.stderr.contains("compiled <module>"),
                "the loop ran as native code: {}",
                r.stderr
            );
        }
    }
}

#[test]
fn sigint_can_be_caught() {
    let while_loop = "\
def spin():
    n = 0
    while True:
        n += 1
        if n == 20000:
            print('ready', flush=True)
try:
    spin()
except KeyboardInterrupt as e:
    print('caught', type(e).__name__, repr(e.args))
";
    let for_loop = "\
def spin():
    t = 0
    for i in range(10**15):
        t += i
        if i == 20000:
            print('ready', flush=True)
try:
    spin()
except KeyboardInterrupt as e:
    print('caught', type(e).__name__, repr(e.args))
";
    let runs = MODES
        .iter()
        .map(|m| (FERROPY, vec![*m]))
        .chain(python3().map(|p| (p, vec![])));
    for (exe_args, program) in runs.flat_map(|r| [(r.clone(), while_loop), (r, for_loop)]) {
        let r = interrupt(exe_args.0, &exe_args.1, program);
        assert_eq!(
            r,
            Run {
                stdout: "ready\ncaught KeyboardInterrupt ()\n".into(),
                stderr: String::new(),
                status: "exit 0".into()
            },
            "{exe_args:?}"
        );
    }
}

#[test]
fn sigint_interrupts_recursion_and_sleep() {
    let programs = [
        "def f(n):\n    return f(n + 1) if n < 50 else n\ntry:\n    print('ready', flush=True)\n    while 1:\n        f(0)\nexcept KeyboardInterrupt:\n    print('caught')\n",
        "import time\ntry:\n    print('ready', flush=True)\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('caught')\n",
    ];
    for p in programs {
        for exe in std::iter::once(FERROPY).chain(python3()) {
            let r = interrupt(exe, &[], p);
            assert_eq!(
                (r.stdout.as_str(), r.status.as_str()),
                ("ready\ncaught\n", "exit 0"),
                "{exe}: {p}"
            );
        }
    }
}

#[test]
fn an_ignored_sigint_stays_ignored() {
    // A background job of a non-interactive shell starts with SIGINT ignored; CPython then
    // installs no handler, and neither does ferropy.
    let mut c = command(
        FERROPY,
        &[
            "-c",
            "import time\nprint('ready', flush=True)\ntime.sleep(30)",
        ],
    );
    // SAFETY: one async-signal-safe call between fork and exec (after `command`'s own).
    unsafe {
        c.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_IGN);
            Ok(())
        });
    }
    let mut child = c.spawn().unwrap();
    let watchdog = Watchdog::new(&child);
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    std::thread::sleep(Duration::from_millis(300));
    assert!(child.try_wait().unwrap().is_none(), "still running");
    let _ = child.kill();
    let _ = child.wait();
    drop(watchdog);
}

/// SIGINT while `input()` waits on a pipe that stays open.
#[test]
fn sigint_while_reading_piped_input() {
    let mut c = command(FERROPY, &["-c", "try:\n    print('ready', flush=True)\n    input()\nexcept KeyboardInterrupt:\n    print('caught')\n"]);
    c.stdin(Stdio::piped());
    let mut child = c.spawn().unwrap();
    let watchdog = Watchdog::new(&child);
    let _keep_open = child.stdin.take();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    out.read_line(&mut line).unwrap();
    assert_eq!(line, "ready\ncaught\n");
    assert_eq!(
        status_text(wait_output(child, Duration::from_secs(20)).status),
        "exit 0"
    );
    drop(watchdog);
}

// ----- pipes and buffering -----

/// Reads one line of the program's output, closes the pipe, and waits.
fn read_one_line_then_close(exe: &str, args: &[&str]) -> Run {
    let mut child = command(exe, args).spawn().unwrap();
    let watchdog = Watchdog::new(&child);
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    drop(out);
    let done = wait_output(child, Duration::from_secs(30));
    drop(watchdog);
    Run {
        stdout: line,
        stderr: String::from_utf8_lossy(&done.stderr).into_owned(),
        status: status_text(done.status),
    }
}

#[test]
fn broken_pipe_in_a_print_loop() {
    // `ferropy -c '...' | head -1`: the write that fails raises BrokenPipeError (a traceback and
    // exit 1), and nothing is left to flush at exit; -u and flush=True alike.
    let tb = "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nBrokenPipeError: [Errno 32] Broken pipe\n";
    for args in [
        vec!["-c", "for i in range(10**6): print(i)"],
        vec!["-u", "-c", "for i in range(10**6): print(i)"],
    ] {
        for exe in std::iter::once(FERROPY).chain(python3()) {
            let r = read_one_line_then_close(exe, &args);
            assert_eq!(
                r,
                Run {
                    stdout: "0\n".into(),
                    stderr: tb.into(),
                    status: "exit 1".into()
                },
                "{exe} {args:?}"
            );
        }
    }
}

#[test]
fn broken_pipe_at_the_exit_flush() {
    // The reader is gone before the program prints: the flush at exit fails, CPython reports it
    // as an ignored exception and exits 120 (whatever sys.exit said).
    let want = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n";
    for code in [
        "import time; time.sleep(0.3); print('x')",
        "import time, sys; time.sleep(0.3); print('x'); sys.exit(3)",
    ] {
        for exe in std::iter::once(FERROPY).chain(python3()) {
            let mut child = command(exe, &["-c", code]).spawn().unwrap();
            drop(child.stdout.take());
            let done = wait_output(child, Duration::from_secs(30));
            assert_eq!(
                (
                    String::from_utf8_lossy(&done.stderr).as_ref(),
                    status_text(done.status).as_str()
                ),
                (want, "exit 120"),
                "{exe} {code}"
            );
        }
    }
}

/// Runs ferropy with stdout and stderr into the same pipe, as `2>&1` does.
fn combined(args: &[&str], env: &[(&str, &str)]) -> String {
    let (mut reader, writer) = std::io::pipe().unwrap();
    let mut c = command(FERROPY, args);
    c.envs(env.iter().copied())
        .stdout(writer.try_clone().unwrap())
        .stderr(writer);
    let child = c.spawn().unwrap();
    drop(c);
    let mut text = String::new();
    reader.read_to_string(&mut text).unwrap();
    wait_output(child, Duration::from_secs(30));
    text
}

#[test]
fn stdout_is_flushed_before_stderr_is_written() {
    // Whatever the buffering, what goes to stderr comes after what was printed before it, so a
    // terminal or a `2>&1` file reads in program order. (CPython, block-buffered into a file,
    // would put the stderr lines first; ferropy flushes stdout first, by design.)
    let code = "import sys\nprint('a')\nsys.stderr.write('b\\n')\nprint('c', file=sys.stderr)\nprint('d')\nsys.stdout.write('e\\n')\n1/0\n";
    let want = "a\nb\nc\nd\ne\nTraceback (most recent call last):\n  File \"<string>\", line 7, in <module>\nZeroDivisionError: division by zero\n";
    assert_eq!(combined(&["-c", code], &[]), want);
    assert_eq!(combined(&["-u", "-c", code], &[]), want);
    assert_eq!(combined(&["-c", code], &[("PYTHONUNBUFFERED", "1")]), want);
}

/// Whether the program's first byte of output arrives within `wait` while it still runs.
fn first_byte_arrives(args: &[&str], env: &[(&str, &str)], wait: Duration) -> bool {
    let mut c = command(FERROPY, args);
    c.envs(env.iter().copied());
    let mut child = c.spawn().unwrap();
    let mut out = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut b = [0u8; 1];
        let _ = tx.send(out.read(&mut b).ok() == Some(1));
    });
    let arrived = rx.recv_timeout(wait).unwrap_or(false);
    let _ = child.kill();
    let _ = child.wait();
    arrived
}

#[test]
fn unbuffered_output_arrives_at_once() {
    let code = "import sys, time\nsys.stdout.write('x')\ntime.sleep(30)\n";
    assert!(first_byte_arrives(
        &["-u", "-c", code],
        &[],
        Duration::from_secs(10)
    ));
    assert!(first_byte_arrives(
        &["-c", code],
        &[("PYTHONUNBUFFERED", "1")],
        Duration::from_secs(10)
    ));
    assert!(
        !first_byte_arrives(&["-c", code], &[], Duration::from_millis(500)),
        "a pipe is block-buffered"
    );
}

#[test]
fn standard_streams_are_objects() {
    let code = "\
import sys
n = sys.stdout.write('h\u{e9}llo\\n')
print(n, sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), sys.stdout.writable(), sys.stdin.readable())
print(sys.stdout, sys.stderr.name, sys.stdin.mode, sys.__stdout__ is sys.stdout)
class Shout:
    def write(self, s):
        sys.__stdout__.write(s.upper())
sys.stdout = Shout()
print('quiet', 'please')
sys.stdout = sys.__stdout__
print(sys.stdin.readline(), end='')
print([line for line in sys.stdin])
try:
    sys.stdout.write(3)
except TypeError as e:
    print(e)
";
    let out = "h\u{e9}llo\n6 1 2 0 True True\n<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'> <stderr> r True\nQUIET PLEASE\nfirst\n['second\\n', 'third']\nwrite() argument must be str, not int\n";
    expect(
        &["-c", code],
        Some("first\nsecond\nthird"),
        None,
        out,
        "",
        "exit 0",
    );
}

// ----- -i with piped input -----

/// REPL input with expressions, a block, brackets across lines, `_`, a traceback.
const SESSION: &str = "print(y)\nx = 5\nx\nif x:\n  x+1\n\n1/0\nx * 2\n_\nt = (1,\n\n2)\nt\ndef f(a):\n    return a*2\n\nf(21)\n";

#[test]
fn inspect_reads_statements_from_a_pipe() {
    // Not a terminal: no banner after running code, the prompts go to stderr, one per line read.
    let stderr = ">>> >>> >>> >>> ... ... >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> >>> >>> ... ... >>> >>> ... ... >>> >>> \n";
    expect(
        &["-i", "-c", "y = 2"],
        Some(SESSION),
        None,
        "2\n5\n6\n10\n10\n(1, 2)\n42\n",
        stderr,
        "exit 0",
    );
}

#[test]
fn inspect_exits_and_failures() {
    expect(
        &["-i", "-q", "-c", "y = 2"],
        Some("import sys; sys.exit(4)\nprint('not run')\n"),
        None,
        "",
        ">>> ",
        "exit 4",
    );
    expect(
        &["-i", "-c", "y = 2"],
        Some("raise SystemExit\n"),
        None,
        "",
        ">>> ",
        "exit 0",
    );
    // The program's exception (even SystemExit) is printed, then the REPL runs in its globals.
    let tb = |e: &str| {
        format!("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n{e}\n>>> >>> \n")
    };
    expect(
        &["-i", "-c", "y = 2; 1/0"],
        Some("print('in repl', y)\n"),
        None,
        "in repl 2\n",
        &tb("ZeroDivisionError: division by zero"),
        "exit 0",
    );
    expect(
        &["-i", "-c", "import sys; y = 2; sys.exit(3)"],
        Some("print('in repl', y)\n"),
        None,
        "in repl 2\n",
        &tb("SystemExit: 3"),
        "exit 0",
    );
}

#[test]
fn inspect_without_a_program_prints_the_banner() {
    let r = ferropy(&["-i"], Some("1 + 1\n"));
    assert_eq!(r.stdout, "2\n");
    assert!(
        r.stderr.starts_with("Python 3.11.7 (ferropy "),
        "{}",
        r.stderr
    );
    assert!(r.stderr.ends_with("\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n>>> >>> \n"), "{}", r.stderr);
    assert_eq!(ferropy(&["-i", "-q"], Some("1 + 1\n")).stderr, ">>> >>> \n");
}
