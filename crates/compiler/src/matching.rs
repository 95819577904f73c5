//! Code generation for `match` statements.
//!
//! The subject stays on the stack for the whole statement; each case matches a copy. A pattern
//! consumes the value on top of the stack: on success execution falls through with its capture
//! names bound, on failure it jumps to the case's failure label with the value consumed.
//! Structural checks (sequence, mapping and class patterns) call hidden builtins
//! (`<match_sequence>`, `<match_mapping>`, `<match_class>`, names no program can shadow) that
//! return a tuple of the parts to match further, or None.

use crate::codegen::{Compiler, Label, NameCtx};
use crate::error::CompileError;
use crate::parse::ast::{self, Ranged};
use ferropy_bytecode::{CompareOperator, Constant, Opcode};

impl Compiler<'_> {
    pub(crate) fn match_stmt(&mut self, m: &ast::StmtMatch) -> Result<(), CompileError> {
        self.expr(&m.subject)?;
        let end = self.new_label();
        for (i, case) in m.cases.iter().enumerate() {
            let last = i + 1 == m.cases.len();
            let irrefutable = case.guard.is_none() && is_irrefutable(&case.pattern);
            if irrefutable && !last {
                let msg = match &case.pattern {
                    ast::Pattern::MatchAs(ast::PatternMatchAs { name: Some(n), .. }) => {
                        format!(
                            "name capture '{}' makes remaining patterns unreachable",
                            n.as_str()
                        )
                    }
                    _ => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(self.error(msg, case.pattern.range()));
            }
            self.line = self.line_of(case.pattern.range());
            let fail = self.new_label();
            self.emit(Opcode::DupTop, 0);
            self.pattern(&case.pattern, fail)?;
            if let Some(guard) = &case.guard {
                self.jump_if(guard, false, fail)?;
            }
            self.emit(Opcode::PopTop, 0);
            self.stmts(&case.body)?;
            self.emit_jump(Opcode::Jump, end);
            self.bind(fail);
        }
        self.emit(Opcode::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    /// (value --) matches the value on top against a pattern; jumps to `fail` (value consumed)
    /// when it does not match.
    fn pattern(&mut self, p: &ast::Pattern, fail: Label) -> Result<(), CompileError> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Opcode::CompareOp, CompareOperator::Eq as u32);
                self.emit_jump(Opcode::PopJumpIfFalse, fail);
            }
            P::MatchSingleton(s) => {
                self.load_const(crate::expr::convert_constant(&s.value));
                self.emit(Opcode::CompareOp, CompareOperator::Is as u32);
                self.emit_jump(Opcode::PopJumpIfFalse, fail);
            }
            P::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => self.emit(Opcode::PopTop, 0),
                (None, Some(name)) => self.name_op(name.as_str(), NameCtx::Store),
                (Some(inner), name) => {
                    self.emit(Opcode::DupTop, 0);
                    let cleanup = self.new_label();
                    self.pattern(inner, cleanup)?;
                    match name {
                        Some(n) => self.name_op(n.as_str(), NameCtx::Store),
                        None => self.emit(Opcode::PopTop, 0),
                    }
                    self.pop_on_failure(cleanup, 1, fail);
                }
            },
            P::MatchOr(o) => {
                let success = self.new_label();
                let (last, rest) = o
                    .patterns
                    .split_last()
                    .expect("an or-pattern has alternatives");
                for alt in rest {
                    let next = self.new_label();
                    self.emit(Opcode::DupTop, 0);
                    self.pattern(alt, next)?;
                    self.emit(Opcode::PopTop, 0);
                    self.emit_jump(Opcode::Jump, success);
                    self.bind(next);
                }
                self.pattern(last, fail)?;
                self.bind(success);
            }
            P::MatchSequence(s) => self.sequence_pattern(s, fail)?,
            P::MatchMapping(m) => self.mapping_pattern(m, fail)?,
            P::MatchClass(c) => self.class_pattern(c, fail)?,
            P::MatchStar(s) => return Err(self.error("can't use starred name here", s.range)),
        }
        Ok(())
    }

    /// Emits, when anything jumps to `cleanup`, code that pops `n` values and goes to `fail`.
    fn pop_on_failure(&mut self, cleanup: Label, n: u32, fail: Label) {
        let done = self.new_label();
        self.emit_jump(Opcode::Jump, done);
        self.bind(cleanup);
        for _ in 0..n {
            self.emit(Opcode::PopTop, 0);
        }
        self.emit_jump(Opcode::Jump, fail);
        self.bind(done);
    }

    /// (value -- parts) calls a hidden matching builtin with the value and constant arguments;
    /// jumps to `fail` (nothing left) when it returns None.
    fn structural_check(&mut self, helper: &str, extra: &[Constant], fail: Label) {
        let n = self.name_index(helper);
        self.emit(Opcode::LoadGlobal, n);
        self.emit(Opcode::RotTwo, 0);
        for c in extra {
            self.load_const(c.clone());
        }
        self.emit(Opcode::Call, 1 + extra.len() as u32);
        self.none_check(fail);
    }

    /// (parts -- parts) jumps to `fail` with nothing left when the parts are None.
    fn none_check(&mut self, fail: Label) {
        let cleanup = self.new_label();
        self.emit(Opcode::DupTop, 0);
        self.load_const(Constant::None);
        self.emit(Opcode::CompareOp, CompareOperator::Is as u32);
        self.emit_jump(Opcode::PopJumpIfTrue, cleanup);
        let ok = self.new_label();
        self.emit_jump(Opcode::Jump, ok);
        self.bind(cleanup);
        self.emit(Opcode::PopTop, 0);
        self.emit_jump(Opcode::Jump, fail);
        self.bind(ok);
    }

    /// (parts --) unpacks a tuple of parts and matches each against its pattern in order.
    fn match_parts(&mut self, patterns: &[&ast::Pattern], fail: Label) -> Result<(), CompileError> {
        let k = patterns.len() as u32;
        if k == 0 {
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        }
        self.emit(Opcode::UnpackSequence, k);
        // cleanups[j]: j values are left under a failed part.
        let cleanups: Vec<Label> = (0..k).map(|_| self.new_label()).collect();
        for (i, p) in patterns.iter().enumerate() {
            let remaining = k - 1 - i as u32;
            let target = if remaining == 0 {
                fail
            } else {
                cleanups[remaining as usize]
            };
            self.pattern(p, target)?;
        }
        let done = self.new_label();
        self.emit_jump(Opcode::Jump, done);
        for j in (1..k).rev() {
            self.bind(cleanups[j as usize]);
            self.emit(Opcode::PopTop, 0);
        }
        if k > 1 {
            self.emit_jump(Opcode::Jump, fail);
        }
        self.bind(done);
        Ok(())
    }

    fn sequence_pattern(
        &mut self,
        s: &ast::PatternMatchSequence,
        fail: Label,
    ) -> Result<(), CompileError> {
        let stars: Vec<usize> = s
            .patterns
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p, ast::Pattern::MatchStar(_)))
            .map(|(i, _)| i)
            .collect();
        if stars.len() > 1 {
            return Err(self.error("multiple starred names in sequence pattern", s.range));
        }
        let (before, after, star) = match stars.first() {
            Some(&i) => (i, s.patterns.len() - i - 1, true),
            None => (s.patterns.len(), 0, false),
        };
        let extra = [
            Constant::Int(before as i64),
            Constant::Int(after as i64),
            Constant::Bool(star),
        ];
        self.structural_check("<match_sequence>", &extra, fail);
        // The starred part arrives as a list: `*name` captures it, `*_` drops it.
        let converted: Vec<ast::Pattern> = s
            .patterns
            .iter()
            .map(|p| match p {
                ast::Pattern::MatchStar(st) => ast::Pattern::MatchAs(ast::PatternMatchAs {
                    range: st.range,
                    pattern: None,
                    name: st.name.clone(),
                }),
                other => other.clone(),
            })
            .collect();
        let parts: Vec<&ast::Pattern> = converted.iter().collect();
        self.match_parts(&parts, fail)
    }

    fn mapping_pattern(
        &mut self,
        m: &ast::PatternMatchMapping,
        fail: Label,
    ) -> Result<(), CompileError> {
        // (value) -> helper, value, keys tuple, has_rest -> parts
        let n = self.name_index("<match_mapping>");
        self.emit(Opcode::LoadGlobal, n);
        self.emit(Opcode::RotTwo, 0);
        for k in &m.keys {
            self.expr(k)?;
        }
        self.emit(Opcode::BuildTuple, m.keys.len() as u32);
        self.load_const(Constant::Bool(m.rest.is_some()));
        self.emit(Opcode::Call, 3);
        self.none_check(fail);
        let rest_pattern;
        let mut parts: Vec<&ast::Pattern> = m.patterns.iter().collect();
        if let Some(rest) = &m.rest {
            rest_pattern = ast::Pattern::MatchAs(ast::PatternMatchAs {
                range: m.range,
                pattern: None,
                name: Some(rest.clone()),
            });
            parts.push(&rest_pattern);
            return self.match_parts(&parts, fail);
        }
        self.match_parts(&parts, fail)
    }

    fn class_pattern(
        &mut self,
        c: &ast::PatternMatchClass,
        fail: Label,
    ) -> Result<(), CompileError> {
        let n = self.name_index("<match_class>");
        self.emit(Opcode::LoadGlobal, n);
        self.emit(Opcode::RotTwo, 0);
        self.expr(&c.cls)?;
        self.load_const(Constant::Int(c.patterns.len() as i64));
        let names: Vec<Constant> = c
            .kwd_attrs
            .iter()
            .map(|a| Constant::Str(a.to_string()))
            .collect();
        self.load_const(Constant::Tuple(names));
        self.emit(Opcode::Call, 4);
        self.none_check(fail);
        let parts: Vec<&ast::Pattern> = c.patterns.iter().chain(&c.kwd_patterns).collect();
        self.match_parts(&parts, fail)
    }
}

/// A pattern that matches anything (a capture or `_`, possibly in an or-pattern).
fn is_irrefutable(p: &ast::Pattern) -> bool {
    match p {
        ast::Pattern::MatchAs(a) => a.pattern.as_deref().is_none_or(is_irrefutable),
        ast::Pattern::MatchOr(o) => o.patterns.iter().any(is_irrefutable),
        _ => false,
    }
}
