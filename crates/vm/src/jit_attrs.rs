//! What native code needs to read an instance attribute without a call: where an instance
//! keeps its class and its split attributes (measured once on real instances, as Rust fixes
//! none of these layouts; no measurement, no native attribute loads), and, per `LoadAttr` name,
//! what the interpreter's attribute cache says (the class, the key table, the index).
//!
//! The guards native code then emits are those of `attr_cache::load_instance_attr`: the
//! instance's class is the cached one, the type epoch is unchanged, the attributes are split in
//! the cached key table (which only grows, so an index once given stays that name's) with a
//! value at the index; nothing holds the attributes mutably borrowed.

use crate::attr_cache::{FirstEntry, DICT};
use crate::regcode::CodeUnit;
use crate::value::{PyInstance, Value};
use std::rc::Rc;

/// Byte offsets from the pointer a `Value::Instance`'s payload holds (the `Rc`'s allocation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InstanceLayout {
    /// The word of the class `Rc` (in its `RefCell`).
    pub class: i32,
    /// The borrow flag of the attributes' `RefCell`.
    pub attrs_flag: i32,
    /// The word of the key table `Rc` of split attributes; never a key table's word when the
    /// attributes are in a dict (the variant's niche).
    pub keys: i32,
    /// The values' capacity word: their count while they are inline (at most
    /// `inline_capacity`), else the capacity of their separate block.
    pub cap: i32,
    /// The inline values, or the separate block's pointer and then the count.
    pub data: i32,
    pub inline_capacity: i64,
}

/// What `Rc::as_ptr` adds to the pointer an `Rc` holds (the counts before the value).
pub fn rc_header() -> u64 {
    let probe = Rc::new(0u64);
    // SAFETY: an `Rc<T>` of a sized `T` is one pointer; reading it copies the pointer.
    let word = unsafe { std::mem::transmute_copy::<Rc<u64>, usize>(&probe) };
    (Rc::as_ptr(&probe) as usize - word) as u64
}

/// The measured instance layout (see `InstanceLayout`).
pub fn instance_layout() -> Option<InstanceLayout> {
    static LAYOUT: std::sync::OnceLock<Option<InstanceLayout>> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(measure)
}

fn word(addr: usize) -> usize {
    // SAFETY: callers read only addresses inside live objects they hold, whole words.
    unsafe { std::ptr::read_unaligned(addr as *const usize) }
}

fn measure() -> Option<InstanceLayout> {
    let class = crate::types::PyType::new("probe", Vec::new(), true);
    let small = Rc::new(PyInstance::new(class.clone()));
    let big = Rc::new(PyInstance::new(class.clone()));
    let name = |s: &str| Rc::new(crate::value::PyStr::new(s.to_owned()));
    small.dict.set_name(&name("a"), Value::Int(11));
    for (i, n) in ["a", "b", "c"].iter().enumerate() {
        big.dict.set_name(&name(n), Value::Int(i as i64));
    }
    let v = Value::Instance(small.clone());
    // SAFETY: reads the payload word of a live `Value` (see `value.rs`).
    let payload = unsafe { *((&v as *const Value as *const usize).add(1)) };
    let base = payload;
    let off = |a: usize| i32::try_from(a.checked_sub(base)?).ok();
    let header = rc_header() as usize;
    // The class: the word holding the class `Rc`'s pointer.
    let class_word = Rc::as_ptr(&class) as usize - header;
    let inst = Rc::as_ptr(&small) as usize;
    let inst_words = std::mem::size_of::<PyInstance>() / 8;
    let hits: Vec<usize> = (0..inst_words)
        .map(|i| inst + 8 * i)
        .filter(|a| word(*a) == class_word)
        .collect();
    let [class_at] = hits[..] else { return None };
    // The attributes' cell and its borrow flag.
    let ([cell, attrs, cell_size, attrs_size], split) = small.dict.probe();
    let split = split?;
    let flag_at = {
        let _b1 = small.dict.probe_borrow();
        let _b2 = small.dict.probe_borrow();
        let hits: Vec<usize> = (0..cell_size / 8)
            .map(|i| cell + 8 * i)
            .filter(|a| (*a < attrs || *a >= attrs + attrs_size) && word(*a) == 2)
            .collect();
        let [f] = hits[..] else { return None };
        f
    };
    if word(flag_at) != 0 || word(split.keys_field) != split.keys - header {
        return None;
    }
    // The values: inline, the item lies inside the field; the capacity word is the field's
    // word outside the items that holds the count.
    let field = split.values_field;
    let items_end = split.items + split.inline_capacity * std::mem::size_of::<Value>();
    if split.len != 1 || split.items < field || items_end > field + split.values_size {
        return None;
    }
    let cap_hits: Vec<usize> = (0..split.values_size / 8)
        .map(|i| field + 8 * i)
        .filter(|a| (*a < split.items || *a >= items_end) && word(*a) == 1)
        .collect();
    let [cap_at] = cap_hits[..] else { return None };
    let data_at = split.items;
    // Spilled: the same field holds the block's pointer and then the count at `data`.
    let (_, bsplit) = big.dict.probe();
    let bsplit = bsplit?;
    let bfield = bsplit.values_field;
    let (bcap, bdata) = (bfield + (cap_at - field), bfield + (data_at - field));
    if bsplit.capacity <= bsplit.inline_capacity
        || word(bcap) != bsplit.capacity
        || word(bdata) != bsplit.items
        || word(bdata + 8) != bsplit.len
    {
        return None;
    }
    Some(InstanceLayout {
        class: off(class_at)?,
        attrs_flag: off(flag_at)?,
        keys: off(split.keys_field)?,
        cap: off(cap_at)?,
        data: off(data_at)?,
        inline_capacity: split.inline_capacity as i64,
    })
}

/// What native code checks an instance against: its class (by its `Rc` word), the type epoch,
/// and the key table its attributes are split in (by its `Rc` word).
#[derive(Clone)]
pub struct Shape {
    /// The class, which the native code must keep alive: while it lives, no other class
    /// takes its address, and its key table (which it holds) keeps its own.
    pub class: Value,
    pub class_word: u64,
    /// The type epoch the cache entry was made at, and where the current one is.
    pub epoch: u64,
    pub epoch_at: u64,
    pub keys_word: u64,
}

/// A `LoadAttr` native code may do itself (see the module docs): the value at `index`.
#[derive(Clone)]
pub struct AttrLoad {
    pub shape: Shape,
    pub index: i64,
}

/// Every cached instance attribute of name `name` in `unit`, one per class the cache saw
/// (the entries `Vm::ic_load_attr` tries; a site reached by instances of several subclasses
/// has one per subclass, each with its own key table).
pub fn attr_loads(unit: &CodeUnit, name: u32) -> Vec<AttrLoad> {
    (0..crate::attr_cache::WAYS)
        .filter_map(|way| instance_load(unit, name, way))
        .collect()
}

/// Cache entry `way` of name `name`, when there is a measured instance layout and the entry
/// is current: made at this type epoch, for the class it holds.
fn current_entry(unit: &CodeUnit, name: u32, way: usize) -> Option<FirstEntry> {
    instance_layout()?;
    let e = crate::attr_cache::entry(unit, name, way)?;
    let Value::Type(class) = &e.class else {
        return None;
    };
    let current = e.stamp == crate::types::type_epoch() && Rc::as_ptr(class) as usize == e.owner;
    current.then_some(e)
}

/// The shape a current cache entry `e` says, with key table `keys` (by address).
fn shape(e: &FirstEntry, keys: usize) -> Shape {
    let header = rc_header();
    Shape {
        class: e.class.clone(),
        class_word: e.owner as u64 - header,
        epoch: e.stamp,
        epoch_at: crate::types::type_epoch_address() as u64,
        keys_word: keys as u64 - header,
    }
}

fn instance_load(unit: &CodeUnit, name: u32, way: usize) -> Option<AttrLoad> {
    let e = current_entry(unit, name, way)?;
    if e.kind != DICT || e.layout == 0 {
        return None;
    }
    Some(AttrLoad {
        shape: shape(&e, e.layout),
        index: i64::from(e.hint),
    })
}

/// A `LoadMethod` native code may do itself: a plain method of the instance's class that
/// the instance cannot shadow (split in the shape's key table with at most `max_len` values).
/// The class's dict keeps the function alive while the type epoch is unchanged.
#[derive(Clone)]
pub struct MethodLoad {
    pub shape: Shape,
    pub max_len: i64,
    /// The function's two words.
    pub func: [u64; 2],
}

/// Every cached method of name `name` in `unit`, one per class the cache saw.
pub fn method_loads(unit: &CodeUnit, name: u32) -> Vec<MethodLoad> {
    (0..crate::attr_cache::WAYS)
        .filter_map(|way| method_load(unit, name, way))
        .collect()
}

/// The method cache entry `way` of name `name` in `unit` holds, if it holds one.
fn method_load(unit: &CodeUnit, name: u32, way: usize) -> Option<MethodLoad> {
    let e = current_entry(unit, name, way)?;
    let Value::Function(_) = &e.value else {
        return None;
    };
    if e.kind != crate::attr_cache::METHOD || e.unshadowed_layout == 0 {
        return None;
    }
    // SAFETY: a `Value` is two words (`repr(C, u64)`); this copies their bits.
    let func = unsafe { std::mem::transmute_copy::<Value, [u64; 2]>(&e.value) };
    Some(MethodLoad {
        shape: shape(&e, e.unshadowed_layout),
        max_len: i64::from(e.unshadowed_len),
        func,
    })
}

/// A builtin type's method a `LoadMethod` site's cache holds: for a receiver with tag `tag`,
/// the method (an unbound builtin function) and its two words.
pub struct BuiltinMethodLoad {
    pub tag: u8,
    pub method: Value,
    pub func: [u64; 2],
}

/// Every builtin type's method of name `name` the cache of `unit` holds (`lst.append`, ...).
/// Builtin types cannot be changed, so these hold for good.
pub fn builtin_method_loads(unit: &CodeUnit, name: u32) -> Vec<BuiltinMethodLoad> {
    (0..crate::attr_cache::WAYS)
        .filter_map(|way| {
            let e = crate::attr_cache::entry(unit, name, way)?;
            if e.kind != crate::attr_cache::BUILTIN_METHOD {
                return None;
            }
            let sample = crate::attr_cache::builtin_owner_sample(e.owner)?;
            // SAFETY: a `Value` is two words (`repr(C, u64)`), its tag in the first byte;
            // these copy their bits.
            let tag = unsafe { *(&sample as *const Value as *const u8) };
            let func = unsafe { std::mem::transmute_copy::<Value, [u64; 2]>(&e.value) };
            Some(BuiltinMethodLoad {
                tag,
                method: e.value,
                func,
            })
        })
        .collect()
}

/// Whether the cache of name `name` in `unit` has settled: it was never filled, or it knows
/// what the name is (an instance attribute found at an index, or anything else). A cache just
/// filled for an instance attribute learns the index at the next load.
pub fn attr_cache_settled(unit: &CodeUnit, name: u32) -> bool {
    match crate::attr_cache::first_entry(unit, name) {
        Some(e) => !(e.owner != 0 && e.kind == DICT && e.layout == 0),
        None => true,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_instance_layout_is_measured_on_this_target() {
        let l = super::instance_layout().expect("a conclusive measurement");
        assert!(
            l.class >= 0 && l.keys > 0 && l.cap > 0 && l.data > 0,
            "{l:?}"
        );
    }
}
