//! What native code needs to load a global without a call: the value the interpreter's global
//! cache holds for a name, and the words that prove it still current (the frame's globals
//! dict, its version, the builtins' version), as `Vm::load_global` checks them.
//!
//! The value is written into the register as its two words; a counted value's reference count
//! is raised in place (every counted `Value` holds one `Rc` whose pointer is its count's
//! address: see `Value::strong_count_cell`).

use crate::interp::Frame;
use crate::regcode::{CodeUnit, RInstr};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// Byte offset of `Frame::globals` (an `Rc<PyDict>`, one pointer word).
pub const FRAME_GLOBALS_OFFSET: i32 = std::mem::offset_of!(Frame, globals) as i32;

/// A global load native code can do itself (see the module docs).
#[derive(Clone)]
pub struct GlobalGuard {
    /// The globals dict, which the native code keeps alive: while it lives no other dict
    /// takes its address, so an unchanged version there means the name is bound to the value
    /// still (which the dict, or the builtins, keeps alive).
    pub globals: Value,
    /// The word `Frame::globals` holds for the globals dict the value was found in. Native code
    /// compares it before it reads that dict's version: while a frame's globals word equals it,
    /// the dict at that address is alive (the frame holds it).
    pub globals_word: u64,
    /// Addresses of the globals' and the builtins' version counters, and their values then.
    pub globals_version_at: u64,
    pub globals_version: u64,
    pub builtins_version_at: u64,
    pub builtins_version: u64,
    /// The value's two words (tag, payload).
    pub words: [u64; 2],
    /// The address of the value's reference count; 0 for an inline value.
    pub count_at: u64,
}

/// The word an `Rc` field holds (its pointer).
fn rc_word<T>(rc: &Rc<T>) -> u64 {
    // SAFETY: an `Rc<T>` of a sized `T` is one non-null pointer (std guarantees it is
    // pointer-sized and non-null); reading it as a word copies the pointer without touching
    // the count.
    unsafe { std::mem::transmute_copy::<Rc<T>, usize>(rc) as u64 }
}

/// The value's two words.
fn value_words(v: &Value) -> [u64; 2] {
    // SAFETY: a `Value` is 16 bytes (`repr(C, u64)`: tag word, payload word); reading them
    // copies bits, no ownership.
    unsafe { std::mem::transmute_copy::<Value, [u64; 2]>(v) }
}

impl Vm {
    /// The globals dict at address `id`, if a running frame has it.
    fn running_globals(&self, id: usize) -> Option<Value> {
        self.frame_stack.iter().rev().find_map(|f| {
            // SAFETY: the frame stack holds the frames running now, each alive until it pops.
            let g = unsafe { &(**f).globals };
            (Rc::as_ptr(g) as usize == id).then(|| Value::Dict(g.clone()))
        })
    }

    /// For each global name of `unit` (indexed like `unit.names`), the guard native code may
    /// use for its `LoadGlobal`s: where the interpreter's cache holds a current value.
    pub fn global_guards(&self, unit: &CodeUnit) -> Vec<Option<GlobalGuard>> {
        let mut out = vec![None; unit.names.len()];
        let cache = unit.global_cache.borrow();
        let rc_header = Rc::as_ptr(&self.builtins) as u64 - rc_word(&self.builtins);
        let version = std::mem::offset_of!(crate::dict::PyDict, version);
        for instr in &unit.reg().instrs {
            let RInstr::LoadGlobal { name, .. } = *instr else {
                continue;
            };
            let Some(Some((globals_id, gv, bv, value))) = cache.get(name as usize) else {
                continue;
            };
            // `Frame::globals` holds the `Rc`'s pointer, which is the dict's address less the
            // `Rc`'s own header (the same for every `Rc<PyDict>`, measured on the builtins).
            let globals_word = *globals_id as u64 - rc_header;
            let count_at = match value {
                Value::NotImplemented | Value::Ellipsis => 0,
                v if v.is_heap() => value_words(v)[1],
                _ => 0,
            };
            let Some(globals) = self.running_globals(*globals_id) else {
                continue;
            };
            out[name as usize] = Some(GlobalGuard {
                globals,
                globals_word,
                globals_version_at: (*globals_id + version) as u64,
                globals_version: *gv,
                builtins_version_at: (Rc::as_ptr(&self.builtins) as usize + version) as u64,
                builtins_version: *bv,
                words: value_words(value),
                count_at,
            });
        }
        out
    }
}
