//! The generic operators: binary and unary arithmetic, comparisons, truth, equality and hashing,
//! for every builtin type, with the data-model dunders of Python classes as the fallback.

use crate::dict::{needs_py_eq, same_hash_keys, DictKey, PyDict};
use crate::exceptions::PyResult;
use crate::int::{self, as_i64, is_int, to_bigint};
use crate::interp::compare_operator;
use crate::value::PySet;
use crate::value::Value;
use crate::Vm;
use ferropy_bytecode::{BinaryOperator as B, CompareOperator as C, UnaryOperator};
use num_traits::{Signed, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

impl Vm {
    /// `a op b` for a `BinaryOp` operand (in-place forms try `__iop__` first on objects).
    pub fn binary_op(&mut self, op: u8, a: &Value, b: &Value) -> PyResult<Value> {
        let (bop, inplace) = B::decode(u32::from(op)).unwrap_or((B::Add, false));
        if inplace {
            if let Value::List(l) = a {
                if bop == B::Add {
                    let items = self.collect(b)?;
                    l.borrow_mut().extend(items);
                    return Ok(a.clone());
                }
                if bop == B::Mul && is_int(b) {
                    let count = self.repeat_count(b)?;
                    let items = l.borrow().clone();
                    self.check_size(items.len(), count)?;
                    let repeated = self.repeat_items(&items, count)?;
                    *l.borrow_mut() = repeated;
                    return Ok(a.clone());
                }
            }
            if let Some(r) = self.inplace_container(bop, a, b)? {
                return Ok(r);
            }
            if let Value::Instance(_) = a {
                if let Some(m) = self.lookup_special(a, bop.dunders().2) {
                    let r = self.call_method_value(&m, a, &[b.clone()], &[])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
        }
        if let Some(r) = self.builtin_binary(bop, a, b)? {
            return Ok(r);
        }
        let (name, rname, _) = bop.dunders();
        let mut ask_b = true;
        if matches!(b, Value::Instance(_)) && self.reflected_first(a, b, rname) {
            // The right operand's class is a subclass that overrides the reflected method:
            // it goes first (and is not asked again).
            ask_b = false;
            if let Some(m) = self.lookup_special(b, rname) {
                let r = self.call_method_value(&m, b, &[a.clone()], &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if matches!(a, Value::Instance(_)) {
            if let Some(m) = self.lookup_special(a, name) {
                let r = self.call_method_value(&m, a, &[b.clone()], &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        self.reflected_or_error(bop, inplace, a, b, ask_b)
    }

    /// The rest of `binary_op` once the left operand's method is missing or returned
    /// `NotImplemented`: the right operand's reflected method, then the `TypeError`.
    pub(crate) fn binary_reflected(
        &mut self,
        bop: B,
        inplace: bool,
        a: &Value,
        b: &Value,
    ) -> PyResult<Value> {
        self.reflected_or_error(bop, inplace, a, b, true)
    }

    /// `binary_reflected`, skipping the right operand's method when it was already asked.
    fn reflected_or_error(
        &mut self,
        bop: B,
        inplace: bool,
        a: &Value,
        b: &Value,
        ask_b: bool,
    ) -> PyResult<Value> {
        let (_, rname, _) = bop.dunders();
        // As CPython: the right operand's reflected method only when its type differs.
        if ask_b
            && matches!(b, Value::Instance(_))
            && !Rc::ptr_eq(&self.type_of(a), &self.type_of(b))
        {
            if let Some(m) = self.lookup_special(b, rname) {
                let r = self.call_method_value(&m, b, &[a.clone()], &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if bop == B::Or && is_union_arm(a) && is_union_arm(b) {
            // `int | str`: a `types.UnionType`, built by ferropy's `types` module.
            let types = self.import_dotted("types")?;
            let f = self.get_attr_str(&types, "_ferropy_union")?;
            return self.call(&f, &[a.clone(), b.clone()], &[]);
        }
        if bop == B::Mul {
            if let Some(r) = self.repeat_via_index(a, b)? {
                return Ok(r);
            }
        }
        if bop == B::Add {
            let kind = match a {
                Value::Str(_) => Some("str"),
                Value::List(_) if !inplace => Some("list"),
                Value::Tuple(_) => Some("tuple"),
                _ => None,
            };
            if let Some(kind) = kind {
                return Err(self.type_error(format!(
                    "can only concatenate {kind} (not \"{}\") to {kind}",
                    self.type_name(b)
                )));
            }
        }
        let sym = if inplace {
            format!("{}=", bop.symbol())
        } else {
            bop.symbol().to_string()
        };
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if bop == B::Pow && !inplace {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"
            )));
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        )))
    }

    /// `seq * n` (or `n * seq`) where `n` is an object with `__index__`.
    fn repeat_via_index(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let is_seq = |v: &Value| {
            matches!(
                v,
                Value::Str(_)
                    | Value::List(_)
                    | Value::Tuple(_)
                    | Value::Bytes(_)
                    | Value::ByteArray(_)
            )
        };
        let (seq, n) = match (a, b) {
            (s, n @ Value::Instance(_)) if is_seq(s) => (s, n),
            (n @ Value::Instance(_), s) if is_seq(s) => (s, n),
            _ => return Ok(None),
        };
        if self.lookup_special(n, "__index__").is_none() {
            return Ok(None);
        }
        let count = Value::from_bigint(self.index_bigint(n)?);
        self.builtin_binary(B::Mul, seq, &count)
    }

    /// Whether `b` is an instance whose class is a proper subclass of `a`'s class.
    fn is_proper_subclass_of(&mut self, b: &Value, a: &Value) -> bool {
        if !matches!(b, Value::Instance(_)) {
            return false;
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta)
    }

    /// Whether `b`'s reflected method goes before `a`'s forward one: `type(b)` is a proper
    /// subclass of `type(a)` with its own `rname`.
    fn reflected_first(&mut self, a: &Value, b: &Value, rname: &str) -> bool {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if Rc::ptr_eq(&ta, &tb) || !tb.is_subtype(&ta) {
            return false;
        }
        match (tb.lookup(rname), ta.lookup(rname)) {
            (Some(mb), Some(ma)) => !mb.is(&ma),
            (Some(_), None) => true,
            _ => false,
        }
    }

    /// `set |= other` and friends, and `dict |= other`: these update the left operand in place.
    fn inplace_container(&mut self, op: B, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        match (a, b) {
            (Value::Set(s), Value::Set(_) | Value::FrozenSet(_))
                if matches!(op, B::Or | B::And | B::Sub | B::Xor) =>
            {
                self.set_inplace(op, s, b)?;
                Ok(Some(a.clone()))
            }
            (Value::ByteArray(x), _) if op == B::Add => {
                let Some(y) = crate::bytes_methods::bytes_like(b) else {
                    return Err(
                        self.type_error(format!("can't concat {} to bytearray", self.type_name(b)))
                    );
                };
                x.borrow_mut().extend(y);
                Ok(Some(a.clone()))
            }
            (Value::ByteArray(x), n) if op == B::Mul && is_int(n) => {
                let count = self.repeat_count(n)?;
                let data = x.borrow().clone();
                self.check_size(data.len(), count)?;
                *x.borrow_mut() = self.repeat_bytes(&data, count)?;
                Ok(Some(a.clone()))
            }
            (Value::Dict(d), _) if op == B::Or => {
                if !matches!(b, Value::Dict(_)) && self.lookup_special(b, "keys").is_none() {
                    let collected = self.collect(b);
                    if collected.is_err() {
                        return Err(self.type_error(format!(
                            "'{}' object is not iterable",
                            self.type_name(b)
                        )));
                    }
                }
                let _ = d;
                self.dict_update(a, b)?;
                Ok(Some(a.clone()))
            }
            _ => Ok(None),
        }
    }

    /// Binary operators between builtin values; `None` when the types have no such operator.
    pub(crate) fn builtin_binary(
        &mut self,
        op: B,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        use Value::*;
        if let (Bool(x), Bool(y)) = (a, b) {
            match op {
                B::And => return Ok(Some(Bool(x & y))),
                B::Or => return Ok(Some(Bool(x | y))),
                B::Xor => return Ok(Some(Bool(x ^ y))),
                _ => {}
            }
        }
        if is_int(a) && is_int(b) {
            return int::int_binary(self, op, a, b).map(Some);
        }
        if matches!(a, Iterator(_)) || matches!(b, Iterator(_)) {
            if let Some(r) = self.view_operator(op, a, b)? {
                return Ok(Some(r));
            }
        }
        if matches!(a, Complex(_)) || matches!(b, Complex(_)) {
            if let Some(r) = crate::complex::complex_binary(self, op, a, b)? {
                return Ok(Some(r));
            }
        }
        if let (Some(x), Some(y)) = (self.as_float_operand(a)?, self.as_float_operand(b)?) {
            if matches!(a, Float(_)) || matches!(b, Float(_)) {
                if matches!(
                    op,
                    B::LShift | B::RShift | B::And | B::Or | B::Xor | B::MatMul
                ) {
                    // No float form: the error names both operands' own types.
                    let (ta, tb) = (self.type_name(a), self.type_name(b));
                    return Err(int::unsupported(self, op, &ta, &tb));
                }
                return float_binary(self, op, x, y).map(Some);
            }
        }
        let r = match (op, a, b) {
            (B::Add, Str(_), other) if !matches!(other, Str(_) | Instance(_)) => {
                return Err(self.type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    self.type_name(other)
                )))
            }
            (B::Add, List(_), other) if !matches!(other, List(_) | Instance(_)) => {
                return Err(self.type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    self.type_name(other)
                )))
            }
            (B::Add, Tuple(_), other) if !matches!(other, Tuple(_) | Instance(_)) => {
                return Err(self.type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    self.type_name(other)
                )))
            }
            (B::Mul, Str(_) | List(_) | Tuple(_) | Bytes(_), n)
            | (B::Mul, n, Str(_) | List(_) | Tuple(_) | Bytes(_))
                if !is_int(n) && !matches!(n, Instance(_)) =>
            {
                return Err(self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(n)
                )))
            }
            (B::Add, Str(x), Str(y)) => {
                let mut s = String::with_capacity(x.s.len() + y.s.len());
                s.push_str(&x.s);
                s.push_str(&y.s);
                Value::str(s)
            }
            (B::Mul, Str(s), n) | (B::Mul, n, Str(s)) if is_int(n) => {
                let count = self.repeat_count(n)?;
                self.check_size(s.s.len(), count)?;
                Value::str(self.repeat_str(&s.s, count)?)
            }
            (B::Mod, Str(s), args) => Value::str(crate::format::percent(self, s.as_str(), args)?),
            (B::Add, List(x), List(y)) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Value::list(v)
            }
            (B::Mul, List(l), n) | (B::Mul, n, List(l)) if is_int(n) => {
                let count = self.repeat_count(n)?;
                let items = l.borrow().clone();
                self.check_size(items.len(), count)?;
                Value::list(self.repeat_items(&items, count)?)
            }
            (B::Add, Tuple(x), Tuple(y)) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Value::tuple(v)
            }
            (B::Mul, Tuple(t), n) | (B::Mul, n, Tuple(t)) if is_int(n) => {
                let count = self.repeat_count(n)?;
                self.check_size(t.len(), count)?;
                Value::tuple(self.repeat_items(t, count)?)
            }
            (B::Add, Bytes(_) | ByteArray(_), other) if !matches!(other, Instance(_)) => {
                let Some(y) = crate::bytes_methods::bytes_like(other) else {
                    return Err(self.type_error(format!(
                        "can't concat {} to {}",
                        self.type_name(other),
                        self.type_name(a)
                    )));
                };
                let mut v = crate::bytes_methods::bytes_like(a).unwrap_or_default();
                v.extend_from_slice(&y);
                match a {
                    ByteArray(_) => ByteArray(Rc::new(std::cell::RefCell::new(v))),
                    _ => Value::Bytes(Rc::new(v)),
                }
            }
            (B::Mul, Bytes(_) | ByteArray(_), n) | (B::Mul, n, Bytes(_) | ByteArray(_))
                if is_int(n) =>
            {
                let seq = if is_int(a) { b } else { a };
                let data = crate::bytes_methods::bytes_like(seq).unwrap_or_default();
                let count = self.repeat_count(n)?;
                self.check_size(data.len(), count)?;
                let v = self.repeat_bytes(&data, count)?;
                match seq {
                    ByteArray(_) => ByteArray(Rc::new(std::cell::RefCell::new(v))),
                    _ => Value::Bytes(Rc::new(v)),
                }
            }
            (B::Mod, Bytes(_) | ByteArray(_), args) => crate::format::bytes_percent(self, a, args)?,
            (B::Or | B::And | B::Sub | B::Xor, Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => {
                self.set_operator(op, a, b)?
            }
            (B::Or, Dict(x), Dict(y)) => {
                let d = Rc::new(x.copy());
                for (k, v) in y.items() {
                    self.dict_set(&d, k, v)?;
                }
                Dict(d)
            }
            _ => return Ok(Option::None),
        };
        Ok(Some(r))
    }

    /// A float operand: a float, or an int/bool converted exactly enough.
    fn as_float_operand(&self, v: &Value) -> PyResult<Option<f64>> {
        Ok(match v {
            Value::Float(f) => Some(*f),
            Value::Int(i) => Some(*i as f64),
            Value::Bool(b) => Some(f64::from(u8::from(*b))),
            Value::BigInt(b) => Some(int::big_to_f64(self, b)?),
            _ => None,
        })
    }

    fn repeat_count(&self, n: &Value) -> PyResult<usize> {
        match n {
            Value::BigInt(b) if b.is_positive() => {
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            _ => Ok(as_i64(n).unwrap_or(0).max(0) as usize),
        }
    }

    fn check_size(&self, len: usize, count: usize) -> PyResult<()> {
        if len.checked_mul(count).is_none_or(|n| n > 1 << 34) {
            return Err(self.err("MemoryError", ""));
        }
        Ok(())
    }

    pub fn unary_op(&mut self, op: u8, v: &Value) -> PyResult<Value> {
        let op = UnaryOperator::decode(u32::from(op)).unwrap_or(UnaryOperator::Not);
        if op == UnaryOperator::Not {
            return Ok(Value::Bool(!self.truthy(v)?));
        }
        let r = match (op, v) {
            (UnaryOperator::Neg, Value::Int(i)) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-num_bigint::BigInt::from(*i)),
            },
            (UnaryOperator::Neg, Value::BigInt(b)) => Value::from_bigint(-(**b).clone()),
            (UnaryOperator::Neg, Value::Bool(b)) => Value::Int(-i64::from(*b)),
            (UnaryOperator::Neg, Value::Float(f)) => Value::Float(-f),
            (UnaryOperator::Neg, Value::Complex(c)) => Value::Complex(Rc::new((-c.0, -c.1))),
            (UnaryOperator::Pos, Value::Complex(_)) => v.clone(),
            (UnaryOperator::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => v.clone(),
            (UnaryOperator::Pos, Value::Bool(b)) => Value::Int(i64::from(*b)),
            (UnaryOperator::Invert, Value::Int(i)) => Value::Int(!i),
            (UnaryOperator::Invert, Value::Bool(b)) => Value::Int(!i64::from(*b)),
            (UnaryOperator::Invert, Value::BigInt(b)) => Value::from_bigint(-(**b).clone() - 1),
            (_, Value::Instance(_)) => {
                let name = match op {
                    UnaryOperator::Neg => "__neg__",
                    UnaryOperator::Pos => "__pos__",
                    _ => "__invert__",
                };
                if let Some(m) = self.lookup_special(v, name) {
                    return self.call_method_value(&m, v, &[], &[]);
                }
                return Err(self.bad_unary(op, v));
            }
            _ => return Err(self.bad_unary(op, v)),
        };
        Ok(r)
    }

    fn bad_unary(&self, op: UnaryOperator, v: &Value) -> crate::exceptions::PyErr {
        self.type_error(format!(
            "bad operand type for unary {}: '{}'",
            op.symbol(),
            self.type_name(v)
        ))
    }

    /// Truth value testing.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Undef => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.items.borrow().is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Complex(c) => c.0 != 0.0 || c.1 != 0.0,
            Value::Instance(_) => {
                if let Some(m) = self.lookup_special(v, "__bool__") {
                    let r = self.call_method_value(&m, v, &[], &[])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&r)
                        ))),
                    };
                }
                if self.lookup_special(v, "__len__").is_some() {
                    return Ok(self.len(v)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    /// A `Compare` operand applied to two values.
    pub fn compare(&mut self, op: u8, a: &Value, b: &Value) -> PyResult<Value> {
        let op = compare_operator(op);
        let r = match op {
            C::Is => a.is(b),
            C::IsNot => !a.is(b),
            C::In => self.contains(b, a)?,
            C::NotIn => !self.contains(b, a)?,
            C::Eq => return self.rich_eq(a, b, false),
            C::Ne => return self.rich_eq(a, b, true),
            _ => return self.rich_order(op, a, b),
        };
        Ok(Value::Bool(r))
    }

    /// `==` (or `!=`), honouring `__eq__`/`__ne__` on objects.
    fn rich_eq(&mut self, a: &Value, b: &Value, negate: bool) -> PyResult<Value> {
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            let name = if negate { "__ne__" } else { "__eq__" };
            // A right operand of a proper subclass is asked first.
            let order = if self.is_proper_subclass_of(b, a) {
                [(b, a), (a, b)]
            } else {
                [(a, b), (b, a)]
            };
            for (x, y) in order {
                if let Some(m) = self.lookup_special(x, name) {
                    let r = self.call_method_value(&m, x, &[y.clone()], &[])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            if negate {
                // Default __ne__ inverts __eq__.
                if let Some(m) = self.lookup_special(a, "__eq__") {
                    let r = self.call_method_value(&m, a, &[b.clone()], &[])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(Value::Bool(!self.truthy(&r)?));
                    }
                }
            }
            return Ok(Value::Bool(a.is(b) != negate));
        }
        Ok(Value::Bool(self.eq(a, b)? != negate))
    }

    /// Python equality as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        use Value::*;
        if a.is(b) && !matches!(a, Float(_) | Complex(_)) {
            return Ok(true);
        }
        Ok(match (a, b) {
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
                to_bigint(a) == to_bigint(b)
            }
            (Float(x), Float(y)) => x == y,
            (Float(x), o) | (o, Float(x)) if is_int(o) => {
                int_float_cmp(o, *x) == Some(Ordering::Equal)
            }
            (Str(x), Str(y)) => x.s == y.s,
            (Bytes(_) | ByteArray(_), Bytes(_) | ByteArray(_)) => {
                crate::bytes_methods::bytes_like(a) == crate::bytes_methods::bytes_like(b)
            }
            (List(x), List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.seq_eq(&x, &y)?
            }
            (Tuple(x), Tuple(y)) => self.seq_eq(x, y)?,
            (Dict(x), Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                // Values compare recursively: one level, as CPython's `Py_EnterRecursiveCall`.
                self.recursing(" in comparison", |vm| {
                    for (k, v) in x.items() {
                        let key = vm.dict_key(y, &k)?;
                        match y.get(&key) {
                            Some(w) if vm.eq(&v, &w)? => {}
                            _ => return Ok(false),
                        }
                    }
                    Ok(true)
                })?
            }
            (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => self.set_eq(x, y)?,
            (Slice(x), Slice(y)) => {
                // Slices compare as (start, stop, step) tuples.
                let tx = [x.start.clone(), x.stop.clone(), x.step.clone()];
                let ty = [y.start.clone(), y.stop.clone(), y.step.clone()];
                self.seq_eq(&tx, &ty)?
            }
            (Range(x), Range(y)) => crate::range_obj::eq(x, y),
            (Iterator(_), _) | (_, Iterator(_))
                if crate::views::is_set_like_view(a) || crate::views::is_set_like_view(b) =>
            {
                matches!(self.view_compare(C::Eq, a, b)?, Some(Bool(true)))
            }
            (Complex(x), Complex(y)) => x == y,
            (Complex(c), o) | (o, Complex(c)) if self.is_number(o) => {
                c.1 == 0.0 && self.eq(&Value::Float(c.0), o)?
            }
            (BoundMethod(x), BoundMethod(y)) => x.func.is(&y.func) && x.receiver.is(&y.receiver),
            (Builtin(x), Builtin(y)) => {
                std::ptr::fn_addr_eq(x.func, y.func)
                    && x.name == y.name
                    && match (&x.bound, &y.bound) {
                        (Some(p), Some(q)) => p.is(q),
                        (Option::None, Option::None) => true,
                        _ => false,
                    }
            }
            (Instance(_), _) | (_, Instance(_)) => {
                let r = self.rich_eq(a, b, false)?;
                self.truthy(&r)?
            }
            _ => a.is(b),
        })
    }

    fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        if self.depth + 1 >= self.recursion_limit || self.stack_exhausted() {
            return Err(self.err(
                "RecursionError",
                "maximum recursion depth exceeded in comparison",
            ));
        }
        self.depth += 1;
        let r = self.seq_eq_items(x, y);
        self.depth -= 1;
        r
    }

    fn seq_eq_items(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        for (p, q) in x.iter().zip(y) {
            if !(p.is(q) || self.eq(p, q)?) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `<`, `<=`, `>`, `>=`.
    fn rich_order(&mut self, op: C, a: &Value, b: &Value) -> PyResult<Value> {
        if matches!(a, Value::Iterator(_)) || matches!(b, Value::Iterator(_)) {
            if let Some(r) = self.view_compare(op, a, b)? {
                return Ok(r);
            }
        }
        if let Some(ord) = self.builtin_order(a, b)? {
            let r = match op {
                C::Lt => ord == Ordering::Less,
                C::Le => ord != Ordering::Greater,
                C::Gt => ord == Ordering::Greater,
                _ => ord != Ordering::Less,
            };
            return Ok(Value::Bool(r));
        }
        if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
            if self.is_number(a) && self.is_number(b) {
                return Ok(Value::Bool(false)); // NaN compares false
            }
        }
        if let (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) = (a, b) {
            return self.set_compare(op, a, b);
        }
        if let (Value::Slice(x), Value::Slice(y)) = (a, b) {
            // Slices order as (start, stop, step) tuples.
            let tx = Value::tuple(vec![x.start.clone(), x.stop.clone(), x.step.clone()]);
            let ty = Value::tuple(vec![y.start.clone(), y.stop.clone(), y.step.clone()]);
            return self.rich_order(op, &tx, &ty);
        }
        let (name, reflected) = match op {
            C::Lt => ("__lt__", "__gt__"),
            C::Le => ("__le__", "__ge__"),
            C::Gt => ("__gt__", "__lt__"),
            _ => ("__ge__", "__le__"),
        };
        let tries = if self.is_proper_subclass_of(b, a) {
            [(b, reflected, a), (a, name, b)]
        } else {
            [(a, name, b), (b, reflected, a)]
        };
        for (x, method, y) in tries {
            if let Some(m) = self.lookup_special(x, method) {
                let r = self.call_method_value(&m, x, &[y.clone()], &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        Err(self.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        )))
    }

    fn is_number(&self, v: &Value) -> bool {
        matches!(
            v,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
        )
    }

    /// The ordering of two builtin values of comparable types; `None` when not comparable
    /// (or unordered, for NaN).
    pub fn builtin_order(&mut self, a: &Value, b: &Value) -> PyResult<Option<Ordering>> {
        use Value::*;
        Ok(match (a, b) {
            (Int(x), Int(y)) => Some(x.cmp(y)),
            (Float(x), Float(y)) => x.partial_cmp(y),
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
                Some(to_bigint(a).cmp(&to_bigint(b)))
            }
            (Float(x), o) if is_int(o) => int_float_cmp(o, *x).map(Ordering::reverse),
            (o, Float(x)) if is_int(o) => int_float_cmp(o, *x),
            (Str(x), Str(y)) => Some(x.s.cmp(&y.s)),
            (Bytes(_) | ByteArray(_), Bytes(_) | ByteArray(_)) => {
                Some(crate::bytes_methods::bytes_like(a).cmp(&crate::bytes_methods::bytes_like(b)))
            }
            (List(x), List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.recursing(" in comparison", |vm| vm.seq_order(&x, &y))?
            }
            (Tuple(x), Tuple(y)) => self.recursing(" in comparison", |vm| vm.seq_order(x, y))?,
            _ => Option::None,
        })
    }

    /// Lexicographic order: the first unequal pair decides.
    fn seq_order(&mut self, x: &[Value], y: &[Value]) -> PyResult<Option<Ordering>> {
        for (p, q) in x.iter().zip(y) {
            if p.is(q) || self.eq(p, q)? {
                continue;
            }
            if let Some(o) = self.builtin_order(p, q)? {
                return Ok(Some(o));
            }
            let lt = self.compare(C::Lt as u8, p, q)?;
            return Ok(Some(if self.truthy(&lt)? {
                Ordering::Less
            } else {
                Ordering::Greater
            }));
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// `a < b` as a bool, for sorting and min/max.
    pub fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(lt) = less_than_plain(a, b, 0) {
            return Ok(lt);
        }
        let r = self.compare(C::Lt as u8, a, b)?;
        self.truthy(&r)
    }

    /// `a > b` as a bool, for max() (CPython asks the new item's `__gt__` first).
    pub fn greater_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(lt) = less_than_plain(b, a, 0) {
            return Ok(lt);
        }
        let r = self.compare(C::Gt as u8, a, b)?;
        self.truthy(&r)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.s.contains(sub.as_str())),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::Iterator(_) if crate::views::view_of(container).is_some() => {
                let (d, part) = crate::views::view_of(container).expect("a view");
                self.view_contains(&d, part, item)
            }
            Value::Bytes(_) | Value::ByteArray(_) => {
                let hay = crate::bytes_methods::bytes_like(container).unwrap_or_default();
                if let Some(needle) = crate::bytes_methods::bytes_like(item) {
                    return Ok(needle.is_empty()
                        || hay.windows(needle.len()).any(|w| w == needle.as_slice()));
                }
                if crate::int::is_int(item) {
                    let b = crate::bytes_methods::byte_value(self, item)?;
                    return Ok(hay.contains(&b));
                }
                Err(self.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    self.type_name(item)
                )))
            }
            Value::Dict(d) => {
                let k = self.dict_key(d, item)?;
                Ok(d.contains(&k))
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let k = match (self.set_key(s, item), item) {
                    // A set is looked up as the frozenset with its items, as CPython does.
                    (Err(e), Value::Set(inner)) => {
                        let keys: crate::settable::SetTable =
                            inner.items.borrow().iter().cloned().collect();
                        let f = Value::FrozenSet(Rc::new(crate::value::PySet::new(keys)));
                        self.set_key(s, &f).map_err(|_| e)?
                    }
                    (k, _) => k?,
                };
                Ok(s.items.borrow().contains(&k))
            }
            Value::Range(r) => match self.range_contains(r, item) {
                Some(found) => Ok(found),
                None => self.contains_by_iteration(container, item),
            },
            Value::List(l) => {
                let items = l.borrow().clone();
                self.any_equal(&items, item)
            }
            Value::Tuple(t) => {
                let t = t.clone();
                self.any_equal(&t, item)
            }
            Value::Type(_) if self.meta_special(container, "__contains__").is_some() => {
                let m = self
                    .meta_special(container, "__contains__")
                    .unwrap_or_default();
                let r = self.call_method_value(&m, container, &[item.clone()], &[])?;
                self.truthy(&r)
            }
            Value::Instance(_) => {
                if let Some(m) = self.lookup_special(container, "__contains__") {
                    let r = self.call_method_value(&m, container, &[item.clone()], &[])?;
                    return self.truthy(&r);
                }
                self.contains_by_iteration(container, item)
            }
            _ => self.contains_by_iteration(container, item),
        }
    }

    fn any_equal(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        for v in items {
            if v.is(item) || self.eq(v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(_) => {
                return Err(self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(container)
                )))
            }
        };
        while let Some(v) = self.next(&it)? {
            if v.is(item) || self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Python's `hash()`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        use Value::*;
        Ok(match v {
            None => 0x5f5e100,
            Bool(b) => i64::from(*b),
            Int(i) => int::hash_int(*i),
            BigInt(b) => int::hash_bigint(b),
            Float(f) => crate::hashing::hash_float(*f),
            Complex(c) => crate::complex::hash_complex(**c),
            Str(s) => s.hash(),
            Bytes(b) => crate::hashing::hash_bytes(b),
            Tuple(items) => {
                // CPython hashes nested tuples without counting recursion; only the native
                // stack bounds it here.
                if self.stack_exhausted() {
                    return Err(self.err(
                        "RecursionError",
                        "maximum recursion depth exceeded while hashing a tuple",
                    ));
                }
                let mut hashes = Vec::with_capacity(items.len());
                for item in items.iter() {
                    hashes.push(self.hash(item)?);
                }
                crate::hashing::hash_tuple(hashes.into_iter())
            }
            Range(r) => crate::range_obj::hash(r),
            FrozenSet(s) => {
                let hashes: Vec<i64> = s.items.borrow().iter().map(|k| k.hash).collect();
                crate::hashing::hash_frozenset(hashes.into_iter())
            }
            List(_) | Dict(_) | Set(_) | ByteArray(_) | Slice(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            // Dict views are unhashable (their `__eq__` compares contents).
            Iterator(_) if crate::views::view_of(v).is_some() => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Instance(i) => {
                let class = i.class.borrow().clone();
                match class.lookup("__hash__") {
                    Some(Value::None) => {
                        return Err(
                            self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
                        );
                    }
                    Some(m) if !crate::classes::is_object_slot(&Some(m.clone())) => {
                        let r = self.call_method_value(&m, v, &[], &[])?;
                        match r {
                            Int(h) => h,
                            BigInt(b) => int::hash_bigint(&b),
                            _ => {
                                return Err(
                                    self.type_error("__hash__ method should return an integer")
                                )
                            }
                        }
                    }
                    _ => (v.heap_ptr().unwrap_or(0) >> 4) as i64,
                }
            }
            other => (other.heap_ptr().unwrap_or(0) >> 4) as i64,
        })
    }

    /// A dict or set key for a value (TypeError if unhashable).
    pub fn hash_key(&mut self, v: &Value) -> PyResult<DictKey> {
        if let Value::Str(s) = v {
            return Ok(DictKey {
                hash: s.hash(),
                key: v.clone(),
            });
        }
        let hash = self.hash(v)?;
        Ok(DictKey {
            hash,
            key: v.clone(),
        })
    }
}

impl Vm {
    /// The key under which `v` is found in or stored into a dict. Normally `v` with its hash;
    /// when `v`, or a key the dict holds, compares through a Python `__eq__`, the stored key
    /// that `==` matches, since the table itself compares such objects by identity.
    pub fn dict_key(&mut self, d: &PyDict, v: &Value) -> PyResult<DictKey> {
        let k = self.hash_key(v)?;
        if !d.py_eq_keys.get() && !needs_py_eq(v) {
            return Ok(k);
        }
        let candidates = same_hash_keys(|probe| d.map.borrow().get_index_of(probe), k.hash);
        self.match_candidates(k, candidates)
    }

    /// `dict_key` for sets.
    pub fn set_key(&mut self, s: &PySet, v: &Value) -> PyResult<DictKey> {
        let k = self.hash_key(v)?;
        if !s.py_eq_keys.get() && !needs_py_eq(v) {
            return Ok(k);
        }
        let candidates = s.items.borrow().same_hash(k.hash);
        self.match_candidates(k, candidates)
    }

    fn match_candidates(&mut self, k: DictKey, candidates: Vec<Value>) -> PyResult<DictKey> {
        for c in candidates {
            if c.is(&k.key) || self.eq(&c, &k.key)? {
                return Ok(DictKey {
                    hash: k.hash,
                    key: c,
                });
            }
        }
        Ok(k)
    }
}

/// Compares an int with a float exactly; `None` when the float is NaN.
fn int_float_cmp(i: &Value, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    match as_i64(i) {
        Some(x) if x.unsigned_abs() < (1 << 53) => (x as f64).partial_cmp(&f),
        _ => {
            let big = to_bigint(i)?;
            let fl = f.floor();
            // A finite float's integer part converts exactly, however large.
            let fb = <num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(fl)?;
            Some(match big.cmp(&fb) {
                Ordering::Equal if f > fl => Ordering::Less,
                o => o,
            })
        }
    }
}

/// Float arithmetic with Python's division semantics and errors.
fn float_binary(vm: &mut Vm, op: B, x: f64, y: f64) -> PyResult<Value> {
    let v = match op {
        B::Add => x + y,
        B::Sub => x - y,
        B::Mul => x * y,
        B::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        B::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        B::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        B::Pow => return float_pow(vm, x, y),
        _ => {
            let name = "float";
            return Err(int::unsupported(vm, op, name, name));
        }
    };
    Ok(Value::Float(v))
}

/// CPython's float divmod: the remainder has the divisor's sign.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

pub fn float_pow(vm: &Vm, x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // A complex result, as CPython gives.
        let r = (-x).powf(y);
        let angle = std::f64::consts::PI * y;
        return Ok(Value::Complex(Rc::new((r * angle.cos(), r * angle.sin()))));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

/// Truncating float to int conversion shared by `int()` and `round()`.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(bigint_from_f64(t)))
}

fn bigint_from_f64(f: f64) -> num_bigint::BigInt {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mut b = num_bigint::BigInt::from(mant);
    b = if exp >= 0 {
        b << exp as usize
    } else {
        b >> (-exp) as usize
    };
    if f < 0.0 {
        -b
    } else {
        b
    }
}

pub fn is_zero_int(v: &Value) -> bool {
    match v {
        Value::Int(i) => *i == 0,
        Value::BigInt(b) => b.is_zero(),
        Value::Bool(b) => !b,
        _ => false,
    }
}

/// `a < b` for the values `plain_order` orders; `None` for anything else, which takes the full
/// comparison.
fn less_than_plain(a: &Value, b: &Value, depth: u32) -> Option<bool> {
    plain_order(a, b, depth).map(std::cmp::Ordering::is_lt)
}

/// The order of ints, strs, non-NaN floats and tuples of them (to a small depth), where neither
/// side can run Python code; `None` for anything else. Sorting by keys such as `(-count, word)`
/// compares such tuples millions of times (`<` here, and `list.sort`'s fast path).
pub(crate) fn plain_order(a: &Value, b: &Value, depth: u32) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        // UTF-8 byte order is code point order, which is Python's order of strs.
        (Value::Str(x), Value::Str(y)) => Some(x.as_str().cmp(y.as_str())),
        (Value::Tuple(x), Value::Tuple(y)) if depth < 4 => {
            for (p, q) in x.iter().zip(y.iter()) {
                match plain_order(p, q, depth + 1)? {
                    std::cmp::Ordering::Equal => {}
                    other => return Some(other),
                }
            }
            Some(x.len().cmp(&y.len()))
        }
        _ => None,
    }
}

/// An operand of `X | Y` between classes: a class or None.
fn is_union_arm(v: &Value) -> bool {
    matches!(v, Value::Type(_) | Value::None)
}
