//! The disassembler: stack code printed in the spirit of CPython's `dis`.

use crate::code::{CodeObject, Constant};
use crate::opcodes::{BinaryOperator, CompareOperator, OperandKind, UnaryOperator};
use std::fmt::Write;

/// A short, Python-like rendering of a constant for listings.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex { real, imag } => format!("({real:?}+{imag:?}j)"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(constant_repr).collect();
            if items.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Code(code) => format!("<code object {}>", code.name),
    }
}

/// What an operand stands for, shown in parentheses after it; empty when nothing helps.
pub fn operand_note(code: &CodeObject, kind: OperandKind, arg: u32) -> String {
    let index = arg as usize;
    let name = |list: &[String]| list.get(index).cloned().unwrap_or_else(|| "?".into());
    match kind {
        OperandKind::Const => code
            .constants
            .get(index)
            .map(constant_repr)
            .unwrap_or_default(),
        OperandKind::Name => name(&code.names),
        OperandKind::Local => name(&code.varnames),
        OperandKind::Deref => code.deref_name(index).unwrap_or("?").to_string(),
        OperandKind::Jump => format!("to {arg}"),
        OperandKind::BinOp => match BinaryOperator::decode(arg) {
            Some((op, true)) => format!("{}=", op.symbol()),
            Some((op, false)) => op.symbol().to_string(),
            None => "?".into(),
        },
        OperandKind::CmpOp => CompareOperator::decode(arg)
            .map_or("?", |op| op.symbol())
            .into(),
        OperandKind::UnaryOp => UnaryOperator::decode(arg)
            .map_or("?", |op| op.symbol())
            .into(),
        OperandKind::None | OperandKind::Count | OperandKind::Flags => String::new(),
    }
}

/// Disassembles one code object (not the ones nested in its constants).
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Disassembly of <code object {}> (stack code):",
        code.qualname
    );
    let mut last_line = 0;
    for (pc, instr) in code.instructions.iter().enumerate() {
        let line = code.line_of(pc);
        let line_col = if line != last_line {
            line.to_string()
        } else {
            String::new()
        };
        last_line = line;
        let kind = instr.op.operand_kind();
        let mut text = format!("{line_col:>4} {pc:>6} {:<20}", instr.op.name());
        if kind != OperandKind::None {
            let _ = write!(text, " {:>4}", instr.arg);
            let note = operand_note(code, kind, instr.arg);
            if !note.is_empty() {
                let _ = write!(text, " ({note})");
            }
        }
        let _ = writeln!(out, "{}", text.trim_end());
    }
    for e in &code.exception_table {
        let _ = writeln!(
            out,
            "  ExceptionTable: {} to {} -> {} [{}]",
            e.start, e.end, e.handler, e.depth
        );
    }
    out
}

/// Disassembles a code object and, after it, every code object nested in its constants.
pub fn disassemble_recursive(code: &CodeObject) -> String {
    let mut out = disassemble(code);
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            out.push('\n');
            out.push_str(&disassemble_recursive(inner));
        }
    }
    out
}
