//! Calls without recursion: the dispatch loop runs a plain Python function's frame itself.
//!
//! A call of a plain function (`CodeUnit::plain`: positional parameters only, no cells, not a
//! generator) that has no native code pushes the callee's frame, boxed, on `Vm::nested` and the
//! dispatch loop continues in it; its `Return` pops it and writes the value into the caller's
//! destination register. No Rust frame is entered, so a Python call costs a frame set-up, not
//! three nested Rust calls (`call_plain`, `run_plain_frame`, `dispatch`) and their result copies.
//!
//! Everything unusual leaves this path for the general one, which stays the reference: when an
//! entered frame raises, or its loop is to continue in native code, `Vm::dispatch` pops it and
//! finishes it with `frame_loop` (handlers, tracebacks, on-stack replacement), then delivers its
//! result (or its exception) to the caller, exactly as a recursive call would have.

use crate::exceptions::PyResult;
use crate::interp::{Exit, Frame};
use crate::regcode::Reg;
use crate::value::{PyFunction, Value};
use crate::Vm;
use std::rc::Rc;

/// Empties a finished frame's registers, keeping the buffer: only the first `live` may hold
/// heap values (the rest are constant registers).
#[inline(always)]
fn clear_slab(regs: &mut Vec<Value>, live: usize) {
    let live = live.min(regs.len());
    for v in &mut regs[..live] {
        if v.is_heap() {
            crate::interp::drop_heap(v);
        }
    }
    // SAFETY: every remaining element is an inline value (no destructor to skip).
    unsafe { regs.set_len(0) };
}

/// `v.push(x)`, inlined: std's `push` went through an out-of-line `push_mut`, a call on every
/// frame entry and exit.
#[inline(always)]
pub(crate) fn push_inline<T>(v: &mut Vec<T>, x: T) {
    if v.len() == v.capacity() {
        v.reserve(1);
    }
    // SAFETY: the capacity exceeds the length (checked above); the length covers the element
    // only once it is written.
    unsafe {
        v.as_mut_ptr().add(v.len()).write(x);
        v.set_len(v.len() + 1);
    }
}

/// One answer of `Vm::binop_method`: for instances of the class at `owner` and operator `op`,
/// the Python method `enter_binary` may enter (`Undef`: none), at a type epoch.
#[derive(Default)]
pub(crate) struct BinopEntry {
    owner: usize,
    op: u8,
    epoch: u64,
    method: Value,
    /// Keeps the class alive, so that its address cannot name another class.
    _keep: Value,
}

/// A direct-mapped cache of `BinopEntry`s: an operator on instances (`v1 + v2` of a vector
/// class) asked for the class's dunder by name on every evaluation (hashing the name, two
/// lookups for an in-place operator).
pub(crate) struct BinopCache(Box<[BinopEntry; 64]>);

impl Default for BinopCache {
    fn default() -> Self {
        BinopCache(Box::new(std::array::from_fn(|_| BinopEntry::default())))
    }
}

/// A frame entered by the dispatch loop, and where its result goes.
pub(crate) struct Nested {
    frame: Box<Frame>,
    /// The caller's register that receives the return value.
    dst: Reg,
    /// What the call gives the caller once the frame returns.
    then: Then,
}

/// What an entered frame's call gives its caller.
pub(crate) enum Then {
    /// The return value.
    Value,
    /// The new instance of a class call whose `__init__` this is (which must return `None`).
    Init(Value),
    /// The result of the binary operator whose left operand's method this is; on
    /// `NotImplemented` the operator goes on with the right operand's reflected method.
    /// (Boxed: the variants stay small, so pushing and popping frames moves few bytes.)
    Binary(Box<(u8, Value, Value)>),
    /// The next item for a `for` loop over this generator (the frame is the generator's, and
    /// goes back to it when it yields); when it finishes, the loop jumps to `target`.
    GenNext {
        gen: Rc<crate::generator::PyGenerator>,
        target: u32,
    },
}

/// How the caller of a finished (or suspended) entered frame goes on.
pub(crate) enum Deliver {
    /// Write the value into the destination register.
    Value(Reg, Value),
    /// A `for` loop's generator finished: continue at the loop's exit.
    Jump(u32),
}

impl Vm {
    /// The running frame of a dispatch loop that started at `root`: the innermost frame it
    /// entered, else the root; and where that frame's pc is kept.
    #[inline(always)]
    pub(crate) fn current_frame(
        &mut self,
        root: *mut Frame,
        root_pc: *mut usize,
        base: usize,
    ) -> (*mut Frame, *mut usize) {
        if self.nested.len() > base {
            let top = self.nested.last_mut().expect("nested frame");
            let fp: *mut Frame = &mut *top.frame;
            // SAFETY: `fp` points into a live box; only the field's address is taken.
            (fp, unsafe { std::ptr::addr_of_mut!((*fp).pc) })
        } else {
            (root, root_pc)
        }
    }

    /// Enters a call of `fun` with `args` if it can run without recursion (see the module
    /// docs); `false` leaves the call to `call_plain`, which also raises any error.
    #[inline(always)]
    pub(crate) fn enter_plain(&mut self, fun: &Rc<PyFunction>, args: &[Value], dst: Reg) -> bool {
        if !self.can_enter(fun, args.len()) {
            return false;
        }
        self.enter(fun, Then::Value, args, dst);
        true
    }

    /// Whether a call of `fun` with `nargs` positional arguments can be entered. With a JIT,
    /// the call counts toward tier-up as `call_plain`'s would; code with native code is
    /// entered natively by `call_plain` instead.
    #[inline(always)]
    fn can_enter(&mut self, fun: &PyFunction, nargs: usize) -> bool {
        let unit = &fun.code;
        unit.plain
            && nargs == unit.code.argcount as usize
            && self.depth + 1 < self.recursion_limit
            && !crate::signals::pending()
            && unit.jitted.get().is_none()
            && (self.options.jit == crate::JitMode::Off || self.count_call(unit))
    }

    /// Counts a call for tier-up under `--jit=auto`; `false` when the code was just compiled
    /// (or every call compiles, under `--jit=eager`), so the call goes native.
    #[inline(always)]
    fn count_call(&mut self, unit: &Rc<crate::regcode::CodeUnit>) -> bool {
        if self.options.jit == crate::JitMode::Eager {
            return self.tier_up_entered(unit);
        }
        // The count stops at the threshold: code handed to the JIT (and left to the
        // interpreter, as fib is) then costs a load and a comparison per call, no store.
        let h = unit.hotness.get();
        if h >= self.options.jit_threshold {
            return true;
        }
        unit.hotness.set(h + 1);
        if h + 1 == self.options.jit_threshold {
            return self.tier_up_entered(unit);
        }
        true
    }

    #[cold]
    #[inline(never)]
    fn tier_up_entered(&mut self, unit: &Rc<crate::regcode::CodeUnit>) -> bool {
        if self.options.jit == crate::JitMode::Eager {
            return false;
        }
        self.tier_up(unit);
        unit.jitted.get().is_none()
    }

    /// Pushes the frame of a call of `fun` with `args` (after the new instance, for `__init__`).
    #[inline(always)]
    fn enter(&mut self, fun: &Rc<PyFunction>, then: Then, args: &[Value], dst: Reg) {
        let unit = &fun.code;
        let mut frame = self.pooled_frame(fun);
        match &then {
            Then::Value | Then::Binary(_) | Then::GenNext { .. } => {
                unit.slab_with_args(&mut frame.regs, args)
            }
            Then::Init(inst) => {
                unit.slab_with_args(&mut frame.regs, &[]);
                frame.regs[0] = inst.clone();
                frame.regs[1..=args.len()].clone_from_slice(args);
            }
        }
        self.depth += 1;
        push_inline(&mut self.frame_stack, &*frame as *const Frame);
        self.push_nested(frame, dst, then);
    }

    /// A new frame for a call of `fun`, its registers still empty: a finished frame's box from
    /// the pool when there is one.
    #[inline(always)]
    pub(crate) fn pooled_frame(&mut self, fun: &Rc<PyFunction>) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut frame) => {
                // A finished frame's box: its registers are empty (their buffer kept), and only
                // its code and globals are left from the last call.
                self.frame_serial += 1;
                // Recursion and calls in a loop meet the same code again: no count to change.
                if !Rc::ptr_eq(&frame.unit, &fun.code) {
                    frame.unit = fun.code.clone();
                }
                if !Rc::ptr_eq(&frame.globals, &fun.globals) {
                    frame.globals = fun.globals.clone();
                }
                frame.pc = 0;
                frame.serial = self.frame_serial;
                frame
            }
            None => {
                let regs = self.reg_pool.pop().unwrap_or_default();
                let globals = fun.globals.clone();
                Box::new(self.new_frame(fun.code.clone(), regs, Vec::new(), globals, None))
            }
        }
    }

    /// Pushes an entered frame, field by field into the vector: a `Nested` built on the stack
    /// and copied in was stored in pieces and reloaded whole (a store-forwarding stall on
    /// every call).
    #[inline(always)]
    fn push_nested(&mut self, frame: Box<Frame>, dst: Reg, then: Then) {
        self.nested.reserve(1);
        // SAFETY: `reserve` made room for one more element; all three fields are written
        // before the length covers them.
        unsafe {
            let slot = self.nested.as_mut_ptr().add(self.nested.len());
            std::ptr::addr_of_mut!((*slot).frame).write(frame);
            std::ptr::addr_of_mut!((*slot).dst).write(dst);
            std::ptr::addr_of_mut!((*slot).then).write(then);
            self.nested.set_len(self.nested.len() + 1);
        }
    }

    /// A class call `t(*args)` that can run its `__init__` as an entered frame: a class of
    /// Python code with `object.__new__`, a plain `__init__` taking the arguments, and no
    /// metaclass `__call__`. Creates the instance and enters `__init__`; `Ok(false)` leaves the
    /// call to the general path.
    #[inline(never)]
    pub(crate) fn enter_init(
        &mut self,
        t: &Rc<crate::types::PyType>,
        args: &[Value],
        dst: Reg,
    ) -> PyResult<bool> {
        let Some(Value::Function(init)) = self.plain_init(t) else {
            return Ok(false);
        };
        if !self.can_enter(&init, args.len() + 1) {
            return Ok(false);
        }
        let inst = Rc::new(crate::value::PyInstance::new(t.clone()));
        crate::gc::track_instance(&inst);
        self.enter(&init, Then::Init(Value::Instance(inst)), args, dst);
        Ok(true)
    }

    /// The `__init__` (a Python function) of a class whose instances `enter_init` may make
    /// itself: a class statement's class without a metaclass, with `object.__new__`, no
    /// builtin base, not an exception, no abstract methods. Kept per class for a type epoch,
    /// since every instance creation asks.
    fn plain_init(&self, t: &Rc<crate::types::PyType>) -> Option<Value> {
        let epoch = crate::types::type_epoch();
        if let Some((at, init)) = &*t.plain_init.borrow() {
            if *at == epoch {
                return init.clone();
            }
        }
        let init = self.find_plain_init(t);
        *t.plain_init.borrow_mut() = Some((epoch, init.clone()));
        init
    }

    fn find_plain_init(&self, t: &Rc<crate::types::PyType>) -> Option<Value> {
        if !t.is_heap || t.metaclass.borrow().is_some() || crate::attr_cache::is_exception_class(t)
        {
            return None;
        }
        let builtin_base = t
            .mro_tail
            .borrow()
            .iter()
            .any(|b| !b.is_heap && !Rc::ptr_eq(b, &self.types.object));
        let new = t.lookup_cached(&crate::attr::name_object("__new__"));
        let abstract_ = t.lookup_cached(&crate::attr::name_object("__abstractmethods__"));
        let is_empty_set = |v: &Value| match v {
            Value::FrozenSet(s) | Value::Set(s) => s.items.borrow().is_empty(),
            _ => false,
        };
        if builtin_base
            || !crate::classes::is_object_slot(&new)
            || abstract_.is_some_and(|a| !is_empty_set(&a))
        {
            return None;
        }
        match t.lookup_cached(&crate::attr::name_object("__init__")) {
            Some(init @ Value::Function(_)) => Some(init),
            _ => None,
        }
    }

    /// `a <op> b` for an instance `a` whose class defines the operator's method in Python (a
    /// plain function; for an in-place operator, only when the class has no in-place method):
    /// enters that method's frame. `false` leaves the operator to `binary_op`.
    #[inline(never)]
    pub(crate) fn enter_binary(&mut self, op: u8, a: &Value, b: &Value, dst: Reg) -> bool {
        let Value::Instance(inst) = a else {
            return false;
        };
        if !matches!(&*inst.base_value().borrow(), Value::Undef) {
            return false;
        }
        if let Value::Instance(other) = b {
            // A right operand of a proper subclass may have its reflected method go first.
            let (ca, cb) = (inst.class.borrow(), other.class.borrow());
            if !Rc::ptr_eq(&ca, &cb) && cb.is_subtype(&ca) {
                return false;
            }
        }
        let Some(m) = self.binop_method(inst, op, a) else {
            return false;
        };
        if !self.can_enter(&m, 2) {
            return false;
        }
        let then = Then::Binary(Box::new((op, a.clone(), b.clone())));
        self.enter(&m, then, &[a.clone(), b.clone()], dst);
        true
    }

    /// The Python method of `a`'s class for operator `op` that `enter_binary` may enter: the
    /// operator's dunder when a plain function (for an in-place operator, only when the class
    /// has no in-place method). Cached per class and operator for a type epoch.
    #[inline(always)]
    fn binop_method(
        &mut self,
        inst: &crate::value::PyInstance,
        op: u8,
        a: &Value,
    ) -> Option<Rc<PyFunction>> {
        // SAFETY: as in `attr_cache::entry_for` (the class cell is only written by `__class__`
        // assignment, never during this read of the pointer).
        let class = unsafe { inst.class.try_borrow_unguarded() }.ok()?;
        let owner = Rc::as_ptr(class) as usize;
        let epoch = crate::types::type_epoch();
        let slot = ((owner >> 4) ^ usize::from(op).wrapping_mul(0x9e37)) % 64;
        let e = &self.binop_cache.0[slot];
        if e.owner == owner && e.op == op && e.epoch == epoch {
            return match &e.method {
                Value::Function(m) => Some(m.clone()),
                _ => None,
            };
        }
        let class = class.clone();
        let (bop, inplace) = ferropy_bytecode::BinaryOperator::decode(u32::from(op))?;
        let (name, _, iname) = bop.dunders();
        let method = if inplace && self.lookup_special(a, iname).is_some() {
            Value::Undef
        } else {
            match self.lookup_special(a, name) {
                Some(m @ Value::Function(_)) => m,
                _ => Value::Undef,
            }
        };
        self.binop_cache.0[slot] = BinopEntry {
            owner,
            op,
            epoch,
            method: method.clone(),
            _keep: Value::Type(class),
        };
        match method {
            Value::Function(m) => Some(m),
            _ => None,
        }
    }

    /// `for x in g` over a generator `g` suspended at a plain `yield`: runs its frame as an
    /// entered frame until it yields (the item) or finishes (the loop's end). `false` leaves
    /// it to `Vm::next` (a generator running, finished, in `yield from`, or a coroutine).
    #[inline(never)]
    pub(crate) fn enter_generator(
        &mut self,
        gen: &Rc<crate::generator::PyGenerator>,
        dst: Reg,
        target: u32,
    ) -> bool {
        if gen.kind != 0
            || gen.running.get()
            || self.depth + 1 >= self.recursion_limit
            || self.options.jit == crate::JitMode::Eager
            || crate::signals::pending()
        {
            return false;
        }
        let mut slot = gen.frame.borrow_mut();
        let Some(frame) = slot.as_mut() else {
            return false;
        };
        let at_yield_from = matches!(
            frame.unit.reg_of_running().instrs.get(frame.pc),
            Some(crate::regcode::RInstr::YieldFrom { .. })
        );
        if at_yield_from || frame.throw.is_some() || frame.unit.jitted.get().is_some() {
            return false;
        }
        let mut frame = slot.take().expect("checked above");
        drop(slot);
        if let Some(r) = frame.resume_dst.take() {
            frame.regs[r as usize] = Value::None;
        }
        gen.running.set(true);
        self.depth += 1;
        push_inline(&mut self.frame_stack, &*frame as *const Frame);
        let then = Then::GenNext {
            gen: gen.clone(),
            target,
        };
        self.push_nested(frame, dst, then);
        true
    }

    /// `yield` of `src` in the innermost entered frame when it is a generator's run by a `for`
    /// loop (`enter_generator`): gives the frame back to its generator (to resume at `dst`) and
    /// writes the item straight into the loop's register. Out of line, so the dispatch loop
    /// keeps a small arm; through `exec_one` and `leave_with` the item was wrapped and unwrapped
    /// on the stack (store-forwarding stalls). `false` leaves the `yield` to `exec_one`.
    #[inline(never)]
    pub(crate) fn yield_to_loop(
        &mut self,
        root: *mut Frame,
        root_pc: *mut usize,
        base: usize,
        dst: Reg,
        src: Reg,
    ) -> bool {
        if self.nested.len() <= base
            || !matches!(self.nested.last(), Some(n) if matches!(n.then, Then::GenNext { .. }))
        {
            return false;
        }
        let Nested {
            mut frame,
            dst: item_dst,
            then,
        } = self.nested.pop().expect("checked above");
        let Then::GenNext { gen, .. } = then else {
            unreachable!("checked above")
        };
        frame.resume_dst = Some(dst);
        let item = std::mem::take(&mut frame.regs[src as usize]);
        gen.running.set(false);
        self.frame_stack.pop();
        self.depth -= 1;
        *gen.frame.borrow_mut() = Some(frame);
        let (caller, _) = self.current_frame(root, root_pc, base);
        // SAFETY: the caller's frame is live (an entered frame's box or the root), and no other
        // reference to its registers is held here.
        let regs = unsafe { &mut (*caller).regs };
        regs[item_dst as usize] = item;
        true
    }

    /// Pops the innermost entered frame after its `Return` when it is a plain call's (the
    /// common case, kept small): the caller's destination register.
    #[inline(always)]
    pub(crate) fn leave_plain(&mut self) -> Option<Reg> {
        if !matches!(self.nested.last()?.then, Then::Value) {
            return None;
        }
        let Nested { frame, dst, then } = self.nested.pop()?;
        // `Then::Value` owns nothing.
        std::mem::forget(then);
        self.release(frame);
        Some(dst)
    }

    /// Pops the innermost entered frame after its `Return` of `None` when it is the `__init__`
    /// of a class call (`enter_init`): the caller's destination register and the new instance.
    /// (Through `leave_with`, the return value was wrapped on the stack in pieces and read back
    /// whole: a store-forwarding stall on every instance creation.)
    #[inline(always)]
    pub(crate) fn leave_init(&mut self, returned: &Value) -> Option<(Reg, Value)> {
        if !returned.is_none() || !matches!(self.nested.last()?.then, Then::Init(_)) {
            return None;
        }
        let Nested { frame, dst, then } = self.nested.pop()?;
        let Then::Init(inst) = then else {
            unreachable!("checked above")
        };
        self.release(frame);
        Some((dst, inst))
    }

    /// Pops the innermost entered frame after its `Return` of `returned` when it is an operator
    /// method run by `enter_binary` and `returned` is its result (not `NotImplemented`): the
    /// caller's destination register for `returned` (see `leave_init`).
    #[inline(always)]
    pub(crate) fn leave_binary(&mut self, returned: &Value) -> Option<Reg> {
        if matches!(returned, Value::NotImplemented)
            || !matches!(self.nested.last()?.then, Then::Binary(_))
        {
            return None;
        }
        let Nested { frame, dst, then } = self.nested.pop()?;
        drop(then);
        self.release(frame);
        Some(dst)
    }

    /// Pops the innermost entered frame, which stopped with `exit`, and says how its caller
    /// goes on; a generator's frame goes back to its generator when it yielded.
    #[inline(always)]
    pub(crate) fn leave_with(&mut self, exit: Exit) -> PyResult<Deliver> {
        let Nested { frame, dst, then } = self.nested.pop().expect("nested frame");
        self.finish_entered(frame, dst, then, Ok(exit))
    }

    /// Completes a popped entered frame's call with `result` (see `Then`).
    #[inline(always)]
    fn finish_entered(
        &mut self,
        frame: Box<Frame>,
        dst: Reg,
        then: Then,
        result: PyResult<Exit>,
    ) -> PyResult<Deliver> {
        if let Then::GenNext { gen, target } = then {
            return self.generator_step(frame, gen, dst, target, result);
        }
        self.release(frame);
        let (Exit::Return(v) | Exit::Yield(v)) = result?;
        Ok(Deliver::Value(dst, self.call_result(then, v)?))
    }

    #[inline(never)]
    fn generator_step(
        &mut self,
        frame: Box<Frame>,
        gen: Rc<crate::generator::PyGenerator>,
        dst: Reg,
        target: u32,
        result: PyResult<Exit>,
    ) -> PyResult<Deliver> {
        gen.running.set(false);
        match result {
            Ok(Exit::Yield(v)) => {
                self.frame_stack.pop();
                self.depth -= 1;
                *gen.frame.borrow_mut() = Some(frame);
                Ok(Deliver::Value(dst, v))
            }
            Ok(Exit::Return(_)) => {
                self.release(frame);
                Ok(Deliver::Jump(target))
            }
            Err(e) => {
                self.release(frame);
                Err(crate::generator::stop_iteration_escaped(self, e))
            }
        }
    }

    /// The value an entered frame's call gives its caller (see `Then`).
    #[inline(always)]
    pub(crate) fn call_result(&mut self, then: Then, returned: Value) -> PyResult<Value> {
        match then {
            Then::Value => Ok(returned),
            _ => self.then_result(then, returned),
        }
    }

    #[cold]
    #[inline(never)]
    fn then_result(&mut self, then: Then, returned: Value) -> PyResult<Value> {
        match then {
            Then::Value => Ok(returned),
            Then::Init(inst) if returned.is_none() => Ok(inst),
            Then::Init(_) => Err(self.type_error(format!(
                "__init__() should return None, not '{}'",
                self.type_name(&returned)
            ))),
            Then::GenNext { .. } => unreachable!("generator frames finish in generator_step"),
            Then::Binary(operands) => {
                let (op, a, b) = *operands;
                if !matches!(returned, Value::NotImplemented) {
                    return Ok(returned);
                }
                let (bop, inplace) = ferropy_bytecode::BinaryOperator::decode(u32::from(op))
                    .expect("entered only for a valid operator");
                self.binary_reflected(bop, inplace, &a, &b)
            }
        }
    }

    /// Gives a finished entered frame's registers and box back for reuse. The box keeps its
    /// code and globals until the next call replaces them (both outlive calls anyway).
    #[inline(always)]
    pub(crate) fn release(&mut self, mut frame: Box<Frame>) {
        self.frame_stack.pop();
        self.depth -= 1;
        let live = frame.unit.const_base();
        if frame.cells.is_empty()
            && frame.locals.is_none()
            && frame.throw.is_none()
            && self.frame_pool.len() < 64
        {
            clear_slab(&mut frame.regs, live);
            frame.resume_dst = None;
            push_inline(&mut self.frame_pool, frame);
        } else {
            self.give_back_slab(std::mem::take(&mut frame.regs), live);
        }
    }

    /// Finishes the innermost entered frame after the dispatch loop left it with `step` (an
    /// exception, or `Ok(None)`: continue in native code) through the general `frame_loop`.
    /// Gives the caller's destination register and the return value, or the exception that
    /// now propagates into the caller at its call instruction.
    #[cold]
    #[inline(never)]
    pub(crate) fn finish_nested(&mut self, step: PyResult<Option<Exit>>) -> PyResult<Deliver> {
        let Nested {
            mut frame,
            dst,
            then,
        } = self.nested.pop().expect("nested frame");
        let pc = frame.pc;
        let result = match step {
            Err(e) => self.frame_loop(&mut frame, pc, Some(e), false),
            Ok(None) => self.frame_loop(&mut frame, pc, None, false),
            Ok(Some(exit)) => Ok(exit),
        };
        self.finish_entered(frame, dst, then, result)
    }

    /// Hands a finished entered frame's result to the frame that called it (the innermost
    /// remaining one, else `root`): its destination register, or its pc for a loop's end.
    #[cold]
    #[inline(never)]
    pub(crate) fn deliver(
        &mut self,
        root: *mut Frame,
        root_pc: *mut usize,
        base: usize,
        d: Deliver,
    ) {
        let (fp, pc) = self.current_frame(root, root_pc, base);
        match d {
            Deliver::Value(dst, v) => {
                // SAFETY: `fp` is a live frame (see `current_frame`) that nothing else borrows.
                let frame = unsafe { &mut *fp };
                if let Some(slot) = frame.regs.get_mut(dst as usize) {
                    *slot = v;
                }
            }
            // SAFETY: as above, for the frame's pc.
            Deliver::Jump(target) => unsafe { *pc = target as usize },
        }
    }
}
