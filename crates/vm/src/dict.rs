//! Dicts and the hashed keys of dicts and sets: insertion-ordered (`indexmap`), keyed by a value
//! plus its precomputed Python hash, so lookups never re-hash and `1`, `1.0` and `True` collide
//! as in Python.

use crate::value::Value;
use indexmap::{Equivalent, IndexMap};
use std::cell::{Cell, RefCell};
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::rc::Rc;

/// Spreads a Python hash over 64 bits (Fibonacci hashing): Python hashes of small ints are the
/// ints themselves, which would leave the table's high control bits all equal.
#[derive(Default)]
pub struct PyHasher(u64);

impl Hasher for PyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x100000001b3);
        }
    }
    fn write_i64(&mut self, i: i64) {
        self.0 = (i as u64)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(29);
    }
    fn write_usize(&mut self, i: usize) {
        self.write_i64(i as i64);
    }
}

pub type BuildPyHasher = BuildHasherDefault<PyHasher>;

/// A key with its Python hash.
#[derive(Clone)]
pub struct DictKey {
    pub hash: i64,
    pub key: Value,
}

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for DictKey {
    fn eq(&self, other: &DictKey) -> bool {
        self.hash == other.hash && keys_equal(&self.key, &other.key)
    }
}
impl Eq for DictKey {}

/// A borrowed key for lookups without cloning the value.
pub struct KeyRef<'a> {
    pub hash: i64,
    pub key: &'a Value,
}

impl Hash for KeyRef<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl Equivalent<DictKey> for KeyRef<'_> {
    fn equivalent(&self, k: &DictKey) -> bool {
        self.hash == k.hash && keys_equal(self.key, &k.key)
    }
}

/// A borrowed string key.
pub struct StrKey<'a> {
    pub hash: i64,
    pub key: &'a str,
}

impl Hash for StrKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl Equivalent<DictKey> for StrKey<'_> {
    #[inline]
    fn equivalent(&self, k: &DictKey) -> bool {
        // Interned names share their text, so equal pointers settle most lookups.
        self.hash == k.hash
            && matches!(&k.key, Value::Str(s) if std::ptr::eq(s.as_str(), self.key) || s.as_str() == self.key)
    }
}

/// A probe that matches no stored key but records every stored key with its hash: the
/// candidates that the VM then compares with Python's `==` (which may run code and raise, so it
/// cannot run inside the table's own comparison).
pub struct SameHash<'a> {
    pub hash: i64,
    pub out: &'a RefCell<Vec<Value>>,
}

impl Hash for SameHash<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl Equivalent<DictKey> for SameHash<'_> {
    fn equivalent(&self, k: &DictKey) -> bool {
        if k.hash == self.hash {
            self.out.borrow_mut().push(k.key.clone());
        }
        false
    }
}

/// The stored keys of a set or dict table whose hash is `hash`.
pub fn same_hash_keys<T>(lookup: impl FnOnce(&SameHash) -> T, hash: i64) -> Vec<Value> {
    let out = RefCell::new(Vec::new());
    lookup(&SameHash { hash, out: &out });
    out.into_inner()
}

/// Whether `==` on this key may differ from `keys_equal`: an instance of a class that defines
/// `__eq__` (or a tuple holding one). Dicts and sets holding such keys compare them through the
/// VM (see `Vm::table_key`).
pub fn needs_py_eq(v: &Value) -> bool {
    match v {
        Value::Instance(i) => {
            let eq = i.class.borrow().lookup("__eq__");
            !crate::classes::is_object_slot(&eq)
        }
        Value::Tuple(t) => t.iter().any(needs_py_eq),
        _ => false,
    }
}

/// Equality of hashable builtin values, as Python's `==` on them; other objects by identity
/// (keys whose class defines `__eq__` are matched by the VM before the table sees them).
pub fn keys_equal(a: &Value, b: &Value) -> bool {
    use Value::*;
    if a.is(b) {
        return true;
    }
    match (a, b) {
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Float(x), Float(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => i64::from(*x) == *y,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => f64::from(u8::from(*x)) == *y,
        (BigInt(x), BigInt(y)) => x == y,
        // Equal numbers of different types are the same key (their hashes agree).
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => {
            y.fract() == 0.0 && num_traits::FromPrimitive::from_f64(*y).as_ref() == Some(&**x)
        }
        (Complex(x), Complex(y)) => x.0 == y.0 && x.1 == y.1,
        (Complex(c), n @ (Int(_) | Bool(_) | Float(_) | BigInt(_)))
        | (n @ (Int(_) | Bool(_) | Float(_) | BigInt(_)), Complex(c)) => {
            c.1 == 0.0 && keys_equal(&Float(c.0), n)
        }
        (Tuple(x), Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| keys_equal(p, q))
        }
        (Bytes(x), Bytes(y)) => x == y,
        (FrozenSet(x), FrozenSet(y)) => {
            let (x, y) = (x.items.borrow(), y.items.borrow());
            x.len() == y.len() && x.iter().all(|k| y.contains(k))
        }
        _ => false,
    }
}

pub type KeySet = crate::settable::SetTable;
pub type DictMap = IndexMap<DictKey, Value, BuildPyHasher>;

/// A dict. `version` changes whenever a key is added or removed, or a value is replaced, so that
/// inline caches of global lookups can be validated by one comparison.
#[derive(Default)]
pub struct PyDict {
    pub map: RefCell<DictMap>,
    pub version: Cell<u64>,
    /// Some key was ever stored whose `==` needs the VM (`needs_py_eq`).
    pub py_eq_keys: Cell<bool>,
    /// This is a class's namespace: changing it invalidates every type's attribute cache.
    pub type_dict: Cell<bool>,
    /// Two bits per key ever inserted, chosen by its hash (`key_bits`): a clear bit proves a
    /// key absent without a lookup (a method call checks that the instance dict does not
    /// shadow the method, and an instance dict rarely holds a key named like a method).
    keys_bloom: Cell<u64>,
}

/// The `keys_bloom` bits of a hash.
#[inline(always)]
fn key_bits(hash: i64) -> u64 {
    (1u64 << (hash & 63)) | (1u64 << ((hash >> 6) & 63))
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    /// An empty dict with room for `n` keys (none allocated when `n` is 0).
    pub fn with_capacity(n: usize) -> PyDict {
        let d = PyDict::default();
        if n > 0 {
            *d.map.borrow_mut() = DictMap::with_capacity_and_hasher(n, Default::default());
        }
        d
    }

    /// Records that a key with this hash is being inserted (see `keys_bloom`).
    #[inline(always)]
    pub(crate) fn note_key(&self, hash: i64) {
        self.keys_bloom.set(self.keys_bloom.get() | key_bits(hash));
    }

    /// False when no key with this hash was ever inserted.
    #[inline(always)]
    pub fn may_hold(&self, hash: i64) -> bool {
        let bits = key_bits(hash);
        self.keys_bloom.get() & bits == bits
    }

    pub(crate) fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
        if self.type_dict.get() {
            crate::types::bump_type_epoch();
        }
    }

    pub fn len(&self) -> usize {
        self.map.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, key: &DictKey) -> Option<Value> {
        self.map.borrow().get(key).cloned()
    }

    pub fn get_ref(&self, hash: i64, key: &Value) -> Option<Value> {
        self.map.borrow().get(&KeyRef { hash, key }).cloned()
    }

    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.get_str_hashed(key, str_hash(key))
    }

    /// A string-keyed lookup with the key's hash already computed.
    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<Value> {
        self.map.borrow().get(&StrKey { hash, key }).cloned()
    }

    /// Whether a string key is present, with its hash already computed.
    #[inline]
    pub fn contains_str_hashed(&self, key: &str, hash: i64) -> bool {
        self.may_hold(hash) && self.map.borrow().contains_key(&StrKey { hash, key })
    }

    pub fn insert(&self, key: DictKey, value: Value) {
        self.note_key(key.hash);
        // Dropping the old value may run arbitrary code (none yet), so drop it after the borrow.
        let old = self.map.borrow_mut().insert(key, value);
        self.bump();
        drop(old);
    }

    /// Sets a key that is a string object (kept as the key itself).
    pub fn set_name(&self, name: &Rc<crate::value::PyStr>, value: Value) {
        let hash = name.hash();
        self.insert(
            DictKey {
                hash,
                key: Value::Str(name.clone()),
            },
            value,
        );
    }

    pub fn set_str(&self, key: &str, value: Value) {
        let k = Value::str(key);
        let hash = str_hash(key);
        self.insert(DictKey { hash, key: k }, value);
    }

    pub fn remove(&self, key: &DictKey) -> Option<Value> {
        let old = self.map.borrow_mut().shift_remove(key);
        self.bump();
        old
    }

    pub fn remove_str(&self, key: &str) -> Option<Value> {
        let hash = str_hash(key);
        let old = self.map.borrow_mut().shift_remove(&StrKey { hash, key });
        self.bump();
        old
    }

    pub fn contains(&self, key: &DictKey) -> bool {
        self.map.borrow().contains_key(key)
    }

    pub fn keys(&self) -> Vec<Value> {
        self.map.borrow().keys().map(|k| k.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.map.borrow().values().cloned().collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| (k.key.clone(), v.clone()))
            .collect()
    }

    /// Removes and returns the last pair (`dict.popitem`).
    pub fn pop_last(&self) -> Option<(DictKey, Value)> {
        let last = self.map.borrow_mut().pop();
        self.bump();
        last
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.map.borrow_mut());
        self.bump();
        drop(old);
    }

    pub fn copy(&self) -> PyDict {
        PyDict {
            map: RefCell::new(self.map.borrow().clone()),
            version: Cell::new(0),
            py_eq_keys: self.py_eq_keys.clone(),
            type_dict: Cell::new(false),
            keys_bloom: self.keys_bloom.clone(),
        }
    }
}

/// The hash of a string, as `PyStr::hash` computes it.
pub fn str_hash(s: &str) -> i64 {
    crate::value::hash_str(s)
}
