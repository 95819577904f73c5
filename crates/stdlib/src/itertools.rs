//! The `itertools` module: lazy iterators, one native class each, all sharing one state enum
//! (`It`) and one `__next__`. The combinatoric ones and `tee` live in `itertools_comb.rs`.

use crate::itertools_comb as comb;
use crate::native::{self, ClassSpec};
use ferropy_vm::args::Args;
use ferropy_vm::value::{NativeFn, Value};
use ferropy_vm::{PyResult, Vm};
use std::rc::Rc;

/// The state of every itertools iterator. `__next__` takes it out while it runs (so the
/// iterator may call back into Python freely) and puts it back; `Running` marks that time.
pub enum It {
    Running,
    Done,
    Count {
        cur: Value,
        step: Value,
    },
    Cycle {
        it: Option<Value>,
        saved: Vec<Value>,
        idx: usize,
    },
    Repeat {
        obj: Value,
        left: Option<i64>,
    },
    Accumulate {
        it: Value,
        func: Value,
        total: Option<Value>,
        initial: Option<Value>,
    },
    Chain {
        source: Option<Value>,
        active: Option<Value>,
    },
    Compress {
        data: Value,
        sel: Value,
    },
    DropWhile {
        pred: Value,
        it: Value,
        dropping: bool,
    },
    TakeWhile {
        pred: Value,
        it: Value,
    },
    FilterFalse {
        pred: Value,
        it: Value,
    },
    GroupBy(GroupBy),
    Grouper {
        parent: Value,
        tgtkey: Value,
        id: u64,
    },
    ISlice {
        it: Value,
        next: i64,
        stop: Option<i64>,
        step: i64,
        cnt: i64,
    },
    Pairwise {
        it: Value,
        old: Option<Value>,
    },
    StarMap {
        func: Value,
        it: Value,
    },
    ZipLongest {
        its: Vec<Option<Value>>,
        active: usize,
        fill: Value,
    },
    Comb(comb::Comb),
    Tee(comb::Tee),
}

pub struct GroupBy {
    it: Value,
    key: Value,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    /// The id of the grouper that may still yield (older ones are exhausted).
    current: u64,
}

macro_rules! spec {
    ($stat:ident, $name:literal, $new:expr) => {
        spec!($stat, $name, $new, &[]);
    };
    ($stat:ident, $name:literal, $new:expr, $cm:expr) => {
        pub static $stat: ClassSpec = ClassSpec {
            module: "itertools",
            name: $name,
            key: concat!("itertools.", $name),
            new: Some($new),
            methods: METHODS,
            getters: &[],
            classmethods: $cm,
        };
    };
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", iter_self),
    ("__next__", next),
    ("__repr__", repr),
    ("__copy__", comb::tee_copy),
];

spec!(COUNT, "count", count_new);
spec!(CYCLE, "cycle", cycle_new);
spec!(REPEAT, "repeat", repeat_new);
spec!(ACCUMULATE, "accumulate", accumulate_new);
spec!(
    CHAIN,
    "chain",
    chain_new,
    &[("from_iterable", chain_from_iterable)]
);
spec!(COMPRESS, "compress", compress_new);
spec!(DROPWHILE, "dropwhile", dropwhile_new);
spec!(TAKEWHILE, "takewhile", takewhile_new);
spec!(FILTERFALSE, "filterfalse", filterfalse_new);
spec!(GROUPBY, "groupby", groupby_new);
spec!(GROUPER, "_grouper", no_new);
spec!(ISLICE, "islice", islice_new);
spec!(PAIRWISE, "pairwise", pairwise_new);
spec!(STARMAP, "starmap", starmap_new);
spec!(ZIP_LONGEST, "zip_longest", zip_longest_new);

pub fn make(vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    let specs: &[&ClassSpec] = &[
        &COUNT,
        &CYCLE,
        &REPEAT,
        &ACCUMULATE,
        &CHAIN,
        &COMPRESS,
        &DROPWHILE,
        &TAKEWHILE,
        &FILTERFALSE,
        &GROUPBY,
        &GROUPER,
        &ISLICE,
        &PAIRWISE,
        &STARMAP,
        &ZIP_LONGEST,
        &comb::PRODUCT,
        &comb::PERMUTATIONS,
        &comb::COMBINATIONS,
        &comb::CWR,
        &comb::TEE,
    ];
    for s in specs {
        let t = native::class(vm, s, None);
        dict.set_str(s.name, Value::Type(t));
    }
    dict.set_str("tee", ferropy_vm::builtins::native("tee", comb::tee));
    native::module("itertools", dict)
}

/// A new iterator of the class `args[0]` (the `__new__` receiver).
pub fn make_it(vm: &Vm, args: &[Value], state: It) -> PyResult<Value> {
    let cls = native::cls_arg(vm, args)?;
    Ok(native::instance(cls, state))
}

fn no_new(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'itertools._grouper' instances"))
}

fn no_kw(vm: &Vm, name: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Positional arguments after the class, between `min` and `max`, no keywords.
fn pos<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    kw: &[Value],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kw(vm, name, kw)?;
    let a = &args[1..];
    if a.len() < min || a.len() > max {
        let msg = if min == max {
            format!(
                "{name} expected {min} argument{}, got {}",
                plural(min),
                a.len()
            )
        } else if a.len() < min {
            format!(
                "{name} expected at least {min} argument{}, got {}",
                plural(min),
                a.len()
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {}",
                plural(max),
                a.len()
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(a)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_) | Value::Complex(_) => {
            true
        }
        Value::Instance(_) => ["__index__", "__float__", "__int__", "__add__"]
            .iter()
            .any(|m| vm.lookup_special(v, m).is_some()),
        _ => false,
    }
}

fn count_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw);
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "count() takes at most 2 arguments ({} given)",
            a.pos.len()
        )));
    }
    let cur = a.arg_or_kw(0, "start").unwrap_or(Value::Int(0));
    let step = a.arg_or_kw(1, "step").unwrap_or(Value::Int(1));
    if !is_number(vm, &cur) || !is_number(vm, &step) {
        return Err(vm.type_error("a number is required"));
    }
    make_it(vm, args, It::Count { cur, step })
}

fn cycle_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = pos(vm, "cycle", args, kw, 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    make_it(
        vm,
        args,
        It::Cycle {
            it: Some(it),
            saved: Vec::new(),
            idx: 0,
        },
    )
}

fn repeat_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw);
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "repeat() takes at most 2 arguments ({} given)",
            a.pos.len()
        )));
    }
    let Some(obj) = a.arg_or_kw(0, "object") else {
        return Err(vm.type_error("repeat() missing required argument 'object' (pos 1)"));
    };
    let left = match a.arg_or_kw(1, "times") {
        Some(t) => Some(native::ssize_arg(vm, &t)?.max(0)),
        None => None,
    };
    make_it(vm, args, It::Repeat { obj, left })
}

fn accumulate_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw);
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "accumulate() takes at most 2 arguments ({} given)",
            a.pos.len()
        )));
    }
    let Some(src) = a.arg_or_kw(0, "iterable") else {
        return Err(vm.type_error("accumulate() missing required argument 'iterable' (pos 1)"));
    };
    let it = vm.get_iter(&src)?;
    let func = a.arg_or_kw(1, "func").unwrap_or(Value::None);
    let initial = a.kw("initial").filter(|v| !v.is_none());
    make_it(
        vm,
        args,
        It::Accumulate {
            it,
            func,
            total: None,
            initial,
        },
    )
}

fn chain_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw(vm, "chain", kw)?;
    let source = vm.get_iter(&Value::tuple(args[1..].to_vec()))?;
    make_it(
        vm,
        args,
        It::Chain {
            source: Some(source),
            active: None,
        },
    )
}

fn chain_from_iterable(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = pos(vm, "from_iterable", args, kw, 1, 1)?;
    let source = vm.get_iter(&a[0])?;
    make_it(
        vm,
        args,
        It::Chain {
            source: Some(source),
            active: None,
        },
    )
}

fn compress_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw);
    let (Some(d), Some(s)) = (a.arg_or_kw(0, "data"), a.arg_or_kw(1, "selectors")) else {
        return Err(vm.type_error("compress() missing required argument 'selectors' (pos 2)"));
    };
    let data = vm.get_iter(&d)?;
    let sel = vm.get_iter(&s)?;
    make_it(vm, args, It::Compress { data, sel })
}

fn pred_it(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<(Value, Value)> {
    let a = pos(vm, name, args, kw, 2, 2)?;
    let it = vm.get_iter(&a[1])?;
    Ok((a[0].clone(), it))
}

fn dropwhile_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pred, it) = pred_it(vm, "dropwhile", args, kw)?;
    make_it(
        vm,
        args,
        It::DropWhile {
            pred,
            it,
            dropping: true,
        },
    )
}

fn takewhile_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pred, it) = pred_it(vm, "takewhile", args, kw)?;
    make_it(vm, args, It::TakeWhile { pred, it })
}

fn filterfalse_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pred, it) = pred_it(vm, "filterfalse", args, kw)?;
    make_it(vm, args, It::FilterFalse { pred, it })
}

fn groupby_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw);
    let Some(src) = a.arg_or_kw(0, "iterable") else {
        return Err(vm.type_error("groupby() missing required argument 'iterable' (pos 1)"));
    };
    let it = vm.get_iter(&src)?;
    let key = a.arg_or_kw(1, "key").unwrap_or(Value::None);
    let g = GroupBy {
        it,
        key,
        tgtkey: None,
        currkey: None,
        currvalue: None,
        current: 0,
    };
    make_it(vm, args, It::GroupBy(g))
}

/// An islice index as CPython's `PyNumber_AsSsize_t` reads it: `None` stays `Some(None)`;
/// anything that is not an int in range becomes -1 (the callers' error marker).
fn islice_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    let n = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => native::int_arg(vm, v)?,
        Value::Instance(_) if vm.lookup_special(v, "__index__").is_some() => {
            native::int_arg(vm, v)?
        }
        _ => return Ok(Some(-1)),
    };
    Ok(Some(i64::try_from(&n).unwrap_or(-1)))
}

fn islice_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = pos(vm, "islice", args, kw, 2, 4)?;
    let stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let idx_msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop) = if a.len() == 2 {
        (0, islice_arg(vm, &a[1])?)
    } else {
        (islice_arg(vm, &a[1])?.unwrap_or(0), islice_arg(vm, &a[2])?)
    };
    if stop == Some(-1) {
        return Err(vm.value_error(stop_msg));
    }
    if start < 0 || matches!(stop, Some(s) if s < -1) {
        return Err(vm.value_error(idx_msg));
    }
    let step = match a.get(3) {
        Some(s) => islice_arg(vm, s)?.unwrap_or(1),
        None => 1,
    };
    if step < 1 {
        return Err(vm.value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.get_iter(&a[0])?;
    make_it(
        vm,
        args,
        It::ISlice {
            it,
            next: start,
            stop,
            step,
            cnt: 0,
        },
    )
}

fn pairwise_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = pos(vm, "pairwise", args, kw, 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    make_it(vm, args, It::Pairwise { it, old: None })
}

fn starmap_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (func, it) = pred_it(vm, "starmap", args, kw)?;
    make_it(vm, args, It::StarMap { func, it })
}

fn zip_longest_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw);
    let mut fill = Value::None;
    for (i, name) in kw.iter().enumerate() {
        match name.as_str() {
            Some("fillvalue") => fill = args[args.len() - kw.len() + i].clone(),
            _ => {
                return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
            }
        }
    }
    let mut its = Vec::new();
    for v in a.pos {
        its.push(Some(vm.get_iter(v)?));
    }
    let active = its.len();
    make_it(vm, args, It::ZipLongest { its, active, fill })
}

fn iter_self(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn next(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let me = &args[0];
    let st = native::state::<It>(vm, me, "itertools iterator")?;
    match run(vm, me, &st)? {
        Some(v) => Ok(v),
        None => Err(native::stop(vm)),
    }
}

/// One `__next__`: the state is taken out while the step runs and put back after.
fn run(vm: &mut Vm, me: &Value, st: &native::State<It>) -> PyResult<Option<Value>> {
    let mut state = std::mem::replace(&mut *st.borrow_mut(), It::Running);
    let r = step(vm, me, &mut state);
    let finished = !matches!(r, Ok(Some(_)));
    // An exhausted iterator stays exhausted (except the ones that are told otherwise).
    if finished && !matches!(state, It::Grouper { .. } | It::Repeat { .. } | It::Running) {
        state = It::Done;
    }
    *st.borrow_mut() = state;
    r
}

/// `next(it)`, straight into `step` when `it` is one of these iterators (no `__next__` lookup,
/// no StopIteration object); any other iterator the usual way.
pub fn inner_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    if let Value::Instance(i) = it {
        if !i.class.borrow().is_heap {
            if let Some(st) = native::try_state::<It>(it) {
                return run(vm, it, &st);
            }
        }
    }
    vm.next(it)
}

/// One step of the iterator: `None` when exhausted.
fn step(vm: &mut Vm, me: &Value, s: &mut It) -> PyResult<Option<Value>> {
    match s {
        It::Running | It::Done => Ok(None),
        It::Count { cur, step } => {
            let v = cur.clone();
            *cur = match (&v, &*step) {
                (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
                _ => vm.binary_op(ADD, &v, step)?,
            };
            Ok(Some(v))
        }
        It::Cycle { it, saved, idx } => {
            if let Some(i) = it {
                if let Some(v) = inner_next(vm, i)? {
                    saved.push(v.clone());
                    return Ok(Some(v));
                }
                *it = None;
            }
            if saved.is_empty() {
                return Ok(None);
            }
            let v = saved[*idx].clone();
            *idx = (*idx + 1) % saved.len();
            Ok(Some(v))
        }
        It::Repeat { obj, left } => match left {
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(obj.clone()))
            }
            None => Ok(Some(obj.clone())),
        },
        It::Accumulate {
            it,
            func,
            total,
            initial,
        } => {
            if let Some(init) = initial.take() {
                *total = Some(init.clone());
                return Ok(Some(init));
            }
            let Some(v) = inner_next(vm, it)? else {
                return Ok(None);
            };
            let t = match total.take() {
                None => v,
                Some(t) if func.is_none() => vm.binary_op(ADD, &t, &v)?,
                Some(t) => vm.call(func, &[t, v], &[])?,
            };
            *total = Some(t.clone());
            Ok(Some(t))
        }
        It::Chain { source, active } => loop {
            if let Some(a) = active {
                if let Some(v) = inner_next(vm, a)? {
                    return Ok(Some(v));
                }
                *active = None;
            }
            let Some(src) = source else {
                return Ok(None);
            };
            match inner_next(vm, src)? {
                Some(iterable) => *active = Some(vm.get_iter(&iterable)?),
                None => {
                    *source = None;
                    return Ok(None);
                }
            }
        },
        It::Compress { data, sel } => loop {
            let Some(d) = inner_next(vm, data)? else {
                return Ok(None);
            };
            let Some(s) = inner_next(vm, sel)? else {
                return Ok(None);
            };
            if vm.truthy(&s)? {
                return Ok(Some(d));
            }
        },
        It::DropWhile { pred, it, dropping } => loop {
            let Some(v) = inner_next(vm, it)? else {
                return Ok(None);
            };
            if !*dropping {
                return Ok(Some(v));
            }
            let r = vm.call(pred, &[v.clone()], &[])?;
            if !vm.truthy(&r)? {
                *dropping = false;
                return Ok(Some(v));
            }
        },
        It::TakeWhile { pred, it } => {
            let Some(v) = inner_next(vm, it)? else {
                return Ok(None);
            };
            let r = vm.call(pred, &[v.clone()], &[])?;
            Ok(if vm.truthy(&r)? { Some(v) } else { None })
        }
        It::FilterFalse { pred, it } => loop {
            let Some(v) = inner_next(vm, it)? else {
                return Ok(None);
            };
            let r = if pred.is_none() {
                v.clone()
            } else {
                vm.call(pred, &[v.clone()], &[])?
            };
            if !vm.truthy(&r)? {
                return Ok(Some(v));
            }
        },
        It::GroupBy(g) => groupby_next(vm, me, g),
        It::Grouper { parent, tgtkey, id } => grouper_next(vm, parent, tgtkey, *id),
        It::ISlice {
            it,
            next,
            stop,
            step,
            cnt,
        } => {
            while *cnt < *next {
                if inner_next(vm, it)?.is_none() {
                    return Ok(None);
                }
                *cnt += 1;
            }
            if matches!(stop, Some(s) if *cnt >= *s) {
                return Ok(None);
            }
            let Some(v) = inner_next(vm, it)? else {
                return Ok(None);
            };
            *cnt += 1;
            *next = next.saturating_add(*step);
            if let Some(s) = stop {
                if *next > *s {
                    *next = *s;
                }
            }
            Ok(Some(v))
        }
        It::Pairwise { it, old } => {
            if old.is_none() {
                let Some(first) = inner_next(vm, it)? else {
                    return Ok(None);
                };
                *old = Some(first);
            }
            let Some(new) = inner_next(vm, it)? else {
                return Ok(None);
            };
            let prev = old.replace(new.clone()).unwrap_or_default();
            Ok(Some(Value::tuple(vec![prev, new])))
        }
        It::StarMap { func, it } => {
            let Some(v) = inner_next(vm, it)? else {
                return Ok(None);
            };
            let args = match &v {
                Value::Tuple(t) => t.to_vec(),
                other => vm.collect(other)?,
            };
            vm.call(func, &args, &[]).map(Some)
        }
        It::ZipLongest { its, active, fill } => {
            if its.is_empty() || *active == 0 {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for slot in its.iter_mut() {
                let item = match slot {
                    None => fill.clone(),
                    Some(i) => match inner_next(vm, i)? {
                        Some(v) => v,
                        None => {
                            *active -= 1;
                            if *active == 0 {
                                return Ok(None);
                            }
                            *slot = None;
                            fill.clone()
                        }
                    },
                };
                out.push(item);
            }
            Ok(Some(Value::tuple(out)))
        }
        It::Comb(c) => Ok(comb::comb_next(c)),
        It::Tee(t) => comb::tee_next(vm, t),
    }
}

/// The `+` operator's code for `Vm::binary_op`.
const ADD: u8 = ferropy_bytecode::BinaryOperator::Add as u8;

fn groupby_step(vm: &mut Vm, g: &mut GroupBy) -> PyResult<bool> {
    let Some(v) = inner_next(vm, &g.it)? else {
        return Ok(false);
    };
    let k = if g.key.is_none() {
        v.clone()
    } else {
        vm.call(&g.key, &[v.clone()], &[])?
    };
    g.currvalue = Some(v);
    g.currkey = Some(k);
    Ok(true)
}

fn groupby_next(vm: &mut Vm, me: &Value, g: &mut GroupBy) -> PyResult<Option<Value>> {
    g.current += 1;
    loop {
        if let Some(ck) = &g.currkey {
            match &g.tgtkey {
                None => break,
                Some(tk) => {
                    let (tk, ck) = (tk.clone(), ck.clone());
                    if !vm.eq(&tk, &ck)? {
                        break;
                    }
                }
            }
        }
        if !groupby_step(vm, g)? {
            return Ok(None);
        }
    }
    let key = g.currkey.clone().unwrap_or_default();
    g.tgtkey = Some(key.clone());
    let cls = native::class(vm, &GROUPER, None);
    let grouper = native::instance(
        cls,
        It::Grouper {
            parent: me.clone(),
            tgtkey: key.clone(),
            id: g.current,
        },
    );
    Ok(Some(Value::tuple(vec![key, grouper])))
}

fn grouper_next(vm: &mut Vm, parent: &Value, tgtkey: &Value, id: u64) -> PyResult<Option<Value>> {
    let st = native::state::<It>(vm, parent, "itertools.groupby")?;
    let mut state = std::mem::replace(&mut *st.borrow_mut(), It::Running);
    let r = (|| {
        let It::GroupBy(g) = &mut state else {
            return Ok(None);
        };
        if g.current != id {
            return Ok(None);
        }
        if g.currvalue.is_none() && !groupby_step(vm, g)? {
            return Ok(None);
        }
        let ck = g.currkey.clone().unwrap_or_default();
        if !vm.eq(tgtkey, &ck)? {
            return Ok(None);
        }
        Ok(g.currvalue.take())
    })();
    *st.borrow_mut() = state;
    r
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let me = &args[0];
    let name = vm.type_of(me).name.clone();
    let st = native::state::<It>(vm, me, "itertools iterator")?;
    let parts: Option<Vec<Value>> = match &*st.borrow() {
        It::Count { cur, step } => {
            if matches!(step, Value::Int(1)) {
                Some(vec![cur.clone()])
            } else {
                Some(vec![cur.clone(), step.clone()])
            }
        }
        It::Repeat { obj, left } => match left {
            None => Some(vec![obj.clone()]),
            Some(n) => Some(vec![obj.clone(), Value::Int(*n)]),
        },
        _ => None,
    };
    let Some(parts) = parts else {
        let class = vm.type_of(me);
        return Ok(Value::str(ferropy_vm::repr::default_object_repr(
            &class, me,
        )));
    };
    let mut texts = Vec::new();
    for p in &parts {
        texts.push(vm.repr(p)?);
    }
    Ok(Value::str(format!("{name}({})", texts.join(", "))))
}
