//! Expressions, comprehensions and match patterns of the neutral AST tree (see `tree`).

use crate::parse::ast;
use crate::tree::{operator_name, Builder, Field};
use ast::Ranged;
use ferropy_bytecode::Constant;

fn none() -> Field {
    Field::Value(Constant::None)
}

fn text(s: &str) -> Field {
    Field::Value(Constant::Str(s.to_string()))
}

fn ctx_name(ctx: ast::ExprContext) -> &'static str {
    match ctx {
        ast::ExprContext::Load => "Load",
        ast::ExprContext::Store => "Store",
        ast::ExprContext::Del => "Del",
    }
}

fn cmpop_name(op: ast::CmpOp) -> &'static str {
    use ast::CmpOp as C;
    match op {
        C::Eq => "Eq",
        C::NotEq => "NotEq",
        C::Lt => "Lt",
        C::LtE => "LtE",
        C::Gt => "Gt",
        C::GtE => "GtE",
        C::Is => "Is",
        C::IsNot => "IsNot",
        C::In => "In",
        C::NotIn => "NotIn",
    }
}

fn unaryop_name(op: ast::UnaryOp) -> &'static str {
    match op {
        ast::UnaryOp::Invert => "Invert",
        ast::UnaryOp::Not => "Not",
        ast::UnaryOp::UAdd => "UAdd",
        ast::UnaryOp::USub => "USub",
    }
}

impl Builder {
    pub(crate) fn expr(&self, e: &ast::Expr) -> Field {
        use ast::Expr as E;
        let (kind, fields): (&'static str, Vec<(&'static str, Field)>) = match e {
            E::BoolOp(x) => {
                let op = if x.op == ast::BoolOp::And {
                    "And"
                } else {
                    "Or"
                };
                (
                    "BoolOp",
                    vec![("op", self.tag(op)), ("values", self.exprs(&x.values))],
                )
            }
            E::NamedExpr(x) => (
                "NamedExpr",
                vec![
                    ("target", self.expr(&x.target)),
                    ("value", self.expr(&x.value)),
                ],
            ),
            E::BinOp(x) => (
                "BinOp",
                vec![
                    ("left", self.expr(&x.left)),
                    ("op", self.tag(operator_name(x.op))),
                    ("right", self.expr(&x.right)),
                ],
            ),
            E::UnaryOp(x) => (
                "UnaryOp",
                vec![
                    ("op", self.tag(unaryop_name(x.op))),
                    ("operand", self.expr(&x.operand)),
                ],
            ),
            E::Lambda(x) => (
                "Lambda",
                vec![
                    ("args", self.arguments(&x.args)),
                    ("body", self.expr(&x.body)),
                ],
            ),
            E::IfExp(x) => (
                "IfExp",
                vec![
                    ("test", self.expr(&x.test)),
                    ("body", self.expr(&x.body)),
                    ("orelse", self.expr(&x.orelse)),
                ],
            ),
            E::Dict(x) => {
                let keys = x
                    .keys
                    .iter()
                    .map(|k| k.as_ref().map_or_else(none, |k| self.expr(k)));
                (
                    "Dict",
                    vec![
                        ("keys", Field::List(keys.collect())),
                        ("values", self.exprs(&x.values)),
                    ],
                )
            }
            E::Set(x) => ("Set", vec![("elts", self.exprs(&x.elts))]),
            E::ListComp(x) => (
                "ListComp",
                vec![
                    ("elt", self.expr(&x.elt)),
                    ("generators", self.comprehensions(&x.generators)),
                ],
            ),
            E::SetComp(x) => (
                "SetComp",
                vec![
                    ("elt", self.expr(&x.elt)),
                    ("generators", self.comprehensions(&x.generators)),
                ],
            ),
            E::GeneratorExp(x) => (
                "GeneratorExp",
                vec![
                    ("elt", self.expr(&x.elt)),
                    ("generators", self.comprehensions(&x.generators)),
                ],
            ),
            E::DictComp(x) => (
                "DictComp",
                vec![
                    ("key", self.expr(&x.key)),
                    ("value", self.expr(&x.value)),
                    ("generators", self.comprehensions(&x.generators)),
                ],
            ),
            E::Await(x) => ("Await", vec![("value", self.expr(&x.value))]),
            E::Yield(x) => ("Yield", vec![("value", self.opt_expr(&x.value))]),
            E::YieldFrom(x) => ("YieldFrom", vec![("value", self.expr(&x.value))]),
            E::Compare(x) => {
                let ops = x.ops.iter().map(|op| self.tag(cmpop_name(*op))).collect();
                (
                    "Compare",
                    vec![
                        ("left", self.expr(&x.left)),
                        ("ops", Field::List(ops)),
                        ("comparators", self.exprs(&x.comparators)),
                    ],
                )
            }
            E::Call(x) => (
                "Call",
                vec![
                    ("func", self.expr(&x.func)),
                    ("args", self.exprs(&x.args)),
                    ("keywords", self.keywords(&x.keywords)),
                ],
            ),
            E::FormattedValue(x) => (
                "FormattedValue",
                vec![
                    ("value", self.expr(&x.value)),
                    (
                        "conversion",
                        Field::Value(Constant::Int(x.conversion as i8 as i64)),
                    ),
                    ("format_spec", self.opt_expr(&x.format_spec)),
                ],
            ),
            E::JoinedStr(x) => ("JoinedStr", vec![("values", self.exprs(&x.values))]),
            E::Constant(x) => (
                "Constant",
                vec![
                    ("value", self.constant_field(&x.value)),
                    ("kind", x.kind.as_deref().map_or_else(none, text)),
                ],
            ),
            E::Attribute(x) => (
                "Attribute",
                vec![
                    ("value", self.expr(&x.value)),
                    ("attr", text(x.attr.as_str())),
                    ("ctx", self.tag(ctx_name(x.ctx))),
                ],
            ),
            E::Subscript(x) => (
                "Subscript",
                vec![
                    ("value", self.expr(&x.value)),
                    ("slice", self.expr(&x.slice)),
                    ("ctx", self.tag(ctx_name(x.ctx))),
                ],
            ),
            E::Starred(x) => (
                "Starred",
                vec![
                    ("value", self.expr(&x.value)),
                    ("ctx", self.tag(ctx_name(x.ctx))),
                ],
            ),
            E::Name(x) => (
                "Name",
                vec![
                    ("id", text(x.id.as_str())),
                    ("ctx", self.tag(ctx_name(x.ctx))),
                ],
            ),
            E::List(x) => (
                "List",
                vec![
                    ("elts", self.exprs(&x.elts)),
                    ("ctx", self.tag(ctx_name(x.ctx))),
                ],
            ),
            E::Tuple(x) => (
                "Tuple",
                vec![
                    ("elts", self.exprs(&x.elts)),
                    ("ctx", self.tag(ctx_name(x.ctx))),
                ],
            ),
            E::Slice(x) => (
                "Slice",
                vec![
                    ("lower", self.opt_expr(&x.lower)),
                    ("upper", self.opt_expr(&x.upper)),
                    ("step", self.opt_expr(&x.step)),
                ],
            ),
        };
        self.located(kind, e.range(), fields)
    }

    fn comprehensions(&self, gens: &[ast::Comprehension]) -> Field {
        Field::List(
            gens.iter()
                .map(|g| {
                    Field::Node(Box::new(self.plain(
                        "comprehension",
                        vec![
                            ("target", self.expr(&g.target)),
                            ("iter", self.expr(&g.iter)),
                            ("ifs", self.exprs(&g.ifs)),
                            ("is_async", Field::Value(Constant::Int(g.is_async as i64))),
                        ],
                    )))
                })
                .collect(),
        )
    }

    pub(crate) fn match_cases(&self, cases: &[ast::MatchCase]) -> Field {
        Field::List(
            cases
                .iter()
                .map(|c| {
                    Field::Node(Box::new(self.plain(
                        "match_case",
                        vec![
                            ("pattern", self.pattern(&c.pattern)),
                            ("guard", self.opt_expr(&c.guard)),
                            ("body", self.stmts(&c.body)),
                        ],
                    )))
                })
                .collect(),
        )
    }

    fn patterns(&self, ps: &[ast::Pattern]) -> Field {
        Field::List(ps.iter().map(|p| self.pattern(p)).collect())
    }

    fn pattern(&self, p: &ast::Pattern) -> Field {
        use ast::Pattern as P;
        let opt_name = |n: &Option<ast::Identifier>| n.as_ref().map_or_else(none, |n| text(n));
        let (kind, fields): (&'static str, Vec<(&'static str, Field)>) = match p {
            P::MatchValue(x) => ("MatchValue", vec![("value", self.expr(&x.value))]),
            P::MatchSingleton(x) => (
                "MatchSingleton",
                vec![("value", self.constant_field(&x.value))],
            ),
            P::MatchSequence(x) => (
                "MatchSequence",
                vec![("patterns", self.patterns(&x.patterns))],
            ),
            P::MatchMapping(x) => (
                "MatchMapping",
                vec![
                    ("keys", self.exprs(&x.keys)),
                    ("patterns", self.patterns(&x.patterns)),
                    ("rest", opt_name(&x.rest)),
                ],
            ),
            P::MatchClass(x) => (
                "MatchClass",
                vec![
                    ("cls", self.expr(&x.cls)),
                    ("patterns", self.patterns(&x.patterns)),
                    (
                        "kwd_attrs",
                        Field::List(x.kwd_attrs.iter().map(|a| text(a)).collect()),
                    ),
                    ("kwd_patterns", self.patterns(&x.kwd_patterns)),
                ],
            ),
            P::MatchStar(x) => ("MatchStar", vec![("name", opt_name(&x.name))]),
            P::MatchAs(x) => (
                "MatchAs",
                vec![
                    (
                        "pattern",
                        x.pattern.as_ref().map_or_else(none, |p| self.pattern(p)),
                    ),
                    ("name", opt_name(&x.name)),
                ],
            ),
            P::MatchOr(x) => ("MatchOr", vec![("patterns", self.patterns(&x.patterns))]),
        };
        self.located(kind, p.range(), fields)
    }
}
