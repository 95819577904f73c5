//! Sets and frozensets: building them, the set algebra and the methods, following the
//! algorithms of CPython's `setobject.c` step by step (which operand is iterated, when a table is
//! copied or merged), so that results come out in CPython's iteration order.

use crate::args::Args;
use crate::dict::{needs_py_eq, DictKey};
use crate::exceptions::PyResult;
use crate::settable::SetTable;
use crate::value::{BuiltinFunction, NativeFn, PySet, Value};
use crate::Vm;
use ferropy_bytecode::{BinaryOperator as B, CompareOperator as C};
use std::rc::Rc;

/// The set inside a set or frozenset value (or an instance of a subclass of one).
pub fn set_of(v: &Value) -> Option<Rc<PySet>> {
    match crate::builtin_dunders::unwrap_base(v) {
        Value::Set(s) | Value::FrozenSet(s) => Some(s),
        _ => None,
    }
}

fn make(table: SetTable, frozen: bool) -> Value {
    let s = Rc::new(PySet::new(table));
    if frozen {
        Value::FrozenSet(s)
    } else {
        crate::gc::track_set(&s);
        Value::Set(s)
    }
}

impl Vm {
    /// A set display `{a, b, c}`: the items added one by one.
    pub fn new_set(&mut self, items: &[Value]) -> PyResult<Value> {
        let set = make(SetTable::default(), false);
        for i in items {
            self.set_add(&set, i.clone())?;
        }
        Ok(set)
    }

    /// `set(iterable)` / `frozenset(iterable)`.
    pub fn set_from_iter(&mut self, v: &Value, frozen: bool) -> PyResult<Value> {
        let set = make(SetTable::default(), frozen);
        if let Some(s) = set_of(&set) {
            self.set_update(&s, v)?;
        }
        Ok(set)
    }

    /// Adds one item (`set.add`, `SET_ADD`).
    pub fn set_add(&mut self, set: &Value, item: Value) -> PyResult<()> {
        if let Some(s) = set_of(set) {
            let k = self.set_key(&s, &item)?;
            self.table_add(&s, k);
        }
        Ok(())
    }

    fn table_add(&mut self, s: &PySet, k: DictKey) {
        if needs_py_eq(&k.key) {
            s.py_eq_keys.set(true);
        }
        s.items.borrow_mut().insert(k);
    }

    /// Adds a key that came from another table (its hash is known), matching `__eq__` keys.
    fn table_add_key(&mut self, s: &PySet, k: &DictKey) -> PyResult<()> {
        let k = if s.py_eq_keys.get() || needs_py_eq(&k.key) {
            self.set_key(s, &k.key)?
        } else {
            k.clone()
        };
        self.table_add(s, k);
        Ok(())
    }

    fn table_contains(&mut self, s: &PySet, k: &DictKey) -> PyResult<bool> {
        if !s.py_eq_keys.get() && !needs_py_eq(&k.key) {
            return Ok(s.items.borrow().contains(k));
        }
        let k = self.set_key(s, &k.key)?;
        Ok(s.items.borrow().contains(&k))
    }

    fn table_discard(&mut self, s: &PySet, k: &DictKey) -> PyResult<bool> {
        let k = if s.py_eq_keys.get() || needs_py_eq(&k.key) {
            self.set_key(s, &k.key)?
        } else {
            k.clone()
        };
        Ok(s.items.borrow_mut().remove(&k))
    }

    /// `set_update_internal`: a set or frozenset is merged table to table, a dict's keys are
    /// added with their hashes, anything else is iterated.
    pub fn set_update(&mut self, target: &Rc<PySet>, other: &Value) -> PyResult<()> {
        if let Some(o) = set_of(other) {
            if Rc::ptr_eq(&o, target) {
                return Ok(());
            }
            let table = o.items.borrow().clone();
            if !target.py_eq_keys.get() && !o.py_eq_keys.get() {
                target.items.borrow_mut().merge(&table);
                return Ok(());
            }
            for k in table.iter() {
                self.table_add_key(target, k)?;
            }
            return Ok(());
        }
        if let Value::Dict(d) = other {
            let keys: Vec<DictKey> = d.map.borrow().keys().cloned().collect();
            target.items.borrow_mut().reserve_for(keys.len());
            for k in &keys {
                self.table_add_key(target, k)?;
            }
            return Ok(());
        }
        let it = self.get_iter(other)?;
        let set = Value::Set(target.clone());
        while let Some(item) = self.next(&it)? {
            self.set_add(&set, item)?;
        }
        Ok(())
    }

    /// `SET_UPDATE` of a set being built. A tuple operand comes only from a set display of
    /// constants, which CPython folds into a frozenset constant at compile time (built from the
    /// items, then rebuilt from its own iteration order when constants are merged) and copies:
    /// the same two passes give the same layout, hence the same iteration order.
    pub fn set_update_op(&mut self, set: &Value, src: &Value) -> PyResult<()> {
        let Some(target) = set_of(set) else {
            return Ok(());
        };
        if let Value::Tuple(items) = src {
            let first = self.set_from_iter(&Value::Tuple(items.clone()), true)?;
            let second = self.set_from_iter(
                &Value::tuple(self.set_keys(&first).into_iter().map(|k| k.key).collect()),
                true,
            )?;
            return self.set_update(&target, &second);
        }
        self.set_update(&target, src)
    }

    /// The keys of a set, in iteration order.
    pub(crate) fn set_keys(&self, v: &Value) -> Vec<DictKey> {
        set_of(v)
            .map(|s| s.items.borrow().iter().cloned().collect())
            .unwrap_or_default()
    }

    /// A copy with the same type (`set_copy`, `make_new_set_basetype`).
    fn set_copy_of(&mut self, s: &Rc<PySet>, frozen: bool) -> PyResult<Value> {
        let copy = make(SetTable::default(), frozen);
        if let Some(c) = set_of(&copy) {
            self.set_update(&c, &Value::Set(s.clone()))?;
        }
        Ok(copy)
    }

    /// `a & other` (`set_intersection`): iterates the smaller set, or the iterable.
    fn set_intersection(&mut self, a: &Rc<PySet>, other: &Value, frozen: bool) -> PyResult<Value> {
        if let Some(o) = set_of(other) {
            if Rc::ptr_eq(&o, a) {
                return self.set_copy_of(a, frozen);
            }
        }
        let result = make(SetTable::default(), frozen);
        let r = set_of(&result).expect("a set");
        let (big, small): (Rc<PySet>, Vec<DictKey>) = match set_of(other) {
            Some(o) if o.items.borrow().len() > a.items.borrow().len() => {
                (o, self.set_keys(&Value::Set(a.clone())))
            }
            Some(o) => (a.clone(), o.items.borrow().iter().cloned().collect()),
            None => {
                let items = self.collect(other)?;
                let mut keys = Vec::with_capacity(items.len());
                for i in &items {
                    keys.push(self.hash_key(i)?);
                }
                (a.clone(), keys)
            }
        };
        for k in &small {
            if self.table_contains(&big, k)? {
                self.table_add_key(&r, k)?;
            }
        }
        Ok(result)
    }

    /// `a - other` (`set_difference`).
    fn set_difference(&mut self, a: &Rc<PySet>, other: &Value, frozen: bool) -> PyResult<Value> {
        let other_len = match (set_of(other), other) {
            (Some(o), _) => Some(o.items.borrow().len()),
            (None, Value::Dict(d)) => Some(d.len()),
            _ => None,
        };
        let a_len = a.items.borrow().len();
        if other_len.is_none_or(|n| (a_len >> 2) > n) {
            let result = self.set_copy_of(a, frozen)?;
            let r = set_of(&result).expect("a set");
            self.set_difference_update(&r, other)?;
            return Ok(result);
        }
        let result = make(SetTable::default(), frozen);
        let r = set_of(&result).expect("a set");
        let mine = self.set_keys(&Value::Set(a.clone()));
        for k in &mine {
            let present = match (set_of(other), other) {
                (Some(o), _) => self.table_contains(&o, k)?,
                (None, Value::Dict(d)) => {
                    let dk = self.dict_key(d, &k.key)?;
                    d.contains(&dk)
                }
                _ => false,
            };
            if !present {
                self.table_add_key(&r, k)?;
            }
        }
        Ok(result)
    }

    /// `a -= other` (`set_difference_update_internal`).
    fn set_difference_update(&mut self, a: &Rc<PySet>, other: &Value) -> PyResult<()> {
        if let Some(o) = set_of(other) {
            if Rc::ptr_eq(&o, a) {
                a.items.borrow_mut().clear();
                return Ok(());
            }
            let keys: Vec<DictKey> = o.items.borrow().iter().cloned().collect();
            for k in &keys {
                self.table_discard(a, k)?;
            }
        } else {
            for item in self.collect(other)? {
                let k = self.hash_key(&item)?;
                self.table_discard(a, &k)?;
            }
        }
        a.items.borrow_mut().compact_after_removals();
        Ok(())
    }

    /// `a ^= other` (`set_symmetric_difference_update`).
    fn set_symmetric_difference_update(&mut self, a: &Rc<PySet>, other: &Value) -> PyResult<()> {
        let keys: Vec<DictKey> = match set_of(other) {
            Some(o) if Rc::ptr_eq(&o, a) => {
                a.items.borrow_mut().clear();
                return Ok(());
            }
            Some(o) => o.items.borrow().iter().cloned().collect(),
            None => {
                let tmp = self.set_from_iter(other, false)?;
                self.set_keys(&tmp)
            }
        };
        for k in &keys {
            if !self.table_discard(a, k)? {
                self.table_add_key(a, k)?;
            }
        }
        Ok(())
    }

    /// `a ^ other` (`set_symmetric_difference`): a copy of `other` updated with `a`.
    fn set_symmetric_difference(
        &mut self,
        a: &Rc<PySet>,
        other: &Value,
        frozen: bool,
    ) -> PyResult<Value> {
        let result = make(SetTable::default(), frozen);
        let r = set_of(&result).expect("a set");
        self.set_update(&r, other)?;
        self.set_symmetric_difference_update(&r, &Value::Set(a.clone()))?;
        Ok(result)
    }

    /// `|`, `&`, `-`, `^` between sets; the result has the left operand's type.
    pub(crate) fn set_operator(&mut self, op: B, a: &Value, b: &Value) -> PyResult<Value> {
        let (Some(x), true) = (set_of(a), set_of(b).is_some()) else {
            return Err(self.type_error("set operator on non-sets"));
        };
        let frozen = matches!(crate::builtin_dunders::unwrap_base(a), Value::FrozenSet(_));
        match op {
            B::Or => {
                let result = self.set_copy_of(&x, frozen)?;
                let r = set_of(&result).expect("a set");
                self.set_update(&r, b)?;
                Ok(result)
            }
            B::And => self.set_intersection(&x, b, frozen),
            B::Sub => self.set_difference(&x, b, frozen),
            _ => self.set_symmetric_difference(&x, b, frozen),
        }
    }

    /// `|=`, `&=`, `-=`, `^=` on a set: updates it in place.
    pub(crate) fn set_inplace(&mut self, op: B, a: &Rc<PySet>, b: &Value) -> PyResult<()> {
        match op {
            B::Or => self.set_update(a, b),
            B::And => {
                let r = self.set_intersection(a, b, false)?;
                let table = set_of(&r).expect("a set").items.borrow().clone();
                *a.items.borrow_mut() = table;
                Ok(())
            }
            B::Sub => self.set_difference_update(a, b),
            _ => self.set_symmetric_difference_update(a, b),
        }
    }

    /// Subset and superset comparisons.
    pub(crate) fn set_compare(&mut self, op: C, a: &Value, b: &Value) -> PyResult<Value> {
        let (Some(x), Some(y)) = (set_of(a), set_of(b)) else {
            return Ok(Value::NotImplemented);
        };
        let (xn, yn) = (x.items.borrow().len(), y.items.borrow().len());
        let subset = |vm: &mut Vm, p: &Rc<PySet>, q: &Rc<PySet>| -> PyResult<bool> {
            let keys: Vec<DictKey> = p.items.borrow().iter().cloned().collect();
            for k in &keys {
                if !vm.table_contains(q, k)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(Value::Bool(match op {
            C::Lt => xn < yn && subset(self, &x, &y)?,
            C::Le => xn <= yn && subset(self, &x, &y)?,
            C::Gt => xn > yn && subset(self, &y, &x)?,
            _ => xn >= yn && subset(self, &y, &x)?,
        }))
    }

    /// Set equality.
    pub(crate) fn set_eq(&mut self, a: &Rc<PySet>, b: &Rc<PySet>) -> PyResult<bool> {
        if a.items.borrow().len() != b.items.borrow().len() {
            return Ok(false);
        }
        let r = self.set_compare(C::Le, &Value::Set(a.clone()), &Value::Set(b.clone()))?;
        Ok(matches!(r, Value::Bool(true)))
    }

    /// A set of an arbitrary iterable argument (for methods that accept any iterable).
    fn as_set(&mut self, v: &Value) -> PyResult<Rc<PySet>> {
        match set_of(v) {
            Some(s) => Ok(s),
            None => {
                let s = self.set_from_iter(v, false)?;
                Ok(set_of(&s).expect("a set"))
            }
        }
    }
}

/// The receiver of a set method.
fn this(vm: &Vm, args: &[Value], name: &str) -> PyResult<(Rc<PySet>, bool)> {
    let v = args.first().map(crate::builtin_dunders::unwrap_base);
    match v {
        Some(Value::Set(s)) => Ok((s, false)),
        Some(Value::FrozenSet(s)) => Ok((s, true)),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'set' object"))),
    }
}

fn one_arg<'a>(vm: &Vm, args: &'a [Value], kw: &'a [Value], name: &str) -> PyResult<&'a Value> {
    let a = Args::new(&args[1..], kw).exact(vm, name, 1)?;
    Ok(&a[0])
}

fn add(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = this(vm, args, "add")?;
    let item = one_arg(vm, args, kw, "set.add")?.clone();
    vm.set_add(&Value::Set(s), item)?;
    Ok(Value::None)
}

fn remove_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    must_exist: bool,
) -> PyResult<Value> {
    let (s, _) = this(vm, args, name)?;
    let item = one_arg(vm, args, kw, name)?.clone();
    let k = match vm.hash_key(&item) {
        // A set argument is looked up as a frozenset, as CPython does.
        Err(e) if set_of(&item).is_some() => {
            let keys: crate::settable::SetTable = vm.set_keys(&item).into_iter().collect();
            let f = Value::FrozenSet(Rc::new(PySet::new(keys)));
            vm.hash_key(&f).map_err(|_| e)?
        }
        other => other?,
    };
    if !vm.table_discard(&s, &k)? && must_exist {
        return Err(vm.key_error(item));
    }
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_impl(vm, args, kw, "remove", true)
}

fn discard(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_impl(vm, args, kw, "discard", false)
}

fn pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "pop")?;
    let (s, _) = this(vm, args, "pop")?;
    let popped = s.items.borrow_mut().pop();
    match popped {
        Some(k) => Ok(k.key),
        None => Err(vm.err("KeyError", "pop from an empty set")),
    }
}

fn clear(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "clear")?;
    let (s, _) = this(vm, args, "clear")?;
    let old = std::mem::take(&mut *s.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "copy")?;
    let (s, frozen) = this(vm, args, "copy")?;
    if frozen && matches!(args[0], Value::FrozenSet(_)) {
        return Ok(args[0].clone());
    }
    vm.set_copy_of(&s, frozen)
}

fn update(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (s, _) = this(vm, args, "update")?;
    for other in &args[1..] {
        vm.set_update(&s, other)?;
    }
    Ok(Value::None)
}

fn union(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (s, frozen) = this(vm, args, "union")?;
    let result = vm.set_copy_of(&s, frozen)?;
    let r = set_of(&result).expect("a set");
    for other in &args[1..] {
        vm.set_update(&r, other)?;
    }
    Ok(result)
}

fn intersection(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (s, frozen) = this(vm, args, "intersection")?;
    if args.len() == 1 {
        return vm.set_copy_of(&s, frozen);
    }
    let mut acc = s;
    let mut result = Value::None;
    for other in &args[1..] {
        result = vm.set_intersection(&acc, other, frozen)?;
        acc = set_of(&result).expect("a set");
    }
    Ok(result)
}

fn difference(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (s, frozen) = this(vm, args, "difference")?;
    if args.len() == 1 {
        return vm.set_copy_of(&s, frozen);
    }
    let result = vm.set_difference(&s, &args[1], frozen)?;
    let r = set_of(&result).expect("a set");
    for other in &args[2..] {
        vm.set_difference_update(&r, other)?;
    }
    Ok(result)
}

fn symmetric_difference(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, frozen) = this(vm, args, "symmetric_difference")?;
    let other = one_arg(vm, args, kw, "symmetric_difference")?.clone();
    vm.set_symmetric_difference(&s, &other, frozen)
}

fn inplace_method(vm: &mut Vm, args: &[Value], name: &str, op: B) -> PyResult<Value> {
    let (s, _) = this(vm, args, name)?;
    if op == B::And && args.len() > 2 {
        let mut acc = s.clone();
        for other in &args[1..] {
            let r = vm.set_intersection(&acc, other, false)?;
            acc = set_of(&r).expect("a set");
        }
        let table = acc.items.borrow().clone();
        *s.items.borrow_mut() = table;
        return Ok(Value::None);
    }
    for other in &args[1..] {
        vm.set_inplace(op, &s, other)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    inplace_method(vm, args, "intersection_update", B::And)
}

fn difference_update(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    inplace_method(vm, args, "difference_update", B::Sub)
}

fn symmetric_difference_update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    one_arg(vm, args, kw, "symmetric_difference_update")?;
    inplace_method(vm, args, "symmetric_difference_update", B::Xor)
}

fn relation(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, op: C) -> PyResult<Value> {
    let (s, _) = this(vm, args, name)?;
    let other = one_arg(vm, args, kw, name)?.clone();
    let o = vm.as_set(&other)?;
    vm.set_compare(op, &Value::Set(s), &Value::Set(o))
}

fn issubset(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    relation(vm, args, kw, "issubset", C::Le)
}

fn issuperset(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    relation(vm, args, kw, "issuperset", C::Ge)
}

fn isdisjoint(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = this(vm, args, "isdisjoint")?;
    let other = one_arg(vm, args, kw, "isdisjoint")?.clone();
    let items = vm.collect(&other)?;
    for item in &items {
        let k = vm.hash_key(item)?;
        if vm.table_contains(&s, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `dict_keys.isdisjoint` and friends use the same code with the view as an iterable.
pub fn keys_isdisjoint(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let keys = vm.set_from_iter(&args[0], false)?;
    let mut full = vec![keys];
    full.extend_from_slice(&args[1..]);
    isdisjoint(vm, &full, kw)
}

pub fn install(vm: &mut Vm) {
    let shared: &[(&'static str, NativeFn)] = &[
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
    ];
    let mutating: &[(&'static str, NativeFn)] = &[
        ("add", add),
        ("remove", remove),
        ("discard", discard),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
    ];
    let reg = |t: &Rc<crate::types::PyType>,
               owner: &'static str,
               methods: &[(&'static str, NativeFn)]| {
        for (name, func) in methods {
            let f = BuiltinFunction {
                name,
                func: *func,
                bound: None,
                owner: Some(owner),
            };
            t.dict.set_str(name, Value::Builtin(Rc::new(f)));
        }
    };
    reg(&vm.types.set, "set", shared);
    reg(&vm.types.set, "set", mutating);
    reg(&vm.types.frozenset, "frozenset", shared);
}
