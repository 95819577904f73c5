//! The value representation.
//!
//! `Value` is a 16-byte tagged enum (`#[repr(C, u64)]`: the tag word at offset 0, the payload at
//! offset 8), so native code can test a register's tag and read an `i64` or `f64` payload by
//! offset. The tag is a whole word, not a byte, so that every copy of a value moves two aligned
//! words: with a byte tag the compiler copied the seven padding bytes after it in odd-sized
//! pieces, and reading them back stalled on store forwarding in the dispatch loop. `None`, `bool`, machine-word `int` and `float` are stored inline and need no
//! allocation; every other value is a reference-counted pointer (`Rc`) to its object.
//!
//! Heap objects are reference counted rather than traced: a Python program frees most objects the
//! moment their last reference goes, which keeps memory flat in long compute loops, needs no
//! stack maps from the JIT, and matches CPython's observable timing of releases. Reference
//! cycles are found by the cycle collector beside the counts (`gc`), as CPython's are.
//! Everything is single-threaded (Python code runs under one interpreter lock).

use crate::dict::PyDict;
use crate::regcode::CodeUnit;
use crate::types::PyType;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A Python value. See the module docs for the layout.
#[derive(Default)]
#[repr(C, u64)]
pub enum Value {
    /// An unbound local or an empty cell; never visible to Python code.
    #[default]
    Undef,
    None,
    Bool(bool),
    /// An `int` that fits in a machine word; larger ones are `BigInt`.
    Int(i64),
    Float(f64),
    /// An `int` outside the `i64` range (always normalized: never fits in `i64`).
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    Bytes(Rc<Vec<u8>>),
    List(Rc<RefCell<Vec<Value>>>),
    Tuple(Rc<Vec<Value>>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<PyFunction>),
    Builtin(Rc<BuiltinFunction>),
    BoundMethod(Rc<BoundMethod>),
    Type(Rc<PyType>),
    Instance(Rc<PyInstance>),
    Module(Rc<PyModule>),
    Iterator(Rc<RefCell<crate::iter::IterState>>),
    Generator(Rc<crate::generator::PyGenerator>),
    Cell(Rc<PyCell>),
    Code(Rc<CodeUnit>),
    Property(Rc<Property>),
    StaticMethod(Rc<Value>),
    ClassMethod(Rc<Value>),
    Super(Rc<PySuper>),
    Complex(Rc<(f64, f64)>),
    /// A `bytearray`: mutable bytes.
    ByteArray(Rc<RefCell<Vec<u8>>>),
    /// Native state behind a builtin object (an open file), kept in an instance's `base_value`
    /// and never visible to Python code; dropping the last reference releases it.
    Opaque(Rc<OpaqueBox>),
    // The two inline variants without a payload come last, after every counted one: native
    // code tells a counted value by its tag in one range check (`jit_support`).
    NotImplemented,
    Ellipsis,
}

impl Clone for Value {
    /// Inline values are copied; a counted one is copied after raising its object's reference
    /// count in place, the same code for every variant (no jump table, no call), so the hot
    /// paths inline it.
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(count) = self.strong_count_cell() {
            match count.get().checked_add(1) {
                Some(n) => count.set(n),
                Option::None => std::process::abort(),
            }
        }
        // SAFETY: an inline value owns nothing, so a bitwise copy is a clone; for a counted
        // value the count was raised above for the copy, as `Rc::clone` would.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// The strong count of the object a counted value points to; `None` for inline values.
    #[inline(always)]
    fn strong_count_cell(&self) -> Option<&std::cell::Cell<usize>> {
        use Value::*;
        match self {
            Undef | None | Bool(_) | Int(_) | Float(_) | NotImplemented | Ellipsis => Option::None,
            // SAFETY: every other variant holds exactly one `Rc<T>` (T sized) as its payload,
            // at offset 8 (`repr(C, u64)`). An `Rc` is a pointer to its `RcInner`, which std
            // declares `repr(C)` with the strong count (a `Cell<usize>`) as its first field, so
            // the pointer is the count's address (`rc_clone_is_count_increment` checks this for
            // every variant). The object lives as long as `self` holds its reference.
            _ => unsafe {
                let rc = *(self as *const Value as *const *const std::cell::Cell<usize>).add(1);
                Some(&*rc)
            },
        }
    }
}

impl Value {
    /// A bitwise copy of the value at `p` (no count change), read as two 8-byte loads. A
    /// register just written as a tag and a payload (two 8-byte stores) and read back by one
    /// 16-byte load stalls the core until both stores retire (store-to-load forwarding cannot
    /// combine them); the dispatch loop reads freshly written registers all the time (a result
    /// into `Return`, arguments into a callee's frame). Volatile keeps the loads apart.
    ///
    /// # Safety
    /// `p` must point to a valid `Value`; the copy is a second owner unless one is forgotten.
    #[inline(always)]
    pub unsafe fn read_halves(p: *const Value) -> Value {
        use std::mem::MaybeUninit;
        let q = p as *const MaybeUninit<u64>;
        let halves = [
            std::ptr::read_volatile(q),
            std::ptr::read_volatile(q.add(1)),
        ];
        std::mem::transmute::<[MaybeUninit<u64>; 2], Value>(halves)
    }

    /// Writes a clone of `self` to `dst` as two 8-byte moves (see `read_halves`; a clone
    /// returned by value went through the stack and was reloaded whole).
    ///
    /// # Safety
    /// `dst` must be valid for a write and hold nothing that needs dropping.
    #[inline(always)]
    pub unsafe fn clone_to(&self, dst: *mut Value) {
        use std::mem::MaybeUninit;
        if let Some(count) = self.strong_count_cell() {
            match count.get().checked_add(1) {
                Some(n) => count.set(n),
                Option::None => std::process::abort(),
            }
        }
        let q = self as *const Value as *const MaybeUninit<u64>;
        let d = dst as *mut MaybeUninit<u64>;
        d.write(std::ptr::read_volatile(q));
        d.add(1).write(std::ptr::read_volatile(q.add(1)));
    }
}

/// Native state behind a Python object (boxed, so that `Value` keeps a thin pointer).
pub type OpaqueBox = Box<dyn std::any::Any>;

// Native code and the JIT rely on this size (see the module docs).
const _: () = assert!(std::mem::size_of::<Value>() == 16);
// A string with its reference counts fits a 48-byte allocation (see `PyStr::hash`, `s`).
const _: () = assert!(std::mem::size_of::<PyStr>() <= 32);

/// An immutable string with a cached hash. `ascii` makes indexing by code point O(1).
pub struct PyStr {
    /// The text (a `Box<str>`, not a `String`: no capacity word, so a short string with its
    /// counts and hash fits a 48-byte allocation).
    pub s: Box<str>,
    pub ascii: bool,
    /// The hash once computed, else -1 (which no Python hash is): a `Cell<Option<i64>>` would
    /// take 16 bytes and make every string's allocation a size class larger.
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new(s: String) -> PyStr {
        let ascii = s.is_ascii();
        PyStr {
            s: s.into_boxed_str(),
            ascii,
            hash: Cell::new(-1),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// The number of code points.
    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.s.len()
        } else {
            self.s.chars().count()
        }
    }

    /// The hash, computed once (FNV-1a over the UTF-8 bytes: stable, like PYTHONHASHSEED=0).
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(h);
        h
    }
}

/// The hash of a string's text: CPython's (SipHash-1-3 with `PYTHONHASHSEED=0`), so that hashes
/// and the iteration order of sets of strings match CPython's.
pub fn hash_str(s: &str) -> i64 {
    crate::hashing::hash_str(s)
}

/// A set or frozenset: insertion-ordered hashed keys.
pub struct PySet {
    pub items: RefCell<crate::dict::KeySet>,
    /// Some key was ever stored whose `==` needs the VM (`dict::needs_py_eq`).
    pub py_eq_keys: Cell<bool>,
}

impl PySet {
    pub fn new(items: crate::dict::KeySet) -> PySet {
        let py_eq = items.iter().any(|k| crate::dict::needs_py_eq(&k.key));
        PySet {
            items: RefCell::new(items),
            py_eq_keys: Cell::new(py_eq),
        }
    }
}

/// A `range`. Bounds and lengths that fit in machine words live in `start`/`stop`/`step` (the
/// interpreter and the JIT iterate those directly); a range with a bound or length beyond them
/// keeps exact values in `big` (then the word fields are 0, 0, 1 and unused). `range_obj` holds
/// the operations that work on either form.
pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub big: Option<Box<BigRange>>,
}

/// The exact bounds of a range beyond machine words.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl PyRange {
    /// A range of machine words (the caller knows the length fits in an `i64`).
    pub fn small(start: i64, stop: i64, step: i64) -> PyRange {
        PyRange {
            start,
            stop,
            step,
            big: None,
        }
    }

    /// The length of a machine-word range (`range_obj::len_big` covers both forms).
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }

    pub fn is_empty(&self) -> bool {
        match &self.big {
            Some(b) => crate::range_obj::big_len(&b.start, &b.stop, &b.step) == BigInt::from(0),
            None => self.len() == 0,
        }
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A Python function: code plus the environment it closes over.
pub struct PyFunction {
    pub code: Rc<CodeUnit>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    pub closure: Vec<Rc<PyCell>>,
    pub dict: RefCell<Option<Rc<PyDict>>>,
    pub module: Value,
}

/// A native function signature: positional arguments, then the values of keyword arguments whose
/// names are `kwnames` (the last `kwnames.len()` entries of `args`), vectorcall style.
pub type NativeFn = fn(&mut crate::Vm, &[Value], &[Value]) -> crate::PyResult<Value>;

/// A function implemented in Rust, possibly bound to a `self` (a method of a builtin type).
pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    pub bound: Option<Value>,
    /// The type that owns a method descriptor (for reprs and checks).
    pub owner: Option<&'static str>,
}

pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}

/// An instance of a class defined in Python (exceptions included).
pub struct PyInstance {
    pub class: RefCell<Rc<PyType>>,
    pub dict: crate::instance_dict::InstanceDict,
    /// What only some instances have, made at its first write (see `InstanceExtra`).
    pub extra: std::cell::OnceCell<Box<InstanceExtra>>,
}

// An instance with up to two attributes fits one 96-byte allocation (with its counts),
// smaller than CPython's object plus its values (`tools/memory_sizes.py inst`).
const _: () = assert!(std::mem::size_of::<PyInstance>() <= 80);

/// The state of instances of builtin subclasses, exceptions and classes with `__slots__`:
/// kept apart so that a plain instance does not carry it.
#[derive(Default)]
pub struct InstanceExtra {
    /// The builtin value a subclass of a builtin type wraps (`class L(list)`), if any.
    pub base_value: RefCell<Value>,
    /// Arguments, traceback, cause and context, for exception instances.
    pub exc: RefCell<Option<Box<crate::exceptions::ExcState>>>,
    /// Values of `__slots__` attributes (`Undef` while unset), indexed by the member descriptors.
    pub slot_values: RefCell<Vec<Value>>,
}

thread_local! {
    /// What an instance without extra state reads: `Undef`, no exception state, no slots.
    /// Never written: writes go through `PyInstance::extra`, which makes the instance its own.
    static NO_EXTRA: &'static InstanceExtra = Box::leak(Box::default());
}

impl PyInstance {
    /// The instance's extra state, made now if it had none (for writing).
    pub fn extra(&self) -> &InstanceExtra {
        self.extra.get_or_init(Default::default)
    }

    /// The extra state for reading: an empty one shared by instances that have none.
    #[inline]
    pub fn extra_or_empty(&self) -> &InstanceExtra {
        match self.extra.get() {
            Some(x) => x,
            None => NO_EXTRA.with(|e| *e),
        }
    }

    /// The wrapped builtin value (`Undef` if none), for reading; write through `extra()`.
    #[inline]
    pub fn base_value(&self) -> &RefCell<Value> {
        &self.extra_or_empty().base_value
    }

    /// The exception state (`None` for non-exceptions), for reading; see `exc_state`.
    #[inline]
    pub fn exc(&self) -> &RefCell<Option<Box<crate::exceptions::ExcState>>> {
        &self.extra_or_empty().exc
    }
}

pub struct PyModule {
    pub name: String,
    pub dict: Rc<PyDict>,
}

/// A closure cell; `Undef` while empty.
pub struct PyCell {
    pub value: RefCell<Value>,
}

impl PyCell {
    pub fn new(v: Value) -> PyCell {
        PyCell {
            value: RefCell::new(v),
        }
    }
}

pub struct Property {
    pub getter: Value,
    pub setter: Value,
    pub deleter: Value,
    pub doc: Value,
    /// The attribute name it was bound to in a class body (`__set_name__`), for messages.
    pub name: RefCell<Option<String>>,
}

pub struct PySuper {
    pub class: Rc<PyType>,
    pub receiver: Value,
}

impl Value {
    pub fn str(s: impl Into<String>) -> Value {
        Value::Str(Rc::new(PyStr::new(s.into())))
    }

    /// A one-character string. ASCII characters are shared, as CPython shares its one-character
    /// Latin-1 strings: iterating over text or indexing it allocates nothing for them.
    pub fn char(c: char) -> Value {
        thread_local! {
            static ASCII: Vec<Rc<PyStr>> =
                (0u8..128).map(|b| Rc::new(PyStr::new(char::from(b).to_string()))).collect();
        }
        if c.is_ascii() {
            ASCII.with(|t| Value::Str(t[c as usize].clone()))
        } else {
            Value::str(c.to_string())
        }
    }

    /// A new list (registered with the cycle collector).
    #[inline]
    pub fn list(items: Vec<Value>) -> Value {
        crate::gc::new_list(items)
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::empty_tuple();
        }
        Value::Tuple(Rc::new(items))
    }

    /// The one empty tuple (`tuple() is ()`, as in CPython).
    pub fn empty_tuple() -> Value {
        thread_local! {
            static EMPTY: Value = Value::Tuple(Rc::new(Vec::new()));
        }
        EMPTY.with(|e| e.clone())
    }

    /// An int from a big integer, normalized to the inline form when it fits.
    pub fn from_bigint(i: BigInt) -> Value {
        match i64::try_from(&i) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::BigInt(Rc::new(i)),
        }
    }

    /// Whether the value points to a heap object (so copying or dropping it touches a count).
    #[inline(always)]
    pub fn is_heap(&self) -> bool {
        !matches!(
            self,
            Value::Undef | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
        )
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`): inline values by value, heap values by address.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        // Values of different variants are never the same object (a set and a frozenset never
        // share their table): most `x is None` tests end here.
        match (self, other) {
            (None, None)
            | (Undef, Undef)
            | (NotImplemented, NotImplemented)
            | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of a heap value (for `is` and `id`).
    pub fn heap_ptr(&self) -> Option<usize> {
        use Value::*;
        let p = match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) | FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Type(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iterator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Property(r) => Rc::as_ptr(r) as *const u8 as usize,
            StaticMethod(r) | ClassMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            Complex(r) => Rc::as_ptr(r) as *const u8 as usize,
            ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            Opaque(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return Option::None,
        };
        Some(p)
    }

    /// The text of a `str` value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_sixteen_bytes_with_payload_at_offset_eight() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        let v = Value::Int(0x1122334455667788);
        // SAFETY: reading the documented repr(C, u64) layout of a live value.
        let payload = unsafe { *((&v as *const Value as *const u8).add(8) as *const i64) };
        assert_eq!(payload, 0x1122334455667788);
    }

    /// `Value::clone` raises the count through the payload pointer: check that this is the
    /// count `Rc` itself keeps, for payloads of several sizes and alignments.
    #[test]
    fn rc_clone_is_count_increment() {
        fn check<T>(rc: Rc<T>, wrap: fn(Rc<T>) -> Value) {
            let probe = rc.clone();
            let v = wrap(rc);
            let mut copies: Vec<Value> = (0..3).map(|_| v.clone()).collect();
            // `clone_to` and `read_halves` copy the same bits by halves.
            let mut slot = std::mem::MaybeUninit::<Value>::uninit();
            // SAFETY: `slot` is valid for a write; the copy is then owned by `copies`.
            unsafe { v.clone_to(slot.as_mut_ptr()) };
            copies.push(unsafe { slot.assume_init() });
            assert_eq!(Rc::strong_count(&probe), 6);
            // SAFETY: the bitwise copy is forgotten, so the count stays right.
            std::mem::forget(unsafe { Value::read_halves(&v) });
            assert_eq!(Rc::strong_count(&probe), 6);
            drop(copies);
            drop(v);
            assert_eq!(Rc::strong_count(&probe), 1);
        }
        check(Rc::new(BigInt::from(7) << 80), Value::BigInt);
        check(Rc::new(PyStr::new("s".to_string())), Value::Str);
        check(Rc::new(vec![1u8, 2]), Value::Bytes);
        check(Rc::new(RefCell::new(vec![Value::Int(1)])), Value::List);
        check(Rc::new(vec![Value::None]), Value::Tuple);
        check(Rc::new(PyDict::new()), Value::Dict);
        check(Rc::new((1.0, 2.0)), Value::Complex);
        check(Rc::new(Value::Int(3)), Value::StaticMethod);
        check(Rc::new(RefCell::new(vec![0u8])), Value::ByteArray);
        check(Rc::new(Box::new(5u128) as OpaqueBox), Value::Opaque);
    }
}
