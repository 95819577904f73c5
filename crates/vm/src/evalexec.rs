//! The builtins that see the caller's frame: `globals()`, `locals()`, `vars()`, and `eval()`,
//! `exec()` and `compile()` of source strings.

use crate::args::Args;
use crate::dict::PyDict;
use crate::exceptions::PyResult;
use crate::interp::Frame;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

impl Vm {
    /// The innermost running frame (the caller of a builtin).
    pub(crate) fn caller(&self) -> Option<&Frame> {
        // SAFETY: `run_frame` pushes a pointer to its frame and pops it before returning, so the
        // frame outlives this borrow, which ends before the builtin returns to that frame. Only
        // the frame's registers and dicts are read.
        self.frame_stack.last().map(|f| unsafe { &**f })
    }

    /// The caller's globals (those of `__main__` when called from outside any frame).
    pub fn caller_globals(&self) -> Rc<PyDict> {
        match self.caller() {
            Some(f) => f.globals.clone(),
            None => match self.modules.get_str("__main__") {
                Some(Value::Module(m)) => m.dict.clone(),
                _ => Rc::new(PyDict::new()),
            },
        }
    }

    /// The caller's local namespace: its namespace dict (module, class body, exec), or for a
    /// function a fresh dict of its bound local, cell and free variables.
    pub fn caller_locals(&self) -> Rc<PyDict> {
        let Some(f) = self.caller() else {
            return self.caller_globals();
        };
        locals_of(f)
    }

    /// `sys._getframe(depth)`: the globals, locals, code and first line of the frame `depth`
    /// levels out from the innermost one.
    pub fn frame_snapshot(&self, depth: usize) -> Option<(Rc<PyDict>, Rc<PyDict>, Value, u32)> {
        let n = self.frame_stack.len();
        let ptr = *self.frame_stack.get(n.checked_sub(depth + 1)?)?;
        // SAFETY: as in `caller`: every pointer on `frame_stack` belongs to a `run_frame` call
        // still on the Rust stack, so the frame is alive; it is only read, and the borrow ends
        // before this function returns.
        let f = unsafe { &*ptr };
        let line = f.unit.code.first_line;
        Some((
            f.globals.clone(),
            locals_of(f),
            Value::Code(f.unit.clone()),
            line,
        ))
    }
}

/// A frame's local namespace (see `Vm::caller_locals`).
/// A frame's local namespace, for `gi_frame.f_locals`.
pub(crate) fn frame_locals(f: &Frame) -> Rc<PyDict> {
    locals_of(f)
}

fn locals_of(f: &Frame) -> Rc<PyDict> {
    if let Some(l) = &f.locals {
        return l.clone();
    }
    let code = &f.unit.code;
    if code.flags & ferropy_bytecode::flags::OPTIMIZED == 0 {
        return f.globals.clone();
    }
    let d = Rc::new(PyDict::new());
    for (i, name) in code.varnames.iter().enumerate() {
        match f.regs.get(i) {
            Some(Value::Undef) | None => {}
            Some(v) => d.set_str(name, v.clone()),
        }
    }
    let cell_names = code.cellvars.iter().chain(&code.freevars);
    for (name, cell) in cell_names.zip(&f.cells) {
        let v = cell.value.borrow().clone();
        if !matches!(v, Value::Undef) {
            d.set_str(name, v);
        }
    }
    d
}

impl Vm {
    /// Runs code from `compile`/`eval`/`exec` against a globals dict and an optional locals dict.
    fn run_dynamic(
        &mut self,
        code: Value,
        globals: Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
    ) -> PyResult<Value> {
        let Value::Code(unit) = code else {
            return Err(self.type_error("expected a code object"));
        };
        if globals.get_str("__builtins__").is_none() {
            globals.set_str("__builtins__", Value::Dict(self.builtins.clone()));
        }
        let locals = locals.filter(|l| !Rc::ptr_eq(l, &globals));
        self.run_code(unit, globals, locals, Vec::new())
    }

    /// Source (str or bytes) or a code object, compiled in the given mode.
    fn code_of(&mut self, src: &Value, filename: &str, mode: &str) -> PyResult<Value> {
        let text = match src {
            Value::Code(_) => return Ok(src.clone()),
            Value::Str(s) => s.s.to_string(),
            Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
            _ => {
                let what = if mode == "eval" {
                    "eval() arg 1"
                } else {
                    "exec() arg 1"
                };
                return Err(
                    self.type_error(format!("{what} must be a string, bytes or code object"))
                );
            }
        };
        let compiled = match mode {
            "eval" => ferropy_compiler::compile_eval(&text, filename),
            "exec" => ferropy_compiler::compile_exec(&text, filename),
            // Expression statements print their values, as at the interactive prompt.
            "single" => ferropy_compiler::compile_interactive(&text, filename),
            _ => return Err(self.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        };
        let code = compiled.map_err(|e| self.syntax_error(&e))?;
        let unit = self
            .load_code(Rc::new(code))
            .map_err(|e| self.err("SystemError", e))?;
        Ok(Value::Code(unit))
    }

    /// The namespaces `eval`/`exec` run in: the given dicts, else the caller's.
    fn namespaces(&mut self, a: &Args, name: &str) -> PyResult<(Rc<PyDict>, Option<Rc<PyDict>>)> {
        let globals = a.arg_or_kw(1, "globals").filter(|g| !g.is_none());
        let locals = a.arg_or_kw(2, "locals").filter(|l| !l.is_none());
        let locals = match locals {
            None => None,
            Some(Value::Dict(d)) => Some(d),
            Some(other) => {
                let mapping = self.lookup_special(&other, "__getitem__").is_some();
                return Err(self.type_error(match (mapping, name) {
                    (true, _) => format!("{name}() locals must be a dict in ferropy"),
                    (false, "eval") => "locals must be a mapping".to_string(),
                    (false, _) => format!(
                        "locals must be a mapping or None, not {}",
                        self.type_name(&other)
                    ),
                }));
            }
        };
        match globals {
            Some(Value::Dict(g)) => Ok((g, locals)),
            Some(other) if name == "eval" => {
                let mapping = self.lookup_special(&other, "__getitem__").is_some();
                Err(self.type_error(if mapping {
                    "globals must be a real dict; try eval(expr, {}, mapping)"
                } else {
                    "globals must be a dict"
                }))
            }
            Some(other) => Err(self.type_error(format!(
                "{name}() globals must be a dict, not {}",
                self.type_name(&other)
            ))),
            None => {
                let g = self.caller_globals();
                let l = locals.unwrap_or_else(|| self.caller_locals());
                Ok((g, Some(l)))
            }
        }
    }
}

pub fn globals(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Dict(vm.caller_globals()))
}

pub fn locals(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).exact(vm, "locals", 0)?;
    Ok(Value::Dict(vm.caller_locals()))
}

pub fn vars(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "vars expected at most 1 argument, got {}",
            a.pos.len()
        )));
    }
    match a.pos.first() {
        None => Ok(Value::Dict(vm.caller_locals())),
        Some(v) => match vm.get_attr_str(v, "__dict__") {
            Err(e) if e.matches(vm, "AttributeError") => {
                Err(vm.type_error("vars() argument must have __dict__ attribute"))
            }
            other => other,
        },
    }
}

pub fn eval(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(src) = a.pos.first() else {
        return Err(vm.type_error("eval expected at least 1 argument, got 0"));
    };
    let code = vm.code_of(src, "<string>", "eval")?;
    let (g, l) = vm.namespaces(&a, "eval")?;
    vm.run_dynamic(code, g, l)
}

pub fn exec(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(src) = a.pos.first() else {
        return Err(vm.type_error("exec expected at least 1 argument, got 0"));
    };
    let code = vm.code_of(src, "<string>", "exec")?;
    let (g, l) = vm.namespaces(&a, "exec")?;
    vm.run_dynamic(code, g, l)?;
    Ok(Value::None)
}

/// `compile(source, filename, mode)`: a code object for `eval` or `exec`.
pub fn compile(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let (Some(src), Some(filename), Some(mode)) = (
        a.arg_or_kw(0, "source"),
        a.arg_or_kw(1, "filename"),
        a.arg_or_kw(2, "mode"),
    ) else {
        return Err(vm.type_error("compile() missing required argument 'source' (pos 1)"));
    };
    let filename = vm.str(&filename)?;
    let mode = vm.str(&mode)?;
    let flags = match a.arg_or_kw(3, "flags") {
        Some(f) => crate::int::as_i64(&f).unwrap_or(0),
        None => 0,
    };
    let is_tree = vm.is_ast_node(&src)?;
    if flags & crate::ast_objects::ONLY_AST != 0 {
        if is_tree {
            return Ok(src);
        }
        let text = source_text(vm, &src)?;
        return vm.parse_to_ast(&text, &filename, &mode);
    }
    if is_tree {
        let text = vm.unparse_ast(&src)?;
        return vm.code_of(&Value::str(text), &filename, &mode);
    }
    vm.code_of(&src, &filename, &mode)
}

/// The text of a `compile()` source given as str or bytes.
fn source_text(vm: &mut Vm, src: &Value) -> PyResult<String> {
    match src {
        Value::Str(s) => Ok(s.s.to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    }
}
