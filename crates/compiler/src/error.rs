//! Compile errors: `SyntaxError` and its subclasses, located by file, line and column.

use std::fmt;

/// Which Python exception a compile error becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// The source nests deeper than the compiler recurses ("maximum recursion depth exceeded
    /// during compilation"); not a `SyntaxError`, as in CPython.
    RecursionError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A located compile error. `line` and `column` are 1-based; `text` is the offending source line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    pub line: u32,
    pub column: u32,
    pub text: String,
}

impl CompileError {
    /// An error at a byte offset into `source`.
    pub fn at_offset(
        kind: ErrorKind,
        msg: String,
        filename: &str,
        source: &str,
        offset: usize,
    ) -> Self {
        let offset = offset.min(source.len());
        let before = &source[..floor_char_boundary(source, offset)];
        let line = before.matches('\n').count() as u32 + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() as u32 + 1;
        let text = source[line_start..]
            .lines()
            .next()
            .unwrap_or("")
            .to_string();
        CompileError {
            kind,
            msg,
            filename: filename.to_string(),
            line,
            column,
            text,
        }
    }

    /// The report CPython prints for an uncaught `SyntaxError`, without a traceback header.
    pub fn report(&self) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.line);
        let trimmed = self.text.trim_start();
        if !trimmed.is_empty() {
            let indent = self.text.chars().count() - trimmed.chars().count();
            let caret = (self.column as usize).saturating_sub(indent + 1);
            out.push_str(&format!("    {}\n", trimmed.trim_end()));
            out.push_str(&format!("    {}^\n", " ".repeat(caret)));
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.msg));
        out
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}, line {})", self.msg, self.filename, self.line)
    }
}
