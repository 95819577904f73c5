//! Symbol tables: which scope owns each name. A first pass records, per scope, which names are
//! bound, used, or declared `global`/`nonlocal`; a second pass resolves each name to local, cell,
//! free or global, as CPython's `symtable.c` does.

use crate::error::{CompileError, ErrorKind};
use crate::parse::ast::{self, Ranged};
use crate::parse::TextRange;
use std::collections::{HashMap, HashSet};

/// Where a name lives at run time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// A fast local of a function.
    Local,
    /// A local of a function that inner functions capture.
    Cell,
    /// A variable of an enclosing function.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound in any enclosing function: global, then builtin.
    GlobalImplicit,
    /// Module or class namespace (dict lookups).
    Namespace,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

const BOUND: u8 = 1;
const USED: u8 = 2;
const PARAM: u8 = 4;
const GLOBAL: u8 = 8;
const NONLOCAL: u8 = 16;
/// An iteration variable of a comprehension (which `:=` may not rebind).
const COMP_ITER: u8 = 32;

/// One scope: a module, class body, function, lambda or comprehension.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names in first-seen order with their flags.
    flags: Vec<(String, u8)>,
    index: HashMap<String, usize>,
    pub children: Vec<usize>,
    pub resolved: HashMap<String, Resolution>,
    /// Cell variables, in a stable order.
    pub cellvars: Vec<String>,
    /// Free variables, in a stable order.
    pub freevars: Vec<String>,
    pub is_generator: bool,
    /// An `async def` (a coroutine, or an async generator when it also has `yield`).
    pub is_coroutine: bool,
    /// The body has `yield` or `yield from` (not just `await`).
    pub has_yield: bool,
    /// The scope is nested in a function (for the NESTED flag and qualnames).
    pub nested: bool,
    /// The first `return` with a value (an error in an async generator).
    return_value_at: Option<TextRange>,
    /// Where each `nonlocal` name was declared (for "no binding for nonlocal" errors).
    nonlocal_at: HashMap<String, TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, nested: bool) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            flags: Vec::new(),
            index: HashMap::new(),
            children: Vec::new(),
            resolved: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            has_yield: false,
            nested,
            return_value_at: None,
            nonlocal_at: HashMap::new(),
        }
    }

    fn add(&mut self, name: &str, flag: u8) {
        match self.index.get(name) {
            Some(&i) => self.flags[i].1 |= flag,
            None => {
                self.index.insert(name.to_string(), self.flags.len());
                self.flags.push((name.to_string(), flag));
            }
        }
    }

    fn flag(&self, name: &str) -> u8 {
        self.index.get(name).map_or(0, |&i| self.flags[i].1)
    }

    fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }

    /// How a name is accessed in this scope.
    pub fn resolve(&self, name: &str) -> Resolution {
        if let Some(r) = self.resolved.get(name) {
            return *r;
        }
        if self.is_function_like() {
            Resolution::GlobalImplicit
        } else {
            Resolution::Namespace
        }
    }

    /// Local (non-cell, non-free) variable names in first-seen order, parameters excluded.
    pub fn plain_locals(&self) -> impl Iterator<Item = &str> {
        self.flags.iter().filter_map(|(n, f)| {
            let local = f & BOUND != 0 && f & (PARAM | GLOBAL | NONLOCAL) == 0;
            local.then_some(n.as_str())
        })
    }
}

/// Every scope of a module, the module first.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// The scope opened by a `def`, `lambda`, `class` or comprehension, keyed by its source range.
    by_range: HashMap<(u32, u32), usize>,
}

impl SymbolTable {
    /// The scope created by the node with this range.
    pub fn scope_of(&self, range: TextRange) -> usize {
        self.by_range[&(range.start().into(), range.end().into())]
    }
}

/// Builds and resolves the symbol table of a module body.
pub fn build(
    body: &[ast::Stmt],
    filename: &str,
    source: &str,
) -> Result<SymbolTable, CompileError> {
    let mut builder = Builder {
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, "<module>", false)],
            by_range: HashMap::new(),
        },
        current: 0,
        filename,
        source,
        depth: 0,
    };
    builder.stmts(body)?;
    let mut table = builder.table;
    let mut unbound = Vec::new();
    resolve(&mut table, 0, &HashSet::new(), &mut unbound);
    // A `nonlocal` name must be bound in an enclosing function, as CPython checks.
    if let Some((name, range)) = unbound.into_iter().min_by_key(|(_, r)| r.start()) {
        let msg = format!("no binding for nonlocal '{name}' found");
        let offset = u32::from(range.start()) as usize;
        return Err(CompileError::at_offset(
            ErrorKind::SyntaxError,
            msg,
            filename,
            source,
            offset,
        ));
    }
    Ok(table)
}

struct Builder<'a> {
    table: SymbolTable,
    current: usize,
    filename: &'a str,
    source: &'a str,
    /// How deeply nested the statement, expression or pattern being visited is.
    depth: u32,
}

/// The deepest nesting of statements, expressions and patterns compiled, as CPython's
/// symbol table allows (its recursion limit times 3, counted from the module): deeper source is
/// a `RecursionError`. Code generation then recurses no deeper than this either.
pub const MAX_NESTING: u32 = 3000;

impl Builder<'_> {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn error(&self, msg: String, range: TextRange) -> CompileError {
        let offset = u32::from(range.start()) as usize;
        CompileError::at_offset(
            ErrorKind::SyntaxError,
            msg,
            self.filename,
            self.source,
            offset,
        )
    }

    fn bind(&mut self, name: &str, range: TextRange) -> Result<(), CompileError> {
        let _ = range;
        self.scope().add(name, BOUND);
        Ok(())
    }

    /// Opens a child scope for a node, runs `f` inside it, and returns to the parent.
    fn with_scope<F>(
        &mut self,
        kind: ScopeKind,
        name: &str,
        range: TextRange,
        f: F,
    ) -> Result<(), CompileError>
    where
        F: FnOnce(&mut Self) -> Result<(), CompileError>,
    {
        let parent = self.current;
        let nested =
            self.table.scopes[parent].is_function_like() || self.table.scopes[parent].nested;
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, name, nested));
        self.table.scopes[parent].children.push(id);
        self.table
            .by_range
            .insert((range.start().into(), range.end().into()), id);
        self.current = id;
        let result = f(self);
        self.current = parent;
        result
    }

    fn stmts(&mut self, body: &[ast::Stmt]) -> Result<(), CompileError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    /// Counts one level of nesting around `visit`.
    fn nested<T: ast::Ranged>(
        &mut self,
        node: &T,
        visit: impl FnOnce(&mut Self) -> Result<(), CompileError>,
    ) -> Result<(), CompileError> {
        if self.depth >= MAX_NESTING {
            let offset = u32::from(node.range().start()) as usize;
            let msg = "maximum recursion depth exceeded during compilation".to_string();
            return Err(CompileError::at_offset(
                ErrorKind::RecursionError,
                msg,
                self.filename,
                self.source,
                offset,
            ));
        }
        self.depth += 1;
        let result = visit(self);
        self.depth -= 1;
        result
    }

    fn stmt(&mut self, stmt: &ast::Stmt) -> Result<(), CompileError> {
        self.nested(stmt, |b| b.stmt_inner(stmt))
    }

    fn stmt_inner(&mut self, stmt: &ast::Stmt) -> Result<(), CompileError> {
        use ast::Stmt as S;
        match stmt {
            S::FunctionDef(f) => {
                self.exprs(&f.decorator_list)?;
                self.defaults(&f.args)?;
                self.opt_expr(f.returns.as_deref())?;
                self.bind(f.name.as_str(), f.range)?;
                let args = &f.args;
                self.with_scope(ScopeKind::Function, f.name.as_str(), f.range, |b| {
                    b.params(args);
                    b.stmts(&f.body)
                })?;
            }
            S::AsyncFunctionDef(f) => {
                self.exprs(&f.decorator_list)?;
                self.defaults(&f.args)?;
                self.opt_expr(f.returns.as_deref())?;
                self.bind(f.name.as_str(), f.range)?;
                let args = &f.args;
                self.with_scope(ScopeKind::Function, f.name.as_str(), f.range, |b| {
                    b.scope().is_coroutine = true;
                    b.params(args);
                    b.stmts(&f.body)?;
                    let (at, has_yield) = (b.scope().return_value_at, b.scope().has_yield);
                    match at {
                        Some(at) if has_yield => {
                            Err(b.error("'return' with value in async generator".into(), at))
                        }
                        _ => Ok(()),
                    }
                })?;
            }
            S::ClassDef(c) => {
                self.exprs(&c.decorator_list)?;
                self.exprs(&c.bases)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(c.name.as_str(), c.range)?;
                self.with_scope(ScopeKind::Class, c.name.as_str(), c.range, |b| {
                    b.stmts(&c.body)
                })?;
            }
            S::Return(r) => {
                if !self.scope().is_function_like() {
                    return Err(self.error("'return' outside function".into(), r.range));
                }
                if r.value.is_some() && self.scope().return_value_at.is_none() {
                    self.scope().return_value_at = Some(r.range);
                }
                self.opt_expr(r.value.as_deref())?;
            }
            S::Delete(d) => self.exprs(&d.targets)?,
            S::Assign(a) => {
                self.expr(&a.value)?;
                self.exprs(&a.targets)?;
            }
            S::AugAssign(a) => {
                self.expr(&a.value)?;
                self.expr(&a.target)?;
                if let ast::Expr::Name(n) = a.target.as_ref() {
                    self.scope().add(n.id.as_str(), USED);
                }
            }
            S::AnnAssign(a) => {
                self.opt_expr(a.value.as_deref())?;
                self.expr(&a.target)?;
                // Module and class annotations are evaluated (into `__annotations__`).
                if !self.scope().is_function_like() {
                    self.expr(&a.annotation)?;
                }
            }
            S::For(f) => {
                self.expr(&f.iter)?;
                self.expr(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            S::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            S::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            S::AsyncFor(f) => {
                if !self.scope().is_coroutine {
                    return Err(self.error("'async for' outside async function".into(), f.range));
                }
                self.scope().is_generator = true;
                self.expr(&f.iter)?;
                self.expr(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            S::AsyncWith(w) => {
                if !self.scope().is_coroutine {
                    return Err(self.error("'async with' outside async function".into(), w.range));
                }
                self.scope().is_generator = true;
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    self.opt_expr(item.optional_vars.as_deref())?;
                }
                self.stmts(&w.body)?;
            }
            S::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    self.opt_expr(item.optional_vars.as_deref())?;
                }
                self.stmts(&w.body)?;
            }
            S::Raise(r) => {
                self.opt_expr(r.exc.as_deref())?;
                self.opt_expr(r.cause.as_deref())?;
            }
            S::Try(ast::StmtTry {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            })
            | S::TryStar(ast::StmtTryStar {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            }) => {
                self.stmts(body)?;
                for h in handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    self.opt_expr(h.type_.as_deref())?;
                    if let Some(name) = &h.name {
                        self.bind(name.as_str(), h.range)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            S::Assert(a) => {
                self.expr(&a.test)?;
                self.opt_expr(a.msg.as_deref())?;
            }
            S::Import(i) => {
                for alias in &i.names {
                    let bound = match &alias.asname {
                        Some(n) => n.as_str(),
                        None => alias.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.bind(bound, alias.range)?;
                }
            }
            S::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        if self.scope().is_function_like() {
                            return Err(self.error(
                                "import * only allowed at module level".into(),
                                alias.range,
                            ));
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.bind(bound.as_str(), alias.range)?;
                }
            }
            S::Global(g) => {
                for name in &g.names {
                    let flag = self.scope().flag(name.as_str());
                    if flag & PARAM != 0 {
                        let msg = format!("name '{}' is parameter and global", name.as_str());
                        return Err(self.error(msg, g.range));
                    }
                    if flag & (BOUND | USED) != 0 && flag & GLOBAL == 0 {
                        let what = if flag & BOUND != 0 {
                            "assigned to"
                        } else {
                            "used"
                        };
                        let msg = format!(
                            "name '{}' is {what} before global declaration",
                            name.as_str()
                        );
                        return Err(self.error(msg, g.range));
                    }
                    self.scope().add(name.as_str(), GLOBAL);
                }
            }
            S::Nonlocal(n) => {
                if self.scope().kind == ScopeKind::Module {
                    return Err(self.error(
                        "nonlocal declaration not allowed at module level".into(),
                        n.range,
                    ));
                }
                for name in &n.names {
                    let flag = self.scope().flag(name.as_str());
                    if flag & PARAM != 0 {
                        let msg = format!("name '{}' is parameter and nonlocal", name.as_str());
                        return Err(self.error(msg, n.range));
                    }
                    if flag & (BOUND | USED) != 0 && flag & NONLOCAL == 0 {
                        let what = if flag & BOUND != 0 {
                            "assigned to"
                        } else {
                            "used"
                        };
                        let msg = format!(
                            "name '{}' is {what} before nonlocal declaration",
                            name.as_str()
                        );
                        return Err(self.error(msg, n.range));
                    }
                    self.scope().add(name.as_str(), NONLOCAL);
                    self.scope()
                        .nonlocal_at
                        .entry(name.to_string())
                        .or_insert(n.range);
                }
            }
            S::Expr(e) => self.expr(&e.value)?,
            S::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    self.opt_expr(case.guard.as_deref())?;
                    self.stmts(&case.body)?;
                }
            }
            S::Pass(_) | S::Break(_) | S::Continue(_) => {}
            other => {
                return Err(self.error("this statement is not supported yet".into(), other.range()))
            }
        }
        Ok(())
    }

    /// The names a pattern binds, and the expressions (values, classes, keys) it evaluates.
    fn pattern(&mut self, p: &ast::Pattern) -> Result<(), CompileError> {
        self.nested(p, |b| b.pattern_inner(p))
    }

    fn pattern_inner(&mut self, p: &ast::Pattern) -> Result<(), CompileError> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.pattern(p))?,
            P::MatchMapping(m) => {
                self.exprs(&m.keys)?;
                m.patterns.iter().try_for_each(|p| self.pattern(p))?;
                if let Some(rest) = &m.rest {
                    self.bind(rest.as_str(), m.range)?;
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                c.patterns
                    .iter()
                    .chain(&c.kwd_patterns)
                    .try_for_each(|p| self.pattern(p))?;
            }
            P::MatchStar(s) => {
                if let Some(name) = &s.name {
                    self.bind(name.as_str(), s.range)?;
                }
            }
            P::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(inner)?;
                }
                if let Some(name) = &a.name {
                    self.bind(name.as_str(), a.range)?;
                }
            }
            P::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.pattern(p))?,
        }
        Ok(())
    }

    fn params(&mut self, args: &ast::Arguments) {
        let scope = self.scope();
        for a in args.posonlyargs.iter().chain(&args.args) {
            scope.add(a.def.arg.as_str(), BOUND | PARAM);
        }
        if let Some(v) = &args.vararg {
            scope.add(v.arg.as_str(), BOUND | PARAM);
        }
        for a in &args.kwonlyargs {
            scope.add(a.def.arg.as_str(), BOUND | PARAM);
        }
        if let Some(k) = &args.kwarg {
            scope.add(k.arg.as_str(), BOUND | PARAM);
        }
    }

    fn defaults(&mut self, args: &ast::Arguments) -> Result<(), CompileError> {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.opt_expr(a.default.as_deref())?;
            self.opt_expr(a.def.annotation.as_deref())?;
        }
        for a in args.vararg.iter().chain(&args.kwarg) {
            self.opt_expr(a.annotation.as_deref())?;
        }
        Ok(())
    }

    fn exprs(&mut self, exprs: &[ast::Expr]) -> Result<(), CompileError> {
        exprs.iter().try_for_each(|e| self.expr(e))
    }

    fn opt_expr(&mut self, expr: Option<&ast::Expr>) -> Result<(), CompileError> {
        expr.map_or(Ok(()), |e| self.expr(e))
    }

    fn expr(&mut self, expr: &ast::Expr) -> Result<(), CompileError> {
        self.nested(expr, |b| b.expr_inner(expr))
    }

    fn expr_inner(&mut self, expr: &ast::Expr) -> Result<(), CompileError> {
        use ast::Expr as E;
        match expr {
            E::Name(n) => {
                let flag = if matches!(n.ctx, ast::ExprContext::Load) {
                    USED
                } else {
                    BOUND
                };
                self.scope().add(n.id.as_str(), flag);
            }
            E::BoolOp(b) => self.exprs(&b.values)?,
            E::NamedExpr(n) => {
                self.expr(&n.value)?;
                if let E::Name(name) = n.target.as_ref() {
                    // The target binds in the nearest enclosing non-comprehension scope.
                    let mut id = self.current;
                    while self.table.scopes[id].kind == ScopeKind::Comprehension {
                        if self.table.scopes[id].flag(name.id.as_str()) & COMP_ITER != 0 {
                            let msg = format!(
                                "assignment expression cannot rebind comprehension iteration \
                                 variable '{}'",
                                name.id.as_str()
                            );
                            return Err(self.error(msg, n.range));
                        }
                        id = self.parent_of(id);
                    }
                    if id != self.current && self.table.scopes[id].kind == ScopeKind::Class {
                        return Err(self.error(
                            "assignment expression within a comprehension cannot be used in a \
                             class body"
                                .into(),
                            n.range,
                        ));
                    }
                    self.table.scopes[id].add(name.id.as_str(), BOUND);
                    if id != self.current {
                        self.scope().add(name.id.as_str(), USED);
                    }
                }
            }
            E::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            E::UnaryOp(u) => self.expr(&u.operand)?,
            E::Lambda(l) => {
                self.defaults(&l.args)?;
                let args = &l.args;
                self.with_scope(ScopeKind::Lambda, "<lambda>", l.range, |b| {
                    b.params(args);
                    b.expr(&l.body)
                })?;
            }
            E::IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            E::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(&d.values)?;
            }
            E::Set(s) => self.exprs(&s.elts)?,
            E::ListComp(c) => {
                self.comprehension("<listcomp>", c.range, &c.generators, &[&c.elt])?
            }
            E::SetComp(c) => self.comprehension("<setcomp>", c.range, &c.generators, &[&c.elt])?,
            E::DictComp(c) => {
                self.comprehension("<dictcomp>", c.range, &c.generators, &[&c.key, &c.value])?
            }
            E::GeneratorExp(c) => {
                self.comprehension("<genexpr>", c.range, &c.generators, &[&c.elt])?
            }
            E::Await(a) => {
                // `await` runs as `yield from` (the coroutine is a generator underneath). In a
                // comprehension it makes the comprehension asynchronous.
                if self.scope().kind == ScopeKind::Comprehension {
                    self.scope().is_coroutine = true;
                }
                if !self.scope().is_coroutine {
                    return Err(self.error("'await' outside async function".into(), a.range));
                }
                self.scope().is_generator = true;
                self.expr(&a.value)?;
            }
            E::Yield(y) => {
                self.mark_generator(y.range)?;
                self.opt_expr(y.value.as_deref())?;
            }
            E::YieldFrom(y) => {
                if self.scope().is_coroutine && self.scope().kind == ScopeKind::Function {
                    return Err(self.error("'yield from' inside async function".into(), y.range));
                }
                self.mark_generator(y.range)?;
                self.expr(&y.value)?;
            }
            E::Compare(c) => {
                self.expr(&c.left)?;
                self.exprs(&c.comparators)?;
            }
            E::Call(c) => {
                self.expr(&c.func)?;
                self.exprs(&c.args)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                // Zero-argument super() needs the class cell.
                if let E::Name(n) = c.func.as_ref() {
                    if n.id.as_str() == "super" && c.args.is_empty() {
                        self.scope().add("__class__", USED);
                    }
                }
            }
            E::FormattedValue(f) => {
                self.expr(&f.value)?;
                self.opt_expr(f.format_spec.as_deref())?;
            }
            E::JoinedStr(j) => self.exprs(&j.values)?,
            E::Constant(_) => {}
            E::Attribute(a) => self.expr(&a.value)?,
            E::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            E::Starred(s) => self.expr(&s.value)?,
            E::List(l) => self.exprs(&l.elts)?,
            E::Tuple(t) => self.exprs(&t.elts)?,
            E::Slice(s) => {
                self.opt_expr(s.lower.as_deref())?;
                self.opt_expr(s.upper.as_deref())?;
                self.opt_expr(s.step.as_deref())?;
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, range: TextRange) -> Result<(), CompileError> {
        if !self.scope().is_function_like() {
            return Err(self.error("'yield' outside function".into(), range));
        }
        self.scope().is_generator = true;
        self.scope().has_yield = true;
        Ok(())
    }

    fn parent_of(&self, id: usize) -> usize {
        self.table
            .scopes
            .iter()
            .position(|s| s.children.contains(&id))
            .unwrap_or(0)
    }

    /// Flags the names a comprehension's `for` target binds.
    fn mark_comp_iter(&mut self, target: &ast::Expr) {
        use ast::Expr as E;
        match target {
            E::Name(n) => self.scope().add(n.id.as_str(), COMP_ITER),
            E::Tuple(t) => t.elts.iter().for_each(|e| self.mark_comp_iter(e)),
            E::List(l) => l.elts.iter().for_each(|e| self.mark_comp_iter(e)),
            E::Starred(s) => self.mark_comp_iter(&s.value),
            _ => {}
        }
    }

    /// A comprehension is a function of its own; its first iterable is evaluated outside it and
    /// passed in as the parameter `.0`.
    fn comprehension(
        &mut self,
        name: &str,
        range: TextRange,
        generators: &[ast::Comprehension],
        elts: &[&ast::Expr],
    ) -> Result<(), CompileError> {
        self.expr(&generators[0].iter)?;
        let genexp = name == "<genexpr>";
        self.with_scope(ScopeKind::Comprehension, name, range, |b| {
            b.scope().add(".0", BOUND | PARAM);
            // `async for` in it, an `await` or a nested asynchronous comprehension makes it a
            // coroutine (an asynchronous generator for a generator expression).
            b.scope().is_coroutine = generators.iter().any(|g| g.is_async);
            b.scope().is_generator = genexp;
            b.scope().has_yield = genexp;
            for (i, g) in generators.iter().enumerate() {
                if i > 0 {
                    b.expr(&g.iter)?;
                }
                b.expr(&g.target)?;
                b.mark_comp_iter(&g.target);
                b.exprs(&g.ifs)?;
            }
            elts.iter().try_for_each(|e| b.expr(e))
        })?;
        let id = self.table.scope_of(range);
        if genexp || !self.table.scopes[id].is_coroutine {
            return Ok(());
        }
        // The enclosing scope awaits the comprehension's coroutine.
        let kind = self.scope().kind;
        match kind {
            ScopeKind::Comprehension => self.scope().is_coroutine = true,
            _ if self.scope().is_coroutine => {}
            _ => {
                return Err(self.error(
                    "asynchronous comprehension outside of an asynchronous function".into(),
                    range,
                ))
            }
        }
        Ok(())
    }
}

/// Resolves the names of scope `id`, given the names bound by enclosing functions. Returns the
/// names this scope needs from its enclosing scopes (its free variables).
fn resolve(
    table: &mut SymbolTable,
    id: usize,
    enclosing: &HashSet<String>,
    unbound: &mut Vec<(String, TextRange)>,
) -> HashSet<String> {
    let scope = &table.scopes[id];
    let function_like = scope.is_function_like();
    let kind = scope.kind;
    let mut resolved = HashMap::new();
    let mut free: HashSet<String> = HashSet::new();
    for (name, flag) in &scope.flags {
        let r = if flag & GLOBAL != 0 {
            Resolution::GlobalExplicit
        } else if flag & NONLOCAL != 0 {
            if !enclosing.contains(name) {
                unbound.push((
                    name.clone(),
                    scope.nonlocal_at.get(name).copied().unwrap_or_default(),
                ));
            }
            free.insert(name.clone());
            Resolution::Free
        } else if flag & BOUND != 0 {
            if function_like {
                Resolution::Local
            } else {
                Resolution::Namespace
            }
        } else if enclosing.contains(name) {
            free.insert(name.clone());
            Resolution::Free
        } else if function_like {
            Resolution::GlobalImplicit
        } else {
            Resolution::Namespace
        };
        resolved.insert(name.clone(), r);
    }
    // Names visible to children: enclosing function names plus this function's own locals.
    let mut visible = enclosing.clone();
    if function_like {
        for (name, r) in &resolved {
            match r {
                Resolution::Local => {
                    visible.insert(name.clone());
                }
                Resolution::GlobalExplicit | Resolution::GlobalImplicit => {
                    visible.remove(name);
                }
                _ => {}
            }
        }
    }
    if kind == ScopeKind::Class {
        // Methods see the implicit `__class__` cell.
        visible.insert("__class__".to_string());
    }
    let children = scope.children.clone();
    let mut cells: Vec<String> = Vec::new();
    for child in children {
        let needed = resolve(table, child, &visible, unbound);
        let mut needed: Vec<String> = needed.into_iter().collect();
        needed.sort();
        for name in needed {
            let is_class_cell = kind == ScopeKind::Class && name == "__class__";
            match resolved.get(&name) {
                Some(Resolution::Local) | Some(Resolution::Cell) if function_like => {
                    resolved.insert(name.clone(), Resolution::Cell);
                    if !cells.contains(&name) {
                        cells.push(name);
                    }
                }
                _ if is_class_cell => {
                    if !cells.contains(&name) {
                        cells.push(name);
                    }
                }
                _ => {
                    // Passes through this scope to an enclosing one.
                    if kind != ScopeKind::Class || !resolved.contains_key(&name) {
                        resolved.entry(name.clone()).or_insert(Resolution::Free);
                    }
                    free.insert(name);
                }
            }
        }
    }
    let mut freevars: Vec<String> = free.iter().cloned().collect();
    freevars.sort();
    let scope = &mut table.scopes[id];
    // In a class body, a free name that the body also binds still needs the outer cell.
    scope.resolved = resolved;
    scope.cellvars = cells;
    scope.freevars = freevars;
    free
}
