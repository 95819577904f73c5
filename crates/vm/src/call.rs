//! Calling: every callable kind, argument binding for Python functions, and the frame setup
//! that gives each call its register slab.

use crate::exceptions::PyResult;
use crate::interp::Exit;
use crate::value::{PyCell, PyFunction, Value};
use crate::Vm;
use ferropy_bytecode::flags;
use std::rc::Rc;

impl Vm {
    /// Calls any callable with positional arguments followed by keyword values named `kwnames`.
    pub fn call(&mut self, callee: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        match callee {
            Value::Function(f) if kwnames.is_empty() => self.call_plain(f, args),
            Value::Function(f) => self.call_function(f, args, kwnames),
            Value::Builtin(b) => match &b.bound {
                Some(receiver) => {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(receiver.clone());
                    full.extend_from_slice(args);
                    (b.func)(self, &full, kwnames)
                }
                // A method of a builtin type called through the class needs its receiver.
                None if b.owner.is_some() && args.len() <= kwnames.len() => {
                    Err(self.type_error(format!(
                        "unbound method {}.{}() needs an argument",
                        b.owner.unwrap_or(""),
                        b.name
                    )))
                }
                None => (b.func)(self, args, kwnames),
            },
            Value::BoundMethod(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.receiver.clone());
                full.extend_from_slice(args);
                let func = m.func.clone();
                self.call(&func, &full, kwnames)
            }
            Value::Type(t) => {
                let t = t.clone();
                self.call_type(&t, args, kwnames)
            }
            Value::Instance(_) => {
                let Some(method) = self.lookup_special(callee, "__call__") else {
                    return Err(self.not_supported(callee, "is not callable"));
                };
                self.call_method_value(&method, callee, args, kwnames)
            }
            Value::StaticMethod(inner) => {
                let inner = (**inner).clone();
                self.call(&inner, args, kwnames)
            }
            _ => Err(self.not_supported(callee, "is not callable")),
        }
    }

    /// Calls a method found on a type with an explicit receiver.
    pub fn call_method_value(
        &mut self,
        method: &Value,
        receiver: &Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        // Special methods (`__add__`, `__init__`, `__eq__`, ...) take few arguments: those are
        // passed from the stack, without a vector per call.
        if args.len() < 4 {
            let mut buf: [Value; 4] = Default::default();
            buf[0] = receiver.clone();
            buf[1..=args.len()].clone_from_slice(args);
            let full = &buf[..=args.len()];
            return match method {
                Value::Function(f) if kwnames.is_empty() => {
                    let f = f.clone();
                    self.call_plain(&f, full)
                }
                _ => self.call(method, full, kwnames),
            };
        }
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(receiver.clone());
        full.extend_from_slice(args);
        self.call(method, &full, kwnames)
    }

    /// Calls `callee(*args, **kwargs)`. `kwargs` is a dict, or (from a call with `**`) a tuple of
    /// the keyword groups in order: dicts of named keywords and the `**` operands, merged here
    /// with CPython's errors for non-mappings and repeated keywords.
    pub fn call_with_kwargs_dict(
        &mut self,
        callee: &Value,
        mut args: Vec<Value>,
        kwargs: &Value,
    ) -> PyResult<Value> {
        let parts = match kwargs {
            Value::Tuple(t) => t.to_vec(),
            other => vec![other.clone()],
        };
        let mut names: Vec<Value> = Vec::new();
        for part in &parts {
            for (k, v) in self.mapping_items(callee, part)? {
                let Some(key) = k.as_str() else {
                    return Err(self.type_error("keywords must be strings"));
                };
                if names.iter().any(|n| n.as_str() == Some(key)) {
                    let f = self.function_str(callee);
                    return Err(self.type_error(format!(
                        "{f} got multiple values for keyword argument '{key}'"
                    )));
                }
                names.push(k);
                args.push(v);
            }
        }
        self.call(callee, &args, &names)
    }

    /// The items of a `**` operand: a dict, or a mapping with `keys()` and `__getitem__`.
    fn mapping_items(&mut self, callee: &Value, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Value::Dict(d) = m {
            return Ok(d.items());
        }
        let base = crate::builtin_dunders::unwrap_base(m);
        if let Value::Dict(d) = &base {
            return Ok(d.items());
        }
        if matches!(m, Value::Instance(_)) && self.lookup_special(m, "keys").is_some() {
            let keys = self.get_attr_str(m, "keys")?;
            let keys = self.call(&keys, &[], &[])?;
            let mut out = Vec::new();
            for k in self.collect(&keys)? {
                let v = self.get_item(m, &k)?;
                out.push((k, v));
            }
            return Ok(out);
        }
        let f = self.function_str(callee);
        Err(self.type_error(format!(
            "{f} argument after ** must be a mapping, not {}",
            self.type_name(m)
        )))
    }

    /// The positional arguments of a call with `*`: CPython's error for a non-iterable.
    pub fn star_args(&mut self, callee: &Value, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::Tuple(t) => Ok(t.to_vec()),
            Value::List(l) => Ok(l.borrow().clone()),
            _ if self.get_iter(v).is_err() && !matches!(v, Value::Instance(_)) => {
                let f = self.function_str(callee);
                Err(self.type_error(format!(
                    "{f} argument after * must be an iterable, not {}",
                    self.type_name(v)
                )))
            }
            _ => self.collect(v),
        }
    }

    /// The items of a `*x` in a display or call: CPython's error for a non-iterable.
    pub fn star_items(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.borrow().clone()),
            Value::Tuple(t) => Ok(t.to_vec()),
            _ if !matches!(v, Value::Instance(_)) && self.get_iter(v).is_err() => Err(self
                .type_error(format!(
                    "Value after * must be an iterable, not {}",
                    self.type_name(v)
                ))),
            _ => self.collect(v),
        }
    }

    /// How CPython names a callable in argument errors: `__main__.f()`, `len()`, `C.m()`.
    pub fn function_str(&mut self, f: &Value) -> String {
        match f {
            Value::Function(fun) => {
                let module = match &fun.module {
                    Value::Str(m) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
                    _ => String::new(),
                };
                format!("{module}{}()", fun.qualname.borrow())
            }
            Value::BoundMethod(m) => {
                let func = m.func.clone();
                self.function_str(&func)
            }
            Value::Builtin(b) => match b.owner {
                Some(owner) => format!("{owner}.{}()", b.name),
                None => format!("{}()", b.name),
            },
            Value::Type(t) => format!("{}()", t.name),
            other => format!("{} object", self.type_name(other)),
        }
    }

    /// Calls a Python function: binds arguments into a fresh register slab and runs the frame.
    pub fn call_function(
        &mut self,
        f: &Rc<PyFunction>,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        // Recursion without loops still reaches a SIGINT check.
        self.check_signals()?;
        let unit = &f.code;
        let code = &unit.code;
        if self.options.jit != crate::JitMode::Off {
            let h = unit.hotness.get().wrapping_add(1);
            unit.hotness.set(h);
            if h == self.options.jit_threshold || self.options.jit == crate::JitMode::Eager {
                self.tier_up(unit);
            }
        }
        // `depth` counts function frames; the module's frame makes one more, as in CPython.
        if self.depth + 1 >= self.recursion_limit || self.stack_exhausted() {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        let simple = kwnames.is_empty()
            && args.len() == code.argcount as usize
            && code.kwonlyargcount == 0
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0;
        let mut regs = self.reg_pool.pop().unwrap_or_default();
        if simple {
            // Arguments go straight into the first registers; no placeholder is written first.
            unit.slab_with_args(&mut regs, args);
        } else {
            unit.init_slab(&mut regs);
            if let Err(e) = self.bind_arguments(f, &mut regs, args, kwnames) {
                self.give_back_regs(regs);
                return Err(e);
            }
        }
        let cells = if unit.cell_params.is_empty() && f.closure.is_empty() {
            Vec::new()
        } else {
            let mut cells = Vec::with_capacity(unit.cell_params.len() + f.closure.len());
            for param in &unit.cell_params {
                let v = param.map_or(Value::Undef, |p| std::mem::take(&mut regs[p as usize]));
                cells.push(Rc::new(PyCell::new(v)));
            }
            cells.extend(f.closure.iter().cloned());
            cells
        };
        let mut frame = self.new_frame(unit.clone(), regs, cells, f.globals.clone(), None);
        if code.is_generator() {
            return Ok(crate::generator::new_generator(self, frame, f));
        }
        self.depth += 1;
        let result = self.run_frame(&mut frame);
        self.depth -= 1;
        self.give_back_regs(std::mem::take(&mut frame.regs));
        match result? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// A call with positional arguments only, as the interpreter's `Call` and `CallMethod` and
    /// the JIT's call helpers make them: a plain function (`CodeUnit::plain`, no closure) given
    /// exactly its parameters runs without `call_function`'s general binding and layers.
    #[inline]
    pub fn call_plain(&mut self, f: &Rc<PyFunction>, args: &[Value]) -> PyResult<Value> {
        let unit = &f.code;
        if !unit.plain || !f.closure.is_empty() || args.len() != unit.code.argcount as usize {
            return self.call_function(f, args, &[]);
        }
        self.check_signals()?;
        if let Some(code) = unit.jitted.get() {
            return self.call_native(f, code, args);
        }
        if self.options.jit != crate::JitMode::Off {
            let h = unit.hotness.get().wrapping_add(1);
            unit.hotness.set(h);
            if h == self.options.jit_threshold || self.options.jit == crate::JitMode::Eager {
                self.tier_up(unit);
            }
        }
        if self.depth + 1 >= self.recursion_limit || self.stack_exhausted() {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        let mut regs = self.reg_pool.pop().unwrap_or_default();
        unit.slab_with_args(&mut regs, args);
        let mut frame = self.new_frame(unit.clone(), regs, Vec::new(), f.globals.clone(), None);
        self.depth += 1;
        self.frame_stack.push(&frame as *const crate::interp::Frame);
        let result = self.run_plain_frame(&mut frame);
        self.frame_stack.pop();
        self.depth -= 1;
        let live = unit.const_base();
        self.give_back_slab(std::mem::take(&mut frame.regs), live);
        result
    }

    /// Binds positional, keyword, default, `*args` and `**kwargs` arguments, with CPython's errors.
    fn bind_arguments(
        &mut self,
        f: &PyFunction,
        regs: &mut [Value],
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<()> {
        let code = &f.code.code;
        let name = f.qualname.borrow().clone();
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let npos = args.len() - kwnames.len();
        let (positional, kwvalues) = args.split_at(npos);
        for (i, v) in positional.iter().take(argcount).enumerate() {
            regs[i] = v.clone();
        }
        let mut slot = argcount + kwonly;
        if has_varargs {
            let extra = positional.get(argcount..).unwrap_or(&[]).to_vec();
            regs[slot] = Value::tuple(extra);
            slot += 1;
        } else if npos > argcount {
            let defaults = f.defaults.borrow().len();
            // CPython names the keyword-only arguments that came with too many positional ones.
            let kwonly_names = &code.varnames[argcount..argcount + kwonly];
            let kwonly_given = kwnames
                .iter()
                .filter(|k| {
                    k.as_str()
                        .is_some_and(|k| kwonly_names.iter().any(|n| n == k))
                })
                .count();
            let also = match kwonly_given {
                0 => String::new(),
                k => format!(
                    " positional argument{} (and {k} keyword-only argument{})",
                    if npos == 1 { "" } else { "s" },
                    if k == 1 { "" } else { "s" }
                ),
            };
            let takes = if defaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - defaults,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let was = if npos == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            };
            return Err(self.type_error(format!(
                "{name}() takes {takes} but {npos}{also} {was} given"
            )));
        }
        let kwdict = if has_varkw {
            Some(Rc::new(crate::dict::PyDict::new()))
        } else {
            None
        };
        let posonly = code.posonlyargcount as usize;
        for (k, v) in kwnames.iter().zip(kwvalues) {
            let key = k.as_str().unwrap_or("");
            let index = code.varnames[..argcount + kwonly]
                .iter()
                .position(|n| n == key);
            match index {
                Some(i) if i >= posonly => {
                    if !matches!(regs[i], Value::Undef) {
                        return Err(self.type_error(format!(
                            "{name}() got multiple values for argument '{key}'"
                        )));
                    }
                    regs[i] = v.clone();
                }
                Some(_) if kwdict.is_none() => {
                    let names: Vec<String> = kwnames
                        .iter()
                        .filter_map(|k| k.as_str())
                        .filter(|k| code.varnames[..posonly].iter().any(|n| n == k))
                        .map(|k| format!("'{k}'"))
                        .collect();
                    return Err(self.type_error(format!(
                        "{name}() got some positional-only arguments passed as keyword arguments: {}",
                        names.join(", ")
                    )));
                }
                _ => match &kwdict {
                    Some(d) => d.set_str(key, v.clone()),
                    None => {
                        return Err(self.type_error(format!(
                            "{name}() got an unexpected keyword argument '{key}'"
                        )))
                    }
                },
            }
        }
        if let Some(d) = kwdict {
            regs[slot] = Value::Dict(d);
        }
        // Defaults for missing positional parameters, then keyword-only ones.
        let defaults = f.defaults.borrow();
        let first_default = argcount - defaults.len();
        let mut missing = Vec::new();
        for i in 0..argcount {
            if matches!(regs[i], Value::Undef) {
                if i >= first_default {
                    regs[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(missing_message(&name, "positional", &missing)));
        }
        let kwdefaults = f.kwdefaults.borrow();
        for i in argcount..argcount + kwonly {
            if matches!(regs[i], Value::Undef) {
                match kwdefaults
                    .as_ref()
                    .and_then(|d| d.get_str(&code.varnames[i]))
                {
                    Some(v) => regs[i] = v,
                    None => missing.push(code.varnames[i].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(missing_message(&name, "keyword-only", &missing)));
        }
        Ok(())
    }
}

/// "f() missing 2 required positional arguments: 'a' and 'b'"
fn missing_message(name: &str, kind: &str, missing: &[String]) -> String {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    let s = if missing.len() == 1 { "" } else { "s" };
    format!(
        "{name}() missing {} required {kind} argument{s}: {list}",
        missing.len()
    )
}
