//! The `_heapq` module: binary min-heaps (and the max-heap helpers `heapq.merge` and `nlargest`
//! use) on lists, with the same sift order as CPython, so lists end up identical.

use ferropy_vm::args::Args;
use ferropy_vm::builtins::native as func;
use ferropy_vm::value::Value;
use ferropy_vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

type List = Rc<RefCell<Vec<Value>>>;

pub fn make(_vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    let fns: &[(&'static str, ferropy_vm::value::NativeFn)] = &[
        ("heappush", heappush),
        ("heappop", |vm, a, k| heappop(vm, a, k, false)),
        ("heapify", |vm, a, k| heapify(vm, a, k, false)),
        ("heapreplace", |vm, a, k| heapreplace(vm, a, k, false)),
        ("heappushpop", heappushpop),
        ("_heappop_max", |vm, a, k| heappop(vm, a, k, true)),
        ("_heapify_max", |vm, a, k| heapify(vm, a, k, true)),
        ("_heapreplace_max", |vm, a, k| heapreplace(vm, a, k, true)),
    ];
    for (name, f) in fns {
        dict.set_str(name, func(name, *f));
    }
    crate::native::module("_heapq", dict)
}

/// The heap argument of `name`; `one` when it is the function's only argument.
fn list_arg(vm: &Vm, v: &Value, name: &str, one: bool) -> PyResult<List> {
    let bad = || {
        let which = if one { "argument" } else { "argument 1" };
        vm.type_error(format!(
            "{name}() {which} must be list, not {}",
            vm.type_name(v)
        ))
    };
    match v {
        Value::List(l) => Ok(l.clone()),
        Value::Instance(i) => match &*i.base_value().borrow() {
            Value::List(l) => Ok(l.clone()),
            _ => Err(bad()),
        },
        _ => Err(bad()),
    }
}

fn get(heap: &List, i: usize) -> Value {
    heap.borrow()[i].clone()
}

/// `a < b` (or `b < a` for the max-heap), then a check that the list kept its size.
fn less(vm: &mut Vm, heap: &List, a: &Value, b: &Value, max: bool, n: usize) -> PyResult<bool> {
    let r = if max {
        vm.less_than(b, a)?
    } else {
        vm.less_than(a, b)?
    };
    if heap.borrow().len() != n {
        return Err(vm.err("RuntimeError", "list changed size during iteration"));
    }
    Ok(r)
}

fn siftdown(vm: &mut Vm, heap: &List, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let n = heap.borrow().len();
    let newitem = get(heap, pos);
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = get(heap, parentpos);
        if !less(vm, heap, &newitem, &parent, max, n)? {
            break;
        }
        heap.borrow_mut()[pos] = parent;
        pos = parentpos;
    }
    heap.borrow_mut()[pos] = newitem;
    Ok(())
}

fn siftup(vm: &mut Vm, heap: &List, mut pos: usize, max: bool) -> PyResult<()> {
    let end = heap.borrow().len();
    let start = pos;
    let newitem = get(heap, pos);
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let (c, r) = (get(heap, child), get(heap, right));
            if !less(vm, heap, &c, &r, max, end)? {
                child = right;
            }
        }
        let v = get(heap, child);
        heap.borrow_mut()[pos] = v;
        pos = child;
        child = 2 * pos + 1;
    }
    heap.borrow_mut()[pos] = newitem;
    siftdown(vm, heap, start, pos, max)
}

fn two<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: &'a [Value]) -> PyResult<&'a [Value]> {
    Args::new(args, kw).exact(vm, name, 2)
}

fn heappush(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = two(vm, "heappush", args, kw)?;
    let heap = list_arg(vm, &a[0], "heappush", false)?;
    let n = {
        let mut h = heap.borrow_mut();
        h.push(a[1].clone());
        h.len()
    };
    siftdown(vm, &heap, 0, n - 1, false)?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm, args: &[Value], kw: &[Value], max: bool) -> PyResult<Value> {
    let name = if max { "_heappop_max" } else { "heappop" };
    let a = Args::new(args, kw).exact(vm, name, 1)?;
    let heap = list_arg(vm, &a[0], name, true)?;
    let last = heap.borrow_mut().pop();
    let Some(last) = last else {
        return Err(vm.index_error("index out of range"));
    };
    if heap.borrow().is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut heap.borrow_mut()[0], last);
    siftup(vm, &heap, 0, max)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: &[Value], kw: &[Value], max: bool) -> PyResult<Value> {
    let name = if max {
        "_heapreplace_max"
    } else {
        "heapreplace"
    };
    let a = two(vm, name, args, kw)?;
    let heap = list_arg(vm, &a[0], name, false)?;
    if heap.borrow().is_empty() {
        return Err(vm.index_error("index out of range"));
    }
    let top = std::mem::replace(&mut heap.borrow_mut()[0], a[1].clone());
    siftup(vm, &heap, 0, max)?;
    Ok(top)
}

fn heappushpop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = two(vm, "heappushpop", args, kw)?;
    let heap = list_arg(vm, &a[0], "heappushpop", false)?;
    let n = heap.borrow().len();
    if n == 0 {
        return Ok(a[1].clone());
    }
    let top = get(&heap, 0);
    if !less(vm, &heap, &top, &a[1], false, n)? {
        return Ok(a[1].clone());
    }
    if heap.borrow().is_empty() {
        return Err(vm.index_error("index out of range"));
    }
    let top = std::mem::replace(&mut heap.borrow_mut()[0], a[1].clone());
    siftup(vm, &heap, 0, false)?;
    Ok(top)
}

fn heapify(vm: &mut Vm, args: &[Value], kw: &[Value], max: bool) -> PyResult<Value> {
    let name = if max { "_heapify_max" } else { "heapify" };
    let a = Args::new(args, kw).exact(vm, name, 1)?;
    let heap = list_arg(vm, &a[0], name, true)?;
    let n = heap.borrow().len();
    for i in (0..n / 2).rev() {
        siftup(vm, &heap, i, max)?;
    }
    Ok(Value::None)
}
