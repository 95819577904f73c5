//! Recursion guards: CPython's `Py_EnterRecursiveCall`. Python calls and the native recursions
//! that walk nested data (`repr` and comparison of containers) count against one recursion
//! limit, and every guard also refuses to go on when the native stack is nearly used up, so deep
//! recursion is a `RecursionError` and never a stack overflow, whatever the limit is set to and
//! whatever thread the VM runs on.

use crate::exceptions::PyResult;
use crate::Vm;

/// Stack kept free below the last guard: more than any stretch of native code between two
/// guards needs (a Python call through a few builtins and dunders uses a few KiB).
const STACK_MARGIN: usize = 256 << 10;

/// The lowest stack address the VM lets the current thread's stack reach: its stack's far end
/// plus a margin (a quarter of the stack for small stacks). 0 when it cannot be found (then
/// only the recursion limit guards).
pub(crate) fn stack_floor() -> usize {
    let (low, size) = thread_stack();
    if low == 0 {
        return 0;
    }
    low + STACK_MARGIN.min(size / 4)
}

#[cfg(target_os = "linux")]
fn thread_stack() -> (usize, usize) {
    // SAFETY: `attr` is initialised by `pthread_getattr_np` before it is read, and destroyed once.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return (0, 0);
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        if ok {
            (addr as usize, size)
        } else {
            (0, 0)
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn thread_stack() -> (usize, usize) {
    (0, 0)
}

/// The address of the current stack frame (roughly).
#[inline(always)]
pub(crate) fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

impl Vm {
    /// True when the native stack is too low to recurse further.
    #[inline(always)]
    pub fn stack_exhausted(&self) -> bool {
        stack_pointer() < self.stack_floor
    }

    /// Enters one level of native recursion (a container's `repr`, a comparison of nested
    /// sequences): a `RecursionError` (CPython's message is "maximum recursion depth exceeded"
    /// plus `what`) past the recursion limit or near the end of the native stack. Pair with
    /// `leave_recursion`.
    pub fn enter_recursion(&mut self, what: &str) -> PyResult<()> {
        if self.depth >= self.recursion_limit || self.stack_exhausted() {
            return Err(self.err(
                "RecursionError",
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        self.depth += 1;
        Ok(())
    }

    pub fn leave_recursion(&mut self) {
        self.depth -= 1;
    }

    /// Runs `f` one recursion level deeper.
    pub fn recursing<T>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        self.enter_recursion(what)?;
        let result = f(self);
        self.leave_recursion();
        result
    }
}

/// The largest single allocation worth attempting: the machine's RAM plus swap. The allocator
/// reserves address space without backing it (mimalloc maps with `MAP_NORESERVE`), so a request
/// far beyond memory would "succeed" and then fill the machine page by page, where CPython's
/// `malloc` fails at once with `MemoryError`.
fn memory_ceiling() -> usize {
    static CEILING: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CEILING.get_or_init(|| {
        // SAFETY: `sysinfo` only writes the struct it is given.
        let mut info: libc::sysinfo = unsafe { std::mem::zeroed() };
        if unsafe { libc::sysinfo(&mut info) } != 0 {
            return usize::MAX;
        }
        let unit = u64::from(info.mem_unit.max(1));
        let total = (info.totalram as u64 + info.totalswap as u64).saturating_mul(unit);
        usize::try_from(total).unwrap_or(usize::MAX)
    })
}

/// Allocation that fails with `MemoryError`, as CPython's does where `malloc` fails, instead of
/// Rust's abort: for sizes that come from the program (`[0] * n`, `s.ljust(n)`, ...).
impl Vm {
    pub fn memory_error(&self) -> crate::exceptions::PyErr {
        self.err("MemoryError", "")
    }

    /// An empty vector with room for `n` items.
    pub fn alloc_vec<T>(&self, n: usize) -> PyResult<Vec<T>> {
        let mut v = Vec::new();
        self.reserve(&mut v, n)?;
        Ok(v)
    }

    /// Room for `extra` more items in `v`.
    pub fn reserve<T>(&self, v: &mut Vec<T>, extra: usize) -> PyResult<()> {
        let bytes = extra.saturating_mul(std::mem::size_of::<T>().max(1));
        if bytes > memory_ceiling() {
            return Err(self.memory_error());
        }
        v.try_reserve_exact(extra).map_err(|_| self.memory_error())
    }

    /// An empty string with room for `bytes` bytes.
    pub fn alloc_string(&self, bytes: usize) -> PyResult<String> {
        let mut s = String::new();
        self.reserve_str(&mut s, bytes)?;
        Ok(s)
    }

    /// Room for `extra` more bytes in `s`.
    pub fn reserve_str(&self, s: &mut String, extra: usize) -> PyResult<()> {
        if extra > memory_ceiling() {
            return Err(self.memory_error());
        }
        s.try_reserve_exact(extra).map_err(|_| self.memory_error())
    }

    /// `count` copies of `items` (the checks of `check_size` come first).
    pub fn repeat_items(
        &self,
        items: &[crate::Value],
        count: usize,
    ) -> PyResult<Vec<crate::Value>> {
        let mut v = self.alloc_vec(
            items
                .len()
                .checked_mul(count)
                .ok_or_else(|| self.memory_error())?,
        )?;
        for _ in 0..count {
            v.extend(items.iter().cloned());
        }
        Ok(v)
    }

    /// `count` copies of `data`.
    pub fn repeat_bytes(&self, data: &[u8], count: usize) -> PyResult<Vec<u8>> {
        let mut v = self.alloc_vec(
            data.len()
                .checked_mul(count)
                .ok_or_else(|| self.memory_error())?,
        )?;
        for _ in 0..count {
            v.extend_from_slice(data);
        }
        Ok(v)
    }

    /// `count` copies of `text`.
    pub fn repeat_str(&self, text: &str, count: usize) -> PyResult<String> {
        let mut s = self.alloc_string(
            text.len()
                .checked_mul(count)
                .ok_or_else(|| self.memory_error())?,
        )?;
        for _ in 0..count {
            s.push_str(text);
        }
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_floor_is_inside_this_threads_stack() {
        let here = super::stack_pointer();
        let floor = super::stack_floor();
        assert!(
            floor > 0 && floor < here,
            "floor {floor:#x}, here {here:#x}"
        );
        // glibc may hand a new thread a cached stack bigger than the one asked for, so the
        // margin is checked against the stack the thread really got.
        let (sp, floor, (low, size)) = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(|| {
                (
                    super::stack_pointer(),
                    super::stack_floor(),
                    super::thread_stack(),
                )
            })
            .unwrap()
            .join()
            .unwrap();
        assert!(size >= 1 << 20, "{size:#x}");
        assert_eq!(floor, low + super::STACK_MARGIN.min(size / 4));
        assert!(
            floor < sp && sp <= low + size,
            "{sp:#x} {floor:#x} {low:#x} {size:#x}"
        );
    }
}
