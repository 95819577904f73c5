//! Trial deletion over a set of candidates: which references each kind of object holds
//! (`traverse`), how garbage is broken up (`clear`), and the scan itself.

use super::Tracked;
use crate::value::Value;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Hashes an object address (already well spread above the alignment bits) with one multiply.
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x100000001b3);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64 >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type AddrMap = HashMap<usize, usize, BuildHasherDefault<AddrHasher>>;

/// A `gc_refs` that marks an object as referenced from outside whatever the counts say.
const EXTERNAL: i64 = i64::MAX / 2;

/// Whether a value is an object that can hold references to other objects (a candidate).
pub fn is_container(v: &Value) -> bool {
    match v {
        Value::Instance(_)
        | Value::List(_)
        | Value::Tuple(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::FrozenSet(_)
        | Value::Function(_)
        | Value::BoundMethod(_)
        | Value::Cell(_)
        | Value::Generator(_)
        | Value::StaticMethod(_)
        | Value::ClassMethod(_)
        | Value::Property(_)
        | Value::Super(_) => true,
        Value::Builtin(b) => b.bound.is_some(),
        _ => false,
    }
}

/// Whether objects of this kind are registered when made (all of them, or the ones of them that
/// can close a cycle): one met during a young collection that is not a candidate is old, and is
/// not followed, so that generation 0 stays small.
fn registered_kind(v: &Value) -> bool {
    matches!(
        v,
        Value::Instance(_)
            | Value::List(_)
            | Value::Set(_)
            | Value::Generator(_)
            | Value::Dict(_)
            | Value::Function(_)
    )
}

fn strong_count(v: &Value) -> i64 {
    use std::rc::Rc;
    let n = match v {
        Value::Instance(r) => Rc::strong_count(r),
        Value::List(r) => Rc::strong_count(r),
        Value::Tuple(r) => Rc::strong_count(r),
        Value::Dict(r) => Rc::strong_count(r),
        Value::Set(r) | Value::FrozenSet(r) => Rc::strong_count(r),
        Value::Function(r) => Rc::strong_count(r),
        Value::BoundMethod(r) => Rc::strong_count(r),
        Value::Cell(r) => Rc::strong_count(r),
        Value::Generator(r) => Rc::strong_count(r),
        Value::StaticMethod(r) | Value::ClassMethod(r) => Rc::strong_count(r),
        Value::Property(r) => Rc::strong_count(r),
        Value::Super(r) => Rc::strong_count(r),
        Value::Builtin(r) => Rc::strong_count(r),
        _ => return EXTERNAL,
    };
    n as i64
}

/// Calls `visit` once for each strong reference `v` holds to a value (temporary values stand for
/// the `Rc`s that are not stored as values, such as closure cells). Returns false when the
/// contents cannot be read because running code holds a borrow: the object then counts as
/// referenced from outside.
fn traverse(v: &Value, visit: &mut dyn FnMut(&Value)) -> bool {
    match v {
        Value::Instance(i) => {
            match i.dict.split_values() {
                Ok(values) => values.iter().for_each(&mut *visit),
                // The attribute dict is part of the instance while nothing else holds it
                // (`obj.__dict__` kept somewhere makes the instance count as reachable).
                Err(Some(d)) if std::rc::Rc::strong_count(&d) == 2 => {
                    let Ok(map) = d.map.try_borrow() else {
                        return false;
                    };
                    for (k, v) in map.iter() {
                        visit(&k.key);
                        visit(v);
                    }
                }
                Err(_) => return false,
            }
            if let Some(x) = i.extra.get() {
                let (Ok(slots), Ok(base)) = (x.slot_values.try_borrow(), x.base_value.try_borrow())
                else {
                    return false;
                };
                slots.iter().for_each(&mut *visit);
                visit(&base);
            }
        }
        Value::List(l) => match l.try_borrow() {
            Ok(items) => items.iter().for_each(visit),
            Err(_) => return false,
        },
        Value::Tuple(t) => t.iter().for_each(visit),
        Value::Dict(d) => match d.map.try_borrow() {
            Ok(map) => map.iter().for_each(|(k, v)| {
                visit(&k.key);
                visit(v);
            }),
            Err(_) => return false,
        },
        Value::Set(s) | Value::FrozenSet(s) => match s.items.try_borrow() {
            Ok(items) => items.iter().for_each(|k| visit(&k.key)),
            Err(_) => return false,
        },
        Value::Function(f) => {
            let (Ok(defaults), Ok(kw), Ok(dict)) = (
                f.defaults.try_borrow(),
                f.kwdefaults.try_borrow(),
                f.dict.try_borrow(),
            ) else {
                return false;
            };
            defaults.iter().for_each(&mut *visit);
            for d in kw.iter().chain(dict.iter()) {
                visit(&Value::Dict(d.clone()));
            }
            for c in &f.closure {
                visit(&Value::Cell(c.clone()));
            }
        }
        Value::Cell(c) => match c.value.try_borrow() {
            Ok(v) => visit(&v),
            Err(_) => return false,
        },
        Value::BoundMethod(b) => {
            visit(&b.func);
            visit(&b.receiver);
        }
        Value::Generator(g) => match g.frame.try_borrow() {
            Ok(frame) => {
                if let Ok(h) = g.handled.try_borrow() {
                    visit(&h);
                }
                if let Some(f) = frame.as_ref() {
                    f.regs.iter().for_each(&mut *visit);
                    for c in &f.cells {
                        visit(&Value::Cell(c.clone()));
                    }
                }
            }
            Err(_) => return false,
        },
        Value::StaticMethod(r) | Value::ClassMethod(r) => visit(r),
        Value::Property(p) => {
            for v in [&p.getter, &p.setter, &p.deleter, &p.doc] {
                visit(v);
            }
        }
        Value::Super(s) => visit(&s.receiver),
        Value::Builtin(b) => {
            if let Some(v) = &b.bound {
                visit(v);
            }
        }
        _ => {}
    }
    true
}

/// Empties a garbage object, moving what it held into `trash` (dropped once every object is
/// cleared, so no contents are freed while another object is being emptied).
fn clear(v: &Value, trash: &mut Vec<Value>) {
    fn take_map(d: &crate::dict::PyDict, trash: &mut Vec<Value>) {
        if let Ok(mut m) = d.map.try_borrow_mut() {
            for (k, v) in std::mem::take(&mut *m) {
                trash.push(k.key);
                trash.push(v);
            }
        } else {
            return;
        }
        d.bump();
    }
    match v {
        Value::Instance(i) => {
            if let Some(d) = i.dict.take_split_values(trash) {
                take_map(&d, trash);
            }
            if let Some(x) = i.extra.get() {
                if let Ok(mut s) = x.slot_values.try_borrow_mut() {
                    trash.append(&mut s);
                }
                if let Ok(mut b) = x.base_value.try_borrow_mut() {
                    trash.push(std::mem::take(&mut *b));
                }
            }
        }
        Value::List(l) => {
            if let Ok(mut items) = l.try_borrow_mut() {
                trash.append(&mut items);
            }
        }
        Value::Dict(d) => take_map(d, trash),
        Value::Set(s) | Value::FrozenSet(s) => {
            if let Ok(mut items) = s.items.try_borrow_mut() {
                let old = std::mem::take(&mut *items);
                trash.extend(old.iter().map(|k| k.key.clone()));
            }
        }
        Value::Function(f) => {
            if let Ok(mut d) = f.defaults.try_borrow_mut() {
                trash.append(&mut d);
            }
            for slot in [&f.kwdefaults, &f.dict] {
                if let Ok(mut d) = slot.try_borrow_mut() {
                    if let Some(d) = d.take() {
                        trash.push(Value::Dict(d));
                    }
                }
            }
        }
        Value::Cell(c) => {
            if let Ok(mut v) = c.value.try_borrow_mut() {
                trash.push(std::mem::take(&mut *v));
            }
        }
        Value::Generator(g) => {
            if let Ok(mut h) = g.handled.try_borrow_mut() {
                trash.push(std::mem::take(&mut *h));
            }
            if !g.running.get() {
                if let Ok(mut f) = g.frame.try_borrow_mut() {
                    if let Some(f) = f.take() {
                        trash.extend(f.regs);
                        trash.extend(f.cells.into_iter().map(Value::Cell));
                    }
                }
            }
        }
        _ => {}
    }
}

/// Trial deletion over `candidates` (the registered objects of the generation collected, each
/// held once here) and the containers found from them: every one in a full collection; in a
/// young one only unregistered kinds (tuples, cells, bound methods, ...), and no more of them
/// than a budget, so that a young object at the end of a long chain of tuples does not make every
/// young collection walk the chain (the set of candidates may be any set: what it leaves out
/// only counts as an outside reference). Clears the garbage and returns how many objects it
/// held, with the registry entries of the registered survivors.
pub(super) fn scan(candidates: Vec<Value>, full: bool) -> (usize, Vec<Tracked>) {
    let mut index = AddrMap::default();
    let mut objs: Vec<Value> = Vec::with_capacity(candidates.len());
    for v in candidates {
        if let Some(p) = v.heap_ptr() {
            if index.insert(p, objs.len()).is_none() {
                objs.push(v);
            }
        }
    }
    let registered = objs.len();
    let mut budget = if full {
        usize::MAX
    } else {
        2 * registered + 64
    };
    let mut i = 0;
    while i < objs.len() && budget > 0 {
        let mut found = Vec::new();
        traverse(&objs[i], &mut |c| {
            if budget > 0 && is_container(c) && (full || !registered_kind(c)) {
                if let Some(p) = c.heap_ptr() {
                    let next = objs.len() + found.len();
                    if let std::collections::hash_map::Entry::Vacant(e) = index.entry(p) {
                        e.insert(next);
                        budget -= 1;
                        found.push(c.clone());
                    }
                }
            }
        });
        objs.append(&mut found);
        i += 1;
    }
    // gc_refs: the strong count less our own reference, less the candidates' references.
    let mut refs: Vec<i64> = objs.iter().map(|v| strong_count(v) - 1).collect();
    for v in &objs {
        let readable = traverse(v, &mut |c| {
            if let Some(&j) = c.heap_ptr().and_then(|p| index.get(&p)) {
                refs[j] -= 1;
            }
        });
        if !readable {
            let j = index[&v.heap_ptr().unwrap_or(0)];
            refs[j] = EXTERNAL;
        }
    }
    if refs.iter().any(|&r| r < 0) {
        // More references counted than exist: a traversal is wrong. Collect nothing rather
        // than risk freeing a live object.
        debug_assert!(false, "gc: negative gc_refs");
        return (0, survivors(&objs[..registered], &vec![true; registered]));
    }
    // Everything reachable from an externally referenced object survives.
    let mut alive = vec![false; objs.len()];
    let mut stack: Vec<usize> = (0..objs.len()).filter(|&j| refs[j] > 0).collect();
    for &j in &stack {
        alive[j] = true;
    }
    while let Some(j) = stack.pop() {
        traverse(&objs[j], &mut |c| {
            if let Some(&k) = c.heap_ptr().and_then(|p| index.get(&p)) {
                if !alive[k] {
                    alive[k] = true;
                    stack.push(k);
                }
            }
        });
    }
    let mut trash = Vec::new();
    let mut found = 0;
    for (j, v) in objs.iter().enumerate() {
        if !alive[j] {
            found += 1;
            // CPython's function also holds its closure cells in a tuple.
            if let Value::Function(f) = v {
                found += usize::from(!f.closure.is_empty());
            }
            clear(v, &mut trash);
        }
    }
    let kept = survivors(&objs[..registered], &alive[..registered]);
    drop(objs);
    drop(trash);
    (found, kept)
}

/// The registry entries of the objects still alive, in a vector of exactly their number (it
/// becomes a chunk of the old generation as it is).
fn survivors(objs: &[Value], alive: &[bool]) -> Vec<Tracked> {
    let live = || objs.iter().zip(alive).filter(|(_, &a)| a);
    let mut out = Vec::with_capacity(live().count());
    out.extend(live().filter_map(|(v, _)| Tracked::of(v)));
    out
}
