//! Code generation, part two: compound statements with handlers (`try`, `with`), definitions
//! (`def`, `class`), imports and assignment targets.

use crate::codegen::{Compiler, FBlock, NameCtx};
use crate::error::CompileError;
use crate::parse::ast::{self, Ranged};
use crate::parse::TextRange;
use ferropy_bytecode::{BinaryOperator, Constant, Opcode, INPLACE_OFFSET};
use std::rc::Rc;

impl Compiler<'_> {
    pub(crate) fn try_stmt(&mut self, t: &ast::StmtTry, star: bool) -> Result<(), CompileError> {
        if t.finalbody.is_empty() {
            return self.try_except(&t.body, &t.handlers, &t.orelse, star);
        }
        let handler = self.new_label();
        let end = self.new_label();
        let depth = self.unit().depth;
        let body = Rc::new(t.finalbody.clone());
        let start = self.pc();
        self.unit().fblocks.push(FBlock::TryFinally {
            handler,
            depth,
            start,
            body,
        });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(&t.body, &t.handlers, &t.orelse, star)?;
        }
        if let Some(FBlock::TryFinally { start, .. }) = self.unit().fblocks.pop() {
            self.add_entry(start, handler, depth);
        }
        self.stmts(&t.finalbody)?;
        self.emit_jump(Opcode::Jump, end);

        // The exceptional path: run the finally body with the exception being handled, re-raise.
        self.bind_handler(handler, depth);
        self.emit(Opcode::PushExcInfo, 0);
        let cleanup = self.new_label();
        let start = self.pc();
        self.unit().fblocks.push(FBlock::Handler {
            cleanup,
            depth: depth + 1,
            start,
            exc_on_stack: true,
        });
        self.stmts(&t.finalbody)?;
        if let Some(FBlock::Handler { start, .. }) = self.unit().fblocks.pop() {
            self.add_entry(start, cleanup, depth + 1);
        }
        self.emit(Opcode::RotTwo, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
        self.cleanup_handler(cleanup, depth + 1);
        self.bind(end);
        Ok(())
    }

    /// The handler that leaves a handler block on an exception: (previous exception --).
    fn cleanup_handler(&mut self, cleanup: crate::codegen::Label, depth: u32) {
        self.bind_handler(cleanup, depth);
        self.emit(Opcode::RotTwo, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
    }

    fn try_except(
        &mut self,
        body: &[ast::Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[ast::Stmt],
        star: bool,
    ) -> Result<(), CompileError> {
        let handler = self.new_label();
        let end = self.new_label();
        let depth = self.unit().depth;
        let start = self.pc();
        self.unit().fblocks.push(FBlock::TryExcept {
            handler,
            depth,
            start,
        });
        self.stmts(body)?;
        if let Some(FBlock::TryExcept { start, .. }) = self.unit().fblocks.pop() {
            self.add_entry(start, handler, depth);
        }
        self.stmts(orelse)?;
        self.emit_jump(Opcode::Jump, end);

        self.bind_handler(handler, depth);
        self.emit(Opcode::PushExcInfo, 0);
        let cleanup = self.new_label();
        let start = self.pc();
        self.unit().fblocks.push(FBlock::Handler {
            cleanup,
            depth: depth + 1,
            start,
            exc_on_stack: false,
        });
        if star {
            self.star_handlers(handlers, depth + 1, end)?;
        }
        for (i, h) in handlers.iter().enumerate().filter(|_| !star) {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.line = self.line_of(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Opcode::CheckExcMatch, 0);
                    self.emit_jump(Opcode::PopJumpIfFalse, next);
                }
                None if i + 1 < handlers.len() => {
                    return Err(self.error("default 'except:' must be last", h.range));
                }
                None => {}
            }
            match &h.name {
                Some(name) => self.name_op(name.as_str(), NameCtx::Store),
                None => self.emit(Opcode::PopTop, 0),
            }
            self.stmts(&h.body)?;
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.name_op(name.as_str(), NameCtx::Store);
                self.name_op(name.as_str(), NameCtx::Delete);
            }
            self.emit(Opcode::PopExcept, 0);
            self.emit_jump(Opcode::Jump, end);
            self.bind(next);
        }
        if !star {
            self.emit(Opcode::Reraise, 0);
        }
        if let Some(FBlock::Handler { start, .. }) = self.unit().fblocks.pop() {
            self.add_entry(start, cleanup, depth + 1);
        }
        self.cleanup_handler(cleanup, depth + 1);
        self.bind(end);
        Ok(())
    }

    /// The clauses of `try: ... except* T:` (stack: previous exception, exception). Each clause
    /// splits off the part of what is left that it handles (`<eg_match>`) and runs with it;
    /// what the clauses raise is collected in a list, which `<eg_prep>` turns, with the
    /// unhandled rest, into the exception to raise (or None).
    fn star_handlers(
        &mut self,
        handlers: &[ast::ExceptHandler],
        depth: u32,
        end: crate::codegen::Label,
    ) -> Result<(), CompileError> {
        // (prev, orig) -> (prev, orig, raised, rest)
        self.emit(Opcode::DupTop, 0);
        self.emit(Opcode::BuildList, 0);
        self.emit(Opcode::RotTwo, 0);
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.line = self.line_of(h.range);
            let Some(ty) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h.range));
            };
            let no_match = self.new_label();
            let next = self.new_label();
            let n = self.name_index("<eg_match>");
            self.emit(Opcode::LoadGlobal, n);
            self.emit(Opcode::RotTwo, 0);
            self.expr(ty)?;
            self.emit(Opcode::Call, 2);
            // (.., raised, rest, match)
            self.emit(Opcode::UnpackSequence, 2);
            self.emit(Opcode::DupTop, 0);
            self.load_const(Constant::None);
            self.emit(
                Opcode::CompareOp,
                ferropy_bytecode::CompareOperator::Is as u32,
            );
            self.emit_jump(Opcode::PopJumpIfTrue, no_match);
            match &h.name {
                Some(name) => self.name_op(name.as_str(), NameCtx::Store),
                None => self.emit(Opcode::PopTop, 0),
            }
            let raised = self.new_label();
            let start = self.pc();
            self.unit().fblocks.push(FBlock::ExceptStar);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.add_entry(start, raised, depth + 3);
            self.clear_name(h.name.as_ref().map(|n| n.as_str()));
            self.emit_jump(Opcode::Jump, next);
            // The clause raised: (.., raised, rest, exc) appends exc to the list.
            self.bind_handler(raised, depth + 3);
            self.clear_name(h.name.as_ref().map(|n| n.as_str()));
            self.emit(Opcode::ListAppend, 2);
            self.emit_jump(Opcode::Jump, next);
            self.bind(no_match);
            self.emit(Opcode::PopTop, 0);
            self.bind(next);
        }
        // (prev, orig, raised, rest) -> (prev, result)
        self.emit(Opcode::ListAppend, 1);
        let n = self.name_index("<eg_prep>");
        self.emit(Opcode::LoadGlobal, n);
        self.emit(Opcode::RotThree, 0);
        self.emit(Opcode::Call, 2);
        let reraise = self.new_label();
        self.emit(Opcode::DupTop, 0);
        self.load_const(Constant::None);
        self.emit(
            Opcode::CompareOp,
            ferropy_bytecode::CompareOperator::IsNot as u32,
        );
        self.emit_jump(Opcode::PopJumpIfTrue, reraise);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit_jump(Opcode::Jump, end);
        self.bind(reraise);
        self.emit(Opcode::RotTwo, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
        Ok(())
    }

    /// `name = None; del name` after a handler that bound the exception to `name`.
    fn clear_name(&mut self, name: Option<&str>) {
        if let Some(name) = name {
            self.load_const(Constant::None);
            self.name_op(name, NameCtx::Store);
            self.name_op(name, NameCtx::Delete);
        }
    }

    /// `with a as x, b as y:` nests one context manager per item.
    pub(crate) fn with_stmt(&mut self, w: &ast::StmtWith, item: usize) -> Result<(), CompileError> {
        let Some(it) = w.items.get(item) else {
            return self.stmts(&w.body);
        };
        self.expr(&it.context_expr)?;
        self.emit(Opcode::BeforeWith, 0);
        match &it.optional_vars {
            Some(target) => self.store_target(target)?,
            None => self.emit(Opcode::PopTop, 0),
        }
        // Stack: exit. A `finally` whose body calls exit(None, None, None).
        let handler = self.new_label();
        let end = self.new_label();
        let depth = self.unit().depth;
        let start = self.pc();
        self.unit().fblocks.push(FBlock::With {
            handler,
            depth,
            start,
        });
        self.with_stmt(w, item + 1)?;
        if let Some(FBlock::With { start, .. }) = self.unit().fblocks.pop() {
            self.add_entry(start, handler, depth);
        }
        self.call_exit_none();
        self.emit_jump(Opcode::Jump, end);

        // On an exception: exit(type, value, traceback) decides whether it is suppressed.
        self.bind_handler(handler, depth);
        self.emit(Opcode::PushExcInfo, 0);
        let cleanup = self.new_label();
        let start = self.pc();
        let suppress = self.new_label();
        self.emit(Opcode::WithExceptStart, 0);
        self.emit_jump(Opcode::PopJumpIfTrue, suppress);
        self.emit(Opcode::Reraise, 0);
        self.add_entry(start, cleanup, depth + 1);
        self.bind(suppress);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit_jump(Opcode::Jump, end);
        self.cleanup_handler(cleanup, depth + 1);
        self.bind(end);
        Ok(())
    }

    /// (exit --) calls exit(None, None, None) and discards the result.
    pub(crate) fn call_exit_none(&mut self) {
        for _ in 0..3 {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::Call, 3);
        self.emit(Opcode::PopTop, 0);
    }

    pub(crate) fn function_def(&mut self, f: &ast::StmtFunctionDef) -> Result<(), CompileError> {
        for d in &f.decorator_list {
            self.expr(d)?;
        }
        let line = self.line_of(f.range);
        self.line = line;
        let scope = self.table.scope_of(f.range);
        self.make_function(scope, f.name.as_str(), &f.args, line, |c| {
            // As in CPython, the first constant of a def is its docstring or None (the VM reads
            // `__doc__` from it).
            c.const_index(docstring(&f.body).map_or(Constant::None, Constant::Str));
            c.stmts(&f.body)?;
            if c.is_reachable() {
                c.load_const(Constant::None);
                c.emit(Opcode::ReturnValue, 0);
            }
            Ok(())
        })?;
        self.function_annotations(&f.args, f.returns.as_deref())?;
        // Each decorator is applied on its own line, innermost first.
        for d in f.decorator_list.iter().rev() {
            self.line = self.line_of(d.range());
            self.emit(Opcode::Call, 1);
        }
        self.name_op(f.name.as_str(), NameCtx::Store);
        Ok(())
    }

    /// (function -- function) sets `__annotations__` when the def has annotations.
    fn function_annotations(
        &mut self,
        args: &ast::Arguments,
        returns: Option<&ast::Expr>,
    ) -> Result<(), CompileError> {
        let mut items: Vec<(String, &ast::Expr)> = Vec::new();
        let positional = args.posonlyargs.iter().chain(&args.args);
        for a in positional {
            if let Some(ann) = a.def.annotation.as_deref() {
                items.push((a.def.arg.to_string(), ann));
            }
        }
        if let Some(v) = &args.vararg {
            if let Some(ann) = v.annotation.as_deref() {
                items.push((v.arg.to_string(), ann));
            }
        }
        for a in &args.kwonlyargs {
            if let Some(ann) = a.def.annotation.as_deref() {
                items.push((a.def.arg.to_string(), ann));
            }
        }
        if let Some(v) = &args.kwarg {
            if let Some(ann) = v.annotation.as_deref() {
                items.push((v.arg.to_string(), ann));
            }
        }
        if let Some(r) = returns {
            items.push(("return".to_string(), r));
        }
        if items.is_empty() {
            return Ok(());
        }
        self.emit(Opcode::DupTop, 0);
        let n = items.len() as u32;
        for (name, ann) in items {
            self.load_const(Constant::Str(name));
            self.annotation_value(ann)?;
        }
        self.emit(Opcode::BuildMap, n);
        self.emit(Opcode::RotTwo, 0);
        let attr = self.name_index("__annotations__");
        self.emit(Opcode::StoreAttr, attr);
        Ok(())
    }

    /// An annotation's value: the expression, or its source text under
    /// `from __future__ import annotations`.
    pub(crate) fn annotation_value(&mut self, e: &ast::Expr) -> Result<(), CompileError> {
        if self.future_annotations {
            let r = e.range();
            let text = self
                .source
                .get(usize::from(r.start())..usize::from(r.end()))
                .unwrap_or("")
                .to_string();
            self.load_const(Constant::Str(text));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    /// A module or class body with annotated names starts with `__annotations__ = {}`.
    pub(crate) fn setup_annotations(&mut self, body: &[ast::Stmt]) {
        if body.iter().any(has_annotation) {
            self.emit(Opcode::BuildMap, 0);
            self.name_op("__annotations__", NameCtx::Store);
        }
    }

    /// `target: annotation [= value]`: the assignment, then (in a module or class body, for a
    /// plain name) `__annotations__[name] = annotation`.
    pub(crate) fn ann_assign(&mut self, a: &ast::StmtAnnAssign) -> Result<(), CompileError> {
        if let Some(value) = &a.value {
            self.expr(value)?;
            self.store_target(&a.target)?;
        }
        let scope = self.units.last().expect("a unit").scope;
        let kind = self.table.scopes[scope].kind;
        let in_namespace = matches!(
            kind,
            crate::symtable::ScopeKind::Module | crate::symtable::ScopeKind::Class
        );
        if let (true, true, ast::Expr::Name(n)) = (in_namespace, a.simple, &*a.target) {
            self.annotation_value(&a.annotation)?;
            self.name_op("__annotations__", NameCtx::Load);
            self.load_const(Constant::Str(n.id.to_string()));
            self.emit(Opcode::StoreSubscr, 0);
        }
        Ok(())
    }

    /// `async def`: compiled as a generator function flagged as a coroutine (the scope is the
    /// same as a plain def's; `await` is `yield from` on the awaitable's iterator).
    pub(crate) fn async_function_def(
        &mut self,
        f: &ast::StmtAsyncFunctionDef,
    ) -> Result<(), CompileError> {
        let plain = ast::StmtFunctionDef {
            range: f.range,
            name: f.name.clone(),
            args: f.args.clone(),
            body: f.body.clone(),
            decorator_list: f.decorator_list.clone(),
            returns: f.returns.clone(),
            type_comment: f.type_comment.clone(),
            type_params: f.type_params.clone(),
        };
        self.function_def(&plain)
    }

    /// `async for` and `async with` compile (so that modules defining them import) but raise
    /// NotImplementedError when they run.
    pub(crate) fn async_unsupported(&mut self, what: &str, range: TextRange) {
        self.line = self.line_of(range);
        let n = self.name_index("NotImplementedError");
        self.emit(Opcode::LoadGlobal, n);
        self.load_const(Constant::Str(format!("{what} is not supported yet")));
        self.emit(Opcode::Call, 1);
        self.emit(Opcode::RaiseVarargs, 1);
    }

    /// Compiles a function body into its own unit and emits the code that builds the function
    /// object: defaults, keyword defaults, closure, then `MakeFunction`.
    pub(crate) fn make_function<F>(
        &mut self,
        scope: usize,
        name: &str,
        args: &ast::Arguments,
        line: u32,
        body: F,
    ) -> Result<(), CompileError>
    where
        F: FnOnce(&mut Self) -> Result<(), CompileError>,
    {
        let mut flags = 0;
        let positional: Vec<_> = args.posonlyargs.iter().chain(&args.args).collect();
        let defaults: Vec<_> = positional
            .iter()
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BuildTuple, defaults.len() as u32);
            flags |= 1;
        }
        let kw_defaults: Vec<_> = args
            .kwonlyargs
            .iter()
            .filter(|a| a.default.is_some())
            .collect();
        if !kw_defaults.is_empty() {
            for a in &kw_defaults {
                self.load_const(Constant::Str(a.def.arg.to_string()));
                self.expr(a.default.as_deref().expect("a default"))?;
            }
            self.emit(Opcode::BuildMap, kw_defaults.len() as u32);
            flags |= 2;
        }
        let qualname = self.child_qualname(name);
        self.push_unit(scope, name, &qualname, line);
        {
            let unit = self.unit();
            unit.code.argcount = positional.len() as u32;
            unit.code.posonlyargcount = args.posonlyargs.len() as u32;
            unit.code.kwonlyargcount = args.kwonlyargs.len() as u32;
            if args.vararg.is_some() {
                unit.code.flags |= ferropy_bytecode::flags::VARARGS;
            }
            if args.kwarg.is_some() {
                unit.code.flags |= ferropy_bytecode::flags::VARKEYWORDS;
            }
        }
        let params = positional
            .iter()
            .map(|a| &a.def)
            .chain(args.kwonlyargs.iter().map(|a| &a.def))
            .chain(args.vararg.as_deref())
            .chain(args.kwarg.as_deref());
        for p in params {
            self.local_index(p.arg.as_str());
        }
        self.qualnames.push(format!("{qualname}.<locals>"));
        let result = body(self);
        self.qualnames.pop();
        self.line = line;
        result?;
        let code = self.pop_unit()?;
        self.emit_closure_and_make(code, flags);
        Ok(())
    }

    /// The qualified name of a definition made in the current unit.
    pub(crate) fn child_qualname(&self, name: &str) -> String {
        match self.qualnames.last() {
            Some(prefix) => format!("{prefix}.{name}"),
            None => name.to_string(),
        }
    }

    /// Pushes the closure tuple (when the code has free variables) and the code, then builds it.
    pub(crate) fn emit_closure_and_make(
        &mut self,
        code: ferropy_bytecode::CodeObject,
        mut flags: u32,
    ) {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let unit = self.units.last().expect("a unit");
                let cells = &unit.code.cellvars;
                let index = match cells.iter().position(|n| n == name) {
                    Some(i) => i,
                    None => {
                        let free = unit.code.freevars.iter().position(|n| n == name);
                        cells.len() + free.expect("a free variable of the enclosing scope")
                    }
                };
                self.emit(Opcode::LoadClosure, index as u32);
            }
            self.emit(Opcode::BuildTuple, code.freevars.len() as u32);
            flags |= 8;
        }
        self.load_const(Constant::Code(Rc::new(code)));
        self.emit(Opcode::MakeFunction, flags);
    }

    pub(crate) fn class_def(&mut self, c: &ast::StmtClassDef) -> Result<(), CompileError> {
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        let line = self.line_of(c.range);
        self.line = line;
        self.emit(Opcode::LoadBuildClass, 0);
        let scope = self.table.scope_of(c.range);
        let name = c.name.as_str();
        let qualname = self.child_qualname(name);
        self.push_unit(scope, name, &qualname, line);
        self.name_op("__name__", NameCtx::Load);
        self.name_op("__module__", NameCtx::Store);
        self.load_const(Constant::Str(qualname.clone()));
        self.name_op("__qualname__", NameCtx::Store);
        if let Some(doc) = docstring(&c.body) {
            self.load_const(Constant::Str(doc));
            self.name_op("__doc__", NameCtx::Store);
        }
        self.setup_annotations(&c.body);
        self.qualnames.push(qualname);
        let result = self.stmts(&c.body);
        self.qualnames.pop();
        result?;
        let class_cell = self
            .unit()
            .code
            .cellvars
            .iter()
            .position(|n| n == "__class__");
        match class_cell {
            Some(i) => self.emit(Opcode::LoadClosure, i as u32),
            None => self.load_const(Constant::None),
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.pop_unit()?;
        // The class is built on the `class` line, not the body's last one.
        self.line = line;
        self.emit_closure_and_make(code, 0);
        self.load_const(Constant::Str(name.to_string()));
        for base in &c.bases {
            self.expr(base)?;
        }
        let n = 2 + c.bases.len() as u32;
        if c.keywords.is_empty() {
            self.emit(Opcode::Call, n);
        } else {
            let mut names = Vec::new();
            for k in &c.keywords {
                self.expr(&k.value)?;
                names.push(Constant::Str(
                    k.arg.as_ref().map_or("", |a| a.as_str()).to_string(),
                ));
            }
            self.load_const(Constant::Tuple(names));
            self.emit(Opcode::CallKw, n + c.keywords.len() as u32);
        }
        // Each decorator is applied on its own line, innermost first.
        for d in c.decorator_list.iter().rev() {
            self.line = self.line_of(d.range());
            self.emit(Opcode::Call, 1);
        }
        self.name_op(name, NameCtx::Store);
        Ok(())
    }

    pub(crate) fn import(&mut self, i: &ast::StmtImport) -> Result<(), CompileError> {
        for alias in &i.names {
            let module = alias.name.as_str();
            self.load_const(Constant::Int(0));
            self.load_const(Constant::None);
            let n = self.name_index(module);
            self.emit(Opcode::ImportName, n);
            match &alias.asname {
                Some(asname) => {
                    for part in module.split('.').skip(1) {
                        let n = self.name_index(part);
                        self.emit(Opcode::LoadAttr, n);
                    }
                    self.name_op(asname.as_str(), NameCtx::Store);
                }
                None => {
                    let top = module.split('.').next().unwrap_or(module);
                    self.name_op(top, NameCtx::Store);
                }
            }
        }
        Ok(())
    }

    pub(crate) fn import_from(&mut self, i: &ast::StmtImportFrom) -> Result<(), CompileError> {
        let level = i.level.map_or(0, |l| l.to_u32());
        self.load_const(Constant::Int(level as i64));
        let names: Vec<Constant> = i
            .names
            .iter()
            .map(|a| Constant::Str(a.name.to_string()))
            .collect();
        self.load_const(Constant::Tuple(names));
        let module = i.module.as_ref().map_or("", |m| m.as_str());
        let n = self.name_index(module);
        self.emit(Opcode::ImportName, n);
        if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
            self.emit(Opcode::ImportStar, 0);
            return Ok(());
        }
        for alias in &i.names {
            let n = self.name_index(alias.name.as_str());
            self.emit(Opcode::ImportFrom, n);
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.name_op(bound.as_str(), NameCtx::Store);
        }
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }

    /// `a, b = b, a` (two or three names, no stars): evaluates the values and rotates them
    /// instead of building and unpacking a tuple, as CPython does. Returns false when the
    /// statement has another shape.
    pub(crate) fn swap_assign(&mut self, a: &ast::StmtAssign) -> Result<bool, CompileError> {
        use ast::Expr as E;
        let (
            [E::Tuple(ast::ExprTuple { elts: targets, .. })
            | E::List(ast::ExprList { elts: targets, .. })],
            E::Tuple(values),
        ) = (a.targets.as_slice(), a.value.as_ref())
        else {
            return Ok(false);
        };
        let n = targets.len();
        let starred = |es: &[ast::Expr]| es.iter().any(|e| matches!(e, E::Starred(_)));
        if !(2..=3).contains(&n)
            || values.elts.len() != n
            || starred(targets)
            || starred(&values.elts)
        {
            return Ok(false);
        }
        for v in &values.elts {
            self.expr(v)?;
        }
        if n == 3 {
            self.emit(Opcode::RotThree, 0);
        }
        self.emit(Opcode::RotTwo, 0);
        for t in targets {
            self.store_target(t)?;
        }
        Ok(true)
    }

    /// (value --) stores into an assignment target.
    pub(crate) fn store_target(&mut self, target: &ast::Expr) -> Result<(), CompileError> {
        use ast::Expr as E;
        match target {
            E::Name(n) => self.name_op(n.id.as_str(), NameCtx::Store),
            E::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.name_index(a.attr.as_str());
                self.emit(Opcode::StoreAttr, n);
            }
            E::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Opcode::StoreSubscr, 0);
            }
            E::Tuple(ast::ExprTuple { elts, .. }) | E::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, E::Starred(_)));
                match star {
                    Some(i) => {
                        if elts.iter().filter(|e| matches!(e, E::Starred(_))).count() > 1 {
                            return Err(self.error(
                                "multiple starred expressions in assignment",
                                target.range(),
                            ));
                        }
                        let after = elts.len() - i - 1;
                        self.emit(Opcode::UnpackEx, (i | (after << 8)) as u32);
                    }
                    None => self.emit(Opcode::UnpackSequence, elts.len() as u32),
                }
                for e in elts {
                    match e {
                        E::Starred(s) => self.store_target(&s.value)?,
                        other => self.store_target(other)?,
                    }
                }
            }
            E::Starred(s) => {
                return Err(self.error(
                    "starred assignment target must be in a list or tuple",
                    s.range,
                ))
            }
            other => {
                let msg = format!("cannot assign to {}", describe(other));
                return Err(self.error(msg, other.range()));
            }
        }
        Ok(())
    }

    pub(crate) fn delete_target(&mut self, target: &ast::Expr) -> Result<(), CompileError> {
        use ast::Expr as E;
        match target {
            E::Name(n) => self.name_op(n.id.as_str(), NameCtx::Delete),
            E::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.name_index(a.attr.as_str());
                self.emit(Opcode::DeleteAttr, n);
            }
            E::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Opcode::DeleteSubscr, 0);
            }
            E::Tuple(ast::ExprTuple { elts, .. }) | E::List(ast::ExprList { elts, .. }) => {
                elts.iter().try_for_each(|e| self.delete_target(e))?;
            }
            other => {
                let msg = format!("cannot delete {}", describe(other));
                return Err(self.error(msg, other.range()));
            }
        }
        Ok(())
    }

    pub(crate) fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> Result<(), CompileError> {
        let op = binary_operator(&a.op) as u32 + INPLACE_OFFSET;
        use ast::Expr as E;
        match a.target.as_ref() {
            E::Name(n) => {
                self.name_op(n.id.as_str(), NameCtx::Load);
                self.expr(&a.value)?;
                self.emit(Opcode::BinaryOp, op);
                self.name_op(n.id.as_str(), NameCtx::Store);
            }
            E::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Opcode::DupTop, 0);
                let n = self.name_index(at.attr.as_str());
                self.emit(Opcode::LoadAttr, n);
                self.expr(&a.value)?;
                self.emit(Opcode::BinaryOp, op);
                self.emit(Opcode::RotTwo, 0);
                self.emit(Opcode::StoreAttr, n);
            }
            E::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Opcode::DupTopTwo, 0);
                self.emit(Opcode::BinarySubscr, 0);
                self.expr(&a.value)?;
                self.emit(Opcode::BinaryOp, op);
                self.emit(Opcode::RotThree, 0);
                self.emit(Opcode::StoreSubscr, 0);
            }
            other => {
                let msg = format!(
                    "'{}' is an illegal expression for augmented assignment",
                    describe(other)
                );
                return Err(self.error(msg, other.range()));
            }
        }
        Ok(())
    }
}

/// The docstring of a body: its first statement, when that is a string literal.
pub(crate) fn docstring(body: &[ast::Stmt]) -> Option<String> {
    match body.first() {
        Some(ast::Stmt::Expr(e)) => match e.value.as_ref() {
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::Str(s) => Some(s.clone()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// The bytecode operator for an AST operator.
pub(crate) fn binary_operator(op: &ast::Operator) -> BinaryOperator {
    use ast::Operator as O;
    match op {
        O::Add => BinaryOperator::Add,
        O::Sub => BinaryOperator::Sub,
        O::Mult => BinaryOperator::Mul,
        O::MatMult => BinaryOperator::MatMul,
        O::Div => BinaryOperator::TrueDiv,
        O::Mod => BinaryOperator::Mod,
        O::Pow => BinaryOperator::Pow,
        O::LShift => BinaryOperator::LShift,
        O::RShift => BinaryOperator::RShift,
        O::BitOr => BinaryOperator::Or,
        O::BitXor => BinaryOperator::Xor,
        O::BitAnd => BinaryOperator::And,
        O::FloorDiv => BinaryOperator::FloorDiv,
    }
}

/// How CPython names an expression in "cannot assign to ..." messages.
fn describe(e: &ast::Expr) -> &'static str {
    use ast::Expr as E;
    match e {
        E::Call(_) => "function call",
        E::Constant(_) => "literal",
        E::BinOp(_) | E::UnaryOp(_) => "expression",
        E::Compare(_) => "comparison",
        E::Lambda(_) => "lambda",
        E::BoolOp(_) => "expression",
        E::IfExp(_) => "conditional expression",
        E::Dict(_) => "dict literal",
        E::Set(_) => "set display",
        E::ListComp(_) => "list comprehension",
        E::GeneratorExp(_) => "generator expression",
        E::Tuple(_) => "tuple",
        E::JoinedStr(_) | E::FormattedValue(_) => "f-string expression",
        _ => "expression",
    }
}

/// Whether a body has an annotated assignment of its own (not inside a nested def or class).
fn has_annotation(s: &ast::Stmt) -> bool {
    use ast::Stmt as S;
    match s {
        S::AnnAssign(_) => true,
        S::If(i) => i.body.iter().chain(&i.orelse).any(has_annotation),
        S::For(f) => f.body.iter().chain(&f.orelse).any(has_annotation),
        S::While(w) => w.body.iter().chain(&w.orelse).any(has_annotation),
        S::With(w) => w.body.iter().any(has_annotation),
        S::Try(t) => {
            t.body
                .iter()
                .chain(&t.orelse)
                .chain(&t.finalbody)
                .any(has_annotation)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    h.body.iter().any(has_annotation)
                })
        }
        _ => false,
    }
}

/// Whether a module starts with `from __future__ import annotations`.
pub(crate) fn has_future_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match s {
        ast::Stmt::ImportFrom(i) => {
            i.module
                .as_ref()
                .is_some_and(|m| m.as_str() == "__future__")
                && i.names.iter().any(|a| a.name.as_str() == "annotations")
        }
        _ => false,
    })
}
