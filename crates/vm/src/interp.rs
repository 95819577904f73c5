//! The interpreter: the dispatch loop over register code.
//!
//! Each frame owns one register slab. The hot instructions (arithmetic, comparisons, branches,
//! `range` and list iteration, calls) have inline fast paths for small ints and floats; all else
//! goes through the generic operations in `ops`, `attr` and `call`. An error leaves the loop with
//! the pc of the instruction that raised; the frame's handler table decides where it resumes.

use crate::dict::{PyDict, StrKey};
use crate::exceptions::{PyErr, PyResult, TraceEntry};
use crate::inline_call::Deliver;
use crate::iter::IterState;
use crate::regcode::{BuildKind, CodeUnit, RInstr, Reg};
use crate::value::{PyCell, PyFunction, Value};
use crate::Vm;
use ferropy_bytecode::{BinaryOperator, CompareOperator};
use std::cell::RefCell;
use std::rc::Rc;

/// A running (or suspended) activation of a code unit.
pub struct Frame {
    pub unit: Rc<CodeUnit>,
    pub regs: Vec<Value>,
    /// Cell variables, then free variables.
    pub cells: Vec<Rc<PyCell>>,
    pub globals: Rc<PyDict>,
    /// The namespace of a class body (`LoadName`/`StoreName`); modules use `globals`.
    pub locals: Option<Rc<PyDict>>,
    /// Where to continue (generators resume here).
    pub pc: usize,
    /// The register that receives the value sent into a suspended generator.
    pub resume_dst: Option<Reg>,
    /// An exception to raise at the resume point (`generator.throw`).
    pub throw: Option<PyErr>,
    /// Identifies the frame in tracebacks, so a re-raise in the same frame adds no line.
    pub serial: u64,
}

/// Drops a register's heap value, leaving it unbound (kept out of line: the callers' loops
/// stay small).
#[inline(never)]
pub(crate) fn drop_heap(v: &mut Value) {
    *v = Value::Undef;
}

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

const ADD: u8 = BinaryOperator::Add as u8;
const SUB: u8 = BinaryOperator::Sub as u8;
const MUL: u8 = BinaryOperator::Mul as u8;
const TRUEDIV: u8 = BinaryOperator::TrueDiv as u8;
const FLOORDIV: u8 = BinaryOperator::FloorDiv as u8;
const MOD: u8 = BinaryOperator::Mod as u8;
const POW: u8 = BinaryOperator::Pow as u8;
const AND: u8 = BinaryOperator::And as u8;
const OR: u8 = BinaryOperator::Or as u8;
const XOR: u8 = BinaryOperator::Xor as u8;
const IS: u8 = CompareOperator::Is as u8;
const IS_NOT: u8 = CompareOperator::IsNot as u8;
const NEG: u8 = ferropy_bytecode::UnaryOperator::Neg as u8;
const NOT: u8 = ferropy_bytecode::UnaryOperator::Not as u8;

/// Small-int arithmetic without allocation; `None` on overflow or an op with no fast path.
#[inline(always)]
fn int_fast(op: u8, x: i64, y: i64) -> Option<Value> {
    match op & 15 {
        ADD => x.checked_add(y).map(Value::Int),
        SUB => x.checked_sub(y).map(Value::Int),
        MUL => x.checked_mul(y).map(Value::Int),
        FLOORDIV if y > 0 => Some(Value::Int(x.div_euclid(y))),
        MOD if y > 0 => Some(Value::Int(x.rem_euclid(y))),
        AND => Some(Value::Int(x & y)),
        OR => Some(Value::Int(x | y)),
        XOR => Some(Value::Int(x ^ y)),
        _ => None,
    }
}

#[inline(always)]
fn float_fast(op: u8, x: f64, y: f64) -> Option<Value> {
    match op & 15 {
        ADD => Some(Value::Float(x + y)),
        SUB => Some(Value::Float(x - y)),
        MUL => Some(Value::Float(x * y)),
        TRUEDIV if y != 0.0 => Some(Value::Float(x / y)),
        // A positive base with a finite result is plain `pow`; the rest (complex results,
        // overflow, zero to a negative power) goes to `float_pow`.
        POW if x > 0.0 => {
            let r = x.powf(y);
            r.is_finite().then_some(Value::Float(r))
        }
        _ => None,
    }
}

/// Arithmetic on two small ints or floats without allocation; `None` when no fast path applies.
#[inline(always)]
pub(crate) fn binary_fast(op: u8, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_fast(op, *x, *y),
        (Value::Float(x), Value::Float(y)) => float_fast(op, *x, *y),
        (Value::Float(x), Value::Int(y)) => float_fast(op, *x, *y as f64),
        (Value::Int(x), Value::Float(y)) => float_fast(op, *x as f64, *y),
        _ => None,
    }
}

/// `list[int]` without dispatch; `None` when the fast path does not apply (or the index is out
/// of range, which `get_item` reports).
#[inline(always)]
pub(crate) fn list_get_fast(obj: &Value, key: &Value) -> Option<Value> {
    let (Value::List(l), Value::Int(i)) = (obj, key) else {
        return None;
    };
    let l = l.borrow();
    let idx = if *i < 0 { *i + l.len() as i64 } else { *i };
    l.get(usize::try_from(idx).ok()?).cloned()
}

/// `list[int] = value` without dispatch; gives the value back when the fast path does not apply.
#[inline(always)]
pub(crate) fn list_set_fast(obj: &Value, key: &Value, value: Value) -> Result<(), Value> {
    let (Value::List(l), Value::Int(i)) = (obj, key) else {
        return Err(value);
    };
    let mut l = l.borrow_mut();
    let idx = if *i < 0 { *i + l.len() as i64 } else { *i };
    match usize::try_from(idx).ok().and_then(|i| l.get_mut(i)) {
        Some(slot) => {
            let old = std::mem::replace(slot, value);
            drop(l);
            drop(old);
            Ok(())
        }
        None => Err(value),
    }
}

/// Records the operand types an instruction saw (type feedback for the JIT).
#[inline(always)]
fn note_types(unit: &CodeUnit, pc: usize, a: &Value, b: &Value) {
    note_bits(unit, pc, crate::regcode::feedback_bits(a, b));
}

#[inline(always)]
fn note_bits(unit: &CodeUnit, pc: usize, bits: u8) {
    if let Some(cell) = unit.reg().feedback.get(pc) {
        cell.set(cell.get() | bits);
    }
}

/// The truth of bools, None and small ints; `None` for values that need `truthy`.
#[inline(always)]
pub(crate) fn truth_fast(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::None => Some(false),
        Value::Int(i) => Some(*i != 0),
        _ => None,
    }
}

/// The next item of a `range` or list iterator (`Some(None)` when exhausted); `None` for other
/// iterables.
#[inline(always)]
pub(crate) fn for_iter_fast(it: &Value) -> Option<Option<Value>> {
    let Value::Iterator(cell) = it else {
        return None;
    };
    let mut state = cell.borrow_mut();
    match &mut *state {
        IterState::Range { next, stop, step } => {
            let cur = *next;
            if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                *next = cur.saturating_add(*step);
                Some(Some(Value::Int(cur)))
            } else {
                Some(None)
            }
        }
        IterState::List { list, index } => {
            let item = list.borrow().get(*index).cloned();
            *index += 1;
            Some(item)
        }
        IterState::Tuple { items, index } => {
            let item = items.get(*index).cloned();
            *index += 1;
            Some(item)
        }
        _ => None,
    }
}

/// Comparison of small ints and floats without dispatch; `None` when no fast path applies.
#[inline(always)]
pub(crate) fn compare_fast(op: u8, a: &Value, b: &Value) -> Option<bool> {
    // `is` and `is not` compare identities, whatever the operands.
    if op == IS || op == IS_NOT {
        let same = a.is(b);
        return Some(if op == IS { same } else { !same });
    }
    let (x, y) = match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            return Some(match op {
                0 => x < y,
                1 => x <= y,
                2 => x == y,
                3 => x != y,
                4 => x > y,
                5 => x >= y,
                _ => return None,
            })
        }
        (Value::Float(x), Value::Float(y)) => (*x, *y),
        // Ints beyond 2**53 do not convert exactly; those compare in `ops`.
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() <= 1 << 53 => (*x as f64, *y),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() <= 1 << 53 => (*x, *y as f64),
        _ => return None,
    };
    Some(match op {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        5 => x >= y,
        _ => return None,
    })
}

impl Vm {
    /// Runs module-level or class-body code to completion.
    pub fn run_code(
        &mut self,
        unit: Rc<CodeUnit>,
        globals: Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
        cells: Vec<Rc<PyCell>>,
    ) -> PyResult<Value> {
        let mut regs = self.reg_pool.pop().unwrap_or_default();
        unit.init_slab(&mut regs);
        let mut frame = self.new_frame(unit, regs, cells, globals, locals);
        let result = self.run_frame(&mut frame);
        self.give_back_regs(std::mem::take(&mut frame.regs));
        match result? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    pub(crate) fn new_frame(
        &mut self,
        unit: Rc<CodeUnit>,
        regs: Vec<Value>,
        cells: Vec<Rc<PyCell>>,
        globals: Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
    ) -> Frame {
        self.frame_serial += 1;
        Frame {
            unit,
            regs,
            cells,
            globals,
            locals,
            pc: 0,
            resume_dst: None,
            throw: None,
            serial: self.frame_serial,
        }
    }

    pub(crate) fn give_back_regs(&mut self, regs: Vec<Value>) {
        let live = regs.len();
        self.give_back_slab(regs, live);
    }

    /// Returns a frame's registers to the pool; only the first `live` may hold heap values (the
    /// rest are constant registers, which hold inline values).
    #[inline(always)]
    pub(crate) fn give_back_slab(&mut self, mut regs: Vec<Value>, live: usize) {
        // Inline values own nothing: only heap values need their destructor run.
        let live = live.min(regs.len());
        for v in &mut regs[..live] {
            if v.is_heap() {
                drop_heap(v);
            }
        }
        debug_assert!(regs.iter().all(|v| !v.is_heap()));
        // SAFETY: every remaining element is an inline value (no destructor to skip).
        unsafe { regs.set_len(0) };
        if self.reg_pool.len() < 64 {
            self.reg_pool.push(regs);
        }
    }

    /// Records where an exception passed through this frame, and its context.
    fn note_raise(&mut self, err: &PyErr, frame: &Frame, rpc: usize) {
        let line = frame.unit.line_at(rpc);
        let handled = self.handled.clone();
        err.exc.exc_state(|s| {
            if s.last_frame != frame.serial {
                s.last_frame = frame.serial;
                s.traceback.push(TraceEntry {
                    unit: frame.unit.clone(),
                    line,
                    globals: frame.globals.clone(),
                });
            }
            if matches!(s.context, Value::Undef | Value::None) {
                if let Value::Instance(h) = &handled {
                    if !Rc::ptr_eq(h, &err.exc) {
                        s.context = handled.clone();
                    }
                }
            }
        });
    }

    /// Runs a frame from `frame.pc` until it returns, yields, or raises out of it.
    pub fn run_frame(&mut self, f: &mut Frame) -> PyResult<Exit> {
        // The running frames, for `locals()`, `globals()` and `eval()` (see `evalexec`).
        self.frame_stack.push(f as *const Frame);
        let r = self.run_frame_inner(f);
        self.frame_stack.pop();
        r
    }

    fn run_frame_inner(&mut self, f: &mut Frame) -> PyResult<Exit> {
        // SAFETY: the frame owns its code unit and never replaces it while it runs, so the unit
        // outlives this call; reading it through a raw pointer saves a reference-count round
        // trip on every Python call.
        let unit: &CodeUnit = unsafe { &*Rc::as_ptr(&f.unit) };
        if self.options.jit == crate::JitMode::Eager && unit.jitted.get().is_none() {
            let u = f.unit.clone();
            self.tier_up(&u);
        }
        let pc = f.pc;
        let pending = f.throw.take();
        self.frame_loop(f, pc, pending, false)
    }

    /// Runs a plain function's new frame (`CodeUnit::plain`, see `Vm::call_plain`) to its
    /// return: native code or the dispatch loop straight away, and the general `frame_loop`
    /// only once something other than a return comes back.
    pub(crate) fn run_plain_frame(&mut self, f: &mut Frame) -> PyResult<Value> {
        // SAFETY: as in `run_frame_inner`.
        let unit: &CodeUnit = unsafe { &*Rc::as_ptr(&f.unit) };
        let mut pc = 0;
        let (step, native) = match unit.jitted.get() {
            Some(code) => (crate::jit_support::run_native(self, f, code, &mut pc), true),
            None => (
                self.dispatch(f, &unit.reg_of_running().instrs, &unit.consts, &mut pc),
                false,
            ),
        };
        self.finish_frame(f, step, pc, native)
    }

    /// Finishes a frame after its first stretch (`step`, which left it at `pc`, in native code
    /// if `native`): at once if it returned, else through the general `frame_loop`.
    pub(crate) fn finish_frame(
        &mut self,
        f: &mut Frame,
        step: PyResult<Option<Exit>>,
        pc: usize,
        native: bool,
    ) -> PyResult<Value> {
        let exit = match step {
            Ok(Some(exit)) => exit,
            Ok(None) => self.frame_loop(f, pc, None, native)?,
            Err(e) => self.frame_loop(f, pc, Some(e), native)?,
        };
        match exit {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Runs a frame from `pc`: native code when there is some (unless `interpret`: native code
    /// just handed the frame back, so interpret at least until the next back-edge), else the
    /// dispatch loop; routes exceptions (`pending` first) to the frame's handlers.
    pub(crate) fn frame_loop(
        &mut self,
        f: &mut Frame,
        mut pc: usize,
        mut pending: Option<PyErr>,
        mut interpret: bool,
    ) -> PyResult<Exit> {
        // SAFETY: as in `run_frame_inner`.
        let unit: &CodeUnit = unsafe { &*Rc::as_ptr(&f.unit) };
        let instrs: &[RInstr] = &unit.reg_of_running().instrs;
        let consts: &[Value] = &unit.consts;
        loop {
            let native = if interpret { None } else { unit.jitted.get() };
            let step = match (pending.take(), native) {
                (Some(e), _) => Err(e),
                (None, Some(code)) => {
                    interpret = true;
                    crate::jit_support::run_native(self, f, code, &mut pc)
                }
                (None, None) => {
                    interpret = false;
                    self.dispatch(f, instrs, consts, &mut pc)
                }
            };
            let err = match step {
                Ok(Some(exit)) => return Ok(exit),
                Ok(None) => continue,
                Err(e) => e,
            };
            let raised_at = pc.saturating_sub(1);
            self.note_raise(&err, f, raised_at);
            match unit.handler_for(raised_at) {
                Some(h) => {
                    f.regs[h.reg as usize] = err.value();
                    pc = h.target as usize;
                }
                None => return Err(err),
            }
        }
    }

    /// The dispatch loop proper. `pc` is left one past the instruction that raised. Returns
    /// `None` at a loop back-edge once native code exists for this unit (on-stack replacement).
    ///
    /// The loop handles the hottest instructions' fast paths itself (small ints, floats, bools,
    /// `range` and list iteration, moves and constants) so that it stays small enough to keep its
    /// state in machine registers; everything else, and every fast path that does not apply,
    /// goes to `exec_one`, which has the full semantics of every instruction.
    ///
    /// Calls of plain Python functions do not recurse: the callee's frame is pushed on
    /// `Vm::nested` and the loop goes on in it (see `inline_call.rs`); this wrapper finishes any
    /// such frame the loop left early (an exception, or native code to enter), so callers see
    /// one frame's run.
    fn dispatch(
        &mut self,
        f: &mut Frame,
        _instrs: &[RInstr],
        _consts: &[Value],
        pc: &mut usize,
    ) -> PyResult<Option<Exit>> {
        let base = self.nested.len();
        let (root, root_pc) = (f as *mut Frame, pc as *mut usize);
        let mut step = self.dispatch_loop(root, root_pc, base);
        while self.nested.len() > base {
            step = match self.finish_nested(step) {
                Ok(d) => {
                    self.deliver(root, root_pc, base, d);
                    self.dispatch_loop(root, root_pc, base)
                }
                Err(e) => Err(e),
            };
        }
        step
    }

    #[inline(never)]
    fn dispatch_loop(
        &mut self,
        root: *mut Frame,
        root_pc: *mut usize,
        base: usize,
    ) -> PyResult<Option<Exit>> {
        // The running frame: the innermost entered one, else the root. Frames live in boxes
        // (nested) or the caller's stack (root), so the pointers stay valid while they run.
        let (mut fp, mut pcp) = self.current_frame(root, root_pc, base);
        // SAFETY: see above; `f` and `pc` are re-derived whenever the running frame changes.
        let mut f: &mut Frame = unsafe { &mut *fp };
        let mut pc: &mut usize = unsafe { &mut *pcp };
        // The pc lives in a register; `*pc` (the frame's copy, which tracebacks, handlers and
        // calls read) is written at every dispatch, never read back until the frame changes.
        // Read back each time, it made every dispatch wait on the store of the one before.
        let mut ip: usize = *pc;
        // SAFETY: the frame owns its code unit and keeps it while it runs.
        let mut unit: &CodeUnit = unsafe { &*Rc::as_ptr(&f.unit) };
        let mut instrs: &[RInstr] = &unit.reg_of_running().instrs;
        let mut consts: &[Value] = &unit.consts;
        // Type feedback is only worth recording when a JIT will read it: under `--jit=auto`,
        // for code not compiled (or given up on) yet.
        let auto = self.options.jit == crate::JitMode::Auto;
        let mut record = auto && unit.jitted.get().is_none() && !unit.jit_failed.get();
        macro_rules! switch_frame {
            () => {{
                (fp, pcp) = self.current_frame(root, root_pc, base);
                f = unsafe { &mut *fp };
                pc = unsafe { &mut *pcp };
                ip = *pc;
                unit = unsafe { &*Rc::as_ptr(&f.unit) };
                instrs = &unit.reg_of_running().instrs;
                consts = &unit.consts;
                record = auto && unit.jitted.get().is_none() && !unit.jit_failed.get();
            }};
        }
        // SAFETY: register operands come from the translator, which names only registers below
        // `nregs` (the slab's length), and constant indices were checked by the verifier.
        macro_rules! r {
            ($reg:expr) => {
                unsafe { f.regs.get_unchecked($reg as usize) }
            };
        }
        macro_rules! w {
            ($reg:expr, $v:expr) => {{
                let v = $v;
                let slot = unsafe { f.regs.get_unchecked_mut($reg as usize) };
                if slot.is_heap() {
                    *slot = v;
                } else {
                    // SAFETY: the old value is inline (no destructor), so overwriting it without
                    // dropping it loses nothing; this keeps the drop glue off the common path.
                    unsafe { std::ptr::write(slot, v) };
                }
            }};
        }
        loop {
            // SAFETY: verified code ends every path with a return, raise or jump to an
            // instruction inside the code, so `pc` stays within `instrs`.
            let instr: &RInstr = unsafe { instrs.get_unchecked(ip) };
            ip += 1;
            *pc = ip;
            match *instr {
                RInstr::Move { dst, src } => {
                    w!(dst, r!(src).clone());
                    continue;
                }
                RInstr::LoadConst { dst, k } => {
                    w!(dst, unsafe { consts.get_unchecked(k as usize) }.clone());
                    continue;
                }
                RInstr::BinaryOp { op, dst, a, b } => {
                    if record {
                        note_types(&f.unit, ip - 1, r!(a), r!(b));
                    }
                    if let Some(v) = binary_fast(op, r!(a), r!(b)) {
                        w!(dst, v);
                        continue;
                    }
                    if matches!(r!(a), Value::Instance(_))
                        && self.enter_binary(op, r!(a), r!(b), dst)
                    {
                        switch_frame!();
                        continue;
                    }
                }
                RInstr::Compare { op, dst, a, b } => {
                    if record {
                        note_types(&f.unit, ip - 1, r!(a), r!(b));
                    }
                    if let Some(x) = compare_fast(op, r!(a), r!(b)) {
                        w!(dst, Value::Bool(x));
                        continue;
                    }
                }
                RInstr::CompareJump {
                    op,
                    a,
                    b,
                    target,
                    when,
                } => {
                    if record {
                        note_types(&f.unit, ip - 1, r!(a), r!(b));
                    }
                    if let Some(x) = compare_fast(op, r!(a), r!(b)) {
                        if x == when {
                            {
                                ip = target as usize;
                                *pc = ip
                            };
                        }
                        continue;
                    }
                }
                RInstr::JumpIfFalse { cond, target } | RInstr::JumpIfTrue { cond, target } => {
                    if let Some(truth) = truth_fast(r!(cond)) {
                        if truth == matches!(instr, RInstr::JumpIfTrue { .. }) {
                            {
                                ip = target as usize;
                                *pc = ip
                            };
                        }
                        continue;
                    }
                }
                RInstr::ForIter { iter, dst, target } => {
                    if record {
                        note_bits(unit, ip - 1, crate::regcode::for_iter_bits(r!(iter)));
                    }
                    if let Some(next) = for_iter_fast(r!(iter)) {
                        match next {
                            Some(v) => w!(dst, v),
                            None => {
                                ip = target as usize;
                                *pc = ip
                            }
                        }
                        continue;
                    }
                    if let Value::Generator(g) = r!(iter) {
                        if self.enter_generator(g, dst, target) {
                            switch_frame!();
                            continue;
                        }
                    }
                }
                RInstr::LoadGlobal { dst, name } => {
                    let v = self.load_global(f, name)?;
                    w!(dst, v);
                    continue;
                }
                RInstr::UnaryOp { op, dst, src } => {
                    let v = match (op, r!(src)) {
                        (NOT, v) => truth_fast(v).map(|b| Value::Bool(!b)),
                        (NEG, Value::Int(i)) => i.checked_neg().map(Value::Int),
                        (NEG, Value::Float(x)) => Some(Value::Float(-x)),
                        _ => None,
                    };
                    if let Some(v) = v {
                        w!(dst, v);
                        continue;
                    }
                }
                RInstr::LoadAttr { dst, obj, name } => {
                    if let Some(v) = crate::attr_cache::load_instance_attr(unit, name, r!(obj)) {
                        w!(dst, v);
                        continue;
                    }
                    if let Some(v) = self.ic_load_attr(&f.unit, name, r!(obj)) {
                        w!(dst, v);
                        continue;
                    }
                }
                RInstr::StoreAttr { obj, name, src } => {
                    let v = r!(src).clone();
                    if self.ic_store_attr(&f.unit, name, r!(obj), v).is_ok() {
                        continue;
                    }
                }
                RInstr::LoadMethod { slot, obj, name } => {
                    if let Some(method) = self.ic_load_method(&f.unit, name, r!(obj)) {
                        let receiver = r!(obj).clone();
                        w!(slot + 1, receiver);
                        w!(slot, method);
                        continue;
                    }
                }
                RInstr::Call { dst, func, n } => {
                    if let Value::Function(fun) = r!(func) {
                        // SAFETY: the translator keeps a call's arguments inside the slab.
                        let args = unsafe {
                            f.regs
                                .get_unchecked(func as usize + 1..(func + 1 + n) as usize)
                        };
                        if self.enter_plain(fun, args, dst) {
                            switch_frame!();
                            continue;
                        }
                        let fun = fun.clone();
                        let v = self.call_plain(
                            &fun,
                            &f.regs[func as usize + 1..(func + 1 + n) as usize],
                        )?;
                        w!(dst, v);
                        continue;
                    }
                    if let Value::Type(t) = r!(func) {
                        // SAFETY: as above.
                        let args = unsafe {
                            f.regs
                                .get_unchecked(func as usize + 1..(func + 1 + n) as usize)
                        };
                        // `range(...)` heads most `for` loops.
                        if Rc::ptr_eq(t, &self.types.range) {
                            let v = crate::builtins::make_range(self, args)?;
                            w!(dst, v);
                            continue;
                        }
                        if self.enter_init(&t.clone(), args, dst)? {
                            switch_frame!();
                            continue;
                        }
                    }
                    // A builtin function (`len(x)`); a builtin type's method called through
                    // its class without a receiver takes the general path, which raises.
                    if let Value::Builtin(b) = r!(func) {
                        if b.bound.is_none() && (b.owner.is_none() || n > 0) {
                            let native = b.func;
                            let args = &f.regs[func as usize + 1..(func + 1 + n) as usize];
                            let v = native(self, args, &[])?;
                            w!(dst, v);
                            continue;
                        }
                    }
                }
                RInstr::CallMethod { dst, func, n } => {
                    let receiver_present = !matches!(r!(func + 1), Value::Undef);
                    if let (Value::Function(fun), true) = (r!(func), receiver_present) {
                        // SAFETY: the translator keeps a call's arguments inside the slab.
                        let args = unsafe {
                            f.regs
                                .get_unchecked(func as usize + 1..(func + 2 + n) as usize)
                        };
                        if self.enter_plain(fun, args, dst) {
                            switch_frame!();
                            continue;
                        }
                        let fun = fun.clone();
                        let v = self.call_plain(
                            &fun,
                            &f.regs[func as usize + 1..(func + 2 + n) as usize],
                        )?;
                        w!(dst, v);
                        continue;
                    }
                    // A builtin type's method with its receiver (`lst.append(x)`).
                    if let (Value::Builtin(b), true) = (r!(func), receiver_present) {
                        if b.bound.is_none() {
                            let native = b.func;
                            let args = &f.regs[func as usize + 1..(func + 2 + n) as usize];
                            let v = native(self, args, &[])?;
                            w!(dst, v);
                            continue;
                        }
                    }
                }
                RInstr::Return { src } => {
                    let slot = unsafe { f.regs.get_unchecked_mut(src as usize) };
                    // SAFETY: the value moves out; `Undef` (no destructor) takes its place.
                    let v = unsafe { Value::read_halves(slot) };
                    unsafe { std::ptr::write(slot, Value::Undef) };
                    if self.nested.len() > base {
                        if let Some(dst) = self.leave_plain() {
                            switch_frame!();
                            w!(dst, v);
                            continue;
                        }
                        if let Some((dst, inst)) = self.leave_init(&v) {
                            switch_frame!();
                            w!(dst, inst);
                            continue;
                        }
                        if let Some(dst) = self.leave_binary(&v) {
                            switch_frame!();
                            w!(dst, v);
                            continue;
                        }
                        let d = self.leave_with(Exit::Return(v))?;
                        switch_frame!();
                        match d {
                            Deliver::Value(dst, v) => w!(dst, v),
                            Deliver::Jump(target) => {
                                ip = target as usize;
                                *pc = ip
                            }
                        }
                        continue;
                    }
                    f.pc = *pc;
                    return Ok(Some(Exit::Return(v)));
                }
                RInstr::Yield { dst, src } => {
                    if self.yield_to_loop(root, root_pc, base, dst, src) {
                        switch_frame!();
                        continue;
                    }
                }
                RInstr::GetItem { dst, obj, key } => {
                    if let Some(v) = list_get_fast(r!(obj), r!(key)) {
                        if record {
                            note_bits(unit, ip - 1, crate::regcode::list_item_bits(&v));
                        }
                        w!(dst, v);
                        continue;
                    }
                    if record {
                        note_bits(unit, ip - 1, crate::regcode::FB_OTHER);
                    }
                }
                RInstr::SetItem { obj, key, src } => {
                    if record {
                        note_bits(
                            unit,
                            ip - 1,
                            crate::regcode::subscript_bits(r!(obj), r!(key)),
                        );
                    }
                    if list_set_fast(r!(obj), r!(key), r!(src).clone()).is_ok() {
                        continue;
                    }
                }
                RInstr::Jump { target } => {
                    if (target as usize) < ip {
                        // Checked before the jump, so a KeyboardInterrupt is raised at it.
                        self.back_edge(&f.unit)?;
                        {
                            ip = target as usize;
                            *pc = ip
                        };
                        if f.unit.jitted.get().is_some() {
                            return Ok(None);
                        }
                        continue;
                    }
                }
                _ => {}
            }
            // A copy of the pc: in an entered frame `pc` points into the frame itself.
            let mut at = ip;
            let step = self.exec_one(f, *instr, consts, &mut at);
            ip = at;
            *pc = at;
            if let Some(exit) = step? {
                if self.nested.len() > base {
                    let d = self.leave_with(exit)?;
                    switch_frame!();
                    match d {
                        Deliver::Value(dst, v) => w!(dst, v),
                        Deliver::Jump(target) => {
                            ip = target as usize;
                            *pc = ip
                        }
                    }
                    continue;
                }
                return Ok(Some(exit));
            }
        }
    }

    /// Executes one register instruction (the interpreter's loop body; the JIT calls it for
    /// instructions it does not compile inline). `pc` already points past `instr`. Returns the
    /// frame's exit when the instruction ends the run.
    #[inline(never)]
    pub(crate) fn exec_one(
        &mut self,
        f: &mut Frame,
        instr: RInstr,
        consts: &[Value],
        pc: &mut usize,
    ) -> PyResult<Option<Exit>> {
        // SAFETY: register operands come from the translator, which names only registers below
        // `nregs` (the slab's length) for code the verifier accepted.
        macro_rules! r {
            ($reg:expr) => {
                *unsafe { f.regs.get_unchecked($reg as usize) }
            };
        }
        macro_rules! w {
            ($reg:expr) => {
                *unsafe { f.regs.get_unchecked_mut($reg as usize) }
            };
        }
        {
            match instr {
                RInstr::Nop => {}
                RInstr::Move { dst, src } => w!(dst) = r!(src).clone(),
                RInstr::LoadConst { dst, k } => w!(dst) = consts[k as usize].clone(),
                RInstr::LoadFastChecked { dst, src } => {
                    if let Value::Undef = r!(src) {
                        let name = &f.unit.code.varnames[src as usize];
                        return Err(self.err(
                            "UnboundLocalError",
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                    }
                    w!(dst) = r!(src).clone();
                }
                RInstr::DeleteFast { reg } => {
                    if let Value::Undef = r!(reg) {
                        let name = &f.unit.code.varnames[reg as usize];
                        return Err(self.err(
                            "UnboundLocalError",
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                    }
                    w!(reg) = Value::Undef;
                }
                RInstr::BinaryOp { op, dst, a, b } => {
                    let v = match binary_fast(op, &r!(a), &r!(b)) {
                        Some(v) => v,
                        None => self.binary_op(op, &r!(a), &r!(b))?,
                    };
                    w!(dst) = v;
                }
                RInstr::Compare { op, dst, a, b } => {
                    let v = match compare_fast(op, &r!(a), &r!(b)) {
                        Some(x) => Value::Bool(x),
                        None => self.compare(op, &r!(a), &r!(b))?,
                    };
                    w!(dst) = v;
                }
                RInstr::CompareJump {
                    op,
                    a,
                    b,
                    target,
                    when,
                } => {
                    let truth = match compare_fast(op, &r!(a), &r!(b)) {
                        Some(x) => x,
                        None => {
                            let v = self.compare(op, &r!(a), &r!(b))?;
                            self.truthy(&v)?
                        }
                    };
                    if truth == when {
                        *pc = target as usize;
                    }
                }
                RInstr::Jump { target } => {
                    if (target as usize) < *pc {
                        self.back_edge(&f.unit)?;
                    }
                    *pc = target as usize;
                }
                RInstr::JumpIfFalse { cond, target } => {
                    let truth = match &r!(cond) {
                        Value::Bool(b) => *b,
                        other => self.truthy(other)?,
                    };
                    if !truth {
                        *pc = target as usize;
                    }
                }
                RInstr::JumpIfTrue { cond, target } => {
                    let truth = match &r!(cond) {
                        Value::Bool(b) => *b,
                        other => self.truthy(other)?,
                    };
                    if truth {
                        *pc = target as usize;
                    }
                }
                RInstr::UnaryOp { op, dst, src } => {
                    let v = self.unary_op(op, &r!(src))?;
                    w!(dst) = v;
                }
                RInstr::ForIter { iter, dst, target } => {
                    let next = match for_iter_fast(&r!(iter)) {
                        Some(next) => next,
                        None => {
                            let it = r!(iter).clone();
                            self.next(&it)?
                        }
                    };
                    match next {
                        Some(v) => w!(dst) = v,
                        None => *pc = target as usize,
                    }
                }
                RInstr::GetIter { dst, src } => {
                    let v = self.get_iter(&r!(src))?;
                    w!(dst) = v;
                }
                RInstr::LoadGlobal { dst, name } => {
                    let v = self.load_global(f, name)?;
                    w!(dst) = v;
                }
                RInstr::StoreGlobal { src, name } => {
                    let key = Value::Str(f.unit.names[name as usize].clone());
                    let v = r!(src).clone();
                    self.dict_set(&f.globals, key, v)?;
                }
                RInstr::DeleteGlobal { name } => {
                    let key = f.unit.names[name as usize].clone();
                    if f.globals.remove_str(key.as_str()).is_none() {
                        return Err(self.name_error(key.as_str()));
                    }
                }
                RInstr::LoadName { dst, name } => {
                    let key = f.unit.names[name as usize].clone();
                    let local = f.locals.as_ref().and_then(|l| l.get_str(key.as_str()));
                    let v = match local.or_else(|| f.globals.get_str(key.as_str())) {
                        Some(v) => v,
                        None => match self.builtins.get_str(key.as_str()) {
                            Some(v) => v,
                            None => return Err(self.name_error(key.as_str())),
                        },
                    };
                    w!(dst) = v;
                }
                RInstr::StoreName { src, name } => {
                    let key = Value::Str(f.unit.names[name as usize].clone());
                    let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    let v = r!(src).clone();
                    self.dict_set(&target, key, v)?;
                }
                RInstr::DeleteName { name } => {
                    let key = f.unit.names[name as usize].clone();
                    let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    if target.remove_str(key.as_str()).is_none() {
                        return Err(self.name_error(key.as_str()));
                    }
                }
                RInstr::LoadDeref { dst, idx } => {
                    let v = f.cells[idx as usize].value.borrow().clone();
                    if let Value::Undef = v {
                        return Err(self.unbound_deref(&f.unit, idx));
                    }
                    w!(dst) = v;
                }
                RInstr::StoreDeref { src, idx } => {
                    let v = r!(src).clone();
                    let old = f.cells[idx as usize].value.replace(v);
                    drop(old);
                }
                RInstr::DeleteDeref { idx } => {
                    let old = f.cells[idx as usize].value.replace(Value::Undef);
                    if let Value::Undef = old {
                        return Err(self.unbound_deref(&f.unit, idx));
                    }
                }
                RInstr::LoadClosure { dst, idx } => {
                    w!(dst) = Value::Cell(f.cells[idx as usize].clone())
                }
                RInstr::LoadAttr { dst, obj, name } => {
                    let unit = &f.unit;
                    let v = match self.ic_load_attr(unit, name, &r!(obj)) {
                        Some(v) => v,
                        None => {
                            let v = self.get_attr(&r!(obj), &unit.names[name as usize])?;
                            self.ic_fill(unit, name, &r!(obj));
                            v
                        }
                    };
                    w!(dst) = v;
                }
                RInstr::StoreAttr { obj, name, src } => {
                    let v = r!(src).clone();
                    let unit = &f.unit;
                    if let Err(v) = self.ic_store_attr(unit, name, &r!(obj), v) {
                        self.set_attr(&r!(obj), &unit.names[name as usize], v)?;
                        self.ic_fill(unit, name, &r!(obj));
                    }
                }
                RInstr::DeleteAttr { obj, name } => {
                    let key = f.unit.names[name as usize].clone();
                    let o = r!(obj).clone();
                    self.del_attr(&o, &key)?;
                }
                RInstr::GetItem { dst, obj, key } => {
                    let v = match list_get_fast(&r!(obj), &r!(key)) {
                        Some(v) => v,
                        None => self.get_item(&r!(obj), &r!(key))?,
                    };
                    w!(dst) = v;
                }
                RInstr::SetItem { obj, key, src } => {
                    if let Err(v) = list_set_fast(&r!(obj), &r!(key), r!(src).clone()) {
                        let (o, k) = (r!(obj).clone(), r!(key).clone());
                        self.set_item(&o, k, v)?;
                    }
                }
                RInstr::DeleteItem { obj, key } => {
                    let (o, k) = (r!(obj).clone(), r!(key).clone());
                    self.del_item(&o, &k)?;
                }
                RInstr::BuildSlice { dst, start, n } => {
                    let step = if n == 3 {
                        r!(start + 2).clone()
                    } else {
                        Value::None
                    };
                    let s = crate::value::PySlice {
                        start: r!(start).clone(),
                        stop: r!(start + 1).clone(),
                        step,
                    };
                    w!(dst) = Value::Slice(Rc::new(s));
                }
                RInstr::Build {
                    kind,
                    dst,
                    start,
                    n,
                } => {
                    let (s, e) = (start as usize, (start + n) as usize);
                    let v = match kind {
                        BuildKind::Tuple => Value::tuple(f.regs[s..e].to_vec()),
                        BuildKind::List => Value::list(f.regs[s..e].to_vec()),
                        BuildKind::Set => self.new_set(&f.regs[s..e])?,
                        BuildKind::Map => {
                            let d = Rc::new(PyDict::new());
                            crate::gc::track_dict(&d);
                            for pair in f.regs[s..(start + 2 * n) as usize].chunks(2) {
                                self.dict_set(&d, pair[0].clone(), pair[1].clone())?;
                            }
                            Value::Dict(d)
                        }
                        BuildKind::String => {
                            let mut out = String::new();
                            for piece in &f.regs[s..e] {
                                out.push_str(piece.as_str().unwrap_or(""));
                            }
                            Value::str(out)
                        }
                    };
                    w!(dst) = v;
                }
                RInstr::FormatValue { dst, src, flags } => {
                    let v = r!(src).clone();
                    let v = match flags & 3 {
                        1 => Value::str(self.str(&v)?),
                        2 => Value::str(self.repr(&v)?),
                        3 => Value::str(self.ascii(&v)?),
                        _ => v,
                    };
                    let spec = if flags & 4 != 0 {
                        r!(src + 1).as_str().unwrap_or("").to_string()
                    } else {
                        String::new()
                    };
                    w!(dst) = Value::str(self.format(&v, &spec)?);
                }
                RInstr::ListAppend { list, item } => {
                    if let Value::List(l) = &r!(list) {
                        l.borrow_mut().push(r!(item).clone());
                    }
                }
                RInstr::SetAdd { set, item } => {
                    let (s, i) = (r!(set).clone(), r!(item).clone());
                    self.set_add(&s, i)?;
                }
                RInstr::MapAdd { map, key, value } => {
                    if let Value::Dict(d) = r!(map).clone() {
                        let (k, v) = (r!(key).clone(), r!(value).clone());
                        self.dict_set(&d, k, v)?;
                    }
                }
                RInstr::ListExtend { list, src } => {
                    let items = self.star_items(&r!(src))?;
                    if let Value::List(l) = &r!(list) {
                        l.borrow_mut().extend(items);
                    }
                }
                RInstr::SetUpdate { set, src } => {
                    let (s, src) = (r!(set).clone(), r!(src).clone());
                    self.set_update_op(&s, &src)?;
                }
                RInstr::DictUpdate { map, src } => {
                    let (m, s) = (r!(map).clone(), r!(src).clone());
                    self.dict_update(&m, &s)?;
                }
                RInstr::ListToTuple { dst, src } => {
                    let items = match &r!(src) {
                        Value::List(l) => l.borrow().clone(),
                        _ => Vec::new(),
                    };
                    w!(dst) = Value::tuple(items);
                }
                RInstr::Unpack { src, dst, n } => {
                    if let Value::Tuple(t) = &r!(src) {
                        if t.len() == n as usize {
                            let t = t.clone();
                            for (i, v) in t.iter().enumerate() {
                                w!(dst + n - 1 - i as u32) = v.clone();
                            }
                            return Ok(None);
                        }
                    }
                    let items = self.unpack(&r!(src), n as usize)?;
                    for (i, v) in items.into_iter().enumerate() {
                        w!(dst + n - 1 - i as u32) = v;
                    }
                }
                RInstr::UnpackEx {
                    start,
                    before,
                    after,
                } => {
                    let items = self.unpack_ex(&r!(start), before as usize, after as usize)?;
                    let m = items.len() as u32;
                    for (i, v) in items.into_iter().enumerate() {
                        w!(start + m - 1 - i as u32) = v;
                    }
                }
                RInstr::Call { dst, func, n } => {
                    let (s, e) = (func as usize + 1, (func + 1 + n) as usize);
                    let v = match &f.regs[func as usize] {
                        Value::Function(fun) => {
                            let fun = fun.clone();
                            self.call_plain(&fun, &f.regs[s..e])?
                        }
                        callee => {
                            let callee = callee.clone();
                            self.call(&callee, &f.regs[s..e], &[])?
                        }
                    };
                    w!(dst) = v;
                }
                RInstr::LoadMethod { slot, obj, name } => {
                    if let Some(method) = self.ic_load_method(&f.unit, name, &r!(obj)) {
                        w!(slot + 1) = r!(obj).clone();
                        w!(slot) = method;
                    } else if let Some(attr) = matches!(r!(obj), Value::Module(_))
                        .then(|| self.ic_load_attr(&f.unit, name, &r!(obj)))
                        .flatten()
                    {
                        w!(slot) = attr;
                        w!(slot + 1) = Value::Undef;
                    } else {
                        let obj = r!(obj).clone();
                        let unit = &f.unit;
                        let (method, receiver) =
                            self.load_method(obj, &unit.names[name as usize])?;
                        match (&method, &receiver) {
                            (_, Value::Undef) => {}
                            (Value::Builtin(_), _) => {
                                self.ic_fill_builtin_method(unit, name, &receiver)
                            }
                            _ => self.ic_fill(unit, name, &receiver),
                        }
                        w!(slot) = method;
                        w!(slot + 1) = receiver;
                    }
                }
                RInstr::CallMethod { dst, func, n } => {
                    let bound = matches!(r!(func + 1), Value::Undef);
                    let start = if bound {
                        func as usize + 2
                    } else {
                        func as usize + 1
                    };
                    let args = &f.regs[start..(func + 2 + n) as usize];
                    let v = match &f.regs[func as usize] {
                        Value::Function(fun) => {
                            let fun = fun.clone();
                            self.call_plain(&fun, args)?
                        }
                        // With a receiver from LoadMethod; an unbound builtin reached through its
                        // class (`list.append(x)`) goes through `call`, which checks its arguments.
                        Value::Builtin(b) if b.bound.is_none() && !bound => {
                            let native = b.func;
                            native(self, args, &[])?
                        }
                        callee => {
                            let callee = callee.clone();
                            self.call(&callee, args, &[])?
                        }
                    };
                    w!(dst) = v;
                }
                RInstr::CallKw { dst, func, n } => {
                    let callee = r!(func).clone();
                    let (s, e) = (func as usize + 1, (func + 1 + n) as usize);
                    let names = match &r!(func + 1 + n) {
                        Value::Tuple(t) => t.clone(),
                        _ => Rc::new(Vec::new()),
                    };
                    if names.len() > n as usize {
                        // Only a crafted .pyc names more keywords than it passes arguments.
                        return Err(self.err(
                            "SystemError",
                            "CallKw with more keyword names than arguments",
                        ));
                    }
                    let v = self.call(&callee, &f.regs[s..e], &names)?;
                    w!(dst) = v;
                }
                RInstr::CallEx { dst, func, kwargs } => {
                    let callee = r!(func).clone();
                    let args = self.star_args(&callee, &r!(func + 1))?;
                    let v = if kwargs {
                        let kw = r!(func + 2).clone();
                        self.call_with_kwargs_dict(&callee, args, &kw)?
                    } else {
                        self.call(&callee, &args, &[])?
                    };
                    w!(dst) = v;
                }
                RInstr::MakeFunction { dst, start, flags } => {
                    let v = self.make_function(f, start, flags)?;
                    w!(dst) = v;
                }
                RInstr::Return { src } => {
                    f.pc = *pc;
                    return Ok(Some(Exit::Return(std::mem::take(&mut w!(src)))));
                }
                RInstr::Yield { dst, src } => {
                    f.pc = *pc;
                    f.resume_dst = Some(dst);
                    return Ok(Some(Exit::Yield(std::mem::take(&mut w!(src)))));
                }
                RInstr::YieldFrom { dst, src } => {
                    if !matches!(r!(src), Value::Iterator(_) | Value::Generator(_)) {
                        let it = self.get_iter(&r!(src))?;
                        w!(src) = it;
                    }
                    let it = r!(src).clone();
                    match self.next_or_return(&it)? {
                        Ok(v) => {
                            // Come back to this instruction for the next item.
                            *pc -= 1;
                            f.pc = *pc;
                            f.resume_dst = None;
                            return Ok(Some(Exit::Yield(v)));
                        }
                        Err(result) => w!(dst) = result,
                    }
                }
                RInstr::Raise { start, n } => return Err(self.raise(f, start, n)),
                RInstr::Reraise { src } => {
                    return Err(match &r!(src) {
                        Value::Instance(i) => PyErr { exc: i.clone() },
                        _ => self.err("RuntimeError", "No active exception to reraise"),
                    })
                }
                RInstr::PushExcInfo { slot } => {
                    let exc = std::mem::take(&mut w!(slot));
                    w!(slot + 1) = exc.clone();
                    w!(slot) = std::mem::replace(&mut self.handled, exc);
                }
                RInstr::PopExcept { prev } => self.handled = std::mem::take(&mut w!(prev)),
                RInstr::CheckExcMatch { dst, exc, ty } => {
                    let m = self.exception_matches(&r!(exc), &r!(ty))?;
                    w!(dst) = Value::Bool(m);
                }
                RInstr::LoadAssertionError { dst } => {
                    w!(dst) = Value::Type(self.types.exceptions["AssertionError"].clone())
                }
                RInstr::LoadBuildClass { dst } => {
                    w!(dst) = self
                        .builtins
                        .get_str("__build_class__")
                        .unwrap_or(Value::None)
                }
                RInstr::ImportName { dst, start, name } => {
                    let module = f.unit.names[name as usize].clone();
                    let (fromlist, level) = (r!(start + 1).clone(), r!(start).clone());
                    let globals = f.globals.clone();
                    let v = self.import_name(module.as_str(), &fromlist, &level, &globals)?;
                    w!(dst) = v;
                }
                RInstr::ImportFrom { dst, module, name } => {
                    let key = f.unit.names[name as usize].clone();
                    let m = r!(module).clone();
                    let v = self.import_from(&m, &key)?;
                    w!(dst) = v;
                }
                RInstr::ImportStar { module } => {
                    let m = r!(module).clone();
                    let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    self.import_star(&m, &target)?;
                }
                RInstr::PrintExpr { src } => {
                    let v = r!(src).clone();
                    if !v.is_none() {
                        let text = self.repr(&v)?;
                        self.write_out(&text)?;
                        self.write_out("\n")?;
                        self.builtins.set_str("_", v);
                    }
                }
                RInstr::BeforeWith { slot } => {
                    let mgr = r!(slot).clone();
                    let (exit, value) = self.enter_context(&mgr)?;
                    w!(slot) = exit;
                    w!(slot + 1) = value;
                }
                RInstr::WithExceptStart { base } => {
                    let exit = r!(base).clone();
                    let exc = r!(base + 2).clone();
                    let ty = self.type_of(&exc);
                    let tb = match &exc {
                        Value::Instance(i) => self.traceback_value(i),
                        _ => Value::None,
                    };
                    let v = self.call(&exit, &[Value::Type(ty), exc, tb], &[])?;
                    w!(base + 3) = v;
                }
            }
        }
        Ok(None)
    }

    /// A global (then builtin) by name, through the code unit's cache: an entry stays valid while
    /// neither the globals dict nor the builtins dict changed (their version tags).
    #[inline(always)]
    pub(crate) fn load_global(&mut self, f: &Frame, name: u32) -> PyResult<Value> {
        let globals_id = Rc::as_ptr(&f.globals) as usize;
        {
            let cache = f.unit.global_cache.borrow();
            if let Some(Some(e)) = cache.get(name as usize) {
                if e.0 == globals_id
                    && e.1 == f.globals.version.get()
                    && e.2 == self.builtins.version.get()
                {
                    return Ok(e.3.clone());
                }
            }
        }
        self.load_global_slow(f, name)
    }

    /// `load_global` past its cache: looks the name up and fills the cache entry.
    #[inline(never)]
    fn load_global_slow(&mut self, f: &Frame, name: u32) -> PyResult<Value> {
        let key = &f.unit.names[name as usize];
        let globals_id = Rc::as_ptr(&f.globals) as usize;
        let versions = (f.globals.version.get(), self.builtins.version.get());
        let k = StrKey {
            hash: key.hash(),
            key: key.as_str(),
        };
        let found = f.globals.map.borrow().get(&k).cloned();
        let v = match found {
            Some(v) => v,
            None => match self.builtins.map.borrow().get(&k).cloned() {
                Some(v) => v,
                None => return Err(self.name_error(key.as_str())),
            },
        };
        let mut cache = f.unit.global_cache.borrow_mut();
        if let Some(slot) = cache.get_mut(name as usize) {
            *slot = Some((globals_id, versions.0, versions.1, v.clone()));
        }
        Ok(v)
    }

    fn unbound_deref(&self, unit: &CodeUnit, idx: u32) -> PyErr {
        let code = &unit.code;
        let name = code.deref_name(idx as usize).unwrap_or("?");
        if (idx as usize) < code.cellvars.len() {
            self.err(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            self.err(
                "NameError",
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    /// `raise`, `raise X`, `raise X from Y`.
    fn raise(&mut self, f: &Frame, start: Reg, n: u32) -> PyErr {
        if n == 0 {
            return match &self.handled {
                Value::Instance(i) => PyErr { exc: i.clone() },
                _ => self.err("RuntimeError", "No active exception to reraise"),
            };
        }
        let exc = f.regs[start as usize].clone();
        let err = match self.make_raisable(exc) {
            Ok(e) => e,
            Err(e) => return e,
        };
        self.prepare_explicit_raise(&err);
        if n == 2 {
            let cause = f.regs[start as usize + 1].clone();
            let cause = match cause {
                Value::None => Value::None,
                other => match self.make_raisable(other) {
                    Ok(c) => c.value(),
                    Err(_) => {
                        return self.type_error("exception causes must derive from BaseException")
                    }
                },
            };
            err.exc.exc_state(|s| {
                s.cause = cause;
                s.suppress_context = true;
            });
        }
        err
    }

    /// Builds a function from `MakeFunction`'s operands.
    fn make_function(&mut self, f: &Frame, start: Reg, flags: u32) -> PyResult<Value> {
        let mut i = start as usize;
        let mut take = |present: bool| {
            present.then(|| {
                i += 1;
                f.regs[i - 1].clone()
            })
        };
        let defaults = take(flags & 1 != 0);
        let kwdefaults = take(flags & 2 != 0);
        let closure = take(flags & 8 != 0);
        let code = take(true).unwrap_or_default();
        let Value::Code(unit) = code else {
            return Err(self.err("SystemError", "MakeFunction without code"));
        };
        let defaults = match defaults {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let kwdefaults = match kwdefaults {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        };
        let closure = match closure {
            Some(Value::Tuple(t)) => t
                .iter()
                .filter_map(|c| match c {
                    Value::Cell(c) => Some(c.clone()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        if closure.len() != unit.code.freevars.len() {
            // The compiler passes one cell per free variable; a crafted .pyc might not.
            return Err(self.err(
                "SystemError",
                "MakeFunction with a closure that does not match the free variables",
            ));
        }
        let module = f.globals.get_str("__name__").unwrap_or(Value::None);
        let fun = PyFunction {
            name: RefCell::new(unit.code.name.clone()),
            qualname: RefCell::new(unit.code.qualname.clone()),
            code: unit,
            globals: f.globals.clone(),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            dict: RefCell::new(None),
            module,
        };
        Ok(crate::gc::track_function(Rc::new(fun)))
    }

    /// Counts a loop back-edge toward tier-up, and raises a pending `KeyboardInterrupt`.
    #[inline(always)]
    fn back_edge(&mut self, unit: &Rc<CodeUnit>) -> PyResult<()> {
        self.check_signals()?;
        let h = unit.hotness.get().wrapping_add(1);
        unit.hotness.set(h);
        if h == self.options.jit_threshold && self.options.jit != crate::JitMode::Off {
            self.tier_up(unit);
        }
        Ok(())
    }

    /// Hands a hot code unit to the JIT, if one is installed.
    pub(crate) fn tier_up(&mut self, unit: &Rc<CodeUnit>) {
        if unit.jit_failed.get() || unit.jitted.get().is_some() {
            return;
        }
        if let Some(mut tier) = self.tier.take() {
            tier.compile(self, unit);
            self.tier = Some(tier);
        }
    }
}

/// The comparison operator of a `Compare` operand.
pub(crate) fn compare_operator(op: u8) -> CompareOperator {
    CompareOperator::decode(u32::from(op)).unwrap_or(CompareOperator::Eq)
}
