//! `_time`: the native half of the `time` module (clocks, sleep, and the C library's
//! calendar conversions); `py/time.py` builds `struct_time`, `strftime` and the rest on it.

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
    dict.set_str("__name__", Value::str("_time"));
    dict.set_str("time", native("time", time));
    dict.set_str("perf_counter", native("perf_counter", perf_counter));
    dict.set_str("monotonic", native("monotonic", perf_counter));
    dict.set_str("process_time", native("process_time", perf_counter));
    dict.set_str("sleep", native("sleep", sleep));
    dict.set_str("time_ns", native("time_ns", time_ns));
    dict.set_str(
        "localtime_fields",
        native("localtime_fields", localtime_fields),
    );
    dict.set_str("gmtime_fields", native("gmtime_fields", gmtime_fields));
    dict.set_str("mktime", native("mktime", mktime));
    Value::Module(Rc::new(PyModule {
        name: "_time".into(),
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

fn time_ns(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0);
    Ok(Value::Int(t))
}

fn secs_arg(vm: &mut Vm, args: &[Value]) -> PyResult<libc::time_t> {
    match args.first() {
        None | Some(Value::None) => Ok(SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() as libc::time_t)
            .unwrap_or(0)),
        Some(v) => {
            let f = ferropy_vm::methods::to_f64(vm, v)?;
            if !f.is_finite() || f.abs() > 1e17 {
                return Err(vm.err(
                    "OverflowError",
                    "timestamp out of range for platform time_t",
                ));
            }
            Ok(f.floor() as libc::time_t)
        }
    }
}

/// (year, month, day, hour, minute, second, weekday, yearday, isdst, zone, gmtoff) as
/// `time.struct_time` orders them (Monday is 0, January 1 is day 1).
fn tm_tuple(tm: &libc::tm) -> Value {
    // SAFETY: tm_zone is null or a NUL-terminated string owned by the C library.
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    Value::tuple(vec![
        Value::Int(i64::from(tm.tm_year) + 1900),
        Value::Int(i64::from(tm.tm_mon) + 1),
        Value::Int(i64::from(tm.tm_mday)),
        Value::Int(i64::from(tm.tm_hour)),
        Value::Int(i64::from(tm.tm_min)),
        Value::Int(i64::from(tm.tm_sec)),
        Value::Int((i64::from(tm.tm_wday) + 6) % 7),
        Value::Int(i64::from(tm.tm_yday) + 1),
        Value::Int(i64::from(tm.tm_isdst)),
        Value::str(zone),
        Value::Int(tm.tm_gmtoff),
    ])
}

fn localtime_fields(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = secs_arg(vm, args)?;
    // SAFETY: zeroed is valid for the plain C struct; localtime_r fills it or returns null.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers to a time_t and a tm.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(vm.err(
            "OverflowError",
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(tm_tuple(&tm))
}

fn gmtime_fields(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = secs_arg(vm, args)?;
    // SAFETY: as in localtime_fields.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers to a time_t and a tm.
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(vm.err(
            "OverflowError",
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(tm_tuple(&tm))
}

/// `mktime((year, month, day, hour, minute, second, wday, yday, isdst))`: local time to seconds.
fn mktime(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(Value::Tuple(t)) = args.first() else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    let get = |i: usize| t.get(i).and_then(ferropy_vm::int::as_i64).unwrap_or(0) as i32;
    // SAFETY: zeroed is valid for the plain C struct.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = get(0) - 1900;
    tm.tm_mon = get(1) - 1;
    tm.tm_mday = get(2);
    tm.tm_hour = get(3);
    tm.tm_min = get(4);
    tm.tm_sec = get(5);
    tm.tm_isdst = get(8);
    // SAFETY: a valid tm.
    let r = unsafe { libc::mktime(&mut tm) };
    if r == -1 && tm.tm_wday == 0 && get(0) != 1969 {
        return Err(vm.err("OverflowError", "mktime argument out of range"));
    }
    Ok(Value::Float(r as f64))
}
