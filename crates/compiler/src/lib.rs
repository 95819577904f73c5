//! ferropy's compiler: Python source to `CodeObject`s of stack bytecode. Parsing goes through
//! `parse` (the one module that names `rustpython-parser`), then `symtable` resolves scopes, then
//! `codegen`, `stmt` and `expr` emit code. Depends on `ferropy-bytecode` and the parser only.

mod codegen;
pub mod error;
mod expr;
mod matching;
pub mod parse;
mod stmt;
pub mod symtable;
pub mod tree;
mod tree_expr;

pub use error::{CompileError, ErrorKind};
use ferropy_bytecode::CodeObject;

/// Compiles the source of a module or script into its code object.
pub fn compile(source: &str, filename: &str) -> Result<CodeObject, CompileError> {
    let body = parse::parse_module(source, filename)?;
    let result = codegen::compile_module(&body, source, filename, false);
    release(body, result)
}

/// Drops the AST, unless the compile failed for nesting too deep to drop it recursively.
fn release<T>(
    tree: T,
    result: Result<CodeObject, CompileError>,
) -> Result<CodeObject, CompileError> {
    match &result {
        Err(e) if e.kind == ErrorKind::RecursionError => parse::forget_deep(tree),
        _ => drop(tree),
    }
    result
}

/// Compiles one REPL entry: expression statements print their non-None value.
pub fn compile_interactive(source: &str, filename: &str) -> Result<CodeObject, CompileError> {
    let body = parse::parse_module(source, filename)?;
    check_single_statement(&body, source, filename)?;
    let result = codegen::compile_module(&body, source, filename, true);
    release(body, result)
}

/// Mode `single` takes one statement: simple statements on one line (`a; b`) or one compound
/// statement. Anything after that is CPython's SyntaxError.
fn check_single_statement(
    body: &[parse::ast::Stmt],
    source: &str,
    filename: &str,
) -> Result<(), CompileError> {
    use parse::ast::{Ranged, Stmt};
    let Some(first) = body.first() else {
        return Ok(());
    };
    let start = usize::from(first.range().start());
    let line_end = source[start..]
        .find('\n')
        .map_or(source.len(), |i| start + i);
    let compound = matches!(
        first,
        Stmt::FunctionDef(_)
            | Stmt::AsyncFunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::For(_)
            | Stmt::AsyncFor(_)
            | Stmt::While(_)
            | Stmt::If(_)
            | Stmt::With(_)
            | Stmt::AsyncWith(_)
            | Stmt::Match(_)
            | Stmt::Try(_)
            | Stmt::TryStar(_)
    );
    let later = body[1..]
        .iter()
        .map(|s| usize::from(s.range().start()))
        .find(|&off| compound || off > line_end);
    let Some(off) = later else {
        return Ok(());
    };
    let (msg, at) = if compound {
        ("invalid syntax", off)
    } else {
        (
            "multiple statements found while compiling a single statement",
            line_end,
        )
    };
    let kind = ErrorKind::SyntaxError;
    Err(CompileError::at_offset(
        kind,
        msg.to_string(),
        filename,
        source,
        at,
    ))
}

/// Compiles source for `exec()`: statements whose module-level names live in a namespace dict.
pub fn compile_exec(source: &str, filename: &str) -> Result<CodeObject, CompileError> {
    let body = parse::parse_module(source, filename)?;
    let result = codegen::compile_dynamic(&body, source, filename, false);
    release(body, result)
}

/// Compiles an expression for `eval()`: the code returns its value.
pub fn compile_eval(source: &str, filename: &str) -> Result<CodeObject, CompileError> {
    let expr = parse::parse_expression(source, filename)?;
    let range = parse::ast::Ranged::range(&expr);
    let body = vec![parse::ast::Stmt::Expr(parse::ast::StmtExpr {
        range,
        value: Box::new(expr),
    })];
    let result = codegen::compile_dynamic(&body, source, filename, true);
    release(body, result)
}

#[cfg(test)]
mod tests;
