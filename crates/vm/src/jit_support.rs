//! The VM's side of the JIT contract: how native code is entered and the runtime helpers it
//! calls.
//!
//! Native code works directly on a frame's register slab (16-byte `Value`s: tag word at offset
//! 0, every payload (`bool`, `i64`, `f64`, pointer) at offset 8; see `value.rs`), so the frame
//! state is always the interpreter's: a guard that fails simply runs the same instruction through
//! `exec_one`, and leaving native code at any instruction resumes the interpreter there with
//! nothing to rebuild. Native code touches a reference count in one place only, raising the
//! count of a global it loads (`jit_globals`); otherwise it only copies and writes inline
//! values (None, bool, int, float) over inline values, and calls a helper otherwise.
//!
//! A call of a plain function with native code enters that code directly (`native_call`), and
//! a native `Return` leaves with `EXIT_RETURN` and the register of its value.
//!
//! Every helper returns a `u64`: a small result (0 or 1) to continue in native code, or an exit
//! code `((pc + 1) << 8) | EXIT_*` that native code returns to `run_native` unchanged.

use crate::exceptions::{PyErr, PyResult};
use crate::interp::{Exit, Frame};
use crate::regcode::RInstr;
use crate::value::Value;
use crate::Vm;

/// Native code's signature: `(vm, frame, regs, entry_pc) -> exit code`.
pub type NativeEntry = unsafe extern "C" fn(*mut Vm, *mut Frame, *mut Value, u64) -> u64;

/// The frame finished (returned or yielded); the exit is in `vm.jit_exit`.
pub const EXIT_DONE: u64 = 1;
/// An exception was raised; it is in `vm.jit_error`, and the pc is one past the raising instruction.
pub const EXIT_ERROR: u64 = 2;
/// Continue in the interpreter at the pc.
pub const EXIT_INTERP: u64 = 3;
/// The frame (of a function, not a generator) returned the value of the register given in
/// place of the pc: no helper call, and the caller takes the value straight from the slab.
pub const EXIT_RETURN: u64 = 4;

/// Tags of the inline `Value` variants, as native code reads them.
pub const TAG_UNDEF: u8 = 0;
pub const TAG_NONE: u8 = 1;
pub const TAG_BOOL: u8 = 2;
pub const TAG_INT: u8 = 3;
pub const TAG_FLOAT: u8 = 4;
/// The inline variants past `TAG_FLOAT` (no payload; `value.rs` declares them last, in this
/// order: `tags_and_offsets_match_the_layout` checks both). Every tag between `TAG_FLOAT` and
/// `TAG_NOT_IMPLEMENTED` is a counted value's.
pub const TAG_NOT_IMPLEMENTED: u8 = 32;
/// `Value::Iterator`.
pub const TAG_ITERATOR: u8 = 21;
/// `Value::Instance`.
pub const TAG_INSTANCE: u8 = 19;
pub const TAG_ELLIPSIS: u8 = 33;
/// Byte offsets inside a `Value`.
pub const BOOL_OFFSET: i32 = 8;
pub const PAYLOAD_OFFSET: i32 = 8;

fn exit(pc: u32, code: u64) -> u64 {
    ((u64::from(pc) + 1) << 8) | code
}

/// Runs native code for a frame from `*pc`; maps its exit back onto the interpreter's terms.
pub(crate) fn run_native(
    vm: &mut Vm,
    f: &mut Frame,
    code: usize,
    pc: &mut usize,
) -> PyResult<Option<Exit>> {
    let result = enter_native(vm, f, code, *pc);
    native_exit(vm, f, result, pc)
}

/// Enters native code `code` of the frame's unit at `pc`; returns its exit code.
#[inline(always)]
pub(crate) fn enter_native(vm: &mut Vm, f: &mut Frame, code: usize, pc: usize) -> u64 {
    // SAFETY: `code` was produced by the JIT for this code unit with the `NativeEntry` signature;
    // the pointers are valid for the duration of the call and nothing else borrows `vm` or `f`
    // while native code (and the helpers it calls, which reborrow them) runs.
    unsafe {
        let entry: NativeEntry = std::mem::transmute::<usize, NativeEntry>(code);
        let regs = f.regs.as_mut_ptr();
        entry(vm as *mut Vm, f as *mut Frame, regs, pc as u64)
    }
}

/// The register a native `Return` left its value in, when `result` is such an exit.
#[inline(always)]
pub(crate) fn returned_register(result: u64) -> Option<usize> {
    (result & 0xff == EXIT_RETURN).then(|| ((result >> 8) as usize).wrapping_sub(1))
}

/// Takes the value of register `r` (which a native `Return` named), leaving it unbound. Read
/// as two words (`Value::read_halves`): native code just stored it as two, and one 16-byte load
/// of them would wait for both stores to retire (perf put an eighth of nqueens' call helper
/// samples on that load).
#[inline(always)]
pub(crate) fn take_register(f: &mut Frame, r: usize) -> Value {
    assert!(r < f.regs.len(), "a Return names a register of the slab");
    // SAFETY: `r` is in bounds (checked); the value is moved out and the slot overwritten
    // with an unbound value without dropping what was moved.
    unsafe {
        let slot = f.regs.as_mut_ptr().add(r);
        let v = Value::read_halves(slot);
        std::ptr::write(slot, Value::Undef);
        v
    }
}

/// Maps native code's exit `result` onto the interpreter's terms (`*pc`: where to go on).
pub(crate) fn native_exit(
    vm: &mut Vm,
    f: &mut Frame,
    result: u64,
    pc: &mut usize,
) -> PyResult<Option<Exit>> {
    let at = ((result >> 8) as usize).saturating_sub(1);
    match result & 0xff {
        EXIT_RETURN => Ok(Some(Exit::Return(take_register(f, at)))),
        EXIT_DONE => Ok(Some(
            vm.jit_exit.take().unwrap_or(Exit::Return(Value::None)),
        )),
        EXIT_ERROR => {
            *pc = at + 1;
            Err(vm
                .jit_error
                .take()
                .unwrap_or_else(|| vm.err("SystemError", "lost JIT error")))
        }
        _ => {
            vm.jit_exits += 1;
            *pc = at;
            if vm.options.jit == crate::JitMode::Auto {
                note_exit(&f.unit);
            }
            Ok(None)
        }
    }
}

/// Exits from native code to the interpreter a unit may take before it is profiled and
/// compiled again (its guards keep failing: a type changed after it was compiled, or code
/// that had not run then, which native code leaves for the interpreter, runs often now).
const EXIT_STORM: u32 = 500;
/// How many times a unit is compiled again after exit storms; after that its native code
/// stays as it is.
const MAX_RECOMPILES: u8 = 2;

thread_local! {
    /// Per code unit (by address): exits since it was last compiled, and recompiles so far.
    static EXITS: std::cell::RefCell<std::collections::HashMap<usize, (u32, u8)>> =
        Default::default();
    /// Units profiled again after an exit storm, and units whose storms outlived
    /// `MAX_RECOMPILES` (for `--jit-stats`).
    static STORMS: std::cell::Cell<(u32, u32)> = const { std::cell::Cell::new((0, 0)) };
}

/// Counts an exit of `unit`'s native code; on a storm, drops the native code and starts
/// profiling again (the interpreter records type feedback for units without native code and
/// hands them to the JIT at the hotness threshold, so the next compile sees the wider types
/// and the code that runs now).
fn note_exit(unit: &std::rc::Rc<crate::regcode::CodeUnit>) {
    let key = std::rc::Rc::as_ptr(unit) as usize;
    let storm = EXITS.with(|m| {
        let mut m = m.borrow_mut();
        let e = m.entry(key).or_insert((0, 0));
        e.0 += 1;
        if e.0 < EXIT_STORM {
            return None;
        }
        e.0 = 0;
        if e.1 >= MAX_RECOMPILES {
            return Some(false);
        }
        e.1 += 1;
        Some(true)
    });
    match storm {
        Some(true) => {
            unit.jitted.set(None);
            unit.hotness.set(0);
            STORMS.with(|s| s.set((s.get().0 + 1, s.get().1)));
        }
        Some(false) => STORMS.with(|s| s.set((s.get().0, s.get().1 + 1))),
        None => {}
    }
}

/// How many times code units were profiled and compiled again after exit storms, and how
/// many storms came after a unit's last allowed recompile (for `--jit-stats`).
pub fn exit_storms() -> (u32, u32) {
    STORMS.with(|s| s.get())
}

/// Reborrows the raw pointers native code passes to helpers.
///
/// SAFETY (for every caller): native code calls helpers only with the `vm` and `frame` pointers
/// `run_native` gave it, while `run_native` is suspended in that call.
pub(crate) unsafe fn parts<'a>(vm: *mut Vm, frame: *mut Frame) -> (&'a mut Vm, &'a mut Frame) {
    (&mut *vm, &mut *frame)
}

pub(crate) fn fail(vm: &mut Vm, e: PyErr, pc: u32) -> u64 {
    vm.jit_error = Some(e);
    exit(pc, EXIT_ERROR)
}

/// Executes instruction `pc` through the interpreter: 0 to continue at `pc + 1`, else an exit.
pub extern "C" fn helper_exec(vm: *mut Vm, frame: *mut Frame, pc: u64) -> u64 {
    // SAFETY: see `parts`.
    let (vm, f) = unsafe { parts(vm, frame) };
    let pc = pc as u32;
    // SAFETY: the frame's code unit is not replaced while the frame runs, so the unit outlives
    // this call; reading it through a raw pointer avoids a reference-count round trip.
    let unit: &crate::regcode::CodeUnit = unsafe { &*std::rc::Rc::as_ptr(&f.unit) };
    let instr = unit.reg().instrs[pc as usize];
    let mut next = pc as usize + 1;
    match vm.exec_one(f, instr, &unit.consts, &mut next) {
        Ok(None) if next == pc as usize + 1 => 0,
        Ok(None) => exit(next as u32, EXIT_INTERP),
        Ok(Some(e)) => {
            vm.jit_exit = Some(e);
            exit(pc, EXIT_DONE)
        }
        Err(e) => fail(vm, e, pc),
    }
}

/// The truth of register `reg`: 0 or 1, or an exit.
pub extern "C" fn helper_truthy(vm: *mut Vm, frame: *mut Frame, reg: u64, pc: u64) -> u64 {
    // SAFETY: see `parts`.
    let (vm, f) = unsafe { parts(vm, frame) };
    let v = f.regs[reg as usize].clone();
    match vm.truthy(&v) {
        Ok(b) => u64::from(b),
        Err(e) => fail(vm, e, pc as u32),
    }
}

/// The truth of the comparison at `pc` (a `CompareJump`): 0 or 1, or an exit.
pub extern "C" fn helper_compare(vm: *mut Vm, frame: *mut Frame, pc: u64) -> u64 {
    // SAFETY: see `parts`.
    let (vm, f) = unsafe { parts(vm, frame) };
    let RInstr::CompareJump { op, a, b, .. } = f.unit.reg().instrs[pc as usize] else {
        return fail(vm, vm.err("SystemError", "bad JIT compare"), pc as u32);
    };
    if let Some(r) = crate::interp::compare_fast(op, &f.regs[a as usize], &f.regs[b as usize]) {
        return u64::from(r);
    }
    let (x, y) = (f.regs[a as usize].clone(), f.regs[b as usize].clone());
    let r = vm.compare(op, &x, &y).and_then(|v| vm.truthy(&v));
    match r {
        Ok(b) => u64::from(b),
        Err(e) => fail(vm, e, pc as u32),
    }
}

/// `ForIter` at `pc`: 1 with the next item stored, 0 when exhausted, or an exit.
pub extern "C" fn helper_for_iter(vm: *mut Vm, frame: *mut Frame, pc: u64) -> u64 {
    // SAFETY: see `parts`.
    let (vm, f) = unsafe { parts(vm, frame) };
    let RInstr::ForIter { iter, dst, .. } = f.unit.reg().instrs[pc as usize] else {
        return fail(vm, vm.err("SystemError", "bad JIT for"), pc as u32);
    };
    if let Some(next) = crate::interp::for_iter_fast(&f.regs[iter as usize]) {
        return match next {
            Some(v) => {
                f.regs[dst as usize] = v;
                1
            }
            None => 0,
        };
    }
    let it = f.regs[iter as usize].clone();
    match vm.next(&it) {
        Ok(Some(v)) => {
            f.regs[dst as usize] = v;
            1
        }
        Ok(None) => 0,
        Err(e) => fail(vm, e, pc as u32),
    }
}

/// `ForIter { iter, dst }` at `pc`: a `range` or list iterator through `helper_range_next`,
/// any other through `helper_for_iter`. 1 with the next item stored, 0 when exhausted, or an
/// exit (>= 256).
pub extern "C" fn helper_for_next(
    vm: *mut Vm,
    frame: *mut Frame,
    iter: u64,
    dst: u64,
    pc: u64,
) -> u64 {
    // SAFETY: as in `helper_get_item`.
    let regs = unsafe { (*frame).regs.as_mut_ptr() };
    match helper_range_next(regs, iter, dst) {
        2 => helper_for_iter(vm, frame, pc),
        r => r,
    }
}

/// The in-range index of an int into a list of `len` items (negative counts from the end).
fn list_index(i: i64, len: usize) -> Option<usize> {
    let idx = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&idx).then_some(idx as usize)
}

/// `regs[dst] = regs[obj][regs[key]]` for a list and an int in range: 0 when done, 1 when the
/// interpreter must do it.
pub extern "C" fn helper_list_get(regs: *mut Value, dst: u64, obj: u64, key: u64) -> u64 {
    // SAFETY: as in `helper_store_inline`. Inline values are copied bit for bit while the list
    // is borrowed, unless the destination is the list's own register (writing it would free the
    // list under the borrow); otherwise the item is cloned and the borrow ends first.
    unsafe {
        let (Value::List(l), Value::Int(i)) = (&*regs.add(obj as usize), &*regs.add(key as usize))
        else {
            return 1;
        };
        let items = l.borrow();
        let Some(idx) = list_index(*i, items.len()) else {
            return 1;
        };
        let src = items.as_ptr().add(idx);
        let d = regs.add(dst as usize);
        if dst != obj && !(*src).is_heap() && !(*d).is_heap() {
            std::ptr::copy_nonoverlapping(src, d, 1);
            return 0;
        }
        let v = (*src).clone();
        drop(items);
        *d = v;
        0
    }
}

/// `GetItem { dst, obj, key }` at `pc`: a list item through `helper_list_get`, anything else
/// through the interpreter.
pub extern "C" fn helper_get_item(
    vm: *mut Vm,
    frame: *mut Frame,
    dst: u64,
    obj: u64,
    key: u64,
    pc: u64,
) -> u64 {
    // SAFETY: see `parts`; the slab pointer is taken without holding a reference to the frame.
    let regs = unsafe { (*frame).regs.as_mut_ptr() };
    match helper_list_get(regs, dst, obj, key) {
        0 => 0,
        _ => helper_exec(vm, frame, pc),
    }
}

/// `SetItem { obj, key, src }` at `pc`: a list item through `helper_list_set`, anything else
/// through the interpreter.
pub extern "C" fn helper_set_item(
    vm: *mut Vm,
    frame: *mut Frame,
    obj: u64,
    key: u64,
    src: u64,
    pc: u64,
) -> u64 {
    // SAFETY: as in `helper_get_item`.
    let regs = unsafe { (*frame).regs.as_mut_ptr() };
    match helper_list_set(regs, obj, key, src) {
        0 => 0,
        _ => helper_exec(vm, frame, pc),
    }
}

/// `regs[obj][regs[key]] = regs[src]` for a list and an int in range: 0 when done, 1 when the
/// interpreter must do it.
pub extern "C" fn helper_list_set(regs: *mut Value, obj: u64, key: u64, src: u64) -> u64 {
    // SAFETY: as in `helper_list_get`; the slot is in the list's own buffer, not in `regs`, and
    // the old item is dropped only after the borrow ends.
    unsafe {
        let (Value::List(l), Value::Int(i)) = (&*regs.add(obj as usize), &*regs.add(key as usize))
        else {
            return 1;
        };
        let mut items = l.borrow_mut();
        let Some(idx) = list_index(*i, items.len()) else {
            return 1;
        };
        let slot = items.as_mut_ptr().add(idx);
        let s = &*regs.add(src as usize);
        if !(*slot).is_heap() && !s.is_heap() {
            std::ptr::copy_nonoverlapping(s, slot, 1);
            return 0;
        }
        let old = std::mem::replace(&mut *slot, s.clone());
        drop(items);
        drop(old);
        0
    }
}

/// The next item of a `range` or list iterator into `regs[dst]`: 1 with an item, 0 when
/// exhausted, 2 when the iterator is of another kind (then `helper_for_iter` does it).
pub extern "C" fn helper_range_next(regs: *mut Value, iter: u64, dst: u64) -> u64 {
    // SAFETY: as in `helper_store_inline`; `dst` is never `iter` (the item goes to the
    // temporary above the iterator or to a local, and the iterator sits in a temporary), and the
    // iterator keeps its own reference to what it walks, so writing `dst` frees nothing in use.
    unsafe {
        let Value::Iterator(cell) = &*regs.add(iter as usize) else {
            return 2;
        };
        let Ok(mut state) = cell.try_borrow_mut() else {
            return 2;
        };
        let item = match &mut *state {
            crate::iter::IterState::Range { next, stop, step } => {
                let cur = *next;
                if !((*step > 0 && cur < *stop) || (*step < 0 && cur > *stop)) {
                    return 0;
                }
                *next = cur.saturating_add(*step);
                Value::Int(cur)
            }
            crate::iter::IterState::List { list, index } => {
                let Some(v) = list.borrow().get(*index).cloned() else {
                    return 0;
                };
                *index += 1;
                v
            }
            _ => return 2,
        };
        drop(state);
        let d = regs.add(dst as usize);
        if (*d).is_heap() {
            *d = item;
        } else {
            std::ptr::write(d, item);
        }
        1
    }
}

/// `x ** y` for floats as the interpreter's fast path computes it; native code uses the result
/// only for a positive `x` and a finite result.
pub extern "C" fn helper_float_pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}

/// Writes an inline value over a register that may hold a heap value (dropping it).
pub extern "C" fn helper_store_inline(regs: *mut Value, reg: u64, tag: u64, payload: u64) {
    let v = match tag as u8 {
        TAG_NONE => Value::None,
        TAG_BOOL => Value::Bool(payload != 0),
        TAG_INT => Value::Int(payload as i64),
        TAG_FLOAT => Value::Float(f64::from_bits(payload)),
        _ => Value::Undef,
    };
    // SAFETY: `regs` is the slab of the running frame and `reg` is below its length (the
    // translator only names registers below `nregs`).
    unsafe { *regs.add(reg as usize) = v };
}

/// A 16-byte slot holding an unbound value, which native code reads in place of a list item
/// whose index is out of range (so that it can test the index and the item's tag together).
pub fn blank_slot() -> usize {
    static BLANK: [u64; 2] = [TAG_UNDEF as u64, 0];
    BLANK.as_ptr() as usize
}

/// A word native code may count up in place of a value's reference count when the value has
/// none (an inline value): raising a count needs no branch. Nothing reads it.
pub fn scratch_count() -> usize {
    static SCRATCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    SCRATCH.as_ptr() as usize
}

/// Releases the (heap) value of a register, leaving it unbound, before native code writes
/// another value there: native code calls it for a value's last reference (it lowers a shared
/// value's count itself), so the register is unbound while the object is dropped.
pub extern "C" fn helper_release(regs: *mut Value, reg: u64) {
    // SAFETY: as in `helper_store_inline`.
    unsafe { *regs.add(reg as usize) = Value::Undef };
}

/// `regs[dst] = regs[src].clone()` for the moves native code does not do itself (a heap value
/// on either side).
pub extern "C" fn helper_move(regs: *mut Value, dst: u64, src: u64) {
    // SAFETY: as in `helper_store_inline`.
    unsafe {
        let v = (*regs.add(src as usize)).clone();
        *regs.add(dst as usize) = v;
    }
}

/// Drops a counted value native code took out of an object (its two words), after the
/// object holds its new value.
pub extern "C" fn helper_drop_value(tag: u64, payload: u64) {
    // SAFETY: native code passes the two words of a value it removed from its slot, which it
    // owned there; rebuilding it hands that ownership to this drop.
    drop(unsafe { std::mem::transmute::<[u64; 2], Value>([tag, payload]) });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(v: &Value) -> u8 {
        // SAFETY: reading the tag byte of a live value (documented layout).
        unsafe { *(v as *const Value as *const u8) }
    }

    #[test]
    fn tags_and_offsets_match_the_layout() {
        assert_eq!(tag(&Value::Undef), TAG_UNDEF);
        assert_eq!(tag(&Value::None), TAG_NONE);
        assert_eq!(tag(&Value::Bool(true)), TAG_BOOL);
        assert_eq!(tag(&Value::Int(5)), TAG_INT);
        assert_eq!(tag(&Value::Float(1.0)), TAG_FLOAT);
        assert!(tag(&Value::str("x")) > TAG_FLOAT);
        assert_eq!(tag(&Value::NotImplemented), TAG_NOT_IMPLEMENTED);
        assert_eq!(tag(&Value::Ellipsis), TAG_ELLIPSIS);
        // The counted variants fill the tags in between (see `TAG_NOT_IMPLEMENTED`).
        let opaque = Value::Opaque(std::rc::Rc::new(Box::new(()) as crate::value::OpaqueBox));
        assert_eq!(tag(&opaque) + 1, TAG_NOT_IMPLEMENTED);
        assert_eq!(
            tag(&Value::BigInt(std::rc::Rc::new(5.into()))),
            TAG_FLOAT + 1
        );
        let it = Value::Iterator(std::rc::Rc::new(std::cell::RefCell::new(
            crate::iter::IterState::Range {
                next: 0,
                stop: 1,
                step: 1,
            },
        )));
        assert_eq!(tag(&it), TAG_ITERATOR);
        let class = crate::types::PyType::new("t", Vec::new(), true);
        let inst = Value::Instance(std::rc::Rc::new(crate::value::PyInstance::new(class)));
        assert_eq!(tag(&inst), TAG_INSTANCE);
        for (b, byte) in [(Value::Bool(true), 1u8), (Value::Bool(false), 0)] {
            // SAFETY: reading the bool payload of a live Bool value (repr(C, u64): the payload
            // union starts at the first 8-aligned offset after the tag).
            assert_eq!(
                unsafe { *((&b as *const Value as *const u8).add(BOOL_OFFSET as usize)) },
                byte
            );
        }
        let f = Value::Float(2.5);
        // SAFETY: reading the f64 payload of a live Float value.
        let bits = unsafe {
            *((&f as *const Value as *const u8).add(PAYLOAD_OFFSET as usize) as *const u64)
        };
        assert_eq!(f64::from_bits(bits), 2.5);
    }
}

// ----- Helpers for instructions that native code cannot do inline but that are too frequent
// for the generic `helper_exec` (which decodes the instruction again and goes through the
// interpreter's whole `exec_one`). Operands come as immediates; each falls back to
// `helper_exec` where its fast path does not apply, so the semantics stay the interpreter's.

/// Writes a helper's result into register `dst`: 0 to continue, or an exit on an error.
fn write_or_fail(vm: &mut Vm, f: &mut Frame, dst: u64, r: PyResult<Value>, pc: u64) -> u64 {
    match r {
        Ok(v) => {
            f.regs[dst as usize] = v;
            0
        }
        Err(e) => fail(vm, e, pc as u32),
    }
}

/// `LoadGlobal { dst, name }` at `pc`.
pub extern "C" fn helper_load_global(
    vm: *mut Vm,
    frame: *mut Frame,
    dst: u64,
    name: u64,
    pc: u64,
) -> u64 {
    // SAFETY: see `parts`.
    let (vm, f) = unsafe { parts(vm, frame) };
    let r = vm.load_global(f, name as u32);
    write_or_fail(vm, f, dst, r, pc)
}

/// `Call { dst, func, n }` at `pc` when the callee is a Python function.
pub extern "C" fn helper_call(
    vm: *mut Vm,
    frame: *mut Frame,
    dst: u64,
    func: u64,
    n: u64,
    pc: u64,
) -> u64 {
    call_function_in(vm, frame, dst, func, n, false, pc)
}

/// `CallMethod { dst, func, n }` at `pc` when `LoadMethod` found a Python function and its
/// receiver (which then comes first among the arguments).
pub extern "C" fn helper_call_method(
    vm: *mut Vm,
    frame: *mut Frame,
    dst: u64,
    func: u64,
    n: u64,
    pc: u64,
) -> u64 {
    call_function_in(vm, frame, dst, func, n, true, pc)
}

/// Calls the Python function in register `func` with the `n` arguments after it (plus the
/// receiver before them for a method call); any other callee goes through `helper_exec`. A
/// plain function with native code is entered straight away (`Vm::call_native`).
#[inline(always)]
fn call_function_in(
    vm: *mut Vm,
    frame: *mut Frame,
    dst: u64,
    func: u64,
    n: u64,
    method: bool,
    pc: u64,
) -> u64 {
    // SAFETY: see `parts`. Register operands come from verified code, which names only
    // registers below `nregs`, the slab's length; the slab is not resized while the frame
    // runs. The callee and its arguments are borrowed from this frame's registers for the
    // call: nothing but this frame's own code writes them, and it is suspended in this call.
    let (vm, f) = unsafe { parts(vm, frame) };
    let regs = f.regs.as_mut_ptr();
    let nargs = (n + u64::from(method)) as usize;
    let (callee, args) = unsafe {
        (
            &*regs.add(func as usize),
            std::slice::from_raw_parts(regs.add(func as usize + 1), nargs),
        )
    };
    if method && matches!(args.first(), Some(Value::Undef) | None) {
        return helper_exec(vm as *mut Vm, frame, pc);
    }
    let Value::Function(fun) = callee else {
        // A builtin function (`len(x)`), or a builtin type's method with its receiver
        // (`lst.append(x)`), called as the dispatch loop calls them; others (bound builtins,
        // a method through its class without arguments) take the general path.
        if let Value::Builtin(b) = callee {
            if b.bound.is_none() && (method || b.owner.is_none() || n > 0) {
                let native = b.func;
                let r = native(vm, args, &[]);
                return write_slot(vm, regs, dst, r, pc);
            }
        }
        return helper_exec(vm as *mut Vm, frame, pc);
    };
    let unit = &fun.code;
    let r = match unit.jitted.get() {
        Some(code)
            if unit.plain
                && fun.closure.is_empty()
                && nargs == unit.code.argcount as usize
                && !crate::signals::pending() =>
        {
            vm.call_native(fun, code, args)
        }
        _ => vm.call_plain(&fun.clone(), args),
    };
    write_slot(vm, regs, dst, r, pc)
}

/// Writes a call's result into register `dst` of the slab at `regs`: 0 to continue, or an exit
/// on an error.
#[inline(always)]
pub(crate) fn write_slot(
    vm: &mut Vm,
    regs: *mut Value,
    dst: u64,
    r: PyResult<Value>,
    pc: u64,
) -> u64 {
    match r {
        Ok(v) => {
            // SAFETY: `regs` is the running frame's slab and `dst` a register below its length
            // (verified code); the borrows of the callee and its arguments ended with the call.
            let old = unsafe { std::ptr::replace(regs.add(dst as usize), v) };
            // `dst` is the callee's register, so the old value is nearly always the called
            // function: its count goes down inline rather than through the out-of-line
            // `drop_in_place::<Value>` (11 instructions a call in callgrind).
            match old {
                Value::Function(fun) => drop(fun),
                other if other.is_heap() => drop(other),
                other => std::mem::forget(other),
            }
            0
        }
        Err(e) => fail(vm, e, pc as u32),
    }
}

/// `LoadAttr { dst, obj, name }` at `pc`, through the attribute cache.
pub extern "C" fn helper_load_attr(
    vm: *mut Vm,
    frame: *mut Frame,
    dst: u64,
    obj: u64,
    name: u64,
    pc: u64,
) -> u64 {
    // SAFETY: see `parts`.
    let (vm, f) = unsafe { parts(vm, frame) };
    // SAFETY: register operands come from verified code, which names only registers below
    // `nregs`, the slab's length (as in the interpreter's dispatch loop).
    let o = unsafe { f.regs.get_unchecked(obj as usize) };
    match vm.ic_load_attr(&f.unit, name as u32, o) {
        Some(v) => {
            // SAFETY: as above.
            *unsafe { f.regs.get_unchecked_mut(dst as usize) } = v;
            0
        }
        None => helper_exec(vm as *mut Vm, frame, pc),
    }
}

/// `StoreAttr { obj, name, src }` at `pc`, through the attribute cache.
pub extern "C" fn helper_store_attr(
    vm: *mut Vm,
    frame: *mut Frame,
    obj: u64,
    name: u64,
    src: u64,
    pc: u64,
) -> u64 {
    // SAFETY: see `parts`.
    let (vm, f) = unsafe { parts(vm, frame) };
    let v = f.regs[src as usize].clone();
    match vm.ic_store_attr(&f.unit, name as u32, &f.regs[obj as usize], v) {
        Ok(()) => 0,
        Err(_) => helper_exec(vm as *mut Vm, frame, pc),
    }
}

/// `LoadMethod { slot, obj, name }` at `pc`, through the attribute cache.
pub extern "C" fn helper_load_method(
    vm: *mut Vm,
    frame: *mut Frame,
    slot: u64,
    obj: u64,
    name: u64,
    pc: u64,
) -> u64 {
    // SAFETY: see `parts`.
    let (vm, f) = unsafe { parts(vm, frame) };
    let (slot, obj) = (slot as usize, obj as usize);
    match vm.ic_load_method(&f.unit, name as u32, &f.regs[obj]) {
        Some(method) => {
            f.regs[slot + 1] = f.regs[obj].clone();
            f.regs[slot] = method;
            0
        }
        None => helper_exec(vm as *mut Vm, frame, pc),
    }
}

/// `Return { src }` at `pc`: the frame's result, as the interpreter's `Return` leaves it.
pub extern "C" fn helper_return(vm: *mut Vm, frame: *mut Frame, src: u64, pc: u64) -> u64 {
    // SAFETY: see `parts`.
    let (vm, f) = unsafe { parts(vm, frame) };
    f.pc = pc as usize + 1;
    vm.jit_exit = Some(Exit::Return(std::mem::take(&mut f.regs[src as usize])));
    exit(pc as u32, EXIT_DONE)
}

/// Where native code finds a list's items without a call: byte offsets from the pointer that a
/// `Value::List`'s payload holds (the `Rc`'s allocation) to the `RefCell`'s borrow flag and to
/// the `Vec`'s buffer pointer and length, and the `List` tag. Rust fixes none of these layouts,
/// so they are measured once on a real list (`list_layout`); when the measurement is not
/// conclusive there is no layout and native code calls `helper_list_get` instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListLayout {
    pub tag: u8,
    pub borrow: i32,
    pub ptr: i32,
    pub len: i32,
}

/// The measured list layout (see `ListLayout`).
pub fn list_layout() -> Option<ListLayout> {
    static LAYOUT: std::sync::OnceLock<Option<ListLayout>> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(measure_list_layout)
}

fn measure_list_layout() -> Option<ListLayout> {
    use std::cell::RefCell;
    use std::rc::Rc;
    let mut items = Vec::with_capacity(9);
    items.extend([Value::Int(1), Value::Int(2), Value::Int(3)]);
    let list = Rc::new(RefCell::new(items));
    let v = Value::List(list.clone());
    let word = |addr: usize| -> usize {
        // SAFETY: only addresses inside the live `RefCell` below are read, as whole words.
        unsafe { std::ptr::read_unaligned(addr as *const usize) }
    };
    // SAFETY: reads the tag byte and the payload word of a live `Value` (see `value.rs`).
    let (tag, payload) = unsafe {
        let base = &v as *const Value as *const u8;
        (*base, std::ptr::read_unaligned(base.add(8) as *const usize))
    };
    let cell = Rc::as_ptr(&list) as usize;
    let vec = list.as_ptr() as usize;
    let cell_size = std::mem::size_of::<RefCell<Vec<Value>>>();
    let vec_size = std::mem::size_of::<Vec<Value>>();
    let (data, len, cap) = {
        let b = list.borrow();
        (b.as_ptr() as usize, b.len(), b.capacity())
    };
    if cap == len || vec < cell || vec + vec_size > cell + cell_size || payload > cell {
        return None;
    }
    let find = |want: usize| -> Option<usize> {
        let hits: Vec<usize> = (0..vec_size / 8)
            .map(|i| vec + 8 * i)
            .filter(|a| word(*a) == want)
            .collect();
        (hits.len() == 1).then(|| hits[0])
    };
    let (ptr_at, len_at) = (find(data)?, find(len)?);
    // The borrow flag: the word of the cell outside the vector that counts shared borrows.
    let outside: Vec<usize> = (0..cell_size / 8)
        .map(|i| cell + 8 * i)
        .filter(|a| *a < vec || *a >= vec + vec_size)
        .collect();
    let flag_at = {
        let _b1 = list.borrow();
        let _b2 = list.borrow();
        let hits: Vec<usize> = outside.iter().copied().filter(|a| word(*a) == 2).collect();
        (hits.len() == 1).then(|| hits[0])?
    };
    {
        let _m = list.borrow_mut();
        if (word(flag_at) as isize) >= 0 {
            return None;
        }
    }
    if word(flag_at) != 0 {
        return None;
    }
    let off = |a: usize| i32::try_from(a - payload).ok();
    Some(ListLayout {
        tag,
        borrow: off(flag_at)?,
        ptr: off(ptr_at)?,
        len: off(len_at)?,
    })
}

#[cfg(test)]
mod layout_tests {
    #[test]
    fn the_list_layout_is_measured_on_this_target() {
        let l = super::list_layout().expect("a conclusive measurement");
        assert!(l.borrow >= 0 && l.ptr > 0 && l.len > 0, "{l:?}");
    }
}

/// Where native code finds a `range` iterator's state: byte offsets from the pointer a
/// `Value::Iterator`'s payload holds (the `Rc`'s allocation) to the `RefCell`'s borrow flag and
/// to the `IterState` (whose layout `repr(C, u64)` fixes: the variant's tag word, then `next`,
/// `stop`, `step` for `Range`). The `Rc` and `RefCell` layouts are Rust's own, so they are
/// measured once on a real iterator; without a conclusive measurement native code calls
/// `helper_for_next`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RangeIterLayout {
    pub borrow: i32,
    pub state: i32,
}

/// The tag word of `IterState::Range`.
pub const RANGE_STATE_TAG: i64 = 0;

/// The measured range iterator layout (see `RangeIterLayout`).
pub fn range_iter_layout() -> Option<RangeIterLayout> {
    static LAYOUT: std::sync::OnceLock<Option<RangeIterLayout>> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(measure_range_iter_layout)
}

fn measure_range_iter_layout() -> Option<RangeIterLayout> {
    use crate::iter::IterState;
    use std::cell::RefCell;
    use std::rc::Rc;
    let (next, stop, step) = (0x1234_5678_i64, 0x2345_6789_i64, 0x3456_789a_i64);
    let cell = Rc::new(RefCell::new(IterState::Range { next, stop, step }));
    let v = Value::Iterator(cell.clone());
    // SAFETY: reads the payload word of a live `Value` (see `value.rs`).
    let payload = unsafe {
        std::ptr::read_unaligned((&v as *const Value as *const u8).add(8) as *const usize)
    };
    let word = |addr: usize| -> i64 {
        // SAFETY: only addresses inside the live `RcInner<RefCell<IterState>>` are read.
        unsafe { std::ptr::read_unaligned(addr as *const i64) }
    };
    let state = cell.as_ptr() as usize;
    let inner_end = Rc::as_ptr(&cell) as usize + std::mem::size_of::<RefCell<IterState>>();
    if state < payload || state + 32 > inner_end {
        return None;
    }
    let fields = [RANGE_STATE_TAG, next, stop, step];
    if (0..4).any(|i| word(state + 8 * i) != fields[i]) {
        return None;
    }
    // The borrow flag: the word of the cell outside the state that counts shared borrows.
    let cell_start = Rc::as_ptr(&cell) as usize;
    let candidates: Vec<usize> = (0..std::mem::size_of::<RefCell<IterState>>() / 8)
        .map(|i| cell_start + 8 * i)
        .filter(|a| *a < state || *a >= state + std::mem::size_of::<IterState>())
        .collect();
    let flag = {
        let _b1 = cell.borrow();
        let _b2 = cell.borrow();
        let hits: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|a| word(*a) == 2)
            .collect();
        (hits.len() == 1).then(|| hits[0])?
    };
    if word(flag) != 0 {
        return None;
    }
    {
        let _m = cell.borrow_mut();
        if word(flag) >= 0 {
            return None;
        }
    }
    let off = |a: usize| i32::try_from(a - payload).ok();
    Some(RangeIterLayout {
        borrow: off(flag)?,
        state: off(state)?,
    })
}

#[cfg(test)]
mod range_layout_tests {
    #[test]
    fn the_range_iterator_layout_is_measured_on_this_target() {
        let l = super::range_iter_layout().expect("a conclusive measurement");
        assert!(l.borrow >= 0 && l.state > 0, "{l:?}");
    }
}
