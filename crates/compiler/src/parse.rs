//! The one module that names `rustpython-parser`: it turns source text into an AST and parse
//! failures into `CompileError`s, so the parser can be swapped without touching code generation.

use crate::error::{CompileError, ErrorKind};
pub use rustpython_parser::ast;
pub use rustpython_parser::text_size::TextRange;
use rustpython_parser::{lexer::LexicalErrorType, Mode, ParseErrorType};

/// Which grammar to parse with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceMode {
    /// A module or script: a sequence of statements.
    Module,
    /// A single interactive statement (the REPL): expression statements print their value.
    Interactive,
}

/// Parses a whole module.
pub fn parse_module(source: &str, filename: &str) -> Result<Vec<ast::Stmt>, CompileError> {
    match parse_within_limits(source, Mode::Module, filename)? {
        Ok(ast::Mod::Module(m)) => Ok(m.body),
        Ok(_) => unreachable!("Mode::Module yields a module"),
        Err(err) => Err(convert_error(source, filename, err)),
    }
}

/// Parses one expression (the `eval` input).
pub fn parse_expression(source: &str, filename: &str) -> Result<ast::Expr, CompileError> {
    // eval() ignores leading spaces and tabs, as CPython does.
    let trimmed = source.trim_start_matches([' ', '\t']);
    match parse_within_limits(trimmed, Mode::Expression, filename)? {
        Ok(ast::Mod::Expression(e)) => Ok(*e.body),
        Ok(_) => unreachable!("Mode::Expression yields an expression"),
        Err(err) => Err(convert_error(trimmed, filename, err)),
    }
}

/// CPython's tokenizer limits (`MAXLEVEL`, `MAXINDENT`): more nested brackets or indentation
/// levels than these are a `SyntaxError` / `IndentationError` before any parsing.
pub const MAX_NESTED_BRACKETS: u32 = 200;
pub const MAX_INDENT_LEVELS: u32 = 100;

/// Parses while counting brackets and indentation levels as the tokens go by; past either
/// limit the token stream ends there and the limit's error is returned instead of whatever the
/// parser made of the cut-off input. (With the limits, the AST's depth comes from operator
/// chains only, which the symbol table bounds.)
fn parse_within_limits(
    source: &str,
    mode: Mode,
    filename: &str,
) -> Result<Result<ast::Mod, rustpython_parser::ParseError>, CompileError> {
    use rustpython_parser::Tok;
    let exceeded = std::cell::Cell::new(None);
    let (mut brackets, mut indents) = (0u32, 0u32);
    let tokens = rustpython_parser::lexer::lex(source, mode).map_while(|t| {
        if let Ok((tok, range)) = &t {
            let offset = u32::from(range.start()) as usize;
            match tok {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                    brackets += 1;
                    if brackets > MAX_NESTED_BRACKETS {
                        exceeded.set(Some((
                            ErrorKind::SyntaxError,
                            "too many nested parentheses",
                            offset,
                        )));
                        return None;
                    }
                }
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => brackets = brackets.saturating_sub(1),
                Tok::Indent => {
                    indents += 1;
                    if indents >= MAX_INDENT_LEVELS {
                        let line_start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
                        exceeded.set(Some((
                            ErrorKind::IndentationError,
                            "too many levels of indentation",
                            line_start,
                        )));
                        return None;
                    }
                }
                Tok::Dedent => indents = indents.saturating_sub(1),
                _ => {}
            }
        }
        Some(t)
    });
    let result = rustpython_parser::parse_tokens(tokens, mode, filename);
    match exceeded.get() {
        Some((kind, msg, offset)) => {
            forget_deep(result);
            Err(CompileError::at_offset(
                kind,
                msg.to_string(),
                filename,
                source,
                offset,
            ))
        }
        None => Ok(result),
    }
}

/// Dropping an AST recurses once per level, so a deeply nested one (a few million `-` signs)
/// would overflow the stack in its destructor. The compile fails on such input anyway; its
/// tree is leaked instead of dropped.
pub(crate) fn forget_deep<T>(tree: T) {
    std::mem::forget(tree);
}

/// Maps a parser error onto CPython's wording where the two differ.
fn convert_error(source: &str, filename: &str, err: rustpython_parser::ParseError) -> CompileError {
    let offset = u32::from(err.offset) as usize;
    let (kind, msg) = match &err.error {
        ParseErrorType::Eof | ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            (ErrorKind::SyntaxError, eof_message(source))
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => (
            ErrorKind::IndentationError,
            "unindent does not match any outer indentation level".to_string(),
        ),
        ParseErrorType::Lexical(LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces) => {
            (
                ErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation".to_string(),
            )
        }
        ParseErrorType::Lexical(LexicalErrorType::StringError) => (
            ErrorKind::SyntaxError,
            "unterminated string literal (detected at line N)".to_string(),
        ),
        ParseErrorType::Lexical(LexicalErrorType::NestingError) => {
            let (at, c) = unmatched_closer(source).unwrap_or((offset, ')'));
            let error = CompileError::at_offset(
                ErrorKind::SyntaxError,
                format!("unmatched '{c}'"),
                filename,
                source,
                at,
            );
            return error;
        }
        ParseErrorType::Lexical(other) => {
            if let Some(start) = leading_zeros_literal(source, offset) {
                let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
                return CompileError::at_offset(
                    ErrorKind::SyntaxError,
                    msg.into(),
                    filename,
                    source,
                    start,
                );
            }
            (ErrorKind::SyntaxError, other.to_string())
        }
        e if e.is_indentation_error() => {
            let text = e.to_string();
            (ErrorKind::IndentationError, text)
        }
        _ => (ErrorKind::SyntaxError, "invalid syntax".to_string()),
    };
    let mut error = CompileError::at_offset(kind, msg, filename, source, offset);
    if error.msg.contains("(detected at line N)") {
        error.msg = error.msg.replace("line N", &error.line.to_string());
    }
    error
}

/// Where the literal around `offset` starts, if it is a decimal integer with leading zeros
/// (`007`, `0_7`; `00` and `0.5` are fine), which the lexer reports only as a bad token.
fn leading_zeros_literal(source: &str, offset: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    let digitish = |b: u8| b.is_ascii_digit() || b == b'_';
    let mut start = offset.min(bytes.len());
    while start > 0 && digitish(bytes[start - 1]) {
        start -= 1;
    }
    let mut end = start;
    while end < bytes.len() && digitish(bytes[end]) {
        end += 1;
    }
    let literal = &source[start..end];
    let identifier_before =
        start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'.');
    let bad = !identifier_before
        && literal.len() > 1
        && literal.starts_with('0')
        && literal.bytes().any(|b| (b'1'..=b'9').contains(&b))
        && !matches!(bytes.get(end), Some(b'.' | b'e' | b'E' | b'j' | b'J'));
    bad.then_some(start)
}

/// The first closing bracket with no opener (outside comments and strings, roughly).
fn unmatched_closer(source: &str) -> Option<(usize, char)> {
    let mut depth = 0i32;
    let mut in_comment = false;
    for (i, c) in source.char_indices() {
        match c {
            '#' => in_comment = true,
            '\n' => in_comment = false,
            '(' | '[' | '{' if !in_comment => depth += 1,
            ')' | ']' | '}' if !in_comment => {
                depth -= 1;
                if depth < 0 {
                    return Some((i, c));
                }
            }
            _ => {}
        }
    }
    None
}

/// CPython reports an unclosed bracket by naming it; otherwise end of input is invalid syntax.
fn eof_message(source: &str) -> String {
    let mut open = Vec::new();
    let mut in_comment = false;
    for c in source.chars() {
        match c {
            '#' => in_comment = true,
            '\n' => in_comment = false,
            '(' | '[' | '{' if !in_comment => open.push(c),
            ')' | ']' | '}' if !in_comment => {
                open.pop();
            }
            _ => {}
        }
    }
    match open.last() {
        Some(c) => format!("'{c}' was never closed"),
        None => "unexpected EOF while parsing".to_string(),
    }
}
