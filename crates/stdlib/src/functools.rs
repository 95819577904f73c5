//! The `_functools` module: `reduce`, `partial` (flattening nested partials, CPython's repr)
//! and `cmp_to_key` (whose key objects compare through the old-style comparison function).

use crate::native::{self, ClassSpec};
use ferropy_bytecode::CompareOperator as C;
use ferropy_vm::args::Args;
use ferropy_vm::builtins::native as func;
use ferropy_vm::dict::PyDict;
use ferropy_vm::value::{NativeFn, Value};
use ferropy_vm::{PyResult, Vm};
use std::rc::Rc;

struct Partial {
    func: Value,
    args: Vec<Value>,
    keywords: Rc<PyDict>,
}

static PARTIAL: ClassSpec = ClassSpec {
    module: "functools",
    name: "partial",
    key: "functools.partial",
    new: Some(partial_new),
    methods: &[("__call__", partial_call), ("__repr__", partial_repr)],
    getters: &[("func", p_func), ("args", p_args), ("keywords", p_keywords)],
    classmethods: &[("__class_getitem__", |_, a, _| Ok(a[0].clone()))],
};

struct Key {
    cmp: Value,
    obj: Option<Value>,
}

const KEY_METHODS: &[(&str, NativeFn)] = &[
    ("__call__", key_call),
    ("__lt__", |vm, a, k| key_cmp(vm, a, k, C::Lt)),
    ("__le__", |vm, a, k| key_cmp(vm, a, k, C::Le)),
    ("__eq__", |vm, a, k| key_cmp(vm, a, k, C::Eq)),
    ("__ne__", |vm, a, k| key_cmp(vm, a, k, C::Ne)),
    ("__gt__", |vm, a, k| key_cmp(vm, a, k, C::Gt)),
    ("__ge__", |vm, a, k| key_cmp(vm, a, k, C::Ge)),
];

static KEY: ClassSpec = ClassSpec {
    module: "functools",
    name: "KeyWrapper",
    key: "functools.KeyWrapper",
    new: None,
    methods: KEY_METHODS,
    getters: &[("obj", key_obj)],
    classmethods: &[],
};

pub fn make(vm: &mut Vm) -> Value {
    let dict = Rc::new(PyDict::new());
    dict.set_str("reduce", func("reduce", reduce));
    dict.set_str("cmp_to_key", func("cmp_to_key", cmp_to_key));
    let p = native::class(vm, &PARTIAL, None);
    p.has_dict.set(true);
    dict.set_str("partial", Value::Type(p));
    native::class(vm, &KEY, None)
        .dict
        .set_str("__hash__", Value::None);
    native::module("_functools", dict)
}

fn reduce(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).range(vm, "reduce", 2, 3)?;
    let it = vm.get_iter(&a[1]).map_err(|e| {
        if e.matches(vm, "TypeError") {
            vm.type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = a.get(2).cloned();
    while let Some(x) = vm.next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(v) => vm.call(&a[0], &[v, x], &[])?,
        });
    }
    acc.ok_or_else(|| vm.type_error("reduce() of empty iterable with no initial value"))
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Type(_) => true,
        Value::StaticMethod(_) | Value::ClassMethod(_) => false,
        _ => vm.lookup_special(v, "__call__").is_some(),
    }
}

fn partial_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = native::cls_arg(vm, args)?;
    let npos = args.len() - kw.len();
    if npos < 2 {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    }
    let mut f = args[1].clone();
    if !is_callable(vm, &f) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let mut pargs: Vec<Value> = Vec::new();
    let keywords = PyDict::new();
    // A partial of a partial (without attributes of its own) flattens into one.
    if let Ok(inner) = native::state::<Partial>(vm, &f, "functools.partial") {
        let plain = match &f {
            Value::Instance(i) => i.dict.is_empty(),
            _ => false,
        };
        if plain {
            let inner = inner.borrow();
            pargs.extend(inner.args.iter().cloned());
            for (k, v) in inner.keywords.items() {
                keywords.insert(vm.hash_key(&k)?, v);
            }
            let g = inner.func.clone();
            drop(inner);
            f = g;
        }
    }
    pargs.extend(args[2..npos].iter().cloned());
    for (name, v) in kw.iter().zip(&args[npos..]) {
        let key = vm.hash_key(name)?;
        keywords.insert(key, v.clone());
    }
    Ok(native::instance(
        cls,
        Partial {
            func: f,
            args: pargs,
            keywords: Rc::new(keywords),
        },
    ))
}

fn state(vm: &Vm, v: &Value) -> PyResult<(Value, Vec<Value>, Rc<PyDict>)> {
    let st = native::state::<Partial>(vm, v, "functools.partial")?;
    let p = st.borrow();
    Ok((p.func.clone(), p.args.clone(), p.keywords.clone()))
}

fn partial_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (f, pargs, keywords) = state(vm, &args[0])?;
    let npos = args.len() - kw.len();
    let mut full = pargs;
    full.extend(args[1..npos].iter().cloned());
    let mut names: Vec<Value> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    for (k, v) in keywords.items() {
        if !kw
            .iter()
            .any(|n| n.as_str().is_some() && n.as_str() == k.as_str())
        {
            names.push(k);
            values.push(v);
        }
    }
    names.extend(kw.iter().cloned());
    values.extend(args[npos..].iter().cloned());
    full.extend(values);
    vm.call(&f, &full, &names)
}

fn partial_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let me = &args[0];
    let name = vm.type_name(me);
    let p = me.heap_ptr().unwrap_or(0);
    if vm.repr_stack.contains(&p) {
        return Ok(Value::str("..."));
    }
    let (f, pargs, keywords) = state(vm, me)?;
    vm.repr_stack.push(p);
    let r = (|| {
        let mut parts = vec![vm.repr(&f)?];
        for a in &pargs {
            parts.push(vm.repr(a)?);
        }
        for (k, v) in keywords.items() {
            let k = vm.str(&k)?;
            parts.push(format!("{k}={}", vm.repr(&v)?));
        }
        Ok(parts.join(", "))
    })();
    vm.repr_stack.pop();
    Ok(Value::str(format!("{name}({})", r?)))
}

fn p_func(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(state(vm, &args[0])?.0)
}

fn p_args(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::tuple(state(vm, &args[0])?.1))
}

fn p_keywords(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Dict(state(vm, &args[0])?.2))
}

fn cmp_to_key(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(cmp) = a.arg_or_kw(0, "mycmp") else {
        return Err(vm.type_error("cmp_to_key() missing required argument 'mycmp' (pos 1)"));
    };
    let cls = native::class(vm, &KEY, None);
    Ok(native::instance(cls, Key { cmp, obj: None }))
}

fn key_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw);
    let Some(obj) = a.arg_or_kw(0, "obj") else {
        return Err(vm.type_error("K() missing required argument 'obj' (pos 1)"));
    };
    let cmp = native::state::<Key>(vm, &args[0], "functools.KeyWrapper")?
        .borrow()
        .cmp
        .clone();
    let cls = native::class(vm, &KEY, None);
    Ok(native::instance(
        cls,
        Key {
            cmp,
            obj: Some(obj),
        },
    ))
}

fn key_parts(vm: &Vm, v: &Value) -> Option<(Value, Value)> {
    let st = native::state::<Key>(vm, v, "functools.KeyWrapper").ok()?;
    let k = st.borrow();
    Some((k.cmp.clone(), k.obj.clone().unwrap_or(Value::None)))
}

fn key_cmp(vm: &mut Vm, args: &[Value], kw: &[Value], op: C) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "comparison", 1)?;
    let (cmp, x) = key_parts(vm, &args[0]).unwrap_or_default();
    let Some((_, y)) = key_parts(vm, &a[0]) else {
        return Err(vm.type_error("other argument must be K instance"));
    };
    let r = vm.call(&cmp, &[x, y], &[])?;
    vm.compare(op as u8, &r, &Value::Int(0))
}

fn key_obj(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match key_parts(vm, &args[0]) {
        Some((_, o)) => Ok(o),
        None => Err(vm.attribute_error(&args[0], "obj")),
    }
}
