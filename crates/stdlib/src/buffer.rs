//! Reading bytes-like arguments (bytes, bytearray, memoryview, array) for native modules.

use ferropy_vm::value::Value;
use ferropy_vm::{PyResult, Vm};

/// The bytes of a bytes-like value, if it is one.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = ferropy_vm::bytes_methods::bytes_like(v) {
        return Some(b);
    }
    if let Some(b) = crate::memview::bytes_of(v) {
        return Some(b.to_vec());
    }
    None
}

/// The bytes of a bytes-like argument, or CPython's TypeError.
pub fn arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// Bytes, or an ASCII-only str (the `a2b_*` functions accept both).
pub fn ascii_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_str() {
        if !s.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    bytes_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// A new `bytes` value.
pub fn new_bytes(b: Vec<u8>) -> Value {
    Value::Bytes(std::rc::Rc::new(b))
}
