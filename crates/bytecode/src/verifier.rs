//! The verifier: checks a code object before anything runs it, so the interpreter may trust its
//! operands. Every jump target, operand index and exception-table entry must be in range, and the
//! stack depth must be the same along every path into an instruction.

use crate::code::{flags, CodeObject, Constant};
use crate::opcodes::{BinaryOperator, CompareOperator, Instr, OperandKind, UnaryOperator};
use std::fmt;

/// Why a code object was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError {
    pub code_name: String,
    pub pc: Option<usize>,
    pub reason: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pc {
            Some(pc) => write!(f, "{} at {}: {}", self.code_name, pc, self.reason),
            None => write!(f, "{}: {}", self.code_name, self.reason),
        }
    }
}

/// Verifies `code` and every code object nested in its constants.
pub fn verify(code: &CodeObject) -> Result<(), VerifyError> {
    let fail = |pc: Option<usize>, reason: String| VerifyError {
        code_name: code.qualname.clone(),
        pc,
        reason,
    };
    check_header(code).map_err(|r| fail(None, r))?;
    for (pc, instr) in code.instructions.iter().enumerate() {
        check_operand(code, *instr).map_err(|r| fail(Some(pc), r))?;
    }
    check_stack_depths(code, code.max_stack).map_err(|(pc, r)| fail(pc, r))?;
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}

fn check_header(code: &CodeObject) -> Result<(), String> {
    if code.flags & !flags::ALL != 0 {
        return Err(format!("unknown flags {:#x}", code.flags));
    }
    if code.instructions.is_empty() {
        return Err("no instructions".into());
    }
    if code.lines.len() != code.instructions.len() {
        return Err("line table length differs from the instruction count".into());
    }
    if code.posonlyargcount > code.argcount || code.total_args() > code.varnames.len() {
        return Err("argument counts exceed the local variables".into());
    }
    let len = code.instructions.len() as u32;
    for e in &code.exception_table {
        if e.start >= e.end || e.end > len || e.handler >= len || e.depth > code.max_stack {
            return Err(format!("bad exception table entry {e:?}"));
        }
    }
    Ok(())
}

fn check_operand(code: &CodeObject, instr: Instr) -> Result<(), String> {
    let arg = instr.arg as usize;
    let within = |len: usize, what: &str| {
        if arg < len {
            Ok(())
        } else {
            Err(format!("{} operand {} out of range ({} {})", instr.op.name(), arg, len, what))
        }
    };
    match instr.op.operand_kind() {
        OperandKind::Const => within(code.constants.len(), "constants"),
        OperandKind::Name => within(code.names.len(), "names"),
        OperandKind::Local => within(code.varnames.len(), "locals"),
        OperandKind::Deref => within(code.cellvars.len() + code.freevars.len(), "cells"),
        OperandKind::Jump => within(code.instructions.len(), "instructions"),
        OperandKind::BinOp => BinaryOperator::decode(instr.arg)
            .map(|_| ())
            .ok_or_else(|| "bad binary operator".into()),
        OperandKind::CmpOp => CompareOperator::decode(instr.arg)
            .map(|_| ())
            .ok_or_else(|| "bad comparison operator".into()),
        OperandKind::UnaryOp => UnaryOperator::decode(instr.arg)
            .map(|_| ())
            .ok_or_else(|| "bad unary operator".into()),
        OperandKind::Count | OperandKind::Flags => {
            if instr.arg > 1 << 24 {
                Err("count too large".into())
            } else {
                Ok(())
            }
        }
        OperandKind::None => Ok(()),
    }
}

/// Abstract interpretation over stack depths: each instruction gets one depth, whichever way
/// control reaches it. Returns the offending pc (if any) with the reason.
fn check_stack_depths(code: &CodeObject, max: u32) -> Result<u32, (Option<usize>, String)> {
    let n = code.instructions.len();
    let mut depth_at: Vec<Option<u32>> = vec![None; n];
    let mut work = vec![(0usize, 0u32)];
    for e in &code.exception_table {
        work.push((e.handler as usize, e.depth + 1));
    }
    let mut deepest = 0;
    while let Some((pc, depth)) = work.pop() {
        if pc >= n {
            return Err((None, "control falls off the end of the code".into()));
        }
        match depth_at[pc] {
            Some(d) if d == depth => continue,
            Some(d) => {
                return Err((Some(pc), format!("stack depth {depth} here, {d} on another path")))
            }
            None => depth_at[pc] = Some(depth),
        }
        deepest = deepest.max(depth);
        let instr = code.instructions[pc];
        let mut successor = |effect: (u32, u32), target: usize| {
            let (pops, pushes) = effect;
            if pops > depth {
                return Err((Some(pc), format!("{} pops an empty stack", instr.op.name())));
            }
            let after = depth - pops + pushes;
            if after > max {
                return Err((Some(pc), format!("stack depth {after} exceeds max_stack {max}")));
            }
            work.push((target, after));
            Ok::<(), (Option<usize>, String)>(())
        };
        let fall = instr.op.stack_effect(instr.arg);
        if let Some(target) = instr.jump_target() {
            let jump = instr.op.jump_stack_effect(instr.arg).unwrap_or(fall);
            successor(jump, target as usize)?;
        }
        if !instr.is_terminator() {
            successor(fall, pc + 1)?;
        } else if fall.0 > depth {
            return Err((Some(pc), format!("{} pops an empty stack", instr.op.name())));
        }
    }
    Ok(deepest)
}

/// The deepest the stack gets in `code`, or why its depths are inconsistent. The compiler uses
/// this to fill in `max_stack`.
pub fn compute_max_stack(code: &CodeObject) -> Result<u32, VerifyError> {
    check_stack_depths(code, u32::MAX).map_err(|(pc, reason)| VerifyError {
        code_name: code.qualname.clone(),
        pc,
        reason,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opcodes::Opcode::*;

    fn code_of(instrs: &[(crate::Opcode, u32)]) -> CodeObject {
        CodeObject {
            name: "t".into(),
            qualname: "t".into(),
            instructions: instrs.iter().map(|(op, a)| Instr::new(*op, *a)).collect(),
            lines: vec![1; instrs.len()],
            constants: vec![Constant::None, Constant::Int(1)],
            max_stack: 2,
            ..Default::default()
        }
    }

    #[test]
    fn accepts_balanced_code() {
        let code = code_of(&[(LoadConst, 1), (PopJumpIfFalse, 3), (Nop, 0), (LoadConst, 0), (ReturnValue, 0)]);
        assert_eq!(verify(&code), Ok(()));
    }

    #[test]
    fn rejects_out_of_range_operands_and_targets() {
        assert!(verify(&code_of(&[(LoadConst, 9), (ReturnValue, 0)])).is_err());
        assert!(verify(&code_of(&[(Jump, 7)])).is_err());
        assert!(verify(&code_of(&[(LoadFast, 0), (ReturnValue, 0)])).is_err());
    }

    #[test]
    fn rejects_mismatched_depths_and_underflow() {
        let join = code_of(&[(LoadConst, 1), (PopJumpIfTrue, 3), (LoadConst, 0), (LoadConst, 0), (ReturnValue, 0)]);
        assert!(verify(&join).is_err());
        assert!(verify(&code_of(&[(PopTop, 0), (LoadConst, 0), (ReturnValue, 0)])).is_err());
        assert!(verify(&code_of(&[(LoadConst, 0), (PopTop, 0)])).is_err(), "falls off the end");
    }
}
