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
    let result = codegen::compile_module(&body, source, filename, true);
    release(body, result)
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
