//! Inline caches for attribute access: one entry per name of a code unit (`CodeUnit::attr_ic`),
//! shared by that unit's `LoadAttr`, `StoreAttr` and `LoadMethod` of the name. A site such as
//! `self.x` nearly always sees one class, so one entry per name catches most of them.
//!
//! An entry remembers what the full lookup found for one class at one type epoch (any change to
//! any class namespace bumps the epoch, see `types::bump_type_epoch`): that the class has no
//! attribute of that name (the value lives in the instance dict), or a plain function (a method),
//! or a plain value (a class variable), and no `__getattribute__`/`__setattr__` hooks. A hit then
//! needs the class pointer and epoch compared, and one dict entry read at the remembered index
//! (instances of a class usually add their attributes in the same order). For modules the entry
//! remembers the module dict's version and the value.
//!
//! Everything else (properties, slots, descriptors, exceptions, dunder names, other objects) is
//! never cached and takes the full path in `attr.rs`, which stays the reference semantics.

use crate::dict::{PyDict, StrKey};
use crate::regcode::CodeUnit;
use crate::types::{PyType, HOOK_GETATTRIBUTE, HOOK_SETATTR};
use crate::value::{BoundMethod, PyInstance, PyStr, Value};
use crate::Vm;
use std::cell::Cell;
use std::rc::Rc;

const EMPTY: u8 = 0;
/// The class has no attribute of this name: it lives in the instance dict.
pub(crate) const DICT: u8 = 1;
/// The class attribute is a Python function: a method unless the instance dict shadows it.
pub(crate) const METHOD: u8 = 2;
/// The class attribute is a plain value (no descriptor): the instance dict first, then it.
const CLASS_VALUE: u8 = 3;
/// A module attribute, valid while the module dict's version is unchanged.
const MODULE: u8 = 4;
/// A method of a builtin type (`lst.append`): builtin types never change, so the entry, keyed
/// by `builtin_owner` rather than an address, stays valid for good.
pub(crate) const BUILTIN_METHOD: u8 = 5;

/// The cache key of the builtin type of an object whose variant alone says its type: small
/// numbers, which no object's address can equal.
#[inline(always)]
fn builtin_owner(obj: &Value) -> Option<usize> {
    Some(match obj {
        Value::List(_) => 1,
        Value::Dict(_) => 2,
        Value::Str(_) => 3,
        Value::Set(_) => 4,
        Value::FrozenSet(_) => 5,
        Value::Tuple(_) => 6,
        Value::Bytes(_) => 7,
        Value::ByteArray(_) => 8,
        Value::Int(_) => 9,
        Value::Float(_) => 10,
        _ => return None,
    })
}

/// A receiver of builtin owner `owner` (see `builtin_owner`), for measuring its tag: lists,
/// dicts, strs and tuples (the receivers native code loads methods of).
pub(crate) fn builtin_owner_sample(owner: usize) -> Option<Value> {
    Some(match owner {
        1 => Value::list(Vec::new()),
        2 => Value::Dict(Rc::new(crate::dict::PyDict::new())),
        3 => Value::str(""),
        6 => Value::tuple(Vec::new()),
        _ => return None,
    })
}

/// A value an entry holds: read by cloning, replaced whole, never lent out, so a hit reads it
/// without a `RefCell`'s borrow-flag check and update.
#[derive(Default)]
struct Held(std::cell::UnsafeCell<Value>);

impl Held {
    #[inline(always)]
    fn get(&self) -> Value {
        // SAFETY: single-threaded, and no reference to the content outlives this call; cloning
        // only raises a reference count, so nothing can replace the value meanwhile.
        unsafe { (*self.0.get()).clone() }
    }

    fn set(&self, v: Value) {
        // SAFETY: as above; the old value is dropped after the slot holds the new one, so a
        // destructor that reached this entry would see a complete value.
        let old = unsafe { std::mem::replace(&mut *self.0.get(), v) };
        drop(old);
    }
}

/// One cache entry. See the module docs.
#[derive(Default)]
pub struct AttrIc {
    /// Address of the class (or module dict) the entry is for.
    owner: Cell<usize>,
    /// Keeps that owner alive, so that its address cannot be reused by another object.
    keep: Held,
    /// Type epoch (classes) or dict version (modules) the entry was made at.
    stamp: Cell<u64>,
    kind: Cell<u8>,
    /// Index of the name's value in the instance's attributes when last seen: in the shared
    /// key table at address `layout` (see `instance_dict`), or in a dict when `layout` is 0.
    hint: Cell<u32>,
    layout: Cell<usize>,
    /// For a method: a key table (0 for none) whose first `unshadowed_len` names do not
    /// include the method's name, so an instance split in it with no more values than that
    /// cannot shadow the method (`InstanceDict::absent_from_table`).
    unshadowed_layout: Cell<usize>,
    unshadowed_len: Cell<u32>,
    /// The class attribute (METHOD, CLASS_VALUE) or module attribute (MODULE).
    value: Held,
}

/// How many classes (or modules) one name's cache remembers: a method of a base class sees the
/// instances of each of its subclasses.
pub(crate) const WAYS: usize = 4;

/// The cache of one name: a few entries, replaced round-robin.
#[derive(Default)]
pub struct AttrSite {
    entries: [AttrIc; WAYS],
    next: Cell<u8>,
}

impl AttrSite {
    /// The entry made for the object at address `owner`, if any.
    #[inline(always)]
    fn find(&self, owner: usize) -> Option<&AttrIc> {
        self.entries.iter().find(|e| e.owner.get() == owner)
    }

    /// The entry to (re)fill for `owner`: its own, else the next one round-robin.
    fn slot_for(&self, owner: usize) -> &AttrIc {
        if let Some(e) = self.find(owner) {
            return e;
        }
        let i = self.next.get() as usize % WAYS;
        self.next.set((i + 1) as u8);
        &self.entries[i]
    }
}

/// The valid class entry for this instance, if there is one.
#[inline(always)]
fn entry_for<'a>(site: &'a AttrSite, inst: &PyInstance) -> Option<&'a AttrIc> {
    // SAFETY: the class cell is only written by `__class__` assignment, never while this read
    // (which just takes the pointer's value) is in progress.
    let owner = Rc::as_ptr(unsafe { inst.class.try_borrow_unguarded() }.ok()?) as usize;
    let ic = site.find(owner)?;
    (ic.stamp.get() == crate::types::type_epoch()
        && ic.kind.get() != MODULE
        && ic.kind.get() != EMPTY)
        .then_some(ic)
}

impl PyDict {
    /// The value of string key `name`, trying the entry at `hint` first; `hint` is updated.
    #[inline]
    pub fn get_str_hinted(&self, name: &Rc<PyStr>, hint: &Cell<u32>) -> Option<Value> {
        let map = self.map.borrow();
        if let Some((k, v)) = map.get_index(hint.get() as usize) {
            if matches!(&k.key, Value::Str(s) if Rc::ptr_eq(s, name)) {
                return Some(v.clone());
            }
        }
        let key = StrKey {
            hash: name.hash(),
            key: name.as_str(),
        };
        let (i, _, v) = map.get_full(&key)?;
        hint.set(i as u32);
        Some(v.clone())
    }

    /// Sets string key `name`, trying the entry at `hint` first; `hint` is updated.
    #[inline]
    pub fn set_str_hinted(&self, name: &Rc<PyStr>, hint: &Cell<u32>, value: Value) {
        let old = {
            let mut map = self.map.borrow_mut();
            match map.get_index_mut(hint.get() as usize) {
                Some((k, v)) if matches!(&k.key, Value::Str(s) if Rc::ptr_eq(s, name)) => {
                    Some(std::mem::replace(v, value))
                }
                _ => {
                    self.note_key(name.hash());
                    let key = crate::dict::DictKey {
                        hash: name.hash(),
                        key: Value::Str(name.clone()),
                    };
                    let (i, old) = map.insert_full(key, value);
                    hint.set(i as u32);
                    old
                }
            }
        };
        self.bump();
        // Dropped after the borrow ends: a destructor must not see the map borrowed.
        drop(old);
    }
}

/// Whether `class` derives from `BaseException` (whose instances keep some attributes outside
/// their dict).
pub(crate) fn is_exception_class(class: &PyType) -> bool {
    let builtin_base = |t: &PyType| !t.is_heap && t.name == "BaseException";
    builtin_base(class) || class.mro_tail.borrow().iter().any(|t| builtin_base(t))
}

/// `inst.name` when the name's first cache entry says it lives in the instance's attributes
/// and they are split in the remembered key table with a value at the remembered index: the
/// common case of `self.x`, inlined into the dispatch loop. `None` sends the load to `Vm::ic_load_attr`.
#[inline(always)]
pub(crate) fn load_instance_attr(unit: &CodeUnit, name: u32, obj: &Value) -> Option<Value> {
    let Value::Instance(inst) = obj else {
        return None;
    };
    let ic = &unit.attr_ic.get(name as usize)?.entries[0];
    // SAFETY: as in `entry_for`.
    let owner = Rc::as_ptr(unsafe { inst.class.try_borrow_unguarded() }.ok()?) as usize;
    if ic.owner.get() != owner
        || ic.kind.get() != DICT
        || ic.stamp.get() != crate::types::type_epoch()
    {
        return None;
    }
    inst.dict.get_at(ic.layout.get(), ic.hint.get())
}

/// The first cache entry of name `name` (for the JIT, which specializes on what the
/// interpreter's `load_instance_attr` reads).
pub(crate) struct FirstEntry {
    /// The class, by address, and the class itself (which keeps that address its own).
    pub owner: usize,
    pub class: Value,
    pub kind: u8,
    pub stamp: u64,
    /// The key table (by address) and the index in it.
    pub layout: usize,
    pub hint: u32,
    /// For a method: the function, and the key table (by address) and length up to which an
    /// instance split in it cannot shadow it.
    pub value: Value,
    pub unshadowed_layout: usize,
    pub unshadowed_len: u32,
}

pub(crate) fn first_entry(unit: &CodeUnit, name: u32) -> Option<FirstEntry> {
    entry(unit, name, 0)
}

/// Entry `way` (of `WAYS`) of name `name`'s cache, as `first_entry`.
pub(crate) fn entry(unit: &CodeUnit, name: u32, way: usize) -> Option<FirstEntry> {
    let ic = unit.attr_ic.get(name as usize)?.entries.get(way)?;
    Some(FirstEntry {
        owner: ic.owner.get(),
        class: ic.keep.get(),
        kind: ic.kind.get(),
        stamp: ic.stamp.get(),
        layout: ic.layout.get(),
        hint: ic.hint.get(),
        value: ic.value.get(),
        unshadowed_layout: ic.unshadowed_layout.get(),
        unshadowed_len: ic.unshadowed_len.get(),
    })
}

impl Vm {
    /// `obj.name` through the cache; `None` on a miss (the caller takes the full path).
    #[inline]
    pub(crate) fn ic_load_attr(
        &mut self,
        unit: &CodeUnit,
        name: u32,
        obj: &Value,
    ) -> Option<Value> {
        let site = unit.attr_ic.get(name as usize)?;
        match obj {
            Value::Instance(inst) => {
                let ic = entry_for(site, inst)?;
                let key = &unit.names[name as usize];
                if let Some(v) = inst.dict.get_hinted(key, &ic.layout, &ic.hint) {
                    return Some(v);
                }
                match ic.kind.get() {
                    METHOD => Some(Value::BoundMethod(Rc::new(BoundMethod {
                        func: ic.value.get(),
                        receiver: obj.clone(),
                    }))),
                    CLASS_VALUE => Some(ic.value.get()),
                    _ => None,
                }
            }
            Value::Module(m) => {
                let ic = site.find(Rc::as_ptr(&m.dict) as usize)?;
                (ic.kind.get() == MODULE && ic.stamp.get() == m.dict.version.get())
                    .then(|| ic.value.get())
            }
            _ => None,
        }
    }

    /// `obj.name = value` through the cache; gives the value back on a miss.
    #[inline]
    pub(crate) fn ic_store_attr(
        &mut self,
        unit: &CodeUnit,
        name: u32,
        obj: &Value,
        value: Value,
    ) -> Result<(), Value> {
        let (Some(site), Value::Instance(inst)) = (unit.attr_ic.get(name as usize), obj) else {
            return Err(value);
        };
        match entry_for(site, inst) {
            Some(ic) => {
                inst.dict
                    .set_hinted(&unit.names[name as usize], &ic.layout, &ic.hint, value);
                Ok(())
            }
            None => Err(value),
        }
    }

    /// The method `obj.name` for a call without a bound-method object (`LoadMethod`); `None`
    /// when the cache does not say it is a plain method of the instance's class.
    #[inline]
    pub(crate) fn ic_load_method(
        &mut self,
        unit: &CodeUnit,
        name: u32,
        obj: &Value,
    ) -> Option<Value> {
        let site = unit.attr_ic.get(name as usize)?;
        let Value::Instance(inst) = obj else {
            let ic = site.find(builtin_owner(obj)?)?;
            return (ic.kind.get() == BUILTIN_METHOD).then(|| ic.value.get());
        };
        let ic = entry_for(site, inst)?;
        if ic.kind.get() != METHOD {
            return None;
        }
        if let Some((layout, len)) = inst.dict.split_shape() {
            if layout == ic.unshadowed_layout.get() && len <= ic.unshadowed_len.get() as usize {
                return Some(ic.value.get());
            }
        }
        let key = &unit.names[name as usize];
        if inst.dict.contains_str_hashed(key.as_str(), key.hash()) {
            return None;
        }
        if let Some((layout, len)) = inst.dict.absent_from_table(key.as_str(), key.hash()) {
            ic.unshadowed_layout.set(layout);
            ic.unshadowed_len.set(len);
        }
        Some(ic.value.get())
    }

    /// Fills the entry for `name` after a full lookup on `obj` succeeded.
    pub(crate) fn ic_fill(&mut self, unit: &CodeUnit, name: u32, obj: &Value) {
        let Some(site) = unit.attr_ic.get(name as usize) else {
            return;
        };
        let key = &unit.names[name as usize];
        match obj {
            Value::Instance(inst) => {
                let class = inst.class.borrow().clone();
                let owner = Rc::as_ptr(&class) as usize;
                let epoch = crate::types::type_epoch();
                let ic = site.slot_for(owner);
                if ic.owner.get() == owner && ic.stamp.get() == epoch && ic.kind.get() == EMPTY {
                    return; // Known not to be cacheable: don't classify again.
                }
                // An uncacheable class still gets its entry (EMPTY), so that it is found.
                let (kind, value) = self.classify(&class, key).unwrap_or((EMPTY, Value::Undef));
                ic.owner.set(owner);
                ic.layout.set(0);
                ic.unshadowed_layout.set(0);
                ic.keep.set(Value::Type(class));
                ic.stamp.set(epoch);
                ic.kind.set(kind);
                ic.value.set(value);
            }
            Value::Module(m) => {
                let Some(v) = m.dict.get_str_hashed(key.as_str(), key.hash()) else {
                    return;
                };
                let ic = site.slot_for(Rc::as_ptr(&m.dict) as usize);
                ic.owner.set(Rc::as_ptr(&m.dict) as usize);
                ic.keep.set(Value::Dict(m.dict.clone()));
                ic.stamp.set(m.dict.version.get());
                ic.kind.set(MODULE);
                ic.value.set(v);
            }
            _ => {}
        }
    }

    /// Fills the entry for method `name` of a builtin-typed receiver after `LoadMethod`'s
    /// full path found it (see `BUILTIN_METHOD`).
    pub(crate) fn ic_fill_builtin_method(&mut self, unit: &CodeUnit, name: u32, obj: &Value) {
        let (Some(site), Some(owner)) = (unit.attr_ic.get(name as usize), builtin_owner(obj))
        else {
            return;
        };
        let Some(Value::Builtin(b)) = self.type_of(obj).lookup_cached(&unit.names[name as usize])
        else {
            return;
        };
        if b.bound.is_none() {
            let ic = site.slot_for(owner);
            ic.owner.set(owner);
            ic.kind.set(BUILTIN_METHOD);
            ic.value.set(Value::Builtin(b));
        }
    }

    /// What instances of `class` find for `name`, when it is simple enough to cache.
    fn classify(&self, class: &Rc<PyType>, name: &Rc<PyStr>) -> Option<(u8, Value)> {
        // Dunder names have special rules (`__class__`, `__dict__`); exceptions keep some
        // attributes outside their dict; slots and hooks need the full path.
        if name.as_str().starts_with("__")
            || !class.has_dict.get()
            || class.hooks() & (HOOK_GETATTRIBUTE | HOOK_SETATTR) != 0
            || is_exception_class(class)
        {
            return None;
        }
        match class.lookup_cached(name) {
            None => Some((DICT, Value::Undef)),
            Some(f @ Value::Function(_)) => Some((METHOD, f)),
            Some(
                v @ (Value::None
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::BigInt(_)
                | Value::Str(_)
                | Value::Tuple(_)),
            ) => Some((CLASS_VALUE, v)),
            Some(_) => None,
        }
    }
}
