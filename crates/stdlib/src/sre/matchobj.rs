//! `re.Match` (the groups of one successful match) and `_sre.SRE_Scanner` (successive matches
//! over one subject, behind `finditer` and `re.Scanner`).

use super::engine::State;
use super::pattern::{pat, run_once, spans_of, Mode, PatternData, Subject};
use super::*;
use std::cell::Cell;

pub struct MatchData {
    pattern: Value,
    string: Value,
    text: Rc<Vec<u32>>,
    is_bytes: bool,
    pos: usize,
    endpos: usize,
    /// Group 0 and every capturing group; (-1, -1) when a group did not take part.
    spans: Vec<(isize, isize)>,
    lastindex: isize,
}

pub fn new_match(
    vm: &Vm,
    pattern: &Value,
    s: &Subject,
    spans: Vec<(isize, isize)>,
    lastindex: isize,
) -> Value {
    let data = MatchData {
        pattern: pattern.clone(),
        string: s.string.clone(),
        text: s.text.clone(),
        is_bytes: s.is_bytes,
        pos: s.pos,
        endpos: s.endpos,
        spans,
        lastindex,
    };
    wrap(&types(vm).matchobj, Rc::new(data))
}

pub fn make_type(vm: &Vm) -> Rc<PyType> {
    let methods: &[(&'static str, NativeFn)] = &[
        ("group", group),
        ("groups", |vm, a, k| groups(vm, a, k, false)),
        ("groupdict", |vm, a, k| groups(vm, a, k, true)),
        ("start", |vm, a, k| {
            bound(vm, a, k, "start", |(s, _)| Value::Int(s as i64))
        }),
        ("end", |vm, a, k| {
            bound(vm, a, k, "end", |(_, e)| Value::Int(e as i64))
        }),
        ("span", |vm, a, k| bound(vm, a, k, "span", span_value)),
        ("expand", expand),
        ("__getitem__", getitem),
        ("__repr__", repr),
        ("__copy__", |_, a, _| Ok(a[0].clone())),
        ("__deepcopy__", |_, a, _| Ok(a[0].clone())),
    ];
    let props: &[(&'static str, NativeFn)] = &[
        ("pos", |vm, a, _| Ok(Value::Int(m(vm, a)?.pos as i64))),
        ("endpos", |vm, a, _| Ok(Value::Int(m(vm, a)?.endpos as i64))),
        ("re", |vm, a, _| Ok(m(vm, a)?.pattern.clone())),
        ("string", |vm, a, _| Ok(m(vm, a)?.string.clone())),
        ("lastindex", |vm, a, _| {
            let d = m(vm, a)?;
            Ok(if d.lastindex >= 0 {
                Value::Int(d.lastindex as i64)
            } else {
                Value::None
            })
        }),
        ("lastgroup", lastgroup),
        ("regs", |vm, a, _| {
            let d = m(vm, a)?;
            Ok(Value::tuple(
                d.spans.iter().map(|s| span_value(*s)).collect(),
            ))
        }),
    ];
    make_class(vm, "Match", "re", methods, props)
}

fn m(vm: &Vm, args: &[Value]) -> PyResult<Rc<MatchData>> {
    this::<MatchData>(vm, args, "re.Match")
}

fn span_value((a, b): (isize, isize)) -> Value {
    Value::tuple(vec![Value::Int(a as i64), Value::Int(b as i64)])
}

impl MatchData {
    /// The index of a group given by number or name.
    fn index(&self, vm: &mut Vm, g: &Value) -> PyResult<usize> {
        let n = match g {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Some(int_arg(vm, g)?),
            Value::Str(_) => {
                let p = unwrap::<PatternData>(&self.pattern);
                match p.as_ref().map(|p| &p.groupindex) {
                    Some(Value::Dict(d)) => {
                        let key = vm.dict_key(d, g)?;
                        match d.get(&key) {
                            Some(v) => Some(int_arg(vm, &v)?),
                            None => None,
                        }
                    }
                    _ => None,
                }
            }
            Value::Instance(_) => int_arg(vm, g).ok(),
            _ => None,
        };
        match n {
            Some(i) if i >= 0 && (i as usize) < self.spans.len() => Ok(i as usize),
            _ => Err(vm.index_error("no such group")),
        }
    }

    fn get(&self, i: usize, default: &Value) -> Value {
        let (a, b) = self.spans[i];
        if a < 0 || b < 0 {
            return default.clone();
        }
        slice(&self.text, self.is_bytes, a as usize, b as usize)
    }
}

fn group(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = m(vm, args)?;
    match &args[1..] {
        [] => Ok(d.get(0, &Value::None)),
        [g] => {
            let i = d.index(vm, g)?;
            Ok(d.get(i, &Value::None))
        }
        gs => {
            let mut out = Vec::with_capacity(gs.len());
            for g in gs {
                let i = d.index(vm, g)?;
                out.push(d.get(i, &Value::None));
            }
            Ok(Value::tuple(out))
        }
    }
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = m(vm, args)?;
    let Some(g) = args.get(1) else {
        return Err(vm.type_error("__getitem__ expected 1 argument"));
    };
    let i = d.index(vm, g)?;
    Ok(d.get(i, &Value::None))
}

/// `groups(default=None)`, or `groupdict(default=None)` when `dict`.
fn groups(vm: &mut Vm, args: &[Value], kw: &[Value], dict: bool) -> PyResult<Value> {
    let d = m(vm, args)?;
    let a = Args::new(args, kw);
    let default = a.arg_or_kw(1, "default").unwrap_or(Value::None);
    if !dict {
        let items = (1..d.spans.len()).map(|i| d.get(i, &default)).collect();
        return Ok(Value::tuple(items));
    }
    let out = ferropy_vm::dict::PyDict::new();
    if let Some(Value::Dict(gi)) = unwrap::<PatternData>(&d.pattern).map(|p| p.groupindex.clone()) {
        for (name, _) in gi.items() {
            let i = d.index(vm, &name)?;
            let key = vm.hash_key(&name)?;
            out.insert(key, d.get(i, &default));
        }
    }
    Ok(Value::Dict(Rc::new(out)))
}

/// `start`/`end`/`span` of a group (default 0).
fn bound(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn((isize, isize)) -> Value,
) -> PyResult<Value> {
    let d = m(vm, args)?;
    let a = Args::new(args, kw).range(vm, name, 1, 2)?;
    let i = match a.get(1) {
        Some(g) => d.index(vm, g)?,
        None => 0,
    };
    Ok(f(d.spans[i]))
}

fn lastgroup(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = m(vm, args)?;
    if d.lastindex < 0 {
        return Ok(Value::None);
    }
    let Some(p) = unwrap::<PatternData>(&d.pattern) else {
        return Ok(Value::None);
    };
    Ok(match &p.indexgroup {
        Value::Tuple(t) => t.get(d.lastindex as usize).cloned().unwrap_or(Value::None),
        _ => Value::None,
    })
}

fn expand(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = m(vm, args)?;
    let Some(template) = args.get(1) else {
        return Err(vm.type_error("expand() missing required argument 'template' (pos 1)"));
    };
    super::pattern::call_re(
        vm,
        "_expand",
        &[d.pattern.clone(), args[0].clone(), template.clone()],
    )
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = m(vm, args)?;
    let g = d.get(0, &Value::None);
    let text = vm.repr(&g)?;
    let (a, b) = d.spans[0];
    Ok(Value::str(format!(
        "<re.Match object; span=({a}, {b}), match={text}>"
    )))
}

pub struct ScannerData {
    pattern: Value,
    subject: Subject,
    /// Where the next match may start; `None` once exhausted.
    start: Cell<Option<usize>>,
    must_advance: Cell<bool>,
}

pub fn new_scanner(vm: &Vm, pattern: &Value, subject: Subject) -> Value {
    let start = (subject.pos <= subject.endpos).then_some(subject.pos);
    let data = ScannerData {
        pattern: pattern.clone(),
        subject,
        start: Cell::new(start),
        must_advance: Cell::new(false),
    };
    wrap(&types(vm).scanner, Rc::new(data))
}

pub fn make_scanner_type(vm: &Vm) -> Rc<PyType> {
    let methods: &[(&'static str, NativeFn)] = &[
        ("match", |vm, a, _| scan(vm, a, Mode::Match)),
        ("search", |vm, a, _| scan(vm, a, Mode::Search)),
    ];
    let props: &[(&'static str, NativeFn)] = &[("pattern", |vm, a, _| {
        Ok(this::<ScannerData>(vm, a, "SRE_Scanner")?.pattern.clone())
    })];
    make_class(vm, "SRE_Scanner", "_sre", methods, props)
}

fn scan(vm: &mut Vm, args: &[Value], mode: Mode) -> PyResult<Value> {
    let sc = this::<ScannerData>(vm, args, "SRE_Scanner")?;
    let Some(start) = sc.start.get() else {
        return Ok(Value::None);
    };
    let p = pat(vm, std::slice::from_ref(&sc.pattern))?;
    let s = &sc.subject;
    let mut st = State::new(&p.code, &s.text, start, s.endpos);
    st.must_advance = sc.must_advance.get();
    if !run_once(vm, &mut st, mode)? {
        sc.start.set(None);
        return Ok(Value::None);
    }
    sc.must_advance.set(st.ptr == st.start);
    sc.start.set(Some(st.ptr));
    let spans = spans_of(&st, p.groups);
    Ok(new_match(vm, &sc.pattern, s, spans, st.lastindex))
}
