//! `repr()`, `str()`, `ascii()` and `format()` of every value.

use crate::exceptions::PyResult;
use crate::iter::{DictPart, IterState};
use crate::numfmt;
use crate::value::Value;
use crate::Vm;

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        // Containers recurse through their items: that counts against the recursion limit,
        // as CPython's `Py_EnterRecursiveCall` does.
        if matches!(
            v,
            Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_)
        ) {
            if self.depth + 1 >= self.recursion_limit || self.stack_exhausted() {
                return Err(self.err(
                    "RecursionError",
                    "maximum recursion depth exceeded while getting the repr of an object",
                ));
            }
            self.depth += 1;
            let r = self.repr_inner(v);
            self.depth -= 1;
            return r;
        }
        self.repr_inner(v)
    }

    fn repr_inner(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Undef => "<NULL>".into(),
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => numfmt::int_to_decimal(b).map_err(|e| self.fmt_error(e))?,
            Value::Float(f) => numfmt::float_repr(*f),
            Value::Complex(c) => complex_repr(c.0, c.1),
            Value::Str(s) => numfmt::py_str_repr(s.as_str()),
            Value::Bytes(b) => bytes_repr(b),
            Value::ByteArray(b) => format!("bytearray({})", bytes_repr(&b.borrow())),
            Value::List(l) => {
                let items = l.borrow().clone();
                if !self.repr_enter(v) {
                    return Ok("[...]".into());
                }
                let r = self.join_reprs(&items);
                self.repr_leave();
                format!("[{}]", r?)
            }
            Value::Tuple(t) => {
                let inner = self.join_reprs(t)?;
                if t.len() == 1 {
                    format!("({inner},)")
                } else {
                    format!("({inner})")
                }
            }
            Value::Dict(d) => {
                if !self.repr_enter(v) {
                    return Ok("{...}".into());
                }
                let r = self.dict_repr(&d.items());
                self.repr_leave();
                r?
            }
            Value::Set(_) | Value::FrozenSet(_) => {
                let items: Vec<Value> = self.set_keys(v).into_iter().map(|k| k.key).collect();
                let frozen = matches!(v, Value::FrozenSet(_));
                match (items.is_empty(), frozen) {
                    (true, false) => "set()".into(),
                    (true, true) => "frozenset()".into(),
                    (false, false) => format!("{{{}}}", self.join_reprs(&items)?),
                    (false, true) => format!("frozenset({{{}}})", self.join_reprs(&items)?),
                }
            }
            Value::Range(r) => crate::range_obj::repr(r),
            Value::Slice(s) => {
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                format!(
                    "slice({}, {}, {})",
                    self.repr(&a)?,
                    self.repr(&b)?,
                    self.repr(&c)?
                )
            }
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                f.qualname.borrow(),
                v.heap_ptr().unwrap_or(0)
            ),
            Value::Builtin(b) => match &b.bound {
                Some(obj) if !matches!(obj, Value::Module(_)) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    self.type_name(obj),
                    obj.heap_ptr().unwrap_or(0)
                ),
                _ => format!("<built-in function {}>", b.name),
            },
            Value::Super(sp) => {
                let recv = sp.receiver.clone();
                let obj = if recv.is_none() {
                    "NULL".to_string()
                } else {
                    format!("<{} object>", self.type_name(&recv))
                };
                format!("<super: <class '{}'>, {obj}>", sp.class.name)
            }
            Value::BoundMethod(m) => {
                let (func, recv) = (m.func.clone(), m.receiver.clone());
                let name = match &func {
                    Value::Function(f) => f.qualname.borrow().clone(),
                    _ => "?".into(),
                };
                format!("<bound method {} of {}>", name, self.repr(&recv)?)
            }
            Value::Type(_) if self.meta_special(v, "__repr__").is_some() => {
                let m = self.meta_special(v, "__repr__").unwrap_or_default();
                let r = self.call_method_value(&m, v, &[], &[])?;
                return match r {
                    Value::Str(s) => Ok(s.s.to_string()),
                    _ => Err(self.type_error(format!(
                        "__repr__ returned non-string (type {})",
                        self.type_name(&r)
                    ))),
                };
            }
            Value::Type(t) => {
                let module = t.module.borrow().clone();
                let module = match t.dict.get_str("__module__") {
                    Some(Value::Str(s)) => s.s.to_string(),
                    _ => module,
                };
                if module == "builtins" {
                    format!("<class '{}'>", t.qualname.borrow())
                } else {
                    format!("<class '{}.{}'>", module, t.qualname.borrow())
                }
            }
            Value::Instance(i) => {
                let class = i.class.borrow().clone();
                if let Some(m) = class.lookup("__repr__") {
                    if !crate::classes::is_object_slot(&Some(m.clone())) {
                        let r = self.call_method_value(&m, v, &[], &[])?;
                        return match r {
                            Value::Str(s) => Ok(s.s.to_string()),
                            _ => Err(self.type_error(format!(
                                "__repr__ returned non-string (type {})",
                                self.type_name(&r)
                            ))),
                        };
                    }
                }
                if i.exc().borrow().is_some() {
                    let args = i.exc_state(|s| s.args.clone());
                    let inner = if args.len() == 1 {
                        self.repr(&args[0])?
                    } else {
                        // The tuple's repr without its own parentheses (exactly one pair).
                        let r = self.repr(&Value::tuple(args))?;
                        r[1..r.len() - 1].to_string()
                    };
                    return Ok(format!("{}({})", class.name, inner));
                }
                default_object_repr(&class, v)
            }
            Value::Module(m) => match m.dict.get_str("__file__") {
                Some(Value::Str(f)) => format!("<module '{}' from '{}'>", m.name, f.s),
                _ => format!("<module '{}' (built-in)>", m.name),
            },
            Value::Iterator(it) => {
                let view = match &*it.borrow() {
                    IterState::View { dict, part } => Some((dict.clone(), *part)),
                    _ => None,
                };
                match view {
                    Some((d, part)) => {
                        let (name, items) = match part {
                            DictPart::Keys => ("dict_keys", d.keys()),
                            DictPart::Values => ("dict_values", d.values()),
                            DictPart::Items => (
                                "dict_items",
                                d.items()
                                    .into_iter()
                                    .map(|(k, v)| Value::tuple(vec![k, v]))
                                    .collect(),
                            ),
                        };
                        format!("{name}([{}])", self.join_reprs(&items)?)
                    }
                    None => format!(
                        "<{} object at {:#x}>",
                        self.type_name(v),
                        v.heap_ptr().unwrap_or(0)
                    ),
                }
            }
            Value::Generator(g) => format!(
                "<{} object {} at {:#x}>",
                ["generator", "coroutine", "async_generator"][g.kind.min(2) as usize],
                g.qualname,
                v.heap_ptr().unwrap_or(0)
            ),
            Value::Cell(_) => format!("<cell at {:#x}>", v.heap_ptr().unwrap_or(0)),
            Value::Code(c) => format!(
                "<code object {} at {:#x}>",
                c.code.name,
                v.heap_ptr().unwrap_or(0)
            ),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            other => format!(
                "<{} object at {:#x}>",
                self.type_name(other),
                other.heap_ptr().unwrap_or(0)
            ),
        })
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for i in items {
            parts.push(self.repr(i)?);
        }
        Ok(parts.join(", "))
    }

    fn dict_repr(&mut self, items: &[(Value, Value)]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for (k, v) in items {
            parts.push(format!("{}: {}", self.repr(k)?, self.repr(v)?));
        }
        Ok(format!("{{{}}}", parts.join(", ")))
    }

    /// Guards against infinite recursion when a container contains itself.
    fn repr_enter(&mut self, v: &Value) -> bool {
        let p = v.heap_ptr().unwrap_or(0);
        if self.repr_stack.contains(&p) {
            return false;
        }
        self.repr_stack.push(p);
        true
    }

    fn repr_leave(&mut self) {
        self.repr_stack.pop();
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.s.to_string()),
            Value::Type(_) if self.meta_special(v, "__str__").is_some() => {
                let m = self.meta_special(v, "__str__").unwrap_or_default();
                let r = self.call_method_value(&m, v, &[], &[])?;
                self.str(&r)
            }
            Value::Instance(i) => {
                let class = i.class.borrow().clone();
                if let Some(m) = class.lookup("__str__") {
                    if !crate::classes::is_object_slot(&Some(m.clone())) {
                        let r = self.call_method_value(&m, v, &[], &[])?;
                        return match r {
                            Value::Str(s) => Ok(s.s.to_string()),
                            _ => Err(self.type_error(format!(
                                "__str__ returned non-string (type {})",
                                self.type_name(&r)
                            ))),
                        };
                    }
                }
                if i.exc().borrow().is_some()
                    && class
                        .lookup("__repr__")
                        .is_none_or(|r| matches!(r, Value::Builtin(_)))
                {
                    return self.exception_str(i);
                }
                if i.exc().borrow().is_some() {
                    return self.exception_str(i);
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `ascii(v)`: the repr with non-ASCII characters escaped.
    pub fn ascii(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            match c as u32 {
                0..=0x7f => out.push(c),
                n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
                n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
                n => out.push_str(&format!("\\U{n:08x}")),
            }
        }
        Ok(out)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let r = match v {
            Value::Bool(b) if spec.is_empty() => {
                return Ok(if *b { "True" } else { "False" }.into())
            }
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                let b = crate::int::to_bigint(v).unwrap_or_default();
                numfmt::format_int(&b, spec)
            }
            Value::Float(f) => numfmt::format_float(*f, spec),
            Value::Complex(c) => crate::complex::format_complex(**c, spec),
            Value::Str(s) => numfmt::format_str(s.as_str(), spec),
            Value::Instance(_) => {
                if let Some(m) = self.lookup_special(v, "__format__") {
                    if !crate::classes::is_object_slot(&Some(m.clone())) {
                        let r = self.call_method_value(&m, v, &[Value::str(spec)], &[])?;
                        return match r {
                            Value::Str(s) => Ok(s.s.to_string()),
                            other => Err(self.type_error(format!(
                                "__format__ must return a str, not {}",
                                self.type_name(&other)
                            ))),
                        };
                    }
                }
                if !spec.is_empty() {
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    )));
                }
                return self.str(v);
            }
            _ if spec.is_empty() => return self.str(v),
            // Other built-in types inherit object.__format__, which takes no spec.
            _ => {
                return Err(self.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    self.type_name(v)
                )))
            }
        };
        r.map_err(|e| self.fmt_error(e))
    }

    /// Turns a formatting error into the Python exception it names.
    pub fn fmt_error(&self, e: numfmt::FmtError) -> crate::exceptions::PyErr {
        let name = match e.kind {
            numfmt::ErrKind::ValueError => "ValueError",
            numfmt::ErrKind::TypeError => "TypeError",
            numfmt::ErrKind::OverflowError => "OverflowError",
            numfmt::ErrKind::KeyError => "KeyError",
            numfmt::ErrKind::MemoryError => "MemoryError",
        };
        self.err(name, e.msg)
    }
}

/// `object.__repr__`: `<module.Qualname object at 0x...>`, without the module for builtins.
pub fn default_object_repr(class: &crate::types::PyType, v: &Value) -> String {
    let module = match class.dict.get_str("__module__") {
        Some(Value::Str(s)) => s.s.to_string(),
        _ => class.module.borrow().clone(),
    };
    let addr = v.heap_ptr().unwrap_or(0);
    if module == "builtins" {
        format!("<{} object at {addr:#x}>", class.qualname.borrow())
    } else {
        format!("<{module}.{} object at {addr:#x}>", class.qualname.borrow())
    }
}

pub(crate) fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |x: f64| {
        let r = numfmt::float_repr(x);
        r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", fmt(im));
    }
    let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) {
        "-"
    } else {
        "+"
    };
    format!("({}{}{}j)", fmt(re), sign, fmt(im.abs()))
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = format!("b{quote}");
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}
