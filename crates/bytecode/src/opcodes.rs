//! The stack instruction set, defined once.
//!
//! `define_opcodes!` below is the single source of truth for every opcode: its name, the kind of its
//! operand, its stack effect (a function of the operand) and a one-line doc in `(before -- after)`
//! notation. The `Opcode` enum, byte encoding and decoding, stack effects and the disassembler's
//! operand rendering are all generated from it (in the spirit of Lua's `lopcodes.h`).

/// What an instruction's 32-bit operand means; the disassembler and the verifier read this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperandKind {
    /// No operand (the argument is 0).
    None,
    /// Index into `CodeObject::constants`.
    Const,
    /// Index into `CodeObject::names` (globals, attributes, module-level names).
    Name,
    /// Index into `CodeObject::varnames` (fast locals).
    Local,
    /// Index into cell variables followed by free variables.
    Deref,
    /// Absolute instruction index.
    Jump,
    /// A count (items to build, arguments to pass).
    Count,
    /// A `BinaryOperator` number.
    BinOp,
    /// A `CompareOperator` number.
    CmpOp,
    /// A `UnaryOperator` number.
    UnaryOp,
    /// Instruction-specific flag bits.
    Flags,
}

macro_rules! define_opcodes {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident ($kind:ident) $effect:expr $(, jump $jeffect:expr)? ;
    )*) => {
        /// A stack-machine opcode. See each variant's doc for its stack effect.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name, )*
        }

        /// Every opcode, in encoding order (`ALL_OPCODES[op as usize] == op`).
        pub const ALL_OPCODES: &[Opcode] = &[$(Opcode::$name,)*];

        impl Opcode {
            /// Decodes an opcode byte; `None` for bytes that name no opcode.
            pub fn from_u8(byte: u8) -> Option<Opcode> {
                ALL_OPCODES.get(byte as usize).copied()
            }

            /// The opcode's name as the disassembler prints it.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }

            /// What the operand means.
            pub fn operand_kind(self) -> OperandKind {
                match self { $(Opcode::$name => OperandKind::$kind,)* }
            }

            /// `(pops, pushes)` when execution falls through to the next instruction.
            pub fn stack_effect(self, arg: u32) -> (u32, u32) {
                match self {
                    $(Opcode::$name => { let f: fn(u32) -> (u32, u32) = $effect; f(arg) })*
                }
            }

            /// `(pops, pushes)` when a jumping instruction takes its jump; `None` for
            /// instructions whose jump effect equals their fall-through effect.
            pub fn jump_stack_effect(self, arg: u32) -> Option<(u32, u32)> {
                #[allow(unused_variables)]
                match self {
                    $(Opcode::$name => {
                        None $(.or_else(|| { let f: fn(u32) -> (u32, u32) = $jeffect; Some(f(arg)) }))?
                    })*
                }
            }
        }
    };
}

define_opcodes! {
    /// (--) does nothing
    Nop(None) |_| (0, 0);
    /// (value --) discards the top of the stack
    PopTop(None) |_| (1, 0);
    /// (a -- a a)
    DupTop(None) |_| (1, 2);
    /// (a b -- a b a b)
    DupTopTwo(None) |_| (2, 4);
    /// (a b -- b a)
    RotTwo(None) |_| (2, 2);
    /// (a b c -- c a b)
    RotThree(None) |_| (3, 3);
    /// (a b c d -- d a b c)
    RotFour(None) |_| (4, 4);
    /// (-- constant)
    LoadConst(Const) |_| (0, 1);
    /// (-- value) reads a fast local; UnboundLocalError when unset
    LoadFast(Local) |_| (0, 1);
    /// (value --) writes a fast local
    StoreFast(Local) |_| (1, 0);
    /// (--) unbinds a fast local
    DeleteFast(Local) |_| (0, 0);
    /// (-- value) reads a cell or free variable
    LoadDeref(Deref) |_| (0, 1);
    /// (value --) writes a cell or free variable
    StoreDeref(Deref) |_| (1, 0);
    /// (--) unbinds a cell or free variable
    DeleteDeref(Deref) |_| (0, 0);
    /// (-- cell) pushes the cell object itself, to build a closure
    LoadClosure(Deref) |_| (0, 1);
    /// (-- value) reads a module global, then a builtin
    LoadGlobal(Name) |_| (0, 1);
    /// (value --) writes a module global
    StoreGlobal(Name) |_| (1, 0);
    /// (--) unbinds a module global
    DeleteGlobal(Name) |_| (0, 0);
    /// (-- value) reads a name in the local namespace, then globals, then builtins
    LoadName(Name) |_| (0, 1);
    /// (value --) writes a name in the local namespace
    StoreName(Name) |_| (1, 0);
    /// (--) unbinds a name in the local namespace
    DeleteName(Name) |_| (0, 0);
    /// (object -- value) attribute read
    LoadAttr(Name) |_| (1, 1);
    /// (value object --) attribute write
    StoreAttr(Name) |_| (2, 0);
    /// (object --) attribute delete
    DeleteAttr(Name) |_| (1, 0);
    /// (container key -- value)
    BinarySubscr(None) |_| (2, 1);
    /// (value container key --)
    StoreSubscr(None) |_| (3, 0);
    /// (container key --)
    DeleteSubscr(None) |_| (2, 0);
    /// (start stop [step] -- slice) with count 2 or 3
    BuildSlice(Count) |n| (n, 1);
    /// (left right -- result) arithmetic or bitwise operator, plain or in-place
    BinaryOp(BinOp) |_| (2, 1);
    /// (value -- result) unary operator
    UnaryOp(UnaryOp) |_| (1, 1);
    /// (left right -- result) comparison, identity or membership test
    CompareOp(CmpOp) |_| (2, 1);
    /// (item_1 .. item_n -- tuple)
    BuildTuple(Count) |n| (n, 1);
    /// (item_1 .. item_n -- list)
    BuildList(Count) |n| (n, 1);
    /// (item_1 .. item_n -- set)
    BuildSet(Count) |n| (n, 1);
    /// (key_1 value_1 .. key_n value_n -- dict)
    BuildMap(Count) |n| (2 * n, 1);
    /// (piece_1 .. piece_n -- str) concatenates formatted pieces of an f-string
    BuildString(Count) |n| (n, 1);
    /// (value [spec] -- str) formats for an f-string: flags bit 2 = spec present, bits 0-1 = conversion (1 s, 2 r, 3 a)
    FormatValue(Flags) |f| (1 + ((f >> 2) & 1), 1);
    /// (list ... item -- list ...) appends to the list `n` entries below the item (comprehensions)
    ListAppend(Count) |n| (n + 1, n);
    /// (set ... item -- set ...) adds to the set `n` entries below the item
    SetAdd(Count) |n| (n + 1, n);
    /// (dict ... key value -- dict ...) stores into the dict `n` entries below the pair
    MapAdd(Count) |n| (n + 2, n);
    /// (list iterable -- list) extends a list being built (starred items)
    ListExtend(None) |_| (2, 1);
    /// (set iterable -- set) updates a set being built
    SetUpdate(None) |_| (2, 1);
    /// (dict mapping -- dict) merges a mapping into a dict being built (`**`)
    DictUpdate(None) |_| (2, 1);
    /// (list -- tuple)
    ListToTuple(None) |_| (1, 1);
    /// (sequence -- item_n .. item_1) unpacks exactly `n` items, the first on top
    UnpackSequence(Count) |n| (1, n);
    /// (sequence -- after.. list before..) starred unpacking: low byte = items before the star, next byte = items after
    UnpackEx(Count) |n| (1, (n & 0xff) + (n >> 8) + 1);
    /// (iterable -- iterator)
    GetIter(None) |_| (1, 1);
    /// (iterator -- iterator next) or, when exhausted, (iterator --) and jump
    ForIter(Jump) |_| (1, 2), jump |_| (1, 0);
    /// (--) jumps unconditionally
    Jump(Jump) |_| (0, 0);
    /// (condition --) jumps when the condition is false
    PopJumpIfFalse(Jump) |_| (1, 0);
    /// (condition --) jumps when the condition is true
    PopJumpIfTrue(Jump) |_| (1, 0);
    /// (value -- ) falls through when the value is true; (value -- value) and jump when false
    JumpIfFalseOrPop(Jump) |_| (1, 0), jump |_| (1, 1);
    /// (value -- ) falls through when the value is false; (value -- value) and jump when true
    JumpIfTrueOrPop(Jump) |_| (1, 0), jump |_| (1, 1);
    /// (callable arg_1 .. arg_n -- result)
    Call(Count) |n| (n + 1, 1);
    /// (callable arg_1 .. arg_n kwnames -- result) the last len(kwnames) arguments are keywords
    CallKw(Count) |n| (n + 2, 1);
    /// (callable args_tuple [kwargs_dict] -- result) flag bit 0 = kwargs present
    CallEx(Flags) |f| (2 + (f & 1), 1);
    /// (defaults? kwdefaults? closure? code -- function) flags: 1 defaults tuple, 2 kwdefaults dict, 8 closure tuple
    MakeFunction(Flags) |f| (1 + (f & 1) + ((f >> 1) & 1) + ((f >> 3) & 1), 1);
    /// (value --) returns from the frame
    ReturnValue(None) |_| (1, 0);
    /// (value --) suspends a generator, yielding the value; resumes with (-- sent)
    YieldValue(None) |_| (1, 1);
    /// (iterable --) `yield from` the iterable; resumes with (-- result)
    YieldFrom(None) |_| (1, 1);
    /// ([exception [cause]] --) 0 re-raises the handled exception, 1 raises, 2 raises with a cause
    RaiseVarargs(Count) |n| (n, 0);
    /// (exception --) re-raises an exception keeping its traceback (end of finally and except cleanups)
    Reraise(None) |_| (1, 0);
    /// (exception -- previous exception) makes `exception` the one being handled (sys.exc_info)
    PushExcInfo(None) |_| (1, 2);
    /// (previous --) restores the exception being handled before this handler
    PopExcept(None) |_| (1, 0);
    /// (exception type -- exception matches) tests an `except` clause
    CheckExcMatch(None) |_| (2, 2);
    /// (-- AssertionError)
    LoadAssertionError(None) |_| (0, 1);
    /// (-- __build_class__)
    LoadBuildClass(None) |_| (0, 1);
    /// (fromlist level -- module) imports a module
    ImportName(Name) |_| (2, 1);
    /// (module -- module value) reads a name from an imported module
    ImportFrom(Name) |_| (1, 2);
    /// (module --) binds every public name of a module
    ImportStar(None) |_| (1, 0);
    /// (value --) prints a non-None expression result in the REPL
    PrintExpr(None) |_| (1, 0);
    /// (context_manager -- exit_method entered_value) calls `__enter__`
    BeforeWith(None) |_| (1, 2);
    /// (exit previous exception -- exit previous exception suppress) calls `__exit__` with the exception
    WithExceptStart(None) |_| (3, 4);
    /// (object -- method self) looks a method up without binding it; `self` is empty (and
    /// `method` the bound attribute) when the attribute is not a plain method
    LoadMethod(Name) |_| (1, 2);
    /// (method self arg_1 .. arg_n -- result) calls what `LoadMethod` found
    CallMethod(Count) |n| (n + 2, 1);
}

/// The operator numbers of `BinaryOp`. In-place forms are `op + INPLACE_OFFSET`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinaryOperator {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

/// `BinaryOp` operands at or above this are the in-place (`+=`) forms.
pub const INPLACE_OFFSET: u32 = 16;

impl BinaryOperator {
    const ALL: [BinaryOperator; 13] = [
        Self::Add,
        Self::Sub,
        Self::Mul,
        Self::TrueDiv,
        Self::FloorDiv,
        Self::Mod,
        Self::Pow,
        Self::LShift,
        Self::RShift,
        Self::And,
        Self::Or,
        Self::Xor,
        Self::MatMul,
    ];

    /// Decodes a `BinaryOp` operand into the operator and whether it is in-place.
    pub fn decode(arg: u32) -> Option<(BinaryOperator, bool)> {
        let inplace = arg >= INPLACE_OFFSET;
        let index = if inplace { arg - INPLACE_OFFSET } else { arg };
        Self::ALL.get(index as usize).map(|op| (*op, inplace))
    }

    /// The operator as Python writes it (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            Self::Add => "+",
            Self::Sub => "-",
            Self::Mul => "*",
            Self::TrueDiv => "/",
            Self::FloorDiv => "//",
            Self::Mod => "%",
            Self::Pow => "**",
            Self::LShift => "<<",
            Self::RShift => ">>",
            Self::And => "&",
            Self::Or => "|",
            Self::Xor => "^",
            Self::MatMul => "@",
        }
    }

    /// The dunder method names: (normal, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Self::Add => ("__add__", "__radd__", "__iadd__"),
            Self::Sub => ("__sub__", "__rsub__", "__isub__"),
            Self::Mul => ("__mul__", "__rmul__", "__imul__"),
            Self::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            Self::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            Self::Mod => ("__mod__", "__rmod__", "__imod__"),
            Self::Pow => ("__pow__", "__rpow__", "__ipow__"),
            Self::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            Self::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            Self::And => ("__and__", "__rand__", "__iand__"),
            Self::Or => ("__or__", "__ror__", "__ior__"),
            Self::Xor => ("__xor__", "__rxor__", "__ixor__"),
            Self::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
}

/// The operator numbers of `CompareOp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CompareOperator {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

impl CompareOperator {
    const ALL: [CompareOperator; 10] = [
        Self::Lt,
        Self::Le,
        Self::Eq,
        Self::Ne,
        Self::Gt,
        Self::Ge,
        Self::In,
        Self::NotIn,
        Self::Is,
        Self::IsNot,
    ];

    /// Decodes a `CompareOp` operand.
    pub fn decode(arg: u32) -> Option<CompareOperator> {
        Self::ALL.get(arg as usize).copied()
    }

    /// The operator as Python writes it.
    pub fn symbol(self) -> &'static str {
        match self {
            Self::Lt => "<",
            Self::Le => "<=",
            Self::Eq => "==",
            Self::Ne => "!=",
            Self::Gt => ">",
            Self::Ge => ">=",
            Self::In => "in",
            Self::NotIn => "not in",
            Self::Is => "is",
            Self::IsNot => "is not",
        }
    }
}

/// The operator numbers of `UnaryOp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum UnaryOperator {
    Neg,
    Pos,
    Invert,
    Not,
}

impl UnaryOperator {
    /// Decodes a `UnaryOp` operand.
    pub fn decode(arg: u32) -> Option<UnaryOperator> {
        [Self::Neg, Self::Pos, Self::Invert, Self::Not]
            .get(arg as usize)
            .copied()
    }

    /// The operator as Python writes it.
    pub fn symbol(self) -> &'static str {
        match self {
            Self::Neg => "-",
            Self::Pos => "+",
            Self::Invert => "~",
            Self::Not => "not",
        }
    }
}

/// One instruction: an opcode and its operand (0 when it has none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Instr {
    pub op: Opcode,
    pub arg: u32,
}

impl Instr {
    pub fn new(op: Opcode, arg: u32) -> Instr {
        Instr { op, arg }
    }

    /// The jump target, for instructions whose operand is one.
    pub fn jump_target(self) -> Option<u32> {
        (self.op.operand_kind() == OperandKind::Jump).then_some(self.arg)
    }

    /// True when control never falls through to the next instruction.
    pub fn is_terminator(self) -> bool {
        matches!(
            self.op,
            Opcode::Jump | Opcode::ReturnValue | Opcode::RaiseVarargs | Opcode::Reraise
        )
    }

    /// Appends the instruction's encoding: the opcode byte, then the operand as a LEB128 varint.
    pub fn encode(self, out: &mut Vec<u8>) {
        out.push(self.op as u8);
        let mut arg = self.arg;
        loop {
            let byte = (arg & 0x7f) as u8;
            arg >>= 7;
            if arg == 0 {
                out.push(byte);
                return;
            }
            out.push(byte | 0x80);
        }
    }

    /// Decodes one instruction at `*pos`, advancing it; `None` on a bad opcode or truncated operand.
    pub fn decode(bytes: &[u8], pos: &mut usize) -> Option<Instr> {
        let op = Opcode::from_u8(*bytes.get(*pos)?)?;
        *pos += 1;
        let mut arg: u32 = 0;
        for shift in (0..35).step_by(7) {
            let byte = *bytes.get(*pos)?;
            *pos += 1;
            let bits = u32::from(byte & 0x7f);
            if shift == 28 && bits > 0xf {
                return None;
            }
            arg |= bits << shift;
            if byte & 0x80 == 0 {
                return Some(Instr { op, arg });
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_opcode_round_trips_through_its_byte() {
        for (i, op) in ALL_OPCODES.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Opcode::from_u8(i as u8), Some(*op));
        }
        assert_eq!(Opcode::from_u8(255), None);
    }

    #[test]
    fn instructions_encode_and_decode() {
        let instrs = [
            Instr::new(Opcode::LoadConst, 0),
            Instr::new(Opcode::Jump, 300),
            Instr::new(Opcode::Call, u32::MAX),
        ];
        let mut bytes = Vec::new();
        for i in instrs {
            i.encode(&mut bytes);
        }
        let mut pos = 0;
        for i in instrs {
            assert_eq!(Instr::decode(&bytes, &mut pos), Some(i));
        }
        assert_eq!(pos, bytes.len());
        assert_eq!(Instr::decode(&[Opcode::Jump as u8, 0x80], &mut 0), None);
    }

    #[test]
    fn stack_effects_follow_the_table() {
        assert_eq!(Opcode::BinaryOp.stack_effect(0), (2, 1));
        assert_eq!(Opcode::BuildMap.stack_effect(3), (6, 1));
        assert_eq!(Opcode::ForIter.jump_stack_effect(0), Some((1, 0)));
        assert_eq!(Opcode::Jump.jump_stack_effect(0), None);
        assert_eq!(Opcode::MakeFunction.stack_effect(1 | 8), (3, 1));
    }
}
