//! `range` operations that work on both forms of `PyRange`: machine words (the fast form, which
//! the interpreter and the JIT iterate) and exact big integers, for ranges such as
//! `range(10**20, 10**20 + 5)` whose bounds or length do not fit in an `i64`.

use crate::exceptions::PyResult;
use crate::iter::IterState;
use crate::value::{BigRange, PyRange, PySlice, Value};
use crate::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// The number of items of `range(start, stop, step)` (`step` is not zero).
pub fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && start < stop {
        (stop - start - 1u8) / step + 1u8
    } else if step.is_negative() && start > stop {
        (start - stop - 1u8) / (-step) + 1u8
    } else {
        BigInt::zero()
    }
}

/// Start, stop and step as exact integers, whichever form the range has.
pub fn parts(r: &PyRange) -> (BigInt, BigInt, BigInt) {
    match &r.big {
        Some(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
        None => (r.start.into(), r.stop.into(), r.step.into()),
    }
}

/// The exact length of either form.
pub fn len_of(r: &PyRange) -> BigInt {
    match &r.big {
        Some(b) => big_len(&b.start, &b.stop, &b.step),
        None => r.len().into(),
    }
}

/// A range in the machine-word form when its bounds and length fit, else the exact form.
pub fn make(start: BigInt, stop: BigInt, step: BigInt) -> PyRange {
    let n = big_len(&start, &stop, &step);
    if let (Some(a), Some(b), Some(c), Some(_)) =
        (start.to_i64(), stop.to_i64(), step.to_i64(), n.to_i64())
    {
        return PyRange::small(a, b, c);
    }
    PyRange {
        start: 0,
        stop: 0,
        step: 1,
        big: Some(Box::new(BigRange { start, stop, step })),
    }
}

/// The position of `v` in the range, if it is one of its items.
pub fn position(r: &PyRange, v: &BigInt) -> Option<BigInt> {
    let (start, _, step) = parts(r);
    let (k, rem) = (v - &start).div_rem(&step);
    (rem.is_zero() && !k.is_negative() && k < len_of(r)).then_some(k)
}

/// Whether a view of a range as a Python int (`start`, `stop`, `step` attributes).
pub fn attr(r: &PyRange, name: &str) -> Option<Value> {
    let (start, stop, step) = parts(r);
    match name {
        "start" => Some(Value::from_bigint(start)),
        "stop" => Some(Value::from_bigint(stop)),
        "step" => Some(Value::from_bigint(step)),
        _ => None,
    }
}

pub fn repr(r: &PyRange) -> String {
    let (start, stop, step) = parts(r);
    if step.is_one() {
        format!("range({start}, {stop})")
    } else {
        format!("range({start}, {stop}, {step})")
    }
}

/// Ranges are equal when they hold the same items.
pub fn eq(x: &PyRange, y: &PyRange) -> bool {
    let (lx, ly) = (len_of(x), len_of(y));
    if lx != ly {
        return false;
    }
    let ((sx, _, tx), (sy, _, ty)) = (parts(x), parts(y));
    lx.is_zero() || (sx == sy && (lx.is_one() || tx == ty))
}

/// As CPython: the hash of (len, start, step), with the parts that do not matter for equality
/// left as None.
pub fn hash(r: &PyRange) -> i64 {
    let n = len_of(r);
    let (start, _, step) = parts(r);
    let none = 0x5f5e100;
    let h = crate::int::hash_bigint;
    let hs = if n.is_zero() { none } else { h(&start) };
    let ht = if n <= BigInt::one() { none } else { h(&step) };
    crate::hashing::hash_tuple([h(&n), hs, ht].into_iter())
}

/// The iterator state of a range, or of its reverse.
pub fn iter_state(r: &PyRange) -> IterState {
    match &r.big {
        None => IterState::Range {
            next: r.start,
            stop: r.stop,
            step: r.step,
        },
        Some(b) => IterState::BigRange {
            next: b.start.clone(),
            step: b.step.clone(),
            left: big_len(&b.start, &b.stop, &b.step),
        },
    }
}

/// `reversed(range)`: the range with the same items backwards, iterated lazily.
pub fn reversed(r: &PyRange) -> PyRange {
    let (start, _, step) = parts(r);
    let n = len_of(r);
    let last = &start + (&n - 1u8) * &step;
    make(last, &start - &step, -step)
}

impl Vm {
    /// `len(range)`: OverflowError when it does not fit in an index.
    pub fn range_len(&mut self, r: &PyRange) -> PyResult<usize> {
        match &r.big {
            None => Ok(r.len() as usize),
            Some(_) => len_of(r)
                .to_i64()
                .map(|n| n as usize)
                .ok_or_else(|| self.overflow_error("Python int too large to convert to C ssize_t")),
        }
    }

    /// `range[i]`.
    pub fn range_item(&mut self, r: &PyRange, key: &Value) -> PyResult<Value> {
        if let (None, Value::Int(i)) = (&r.big, key) {
            let n = r.len();
            let i = if *i < 0 { *i + n } else { *i };
            if (0..n).contains(&i) {
                return Ok(Value::Int(r.get(i)));
            }
            return Err(self.index_error("range object index out of range"));
        }
        let i = match key {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Instance(_) => self
                .index_bigint(key)
                .map_err(|_| self.range_key_error(key))?,
            _ => return Err(self.range_key_error(key)),
        };
        let n = len_of(r);
        let i = if i.is_negative() { i + &n } else { i };
        if i.is_negative() || i >= n {
            return Err(self.index_error("range object index out of range"));
        }
        let (start, _, step) = parts(r);
        Ok(Value::from_bigint(start + i * step))
    }

    fn range_key_error(&self, key: &Value) -> crate::exceptions::PyErr {
        self.type_error(format!(
            "range indices must be integers or slices, not {}",
            self.type_name(key)
        ))
    }

    /// `range[a:b:c]`: another range.
    pub fn range_slice(&mut self, r: &PyRange, s: &PySlice) -> PyResult<Value> {
        let (i0, i1, k) = self.slice_indices_big(s, &len_of(r))?;
        let (start, _, step) = parts(r);
        let sub = make(&start + i0 * &step, &start + i1 * &step, step * k);
        Ok(Value::Range(Rc::new(sub)))
    }

    /// `x in range` for an int `x` (None: not an int, so compare item by item).
    pub fn range_contains(&self, r: &PyRange, item: &Value) -> Option<bool> {
        if !matches!(item, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
            return None;
        }
        let v = crate::int::to_bigint(item)?;
        Some(position(r, &v).is_some())
    }

    /// `slice.indices(len)` with exact integers, as CPython's `_PySlice_GetLongIndices`.
    pub fn slice_indices_big(
        &mut self,
        s: &PySlice,
        len: &BigInt,
    ) -> PyResult<(BigInt, BigInt, BigInt)> {
        let step = match &s.step {
            Value::None => BigInt::one(),
            v => self.slice_bound_big(v)?,
        };
        if step.is_zero() {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let back = step.is_negative();
        let (lower, upper) = if back {
            (BigInt::from(-1), len - 1u8)
        } else {
            (BigInt::zero(), len.clone())
        };
        let mut bound = |v: &Value, default: &BigInt| -> PyResult<BigInt> {
            if v.is_none() {
                return Ok(default.clone());
            }
            let x = self.slice_bound_big(v)?;
            Ok(if x.is_negative() {
                (x + len).max(lower.clone())
            } else {
                x.min(upper.clone())
            })
        };
        let start = bound(&s.start, if back { &upper } else { &lower })?;
        let stop = bound(&s.stop, if back { &lower } else { &upper })?;
        Ok((start, stop, step))
    }

    fn slice_bound_big(&mut self, v: &Value) -> PyResult<BigInt> {
        match v {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Instance(_) => {
                self.index_bigint(v).map_err(|_| {
                    self.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )
                })
            }
            _ => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }
}
