//! `compile(..., PyCF_ONLY_AST)` (what `ast.parse` calls): the compiler's neutral tree turned
//! into instances of the `_ast` classes, and `compile()` of such a tree back into code (through
//! `ast.unparse`, so the code's line numbers are those of the unparsed text).

use crate::exceptions::PyResult;
use crate::value::{PyInstance, Value};
use crate::Vm;
use ferropy_compiler::tree::{Field, Node};
use std::rc::Rc;

/// `PyCF_ONLY_AST`.
pub const ONLY_AST: i64 = 1024;

impl Vm {
    /// Parses source into an `_ast.Module` / `Expression` / `Interactive` object.
    pub(crate) fn parse_to_ast(
        &mut self,
        text: &str,
        filename: &str,
        mode: &str,
    ) -> PyResult<Value> {
        if !matches!(mode, "exec" | "eval" | "single") {
            return Err(self.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
        let tree = ferropy_compiler::tree::parse_tree(text, filename, mode)
            .map_err(|e| self.syntax_error(&e))?;
        let module = self.import_dotted("_ast")?;
        let Value::Module(m) = module else {
            return Err(self.err("SystemError", "_ast is not a module"));
        };
        let classes = m.dict.clone();
        node_value(self, &classes, &tree)
    }

    /// Whether `v` is an instance of `_ast.AST` (a tree `compile()` accepts as its source).
    pub(crate) fn is_ast_node(&mut self, v: &Value) -> PyResult<bool> {
        let Value::Instance(inst) = v else {
            return Ok(false);
        };
        let class = inst.class.borrow().clone();
        let module = self.import_dotted("_ast")?;
        match self.get_attr_str(&module, "AST")? {
            Value::Type(ast) => Ok(class.is_subtype(&ast)),
            _ => Ok(false),
        }
    }

    /// The source text of an AST object (`ast.unparse`), for compiling it.
    pub(crate) fn unparse_ast(&mut self, tree: &Value) -> PyResult<String> {
        let ast = self.import_dotted("ast")?;
        let unparse = self.get_attr_str(&ast, "unparse")?;
        let fixed = self.get_attr_str(&ast, "fix_missing_locations")?;
        self.call(&fixed, &[tree.clone()], &[])?;
        let text = self.call(&unparse, &[tree.clone()], &[])?;
        self.str(&text)
    }
}

fn node_value(vm: &mut Vm, classes: &Rc<crate::dict::PyDict>, node: &Node) -> PyResult<Value> {
    let Some(Value::Type(class)) = classes.get_str(node.kind) else {
        return Err(vm.err("SystemError", format!("_ast has no class {}", node.kind)));
    };
    let inst = Rc::new(PyInstance::new(class));
    for (name, field) in &node.fields {
        let v = field_value(vm, classes, field)?;
        inst.dict.set_str(name, v);
    }
    if let Some(loc) = node.loc {
        inst.dict.set_str("lineno", Value::Int(loc.lineno as i64));
        inst.dict
            .set_str("col_offset", Value::Int(loc.col_offset as i64));
        inst.dict
            .set_str("end_lineno", Value::Int(loc.end_lineno as i64));
        inst.dict
            .set_str("end_col_offset", Value::Int(loc.end_col_offset as i64));
    }
    crate::gc::track_instance(&inst);
    Ok(Value::Instance(inst))
}

fn field_value(vm: &mut Vm, classes: &Rc<crate::dict::PyDict>, f: &Field) -> PyResult<Value> {
    Ok(match f {
        Field::Node(n) => node_value(vm, classes, n)?,
        Field::List(items) => {
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                out.push(field_value(vm, classes, item)?);
            }
            Value::list(out)
        }
        Field::Value(c) => vm.constant(c),
    })
}
