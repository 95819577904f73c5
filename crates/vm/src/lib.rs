//! ferropy's virtual machine: values and objects (`value`, documented layout), builtin types and
//! functions, the register translation (`translate`) and the interpreter over register code
//! (`interp`), the import system and the `.pyc` cache, and the tier-up trait (`TierUp`) the JIT
//! implements. Depends on `ferropy-bytecode` and `ferropy-compiler`; never on the JIT.
//!
//! Following one operation: the compiler emits stack `BinaryOp`; `translate` turns it into
//! `RInstr::BinaryOp { op, dst, a, b }`; `interp::dispatch` runs it with an inline small-int and
//! float fast path, falling back to `ops::binary_op`; the JIT lowers the same register
//! instruction to Cranelift IR.

pub mod args;
pub mod ast_objects;
pub mod asyncgen;
pub mod asyncproto;
pub mod attr;
pub mod attr_cache;
pub mod builtin_dunders;
pub mod builtins;
pub mod bytes_methods;
pub mod call;
pub mod classes;
pub mod codecs;
pub mod codeobj;
pub mod complex;
pub mod container;
pub mod descr;
pub mod dict;
pub mod evalexec;
pub mod exceptions;
pub mod excgroup;
pub mod fileio;
pub mod format;
pub mod gc;
pub mod generator;
pub mod guard;
pub mod hashing;
pub mod import;
pub(crate) mod inline_call;
pub mod instance_dict;
pub mod int;
pub mod interp;
pub mod iter;
pub mod jit_attrs;
pub mod jit_globals;
pub mod jit_range;
pub mod jit_support;
pub mod matching;
pub mod method_call;
pub mod methods;
mod native_call;
pub mod numbers;
pub mod numfmt;
pub mod ops;
pub mod pycache;
pub mod range_obj;
pub mod regcode;
pub mod repr;
pub mod runmain;
pub mod sets;
pub mod settable;
pub mod signals;
pub mod slots;
pub mod stdio;
pub mod stdlib_path;
pub mod str_case;
pub mod str_extra;
pub mod str_methods;
pub mod sys_extra;
pub mod sysmod;
pub mod traceback;
pub mod translate;
pub mod types;
pub mod value;
pub mod views;
pub mod vm;

pub use exceptions::{PyErr, PyResult};
pub use value::Value;
pub use vm::{JitMode, JitStats, TierUp, Vm, VmOptions};

/// A native module by name, created on first import (registered by `ferropy-stdlib`).
pub fn native_module(vm: &mut Vm, name: &str) -> Option<Value> {
    let factory = vm.native_modules.get(name).copied()?;
    Some(factory(vm))
}

/// Builds a native module.
pub type ModuleFactory = fn(&mut Vm) -> Value;
