//! Runs one child process and measures it: wall time, exit status, captured output, and the
//! child's peak resident set size from `wait4`'s `rusage`.

use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// How a child process ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
    /// Killed by us after the time limit.
    TimedOut,
}

impl Exit {
    pub fn success(self) -> bool {
        self == Exit::Code(0)
    }
}

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Exit::Code(c) => write!(f, "exit {c}"),
            Exit::Signal(s) => write!(f, "killed by signal {s}"),
            Exit::TimedOut => write!(f, "timed out"),
        }
    }
}

/// One finished child process.
#[derive(Debug, Clone)]
pub struct ChildRun {
    pub exit: Exit,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Wall time from just before the spawn to the child's exit.
    pub seconds: f64,
    /// The child's peak resident set size (`ru_maxrss`), in KiB.
    pub max_rss_kib: u64,
}

impl ChildRun {
    /// The last non-empty line of stderr, for error messages.
    pub fn last_stderr_line(&self) -> String {
        String::from_utf8_lossy(&self.stderr)
            .lines()
            .map(str::trim_end)
            .filter(|l| !l.is_empty())
            .last()
            .unwrap_or("")
            .to_string()
    }
}

/// Runs `cmd` with standard input closed and standard output and error captured, killing it
/// after `timeout` if given.
pub fn run_child(cmd: &mut Command, timeout: Option<Duration>) -> std::io::Result<ChildRun> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let pid = child.id() as libc::pid_t;
    let mut out = child.stdout.take().expect("piped stdout");
    let mut err = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });

    // The watchdog kills the child only while it has not exited: `exited` is set (under the
    // lock) after `waitid(WNOWAIT)` sees the exit and before `wait4` reaps it, so the pid it
    // signals can never belong to another process.
    let exited = Arc::new((Mutex::new(false), Condvar::new()));
    let watchdog = timeout.map(|limit| {
        let exited = exited.clone();
        std::thread::spawn(move || {
            let (lock, cvar) = &*exited;
            let guard = lock.lock().unwrap_or_else(|e| e.into_inner());
            let (guard, _) = cvar
                .wait_timeout_while(guard, limit, |done| !*done)
                .unwrap_or_else(|e| e.into_inner());
            if !*guard {
                // SAFETY: plain syscall; the pid is our unreaped child (see above).
                unsafe { libc::kill(pid, libc::SIGKILL) };
                return true;
            }
            false
        })
    });

    // Wait for the exit without reaping.
    loop {
        // SAFETY: `info` is a plain C struct that waitid fills in.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        let r = unsafe {
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOWAIT,
            )
        };
        if r == 0 {
            break;
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    {
        let (lock, cvar) = &*exited;
        *lock.lock().unwrap_or_else(|e| e.into_inner()) = true;
        cvar.notify_all();
    }

    // Reap it, with its resource usage.
    let mut status: libc::c_int = 0;
    // SAFETY: `usage` is a plain C struct that wait4 fills in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
    let timed_out = watchdog.map(|w| w.join().unwrap_or(false)).unwrap_or(false);
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let exit = if timed_out {
        Exit::TimedOut
    } else if libc::WIFEXITED(status) {
        Exit::Code(libc::WEXITSTATUS(status))
    } else if libc::WIFSIGNALED(status) {
        Exit::Signal(libc::WTERMSIG(status))
    } else {
        Exit::Code(-1)
    };
    // On Linux `ru_maxrss` is in KiB.
    let max_rss_kib = usage.ru_maxrss.max(0) as u64;
    Ok(ChildRun {
        exit,
        stdout,
        stderr,
        seconds,
        max_rss_kib,
    })
}

/// The first executable file called `name` on `PATH`.
pub fn find_in_path(name: &str) -> Option<std::path::PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| {
            std::fs::metadata(p)
                .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
                .unwrap_or(false)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captures_output_status_and_memory() {
        let run = run_child(
            Command::new("sh").args(["-c", "echo hi; echo err >&2; exit 3"]),
            None,
        )
        .unwrap();
        assert_eq!(run.exit, Exit::Code(3));
        assert_eq!(run.stdout, b"hi\n");
        assert_eq!(run.last_stderr_line(), "err");
        assert!(run.max_rss_kib > 0);
        assert!(run.seconds > 0.0);
    }

    #[test]
    fn kills_after_the_time_limit() {
        let run = run_child(
            Command::new("sleep").arg("5"),
            Some(Duration::from_millis(100)),
        )
        .unwrap();
        assert_eq!(run.exit, Exit::TimedOut);
        assert!(run.seconds < 4.0);
    }
}
