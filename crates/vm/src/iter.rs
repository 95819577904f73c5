//! Iteration: the builtin iterator states, `iter()`, `next()`, and dict views.

use crate::dict::PyDict;
use crate::exceptions::PyResult;
use crate::types::PyType;
use crate::value::{PyStr, Value};
use crate::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// Which part of a dict a view or dict iterator yields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

/// The state of a builtin iterator (or a dict view, which is iterable but not an iterator).
// `repr(C, u64)`: a defined layout (the variant's index as a word, then its fields in order),
// so that native code can step a `range` iterator itself (`jit_support::range_iter_layout`).
#[repr(C, u64)]
pub enum IterState {
    /// First, so its tag is 0 (`jit_support::RANGE_STATE_TAG`).
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// A range beyond machine words: the next item, the step, and how many items are left.
    BigRange {
        next: num_bigint::BigInt,
        step: num_bigint::BigInt,
        left: num_bigint::BigInt,
    },
    List {
        list: Rc<RefCell<Vec<Value>>>,
        index: usize,
    },
    Tuple {
        items: Rc<Vec<Value>>,
        index: usize,
    },
    Str {
        s: Rc<PyStr>,
        pos: usize,
    },
    Dict {
        dict: Rc<PyDict>,
        part: DictPart,
        index: usize,
        len: usize,
    },
    /// `reversed()` of a list: the next index, going down; a list shrunk below it ends it.
    ListRev {
        list: Rc<RefCell<Vec<Value>>>,
        index: usize,
    },
    /// `reversed()` of a dict or dict view: the next position from the end, and the size the
    /// dict must keep.
    DictRev {
        dict: Rc<PyDict>,
        part: DictPart,
        left: usize,
        len: usize,
    },
    Items {
        items: Vec<Value>,
        index: usize,
        kind: &'static str,
    },
    Enumerate {
        inner: Value,
        /// The next index: an int, exact beyond 64 bits as CPython's.
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// `obj[0], obj[1], ...` until IndexError (the old sequence protocol).
    Sequence {
        obj: Value,
        index: i64,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    View {
        dict: Rc<PyDict>,
        part: DictPart,
    },
    /// A set iterator: the next slot to look at, and the size the set must keep.
    Set {
        set: Rc<crate::value::PySet>,
        pos: usize,
        len: usize,
    },
    Done,
}

impl IterState {
    pub fn type_of(&self, vm: &Vm) -> Rc<PyType> {
        let t = &vm.types;
        match self {
            IterState::Range { .. } => t.range_iterator.clone(),
            IterState::BigRange { .. } => t.longrange_iterator.clone(),
            IterState::List { .. } => t.list_iterator.clone(),
            IterState::Tuple { .. } => t.tuple_iterator.clone(),
            IterState::Str { s, .. } if s.ascii => t.str_ascii_iterator.clone(),
            IterState::Str { .. } => t.str_iterator.clone(),
            IterState::Dict {
                part: DictPart::Keys,
                ..
            } => t.dict_keyiterator.clone(),
            IterState::Dict {
                part: DictPart::Values,
                ..
            } => t.dict_valueiterator.clone(),
            IterState::Dict {
                part: DictPart::Items,
                ..
            } => t.dict_itemiterator.clone(),
            IterState::Items { kind: "set", .. } | IterState::Set { .. } => t.set_iterator.clone(),
            IterState::Items {
                kind: "reversed", ..
            } => t.reversed.clone(),
            IterState::Items {
                kind: "list_reverseiterator",
                ..
            } => t.list_reverseiterator.clone(),
            IterState::Items {
                kind: "range_iterator",
                ..
            } => t.range_iterator.clone(),
            IterState::Items {
                kind: "dict_reversekeyiterator",
                ..
            } => t.dict_reversekeyiterator.clone(),
            IterState::Items {
                kind: "dict_reversevalueiterator",
                ..
            } => t.dict_reversevalueiterator.clone(),
            IterState::Items {
                kind: "dict_reverseitemiterator",
                ..
            } => t.dict_reverseitemiterator.clone(),
            IterState::ListRev { .. } => t.list_reverseiterator.clone(),
            IterState::DictRev { part, .. } => match part {
                DictPart::Keys => t.dict_reversekeyiterator.clone(),
                DictPart::Values => t.dict_reversevalueiterator.clone(),
                DictPart::Items => t.dict_reverseitemiterator.clone(),
            },
            IterState::Enumerate { .. } => t.enumerate.clone(),
            IterState::Zip { .. } => t.zip.clone(),
            IterState::Map { .. } => t.map.clone(),
            IterState::Filter { .. } => t.filter.clone(),
            IterState::Callable { .. } => t.callable_iterator.clone(),
            IterState::View {
                part: DictPart::Keys,
                ..
            } => t.dict_keys.clone(),
            IterState::View {
                part: DictPart::Values,
                ..
            } => t.dict_values.clone(),
            IterState::View {
                part: DictPart::Items,
                ..
            } => t.dict_items.clone(),
            _ => t.iterator.clone(),
        }
    }

    /// The length of a dict view.
    /// `__length_hint__`: how many items are left, for the iterators that know it.
    pub fn length_hint(&self) -> Option<Value> {
        let n = match self {
            IterState::Range { next, stop, step } => {
                crate::value::PyRange::small(*next, *stop, *step).len() as usize
            }
            IterState::BigRange { left, .. } => return Some(Value::from_bigint(left.clone())),
            IterState::List { list, index } => list.borrow().len().saturating_sub(*index),
            IterState::Tuple { items, index } => items.len().saturating_sub(*index),
            IterState::Items { items, index, .. } => items.len().saturating_sub(*index),
            IterState::ListRev { list, index } => {
                if *index <= list.borrow().len() {
                    *index
                } else {
                    0
                }
            }
            IterState::DictRev {
                dict, left, len, ..
            } => {
                if dict.len() != *len {
                    0
                } else {
                    *left
                }
            }
            IterState::Str { s, pos } => s.s[*pos..].chars().count(),
            IterState::Dict {
                dict, index, len, ..
            } => {
                if dict.len() != *len {
                    0
                } else {
                    len.saturating_sub(*index)
                }
            }
            IterState::Set { set, pos, len } => {
                let table = set.items.borrow();
                if table.len() != *len {
                    0
                } else {
                    let mut n = 0;
                    let mut at = *pos;
                    while let Some((slot, _)) = table.next_from(at) {
                        n += 1;
                        at = slot + 1;
                    }
                    n
                }
            }
            IterState::Done => 0,
            _ => return None,
        };
        Some(Value::Int(n as i64))
    }

    pub fn view_len(&self) -> Option<usize> {
        match self {
            IterState::View { dict, .. } => Some(dict.len()),
            _ => None,
        }
    }
}

pub fn new_iter(state: IterState) -> Value {
    Value::Iterator(Rc::new(RefCell::new(state)))
}

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::List(l) => IterState::List {
                list: l.clone(),
                index: 0,
            },
            Value::Tuple(t) => IterState::Tuple {
                items: t.clone(),
                index: 0,
            },
            Value::Range(r) => crate::range_obj::iter_state(r),
            Value::Str(s) => IterState::Str {
                s: s.clone(),
                pos: 0,
            },
            Value::Dict(d) => IterState::Dict {
                dict: d.clone(),
                part: DictPart::Keys,
                index: 0,
                len: d.len(),
            },
            Value::Set(s) | Value::FrozenSet(s) => {
                let len = s.items.borrow().len();
                IterState::Set {
                    set: s.clone(),
                    pos: 0,
                    len,
                }
            }
            Value::Bytes(b) => {
                let items = b.iter().map(|x| Value::Int(i64::from(*x))).collect();
                IterState::Items {
                    items,
                    index: 0,
                    kind: "bytes",
                }
            }
            Value::ByteArray(b) => {
                let items = b
                    .borrow()
                    .iter()
                    .map(|x| Value::Int(i64::from(*x)))
                    .collect();
                IterState::Items {
                    items,
                    index: 0,
                    kind: "bytearray",
                }
            }
            Value::Iterator(it) => {
                if let IterState::View { dict, part } = &*it.borrow() {
                    IterState::Dict {
                        dict: dict.clone(),
                        part: *part,
                        index: 0,
                        len: dict.len(),
                    }
                } else {
                    return Ok(v.clone());
                }
            }
            Value::Generator(_) => return Ok(v.clone()),
            Value::Type(_) if self.meta_special(v, "__iter__").is_some() => {
                let m = self.meta_special(v, "__iter__").unwrap_or_default();
                return self.call_method_value(&m, v, &[], &[]);
            }
            Value::Instance(_) => {
                if let Some(m) = self.lookup_special(v, "__iter__") {
                    if m.is_none() {
                        // `__iter__ = None` opts out of iteration and the `__getitem__` fallback.
                        return Err(self.not_supported(v, "is not iterable"));
                    }
                    let it = self.call_method_value(&m, v, &[], &[])?;
                    if !self.is_iterator(&it) {
                        return Err(self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        )));
                    }
                    return Ok(it);
                }
                if self.lookup_special(v, "__getitem__").is_some() {
                    IterState::Sequence {
                        obj: v.clone(),
                        index: 0,
                    }
                } else {
                    return Err(self.not_supported(v, "is not iterable"));
                }
            }
            _ => return Err(self.not_supported(v, "is not iterable")),
        };
        Ok(new_iter(state))
    }

    fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iterator(it) => !matches!(&*it.borrow(), IterState::View { .. }),
            Value::Generator(_) => true,
            other => self.lookup_special(other, "__next__").is_some(),
        }
    }

    /// `next(it)`, with exhaustion as `None`.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iterator(state) => self.advance(state),
            Value::Generator(g) => {
                let g = g.clone();
                match crate::generator::resume(self, &g, Value::None, None)? {
                    crate::generator::GenStep::Yielded(v) => Ok(Some(v)),
                    crate::generator::GenStep::Returned(_) => Ok(None),
                }
            }
            Value::Instance(_) => {
                let Some(m) = self.lookup_special(it, "__next__") else {
                    return Err(self.not_supported(it, "is not an iterator"));
                };
                match self.call_method_value(&m, it, &[], &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.matches(self, "StopIteration") => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => Err(self.not_supported(it, "is not an iterator")),
        }
    }

    /// For `yield from`: `Ok(item)` while the iterator yields, `Err(result)` when it is done.
    pub fn next_or_return(&mut self, it: &Value) -> PyResult<Result<Value, Value>> {
        if let Value::Generator(g) = it {
            let g = g.clone();
            return Ok(
                match crate::generator::resume(self, &g, Value::None, None)? {
                    crate::generator::GenStep::Yielded(v) => Ok(v),
                    crate::generator::GenStep::Returned(v) => Err(v),
                },
            );
        }
        if let Value::Instance(_) = it {
            // A user iterator's StopIteration carries the result (`yield from`, `await`).
            if let Some(m) = self.lookup_special(it, "__next__") {
                return match self.call_method_value(&m, it, &[], &[]) {
                    Ok(v) => Ok(Ok(v)),
                    Err(e) if e.matches(self, "StopIteration") => {
                        let v = self.get_attr_str(&e.value(), "value");
                        Ok(Err(v.unwrap_or(Value::None)))
                    }
                    Err(e) => Err(e),
                };
            }
        }
        Ok(self.next(it)?.ok_or(Value::None))
    }

    fn advance(&mut self, cell: &Rc<RefCell<IterState>>) -> PyResult<Option<Value>> {
        let mut state = cell.borrow_mut();
        let item = match &mut *state {
            IterState::Range { next, stop, step } => {
                let cur = *next;
                if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                    *next = cur.saturating_add(*step);
                    Some(Value::Int(cur))
                } else {
                    None
                }
            }
            IterState::BigRange { next, step, left } => {
                if num_traits::Signed::is_positive(left) {
                    *left -= 1u8;
                    let cur = next.clone();
                    *next += &*step;
                    Some(Value::from_bigint(cur))
                } else {
                    None
                }
            }
            IterState::List { list, index } => {
                let v = list.borrow().get(*index).cloned();
                *index += 1;
                v
            }
            IterState::Tuple { items, index } => {
                let v = items.get(*index).cloned();
                *index += 1;
                v
            }
            IterState::Items { items, index, .. } => {
                let v = items.get(*index).cloned();
                *index += 1;
                v
            }
            IterState::Str { s, pos } => {
                let c = s.s[*pos..].chars().next();
                c.map(|c| {
                    *pos += c.len_utf8();
                    Value::char(c)
                })
            }
            IterState::Dict {
                dict,
                part,
                index,
                len,
            } => {
                if dict.len() != *len {
                    *len = usize::MAX;
                    drop(state);
                    return Err(
                        self.err("RuntimeError", "dictionary changed size during iteration")
                    );
                }
                let map = dict.map.borrow();
                let entry = map.get_index(*index).map(|(k, v)| match part {
                    DictPart::Keys => k.key.clone(),
                    DictPart::Values => v.clone(),
                    DictPart::Items => Value::tuple(vec![k.key.clone(), v.clone()]),
                });
                *index += 1;
                entry
            }
            IterState::ListRev { list, index } => {
                // `index` counts the items still ahead (the next one is at index - 1).
                let v = match index.checked_sub(1) {
                    Some(i) => list.borrow().get(i).cloned(),
                    None => None,
                };
                *index = index.saturating_sub(1);
                v
            }
            IterState::DictRev {
                dict,
                part,
                left,
                len,
            } => {
                if dict.len() != *len {
                    *len = usize::MAX;
                    drop(state);
                    return Err(
                        self.err("RuntimeError", "dictionary changed size during iteration")
                    );
                }
                if *left == 0 {
                    None
                } else {
                    *left -= 1;
                    let map = dict.map.borrow();
                    map.get_index(*left).map(|(k, v)| match part {
                        DictPart::Keys => k.key.clone(),
                        DictPart::Values => v.clone(),
                        DictPart::Items => Value::tuple(vec![k.key.clone(), v.clone()]),
                    })
                }
            }
            IterState::Set { set, pos, len } => {
                if set.items.borrow().len() != *len {
                    *len = usize::MAX;
                    drop(state);
                    return Err(self.err("RuntimeError", "Set changed size during iteration"));
                }
                let table = set.items.borrow();
                let next = table.next_from(*pos).map(|(slot, k)| (slot, k.key.clone()));
                drop(table);
                next.map(|(slot, key)| {
                    *pos = slot + 1;
                    key
                })
            }
            IterState::Done => None,
            IterState::View { .. } => {
                drop(state);
                let v = Value::Iterator(cell.clone());
                return Err(self.not_supported(&v, "is not an iterator"));
            }
            _ => {
                // States that call back into Python: release the borrow first.
                let taken = std::mem::replace(&mut *state, IterState::Done);
                drop(state);
                let (result, back) = self.advance_calling(taken)?;
                *cell.borrow_mut() = back;
                return Ok(result);
            }
        };
        if item.is_none() {
            *state = IterState::Done;
        }
        Ok(item)
    }

    /// Advances iterators whose step runs Python code; returns the item and the new state.
    fn advance_calling(&mut self, state: IterState) -> PyResult<(Option<Value>, IterState)> {
        Ok(match state {
            IterState::Enumerate { inner, count } => match self.next(&inner)? {
                Some(v) => {
                    let next = match &count {
                        Value::Int(c) if *c < i64::MAX => Value::Int(c + 1),
                        other => {
                            let b = crate::int::to_bigint(other).unwrap_or_default();
                            Value::from_bigint(b + 1)
                        }
                    };
                    (
                        Some(Value::tuple(vec![count, v])),
                        IterState::Enumerate { inner, count: next },
                    )
                }
                None => (None, IterState::Done),
            },
            IterState::Zip { inners, strict } => {
                let mut items = Vec::with_capacity(inners.len());
                for (i, it) in inners.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => items.push(v),
                        None if strict && i > 0 => {
                            let msg = format!(
                                "zip() argument {} is shorter than argument{} 1{}",
                                i + 1,
                                if i > 1 { "s" } else { "" },
                                if i > 1 {
                                    format!("-{i}")
                                } else {
                                    String::new()
                                }
                            );
                            return Err(self.value_error(msg));
                        }
                        None if strict => {
                            // The first ran out: every other one must be exhausted too.
                            for (j, other) in inners.iter().enumerate().skip(1) {
                                if self.next(other)?.is_some() {
                                    let msg = format!(
                                        "zip() argument {} is longer than argument{} 1{}",
                                        j + 1,
                                        if j > 1 { "s" } else { "" },
                                        if j > 1 {
                                            format!("-{j}")
                                        } else {
                                            String::new()
                                        }
                                    );
                                    return Err(self.value_error(msg));
                                }
                            }
                            return Ok((None, IterState::Done));
                        }
                        None => return Ok((None, IterState::Done)),
                    }
                }
                if inners.is_empty() {
                    return Ok((None, IterState::Done));
                }
                (Some(Value::tuple(items)), IterState::Zip { inners, strict })
            }
            IterState::Map { func, inners } => {
                let mut args = Vec::with_capacity(inners.len());
                for it in &inners {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok((None, IterState::Done)),
                    }
                }
                let v = self.call(&func, &args, &[])?;
                (Some(v), IterState::Map { func, inners })
            }
            IterState::Filter { func, inner } => loop {
                let Some(v) = self.next(&inner)? else {
                    return Ok((None, IterState::Done));
                };
                let keep = if func.is_none() {
                    self.truthy(&v)?
                } else {
                    let r = self.call(&func, &[v.clone()], &[])?;
                    self.truthy(&r)?
                };
                if keep {
                    break (Some(v), IterState::Filter { func, inner });
                }
            },
            IterState::Sequence { obj, index } => match self.get_item(&obj, &Value::Int(index)) {
                Ok(v) => (
                    Some(v),
                    IterState::Sequence {
                        obj,
                        index: index + 1,
                    },
                ),
                Err(e) if e.matches(self, "IndexError") || e.matches(self, "StopIteration") => {
                    (None, IterState::Done)
                }
                Err(e) => return Err(e),
            },
            IterState::Callable { func, sentinel } => {
                let v = match self.call(&func, &[], &[]) {
                    // A StopIteration from the callable ends the iteration.
                    Err(e) if e.matches(self, "StopIteration") => {
                        return Ok((None, IterState::Done))
                    }
                    other => other?,
                };
                if self.eq(&v, &sentinel)? {
                    (None, IterState::Done)
                } else {
                    (Some(v), IterState::Callable { func, sentinel })
                }
            }
            other => (None, other),
        })
    }
}
