//! The parser's AST as a neutral tree for `ast.parse` (`compile(..., PyCF_ONLY_AST)`): every
//! node is a CPython `_ast` class name with its fields in CPython's order and its location in
//! CPython's terms (1-based lines, UTF-8 byte columns). The VM turns the tree into `_ast`
//! objects without knowing the parser's types.

use crate::error::CompileError;
use crate::expr::convert_constant;
use crate::parse::{self, ast, TextRange};
use ast::Ranged;
use ferropy_bytecode::Constant;

/// One AST node: its `_ast` class name, its fields, and its location when the class has one.
#[derive(Debug, Clone)]
pub struct Node {
    pub kind: &'static str,
    pub fields: Vec<(&'static str, Field)>,
    pub loc: Option<Loc>,
}

/// `lineno`, `col_offset`, `end_lineno`, `end_col_offset`.
#[derive(Debug, Clone, Copy)]
pub struct Loc {
    pub lineno: u32,
    pub col_offset: u32,
    pub end_lineno: u32,
    pub end_col_offset: u32,
}

/// A field's value: a node, a list, or a plain value (identifiers and strings are `Str`,
/// a missing optional field is `None`).
#[derive(Debug, Clone)]
pub enum Field {
    Node(Box<Node>),
    List(Vec<Field>),
    Value(Constant),
}

/// Parses `source` in `mode` (`exec`, `eval` or `single`) into a `Module`, `Expression` or
/// `Interactive` node.
pub fn parse_tree(source: &str, filename: &str, mode: &str) -> Result<Node, CompileError> {
    match mode {
        "eval" => {
            let trimmed = source.trim_start_matches([' ', '\t']);
            let shift = (source.len() - trimmed.len()) as u32;
            let expr = parse::parse_expression(source, filename)?;
            let b = Builder::new(source, shift);
            let body = b.expr(&expr);
            Ok(b.plain("Expression", vec![("body", body)]))
        }
        _ => {
            let body = parse::parse_module(source, filename)?;
            let b = Builder::new(source, 0);
            let stmts = b.stmts(&body);
            if mode == "single" {
                Ok(b.plain("Interactive", vec![("body", stmts)]))
            } else {
                let ignores = Field::List(Vec::new());
                Ok(b.plain("Module", vec![("body", stmts), ("type_ignores", ignores)]))
            }
        }
    }
}

fn none() -> Field {
    Field::Value(Constant::None)
}

fn text(s: &str) -> Field {
    Field::Value(Constant::Str(s.to_string()))
}

fn int(i: i64) -> Field {
    Field::Value(Constant::Int(i))
}

fn opt_ident(s: &Option<ast::Identifier>) -> Field {
    s.as_ref().map_or_else(none, |s| text(s.as_str()))
}

fn idents(names: &[ast::Identifier]) -> Field {
    Field::List(names.iter().map(|n| text(n.as_str())).collect())
}

/// Converts nodes, knowing where each line starts to turn byte offsets into locations.
pub(crate) struct Builder {
    line_starts: Vec<u32>,
    /// Added to every offset (the eval input's trimmed leading blanks).
    shift: u32,
}

impl Builder {
    fn new(source: &str, shift: u32) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        Builder { line_starts, shift }
    }

    fn position(&self, offset: u32) -> (u32, u32) {
        let offset = offset + self.shift;
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        (line as u32 + 1, offset - self.line_starts[line])
    }

    fn loc(&self, range: TextRange) -> Loc {
        let (lineno, col_offset) = self.position(range.start().into());
        let (end_lineno, end_col_offset) = self.position(range.end().into());
        Loc {
            lineno,
            col_offset,
            end_lineno,
            end_col_offset,
        }
    }

    /// A node without a location (`arguments`, `comprehension`, operators, ...).
    pub(crate) fn plain(&self, kind: &'static str, fields: Vec<(&'static str, Field)>) -> Node {
        Node {
            kind,
            fields,
            loc: None,
        }
    }

    pub(crate) fn located(
        &self,
        kind: &'static str,
        range: TextRange,
        fields: Vec<(&'static str, Field)>,
    ) -> Field {
        Field::Node(Box::new(Node {
            kind,
            fields,
            loc: Some(self.loc(range)),
        }))
    }

    /// A field-less node such as `Load()` or `Add()`.
    pub(crate) fn tag(&self, kind: &'static str) -> Field {
        Field::Node(Box::new(self.plain(kind, Vec::new())))
    }

    pub(crate) fn stmts(&self, body: &[ast::Stmt]) -> Field {
        Field::List(body.iter().map(|s| self.stmt(s)).collect())
    }

    pub(crate) fn exprs(&self, items: &[ast::Expr]) -> Field {
        Field::List(items.iter().map(|e| self.expr(e)).collect())
    }

    pub(crate) fn opt_expr(&self, e: &Option<Box<ast::Expr>>) -> Field {
        e.as_ref().map_or_else(none, |e| self.expr(e))
    }

    fn constant(&self, c: &ast::Constant) -> Field {
        Field::Value(convert_constant(c))
    }

    fn arg(&self, a: &ast::Arg) -> Field {
        self.located(
            "arg",
            a.range,
            vec![
                ("arg", text(a.arg.as_str())),
                ("annotation", self.opt_expr(&a.annotation)),
                (
                    "type_comment",
                    a.type_comment.as_deref().map_or_else(none, text),
                ),
            ],
        )
    }

    fn opt_arg(&self, a: &Option<Box<ast::Arg>>) -> Field {
        a.as_ref().map_or_else(none, |a| self.arg(a))
    }

    /// CPython's `arguments`: defaults of positional parameters in one trailing list, and one
    /// `kw_defaults` entry (or None) per keyword-only parameter.
    pub(crate) fn arguments(&self, a: &ast::Arguments) -> Field {
        let positional = a.posonlyargs.iter().chain(&a.args);
        let defaults = positional
            .filter_map(|p| p.default.as_ref().map(|d| self.expr(d)))
            .collect();
        let kw_defaults = a
            .kwonlyargs
            .iter()
            .map(|p| p.default.as_ref().map_or_else(none, |d| self.expr(d)))
            .collect();
        let list =
            |ps: &[ast::ArgWithDefault]| Field::List(ps.iter().map(|p| self.arg(&p.def)).collect());
        Field::Node(Box::new(self.plain(
            "arguments",
            vec![
                ("posonlyargs", list(&a.posonlyargs)),
                ("args", list(&a.args)),
                ("vararg", self.opt_arg(&a.vararg)),
                ("kwonlyargs", list(&a.kwonlyargs)),
                ("kw_defaults", Field::List(kw_defaults)),
                ("kwarg", self.opt_arg(&a.kwarg)),
                ("defaults", Field::List(defaults)),
            ],
        )))
    }

    pub(crate) fn keywords(&self, kws: &[ast::Keyword]) -> Field {
        Field::List(
            kws.iter()
                .map(|k| {
                    self.located(
                        "keyword",
                        k.range,
                        vec![("arg", opt_ident(&k.arg)), ("value", self.expr(&k.value))],
                    )
                })
                .collect(),
        )
    }

    fn aliases(&self, names: &[ast::Alias]) -> Field {
        Field::List(
            names
                .iter()
                .map(|a| {
                    self.located(
                        "alias",
                        a.range,
                        vec![
                            ("name", text(a.name.as_str())),
                            ("asname", opt_ident(&a.asname)),
                        ],
                    )
                })
                .collect(),
        )
    }

    fn with_items(&self, items: &[ast::WithItem]) -> Field {
        Field::List(
            items
                .iter()
                .map(|w| {
                    Field::Node(Box::new(self.plain(
                        "withitem",
                        vec![
                            ("context_expr", self.expr(&w.context_expr)),
                            ("optional_vars", self.opt_expr(&w.optional_vars)),
                        ],
                    )))
                })
                .collect(),
        )
    }

    fn handlers(&self, handlers: &[ast::ExceptHandler]) -> Field {
        Field::List(
            handlers
                .iter()
                .map(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    self.located(
                        "ExceptHandler",
                        h.range,
                        vec![
                            ("type", self.opt_expr(&h.type_)),
                            ("name", opt_ident(&h.name)),
                            ("body", self.stmts(&h.body)),
                        ],
                    )
                })
                .collect(),
        )
    }

    fn type_comment(c: &Option<String>) -> Field {
        c.as_deref().map_or_else(none, text)
    }

    fn stmt(&self, s: &ast::Stmt) -> Field {
        use ast::Stmt as S;
        let r = s.range();
        let (kind, fields) = match s {
            S::FunctionDef(f) => (
                "FunctionDef",
                self.function_fields(&f.name, &f.args, &f.body, &f.decorator_list, &f.returns)
                    .into_iter()
                    .chain([("type_comment", Self::type_comment(&f.type_comment))])
                    .collect(),
            ),
            S::AsyncFunctionDef(f) => (
                "AsyncFunctionDef",
                self.function_fields(&f.name, &f.args, &f.body, &f.decorator_list, &f.returns)
                    .into_iter()
                    .chain([("type_comment", Self::type_comment(&f.type_comment))])
                    .collect(),
            ),
            S::ClassDef(c) => (
                "ClassDef",
                vec![
                    ("name", text(c.name.as_str())),
                    ("bases", self.exprs(&c.bases)),
                    ("keywords", self.keywords(&c.keywords)),
                    ("body", self.stmts(&c.body)),
                    ("decorator_list", self.exprs(&c.decorator_list)),
                ],
            ),
            S::Return(x) => ("Return", vec![("value", self.opt_expr(&x.value))]),
            S::Delete(x) => ("Delete", vec![("targets", self.exprs(&x.targets))]),
            S::Assign(x) => (
                "Assign",
                vec![
                    ("targets", self.exprs(&x.targets)),
                    ("value", self.expr(&x.value)),
                    ("type_comment", Self::type_comment(&x.type_comment)),
                ],
            ),
            S::AugAssign(x) => (
                "AugAssign",
                vec![
                    ("target", self.expr(&x.target)),
                    ("op", self.tag(operator_name(x.op))),
                    ("value", self.expr(&x.value)),
                ],
            ),
            S::AnnAssign(x) => (
                "AnnAssign",
                vec![
                    ("target", self.expr(&x.target)),
                    ("annotation", self.expr(&x.annotation)),
                    ("value", self.opt_expr(&x.value)),
                    ("simple", int(x.simple as i64)),
                ],
            ),
            S::For(x) => (
                "For",
                self.for_fields(&x.target, &x.iter, &x.body, &x.orelse, &x.type_comment),
            ),
            S::AsyncFor(x) => (
                "AsyncFor",
                self.for_fields(&x.target, &x.iter, &x.body, &x.orelse, &x.type_comment),
            ),
            S::While(x) => (
                "While",
                vec![
                    ("test", self.expr(&x.test)),
                    ("body", self.stmts(&x.body)),
                    ("orelse", self.stmts(&x.orelse)),
                ],
            ),
            S::If(x) => (
                "If",
                vec![
                    ("test", self.expr(&x.test)),
                    ("body", self.stmts(&x.body)),
                    ("orelse", self.stmts(&x.orelse)),
                ],
            ),
            S::With(x) => (
                "With",
                vec![
                    ("items", self.with_items(&x.items)),
                    ("body", self.stmts(&x.body)),
                    ("type_comment", Self::type_comment(&x.type_comment)),
                ],
            ),
            S::AsyncWith(x) => (
                "AsyncWith",
                vec![
                    ("items", self.with_items(&x.items)),
                    ("body", self.stmts(&x.body)),
                    ("type_comment", Self::type_comment(&x.type_comment)),
                ],
            ),
            S::Match(x) => (
                "Match",
                vec![
                    ("subject", self.expr(&x.subject)),
                    ("cases", self.match_cases(&x.cases)),
                ],
            ),
            S::Raise(x) => (
                "Raise",
                vec![
                    ("exc", self.opt_expr(&x.exc)),
                    ("cause", self.opt_expr(&x.cause)),
                ],
            ),
            S::Try(x) => (
                "Try",
                self.try_fields(&x.body, &x.handlers, &x.orelse, &x.finalbody),
            ),
            S::TryStar(x) => (
                "TryStar",
                self.try_fields(&x.body, &x.handlers, &x.orelse, &x.finalbody),
            ),
            S::Assert(x) => (
                "Assert",
                vec![("test", self.expr(&x.test)), ("msg", self.opt_expr(&x.msg))],
            ),
            S::Import(x) => ("Import", vec![("names", self.aliases(&x.names))]),
            S::ImportFrom(x) => (
                "ImportFrom",
                vec![
                    ("module", opt_ident(&x.module)),
                    ("names", self.aliases(&x.names)),
                    ("level", int(x.level.map_or(0, |l| l.to_u32() as i64))),
                ],
            ),
            S::Global(x) => ("Global", vec![("names", idents(&x.names))]),
            S::Nonlocal(x) => ("Nonlocal", vec![("names", idents(&x.names))]),
            S::Expr(x) => ("Expr", vec![("value", self.expr(&x.value))]),
            S::Pass(_) => ("Pass", vec![]),
            S::Break(_) => ("Break", vec![]),
            S::Continue(_) => ("Continue", vec![]),
            // Python 3.12 syntax that 3.11 rejects before this point; kept as a no-op.
            S::TypeAlias(_) => ("Pass", vec![]),
        };
        self.located(kind, r, fields)
    }

    fn function_fields(
        &self,
        name: &ast::Identifier,
        args: &ast::Arguments,
        body: &[ast::Stmt],
        decorators: &[ast::Expr],
        returns: &Option<Box<ast::Expr>>,
    ) -> Vec<(&'static str, Field)> {
        vec![
            ("name", text(name.as_str())),
            ("args", self.arguments(args)),
            ("body", self.stmts(body)),
            ("decorator_list", self.exprs(decorators)),
            ("returns", self.opt_expr(returns)),
        ]
    }

    fn for_fields(
        &self,
        target: &ast::Expr,
        iter: &ast::Expr,
        body: &[ast::Stmt],
        orelse: &[ast::Stmt],
        type_comment: &Option<String>,
    ) -> Vec<(&'static str, Field)> {
        vec![
            ("target", self.expr(target)),
            ("iter", self.expr(iter)),
            ("body", self.stmts(body)),
            ("orelse", self.stmts(orelse)),
            ("type_comment", Self::type_comment(type_comment)),
        ]
    }

    fn try_fields(
        &self,
        body: &[ast::Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[ast::Stmt],
        finalbody: &[ast::Stmt],
    ) -> Vec<(&'static str, Field)> {
        vec![
            ("body", self.stmts(body)),
            ("handlers", self.handlers(handlers)),
            ("orelse", self.stmts(orelse)),
            ("finalbody", self.stmts(finalbody)),
        ]
    }

    pub(crate) fn constant_field(&self, c: &ast::Constant) -> Field {
        self.constant(c)
    }
}

pub(crate) fn operator_name(op: ast::Operator) -> &'static str {
    use ast::Operator as O;
    match op {
        O::Add => "Add",
        O::Sub => "Sub",
        O::Mult => "Mult",
        O::MatMult => "MatMult",
        O::Div => "Div",
        O::Mod => "Mod",
        O::Pow => "Pow",
        O::LShift => "LShift",
        O::RShift => "RShift",
        O::BitOr => "BitOr",
        O::BitXor => "BitXor",
        O::BitAnd => "BitAnd",
        O::FloorDiv => "FloorDiv",
    }
}
