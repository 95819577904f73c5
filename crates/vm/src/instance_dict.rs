//! The attributes of an instance: in the common case a few values in the order of a key table
//! that all instances of the class share (a "split" dict, as CPython's), so that an instance
//! with two attributes costs one small allocation instead of a dict with its own hash table.
//!
//! The instance turns its attributes into a real `PyDict` of its own ("materializes") the first
//! time something needs one: `obj.__dict__`, `vars(obj)`, a deleted attribute, attributes added
//! in another order than the shared table's, or a class whose instances add too many names.
//! From then on every operation goes to that dict, so Python sees one dict with one identity.
//! What stays split behaves exactly as that dict would (insertion order included): the values
//! are those of the first `values.len()` keys of the shared table, in table order.

use crate::dict::PyDict;
use crate::value::{PyStr, Value};
use smallvec::SmallVec;
use std::cell::{Cell, Ref, RefCell};
use std::rc::Rc;

/// How many names a class's shared key table takes; an instance adding more gets a dict.
const MAX_SHARED_KEYS: usize = 30;

/// Values stored in the instance itself before a separate allocation is needed.
type Values = SmallVec<[Value; INLINE_VALUES]>;
/// Two: a third would make every instance a size class larger (see `PyInstance`).
const INLINE_VALUES: usize = 2;

/// The attribute names of a class's instances, in the order the first of them added them.
/// Append-only: an index, once given to a name, keeps it (caches rely on that).
#[derive(Default)]
pub struct SharedKeys {
    names: RefCell<Vec<Rc<PyStr>>>,
    /// Two bits per name, as `PyDict::may_hold`: proves most method names absent cheaply.
    bloom: Cell<u64>,
}

/// The `bloom` bits of a hash (as the dict's).
#[inline(always)]
fn key_bits(hash: i64) -> u64 {
    (1u64 << (hash & 63)) | (1u64 << ((hash >> 6) & 63))
}

impl SharedKeys {
    /// The index of `name` among the first `len` names.
    #[inline]
    fn find(&self, name: &str, hash: i64, len: usize) -> Option<usize> {
        let bits = key_bits(hash);
        if self.bloom.get() & bits != bits {
            return None;
        }
        let names = self.names.borrow();
        let names = &names[..len.min(names.len())];
        // Interned names share their text: a pointer comparison settles most of them.
        if let Some(i) = names.iter().position(|n| std::ptr::eq(n.as_str(), name)) {
            return Some(i);
        }
        names.iter().position(|n| n.as_str() == name)
    }

    /// The name at `index`, when the table has one.
    fn name_at(&self, index: usize) -> Option<Rc<PyStr>> {
        self.names.borrow().get(index).cloned()
    }

    fn len(&self) -> usize {
        self.names.borrow().len()
    }
}

enum Attrs {
    Split {
        keys: Rc<SharedKeys>,
        values: Values,
    },
    Dict(Rc<PyDict>),
}

/// Where a split instance keeps its parts (see `InstanceDict::probe`).
pub(crate) struct SplitProbe {
    pub keys_field: usize,
    pub keys: usize,
    pub values_field: usize,
    pub values_size: usize,
    pub items: usize,
    pub len: usize,
    pub capacity: usize,
    pub inline_capacity: usize,
}

/// An instance's attributes. See the module docs.
pub struct InstanceDict {
    attrs: RefCell<Attrs>,
}

/// What a split instance does with a store to a name.
enum Store {
    /// Replace the value at this index.
    Replace(usize),
    /// Append the value (the name is the table's next one, or was just added to it).
    Append,
    /// Keep the attributes in a dict from now on.
    Materialize,
}

impl InstanceDict {
    /// The attributes of a new instance of a class whose shared key table is `keys`.
    #[inline]
    pub fn split(keys: Rc<SharedKeys>) -> InstanceDict {
        // Room for every name the class's instances had so far, so that `__init__` does not
        // grow the values (inline up to `Values`' own capacity, without a call).
        let n = keys.len();
        let values = if n <= INLINE_VALUES {
            Values::new()
        } else {
            Values::with_capacity(n)
        };
        InstanceDict {
            attrs: RefCell::new(Attrs::Split { keys, values }),
        }
    }

    /// Attributes kept in `dict` from the start (instances of builtin types' own classes).
    pub fn with_dict(dict: Rc<PyDict>) -> InstanceDict {
        InstanceDict {
            attrs: RefCell::new(Attrs::Dict(dict)),
        }
    }

    /// The attributes as a dict of the instance's own, made now if they were split.
    pub fn as_dict(&self) -> Rc<PyDict> {
        if let Attrs::Dict(d) = &*self.attrs.borrow() {
            return d.clone();
        }
        let mut attrs = self.attrs.borrow_mut();
        let dict = Rc::new(PyDict::new());
        if let Attrs::Split { keys, values } = &mut *attrs {
            let names = keys.names.borrow();
            for (name, v) in names.iter().zip(values.drain(..)) {
                dict.set_name(name, v);
            }
        }
        *attrs = Attrs::Dict(dict.clone());
        dict
    }

    /// The dict, when the attributes are already kept in one.
    pub fn dict_if_made(&self) -> Option<Rc<PyDict>> {
        match &*self.attrs.borrow() {
            Attrs::Dict(d) => Some(d.clone()),
            Attrs::Split { .. } => None,
        }
    }

    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.get_str_hashed(key, crate::dict::str_hash(key))
    }

    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Split { keys, values } => {
                let i = keys.find(key, hash, values.len())?;
                Some(values.as_slice()[i].clone())
            }
            Attrs::Dict(d) => d.get_str_hashed(key, hash),
        }
    }

    #[inline]
    pub fn contains_str_hashed(&self, key: &str, hash: i64) -> bool {
        match &*self.attrs.borrow() {
            Attrs::Split { keys, values } => keys.find(key, hash, values.len()).is_some(),
            Attrs::Dict(d) => d.contains_str_hashed(key, hash),
        }
    }

    pub fn set_str(&self, key: &str, value: Value) {
        self.set_name(&Rc::new(PyStr::new(key.to_owned())), value);
    }

    /// Sets attribute `name` (a string object the table may keep as the key).
    pub fn set_name(&self, name: &Rc<PyStr>, value: Value) {
        let old = {
            let mut attrs = self.attrs.borrow_mut();
            let Attrs::Split { keys, values } = &mut *attrs else {
                drop(attrs);
                return self.dict_if_made().unwrap().set_name(name, value);
            };
            match store_plan(keys, values.len(), name) {
                Store::Replace(i) => Some(std::mem::replace(&mut values.as_mut_slice()[i], value)),
                Store::Append => {
                    values.push(value);
                    None
                }
                Store::Materialize => {
                    drop(attrs);
                    return self.as_dict().set_name(name, value);
                }
            }
        };
        // Dropped after the borrow ends: a destructor may look at this instance.
        drop(old);
    }

    pub fn remove_str(&self, key: &str) -> Option<Value> {
        if self.get_str(key).is_none() {
            return None;
        }
        // A split table cannot have holes: the instance gets its own dict.
        self.as_dict().remove_str(key)
    }

    pub fn len(&self) -> usize {
        match &*self.attrs.borrow() {
            Attrs::Split { values, .. } => values.len(),
            Attrs::Dict(d) => d.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The (key, value) pairs in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        match &*self.attrs.borrow() {
            Attrs::Split { keys, values } => {
                let names = keys.names.borrow();
                names
                    .iter()
                    .zip(values.iter())
                    .map(|(k, v)| (Value::Str(k.clone()), v.clone()))
                    .collect()
            }
            Attrs::Dict(d) => d.items(),
        }
    }

    /// For the cycle collector: the split values, or else the dict holding the attributes
    /// (`None` when running code holds them borrowed).
    pub fn split_values(&self) -> Result<Ref<'_, [Value]>, Option<Rc<PyDict>>> {
        let attrs = self.attrs.try_borrow().map_err(|_| None)?;
        if let Attrs::Dict(d) = &*attrs {
            return Err(Some(d.clone()));
        }
        Ok(Ref::map(attrs, |a| match a {
            Attrs::Split { values, .. } => &values[..],
            Attrs::Dict(_) => &[],
        }))
    }

    /// Moves the split values into `trash` (the cycle collector breaking a cycle); the dict
    /// holding the attributes instead, if they are in one.
    pub fn take_split_values(&self, trash: &mut Vec<Value>) -> Option<Rc<PyDict>> {
        let mut attrs = self.attrs.try_borrow_mut().ok()?;
        match &mut *attrs {
            Attrs::Split { values, .. } => {
                trash.extend(values.drain(..));
                None
            }
            Attrs::Dict(d) => Some(d.clone()),
        }
    }

    /// The value of `name`, trying index `hint` of the shared table `layout` first (the cache
    /// of a `self.x` site); on a hit elsewhere, `hint` and `layout` are updated. The two cells
    /// belong to this one name: a cache entry never serves two names.
    #[inline]
    pub fn get_hinted(
        &self,
        name: &Rc<PyStr>,
        layout: &Cell<usize>,
        hint: &Cell<u32>,
    ) -> Option<Value> {
        let attrs = self.attrs.borrow();
        match &*attrs {
            Attrs::Split { keys, values } => {
                let i = hint.get() as usize;
                if Rc::as_ptr(keys) as usize == layout.get() && i < values.len() {
                    return Some(values.as_slice()[i].clone());
                }
                let i = keys.find(name.as_str(), name.hash(), values.len())?;
                layout.set(Rc::as_ptr(keys) as usize);
                hint.set(i as u32);
                Some(values.as_slice()[i].clone())
            }
            Attrs::Dict(d) => {
                // `hint` now indexes this dict: no split instance may read it as its own.
                layout.set(0);
                d.get_str_hinted(name, hint)
            }
        }
    }

    /// The key table and the number of values, when the attributes are split.
    #[inline(always)]
    pub fn split_shape(&self) -> Option<(usize, usize)> {
        match &*self.attrs.try_borrow().ok()? {
            Attrs::Split { keys, values } => Some((Rc::as_ptr(keys) as usize, values.len())),
            Attrs::Dict(_) => None,
        }
    }

    /// When the attributes are split and no name of the whole key table is `key`: the table
    /// and its length then. Any instance split in that table with at most that many values
    /// cannot hold `key` (the table only grows at its end), which lets a method call skip
    /// the shadowing check (see `attr_cache`).
    pub fn absent_from_table(&self, key: &str, hash: i64) -> Option<(usize, u32)> {
        match &*self.attrs.try_borrow().ok()? {
            Attrs::Split { keys, .. } => {
                let len = keys.len();
                let free = keys.find(key, hash, len).is_none() && len <= u32::MAX as usize;
                free.then_some((Rc::as_ptr(keys) as usize, len as u32))
            }
            Attrs::Dict(_) => None,
        }
    }

    /// For the JIT's layout measurement (`jit_attrs`): the addresses of the attributes' cell and
    /// of the attributes in it and their sizes, and, when split, of the key table field, of the values field
    /// and of their first item, with their count and capacity.
    pub(crate) fn probe(&self) -> ([usize; 4], Option<SplitProbe>) {
        let cell = &self.attrs as *const RefCell<Attrs> as usize;
        let attrs = self.attrs.as_ptr() as usize;
        let sizes = [
            std::mem::size_of::<RefCell<Attrs>>(),
            std::mem::size_of::<Attrs>(),
        ];
        let split = match &*self.attrs.borrow() {
            Attrs::Split { keys, values } => Some(SplitProbe {
                keys_field: keys as *const Rc<SharedKeys> as usize,
                keys: Rc::as_ptr(keys) as usize,
                values_field: values as *const Values as usize,
                values_size: std::mem::size_of::<Values>(),
                items: values.as_ptr() as usize,
                len: values.len(),
                capacity: values.capacity(),
                inline_capacity: INLINE_VALUES,
            }),
            Attrs::Dict(_) => None,
        };
        ([cell, attrs, sizes[0], sizes[1]], split)
    }

    /// Borrows the attributes for the layout measurement (see `probe`).
    pub(crate) fn probe_borrow(&self) -> Ref<'_, impl Sized> {
        self.attrs.borrow()
    }

    /// The fast path of `get_hinted` alone (the dispatch loop's `self.x`): `None` when the
    /// attributes are not split in table `layout` with an entry at `hint`.
    #[inline(always)]
    pub fn get_at(&self, layout: usize, hint: u32) -> Option<Value> {
        let attrs = self.attrs.try_borrow().ok()?;
        match &*attrs {
            Attrs::Split { keys, values } if Rc::as_ptr(keys) as usize == layout => {
                values.as_slice().get(hint as usize).cloned()
            }
            _ => None,
        }
    }

    /// Sets `name`, trying index `hint` of table `layout` first; `hint` and `layout` are
    /// updated.
    #[inline]
    pub fn set_hinted(
        &self,
        name: &Rc<PyStr>,
        layout: &Cell<usize>,
        hint: &Cell<u32>,
        value: Value,
    ) {
        let old = {
            let mut attrs = self.attrs.borrow_mut();
            match &mut *attrs {
                Attrs::Split { keys, values } => {
                    let i = hint.get() as usize;
                    let same_table = Rc::as_ptr(keys) as usize == layout.get();
                    if same_table && i < values.len() {
                        Some(std::mem::replace(&mut values.as_mut_slice()[i], value))
                    } else if same_table && i == values.len() {
                        // The name's index in this table is the next one: `__init__` filling
                        // a new instance in the usual order.
                        values.push(value);
                        None
                    } else {
                        match store_plan(keys, values.len(), name) {
                            Store::Replace(i) => {
                                layout.set(Rc::as_ptr(keys) as usize);
                                hint.set(i as u32);
                                Some(std::mem::replace(&mut values.as_mut_slice()[i], value))
                            }
                            Store::Append => {
                                layout.set(Rc::as_ptr(keys) as usize);
                                hint.set(values.len() as u32);
                                values.push(value);
                                None
                            }
                            Store::Materialize => {
                                drop(attrs);
                                layout.set(0);
                                return self.as_dict().set_str_hinted(name, hint, value);
                            }
                        }
                    }
                }
                Attrs::Dict(d) => {
                    let d = d.clone();
                    drop(attrs);
                    layout.set(0);
                    return d.set_str_hinted(name, hint, value);
                }
            }
        };
        drop(old);
    }
}

/// Where a split instance with `len` values puts a store to `name`; adds the name to the
/// shared table when this instance is the first to reach it.
fn store_plan(keys: &SharedKeys, len: usize, name: &Rc<PyStr>) -> Store {
    let hash = name.hash();
    if let Some(i) = keys.find(name.as_str(), hash, len) {
        return Store::Replace(i);
    }
    let table_len = keys.len();
    if len < table_len {
        // The next name in the table: this instance follows the shared order.
        let next = keys.name_at(len).expect("len < table_len");
        return if Rc::ptr_eq(&next, name) || next.as_str() == name.as_str() {
            Store::Append
        } else {
            Store::Materialize
        };
    }
    if table_len >= MAX_SHARED_KEYS {
        return Store::Materialize;
    }
    keys.names.borrow_mut().push(name.clone());
    keys.bloom.set(keys.bloom.get() | key_bits(hash));
    Store::Append
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> Rc<PyStr> {
        Rc::new(PyStr::new(s.to_owned()))
    }

    fn keys_of(d: &InstanceDict) -> Vec<String> {
        d.items()
            .into_iter()
            .map(|(k, _)| match k {
                Value::Str(s) => s.as_str().to_owned(),
                _ => unreachable!(),
            })
            .collect()
    }

    /// Two instances of one class: their key table and their attributes.
    fn two_instances() -> (Rc<SharedKeys>, InstanceDict, InstanceDict) {
        let keys = Rc::new(SharedKeys::default());
        let (a, b) = (
            InstanceDict::split(keys.clone()),
            InstanceDict::split(keys.clone()),
        );
        (keys, a, b)
    }

    #[test]
    fn instances_share_one_key_table_in_order() {
        let (keys, a, b) = two_instances();
        a.set_str("x", Value::Int(1));
        a.set_str("y", Value::Int(2));
        b.set_str("x", Value::Int(3));
        b.set_str("y", Value::Int(4));
        assert_eq!(keys.len(), 2);
        assert!(a.dict_if_made().is_none() && b.dict_if_made().is_none());
        assert!(matches!(b.get_str("y"), Some(Value::Int(4))));
        assert_eq!(keys_of(&a), ["x", "y"]);
    }

    #[test]
    fn another_order_or_a_delete_makes_a_dict() {
        let (_, a, b) = two_instances();
        a.set_str("x", Value::Int(1));
        a.set_str("y", Value::Int(2));
        b.set_str("y", Value::Int(3));
        assert!(b.dict_if_made().is_some());
        b.set_str("x", Value::Int(4));
        assert_eq!(keys_of(&b), ["y", "x"]);
        assert!(a.remove_str("x").is_some());
        assert_eq!(keys_of(&a), ["y"]);
        assert!(a.get_str("x").is_none());
    }

    #[test]
    fn hinted_access_follows_the_table() {
        // Each name has its own cells (one cache entry per name of a code unit).
        let keys = Rc::new(SharedKeys::default());
        let a = InstanceDict::split(keys.clone());
        let (lx, hx, ly, hy) = (Cell::new(0), Cell::new(0), Cell::new(0), Cell::new(0));
        a.set_hinted(&name("x"), &lx, &hx, Value::Int(1));
        a.set_hinted(&name("y"), &ly, &hy, Value::Int(2));
        a.set_hinted(&name("y"), &ly, &hy, Value::Int(3));
        assert_eq!((hx.get(), hy.get()), (0, 1));
        assert!(matches!(a.get_at(ly.get(), 1), Some(Value::Int(3))));
        let (l2, h2) = (Cell::new(0), Cell::new(0));
        assert!(matches!(
            a.get_hinted(&name("x"), &l2, &h2),
            Some(Value::Int(1))
        ));
        assert_eq!((l2.get(), h2.get()), (lx.get(), 0));
        assert_eq!(keys_of(&a), ["x", "y"]);
    }
}
