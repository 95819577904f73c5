//! Type objects, and the one table of builtin types and exception classes.

use crate::dict::PyDict;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// A class: builtin or defined in Python.
pub struct PyType {
    pub name: String,
    pub qualname: RefCell<String>,
    pub module: RefCell<String>,
    pub bases: RefCell<Vec<Rc<PyType>>>,
    /// The method resolution order after this type itself (C3 linearization).
    pub mro_tail: RefCell<Vec<Rc<PyType>>>,
    pub dict: Rc<PyDict>,
    /// The type of this class (`type` unless a metaclass was given).
    pub metaclass: RefCell<Option<Rc<PyType>>>,
    /// Defined by a `class` statement (instances are `PyInstance`).
    pub is_heap: bool,
    /// Instances have a `__dict__` (false for `object()` and classes with only `__slots__`).
    pub has_dict: Cell<bool>,
    /// Slots of instances, this class's and its bases' (`__slots__` names get consecutive
    /// indices into `PyInstance::slot_values`).
    pub nslots: Cell<usize>,
    /// Which attribute hooks the class has (`HOOK_*` bits), cached with the type epoch it was
    /// computed at.
    hooks: Cell<(u64, u8)>,
    /// `lookup_cached`'s entries and the type epoch they were made in.
    attr_cache: RefCell<(u64, AttrCache)>,
    /// Classes created with this one among their bases (`type.__subclasses__`).
    pub subclasses: RefCell<Vec<std::rc::Weak<PyType>>>,
    /// The attribute names its instances share (see `instance_dict`), made with the first.
    pub instance_keys: std::cell::OnceCell<Rc<crate::instance_dict::SharedKeys>>,
    /// `inline_call::plain_init`'s verdict and the type epoch it was reached at.
    pub plain_init: RefCell<Option<(u64, Option<Value>)>>,
}

/// The class defines `__getattribute__` (other than `object`'s).
/// Attribute lookups of one type by name address: the name (kept alive) and what was found.
type AttrCache = std::collections::HashMap<
    usize,
    (Rc<crate::value::PyStr>, Option<Value>),
    crate::dict::BuildPyHasher,
>;

pub const HOOK_GETATTRIBUTE: u8 = 1;
/// The class has a `__getattr__` fallback.
pub const HOOK_GETATTR: u8 = 2;
/// The class defines `__setattr__` (other than `object`'s).
pub const HOOK_SETATTR: u8 = 4;
/// The class defines `__delattr__` (other than `object`'s).
pub const HOOK_DELATTR: u8 = 8;

thread_local! {
    /// Changes whenever a class attribute is set or deleted after creation, which invalidates
    /// every class's cached `hooks`.
    static TYPE_EPOCH: Cell<u64> = const { Cell::new(0) };
}

/// The current type epoch (see `bump_type_epoch`).
#[inline(always)]
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.with(|e| e.get())
}

/// Where this thread's type epoch is (native code reads it to check an attribute cache entry
/// is still valid; it runs on the thread that made it).
pub fn type_epoch_address() -> usize {
    TYPE_EPOCH.with(|e| e as *const Cell<u64> as usize)
}

/// Invalidates the cached attribute hooks of every class (a class attribute changed).
pub fn bump_type_epoch() {
    TYPE_EPOCH.with(|e| e.set(e.get() + 1));
}

impl PyType {
    pub fn new(name: &str, bases: Vec<Rc<PyType>>, is_heap: bool) -> Rc<PyType> {
        let mro_tail = linearize(&bases).unwrap_or_default();
        let t = Rc::new(PyType {
            name: name.to_string(),
            qualname: RefCell::new(name.to_string()),
            module: RefCell::new(if is_heap { "__main__" } else { "builtins" }.to_string()),
            bases: RefCell::new(bases),
            mro_tail: RefCell::new(mro_tail),
            dict: {
                let d = PyDict::new();
                d.type_dict.set(true);
                Rc::new(d)
            },
            metaclass: RefCell::new(None),
            is_heap,
            has_dict: Cell::new(is_heap),
            nslots: Cell::new(0),
            hooks: Cell::new((u64::MAX, 0)),
            attr_cache: RefCell::new((u64::MAX, AttrCache::default())),
            subclasses: RefCell::new(Vec::new()),
            instance_keys: Default::default(),
            plain_init: RefCell::new(None),
        });
        for b in t.bases.borrow().iter() {
            let mut subs = b.subclasses.borrow_mut();
            // Dead entries are dropped now and then (not at every push: `object` has them all).
            if subs.len() >= 64 && subs.len().is_power_of_two() {
                subs.retain(|w| w.strong_count() > 0);
            }
            subs.push(Rc::downgrade(&t));
        }
        t
    }

    /// `lookup` through a per-type cache, valid until any class namespace changes (the type
    /// epoch). Entries keep their name alive, so a name's address identifies it.
    pub fn lookup_cached(self: &Rc<Self>, name: &Rc<crate::value::PyStr>) -> Option<Value> {
        let epoch = TYPE_EPOCH.with(|e| e.get());
        let key = Rc::as_ptr(name) as usize;
        {
            let cache = self.attr_cache.borrow();
            if cache.0 == epoch {
                if let Some((_, v)) = cache.1.get(&key) {
                    return v.clone();
                }
            }
        }
        let found = self.lookup_hashed(name.as_str(), name.hash());
        let mut cache = self.attr_cache.borrow_mut();
        if cache.0 != epoch {
            cache.1.clear();
            cache.0 = epoch;
        }
        cache.1.insert(key, (name.clone(), found.clone()));
        found
    }

    /// The full MRO, this type first.
    pub fn mro(self: &Rc<Self>) -> Vec<Rc<PyType>> {
        let mut v = vec![self.clone()];
        v.extend(self.mro_tail.borrow().iter().cloned());
        v
    }

    /// Looks a name up along the MRO.
    pub fn lookup(self: &Rc<Self>, name: &str) -> Option<Value> {
        let hash = crate::dict::str_hash(name);
        self.lookup_hashed(name, hash)
    }

    /// `lookup` with the name's hash already known (interned names cache theirs).
    pub fn lookup_hashed(self: &Rc<Self>, name: &str, hash: i64) -> Option<Value> {
        if let Some(v) = self.dict.get_str_hashed(name, hash) {
            return Some(v);
        }
        self.mro_tail
            .borrow()
            .iter()
            .find_map(|t| t.dict.get_str_hashed(name, hash))
    }

    /// The `HOOK_*` bits of this class, recomputed only after a class attribute changed.
    pub fn hooks(self: &Rc<Self>) -> u8 {
        let epoch = TYPE_EPOCH.with(|e| e.get());
        let (at, bits) = self.hooks.get();
        if at == epoch {
            return bits;
        }
        let custom = |name: &str| {
            let found = self.lookup(name);
            found.is_some() && !crate::classes::is_object_slot(&found)
        };
        let mut bits = 0;
        if custom("__getattribute__") {
            bits |= HOOK_GETATTRIBUTE;
        }
        if self.lookup("__getattr__").is_some() {
            bits |= HOOK_GETATTR;
        }
        if custom("__setattr__") {
            bits |= HOOK_SETATTR;
        }
        if custom("__delattr__") {
            bits |= HOOK_DELATTR;
        }
        self.hooks.set((epoch, bits));
        bits
    }

    pub fn is_subtype(self: &Rc<Self>, other: &Rc<PyType>) -> bool {
        Rc::ptr_eq(self, other) || self.mro_tail.borrow().iter().any(|t| Rc::ptr_eq(t, other))
    }
}

/// C3 linearization of the bases' MROs; `None` when no consistent order exists.
pub fn linearize(bases: &[Rc<PyType>]) -> Option<Vec<Rc<PyType>>> {
    let mut seqs: Vec<Vec<Rc<PyType>>> = bases.iter().map(|b| b.mro()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let head = seqs.iter().map(|s| s[0].clone()).find(|cand| {
            !seqs
                .iter()
                .any(|s| s[1..].iter().any(|t| Rc::ptr_eq(t, cand)))
        })?;
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

macro_rules! builtin_types {
    ($( $field:ident : $name:literal $(< $base:ident)? ;)*) => {
        /// Every builtin type, created once per VM.
        pub struct BuiltinTypes {
            $( pub $field: Rc<PyType>, )*
            /// Exception classes by name (the hierarchy is `EXCEPTIONS`).
            pub exceptions: HashMap<&'static str, Rc<PyType>>,
        }

        impl BuiltinTypes {
            pub fn new() -> BuiltinTypes {
                let object = PyType::new("object", vec![], false);
                $( let $field = builtin_types!(@make object, $field, $name $(, $base)?); )*
                let mut exceptions: HashMap<&'static str, Rc<PyType>> = HashMap::new();
                for (name, base) in EXCEPTIONS {
                    // Several bases are comma-separated (ExceptionGroup's).
                    let bases = match *base {
                        "" => vec![object.clone()],
                        b => b.split(',').map(|b| exceptions[b].clone()).collect(),
                    };
                    let t = PyType::new(name, bases, false);
                    t.has_dict.set(true);
                    exceptions.insert(name, t);
                }
                BuiltinTypes { $( $field, )* exceptions }
            }

            /// Every builtin type with its name, for the builtins module.
            pub fn all(&self) -> Vec<(&'static str, Rc<PyType>)> {
                vec![$( ($name, self.$field.clone()), )*]
            }
        }
    };
    (@make $object:ident, object, $name:literal) => { $object.clone() };
    (@make $object:ident, $field:ident, $name:literal, $base:ident) => { PyType::new($name, vec![$base.clone()], false) };
    (@make $object:ident, $field:ident, $name:literal) => { PyType::new($name, vec![$object.clone()], false) };
}

builtin_types! {
    object: "object";
    type_: "type";
    none_type: "NoneType";
    int: "int";
    bool_: "bool" < int;
    float: "float";
    complex: "complex";
    str_: "str";
    bytes: "bytes";
    list: "list";
    tuple: "tuple";
    dict: "dict";
    set: "set";
    frozenset: "frozenset";
    range: "range";
    slice: "slice";
    function: "function";
    builtin_function: "builtin_function_or_method";
    method: "method";
    module: "module";
    cell: "cell";
    code: "code";
    generator: "generator";
    coroutine: "coroutine";
    async_generator: "async_generator";
    memoryview: "memoryview";
    frame: "frame";
    code_snapshot: "code";
    property: "property";
    staticmethod: "staticmethod";
    classmethod: "classmethod";
    super_: "super";
    not_implemented_type: "NotImplementedType";
    ellipsis_type: "ellipsis";
    list_iterator: "list_iterator";
    tuple_iterator: "tuple_iterator";
    range_iterator: "range_iterator";
    longrange_iterator: "longrange_iterator";
    str_iterator: "str_iterator";
    str_ascii_iterator: "str_ascii_iterator";
    dict_keyiterator: "dict_keyiterator";
    dict_valueiterator: "dict_valueiterator";
    dict_itemiterator: "dict_itemiterator";
    set_iterator: "set_iterator";
    enumerate: "enumerate";
    zip: "zip";
    map: "map";
    filter: "filter";
    reversed: "reversed";
    callable_iterator: "callable_iterator";
    iterator: "iterator";
    dict_keys: "dict_keys";
    dict_values: "dict_values";
    dict_items: "dict_items";
    member_descriptor: "member_descriptor";
    list_reverseiterator: "list_reverseiterator";
    dict_reversekeyiterator: "dict_reversekeyiterator";
    dict_reversevalueiterator: "dict_reversevalueiterator";
    dict_reverseitemiterator: "dict_reverseitemiterator";
    traceback: "traceback";
    bytearray: "bytearray";
}

/// The builtin exception hierarchy: (name, base), each base listed before its subclasses.
pub const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("BaseExceptionGroup", "BaseException"),
    ("Exception", "BaseException"),
    ("ExceptionGroup", "BaseExceptionGroup,Exception"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("TimeoutError", "OSError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

impl Default for BuiltinTypes {
    fn default() -> Self {
        Self::new()
    }
}
