//! The cycle collector. Objects are freed by reference counting (`Rc`); this module finds the
//! reference cycles that counting alone never frees, as CPython's `gc` does.
//!
//! Registry: the constructors of the container objects that can close a cycle (instances made by
//! `object.__new__`, lists, sets, dicts of displays and `dict()`, generators, functions with
//! closures or defaults) push a `Weak` pointer on a thread-local vector: one push, no hashing.
//! Entries of objects that died are dropped when a collection compacts the vector.
//!
//! Collection (`scan`) is CPython's trial deletion: for every candidate, `gc_refs` starts as its
//! strong count, less one for each reference held by another candidate. A candidate left with
//! `gc_refs > 0` is referenced from outside the candidates (a frame's registers, a Rust local, a
//! class, a module) and everything reachable from it survives; the rest is garbage only
//! referenced by garbage, and clearing its contents (list items, dict entries, cell contents,
//! instance attributes) lets the counts free it. An object whose contents cannot be read (its
//! `RefCell` is borrowed by code that is running) counts as referenced from outside, so a
//! collection may run wherever objects are allocated, and never clears a live object.
//!
//! Two generations: new objects are "young"; a young collection runs when `threshold0` young
//! objects were registered (700, as CPython's generation 0) and moves survivors to "old". A full
//! collection (old and young) runs after `threshold1` young collections when the old generation
//! doubled since the last full one (CPython waits for a quarter more; a full collection costs
//! more per object here, so it runs less often on a growing heap), and on `gc.collect()`.

mod module;
mod traverse;

pub use module::make_module;

use crate::dict::PyDict;
use crate::generator::PyGenerator;
use crate::value::{PyFunction, PyInstance, PySet, Value};
use std::cell::{RefCell, UnsafeCell};
use std::rc::{Rc, Weak};

/// A registered object: a weak pointer with its kind in the low bits, one word (the registry
/// holds one per tracked object, CPython's GC header costs two). Holding it keeps only the
/// allocation, not the object, alive.
pub struct Tracked(usize);

const KIND_BITS: usize = 7;
const INSTANCE: usize = 0;
const LIST: usize = 1;
const DICT: usize = 2;
const SET: usize = 3;
const FUNCTION: usize = 4;
const GENERATOR: usize = 5;

/// The object at `addr` (from `Weak::<T>::into_raw` in `Tracked::new`), if still alive.
///
/// # Safety
/// `addr` must come from `Weak::<T>::into_raw` whose weak count is still owned by a `Tracked`.
unsafe fn upgrade_raw<T>(addr: usize) -> Option<Rc<T>> {
    // SAFETY: as the caller promises; `ManuallyDrop` leaves the weak count owned by the entry.
    std::mem::ManuallyDrop::new(unsafe { Weak::from_raw(addr as *const T) }).upgrade()
}

/// Gives back the weak count a `Tracked` owned.
///
/// # Safety
/// As `upgrade_raw`, and the entry must not be used again.
unsafe fn release_raw<T>(addr: usize) {
    // SAFETY: as the caller promises.
    drop(unsafe { Weak::from_raw(addr as *const T) });
}

impl Tracked {
    fn new<T>(r: &Rc<T>, kind: usize) -> Tracked {
        let addr = Weak::into_raw(Rc::downgrade(r)) as usize;
        // Every tracked type holds pointers, so its address leaves the kind bits clear.
        debug_assert_eq!(addr & KIND_BITS, 0);
        Tracked(addr | kind)
    }

    /// The object as a value, if it is still alive.
    fn upgrade(&self) -> Option<Value> {
        let addr = self.0 & !KIND_BITS;
        // SAFETY: `addr` came from `Weak::into_raw` of the type its kind bits name, and this
        // entry still owns that weak count.
        unsafe {
            Some(match self.0 & KIND_BITS {
                INSTANCE => Value::Instance(upgrade_raw(addr)?),
                LIST => Value::List(upgrade_raw(addr)?),
                DICT => Value::Dict(upgrade_raw(addr)?),
                SET => Value::Set(upgrade_raw(addr)?),
                FUNCTION => Value::Function(upgrade_raw(addr)?),
                _ => Value::Generator(upgrade_raw(addr)?),
            })
        }
    }

    /// The registry entry of a tracked-kind value (the others are found by traversal).
    fn of(v: &Value) -> Option<Tracked> {
        Some(match v {
            Value::Instance(r) => Tracked::new(r, INSTANCE),
            Value::List(r) => Tracked::new(r, LIST),
            Value::Dict(r) => Tracked::new(r, DICT),
            Value::Set(r) => Tracked::new(r, SET),
            Value::Function(r) => Tracked::new(r, FUNCTION),
            Value::Generator(r) => Tracked::new(r, GENERATOR),
            _ => return None,
        })
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        let addr = self.0 & !KIND_BITS;
        // SAFETY: as in `upgrade`; the entry is gone after this.
        unsafe {
            match self.0 & KIND_BITS {
                INSTANCE => release_raw::<PyInstance>(addr),
                LIST => release_raw::<RefCell<Vec<Value>>>(addr),
                DICT => release_raw::<PyDict>(addr),
                SET => release_raw::<PySet>(addr),
                FUNCTION => release_raw::<PyFunction>(addr),
                _ => release_raw::<PyGenerator>(addr),
            }
        }
    }
}

const _: () = assert!(std::mem::size_of::<Tracked>() == 8);
// The kind bits need addresses aligned to 8: every tracked type holds pointers.
const _: () = assert!(
    std::mem::align_of::<PyInstance>() >= 8
        && std::mem::align_of::<RefCell<Vec<Value>>>() >= 8
        && std::mem::align_of::<PyDict>() >= 8
        && std::mem::align_of::<PySet>() >= 8
        && std::mem::align_of::<PyFunction>() >= 8
        && std::mem::align_of::<PyGenerator>() >= 8
);

/// The young generation: registered objects, and the size at which registering starts a
/// collection (`usize::MAX` while disabled or collecting), so registering tests one number.
struct Young {
    items: Vec<Tracked>,
    trigger: usize,
}

/// Runs `f` on the young generation.
#[inline(always)]
fn young<R>(f: impl FnOnce(&mut Young) -> R) -> R {
    // SAFETY: thread-local, and every `f` given here only reads or moves plain data (pushes,
    // swaps, lengths): none calls code that could come back here, so the `&mut` is unique.
    YOUNG.with(|y| f(unsafe { &mut *y.get() }))
}

/// The collector's settings and older generation.
struct State {
    /// The old generation, as the survivors of each collection: chunks are appended whole,
    /// never copied into one growing vector (whose old buffers would linger in memory).
    old: Vec<Vec<Tracked>>,
    old_len: usize,
    threshold: [usize; 3],
    enabled: bool,
    /// Young collections since the last full one.
    young_collections: usize,
    /// The size of `old` after the last full collection.
    old_after_full: usize,
    collections: [usize; 2],
    collected: [usize; 2],
    /// Every automatic collection is a full one (`FERROPY_GC_FULL`, for testing the collector).
    always_full: bool,
}

thread_local! {
    static YOUNG: UnsafeCell<Young> = const {
        UnsafeCell::new(Young { items: Vec::new(), trigger: 700 })
    };
    static STATE: RefCell<State> = const {
        RefCell::new(State {
            old: Vec::new(),
            old_len: 0,
            threshold: [700, 10, 10],
            enabled: true,
            young_collections: 0,
            old_after_full: 0,
            collections: [0; 2],
            collected: [0; 2],
            always_full: false,
        })
    };
}

/// Registers a new object (a push), and collects when enough were registered.
#[inline]
fn track(t: Tracked) {
    let due = young(|y| {
        y.items.push(t);
        y.items.len() >= y.trigger
    });
    if due {
        auto_collect();
    }
}

#[inline]
pub fn track_instance(r: &Rc<PyInstance>) {
    track(Tracked::new(r, INSTANCE));
}

#[inline]
pub fn track_list(r: &Rc<RefCell<Vec<Value>>>) {
    track(Tracked::new(r, LIST));
}

#[inline]
pub fn track_dict(r: &Rc<PyDict>) {
    track(Tracked::new(r, DICT));
}

#[inline]
pub fn track_set(r: &Rc<PySet>) {
    track(Tracked::new(r, SET));
}

#[inline]
pub fn track_generator(r: &Rc<PyGenerator>) {
    track(Tracked::new(r, GENERATOR));
}

/// Registers a function if it can be part of a cycle (a closure, defaults); returns it as a value.
#[inline]
pub fn track_function(r: Rc<PyFunction>) -> Value {
    if !r.closure.is_empty() || !r.defaults.borrow().is_empty() || r.kwdefaults.borrow().is_some() {
        track(Tracked::new(&r, FUNCTION));
    }
    Value::Function(r)
}

/// Registers any value of a tracked kind (for constructors that make a `Value` directly).
pub fn track_value(v: &Value) {
    if let Some(t) = Tracked::of(v) {
        track(t);
    }
}

/// A list value, registered.
#[inline]
pub fn new_list(items: Vec<Value>) -> Value {
    let r = Rc::new(RefCell::new(items));
    track_list(&r);
    Value::List(r)
}

#[cold]
#[inline(never)]
fn auto_collect() {
    let full = STATE.with(|s| {
        let s = s.borrow();
        s.always_full
            || s.young_collections + 1 >= s.threshold[1] && s.old_len > 2 * s.old_after_full
    });
    collect(if full { 2 } else { 0 });
}

/// Test settings from the environment: `FERROPY_GC_THRESHOLD=N` sets `threshold0` (a small one
/// runs the collector between almost every two allocations), `FERROPY_GC_FULL=1` makes every
/// automatic collection a full one. Running the test programs so checks that the collector
/// never frees a live object.
pub fn configure_from_env() {
    let t0 = std::env::var("FERROPY_GC_THRESHOLD").ok();
    let full = std::env::var_os("FERROPY_GC_FULL").is_some_and(|v| v != "0");
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(n) = t0.and_then(|t| t.trim().parse().ok()) {
            s.threshold[0] = n;
        }
        s.always_full = full;
    });
    rearm();
}

/// Sets `TRIGGER` from the settings (disabled: never).
fn rearm() {
    let t = STATE.with(|s| {
        let s = s.borrow();
        if s.enabled && s.threshold[0] > 0 {
            s.threshold[0]
        } else {
            usize::MAX
        }
    });
    young(|y| y.trigger = t);
}

/// Called after every full collection: the CLI gives its allocator's "return freed memory to
/// the system now" (a collection frees at once what it found and the buffers it used).
static AFTER_FULL_COLLECTION: std::sync::OnceLock<fn()> = std::sync::OnceLock::new();

/// Sets what runs after every full collection (see `AFTER_FULL_COLLECTION`); the first call wins.
pub fn set_after_full_collection(hook: fn()) {
    let _ = AFTER_FULL_COLLECTION.set(hook);
}

/// Runs a collection of `generation` (0: young only; 1 or 2: everything) and returns the number
/// of unreachable objects found, counted as CPython counts them where the layouts agree.
pub fn collect(generation: usize) -> usize {
    let mut taken = young(|y| {
        y.trigger = usize::MAX;
        std::mem::take(&mut y.items)
    });
    let full = generation > 0;
    let old = if full {
        STATE.with(|s| {
            let mut s = s.borrow_mut();
            s.old_len = 0;
            std::mem::take(&mut s.old)
        })
    } else {
        Vec::new()
    };
    let mut candidates: Vec<Value> = Vec::with_capacity(taken.len() + old.len());
    candidates.extend(
        old.iter()
            .flatten()
            .chain(taken.iter())
            .filter_map(Tracked::upgrade),
    );
    // The weak pointers go first: an object freed below then gives its memory back at once.
    taken.clear();
    drop(old);
    let (found, survivors) = traverse::scan(candidates, full);
    // The young vector keeps its buffer, so registering does not grow it again.
    young(|y| {
        if y.items.is_empty() {
            std::mem::swap(&mut y.items, &mut taken);
        }
    });
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.old_len += survivors.len();
        if !survivors.is_empty() {
            s.old.push(survivors);
        }
        let g = usize::from(full);
        s.collections[g] += 1;
        s.collected[g] += found;
        if full {
            s.young_collections = 0;
            s.old_after_full = s.old_len;
        } else {
            s.young_collections += 1;
        }
    });
    rearm();
    if full {
        if let Some(hook) = AFTER_FULL_COLLECTION.get() {
            hook();
        }
    }
    found
}

pub fn enable(on: bool) {
    STATE.with(|s| s.borrow_mut().enabled = on);
    rearm();
}

pub fn is_enabled() -> bool {
    STATE.with(|s| s.borrow().enabled)
}

/// `gc.get_count()`: young objects registered, young collections since the last full one.
pub fn count() -> (usize, usize, usize) {
    let n = young(|y| y.items.len());
    STATE.with(|s| (n, s.borrow().young_collections, 0))
}

pub fn threshold() -> [usize; 3] {
    STATE.with(|s| s.borrow().threshold)
}

pub fn set_threshold(t: [usize; 3]) {
    STATE.with(|s| s.borrow_mut().threshold = t);
    rearm();
}

/// Collections and objects collected so far, young then full.
pub fn stats() -> ([usize; 2], [usize; 2]) {
    STATE.with(|s| {
        let s = s.borrow();
        (s.collections, s.collected)
    })
}

/// `gc.is_tracked`: whether the collector would consider the object.
pub fn is_tracked(v: &Value) -> bool {
    match v {
        // CPython tracks every function, class and module.
        Value::Function(_) | Value::Type(_) | Value::Module(_) => true,
        Value::Tuple(t) => t.iter().any(traverse::is_container),
        Value::Dict(d) => d
            .map
            .borrow()
            .iter()
            .any(|(k, v)| traverse::is_container(&k.key) || traverse::is_container(v)),
        v => traverse::is_container(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list_of(v: &Value) -> &Rc<RefCell<Vec<Value>>> {
        match v {
            Value::List(l) => l,
            _ => unreachable!("a list"),
        }
    }

    #[test]
    fn a_registry_entry_holds_only_a_weak_count_and_gives_it_back() {
        let list: Rc<RefCell<Vec<Value>>> = Rc::new(RefCell::new(vec![Value::Int(7)]));
        let entry = Tracked::of(&Value::List(list.clone())).expect("lists are tracked");
        assert_eq!((Rc::strong_count(&list), Rc::weak_count(&list)), (1, 1));
        match entry.upgrade() {
            Some(Value::List(l)) => assert!(Rc::ptr_eq(&l, &list)),
            _ => panic!("the entry upgrades to its list"),
        }
        drop(entry);
        assert_eq!(Rc::weak_count(&list), 0);
        let entry = Tracked::new(&list, LIST);
        drop(list);
        assert!(
            entry.upgrade().is_none(),
            "a dead object does not come back"
        );
    }

    #[test]
    fn a_dropped_cycle_is_found_and_a_referenced_one_kept() {
        enable(false);
        collect(2);
        let a = Value::list(vec![Value::Int(1)]);
        let b = Value::list(vec![a.clone()]);
        list_of(&a).borrow_mut().push(b.clone());
        drop(b);
        // Still referenced from here: nothing to collect, contents intact.
        assert_eq!(collect(2), 0);
        assert_eq!(list_of(&a).borrow().len(), 2);
        drop(a);
        assert_eq!(collect(2), 2);
        assert_eq!(collect(2), 0);
    }

    #[test]
    fn a_borrowed_object_counts_as_reachable_and_nothing_panics() {
        enable(false);
        collect(2);
        let a = Value::list(Vec::new());
        list_of(&a).borrow_mut().push(a.clone());
        let weak = Rc::downgrade(list_of(&a));
        {
            // Running code holds a mutable borrow while a collection runs.
            let held = list_of(&a).clone();
            let _guard = held.borrow_mut();
            drop(a);
            drop(held.clone());
            assert_eq!(collect(2), 0);
        }
        assert!(weak.upgrade().is_some(), "kept while borrowed");
        assert_eq!(collect(2), 1);
        assert!(weak.upgrade().is_none(), "freed once unreachable");
    }

    #[test]
    fn young_collections_promote_survivors() {
        set_threshold([700, 10, 10]);
        enable(true);
        collect(2);
        let keep: Vec<Value> = (0..2000)
            .map(|i| Value::list(vec![Value::Int(i)]))
            .collect();
        let (young, _, _) = count();
        assert!(
            young < 700,
            "automatic young collections ran ({young} left)"
        );
        assert!(keep.iter().all(|l| list_of(l).borrow().len() == 1));
    }
}
