//! SIGINT as CPython handles it: the signal handler only sets a flag, and the interpreter raises
//! `KeyboardInterrupt` at its next check (loop back-edges, function calls, and the JIT's loop
//! back-edges, which leave native code when the flag is set), so `try`/`except
//! KeyboardInterrupt` and `finally` blocks run. Blocking reads and sleeps check the flag too.
//!
//! An uncaught `KeyboardInterrupt` ends the process the way CPython's does: after the traceback,
//! the default SIGINT action is restored and the signal re-raised, so the parent sees a death by
//! SIGINT (a shell reports status 130) and a shell loop running the program stops.

use crate::exceptions::PyResult;
use crate::Vm;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set when the interpreter has work at its next check: a SIGINT arrived, a dropped generator
/// waits to be closed (`generator::finalize_pending`), or the JIT has code to install
/// (`TierUp::poll`). Cleared by the check.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Set by the SIGINT handler, cleared when the interpreter raises `KeyboardInterrupt`.
static SIGINT: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_sig: libc::c_int) {
    // Only async-signal-safe work here: atomic stores.
    SIGINT.store(true, Ordering::Relaxed);
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Asks for the interpreter's attention at its next check without a signal.
pub fn request_check() {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Whether a SIGINT (not just other pending work) is waiting.
pub fn sigint_pending() -> bool {
    SIGINT.load(Ordering::Relaxed)
}

/// Installs the SIGINT handler, unless SIGINT is ignored (a background job of a non-interactive
/// shell), as CPython leaves it then. No `SA_RESTART`: a blocking read or sleep returns `EINTR`,
/// so it can check the flag.
pub fn install() {
    // SAFETY: plain sigaction calls with zero-initialised, fully set structures.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) != 0
            || old.sa_sigaction == libc::SIG_IGN
        {
            return;
        }
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

/// Blocks or unblocks SIGINT in the calling thread (threads inherit the mask they are created
/// with). The command line blocks it in its main thread, which only waits for the thread that runs
/// Python code: the signal then always interrupts that one, including a blocking read there.
pub fn set_blocked(blocked: bool) {
    // SAFETY: changes this thread's signal mask only.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        let how = if blocked {
            libc::SIG_BLOCK
        } else {
            libc::SIG_UNBLOCK
        };
        libc::pthread_sigmask(how, &set, std::ptr::null_mut());
    }
}

/// Whether a SIGINT is waiting to be raised (one relaxed load: cheap enough for every back-edge).
#[inline(always)]
pub fn pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// Forgets a pending SIGINT (the REPL, after Ctrl-C cancelled a line).
pub fn clear() {
    SIGINT.store(false, Ordering::Relaxed);
}

/// The address of the flag, for native code that tests it at loop back-edges.
pub fn flag_address() -> usize {
    INTERRUPTED.as_ptr() as usize
}

impl Vm {
    /// Raises `KeyboardInterrupt` if a SIGINT arrived since the last check; closes the
    /// generators dropped while suspended since then.
    #[inline(always)]
    pub fn check_signals(&mut self) -> PyResult<()> {
        if pending() {
            return self.take_pending();
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn take_pending(&mut self) -> PyResult<()> {
        INTERRUPTED.store(false, Ordering::Relaxed);
        if let Some(mut tier) = self.tier.take() {
            tier.poll(self);
            self.tier = Some(tier);
        }
        crate::generator::finalize_pending(self);
        if SIGINT.swap(false, Ordering::Relaxed) {
            let class = self.types.exceptions["KeyboardInterrupt"].clone();
            return Err(self.new_exception(&class, Vec::new()));
        }
        Ok(())
    }
}

/// Ends the process by SIGINT with the default action, as CPython does after an uncaught
/// `KeyboardInterrupt`; returns (for the caller to exit 130) only if the signal did not kill it.
pub fn die_by_sigint() {
    // SAFETY: restoring the default action and raising a signal at ourselves.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
}
