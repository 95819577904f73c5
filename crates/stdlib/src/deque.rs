//! `_collections.deque`: a double-ended queue with an optional `maxlen`, and its iterators,
//! which raise RuntimeError when the deque changes under them (a mutation counter).

use crate::native::{self, ClassSpec};
use ferropy_bytecode::CompareOperator as C;
use ferropy_vm::args::Args;
use ferropy_vm::value::Value;
use ferropy_vm::{PyResult, Vm};
use std::collections::VecDeque;

pub struct Deque {
    pub items: VecDeque<Value>,
    pub maxlen: Option<usize>,
    /// Bumped by every change of the contents, so iterators notice.
    pub state: u64,
}

impl Deque {
    fn push_back(&mut self, v: Value) {
        self.state += 1;
        if self.maxlen == Some(0) {
            return;
        }
        if Some(self.items.len()) == self.maxlen {
            self.items.pop_front();
        }
        self.items.push_back(v);
    }

    fn push_front(&mut self, v: Value) {
        self.state += 1;
        if self.maxlen == Some(0) {
            return;
        }
        if Some(self.items.len()) == self.maxlen {
            self.items.pop_back();
        }
        self.items.push_front(v);
    }
}

pub static DEQUE: ClassSpec = ClassSpec {
    module: "collections",
    name: "deque",
    key: "collections.deque",
    new: Some(deque_new),
    methods: &[
        ("__init__", init),
        ("append", append),
        ("appendleft", appendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("extend", extend),
        ("extendleft", extendleft),
        ("rotate", rotate),
        ("remove", remove),
        ("count", count),
        ("index", index),
        ("insert", insert),
        ("clear", clear),
        ("copy", copy),
        ("__copy__", copy),
        ("reverse", reverse),
        ("__len__", len),
        ("__bool__", bool_),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__repr__", repr),
        ("__eq__", |vm, a, k| compare(vm, a, k, Cmp::Eq)),
        ("__ne__", |vm, a, k| compare(vm, a, k, Cmp::Ne)),
        ("__lt__", |vm, a, k| compare(vm, a, k, Cmp::Lt)),
        ("__le__", |vm, a, k| compare(vm, a, k, Cmp::Le)),
        ("__gt__", |vm, a, k| compare(vm, a, k, Cmp::Gt)),
        ("__ge__", |vm, a, k| compare(vm, a, k, Cmp::Ge)),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("__reduce__", reduce),
        ("__reduce_ex__", |vm, a, _| reduce(vm, &a[..1], &[])),
    ],
    getters: &[("maxlen", maxlen)],
    classmethods: &[("__class_getitem__", class_getitem)],
};

pub static DEQUE_ITER: ClassSpec = ClassSpec {
    module: "_collections",
    name: "_deque_iterator",
    key: "_collections._deque_iterator",
    new: None,
    methods: &[("__iter__", iter_self), ("__next__", iter_next)],
    getters: &[],
    classmethods: &[],
};

pub static DEQUE_REV_ITER: ClassSpec = ClassSpec {
    module: "_collections",
    name: "_deque_reverse_iterator",
    key: "_collections._deque_reverse_iterator",
    new: None,
    methods: DEQUE_ITER.methods,
    getters: &[],
    classmethods: &[],
};

type St = native::State<Deque>;

fn me(vm: &Vm, v: &Value) -> PyResult<St> {
    native::state::<Deque>(vm, v, "collections.deque")
}

fn deque_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = native::cls_arg(vm, args)?;
    Ok(native::instance(
        cls,
        Deque {
            items: VecDeque::new(),
            maxlen: None,
            state: 0,
        },
    ))
}

/// A new deque of `v`'s class with the given contents.
fn like(vm: &mut Vm, v: &Value, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    let cls = vm.type_of(v);
    native::instance(
        cls,
        Deque {
            items,
            maxlen,
            state: 0,
        },
    )
}

fn init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw);
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "deque() takes at most 2 arguments ({} given)",
            a.pos.len()
        )));
    }
    let maxlen = match a.arg_or_kw(1, "maxlen") {
        None | Some(Value::None) => None,
        Some(m) => {
            let n = native::ssize_arg(vm, &m)?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    {
        let st = me(vm, &args[0])?;
        let mut d = st.borrow_mut();
        d.maxlen = maxlen;
        d.items.clear();
        d.state += 1;
    }
    if let Some(src) = a.arg_or_kw(0, "iterable") {
        extend_with(vm, &args[0], &src, false)?;
    }
    Ok(Value::None)
}

fn one<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: &'a [Value]) -> PyResult<&'a Value> {
    let a = Args::new(&args[1..], kw).exact(vm, name, 1)?;
    Ok(&a[0])
}

fn append(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one(vm, "append", args, kw)?.clone();
    me(vm, &args[0])?.borrow_mut().push_back(v);
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one(vm, "appendleft", args, kw)?.clone();
    me(vm, &args[0])?.borrow_mut().push_front(v);
    Ok(Value::None)
}

fn pop_end(vm: &mut Vm, args: &[Value], kw: &[Value], left: bool) -> PyResult<Value> {
    Args::new(&args[1..], kw).range(vm, if left { "popleft" } else { "pop" }, 0, 0)?;
    let st = me(vm, &args[0])?;
    let mut d = st.borrow_mut();
    let v = if left {
        d.items.pop_front()
    } else {
        d.items.pop_back()
    };
    d.state += 1;
    v.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pop_end(vm, args, kw, false)
}

fn popleft(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pop_end(vm, args, kw, true)
}

fn extend_with(vm: &mut Vm, d: &Value, src: &Value, left: bool) -> PyResult<()> {
    // Extending a deque with itself reads a snapshot first.
    let src = if src.is(d) {
        Value::list(snapshot(vm, d)?.0)
    } else {
        src.clone()
    };
    let it = vm.get_iter(&src)?;
    while let Some(v) = vm.next(&it)? {
        let st = me(vm, d)?;
        let mut dq = st.borrow_mut();
        if left {
            dq.push_front(v);
        } else {
            dq.push_back(v);
        }
    }
    Ok(())
}

fn extend(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let src = one(vm, "extend", args, kw)?.clone();
    extend_with(vm, &args[0], &src, false)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let src = one(vm, "extendleft", args, kw)?.clone();
    extend_with(vm, &args[0], &src, true)?;
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).range(vm, "rotate", 0, 1)?;
    let n = match a.first() {
        Some(v) => native::ssize_arg(vm, v)?,
        None => 1,
    };
    let st = me(vm, &args[0])?;
    let mut d = st.borrow_mut();
    let len = d.items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        d.items.rotate_right(k);
    }
    d.state += 1;
    Ok(Value::None)
}

/// The items, copied out so that comparisons may run Python code.
fn snapshot(vm: &Vm, v: &Value) -> PyResult<(Vec<Value>, u64)> {
    let st = me(vm, v)?;
    let d = st.borrow();
    Ok((d.items.iter().cloned().collect(), d.state))
}

fn mutated(vm: &Vm, v: &Value, state: u64) -> PyResult<()> {
    if me(vm, v)?.borrow().state != state {
        return Err(vm.err("RuntimeError", "deque mutated during iteration"));
    }
    Ok(())
}

fn remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "remove", args, kw)?.clone();
    let (items, state) = snapshot(vm, &args[0])?;
    for (i, item) in items.iter().enumerate() {
        let eq = item.is(&x) || vm.eq(item, &x)?;
        mutated(vm, &args[0], state)?;
        if eq {
            let st = me(vm, &args[0])?;
            let mut d = st.borrow_mut();
            d.items.remove(i);
            d.state += 1;
            return Ok(Value::None);
        }
    }
    let r = vm.repr(&x)?;
    Err(vm.value_error(format!("{r} is not in deque")))
}

fn count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "count", args, kw)?.clone();
    let (items, state) = snapshot(vm, &args[0])?;
    let mut n = 0;
    for item in &items {
        if item.is(&x) || vm.eq(item, &x)? {
            n += 1;
        }
        mutated(vm, &args[0], state)?;
    }
    Ok(Value::Int(n))
}

/// A clamped slice bound for `index` (negative counts from the end).
fn bound(vm: &mut Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else {
        return Ok(default);
    };
    let i = native::int_arg(vm, v)?;
    let i = i64::try_from(&i).unwrap_or(if i.sign() == num_bigint::Sign::Minus {
        i64::MIN
    } else {
        i64::MAX
    });
    let len = len as i64;
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
}

fn index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).range(vm, "index", 1, 3)?;
    let x = a[0].clone();
    let (items, state) = snapshot(vm, &args[0])?;
    let start = bound(vm, a.get(1), items.len(), 0)?;
    let stop = bound(vm, a.get(2), items.len(), items.len())?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        let eq = item.is(&x) || vm.eq(item, &x)?;
        mutated(vm, &args[0], state)?;
        if eq {
            return Ok(Value::Int(i as i64));
        }
    }
    let r = vm.repr(&x)?;
    Err(vm.value_error(format!("{r} is not in deque")))
}

fn insert(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "insert", 2)?;
    let i = native::ssize_arg(vm, &a[0])?;
    let st = me(vm, &args[0])?;
    let mut d = st.borrow_mut();
    if Some(d.items.len()) == d.maxlen {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let len = d.items.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    d.items.insert(at, a[1].clone());
    d.state += 1;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let st = me(vm, &args[0])?;
    let old = {
        let mut d = st.borrow_mut();
        d.state += 1;
        std::mem::take(&mut d.items)
    };
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (items, maxlen) = {
        let st = me(vm, &args[0])?;
        let d = st.borrow();
        (d.items.clone(), d.maxlen)
    };
    Ok(like(vm, &args[0], items, maxlen))
}

fn reverse(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let st = me(vm, &args[0])?;
    let mut d = st.borrow_mut();
    d.items.make_contiguous().reverse();
    d.state += 1;
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(me(vm, &args[0])?.borrow().items.len() as i64))
}

fn bool_(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(!me(vm, &args[0])?.borrow().items.is_empty()))
}

fn position(vm: &mut Vm, d: &Value, key: &Value) -> PyResult<usize> {
    if let Value::Slice(_) = key {
        return Err(vm.type_error("sequence index must be integer, not 'slice'"));
    }
    let i = match key {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
            native::ssize_arg(vm, key).map_err(|_| vm.index_error("deque index out of range"))?
        }
        other => {
            return Err(vm.type_error(format!(
                "sequence index must be integer, not '{}'",
                vm.type_name(other)
            )))
        }
    };
    let len = me(vm, d)?.borrow().items.len() as i64;
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(i as usize)
}

fn getitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let key = one(vm, "__getitem__", args, kw)?;
    let i = position(vm, &args[0], key)?;
    let v = me(vm, &args[0])?.borrow().items[i].clone();
    Ok(v)
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [d, key, v] = args else {
        return Err(vm.type_error("expected 2 arguments"));
    };
    let i = position(vm, d, key)?;
    let old = std::mem::replace(&mut me(vm, d)?.borrow_mut().items[i], v.clone());
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let key = one(vm, "__delitem__", args, kw)?;
    let i = position(vm, &args[0], key)?;
    let st = me(vm, &args[0])?;
    let old = {
        let mut d = st.borrow_mut();
        d.state += 1;
        d.items.remove(i)
    };
    drop(old);
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "__contains__", args, kw)?.clone();
    let (items, state) = snapshot(vm, &args[0])?;
    for item in &items {
        let eq = item.is(&x) || vm.eq(item, &x)?;
        mutated(vm, &args[0], state)?;
        if eq {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// A deque iterator: the deque, the next position, the contents' version it started at.
pub struct DequeIter {
    deque: Value,
    pos: usize,
    state: u64,
    reverse: bool,
}

fn make_iter(vm: &mut Vm, d: &Value, reverse: bool) -> PyResult<Value> {
    let state = me(vm, d)?.borrow().state;
    let spec = if reverse {
        &DEQUE_REV_ITER
    } else {
        &DEQUE_ITER
    };
    let cls = native::class(vm, spec, None);
    Ok(native::instance(
        cls,
        DequeIter {
            deque: d.clone(),
            pos: 0,
            state,
            reverse,
        },
    ))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    make_iter(vm, &args[0], false)
}

fn reversed(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    make_iter(vm, &args[0], true)
}

fn iter_self(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn iter_next(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let st = native::state::<DequeIter>(vm, &args[0], "_collections._deque_iterator")?;
    let mut it = st.borrow_mut();
    let dq = me(vm, &it.deque)?;
    let d = dq.borrow();
    if d.state != it.state {
        return Err(vm.err("RuntimeError", "deque mutated during iteration"));
    }
    if it.pos >= d.items.len() {
        return Err(native::stop(vm));
    }
    let i = if it.reverse {
        d.items.len() - 1 - it.pos
    } else {
        it.pos
    };
    it.pos += 1;
    Ok(d.items[i].clone())
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = &args[0];
    let name = vm.type_of(d).name.clone();
    let p = d.heap_ptr().unwrap_or(0);
    if vm.repr_stack.contains(&p) {
        return Ok(Value::str("[...]"));
    }
    let (items, _) = snapshot(vm, d)?;
    let maxlen = me(vm, d)?.borrow().maxlen;
    vm.repr_stack.push(p);
    let r = vm.repr(&Value::list(items));
    vm.repr_stack.pop();
    let body = r?;
    Ok(Value::str(match maxlen {
        Some(m) => format!("{name}({body}, maxlen={m})"),
        None => format!("{name}({body})"),
    }))
}

#[derive(Clone, Copy, PartialEq)]
enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

fn compare(vm: &mut Vm, args: &[Value], kw: &[Value], op: Cmp) -> PyResult<Value> {
    let other = one(vm, "__eq__", args, kw)?.clone();
    if native::state::<Deque>(vm, &other, "deque").is_err() {
        return Ok(Value::NotImplemented);
    }
    let (a, _) = snapshot(vm, &args[0])?;
    let (b, _) = snapshot(vm, &other)?;
    if matches!(op, Cmp::Eq | Cmp::Ne) && a.len() != b.len() {
        return Ok(Value::Bool(op == Cmp::Ne));
    }
    // The first differing item decides, as for lists.
    for (x, y) in a.iter().zip(&b) {
        if x.is(y) || vm.eq(x, y)? {
            continue;
        }
        return Ok(match op {
            Cmp::Eq => Value::Bool(false),
            Cmp::Ne => Value::Bool(true),
            Cmp::Lt => vm.compare(C::Lt as u8, x, y)?,
            Cmp::Le => vm.compare(C::Le as u8, x, y)?,
            Cmp::Gt => vm.compare(C::Gt as u8, x, y)?,
            Cmp::Ge => vm.compare(C::Ge as u8, x, y)?,
        });
    }
    let (la, lb) = (a.len(), b.len());
    Ok(Value::Bool(match op {
        Cmp::Eq => la == lb,
        Cmp::Ne => la != lb,
        Cmp::Lt => la < lb,
        Cmp::Le => la <= lb,
        Cmp::Gt => la > lb,
        Cmp::Ge => la >= lb,
    }))
}

fn add(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one(vm, "__add__", args, kw)?.clone();
    if native::state::<Deque>(vm, &other, "deque").is_err() {
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(&other)
        )));
    }
    let r = copy(vm, &args[..1], &[])?;
    extend_with(vm, &r, &other, false)?;
    Ok(r)
}

fn iadd(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one(vm, "__iadd__", args, kw)?.clone();
    extend_with(vm, &args[0], &other, false)?;
    Ok(args[0].clone())
}

fn repeat_in_place(vm: &mut Vm, d: &Value, n: &Value) -> PyResult<()> {
    let n = native::ssize_arg(vm, n)?;
    let (items, _) = snapshot(vm, d)?;
    let maxlen = me(vm, d)?.borrow().maxlen;
    let n = n.max(0) as u128;
    // With a maxlen only the last `maxlen` items of the repetition survive.
    let total = items.len() as u128 * n;
    if total > isize::MAX as u128 {
        return Err(vm.memory_error());
    }
    let keep = maxlen.map_or(total, |m| total.min(m as u128));
    let Ok(keep_n) = usize::try_from(keep) else {
        return Err(vm.memory_error());
    };
    let mut out: Vec<Value> = vm.alloc_vec(keep_n)?;
    for k in total - keep..total {
        out.push(items[(k % items.len() as u128) as usize].clone());
    }
    let st = me(vm, d)?;
    let mut dq = st.borrow_mut();
    dq.items = VecDeque::from(out);
    dq.state += 1;
    Ok(())
}

fn mul(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = one(vm, "__mul__", args, kw)?.clone();
    if !ferropy_vm::int::is_int(&n) && vm.lookup_special(&n, "__index__").is_none() {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(&n)
        )));
    }
    let r = copy(vm, &args[..1], &[])?;
    repeat_in_place(vm, &r, &n)?;
    Ok(r)
}

fn imul(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = one(vm, "__imul__", args, kw)?.clone();
    repeat_in_place(vm, &args[0], &n)?;
    Ok(args[0].clone())
}

fn maxlen(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match me(vm, &args[0])?.borrow().maxlen {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    })
}

fn class_getitem(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

/// `(type, args, state, items)`: what `copy` and `pickle` rebuild a deque from.
fn reduce(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = &args[0];
    let maxlen = me(vm, d)?.borrow().maxlen;
    let ctor_args = match maxlen {
        Some(m) => vec![Value::tuple(Vec::new()), Value::Int(m as i64)],
        None => Vec::new(),
    };
    let state = match d {
        Value::Instance(i) if !i.dict.is_empty() => Value::Dict(i.dict.as_dict()),
        _ => Value::None,
    };
    let items = make_iter(vm, d, false)?;
    Ok(Value::tuple(vec![
        Value::Type(vm.type_of(d)),
        Value::tuple(ctor_args),
        state,
        items,
    ]))
}
