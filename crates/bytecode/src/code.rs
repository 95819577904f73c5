//! `CodeObject`: the compiled form of one module, function, class body or comprehension.

use crate::opcodes::Instr;
use num_bigint::BigInt;
use std::rc::Rc;

/// Flag bits of `CodeObject::flags` (CPython's values where CPython has them).
pub mod flags {
    /// Locals are fast (a function body); otherwise names go through a namespace dict.
    pub const OPTIMIZED: u32 = 0x1;
    /// A fresh local namespace per call.
    pub const NEWLOCALS: u32 = 0x2;
    /// Takes `*args`.
    pub const VARARGS: u32 = 0x4;
    /// Takes `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x8;
    /// Defined inside another function.
    pub const NESTED: u32 = 0x10;
    /// A generator function.
    pub const GENERATOR: u32 = 0x20;
    /// An `async def` without `yield`.
    pub const COROUTINE: u32 = 0x80;
    /// A generator function made awaitable by `types.coroutine`.
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    /// An `async def` with `yield`.
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Every flag this version understands; any other bit makes a code object invalid.
    pub const ALL: u32 = 0x3f | COROUTINE | ITERABLE_COROUTINE | ASYNC_GENERATOR;
}

/// A compile-time constant.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    Ellipsis,
    Code(Rc<CodeObject>),
}

/// One entry of the exception table: an exception raised by an instruction in `start..end`
/// truncates the stack to `depth`, pushes the exception and continues at `handler`.
/// The innermost (first matching) entry wins, as the compiler emits inner entries first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
}

/// Compiled code: stack instructions plus everything needed to run and report on them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CodeObject {
    /// The function's name (`<module>`, `<lambda>`, `<listcomp>`, ...).
    pub name: String,
    /// The dotted name for reprs (`outer.<locals>.inner`).
    pub qualname: String,
    /// The source file, as tracebacks print it.
    pub filename: String,
    /// `flags::*` bits.
    pub flags: u32,
    /// Positional parameters (including positional-only ones).
    pub argcount: u32,
    /// Positional-only parameters (a prefix of the positional ones).
    pub posonlyargcount: u32,
    /// Keyword-only parameters (after the positional ones in `varnames`).
    pub kwonlyargcount: u32,
    /// The line of the `def` (or 1 for a module).
    pub first_line: u32,
    pub instructions: Vec<Instr>,
    /// The source line of each instruction (same length as `instructions`).
    pub lines: Vec<u32>,
    pub constants: Vec<Constant>,
    /// Global, attribute and namespace names used by the code.
    pub names: Vec<String>,
    /// Fast locals: parameters first, then `*args`, `**kwargs`, then other locals.
    pub varnames: Vec<String>,
    /// Locals captured by inner functions (they live in cells).
    pub cellvars: Vec<String>,
    /// Variables captured from enclosing functions.
    pub freevars: Vec<String>,
    pub exception_table: Vec<ExceptionEntry>,
    /// The deepest the value stack gets (checked by the verifier).
    pub max_stack: u32,
}

impl CodeObject {
    /// The number of parameters including `*args` and `**kwargs` (a prefix of `varnames`).
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }

    /// The name of a deref slot: cell variables first, then free variables.
    pub fn deref_name(&self, index: usize) -> Option<&str> {
        if index < self.cellvars.len() {
            Some(&self.cellvars[index])
        } else {
            self.freevars
                .get(index - self.cellvars.len())
                .map(String::as_str)
        }
    }

    /// The source line of instruction `pc`.
    pub fn line_of(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }

    /// Whether calling this code makes a generator: a generator function, a coroutine or an
    /// async generator.
    pub fn is_generator(&self) -> bool {
        self.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }
}
