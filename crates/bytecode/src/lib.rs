//! ferropy's bytecode: the stack instruction set (defined once, in `opcodes`), `CodeObject`, the
//! disassembler, the verifier, and the `.pyc` format (`marshal` for code objects, `pyc` for files).
//! This crate depends on nothing else of ferropy's; the compiler produces what it defines and the
//! VM consumes it.

pub mod code;
pub mod dis;
pub mod marshal;
pub mod opcodes;
pub mod pyc;
pub mod verifier;

pub use code::{flags, CodeObject, Constant, ExceptionEntry};
pub use opcodes::{
    BinaryOperator, CompareOperator, Instr, Opcode, OperandKind, UnaryOperator, INPLACE_OFFSET,
};
pub use verifier::{compute_max_stack, verify, VerifyError};
