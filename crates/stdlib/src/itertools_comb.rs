//! `itertools`' combinatoric iterators (`product`, `permutations`, `combinations`,
//! `combinations_with_replacement`), which work on index vectors over materialized pools, and
//! `tee`, whose iterators share one buffer of the items read so far.

use crate::itertools::{make_it, It};
use crate::native::{self, ClassSpec};
use ferropy_vm::args::Args;
use ferropy_vm::value::{NativeFn, Value};
use ferropy_vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

const METHODS: &[(&str, NativeFn)] = crate::itertools::COUNT.methods;

macro_rules! spec {
    ($stat:ident, $name:literal, $new:expr) => {
        pub static $stat: ClassSpec = ClassSpec {
            module: "itertools",
            name: $name,
            key: concat!("itertools.", $name),
            new: Some($new),
            methods: METHODS,
            getters: &[],
            classmethods: &[],
        };
    };
}

spec!(PRODUCT, "product", product_new);
spec!(PERMUTATIONS, "permutations", permutations_new);
spec!(COMBINATIONS, "combinations", combinations_new);
spec!(CWR, "combinations_with_replacement", cwr_new);
spec!(TEE, "_tee", tee_new);

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Product,
    Permutations,
    Combinations,
    WithReplacement,
}

pub struct Comb {
    kind: Kind,
    /// One pool per position for `product`; the single pool otherwise (in `pools[0]`).
    pools: Vec<Rc<Vec<Value>>>,
    r: usize,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    first: bool,
    done: bool,
}

impl Comb {
    fn new(kind: Kind, pools: Vec<Rc<Vec<Value>>>, r: usize) -> Comb {
        let n = pools.first().map_or(0, |p| p.len());
        let (indices, cycles, done) = match kind {
            Kind::Product => (
                vec![0; pools.len()],
                Vec::new(),
                pools.iter().any(|p| p.is_empty()),
            ),
            Kind::Permutations => (
                (0..n).collect(),
                (n + 1 - r.min(n)..=n).rev().collect(),
                r > n,
            ),
            Kind::Combinations => ((0..r).collect(), Vec::new(), r > n),
            Kind::WithReplacement => (vec![0; r], Vec::new(), n == 0 && r > 0),
        };
        Comb {
            kind,
            pools,
            r,
            indices,
            cycles,
            first: true,
            done,
        }
    }

    fn current(&self) -> Value {
        let items = match self.kind {
            Kind::Product => self
                .indices
                .iter()
                .zip(&self.pools)
                .map(|(i, p)| p[*i].clone())
                .collect(),
            _ => self.indices[..self.r]
                .iter()
                .map(|i| self.pools[0][*i].clone())
                .collect(),
        };
        Value::tuple(items)
    }

    /// Moves to the next index vector; false when there is none.
    fn advance(&mut self) -> bool {
        let n = self.pools.first().map_or(0, |p| p.len());
        let r = self.r;
        let idx = &mut self.indices;
        match self.kind {
            Kind::Product => {
                for i in (0..idx.len()).rev() {
                    idx[i] += 1;
                    if idx[i] < self.pools[i].len() {
                        return true;
                    }
                    idx[i] = 0;
                }
                false
            }
            Kind::Permutations => {
                if n == 0 {
                    return false;
                }
                for i in (0..r).rev() {
                    self.cycles[i] -= 1;
                    if self.cycles[i] == 0 {
                        let moved = idx.remove(i);
                        idx.push(moved);
                        self.cycles[i] = n - i;
                    } else {
                        let j = self.cycles[i];
                        idx.swap(i, n - j);
                        return true;
                    }
                }
                false
            }
            Kind::Combinations => {
                let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else {
                    return false;
                };
                idx[i] += 1;
                for j in i + 1..r {
                    idx[j] = idx[j - 1] + 1;
                }
                true
            }
            Kind::WithReplacement => {
                let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else {
                    return false;
                };
                let v = idx[i] + 1;
                for x in &mut idx[i..] {
                    *x = v;
                }
                true
            }
        }
    }
}

pub fn comb_next(c: &mut Comb) -> Option<Value> {
    if c.done {
        return None;
    }
    if c.first {
        c.first = false;
    } else if !c.advance() {
        c.done = true;
        return None;
    }
    Some(c.current())
}

fn product_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw);
    let mut repeat = 1i64;
    for (i, name) in kw.iter().enumerate() {
        let v = &args[args.len() - kw.len() + i];
        match name.as_str() {
            Some("repeat") => repeat = native::ssize_arg(vm, v)?,
            _ => {
                return Err(vm.type_error(format!(
                    "product() got an unexpected keyword argument '{}'",
                    name.as_str().unwrap_or("")
                )))
            }
        }
    }
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut pools = Vec::new();
    for v in a.pos {
        pools.push(Rc::new(vm.collect(v)?));
    }
    if (pools.len() as u128) * (repeat as u128) * 8 > isize::MAX as u128 {
        return Err(vm.overflow_error("repeat argument too large"));
    }
    // Each repeat shares the pools, as CPython's tuple repetition does.
    let mut all = vm.alloc_vec(pools.len().saturating_mul(repeat as usize))?;
    for _ in 0..repeat {
        all.extend(pools.iter().cloned());
    }
    make_it(vm, args, It::Comb(Comb::new(Kind::Product, all, 0)))
}

/// `(pool, r)` for the one-pool iterators; `r` defaults to the pool's length when allowed.
fn pool_r(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    r_required: bool,
) -> PyResult<(Vec<Value>, usize)> {
    let a = Args::new(&args[1..], kw);
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            a.pos.len()
        )));
    }
    let Some(src) = a.arg_or_kw(0, "iterable") else {
        return Err(vm.type_error(format!(
            "{name}() missing required argument 'iterable' (pos 1)"
        )));
    };
    let pool = vm.collect(&src)?;
    let r = match a.arg_or_kw(1, "r") {
        Some(v) if !(v.is_none() && !r_required) => native::ssize_arg(vm, &v)?,
        Some(_) => pool.len() as i64,
        None if r_required => {
            return Err(vm.type_error(format!("{name}() missing required argument 'r' (pos 2)")))
        }
        None => pool.len() as i64,
    };
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok((pool, r as usize))
}

fn permutations_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pool, r) = pool_r(vm, "permutations", args, kw, false)?;
    make_it(
        vm,
        args,
        It::Comb(Comb::new(Kind::Permutations, vec![Rc::new(pool)], r)),
    )
}

fn combinations_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pool, r) = pool_r(vm, "combinations", args, kw, true)?;
    make_it(
        vm,
        args,
        It::Comb(Comb::new(Kind::Combinations, vec![Rc::new(pool)], r)),
    )
}

fn cwr_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pool, r) = pool_r(vm, "combinations_with_replacement", args, kw, true)?;
    make_it(
        vm,
        args,
        It::Comb(Comb::new(Kind::WithReplacement, vec![Rc::new(pool)], r)),
    )
}

/// What the `tee` iterators of one source share: the source and the items read so far, from
/// absolute position `start` on (items every iterator has passed are dropped).
pub struct TeeData {
    it: Value,
    items: std::collections::VecDeque<Value>,
    start: usize,
    /// Positions of the live iterators, to know which items are still needed.
    positions: Vec<std::rc::Weak<std::cell::Cell<usize>>>,
    running: bool,
}

pub struct Tee {
    data: Rc<RefCell<TeeData>>,
    pos: Rc<std::cell::Cell<usize>>,
}

impl Tee {
    fn new(data: &Rc<RefCell<TeeData>>, at: usize) -> Tee {
        let pos = Rc::new(std::cell::Cell::new(at));
        data.borrow_mut().positions.push(Rc::downgrade(&pos));
        Tee {
            data: data.clone(),
            pos,
        }
    }
}

pub fn tee_next(vm: &mut Vm, t: &mut Tee) -> PyResult<Option<Value>> {
    let at = t.pos.get();
    let (start, len, it) = {
        let d = t.data.borrow();
        (d.start, d.items.len(), d.it.clone())
    };
    let v = if at < start + len {
        t.data.borrow().items[at - start].clone()
    } else {
        if t.data.borrow().running {
            return Err(vm.err("RuntimeError", "cannot re-enter the tee iterator"));
        }
        t.data.borrow_mut().running = true;
        let r = vm.next(&it);
        t.data.borrow_mut().running = false;
        let Some(v) = r? else {
            return Ok(None);
        };
        t.data.borrow_mut().items.push_back(v.clone());
        v
    };
    t.pos.set(at + 1);
    trim(&mut t.data.borrow_mut());
    Ok(Some(v))
}

/// Drops the buffered items that every live iterator has passed.
fn trim(d: &mut TeeData) {
    d.positions.retain(|p| p.strong_count() > 0);
    let low = d
        .positions
        .iter()
        .filter_map(|p| p.upgrade().map(|c| c.get()))
        .min()
        .unwrap_or(d.start + d.items.len());
    while d.start < low && !d.items.is_empty() {
        d.items.pop_front();
        d.start += 1;
    }
}

fn tee_obj(vm: &Vm, data: &Rc<RefCell<TeeData>>, at: usize) -> Value {
    let cls = native::class(vm, &TEE, None);
    native::instance(cls, It::Tee(Tee::new(data, at)))
}

fn new_data(it: Value) -> Rc<RefCell<TeeData>> {
    Rc::new(RefCell::new(TeeData {
        it,
        items: Default::default(),
        start: 0,
        positions: Vec::new(),
        running: false,
    }))
}

fn tee_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "_tee", 1)?;
    let it = vm.get_iter(&a[0])?;
    Ok(tee_obj(vm, &new_data(it), 0))
}

/// `tee.__copy__`: a new iterator at the same position (other itertools have none).
pub fn tee_copy(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let st = native::state::<It>(vm, &args[0], "itertools._tee")?;
    let copy = match &*st.borrow() {
        It::Tee(t) => Some((t.data.clone(), t.pos.get())),
        _ => None,
    };
    match copy {
        Some((data, at)) => Ok(tee_obj(vm, &data, at)),
        None => Err(vm.attribute_error(&args[0], "__copy__")),
    }
}

/// `tee(iterable, n=2)`.
pub fn tee(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("itertools.tee() takes no keyword arguments"));
    }
    let a = Args::new(args, kw).range(vm, "tee", 1, 2)?;
    let n = match a.get(1) {
        Some(v) => native::ssize_arg(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(Value::tuple(Vec::new()));
    }
    let it = vm.get_iter(&a[0])?;
    // A tee iterator (anything with `__copy__`) is copied rather than wrapped.
    let first = match vm.lookup_special(&it, "__copy__") {
        Some(_) => it,
        None => tee_obj(vm, &new_data(it.clone()), 0),
    };
    let mut out = vec![first.clone()];
    for _ in 1..n {
        let m = vm.lookup_special(&first, "__copy__").unwrap_or_default();
        out.push(vm.call_method_value(&m, &first, &[], &[])?);
    }
    Ok(Value::tuple(out))
}
