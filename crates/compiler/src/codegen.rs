//! Code generation, part one: compilation units, labels, the exception table, and statements.
//! Expressions are in `expr.rs`. Each function, lambda, class body and comprehension is its own
//! unit; finishing a unit yields its `CodeObject`, which its parent stores as a constant.

use crate::error::{CompileError, ErrorKind};
use crate::parse::ast::{self, Ranged};
use crate::parse::TextRange;
use crate::symtable::{Resolution, ScopeKind, SymbolTable};
use ferropy_bytecode::{
    compute_max_stack, flags, CodeObject, Constant, ExceptionEntry, Instr, Opcode,
};
use std::collections::HashMap;
use std::rc::Rc;

/// A jump destination, bound to an instruction index once its code is emitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Label(usize);

/// An enclosing construct that `break`, `continue` and `return` must unwind through.
#[derive(Debug, Clone)]
pub(crate) enum FBlock {
    /// A `for` loop: its iterator is on the stack.
    ForLoop { continue_to: Label, break_to: Label },
    /// A `while` loop.
    WhileLoop { continue_to: Label, break_to: Label },
    /// The body of a `try` with handlers: a protected range.
    TryExcept {
        handler: Label,
        depth: u32,
        start: u32,
    },
    /// The body of a `try` with `finally`: a protected range whose finally body is inlined on exit.
    TryFinally {
        handler: Label,
        depth: u32,
        start: u32,
        body: Rc<Vec<ast::Stmt>>,
    },
    /// The body of a `with`: its exit method is on the stack.
    With {
        handler: Label,
        depth: u32,
        start: u32,
        /// `async with`: the exit call's result is awaited.
        is_async: bool,
    },
    /// Inside an `except` clause (stack: previous exception) or a `finally` run for an
    /// exception (stack: previous exception, exception): protected by a cleanup handler.
    Handler {
        cleanup: Label,
        depth: u32,
        start: u32,
        exc_on_stack: bool,
    },
    /// Inside an `except*` clause: `break`, `continue` and `return` may not leave it.
    ExceptStar,
    /// A finally body inlined for a `return`: the return value is on the stack, and a `break`,
    /// `continue` or `return` in the body must drop it.
    PopValue,
}

/// One code object being built.
pub(crate) struct Unit {
    pub code: CodeObject,
    pub scope: usize,
    labels: Vec<Option<u32>>,
    label_depths: Vec<Option<u32>>,
    jumps: Vec<(usize, Label)>,
    entries: Vec<(u32, u32, Label, u32)>,
    pub fblocks: Vec<FBlock>,
    /// The stack depth after the last emitted instruction.
    pub depth: u32,
    reachable: bool,
    const_index: HashMap<String, u32>,
    name_index: HashMap<String, u32>,
    local_index: HashMap<String, u32>,
}

pub(crate) struct Compiler<'src> {
    pub source: &'src str,
    pub filename: String,
    pub table: SymbolTable,
    pub units: Vec<Unit>,
    line_starts: Vec<usize>,
    pub line: u32,
    /// Qualified-name prefixes of the enclosing definitions.
    pub qualnames: Vec<String>,
    /// Set while compiling a REPL statement, whose expression results are printed.
    pub interactive: bool,
    /// Module-level names go through the namespace opcodes (`LoadName`, ...), as for source run
    /// by `exec`/`eval`, whose locals may be a dict apart from the globals.
    pub namespace_names: bool,
    /// `from __future__ import annotations`: annotations are kept as their source text.
    pub future_annotations: bool,
}

/// Compiles a module body to its code object.
pub fn compile_module(
    body: &[ast::Stmt],
    source: &str,
    filename: &str,
    interactive: bool,
) -> Result<CodeObject, CompileError> {
    let table = crate::symtable::build(body, filename, source)?;
    let mut line_starts = vec![0];
    line_starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
    let mut c = Compiler {
        source,
        filename: filename.to_string(),
        table,
        units: Vec::new(),
        line_starts,
        line: 1,
        qualnames: Vec::new(),
        interactive,
        namespace_names: false,
        future_annotations: crate::stmt::has_future_annotations(body),
    };
    c.push_unit(0, "<module>", "<module>", 1);
    c.setup_annotations(body);
    c.stmts(body)?;
    if !c.unit().reachable_end() {
        // Every path already returned or raised.
    } else {
        c.load_const(Constant::None);
        c.emit(Opcode::ReturnValue, 0);
    }
    c.pop_unit()
}

/// Compiles source for `exec` (statements) or `eval` (`expression` is set: the code returns the
/// value of the body's one expression statement). Module-level names use the namespace
/// opcodes, so the code runs against separate globals and locals dicts.
pub fn compile_dynamic(
    body: &[ast::Stmt],
    source: &str,
    filename: &str,
    expression: bool,
) -> Result<CodeObject, CompileError> {
    let table = crate::symtable::build(body, filename, source)?;
    let mut line_starts = vec![0];
    line_starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
    let mut c = Compiler {
        source,
        filename: filename.to_string(),
        table,
        units: Vec::new(),
        line_starts,
        line: 1,
        qualnames: Vec::new(),
        interactive: false,
        namespace_names: true,
        future_annotations: crate::stmt::has_future_annotations(body),
    };
    c.push_unit(0, "<module>", "<module>", 1);
    match (expression, body) {
        (true, [ast::Stmt::Expr(e)]) => c.expr(&e.value)?,
        (true, _) => unreachable!("an expression body is one expression statement"),
        (false, _) => {
            c.stmts(body)?;
            c.load_const(Constant::None);
        }
    }
    if c.unit().reachable_end() {
        c.emit(Opcode::ReturnValue, 0);
    }
    c.pop_unit()
}

impl Unit {
    fn reachable_end(&self) -> bool {
        self.reachable
    }
}

impl<'src> Compiler<'src> {
    // ----- units -----

    pub fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, first_line: u32) {
        let s = &self.table.scopes[scope];
        let mut code = CodeObject {
            name: name.to_string(),
            qualname: qualname.to_string(),
            filename: self.filename.clone(),
            first_line,
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            ..Default::default()
        };
        if matches!(
            s.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        ) {
            code.flags |= flags::OPTIMIZED | flags::NEWLOCALS;
        }
        if s.nested {
            code.flags |= flags::NESTED;
        }
        // As in CPython, a coroutine or async generator is not flagged GENERATOR (inspect's
        // isgeneratorfunction tells them apart by it); all three run as generators.
        if s.is_generator && !s.is_coroutine {
            code.flags |= flags::GENERATOR;
        }
        if s.is_coroutine {
            code.flags |= if s.has_yield {
                flags::ASYNC_GENERATOR
            } else {
                flags::COROUTINE
            };
        }
        self.units.push(Unit {
            code,
            scope,
            labels: Vec::new(),
            label_depths: Vec::new(),
            jumps: Vec::new(),
            entries: Vec::new(),
            fblocks: Vec::new(),
            depth: 0,
            reachable: true,
            const_index: HashMap::new(),
            name_index: HashMap::new(),
            local_index: HashMap::new(),
        });
    }

    /// Finishes the innermost unit: resolves labels, builds the exception table, sizes the stack.
    pub fn pop_unit(&mut self) -> Result<CodeObject, CompileError> {
        let mut unit = self.units.pop().expect("a unit to finish");
        let resolve = |l: Label| unit.labels[l.0].expect("every label is bound");
        for (pc, label) in &unit.jumps {
            unit.code.instructions[*pc].arg = resolve(*label);
        }
        unit.code.exception_table = unit
            .entries
            .iter()
            .filter(|(start, end, _, _)| start < end)
            .map(|&(start, end, handler, depth)| ExceptionEntry {
                start,
                end,
                handler: resolve(handler),
                depth,
            })
            .collect();
        unit.code.max_stack = compute_max_stack(&unit.code).map_err(|e| CompileError {
            kind: ErrorKind::SyntaxError,
            msg: format!("internal compiler error: {e}"),
            filename: self.filename.clone(),
            line: self.line,
            column: 1,
            text: String::new(),
        })?;
        Ok(unit.code)
    }

    pub fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("a unit")
    }

    // ----- emission -----

    pub fn pc(&self) -> u32 {
        self.units.last().expect("a unit").code.instructions.len() as u32
    }

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        let line = self.line;
        let unit = self.unit();
        if !unit.reachable {
            // Dead code after a return or raise: keep the depth consistent by not emitting.
            return;
        }
        let (pops, pushes) = op.stack_effect(arg);
        unit.depth = unit.depth.saturating_sub(pops) + pushes;
        unit.code.instructions.push(Instr::new(op, arg));
        unit.code.lines.push(line);
        if Instr::new(op, arg).is_terminator() {
            unit.reachable = false;
        }
    }

    pub fn new_label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(None);
        unit.label_depths.push(None);
        Label(unit.labels.len() - 1)
    }

    /// Binds a label here. Code after it is reachable when anything jumps to it.
    pub fn bind(&mut self, label: Label) {
        let pc = self.pc();
        let unit = self.unit();
        unit.labels[label.0] = Some(pc);
        if let Some(d) = unit.label_depths[label.0] {
            if !unit.reachable {
                unit.depth = d;
            }
            unit.reachable = true;
        }
    }

    /// Binds a handler label: reachable through the exception table with this depth.
    pub fn bind_handler(&mut self, label: Label, depth: u32) {
        let unit = self.unit();
        unit.label_depths[label.0] = Some(depth + 1);
        unit.reachable = false;
        self.bind(label);
    }

    pub fn emit_jump(&mut self, op: Opcode, label: Label) {
        if !self.unit().reachable {
            return;
        }
        let pc = self.pc() as usize;
        let unit = self.unit();
        let (pops, pushes) = op.jump_stack_effect(0).unwrap_or(op.stack_effect(0));
        let target_depth = unit.depth - pops + pushes;
        unit.label_depths[label.0] = Some(target_depth);
        unit.jumps.push((pc, label));
        self.emit(op, 0);
    }

    /// Records a protected range `start..here` whose exceptions go to `handler` at `depth`.
    pub fn add_entry(&mut self, start: u32, handler: Label, depth: u32) {
        let end = self.pc();
        self.unit().entries.push((start, end, handler, depth));
    }

    pub fn is_reachable(&self) -> bool {
        self.units.last().expect("a unit").reachable
    }

    // ----- operand tables -----

    pub fn const_index(&mut self, c: Constant) -> u32 {
        let unit = self.unit();
        let key = match &c {
            Constant::Code(_) => None,
            other => Some(format!("{other:?}")),
        };
        if let Some(k) = &key {
            if let Some(&i) = unit.const_index.get(k) {
                return i;
            }
        }
        let index = unit.code.constants.len() as u32;
        unit.code.constants.push(c);
        if let Some(k) = key {
            unit.const_index.insert(k, index);
        }
        index
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.const_index(c);
        self.emit(Opcode::LoadConst, i);
    }

    pub fn name_index(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(&i) = unit.name_index.get(name) {
            return i;
        }
        let i = unit.code.names.len() as u32;
        unit.code.names.push(name.to_string());
        unit.name_index.insert(name.to_string(), i);
        i
    }

    pub fn local_index(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(&i) = unit.local_index.get(name) {
            return i;
        }
        let i = unit.code.varnames.len() as u32;
        unit.code.varnames.push(name.to_string());
        unit.local_index.insert(name.to_string(), i);
        i
    }

    fn deref_index(&mut self, name: &str) -> u32 {
        let code = &self.unit().code;
        if let Some(i) = code.cellvars.iter().position(|n| n == name) {
            return i as u32;
        }
        let i = code
            .freevars
            .iter()
            .position(|n| n == name)
            .expect("a free variable");
        (code.cellvars.len() + i) as u32
    }

    /// Emits a load, store or delete of a name, by how the symbol table resolved it.
    pub fn name_op(&mut self, name: &str, ctx: NameCtx) {
        let scope = self.units.last().expect("a unit").scope;
        let resolution = self.table.scopes[scope].resolve(name);
        let kind = self.table.scopes[scope].kind;
        use NameCtx::*;
        let (op, arg) = match resolution {
            Resolution::Local => {
                let op = [Opcode::LoadFast, Opcode::StoreFast, Opcode::DeleteFast][ctx as usize];
                (op, self.local_index(name))
            }
            Resolution::Cell | Resolution::Free => {
                let op = [Opcode::LoadDeref, Opcode::StoreDeref, Opcode::DeleteDeref][ctx as usize];
                (op, self.deref_index(name))
            }
            Resolution::GlobalExplicit | Resolution::GlobalImplicit => {
                let op = [
                    Opcode::LoadGlobal,
                    Opcode::StoreGlobal,
                    Opcode::DeleteGlobal,
                ][ctx as usize];
                (op, self.name_index(name))
            }
            Resolution::Namespace if kind == ScopeKind::Module && !self.namespace_names => {
                // A module's locals are its globals: the faster global opcodes are exact.
                let op = [
                    Opcode::LoadGlobal,
                    Opcode::StoreGlobal,
                    Opcode::DeleteGlobal,
                ][ctx as usize];
                (op, self.name_index(name))
            }
            Resolution::Namespace => {
                let op = [Opcode::LoadName, Opcode::StoreName, Opcode::DeleteName][ctx as usize];
                (op, self.name_index(name))
            }
        };
        let _ = (Load, Store, Delete);
        self.emit(op, arg);
    }

    // ----- locations and errors -----

    pub fn line_of(&self, range: TextRange) -> u32 {
        let offset = u32::from(range.start()) as usize;
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    pub fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        let offset = u32::from(range.start()) as usize;
        CompileError::at_offset(
            ErrorKind::SyntaxError,
            msg.into(),
            &self.filename,
            self.source,
            offset,
        )
    }

    // ----- statements -----

    pub fn stmts(&mut self, body: &[ast::Stmt]) -> Result<(), CompileError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, stmt: &ast::Stmt) -> Result<(), CompileError> {
        use ast::Stmt as S;
        self.line = self.line_of(stmt.range());
        match stmt {
            S::Expr(e) => {
                self.expr(&e.value)?;
                if self.interactive && self.units.len() == 1 {
                    self.emit(Opcode::PrintExpr, 0);
                } else {
                    self.emit(Opcode::PopTop, 0);
                }
            }
            S::Assign(a) if self.swap_assign(a)? => {}
            S::Assign(a) => {
                self.expr(&a.value)?;
                for (i, target) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Opcode::DupTop, 0);
                    }
                    self.store_target(target)?;
                }
            }
            S::AugAssign(a) => self.aug_assign(a)?,
            S::AnnAssign(a) => self.ann_assign(a)?,
            S::Pass(_) => {}
            S::If(i) => self.if_stmt(i)?,
            S::While(w) => self.while_stmt(w)?,
            S::For(f) => self.for_stmt(f)?,
            S::Break(b) => self.break_continue(true, b.range)?,
            S::Continue(c) => self.break_continue(false, c.range)?,
            S::Return(r) => {
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.check_except_star(0, r.range)?;
                let saved = self.unwind_for_return()?;
                self.emit(Opcode::ReturnValue, 0);
                self.restore_fblocks(saved);
            }
            S::FunctionDef(f) => self.function_def(f)?,
            S::AsyncFunctionDef(f) => self.async_function_def(f)?,
            S::AsyncFor(f) => self.async_for_stmt(f)?,
            S::ClassDef(c) => self.class_def(c)?,
            S::Delete(d) => d.targets.iter().try_for_each(|t| self.delete_target(t))?,
            S::Global(_) | S::Nonlocal(_) => {}
            S::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(Opcode::LoadAssertionError, 0);
                if let Some(msg) = &a.msg {
                    self.expr(msg)?;
                    self.emit(Opcode::Call, 1);
                }
                self.emit(Opcode::RaiseVarargs, 1);
                self.bind(end);
            }
            S::Raise(r) => {
                let mut n = 0;
                if let Some(exc) = &r.exc {
                    self.expr(exc)?;
                    n = 1;
                    if let Some(cause) = &r.cause {
                        self.expr(cause)?;
                        n = 2;
                    }
                }
                self.emit(Opcode::RaiseVarargs, n);
            }
            S::Try(t) => self.try_stmt(t, false)?,
            S::TryStar(t) => {
                let t = ast::StmtTry {
                    range: t.range,
                    body: t.body.clone(),
                    handlers: t.handlers.clone(),
                    orelse: t.orelse.clone(),
                    finalbody: t.finalbody.clone(),
                };
                self.try_stmt(&t, true)?
            }
            S::With(w) => self.with_stmt(w, 0, false)?,
            S::AsyncWith(w) => {
                let w = ast::StmtWith {
                    range: w.range,
                    items: w.items.clone(),
                    body: w.body.clone(),
                    type_comment: None,
                };
                self.with_stmt(&w, 0, true)?
            }
            S::Match(m) => self.match_stmt(m)?,
            S::Import(i) => self.import(i)?,
            S::ImportFrom(i) => self.import_from(i)?,
            other => return Err(self.error("this statement is not supported yet", other.range())),
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &ast::StmtIf) -> Result<(), CompileError> {
        let end = self.new_label();
        let orelse = self.new_label();
        self.jump_if(&i.test, false, orelse)?;
        self.stmts(&i.body)?;
        if !i.orelse.is_empty() {
            self.emit_jump(Opcode::Jump, end);
        }
        self.bind(orelse);
        self.stmts(&i.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) -> Result<(), CompileError> {
        let start = self.new_label();
        let orelse = self.new_label();
        let break_to = self.new_label();
        self.bind(start);
        self.jump_if(&w.test, false, orelse)?;
        self.unit().fblocks.push(FBlock::WhileLoop {
            continue_to: start,
            break_to,
        });
        self.stmts(&w.body)?;
        self.unit().fblocks.pop();
        self.emit_jump(Opcode::Jump, start);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(break_to);
        Ok(())
    }

    fn for_stmt(&mut self, f: &ast::StmtFor) -> Result<(), CompileError> {
        let start = self.new_label();
        let exhausted = self.new_label();
        let break_to = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Opcode::GetIter, 0);
        self.bind(start);
        self.line = self.line_of(f.range);
        self.emit_jump(Opcode::ForIter, exhausted);
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::ForLoop {
            continue_to: start,
            break_to,
        });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.emit_jump(Opcode::Jump, start);
        self.bind(exhausted);
        self.stmts(&f.orelse)?;
        self.bind(break_to);
        Ok(())
    }

    /// `async for x in it:` awaits `__anext__()` each round until StopAsyncIteration.
    fn async_for_stmt(&mut self, f: &ast::StmtAsyncFor) -> Result<(), CompileError> {
        let start = self.new_label();
        let exhausted = self.new_label();
        let break_to = self.new_label();
        self.expr(&f.iter)?;
        self.call_hidden("<aiter>");
        self.bind(start);
        self.line = self.line_of(f.range);
        let (stop, depth) = self.async_next();
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::ForLoop {
            continue_to: start,
            break_to,
        });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.emit_jump(Opcode::Jump, start);
        self.async_exhausted(stop, depth);
        self.bind(exhausted);
        self.stmts(&f.orelse)?;
        self.bind(break_to);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, range: TextRange) -> Result<(), CompileError> {
        let loop_index = self
            .unit()
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::ForLoop { .. } | FBlock::WhileLoop { .. }));
        let Some(loop_index) = loop_index else {
            let what = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.error(what, range));
        };
        self.check_except_star(loop_index + 1, range)?;
        let saved = self.unit().fblocks.clone();
        while self.unit().fblocks.len() > loop_index + 1 {
            let block = self.unit().fblocks.pop().expect("a block");
            self.unwind_block(&block, false)?;
        }
        match self.unit().fblocks[loop_index].clone() {
            FBlock::ForLoop {
                continue_to,
                break_to,
            } => {
                if is_break {
                    self.emit(Opcode::PopTop, 0);
                    self.emit_jump(Opcode::Jump, break_to);
                } else {
                    self.emit_jump(Opcode::Jump, continue_to);
                }
            }
            FBlock::WhileLoop {
                continue_to,
                break_to,
            } => {
                self.emit_jump(Opcode::Jump, if is_break { break_to } else { continue_to });
            }
            _ => unreachable!("a loop block"),
        }
        self.restore_fblocks(saved);
        Ok(())
    }

    /// `break`, `continue` or `return` may not leave an `except*` clause (blocks from `from` up).
    fn check_except_star(&self, from: usize, range: TextRange) -> Result<(), CompileError> {
        let blocks = &self.units.last().expect("a unit").fblocks;
        if blocks[from.min(blocks.len())..]
            .iter()
            .any(|b| matches!(b, FBlock::ExceptStar))
        {
            return Err(self.error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                range,
            ));
        }
        Ok(())
    }

    /// Before `return`: runs every enclosing finally body and leaves every except handler.
    /// Returns the blocks to restore once the return is emitted.
    fn unwind_for_return(&mut self) -> Result<Vec<FBlock>, CompileError> {
        let saved = self.unit().fblocks.clone();
        while let Some(block) = self.unit().fblocks.pop() {
            self.unwind_block(&block, true)?;
        }
        Ok(saved)
    }

    /// Puts back the blocks an early exit unwound; their protected ranges restart here.
    fn restore_fblocks(&mut self, saved: Vec<FBlock>) {
        let pc = self.pc();
        let keep = self.unit().fblocks.len();
        for mut block in saved.into_iter().skip(keep) {
            if let FBlock::TryExcept { start, .. }
            | FBlock::TryFinally { start, .. }
            | FBlock::With { start, .. }
            | FBlock::Handler { start, .. } = &mut block
            {
                *start = pc;
            }
            self.unit().fblocks.push(block);
        }
    }

    /// Emits the exit code of one block on an early exit (`value_on_top`: a return value is on
    /// the stack above the block's own entries).
    fn unwind_block(&mut self, block: &FBlock, value_on_top: bool) -> Result<(), CompileError> {
        match block {
            FBlock::ForLoop { .. } => {
                if value_on_top {
                    self.emit(Opcode::RotTwo, 0);
                }
                self.emit(Opcode::PopTop, 0);
            }
            FBlock::WhileLoop { .. } | FBlock::ExceptStar => {}
            FBlock::TryExcept {
                handler,
                depth,
                start,
            } => self.add_entry(*start, *handler, *depth),
            FBlock::TryFinally {
                handler,
                depth,
                start,
                body,
            } => {
                self.add_entry(*start, *handler, *depth);
                if value_on_top {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                self.stmts(body)?;
                if value_on_top {
                    self.unit().fblocks.pop();
                }
            }
            FBlock::PopValue => {
                if value_on_top {
                    self.emit(Opcode::RotTwo, 0);
                }
                self.emit(Opcode::PopTop, 0);
            }
            FBlock::With {
                handler,
                depth,
                start,
                is_async,
            } => {
                self.add_entry(*start, *handler, *depth);
                if value_on_top {
                    self.emit(Opcode::RotTwo, 0);
                }
                self.call_exit_none(*is_async);
            }
            FBlock::Handler {
                cleanup,
                depth,
                start,
                exc_on_stack,
            } => {
                self.add_entry(*start, *cleanup, *depth);
                if value_on_top {
                    if *exc_on_stack {
                        self.emit(Opcode::RotThree, 0);
                        self.emit(Opcode::PopTop, 0);
                    } else {
                        self.emit(Opcode::RotTwo, 0);
                    }
                } else if *exc_on_stack {
                    self.emit(Opcode::PopTop, 0);
                }
                self.emit(Opcode::PopExcept, 0);
            }
        }
        Ok(())
    }
}

/// Which access a name operation performs (indexes the opcode triples in `name_op`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load = 0,
    Store = 1,
    Delete = 2,
}
