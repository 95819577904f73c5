//! Exception groups (PEP 654): `BaseExceptionGroup`/`ExceptionGroup` construction, `split`,
//! `subgroup` and `derive`, `BaseException.add_note`, and the two hidden builtins that
//! `except*` compiles to (`<eg_match>` splits off what one clause handles, `<eg_prep>` builds
//! what is left to raise once every clause has run).

use crate::exceptions::{PyErr, PyResult};
use crate::value::{PyInstance, Value};
use crate::Vm;
use std::rc::Rc;

/// Registers the methods of the group types and `add_note`.
pub fn install(vm: &mut Vm) {
    let base = vm.types.exceptions["BaseExceptionGroup"].clone();
    let new = crate::value::BuiltinFunction {
        name: "__new__",
        func: eg_new,
        bound: None,
        owner: Some("BaseExceptionGroup"),
    };
    base.dict.set_str(
        "__new__",
        Value::StaticMethod(Rc::new(Value::Builtin(Rc::new(new)))),
    );
    let methods: [(&'static str, crate::value::NativeFn); 4] = [
        ("__str__", eg_str),
        ("derive", eg_derive),
        ("split", eg_split),
        ("subgroup", eg_subgroup),
    ];
    for (name, func) in methods {
        let f = crate::value::BuiltinFunction {
            name,
            func,
            bound: None,
            owner: Some("BaseExceptionGroup"),
        };
        base.dict.set_str(name, Value::Builtin(Rc::new(f)));
    }
    let exc = vm.types.exceptions["BaseException"].clone();
    let f = crate::value::BuiltinFunction {
        name: "add_note",
        func: add_note,
        bound: None,
        owner: Some("BaseException"),
    };
    exc.dict.set_str("add_note", Value::Builtin(Rc::new(f)));
}

fn instance(v: &Value) -> Option<&Rc<PyInstance>> {
    match v {
        Value::Instance(i) => Some(i),
        _ => None,
    }
}

/// Whether `v` is an exception group.
pub fn is_group(vm: &Vm, v: &Value) -> bool {
    vm.type_of(v)
        .is_subtype(&vm.types.exceptions["BaseExceptionGroup"])
}

/// A group's sub-exceptions (its `exceptions` tuple).
pub fn members(v: &Value) -> Vec<Value> {
    match instance(v).and_then(|i| i.dict.get_str("exceptions")) {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn eg_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.first() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    let positional = &args[1..args.len() - kw.len()];
    if positional.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            positional.len()
        )));
    }
    let message = positional[0].clone();
    if !matches!(message, Value::Str(_)) {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(&message)
        )));
    }
    let seq = &positional[1];
    let is_seq = matches!(seq, Value::List(_) | Value::Tuple(_) | Value::Range(_))
        || (matches!(seq, Value::Instance(_)) && vm.lookup_special(seq, "__getitem__").is_some());
    if !is_seq {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.collect(seq)?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let base_exc = vm.types.exceptions["BaseException"].clone();
    let exception = vm.types.exceptions["Exception"].clone();
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        let t = vm.type_of(e);
        if !matches!(e, Value::Instance(_)) || !t.is_subtype(&base_exc) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        nested_base |= !t.is_subtype(&exception);
    }
    let eg_base = vm.types.exceptions["BaseExceptionGroup"].clone();
    let eg = vm.types.exceptions["ExceptionGroup"].clone();
    let cls = if Rc::ptr_eq(&cls, &eg_base) {
        if nested_base {
            cls
        } else {
            eg
        }
    } else if Rc::ptr_eq(&cls, &eg) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        cls
    } else {
        if nested_base && cls.is_subtype(&exception) {
            return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{}'", cls.name)));
        }
        cls
    };
    let inst = vm.new_instance(&cls, positional, &[])?;
    if let Value::Instance(i) = &inst {
        i.dict.set_str("message", message);
        i.dict.set_str("exceptions", Value::tuple(excs));
    }
    Ok(inst)
}

fn eg_str(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let me = &args[0];
    let msg = match instance(me).and_then(|i| i.dict.get_str("message")) {
        Some(m) => vm.str(&m)?,
        None => String::new(),
    };
    let n = members(me).len();
    Ok(Value::str(format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    )))
}

/// `derive(excs)`: a plain group with this one's message.
fn eg_derive(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [me, excs] = args else {
        return Err(vm.type_error("derive() takes exactly one argument"));
    };
    let msg = instance(me)
        .and_then(|i| i.dict.get_str("message"))
        .unwrap_or(Value::str(""));
    make_group(vm, msg, excs.clone())
}

/// `BaseExceptionGroup(msg, excs)` (an `ExceptionGroup` when every member is an `Exception`).
fn make_group(vm: &mut Vm, msg: Value, excs: Value) -> PyResult<Value> {
    let cls = Value::Type(vm.types.exceptions["BaseExceptionGroup"].clone());
    eg_new(vm, &[cls, msg, excs], &[])
}

/// What `split`/`subgroup` test each exception with.
enum Matcher {
    Types(Value),
    Predicate(Value),
    Leaves(Vec<usize>),
}

impl Matcher {
    fn new(vm: &mut Vm, cond: &Value) -> PyResult<Matcher> {
        let base = vm.types.exceptions["BaseException"].clone();
        let is_exc_type = |v: &Value| matches!(v, Value::Type(t) if t.is_subtype(&base));
        match cond {
            v if is_exc_type(v) => Ok(Matcher::Types(v.clone())),
            Value::Tuple(t) if t.iter().all(is_exc_type) => Ok(Matcher::Types(cond.clone())),
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) => {
                Ok(Matcher::Predicate(cond.clone()))
            }
            v @ Value::Instance(_) if vm.lookup_special(v, "__call__").is_some() => {
                Ok(Matcher::Predicate(cond.clone()))
            }
            _ => {
                Err(vm
                    .type_error("expected a function, exception type or tuple of exception types"))
            }
        }
    }

    fn matches(&self, vm: &mut Vm, e: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(t) => crate::builtins::is_instance(vm, e, t),
            Matcher::Predicate(f) => {
                let r = vm.call(f, &[e.clone()], &[])?;
                vm.truthy(&r)
            }
            Matcher::Leaves(ids) => Ok(instance(e).is_some_and(|i| ids.contains(&ptr(i)))),
        }
    }
}

fn ptr(i: &Rc<PyInstance>) -> usize {
    Rc::as_ptr(i) as usize
}

/// Splits `exc` into the part that matches and the rest (either may be None).
fn split(vm: &mut Vm, exc: &Value, m: &Matcher, want_rest: bool) -> PyResult<(Value, Value)> {
    if m.matches(vm, exc)? {
        return Ok((exc.clone(), Value::None));
    }
    if !is_group(vm, exc) {
        return Ok((Value::None, exc.clone()));
    }
    let (mut hit, mut rest) = (Vec::new(), Vec::new());
    for e in members(exc) {
        let (a, b) = split(vm, &e, m, want_rest)?;
        if !a.is_none() {
            hit.push(a);
        }
        if want_rest && !b.is_none() {
            rest.push(b);
        }
    }
    let hit = subset(vm, exc, hit)?;
    let rest = subset(vm, exc, rest)?;
    Ok((hit, rest))
}

/// `orig.derive(excs)` with orig's traceback, cause, context and notes; None for no excs.
fn subset(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
    if excs.is_empty() {
        return Ok(Value::None);
    }
    let derive = vm.get_attr_str(orig, "derive")?;
    let eg = vm.call(&derive, &[Value::list(excs)], &[])?;
    if !is_group(vm, &eg) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Some(o), Some(n)) = (instance(orig), instance(&eg)) {
        let (tb, cause, context, last) = o.exc_state(|s| {
            (
                s.traceback.clone(),
                s.cause.clone(),
                s.context.clone(),
                s.last_frame,
            )
        });
        n.exc_state(|s| {
            s.traceback = tb;
            s.cause = cause;
            s.context = context;
            s.last_frame = last;
            // Setting __cause__ sets __suppress_context__, as CPython's derive copy does.
            s.suppress_context = true;
        });
        if let Some(notes) = o.dict.get_str("__notes__") {
            let copy = vm.collect(&notes)?;
            n.dict.set_str("__notes__", Value::list(copy));
        }
    }
    Ok(eg)
}

fn eg_split(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [me, cond] = args else {
        return Err(vm.type_error("split() takes exactly one argument"));
    };
    let m = Matcher::new(vm, cond)?;
    let (a, b) = split(vm, me, &m, true)?;
    Ok(Value::tuple(vec![a, b]))
}

fn eg_subgroup(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [me, cond] = args else {
        return Err(vm.type_error("subgroup() takes exactly one argument"));
    };
    let m = Matcher::new(vm, cond)?;
    Ok(split(vm, me, &m, false)?.0)
}

/// `BaseException.add_note(note)`.
fn add_note(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [me, note] = args else {
        return Err(vm.type_error("add_note() takes exactly one argument"));
    };
    if !matches!(note, Value::Str(_)) {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let Some(i) = instance(me) else {
        return Ok(Value::None);
    };
    match i.dict.get_str("__notes__") {
        None => i.dict.set_str("__notes__", Value::list(vec![note.clone()])),
        Some(Value::List(l)) => l.borrow_mut().push(note.clone()),
        Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

/// Checks an `except*` clause's type: exception classes, but no group classes.
fn check_star_type(vm: &mut Vm, ty: &Value) -> PyResult<()> {
    let items = match ty {
        Value::Tuple(t) => t.to_vec(),
        v => vec![v.clone()],
    };
    let base = vm.types.exceptions["BaseException"].clone();
    let group = vm.types.exceptions["BaseExceptionGroup"].clone();
    for t in &items {
        match t {
            Value::Type(t) if t.is_subtype(&group) => {
                return Err(vm.type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ))
            }
            Value::Type(t) if t.is_subtype(&base) => {}
            _ => {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        }
    }
    Ok(())
}

/// `<eg_match>(rest, type)` -> `(match, rest)`: one `except*` clause's share of the exception
/// still unhandled. A naked exception that matches comes wrapped in a group. The match becomes
/// the exception being handled (what `sys.exc_info()` and implicit chaining see).
pub fn eg_match(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [exc, ty] = args else {
        return Err(vm.err("SystemError", "bad <eg_match> call"));
    };
    check_star_type(vm, ty)?;
    if exc.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None]));
    }
    let (hit, rest) = if is_group(vm, exc) {
        split(vm, exc, &Matcher::Types(ty.clone()), true)?
    } else if vm.exception_matches(exc, ty)? {
        let wrapped = make_group(vm, Value::str(""), Value::tuple(vec![exc.clone()]))?;
        if let (Some(o), Some(n)) = (instance(exc), instance(&wrapped)) {
            let (tb, last) = o.exc_state(|s| (s.traceback.clone(), s.last_frame));
            n.exc_state(|s| {
                s.traceback = tb;
                s.last_frame = last;
            });
        }
        (wrapped, Value::None)
    } else {
        (Value::None, exc.clone())
    };
    if !hit.is_none() {
        vm.handled = hit.clone();
    }
    Ok(Value::tuple(vec![hit, rest]))
}

/// Whether `e` is `orig` (or a part of it) raised again unchanged: same traceback, cause and
/// context.
fn same_metadata(e: &Rc<PyInstance>, orig: &Rc<PyInstance>) -> bool {
    let key = |i: &Rc<PyInstance>| {
        i.exc_state(|s| {
            let tb: Vec<(usize, u32)> = s
                .traceback
                .iter()
                .map(|t| (Rc::as_ptr(&t.unit) as usize, t.line))
                .collect();
            let id = |v: &Value| instance(v).map(ptr);
            (tb, id(&s.cause), id(&s.context))
        })
    };
    key(e) == key(orig)
}

/// Every leaf exception of a (possibly nested) group.
fn leaves(vm: &Vm, v: &Value, out: &mut Vec<usize>) {
    if is_group(vm, v) {
        for e in members(v) {
            leaves(vm, &e, out);
        }
    } else if let Some(i) = instance(v) {
        out.push(ptr(i));
    }
}

/// `<eg_prep>(orig, excs)`: what an `except*` statement raises once its clauses have run.
/// `excs` holds what each clause raised, then the unhandled rest; None when nothing is left.
pub fn eg_prep(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [orig, Value::List(excs)] = args else {
        return Err(vm.err("SystemError", "bad <eg_prep> call"));
    };
    let excs = excs.borrow().clone();
    if !is_group(vm, orig) {
        // A naked exception: at most one clause ran.
        return Ok(excs.first().cloned().unwrap_or(Value::None));
    }
    let Some(o) = instance(orig).cloned() else {
        return Ok(Value::None);
    };
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in excs.iter().filter(|e| !e.is_none()) {
        match instance(e) {
            Some(i) if same_metadata(i, &o) => reraised.push(e.clone()),
            _ => raised.push(e.clone()),
        }
    }
    let mut ids = Vec::new();
    for e in &reraised {
        leaves(vm, e, &mut ids);
    }
    let kept = if ids.is_empty() {
        Value::None
    } else {
        split(vm, orig, &Matcher::Leaves(ids), false)?.0
    };
    if raised.is_empty() {
        return Ok(kept);
    }
    if !kept.is_none() {
        raised.push(kept);
    }
    if raised.len() == 1 {
        return Ok(raised.pop().expect("one exception"));
    }
    let eg = make_group(vm, Value::str(""), Value::list(raised))?;
    // Raised again from this frame without a traceback entry for it, as CPython's RERAISE.
    if let (Some(n), Some(f)) = (instance(&eg), vm.caller()) {
        let serial = f.serial;
        n.exc_state(|s| s.last_frame = serial);
    }
    Ok(eg)
}

impl PyErr {
    /// The exception's notes (`__notes__`), as text.
    pub fn notes(&self, vm: &mut Vm) -> Vec<String> {
        let Some(notes) = self.exc.dict.get_str("__notes__") else {
            return Vec::new();
        };
        let items = match &notes {
            Value::List(l) => l.borrow().clone(),
            Value::Tuple(t) => t.to_vec(),
            other => return vec![vm.repr(other).unwrap_or_default()],
        };
        items
            .iter()
            .map(|n| match n {
                Value::Str(s) => s.as_str().to_string(),
                other => vm.repr(other).unwrap_or_default(),
            })
            .collect()
    }
}
