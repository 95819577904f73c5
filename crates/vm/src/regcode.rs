//! Register code: the instruction set the interpreter runs, and `CodeUnit`, a code object ready
//! to run. The translation from stack code lives in `translate.rs`.
//!
//! A frame's registers are one contiguous slab: `[locals | stack temporaries | scratch]`. The
//! stack entry at depth `d` has the canonical register `nlocals + d`. Every register maps to one
//! Cranelift variable in the JIT.

use crate::value::{PyStr, Value};
use ferropy_bytecode::{BinaryOperator, CodeObject, CompareOperator, UnaryOperator};
use std::cell::Cell;
use std::fmt::Write;
use std::rc::Rc;

pub type Reg = u32;

/// Type feedback bits: the operand pairs an arithmetic or comparison instruction has seen.
pub const FB_INT: u8 = 1;
pub const FB_FLOAT: u8 = 2;
pub const FB_MIXED: u8 = 4;
pub const FB_OTHER: u8 = 8;
/// For `GetItem` and `SetItem`: a list subscripted by an int (any other pair is `FB_OTHER`).
/// A `GetItem` also records its item: `FB_INT`, `FB_FLOAT`, `FB_ITEM_BOOL` or `FB_ITEM_OTHER`.
pub const FB_LIST: u8 = 16;
pub const FB_ITEM_OTHER: u8 = 32;
pub const FB_ITEM_BOOL: u8 = 64;
// For `ForIter`: `FB_INT` for a `range` iterator, `FB_OTHER` for a generator (which the
// interpreter resumes in place), `FB_ITEM_OTHER` for any other iterator.

/// The feedback bit of a `ForIter` on `iter` (see above).
pub fn for_iter_bits(iter: &Value) -> u8 {
    match iter {
        Value::Iterator(cell) => match &*cell.borrow() {
            crate::iter::IterState::Range { .. } => FB_INT,
            _ => FB_ITEM_OTHER,
        },
        Value::Generator(_) => FB_OTHER,
        _ => FB_ITEM_OTHER,
    }
}

/// The feedback bits of a list item fetched by `GetItem`.
#[inline(always)]
pub fn list_item_bits(item: &Value) -> u8 {
    FB_LIST
        | match item {
            Value::Int(_) => FB_INT,
            Value::Float(_) => FB_FLOAT,
            Value::Bool(_) => FB_ITEM_BOOL,
            _ => FB_ITEM_OTHER,
        }
}

/// The feedback bit of a subscript of `obj` by `key`.
#[inline(always)]
pub fn subscript_bits(obj: &Value, key: &Value) -> u8 {
    match (obj, key) {
        (Value::List(_), Value::Int(_)) => FB_LIST,
        _ => FB_OTHER,
    }
}

/// The feedback bit for one pair of operands.
#[inline(always)]
pub fn feedback_bits(a: &Value, b: &Value) -> u8 {
    match (a, b) {
        (Value::Int(_), Value::Int(_)) => FB_INT,
        (Value::Float(_), Value::Float(_)) => FB_FLOAT,
        (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => FB_MIXED,
        _ => FB_OTHER,
    }
}

/// What `Build` builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuildKind {
    Tuple,
    List,
    Set,
    Map,
    String,
}

// One load fetches an instruction, its tag in the first word (see `Vm::dispatch_loop`).
const _: () = assert!(std::mem::size_of::<RInstr>() == 16);

/// One register instruction. Operands named `start` are the first of `n` consecutive registers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RInstr {
    Nop,
    Move {
        dst: Reg,
        src: Reg,
    },
    LoadConst {
        dst: Reg,
        k: u32,
    },
    /// Copies a local that may be unbound, raising UnboundLocalError if it is.
    LoadFastChecked {
        dst: Reg,
        src: Reg,
    },
    DeleteFast {
        reg: Reg,
    },
    LoadDeref {
        dst: Reg,
        idx: u32,
    },
    StoreDeref {
        src: Reg,
        idx: u32,
    },
    DeleteDeref {
        idx: u32,
    },
    LoadClosure {
        dst: Reg,
        idx: u32,
    },
    LoadGlobal {
        dst: Reg,
        name: u32,
    },
    StoreGlobal {
        src: Reg,
        name: u32,
    },
    DeleteGlobal {
        name: u32,
    },
    LoadName {
        dst: Reg,
        name: u32,
    },
    StoreName {
        src: Reg,
        name: u32,
    },
    DeleteName {
        name: u32,
    },
    LoadAttr {
        dst: Reg,
        obj: Reg,
        name: u32,
    },
    StoreAttr {
        obj: Reg,
        name: u32,
        src: Reg,
    },
    DeleteAttr {
        obj: Reg,
        name: u32,
    },
    GetItem {
        dst: Reg,
        obj: Reg,
        key: Reg,
    },
    SetItem {
        obj: Reg,
        key: Reg,
        src: Reg,
    },
    DeleteItem {
        obj: Reg,
        key: Reg,
    },
    BuildSlice {
        dst: Reg,
        start: Reg,
        n: u32,
    },
    /// `op` is a `BinaryOp` operand (in-place forms included).
    BinaryOp {
        op: u8,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    UnaryOp {
        op: u8,
        dst: Reg,
        src: Reg,
    },
    Compare {
        op: u8,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// A comparison fused with the branch that consumes it.
    CompareJump {
        op: u8,
        a: Reg,
        b: Reg,
        target: u32,
        when: bool,
    },
    Build {
        kind: BuildKind,
        dst: Reg,
        start: Reg,
        n: u32,
    },
    FormatValue {
        dst: Reg,
        src: Reg,
        flags: u32,
    },
    ListAppend {
        list: Reg,
        item: Reg,
    },
    SetAdd {
        set: Reg,
        item: Reg,
    },
    MapAdd {
        map: Reg,
        key: Reg,
        value: Reg,
    },
    ListExtend {
        list: Reg,
        src: Reg,
    },
    SetUpdate {
        set: Reg,
        src: Reg,
    },
    DictUpdate {
        map: Reg,
        src: Reg,
    },
    ListToTuple {
        dst: Reg,
        src: Reg,
    },
    /// Unpacks exactly `n` items into `dst .. dst+n`, the last item first (stack order).
    Unpack {
        src: Reg,
        dst: Reg,
        n: u32,
    },
    /// Unpacks `start` into `before` items, a list of the rest, and `after` items, written
    /// from `start` up, the last item first (stack order). One register for source and
    /// results keeps every instruction within 16 bytes.
    UnpackEx {
        start: Reg,
        before: u32,
        after: u32,
    },
    GetIter {
        dst: Reg,
        src: Reg,
    },
    ForIter {
        iter: Reg,
        dst: Reg,
        target: u32,
    },
    Jump {
        target: u32,
    },
    JumpIfFalse {
        cond: Reg,
        target: u32,
    },
    JumpIfTrue {
        cond: Reg,
        target: u32,
    },
    /// Calls `func` with the `n` registers after it; the result goes to `dst`.
    Call {
        dst: Reg,
        func: Reg,
        n: u32,
    },
    /// Like `Call`, with a tuple of keyword names in the register after the arguments.
    CallKw {
        dst: Reg,
        func: Reg,
        n: u32,
    },
    CallEx {
        dst: Reg,
        func: Reg,
        kwargs: bool,
    },
    MakeFunction {
        dst: Reg,
        start: Reg,
        flags: u32,
    },
    Return {
        src: Reg,
    },
    Yield {
        dst: Reg,
        src: Reg,
    },
    YieldFrom {
        dst: Reg,
        src: Reg,
    },
    Raise {
        start: Reg,
        n: u32,
    },
    Reraise {
        src: Reg,
    },
    /// (exc -- prev exc): `slot` holds the exception; afterwards `slot` holds the previously
    /// handled exception and `slot + 1` the exception.
    PushExcInfo {
        slot: Reg,
    },
    PopExcept {
        prev: Reg,
    },
    CheckExcMatch {
        dst: Reg,
        exc: Reg,
        ty: Reg,
    },
    LoadAssertionError {
        dst: Reg,
    },
    LoadBuildClass {
        dst: Reg,
    },
    ImportName {
        dst: Reg,
        start: Reg,
        name: u32,
    },
    ImportFrom {
        dst: Reg,
        module: Reg,
        name: u32,
    },
    ImportStar {
        module: Reg,
    },
    PrintExpr {
        src: Reg,
    },
    /// (cm -- exit value): `slot` holds the manager, then the exit method; `slot + 1` the value.
    BeforeWith {
        slot: Reg,
    },
    /// Reads exit, previous, exception at `base..base+3`; writes the verdict to `base + 3`.
    WithExceptStart {
        base: Reg,
    },
    /// Reads the object from `obj` (a local, read in place, or `slot` itself); afterwards
    /// `slot` holds the method and `slot + 1` the receiver (or `Undef` when `slot` holds an
    /// already bound attribute).
    LoadMethod {
        slot: Reg,
        obj: Reg,
        name: u32,
    },
    /// Calls `func` with the receiver in `func + 1` (when not `Undef`) and the `n` arguments after it.
    CallMethod {
        dst: Reg,
        func: Reg,
        n: u32,
    },
}

impl RInstr {
    /// The jump target, for branching instructions.
    pub fn target_mut(&mut self) -> Option<&mut u32> {
        match self {
            RInstr::CompareJump { target, .. }
            | RInstr::ForIter { target, .. }
            | RInstr::Jump { target }
            | RInstr::JumpIfFalse { target, .. }
            | RInstr::JumpIfTrue { target, .. } => Some(target),
            _ => None,
        }
    }

    /// The single register this instruction writes, if it writes exactly one and may be
    /// retargeted to write another (the translator folds a following store into it).
    pub fn dst_mut(&mut self) -> Option<&mut Reg> {
        use RInstr::*;
        match self {
            Move { dst, .. }
            | LoadConst { dst, .. }
            | LoadFastChecked { dst, .. }
            | LoadDeref { dst, .. }
            | LoadGlobal { dst, .. }
            | LoadName { dst, .. }
            | LoadAttr { dst, .. }
            | GetItem { dst, .. }
            | BinaryOp { dst, .. }
            | UnaryOp { dst, .. }
            | Compare { dst, .. }
            | Build { dst, .. }
            | Call { dst, .. }
            | CallKw { dst, .. }
            | ForIter { dst, .. }
            | GetIter { dst, .. } => Some(dst),
            _ => None,
        }
    }
}

/// An exception handler in register terms: raised in stack pcs `start..end`, continue at
/// register pc `target` with the exception in register `reg`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub reg: Reg,
}

/// A code object's register code, made by `translate` the first time the code runs (most
/// functions a module defines are never called, so importing one translates only its body).
pub struct RegCode {
    pub instrs: Vec<RInstr>,
    /// The stack pc each register instruction came from (lines, exception table).
    pub spc: Vec<u32>,
    pub handlers: Vec<Handler>,
    pub nregs: u32,
    /// Type feedback per instruction (`FB_*` bits), recorded by the interpreter for arithmetic
    /// and comparisons while a JIT is active; the JIT specializes on it.
    pub feedback: Vec<Cell<u8>>,
    /// The (inline) values of the constant registers, which are the slab's last registers.
    pub const_values: Vec<Value>,
    /// A new frame's registers: `Undef` up to the constant registers, then `const_values`;
    /// only inline values, so `slab_with_args` copies it bitwise.
    pub slab_template: Box<[Value]>,
}

impl RegCode {
    /// Translates verified stack code.
    pub fn new(code: &CodeObject) -> RegCode {
        let t = crate::translate::translate(code);
        // Constant registers are handed out in order from the end of the stack registers, and
        // hold only inline values (`init_slab` copies them bitwise).
        let const_values: Vec<Value> = t
            .const_regs
            .iter()
            .map(|&(_, k)| crate::translate::inline_constant(&code.constants[k as usize]))
            .collect();
        let const_base = t.nregs as usize - const_values.len();
        let slab_template = (0..const_base)
            .map(|_| Value::Undef)
            .chain(const_values.iter().cloned())
            .collect();
        RegCode {
            feedback: (0..t.instrs.len()).map(|_| Cell::new(0)).collect(),
            instrs: t.instrs,
            spc: t.spc,
            handlers: t.handlers,
            nregs: t.nregs,
            const_values,
            slab_template,
        }
    }
}

/// A code object ready to run: its stack code (for names, lines and the `.pyc`), its register
/// code (translated on first use), and per-code counters that drive tier-up.
pub struct CodeUnit {
    pub code: Rc<CodeObject>,
    reg: std::cell::OnceCell<RegCode>,
    pub nlocals: u32,
    pub consts: Vec<Value>,
    /// Names as interned strings, indexed like `code.names`.
    pub names: Vec<Rc<PyStr>>,
    /// For each cell variable, the parameter it starts from, if it is one.
    pub cell_params: Vec<Option<u32>>,
    /// Calls plus loop back-edges seen by the interpreter (tier-up hotness).
    pub hotness: Cell<u32>,
    /// Native code installed by the JIT, if any (an opaque handle the tier-up hook understands).
    pub jitted: Cell<Option<usize>>,
    /// Set when the JIT gave up on this code, so it is not tried again.
    pub jit_failed: Cell<bool>,
    /// Per name: the globals dict (by address), its version and the builtins' version when the
    /// global was last looked up, and the value found.
    pub global_cache: std::cell::RefCell<Vec<Option<(usize, u64, u64, Value)>>>,
    /// Calls need nothing but their positional arguments in the first registers: no keyword-only
    /// parameters, `*args`/`**kwargs`, cells, generator or coroutine (see `Vm::call_plain`).
    pub plain: bool,
    /// Per name: the attribute inline cache of its `LoadAttr`/`StoreAttr`/`LoadMethod` sites.
    pub attr_ic: Box<[crate::attr_cache::AttrSite]>,
}

/// Copies `n` values bitwise: in fixed-size blocks the compiler inlines, since most frames have
/// a handful of registers and a `memcpy` call costs more than the copy.
///
/// # Safety
/// As `std::ptr::copy_nonoverlapping::<Value>(src, dst, n)`.
#[inline(always)]
unsafe fn copy_small(src: *const Value, dst: *mut Value, n: usize) {
    if n > 16 {
        return std::ptr::copy_nonoverlapping(src, dst, n);
    }
    let mut i = 0;
    while i + 4 <= n {
        std::ptr::copy_nonoverlapping(
            src.add(i) as *const [Value; 4],
            dst.add(i) as *mut [Value; 4],
            1,
        );
        i += 4;
    }
    while i < n {
        std::ptr::copy_nonoverlapping(src.add(i), dst.add(i), 1);
        i += 1;
    }
}

impl CodeUnit {
    /// A unit for verified code; its register code is made when first asked for.
    pub fn new(
        code: Rc<CodeObject>,
        consts: Vec<Value>,
        names: Vec<Rc<PyStr>>,
        cell_params: Vec<Option<u32>>,
        plain: bool,
    ) -> CodeUnit {
        let nnames = names.len();
        CodeUnit {
            nlocals: code.varnames.len() as u32,
            code,
            reg: Default::default(),
            consts,
            names,
            cell_params,
            hotness: Default::default(),
            jitted: Default::default(),
            jit_failed: Default::default(),
            global_cache: std::cell::RefCell::new(vec![None; nnames]),
            plain,
            attr_ic: (0..nnames).map(|_| Default::default()).collect(),
        }
    }

    /// The register code, translated now if this is its first use.
    #[inline(always)]
    pub fn reg(&self) -> &RegCode {
        match self.reg.get() {
            Some(r) => r,
            None => self.translate_now(),
        }
    }

    /// Whether the register code has been made (the unit has run, or was asked for it).
    pub fn is_translated(&self) -> bool {
        self.reg.get().is_some()
    }

    /// The register code of a unit that has a frame: `init_slab` or `slab_with_args` made
    /// the frame's registers, and both translate first, so no check is needed on the paths
    /// that switch between running frames.
    #[inline(always)]
    pub fn reg_of_running(&self) -> &RegCode {
        debug_assert!(self.reg.get().is_some());
        // SAFETY: every frame's slab comes from `init_slab`/`slab_with_args` (`Vm::new_frame`
        // callers), which call `reg()` and so initialize the cell before the frame exists;
        // the cell is never emptied.
        unsafe { self.reg.get().unwrap_unchecked() }
    }

    #[cold]
    #[inline(never)]
    fn translate_now(&self) -> &RegCode {
        self.reg.get_or_init(|| RegCode::new(&self.code))
    }

    /// Completes a new frame's slab (which holds at most the arguments): unbound registers up
    /// to the constant registers, then the constants.
    #[inline]
    pub fn init_slab(&self, regs: &mut Vec<Value>) {
        if regs.is_empty() {
            return self.slab_with_args(regs, &[]);
        }
        let reg = self.reg();
        let const_base = self.const_base();
        regs.resize_with(const_base, || Value::Undef);
        let n = reg.const_values.len();
        regs.reserve(n);
        // SAFETY: the translator gives registers only to inline constants (None, bools, ints,
        // floats), which own nothing, so a bitwise copy is a clone; `reserve` made room for the
        // `n` values written past the length before it is raised over them.
        unsafe {
            let end = regs.as_mut_ptr().add(const_base);
            std::ptr::copy_nonoverlapping(reg.const_values.as_ptr(), end, n);
            regs.set_len(const_base + n);
        }
    }

    /// Fills an empty slab from `slab_template` in one copy, then puts `args` (at most the
    /// parameters) in the first registers: a call's whole frame set-up.
    #[inline(always)]
    pub fn slab_with_args(&self, regs: &mut Vec<Value>, args: &[Value]) {
        debug_assert!(regs.is_empty());
        let template = &self.reg().slab_template;
        let n = template.len();
        let nargs = args.len().min(n);
        regs.reserve(n);
        // SAFETY: the template holds only inline values (unbound registers and inline
        // constants), which own nothing, so a bitwise copy is a clone; `reserve` made room for
        // `n` values; argument registers hold `Undef` in the template, so overwriting them
        // without a drop loses nothing; the length is raised only once all `n` are written.
        unsafe {
            let p = regs.as_mut_ptr();
            copy_small(template.as_ptr(), p, n);
            for (i, a) in args[..nargs].iter().enumerate() {
                a.clone_to(p.add(i));
            }
            regs.set_len(n);
        }
    }

    /// The first constant register: registers below it may hold heap values.
    #[inline]
    pub fn const_base(&self) -> usize {
        let reg = self.reg_of_running();
        reg.nregs as usize - reg.const_values.len()
    }

    /// The source line of register instruction `rpc`.
    pub fn line_at(&self, rpc: usize) -> u32 {
        let spc = self.reg().spc.get(rpc).copied().unwrap_or(0) as usize;
        self.code.line_of(spc)
    }

    /// The handler for an exception raised at register pc `rpc`.
    pub fn handler_for(&self, rpc: usize) -> Option<Handler> {
        let reg = self.reg();
        let spc = *reg.spc.get(rpc)?;
        reg.handlers
            .iter()
            .find(|h| h.start <= spc && spc < h.end)
            .copied()
    }

    /// A listing of the register code.
    pub fn disassemble(&self) -> String {
        let mut out = format!(
            "Disassembly of <code object {}> (register code: {} registers, {} locals):\n",
            self.code.qualname,
            self.reg().nregs,
            self.nlocals
        );
        let mut last_line = 0;
        for (i, instr) in self.reg().instrs.iter().enumerate() {
            let line = self.line_at(i);
            let line_col = if line != last_line {
                line.to_string()
            } else {
                String::new()
            };
            last_line = line;
            let _ = writeln!(out, "{line_col:>4} {i:>6} {}", self.describe(instr));
        }
        for h in &self.reg().handlers {
            let _ = writeln!(
                out,
                "  Handler: stack pcs {} to {} -> {} (r{})",
                h.start, h.end, h.target, h.reg
            );
        }
        out
    }

    fn describe(&self, instr: &RInstr) -> String {
        let name = |i: u32| self.code.names.get(i as usize).cloned().unwrap_or_default();
        match *instr {
            RInstr::LoadConst { dst, k } => {
                let c = self
                    .code
                    .constants
                    .get(k as usize)
                    .map(ferropy_bytecode::dis::constant_repr);
                format!("LoadConst r{dst} <- {}", c.unwrap_or_default())
            }
            RInstr::BinaryOp { op, dst, a, b } => {
                let sym = BinaryOperator::decode(u32::from(op))
                    .map_or("?".to_string(), |(o, inplace)| {
                        format!("{}{}", o.symbol(), if inplace { "=" } else { "" })
                    });
                format!("BinaryOp r{dst} <- r{a} {sym} r{b}")
            }
            RInstr::Compare { op, dst, a, b } => {
                let sym = CompareOperator::decode(u32::from(op)).map_or("?", |o| o.symbol());
                format!("Compare r{dst} <- r{a} {sym} r{b}")
            }
            RInstr::CompareJump {
                op,
                a,
                b,
                target,
                when,
            } => {
                let sym = CompareOperator::decode(u32::from(op)).map_or("?", |o| o.symbol());
                format!("CompareJump if (r{a} {sym} r{b}) is {when} to {target}")
            }
            RInstr::UnaryOp { op, dst, src } => {
                let sym = UnaryOperator::decode(u32::from(op)).map_or("?", |o| o.symbol());
                format!("UnaryOp r{dst} <- {sym} r{src}")
            }
            RInstr::LoadGlobal { dst, name: n } => format!("LoadGlobal r{dst} <- {}", name(n)),
            RInstr::StoreGlobal { src, name: n } => format!("StoreGlobal {} <- r{src}", name(n)),
            RInstr::LoadAttr { dst, obj, name: n } => {
                format!("LoadAttr r{dst} <- r{obj}.{}", name(n))
            }
            RInstr::StoreAttr { obj, name: n, src } => {
                format!("StoreAttr r{obj}.{} <- r{src}", name(n))
            }
            RInstr::Move { dst, src } => format!("Move r{dst} <- r{src}"),
            other => format!("{other:?}"),
        }
    }
}
