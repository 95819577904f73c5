//! The `time` module.

use ferropy_vm::builtins::native;
use ferropy_vm::value::{PyModule, Value};
use ferropy_vm::{PyResult, Vm};
use std::rc::Rc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    static START: Instant = Instant::now();
}

pub fn make(_vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    dict.set_str("__name__", Value::str("time"));
    dict.set_str("time", native("time", time));
    dict.set_str("perf_counter", native("perf_counter", perf_counter));
    dict.set_str("monotonic", native("monotonic", perf_counter));
    dict.set_str("process_time", native("process_time", perf_counter));
    dict.set_str("sleep", native("sleep", sleep));
    Value::Module(Rc::new(PyModule {
        name: "time".into(),
        dict,
    }))
}

fn time(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(Value::Float(t))
}

fn perf_counter(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn sleep(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let secs = ferropy_vm::methods::to_f64(vm, args.first().unwrap_or(&Value::Float(0.0)))?;
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    // In slices, so that a SIGINT raises KeyboardInterrupt within 20 ms, as CPython's sleep is
    // interrupted at once.
    let slice = std::time::Duration::from_millis(20);
    // None: too long to represent, which is as good as forever.
    let end = std::time::Duration::try_from_secs_f64(secs)
        .ok()
        .and_then(|d| Instant::now().checked_add(d));
    loop {
        vm.check_signals()?;
        let left = end.map_or(slice, |e| e.saturating_duration_since(Instant::now()));
        if left.is_zero() {
            return Ok(Value::None);
        }
        std::thread::sleep(left.min(slice));
    }
}
