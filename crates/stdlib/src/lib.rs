//! ferropy's native standard-library modules written in Rust (`math`, `time`, `_random`,
//! `itertools`, `_collections`, ...), registered with the VM by name. Depends on `ferropy-vm`
//! only. `native` holds the helpers for classes whose instances keep Rust state.

mod array;
mod array_methods;
mod binascii;
mod bisect;
mod buffer;
mod bz2;
mod cmath;
mod collections;
mod deque;
mod frozen;
mod functools;
mod hashes;
mod heapq;
mod itertools;
mod itertools_comb;
mod math;
mod math_int;
mod math_sum;
mod memview;
mod native;
mod operator;
mod posix;
mod random;
mod sha512;
mod socket;
mod sre;
mod structfmt;
mod structmod;
mod subprocess;
mod time;
mod unicodedata;
mod zlib;
mod zlib_stream;

use ferropy_vm::Vm;

/// Registers every native module with the VM.
pub fn register(vm: &mut Vm) {
    vm.native_modules.insert("math", math::make);
    vm.native_modules.insert("cmath", cmath::make);
    vm.native_modules.insert("_gc", ferropy_vm::gc::make_module);
    vm.native_modules.insert("_time", time::make);
    vm.native_modules.insert("_sre", sre::make);
    memview::install(vm);
    vm.native_modules.insert("_random", random::make);
    vm.native_modules.insert("_sha512", sha512::make);
    vm.native_modules.insert("_md5", hashes::make_md5);
    vm.native_modules.insert("_sha1", hashes::make_sha1);
    vm.native_modules.insert("_sha256", hashes::make_sha256);
    vm.native_modules.insert("_sha3", hashes::make_sha3);
    vm.native_modules.insert("_blake2", hashes::make_blake2);
    vm.native_modules.insert("binascii", binascii::make);
    vm.native_modules.insert("unicodedata", unicodedata::make);
    vm.native_modules.insert("zlib", zlib::make);
    vm.native_modules.insert("_bz2", bz2::make);
    vm.native_modules.insert("itertools", itertools::make);
    vm.native_modules.insert("_posix", posix::make);
    vm.native_modules.insert("_ferropy_socket", socket::make);
    vm.native_modules
        .insert("_posixsubprocess", subprocess::make);
    vm.native_modules.insert("_collections", collections::make);
    vm.native_modules.insert("_struct", structmod::make);
    vm.native_modules.insert("_functools", functools::make);
    vm.native_modules.insert("_heapq", heapq::make);
    vm.native_modules.insert("_bisect", bisect::make);
    vm.native_modules.insert("array", array::make);
    vm.native_modules.insert("_operator", operator::make);
    for (name, src) in frozen::MODULES {
        vm.source_modules.insert(name, src);
    }
}
