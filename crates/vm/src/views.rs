//! Dict views (`keys()`, `values()`, `items()`): the set operators and comparisons of keys and
//! items views, and membership, as CPython's `dictobject.c` defines them.

use crate::dict::PyDict;
use crate::exceptions::PyResult;
use crate::iter::{DictPart, IterState};
use crate::value::Value;
use crate::Vm;
use ferropy_bytecode::{BinaryOperator as B, CompareOperator as C};
use std::rc::Rc;

/// The dict and part of a view value.
pub fn view_of(v: &Value) -> Option<(Rc<PyDict>, DictPart)> {
    match v {
        Value::Iterator(it) => match &*it.borrow() {
            IterState::View { dict, part } => Some((dict.clone(), *part)),
            _ => None,
        },
        _ => None,
    }
}

/// A keys or items view: these behave as sets.
pub fn is_set_like_view(v: &Value) -> bool {
    view_of(v).is_some_and(|(_, p)| p != DictPart::Values)
}

impl Vm {
    /// `x in view`.
    pub(crate) fn view_contains(
        &mut self,
        d: &Rc<PyDict>,
        part: DictPart,
        item: &Value,
    ) -> PyResult<bool> {
        match part {
            DictPart::Keys => {
                let k = self.dict_key(d, item)?;
                Ok(d.contains(&k))
            }
            DictPart::Items => {
                let Value::Tuple(t) = item else {
                    return Ok(false);
                };
                if t.len() != 2 {
                    return Ok(false);
                }
                let k = self.dict_key(d, &t[0])?;
                match d.get(&k) {
                    Some(v) => Ok(v.is(&t[1]) || self.eq(&v, &t[1])?),
                    None => Ok(false),
                }
            }
            DictPart::Values => {
                for v in d.values() {
                    if v.is(item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// `&`, `|`, `-`, `^` with a keys or items view on either side: a set.
    pub(crate) fn view_operator(&mut self, op: B, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if !matches!(op, B::And | B::Or | B::Sub | B::Xor)
            || !(is_set_like_view(a) || is_set_like_view(b))
        {
            return Ok(None);
        }
        for v in [a, b] {
            if self.get_iter(v).is_err() {
                return Ok(None);
            }
        }
        // Like CPython's `dictviews_to_set`: a keys view starts from its dict (which sizes the
        // table up front), anything else is iterated.
        let left = match view_of(a) {
            Some((d, DictPart::Keys)) => Value::Dict(d),
            _ => a.clone(),
        };
        let result = self.set_from_iter(&left, false)?;
        let Some(r) = crate::sets::set_of(&result) else {
            return Ok(None);
        };
        let other = match crate::sets::set_of(b) {
            Some(_) => b.clone(),
            None => self.set_from_iter(b, false)?,
        };
        match op {
            B::And => {
                let inter = self.set_operator(B::And, &result, &other)?;
                return Ok(Some(inter));
            }
            _ => self.set_inplace(op, &r, &other)?,
        }
        Ok(Some(result))
    }

    /// Comparisons of keys/items views with sets or other such views; `None` when neither side
    /// is a set-like view or the other side is not set-like.
    pub(crate) fn view_compare(&mut self, op: C, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if !(is_set_like_view(a) || is_set_like_view(b)) {
            return Ok(None);
        }
        let set_like = |v: &Value| is_set_like_view(v) || crate::sets::set_of(v).is_some();
        if !set_like(a) || !set_like(b) {
            return Ok(match op {
                C::Eq => Some(Value::Bool(false)),
                C::Ne => Some(Value::Bool(true)),
                _ => None,
            });
        }
        let x = self.set_from_iter(a, false)?;
        let y = self.set_from_iter(b, false)?;
        let r = match op {
            C::Eq => Value::Bool(self.eq(&x, &y)?),
            C::Ne => Value::Bool(!self.eq(&x, &y)?),
            _ => self.set_compare(op, &x, &y)?,
        };
        Ok(Some(r))
    }
}
