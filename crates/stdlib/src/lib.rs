//! ferropy's native standard-library modules written in Rust (`math`, `time`, ...), registered
//! with the VM by name. Depends on `ferropy-vm` only.

mod math;
mod sre;
mod time;

use ferropy_vm::Vm;

/// Registers every native module with the VM.
pub fn register(vm: &mut Vm) {
    vm.native_modules.insert("math", math::make);
    vm.native_modules.insert("time", time::make);
    vm.native_modules.insert("_sre", sre::make);
}
