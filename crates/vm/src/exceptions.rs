//! Python exceptions as Rust values: `PyErr` carries a raised exception instance through
//! `PyResult`; the instance keeps its arguments, traceback, cause and context.

use crate::instance_dict::InstanceDict;
use crate::regcode::CodeUnit;
use crate::types::PyType;
use crate::value::{PyInstance, Value};
use crate::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// A raised exception: an instance of a `BaseException` subclass.
#[derive(Clone)]
pub struct PyErr {
    pub exc: Rc<PyInstance>,
}

/// One line of a traceback: a frame's code and the line it was at.
#[derive(Clone)]
pub struct TraceEntry {
    pub unit: Rc<CodeUnit>,
    pub line: u32,
    /// The frame's globals (`tb.tb_frame.f_globals`).
    pub globals: Rc<crate::dict::PyDict>,
}

/// What an exception instance carries beside its attribute dict.
#[derive(Default)]
pub struct ExcState {
    pub args: Vec<Value>,
    /// Innermost frame first (printed in reverse).
    pub traceback: Vec<TraceEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// The frame that last added a traceback entry (a re-raise there adds none).
    pub last_frame: u64,
}

impl PyErr {
    pub fn value(&self) -> Value {
        Value::Instance(self.exc.clone())
    }

    pub fn class(&self) -> Rc<PyType> {
        self.exc.class.borrow().clone()
    }

    pub fn class_name(&self) -> String {
        self.class().name.clone()
    }

    /// Whether the exception is an instance of the builtin exception class `name`.
    pub fn matches(&self, vm: &Vm, name: &str) -> bool {
        self.class().is_subtype(&vm.types.exceptions[name])
    }

    /// The exception's arguments.
    pub fn args(&self) -> Vec<Value> {
        self.exc.exc_state(|s| s.args.clone())
    }
}

impl PyInstance {
    /// Runs `f` on the exception state (created empty for instances that have none yet).
    pub fn exc_state<R>(&self, f: impl FnOnce(&mut ExcState) -> R) -> R {
        let mut slot = self.extra().exc.borrow_mut();
        f(&mut **slot.get_or_insert_with(Default::default))
    }

    pub fn new(class: Rc<PyType>) -> PyInstance {
        let keys = class.instance_keys.get_or_init(Default::default).clone();
        PyInstance {
            class: RefCell::new(class),
            dict: InstanceDict::split(keys),
            extra: Default::default(),
        }
    }
}

impl Vm {
    /// A new exception of builtin class `name` with these arguments.
    pub fn new_exception(&self, class: &Rc<PyType>, args: Vec<Value>) -> PyErr {
        let inst = PyInstance::new(class.clone());
        let args = if args.len() >= 3 {
            self.os_error_fields(&inst, args)
        } else {
            args
        };
        inst.exc_state(|s| s.args = args);
        PyErr { exc: Rc::new(inst) }
    }

    /// A new exception of the builtin class `name` with one message argument.
    pub fn err(&self, name: &str, msg: impl Into<String>) -> PyErr {
        let class = self.types.exceptions[name].clone();
        self.new_exception(&class, vec![Value::str(msg)])
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.err("TypeError", msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.err("ValueError", msg)
    }

    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.err("IndexError", msg)
    }

    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.err("ZeroDivisionError", msg)
    }

    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.err("OverflowError", msg)
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        let class = self.types.exceptions["KeyError"].clone();
        self.new_exception(&class, vec![key])
    }

    pub fn attribute_error(&self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj {
            Value::Type(t) => format!("type object '{}' has no attribute '{}'", t.name, name),
            Value::Module(m) => format!("module '{}' has no attribute '{}'", m.name, name),
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            ),
        };
        self.err("AttributeError", msg)
    }

    pub fn name_error(&self, name: &str) -> PyErr {
        self.err("NameError", format!("name '{name}' is not defined"))
    }

    /// The error for a value of the wrong type: "'x' object is not subscriptable" and the like.
    pub fn not_supported(&self, obj: &Value, what: &str) -> PyErr {
        self.type_error(format!("'{}' object {}", self.type_name(obj), what))
    }

    /// Turns a value given to `raise` into an exception: a class is instantiated with no
    /// arguments; anything that is not an exception is a TypeError.
    pub fn make_raisable(&mut self, v: Value) -> PyResult<PyErr> {
        let base = self.types.exceptions["BaseException"].clone();
        match &v {
            Value::Type(t) if t.is_subtype(&base) => {
                let inst = self.call(&v, &[], &[])?;
                match inst {
                    Value::Instance(i) if i.class.borrow().is_subtype(&base) => {
                        Ok(PyErr { exc: i })
                    }
                    _ => {
                        Err(self
                            .type_error("calling the exception class did not return an exception"))
                    }
                }
            }
            Value::Instance(i) if i.class.borrow().is_subtype(&base) => {
                Ok(PyErr { exc: i.clone() })
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// `raise X`: this frame gets a traceback entry even if X passed through it before, and
    /// X's context becomes the exception being handled (cutting a cycle back to X, as CPython).
    pub fn prepare_explicit_raise(&mut self, err: &PyErr) {
        err.exc.exc_state(|s| s.last_frame = 0);
        let Value::Instance(handled) = self.handled.clone() else {
            return;
        };
        if Rc::ptr_eq(&handled, &err.exc) {
            return;
        }
        let mut link = handled.clone();
        for _ in 0..10_000 {
            let next = link.exc_state(|s| s.context.clone());
            let Value::Instance(next) = next else { break };
            if Rc::ptr_eq(&next, &err.exc) {
                link.exc_state(|s| s.context = Value::None);
                break;
            }
            link = next;
        }
        err.exc.exc_state(|s| s.context = Value::Instance(handled));
    }

    /// `exc.__traceback__`: a chain of `traceback` objects, outermost frame first (None when
    /// the exception was never raised).
    pub fn traceback_value(&self, e: &Rc<PyInstance>) -> Value {
        let entries = e.exc_state(|s| s.traceback.clone());
        let mut next = Value::None;
        // Entries are stored innermost first, so building from the front links outward.
        for entry in entries.iter() {
            let tb = PyInstance::new(self.types.traceback.clone());
            tb.dict
                .set_str("tb_lineno", Value::Int(i64::from(entry.line)));
            tb.dict.set_str("tb_next", next);
            // A snapshot of the frame: what `traceback` and `unittest` read.
            let frame = PyInstance::new(self.types.frame.clone());
            frame
                .dict
                .set_str("f_globals", Value::Dict(entry.globals.clone()));
            frame
                .dict
                .set_str("f_locals", Value::Dict(entry.globals.clone()));
            frame
                .dict
                .set_str("f_code", self.code_snapshot(&entry.unit, entry.line));
            frame
                .dict
                .set_str("f_lineno", Value::Int(i64::from(entry.line)));
            frame.dict.set_str("f_lasti", Value::Int(0));
            frame.dict.set_str("f_back", Value::None);
            tb.dict.set_str("tb_frame", Value::Instance(Rc::new(frame)));
            tb.dict.set_str("tb_lasti", Value::Int(0));
            next = Value::Instance(Rc::new(tb));
        }
        next
    }

    /// The code of a traceback entry as `traceback` reads it: name, file, first line, and
    /// `co_positions()` giving the entry's line for instruction 0 (`tb_lasti` is 0).
    fn code_snapshot(&self, unit: &Rc<CodeUnit>, line: u32) -> Value {
        let c = PyInstance::new(self.types.code_snapshot.clone());
        let code = &unit.code;
        c.dict.set_str("co_name", Value::str(code.name.clone()));
        c.dict
            .set_str("co_qualname", Value::str(code.qualname.clone()));
        c.dict
            .set_str("co_filename", Value::str(code.filename.clone()));
        c.dict
            .set_str("co_firstlineno", Value::Int(i64::from(code.first_line)));
        let positions = crate::value::BuiltinFunction {
            name: "co_positions",
            func: co_positions,
            bound: Some(Value::Int(i64::from(line))),
            owner: Some("code"),
        };
        c.dict
            .set_str("co_positions", Value::Builtin(Rc::new(positions)));
        Value::Instance(Rc::new(c))
    }

    /// `str(exception)`: empty, the single argument's str, or the tuple of arguments.
    pub fn exception_str(&mut self, e: &Rc<PyInstance>) -> PyResult<String> {
        let args = e.exc_state(|s| s.args.clone());
        let is_key_error = e
            .class
            .borrow()
            .is_subtype(&self.types.exceptions["KeyError"]);
        if e.class
            .borrow()
            .is_subtype(&self.types.exceptions["OSError"])
            && (2..=5).contains(&args.len())
        {
            let (errno, strerror) = (self.str(&args[0])?, self.str(&args[1])?);
            let file = |n: &str| e.dict.get_str(n).filter(|f| !f.is_none());
            return Ok(match (file("filename"), file("filename2")) {
                (Some(f), Some(f2)) => format!(
                    "[Errno {errno}] {strerror}: {} -> {}",
                    self.repr(&f)?,
                    self.repr(&f2)?
                ),
                (Some(f), None) => format!("[Errno {errno}] {strerror}: {}", self.repr(&f)?),
                _ => format!("[Errno {errno}] {strerror}"),
            });
        }
        let unicode = |n: &str| e.class.borrow().is_subtype(&self.types.exceptions[n]);
        let (enc, dec) = (unicode("UnicodeEncodeError"), unicode("UnicodeDecodeError"));
        if enc || dec {
            if let Some(msg) = crate::codecs::unicode_error_str(self, enc, &args)? {
                return Ok(msg);
            }
        }
        match args.len() {
            0 => Ok(String::new()),
            1 if is_key_error => self.repr(&args[0]),
            1 => self.str(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }
}

impl Vm {
    /// `except ty:` matching: `ty` is a class or a tuple of classes deriving from BaseException.
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let base = self.types.exceptions["BaseException"].clone();
        let class = self.type_of(exc);
        match ty {
            Value::Type(t) if t.is_subtype(&base) => Ok(class.is_subtype(t)),
            Value::Tuple(items) => {
                // Every item is checked before any matches, as CPython does; the items must
                // be classes themselves (no nested tuples).
                let mut hit = false;
                for t in items.iter() {
                    match t {
                        Value::Type(t) if t.is_subtype(&base) => hit |= class.is_subtype(t),
                        _ => {
                            return Err(self.type_error(
                                "catching classes that do not inherit from BaseException is not allowed",
                            ))
                        }
                    }
                }
                Ok(hit)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// `with mgr:` entry: returns the bound `__exit__` and the result of `__enter__()`.
    pub fn enter_context(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let (Some(enter), Some(exit)) = (
            self.lookup_special(mgr, "__enter__"),
            self.lookup_special(mgr, "__exit__"),
        ) else {
            let missing = if self.lookup_special(mgr, "__enter__").is_none() {
                ""
            } else {
                " (missed __exit__ method)"
            };
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol{missing}",
                self.type_name(mgr)
            )));
        };
        let value = self.call_method_value(&enter, mgr, &[], &[])?;
        let bound = Value::BoundMethod(Rc::new(crate::value::BoundMethod {
            func: exit,
            receiver: mgr.clone(),
        }));
        Ok((bound, value))
    }
}

/// `co_positions()` of a traceback's code snapshot: (line, line, None, None) for every
/// instruction.
fn co_positions(vm: &mut crate::Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let line = args.first().cloned().unwrap_or(Value::None);
    let item = Value::tuple(vec![line.clone(), line, Value::None, Value::None]);
    vm.get_iter(&Value::list(vec![item]))
}
