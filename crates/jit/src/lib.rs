//! ferropy's JIT: lowers hot register code to Cranelift IR, with guards and deoptimization
//! back to the interpreter, and installs the native code through the VM's `TierUp` hook.
//! Depends on `ferropy-vm` (whose interpreter it speeds up) and Cranelift; the VM never depends
//! on this crate: the CLI wires it in.

use ferropy_vm::regcode::CodeUnit;
use ferropy_vm::{TierUp, Vm};
use std::rc::Rc;

/// The JIT compiler state, kept for the life of the process (Cranelift cannot free code).
#[derive(Default)]
pub struct Jit {
    /// Code units handed over for compilation, by qualified name.
    pub requested: Vec<String>,
}

impl Jit {
    pub fn new() -> Jit {
        Jit::default()
    }
}

impl TierUp for Jit {
    fn compile(&mut self, _vm: &Vm, unit: &Rc<CodeUnit>) {
        // Native code generation is not implemented yet: record the request and leave the unit
        // to the interpreter for good.
        self.requested.push(unit.code.qualname.clone());
        unit.jit_failed.set(true);
    }

    fn report(&self) -> String {
        format!("jit: {} code objects became hot; none compiled (native code generation not implemented yet)\n", self.requested.len())
    }
}
