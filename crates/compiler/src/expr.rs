//! Code generation, part three: expressions, conditional jumps, calls and comprehensions.

use crate::codegen::{Compiler, Label, NameCtx};
use crate::error::CompileError;
use crate::parse::ast::{self, Ranged};
use crate::parse::TextRange;
use crate::stmt::binary_operator;
use crate::symtable::Resolution;
use ferropy_bytecode::{CompareOperator, Constant, Opcode, UnaryOperator};
use num_bigint::BigInt;

impl Compiler<'_> {
    /// (-- value) compiles an expression. Instructions take the line of their own node.
    pub(crate) fn expr(&mut self, e: &ast::Expr) -> Result<(), CompileError> {
        let saved = self.line;
        self.line = self.line_of(e.range());
        let result = self.expr_inner(e);
        self.line = saved;
        result
    }

    fn expr_inner(&mut self, e: &ast::Expr) -> Result<(), CompileError> {
        use ast::Expr as E;
        match e {
            E::Constant(c) => self.load_const(convert_constant(&c.value)),
            E::Name(n) => self.name_op(n.id.as_str(), NameCtx::Load),
            E::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Opcode::BinaryOp, binary_operator(&b.op) as u32);
            }
            E::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => UnaryOperator::Invert,
                    ast::UnaryOp::Not => UnaryOperator::Not,
                    ast::UnaryOp::UAdd => UnaryOperator::Pos,
                    ast::UnaryOp::USub => UnaryOperator::Neg,
                };
                self.emit(Opcode::UnaryOp, op as u32);
            }
            E::BoolOp(b) => {
                let end = self.new_label();
                let jump = match b.op {
                    ast::BoolOp::And => Opcode::JumpIfFalseOrPop,
                    ast::BoolOp::Or => Opcode::JumpIfTrueOrPop,
                };
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        self.emit_jump(jump, end);
                    }
                }
                self.bind(end);
            }
            E::Compare(c) => self.compare(c)?,
            E::IfExp(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit_jump(Opcode::Jump, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            E::Call(c) => self.call(c)?,
            E::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.name_index(a.attr.as_str());
                self.emit(Opcode::LoadAttr, n);
            }
            E::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Opcode::BinarySubscr, 0);
            }
            E::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(v) => self.expr(v)?,
                        None => self.load_const(Constant::None),
                    }
                }
                match &s.step {
                    Some(step) => {
                        self.expr(step)?;
                        self.emit(Opcode::BuildSlice, 3);
                    }
                    None => self.emit(Opcode::BuildSlice, 2),
                }
            }
            E::Tuple(t) => {
                if let Some(c) = constant_tuple(&t.elts) {
                    self.load_const(c);
                } else {
                    self.sequence(&t.elts, Opcode::BuildTuple)?;
                }
            }
            E::List(l) => self.sequence(&l.elts, Opcode::BuildList)?,
            E::Set(s) => self.sequence(&s.elts, Opcode::BuildSet)?,
            E::Dict(d) => self.dict(d)?,
            E::Lambda(l) => {
                let scope = self.table.scope_of(l.range);
                let line = self.line;
                self.make_function(scope, "<lambda>", &l.args, line, |c| {
                    c.expr(&l.body)?;
                    c.emit(Opcode::ReturnValue, 0);
                    Ok(())
                })?;
            }
            E::ListComp(c) => self.comprehension(
                c.range,
                "<listcomp>",
                &c.generators,
                &[&c.elt],
                Opcode::BuildList,
            )?,
            E::SetComp(c) => self.comprehension(
                c.range,
                "<setcomp>",
                &c.generators,
                &[&c.elt],
                Opcode::BuildSet,
            )?,
            E::DictComp(c) => self.comprehension(
                c.range,
                "<dictcomp>",
                &c.generators,
                &[&c.key, &c.value],
                Opcode::BuildMap,
            )?,
            E::GeneratorExp(c) => self.comprehension(
                c.range,
                "<genexpr>",
                &c.generators,
                &[&c.elt],
                Opcode::YieldValue,
            )?,
            E::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Opcode::YieldValue, 0);
            }
            E::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.emit(Opcode::YieldFrom, 0);
            }
            E::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Opcode::DupTop, 0);
                self.store_target(&n.target)?;
            }
            E::JoinedStr(j) => {
                let raw = self.fstring_is_raw(j.range);
                self.joined(&j.values, raw, false)?;
            }
            E::FormattedValue(f) => self.formatted_value(f, true)?,
            E::Starred(s) => return Err(self.error("can't use starred expression here", s.range)),
            E::Await(a) => {
                // `<await>(x)` gives the iterator to delegate to (a coroutine, or the result
                // of `x.__await__()`); then `yield from` runs it.
                let n = self.name_index("<await>");
                self.emit(Opcode::LoadGlobal, n);
                self.expr(&a.value)?;
                self.emit(Opcode::Call, 1);
                self.emit(Opcode::YieldFrom, 0);
            }
        }
        Ok(())
    }

    /// Whether the f-string literal at `range` has an `r` prefix.
    fn fstring_is_raw(&self, range: TextRange) -> bool {
        let start = usize::from(range.start());
        let rest = self.source.get(start..).unwrap_or("");
        rest.chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .any(|c| c == 'r' || c == 'R')
    }

    /// The parts of an f-string (or of a format spec inside one), joined into one string.
    fn joined(&mut self, values: &[ast::Expr], raw: bool, spec: bool) -> Result<(), CompileError> {
        for v in values {
            match v {
                ast::Expr::FormattedValue(f) => self.formatted_value(f, raw)?,
                // The parser keeps a format spec's text undecoded (`\u0041` stays six
                // characters); CPython decodes it as the rest of a non-raw f-string.
                ast::Expr::Constant(c) if spec && !raw => match &c.value {
                    ast::Constant::Str(t) if t.contains('\\') => {
                        let text = decode_escapes(t).unwrap_or_else(|| t.clone());
                        self.load_const(Constant::Str(text));
                    }
                    _ => self.expr(v)?,
                },
                _ => self.expr(v)?,
            }
        }
        if values.len() != 1 || !matches!(values[0], ast::Expr::FormattedValue(_)) {
            self.emit(Opcode::BuildString, values.len() as u32);
        }
        Ok(())
    }

    fn formatted_value(
        &mut self,
        f: &ast::ExprFormattedValue,
        raw: bool,
    ) -> Result<(), CompileError> {
        self.expr(&f.value)?;
        let mut flags = match f.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => 1,
            ast::ConversionFlag::Repr => 2,
            ast::ConversionFlag::Ascii => 3,
        };
        if let Some(spec) = &f.format_spec {
            match &**spec {
                ast::Expr::JoinedStr(j) => self.joined(&j.values, raw, true)?,
                other => self.expr(other)?,
            }
            flags |= 4;
        }
        self.emit(Opcode::FormatValue, flags);
        Ok(())
    }

    /// Builds a tuple, list or set display, going through a list when an item is starred.
    fn sequence(&mut self, elts: &[ast::Expr], build: Opcode) -> Result<(), CompileError> {
        // A set display of three or more constants updates an empty set from a constant tuple,
        // where CPython updates it from a folded frozenset constant; the VM rebuilds that
        // frozenset's layout (see `Vm::set_update_op`), so the set iterates in CPython's order.
        if build == Opcode::BuildSet && elts.len() > 2 {
            if let Some(c) = constant_tuple(elts) {
                self.emit(Opcode::BuildSet, 0);
                self.load_const(c);
                self.emit(Opcode::SetUpdate, 0);
                return Ok(());
            }
        }
        if !elts.iter().any(|e| matches!(e, ast::Expr::Starred(_))) {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        self.emit(Opcode::BuildList, 0);
        for e in elts {
            match e {
                ast::Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Opcode::ListExtend, 0);
                }
                other => {
                    self.expr(other)?;
                    self.emit(Opcode::ListAppend, 1);
                }
            }
        }
        match build {
            Opcode::BuildTuple => self.emit(Opcode::ListToTuple, 0),
            Opcode::BuildSet => {
                self.emit(Opcode::BuildSet, 0);
                self.emit(Opcode::RotTwo, 0);
                self.emit(Opcode::SetUpdate, 0);
            }
            _ => {}
        }
        Ok(())
    }

    fn dict(&mut self, d: &ast::ExprDict) -> Result<(), CompileError> {
        if d.keys.iter().all(Option::is_some) {
            for (k, v) in d.keys.iter().zip(&d.values) {
                self.expr(k.as_ref().expect("a key"))?;
                self.expr(v)?;
            }
            self.emit(Opcode::BuildMap, d.keys.len() as u32);
            return Ok(());
        }
        self.emit(Opcode::BuildMap, 0);
        for (k, v) in d.keys.iter().zip(&d.values) {
            if let Some(k) = k {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Opcode::MapAdd, 1);
            } else {
                self.expr(v)?;
                self.emit(Opcode::DictUpdate, 0);
            }
        }
        Ok(())
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> Result<(), CompileError> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.emit(Opcode::CompareOp, compare_operator(&c.ops[0]) as u32);
            return Ok(());
        }
        // a < b < c: each middle operand is compared twice but evaluated once.
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(Opcode::DupTop, 0);
                self.emit(Opcode::RotThree, 0);
                self.emit(Opcode::CompareOp, compare_operator(op) as u32);
                self.emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit(Opcode::CompareOp, compare_operator(op) as u32);
            }
        }
        self.emit_jump(Opcode::Jump, end);
        self.bind(cleanup);
        self.emit(Opcode::RotTwo, 0);
        self.emit(Opcode::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `label` when the truth of `e` equals `when`, without building a bool if it can.
    pub(crate) fn jump_if(
        &mut self,
        e: &ast::Expr,
        when: bool,
        label: Label,
    ) -> Result<(), CompileError> {
        use ast::Expr as E;
        match e {
            E::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => {
                return self.jump_if(&u.operand, !when, label)
            }
            E::BoolOp(b) => {
                let is_and = matches!(b.op, ast::BoolOp::And);
                // `a and b` jumps on false as soon as one is false; on true only if all are.
                let (last, rest) = b.values.split_last().expect("two or more operands");
                if is_and != when {
                    for v in rest {
                        self.jump_if(v, when, label)?;
                    }
                    return self.jump_if(last, when, label);
                }
                let skip = self.new_label();
                for v in rest {
                    self.jump_if(v, !when, skip)?;
                }
                self.jump_if(last, when, label)?;
                self.bind(skip);
                return Ok(());
            }
            E::Constant(c) if matches!(c.value, ast::Constant::Bool(true)) => {
                if when {
                    self.emit_jump(Opcode::Jump, label);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        let op = if when {
            Opcode::PopJumpIfTrue
        } else {
            Opcode::PopJumpIfFalse
        };
        self.emit_jump(op, label);
        Ok(())
    }

    fn call(&mut self, c: &ast::ExprCall) -> Result<(), CompileError> {
        if self.zero_arg_super(c)? || self.method_call(c)? {
            return Ok(());
        }
        self.expr(&c.func)?;
        let starred = c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)));
        let double_star = c.keywords.iter().any(|k| k.arg.is_none());
        if starred || double_star {
            match c.args.as_slice() {
                // f(*x): x goes to the call as it is, which reports a non-iterable as CPython does.
                [ast::Expr::Starred(s)] => self.expr(&s.value)?,
                args => self.sequence(args, Opcode::BuildTuple)?,
            }
            if c.keywords.is_empty() {
                self.emit(Opcode::CallEx, 0);
                return Ok(());
            }
            self.call_keywords(&c.keywords)?;
            self.emit(Opcode::CallEx, 1);
            return Ok(());
        }
        for a in &c.args {
            self.expr(a)?;
        }
        if c.keywords.is_empty() {
            self.emit(Opcode::Call, c.args.len() as u32);
            return Ok(());
        }
        let mut names = Vec::new();
        for k in &c.keywords {
            let name = k.arg.as_ref().expect("a keyword name").to_string();
            if names.contains(&Constant::Str(name.clone())) {
                return Err(self.error(format!("keyword argument repeated: {name}"), k.range));
            }
            self.expr(&k.value)?;
            names.push(Constant::Str(name));
        }
        self.load_const(Constant::Tuple(names));
        self.emit(Opcode::CallKw, (c.args.len() + c.keywords.len()) as u32);
        Ok(())
    }

    /// (-- kwargs) the keywords of a call with `**`: a tuple of the keyword groups in order (a
    /// dict per run of named keywords, each `**` operand as it is), which the call merges so
    /// that it can report repeated keywords and non-mappings; a lone `**x` is passed as it is.
    fn call_keywords(&mut self, keywords: &[ast::Keyword]) -> Result<(), CompileError> {
        if let [k] = keywords {
            if k.arg.is_none() {
                return self.expr(&k.value);
            }
        }
        let mut parts = 0;
        let mut i = 0;
        while i < keywords.len() {
            if keywords[i].arg.is_none() {
                self.expr(&keywords[i].value)?;
                i += 1;
            } else {
                let start = i;
                while i < keywords.len() && keywords[i].arg.is_some() {
                    let name = keywords[i]
                        .arg
                        .as_ref()
                        .expect("a keyword name")
                        .to_string();
                    self.load_const(Constant::Str(name));
                    self.expr(&keywords[i].value)?;
                    i += 1;
                }
                self.emit(Opcode::BuildMap, (i - start) as u32);
            }
            parts += 1;
        }
        self.emit(Opcode::BuildTuple, parts);
        Ok(())
    }

    /// `super()` with no arguments in a method: compiled as `super(__class__, <first argument>)`,
    /// reading the implicit `__class__` cell, as CPython's `super_init_without_args` does at run
    /// time. Returns false (emitting nothing) when the call has another shape or `super` is
    /// rebound; a bare call outside a method then fails at run time as in CPython.
    fn zero_arg_super(&mut self, c: &ast::ExprCall) -> Result<bool, CompileError> {
        let ast::Expr::Name(n) = c.func.as_ref() else {
            return Ok(false);
        };
        if n.id.as_str() != "super" || !c.args.is_empty() || !c.keywords.is_empty() {
            return Ok(false);
        }
        let scope = self.units.last().expect("a unit").scope;
        let s = &self.table.scopes[scope];
        let is_free = |name: &str| matches!(s.resolve(name), Resolution::Free | Resolution::Cell);
        if !matches!(s.resolve("super"), Resolution::GlobalImplicit) || !is_free("__class__") {
            return Ok(false);
        }
        let code = &self.unit().code;
        let has_varargs = code.flags & ferropy_bytecode::flags::VARARGS != 0;
        // Parameters come first in varnames; `*args` follows the keyword-only ones.
        let first = match (code.argcount, has_varargs) {
            (0, false) => return Ok(false),
            (0, true) => Err(code.varnames[code.kwonlyargcount as usize].clone()),
            _ => Ok(code.varnames[0].clone()),
        };
        self.expr(&c.func)?;
        self.name_op("__class__", NameCtx::Load);
        match first {
            Ok(name) => self.name_op(&name, NameCtx::Load),
            Err(args) => {
                // `def m(*args)`: the receiver is args[0].
                self.name_op(&args, NameCtx::Load);
                self.load_const(Constant::Int(0));
                self.emit(Opcode::BinarySubscr, 0);
            }
        }
        self.emit(Opcode::Call, 2);
        Ok(true)
    }

    /// `obj.name(args)` with plain positional arguments: `LoadMethod` + `CallMethod`, which call
    /// a method without allocating a bound method. Returns false for other call shapes.
    fn method_call(&mut self, c: &ast::ExprCall) -> Result<bool, CompileError> {
        let ast::Expr::Attribute(attr) = c.func.as_ref() else {
            return Ok(false);
        };
        if !c.keywords.is_empty() || c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            return Ok(false);
        }
        self.expr(&attr.value)?;
        let n = self.name_index(attr.attr.as_str());
        self.line = self.line_of(attr.range);
        self.emit(Opcode::LoadMethod, n);
        for a in &c.args {
            self.expr(a)?;
        }
        self.line = self.line_of(c.range);
        self.emit(Opcode::CallMethod, c.args.len() as u32);
        Ok(true)
    }

    /// A comprehension is a nested function called with the iterator of its first `for`.
    /// `build` is the container to build, or `YieldValue` for a generator expression.
    fn comprehension(
        &mut self,
        range: TextRange,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&ast::Expr],
        build: Opcode,
    ) -> Result<(), CompileError> {
        let scope = self.table.scope_of(range);
        let qualname = self.child_qualname(name);
        let line = self.line;
        self.push_unit(scope, name, &qualname, line);
        self.unit().code.argcount = 1;
        self.local_index(".0");
        if build != Opcode::YieldValue {
            self.emit(build, 0);
        }
        // A comprehension's scope adds no ".<locals>" to the names inside it (as CPython).
        self.qualnames.push(qualname.clone());
        let result = self.comprehension_loop(generators, 0, elts, build);
        self.qualnames.pop();
        result?;
        if build == Opcode::YieldValue {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.pop_unit()?;
        let is_async = self.table.scopes[scope].is_coroutine;
        self.emit_closure_and_make(code, 0);
        self.expr(&generators[0].iter)?;
        if generators[0].is_async {
            self.call_hidden("<aiter>");
        } else {
            self.emit(Opcode::GetIter, 0);
        }
        self.emit(Opcode::Call, 1);
        if is_async && build != Opcode::YieldValue {
            self.emit_await();
        }
        Ok(())
    }

    /// (x -- f(x)) for one of the hidden builtins (`<aiter>`, `<anext>`).
    pub(crate) fn call_hidden(&mut self, name: &str) {
        let n = self.name_index(name);
        self.emit(Opcode::LoadGlobal, n);
        self.emit(Opcode::RotTwo, 0);
        self.emit(Opcode::Call, 1);
    }

    fn comprehension_loop(
        &mut self,
        generators: &[ast::Comprehension],
        index: usize,
        elts: &[&ast::Expr],
        build: Opcode,
    ) -> Result<(), CompileError> {
        let g = &generators[index];
        if index == 0 {
            self.emit(Opcode::LoadFast, 0);
        } else {
            self.expr(&g.iter)?;
            if g.is_async {
                self.call_hidden("<aiter>");
            } else {
                self.emit(Opcode::GetIter, 0);
            }
        }
        let start = self.new_label();
        let end = self.new_label();
        self.bind(start);
        let stop = g.is_async.then(|| self.async_next());
        if stop.is_none() {
            self.emit_jump(Opcode::ForIter, end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_loop(generators, index + 1, elts, build)?;
        } else {
            for e in elts {
                self.expr(e)?;
            }
            let depth = generators.len() as u32 + 1;
            match build {
                Opcode::BuildList => self.emit(Opcode::ListAppend, depth),
                Opcode::BuildSet => self.emit(Opcode::SetAdd, depth),
                Opcode::BuildMap => self.emit(Opcode::MapAdd, depth),
                _ => {
                    self.emit(Opcode::YieldValue, 0);
                    self.emit(Opcode::PopTop, 0);
                }
            }
        }
        self.emit_jump(Opcode::Jump, start);
        if let Some((stop, depth)) = stop {
            self.async_exhausted(stop, depth);
        }
        self.bind(end);
        Ok(())
    }

    /// (aiter -- aiter item): awaits `aiter.__anext__()`. Returns the handler label the loop's
    /// end binds with `async_exhausted` and the depth it sees.
    pub(crate) fn async_next(&mut self) -> (Label, u32) {
        let stop = self.new_label();
        let depth = self.unit().depth;
        self.emit(Opcode::DupTop, 0);
        self.call_hidden("<anext>");
        let region = self.pc();
        self.emit_await();
        self.add_entry(region, stop, depth);
        (stop, depth)
    }

    /// The handler after an `async for` loop: StopAsyncIteration pops the iterator and falls
    /// through to the loop's end; anything else propagates.
    pub(crate) fn async_exhausted(&mut self, stop: Label, depth: u32) {
        let reraise = self.new_label();
        let done = self.new_label();
        self.bind_handler(stop, depth);
        let n = self.name_index("StopAsyncIteration");
        self.emit(Opcode::LoadGlobal, n);
        self.emit(Opcode::CheckExcMatch, 0);
        self.emit_jump(Opcode::PopJumpIfFalse, reraise);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit_jump(Opcode::Jump, done);
        self.bind(reraise);
        self.emit(Opcode::Reraise, 0);
        self.bind(done);
    }
}

fn compare_operator(op: &ast::CmpOp) -> CompareOperator {
    use ast::CmpOp as C;
    match op {
        C::Eq => CompareOperator::Eq,
        C::NotEq => CompareOperator::Ne,
        C::Lt => CompareOperator::Lt,
        C::LtE => CompareOperator::Le,
        C::Gt => CompareOperator::Gt,
        C::GtE => CompareOperator::Ge,
        C::Is => CompareOperator::Is,
        C::IsNot => CompareOperator::IsNot,
        C::In => CompareOperator::In,
        C::NotIn => CompareOperator::NotIn,
    }
}

/// A tuple display whose items are all constants becomes one constant.
fn constant_tuple(elts: &[ast::Expr]) -> Option<Constant> {
    let items: Option<Vec<Constant>> = elts
        .iter()
        .map(|e| match e {
            ast::Expr::Constant(c) => Some(convert_constant(&c.value)),
            _ => None,
        })
        .collect();
    items.map(Constant::Tuple)
}

pub(crate) fn convert_constant(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        ast::Constant::Int(i) => int_constant(i),
        ast::Constant::Tuple(items) => {
            Constant::Tuple(items.iter().map(convert_constant).collect())
        }
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex {
            real: *real,
            imag: *imag,
        },
        ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}

fn int_constant(i: &BigInt) -> Constant {
    match i64::try_from(i) {
        Ok(small) => Constant::Int(small),
        Err(_) => Constant::BigInt(i.clone()),
    }
}

/// Decodes the backslash escapes of a string literal's body by parsing it as a literal.
fn decode_escapes(text: &str) -> Option<String> {
    let quote = ["\"\"\"", "'''"]
        .into_iter()
        .find(|q| !text.contains(&q[..1]))?;
    let src = format!("{quote}{text}{quote}");
    match crate::parse::parse_expression(&src, "<format spec>") {
        Ok(ast::Expr::Constant(c)) => match c.value {
            ast::Constant::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}
