//! The REPL on a terminal, typed at through a pseudo-terminal as a person types at python3's:
//! the banner, a function defined over two lines and called, `_`, a traceback that leaves the
//! REPL running, Ctrl-C interrupting a running loop and cancelling a line, Ctrl-D leaving with
//! status 0, and the history kept in `~/.ferropy_history` for the next session (the Up key).
//!
//! The child gets the pseudo-terminal as its controlling terminal, so Ctrl-C typed while code
//! runs sends it SIGINT, as a terminal does. The test answers the cursor-position queries
//! (`ESC [ 6 n`) that line editors send, as a terminal would.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const FERROPY: &str = env!("CARGO_BIN_EXE_ferropy");

/// Opens a pseudo-terminal pair (master, slave) with a 40x120 window; None where the machine
/// has no pseudo-terminals (the test is then skipped).
fn open_pty() -> Option<(File, OwnedFd)> {
    // SAFETY: the standard posix_openpt sequence; every fd is checked and then owned.
    unsafe {
        let master = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY);
        if master < 0 {
            return None;
        }
        let master = File::from_raw_fd(master);
        let m = master.as_raw_fd();
        let mut name = [0 as libc::c_char; 128];
        if libc::grantpt(m) != 0
            || libc::unlockpt(m) != 0
            || libc::ptsname_r(m, name.as_mut_ptr(), name.len()) != 0
        {
            return None;
        }
        let slave = libc::open(name.as_ptr(), libc::O_RDWR | libc::O_NOCTTY);
        if slave < 0 {
            return None;
        }
        let size = libc::winsize {
            ws_row: 40,
            ws_col: 120,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        libc::ioctl(slave, libc::TIOCSWINSZ, &size);
        Some((master, OwnedFd::from_raw_fd(slave)))
    }
}

/// A REPL session: the child on the slave side, everything it printed so far, and the master
/// to type into.
struct Session {
    child: Child,
    keys: File,
    screen: Arc<Mutex<String>>,
    /// Where the next `wait_for` starts looking.
    seen: usize,
}

impl Session {
    fn start(home: &Path, args: &[&str]) -> Session {
        let (master, slave) = open_pty().expect("a pseudo-terminal");
        let mut c = Command::new(FERROPY);
        c.args(args)
            .env("HOME", home)
            .env("TERM", "xterm")
            .env_remove("PYTHONINSPECT");
        c.stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave));
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            c.pre_exec(|| {
                // A new session whose controlling terminal is the pty: Ctrl-C then sends SIGINT.
                libc::setsid();
                libc::ioctl(0, libc::TIOCSCTTY as _, 0);
                // As a terminal's shell starts programs, whatever the test runner ignores.
                libc::signal(libc::SIGINT, libc::SIG_DFL);
                Ok(())
            });
        }
        let child = c.spawn().expect("ferropy starts");
        drop(c);
        let screen = Arc::new(Mutex::new(String::new()));
        let keys = master.try_clone().unwrap();
        spawn_terminal(master, screen.clone());
        Session {
            child,
            keys,
            screen,
            seen: 0,
        }
    }

    fn type_keys(&mut self, keys: &str) {
        self.keys.write_all(keys.as_bytes()).unwrap();
    }

    /// Waits until `text` appears after what earlier waits matched; panics after 20 s.
    fn wait_for(&mut self, text: &str) {
        let start = Instant::now();
        loop {
            let screen = self.screen.lock().unwrap().clone();
            if let Some(at) = screen[self.seen..].find(text) {
                self.seen += at + text.len();
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "waiting for {text:?}; the screen so far:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits for the child to exit; its status.
    fn exit_status(mut self) -> std::process::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            if start.elapsed() > Duration::from_secs(20) {
                let _ = self.child.kill();
                panic!(
                    "the REPL did not exit; the screen:\n{}",
                    self.screen.lock().unwrap()
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

/// Reads what the child prints into `screen` (until the pty closes), answering cursor-position
/// queries with "row 1, column 1".
fn spawn_terminal(mut master: File, screen: Arc<Mutex<String>>) {
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = master.read(&mut buf) {
            if n == 0 {
                break;
            }
            let chunk = String::from_utf8_lossy(&buf[..n]).into_owned();
            if chunk.contains("\x1b[6n") {
                let _ = master.write_all(b"\x1b[1;1R");
            }
            screen.lock().unwrap().push_str(&plain(&chunk));
        }
    });
}

/// The text without terminal control sequences (`ESC [ ... letter`) and carriage returns, so
/// that tests match what a person reads. (A sequence split across two reads is not expected:
/// the line editor writes each refresh at once.)
fn plain(chunk: &str) -> String {
    let mut out = String::new();
    let mut chars = chunk.chars();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                if chars.next() == Some('[') {
                    for d in chars.by_ref() {
                        if ('@'..='~').contains(&d) {
                            break;
                        }
                    }
                }
            }
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// A temporary home folder, removed when dropped.
struct Home(std::path::PathBuf);

impl Home {
    fn new() -> Home {
        let dir = std::env::temp_dir().join(format!("ferropy-repl-home-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Home(dir)
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn a_session_at_the_terminal() {
    if open_pty().is_none() {
        eprintln!("no pseudo-terminal on this machine: the terminal REPL test is skipped");
        return;
    }
    let home = Home::new();
    let mut s = Session::start(&home.0, &[]);
    s.wait_for("Python 3.11.7 (ferropy ");
    s.wait_for("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    s.wait_for(">>> ");
    // A function over two lines, ended by an empty line, then called: its result is echoed.
    s.type_keys("def triple(a):\r");
    s.wait_for("... ");
    s.type_keys("    return a * 3\r");
    s.wait_for("... ");
    s.type_keys("\r");
    s.wait_for(">>> ");
    s.type_keys("triple(14)\r");
    s.wait_for("42\n>>> ");
    s.type_keys("_ + 1\r");
    s.wait_for("43\n>>> ");
    // A traceback, and the REPL goes on.
    s.type_keys("1/0\r");
    s.wait_for("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> ");
    s.type_keys("print('still', 'here')\r");
    s.wait_for("still here\n>>> ");
    // Ctrl-C stops running code with a KeyboardInterrupt traceback.
    s.type_keys("while True: pass\r\r");
    std::thread::sleep(Duration::from_millis(300));
    s.type_keys("\x03");
    s.wait_for("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt\n>>> ");
    // Ctrl-C cancels a line being typed.
    s.type_keys("this is not run");
    s.wait_for("not run");
    s.type_keys("\x03");
    s.wait_for("KeyboardInterrupt\n>>> ");
    s.type_keys("print('last', 6 * 7)\r");
    s.wait_for("last 42\n>>> ");
    // Ctrl-D leaves with status 0.
    s.type_keys("\x04");
    let status = s.exit_status();
    assert_eq!((status.code(), status.signal()), (Some(0), None));
    let history = std::fs::read_to_string(home.0.join(".ferropy_history")).expect("a history file");
    assert!(
        history.contains("triple(14)") && !history.contains("this is not run"),
        "{history}"
    );

    // The next session recalls the last line with the Up key.
    let mut s = Session::start(&home.0, &["-q"]);
    s.wait_for(">>> ");
    s.type_keys("\x1b[A\r");
    s.wait_for("last 42\n>>> ");
    s.type_keys("import sys; sys.exit(3)\r");
    assert_eq!(s.exit_status().code(), Some(3));
}
