//! `re.Pattern`: `_sre.compile` and the matching methods (match, search, findall, finditer,
//! sub, subn, split, scanner).

use super::engine::{SreError, State};
use super::matchobj::{new_match, new_scanner};
use super::*;
use ferropy_vm::exceptions::PyErr;

pub struct PatternData {
    /// The source pattern (`str`, `bytes` or `None`).
    pub pattern: Value,
    pub flags: i64,
    pub code: Vec<u32>,
    /// The number of capturing groups.
    pub groups: usize,
    pub groupindex: Value,
    pub indexgroup: Value,
    /// Whether the pattern is bytes (subjects must then be bytes-like too).
    pub is_bytes: Option<bool>,
}

pub fn make_type(vm: &Vm) -> Rc<PyType> {
    let methods: &[(&'static str, NativeFn)] = &[
        ("match", |vm, a, k| find(vm, a, k, Mode::Match)),
        ("fullmatch", |vm, a, k| find(vm, a, k, Mode::Full)),
        ("search", |vm, a, k| find(vm, a, k, Mode::Search)),
        ("findall", findall),
        ("finditer", finditer),
        ("scanner", scanner),
        ("sub", |vm, a, k| sub(vm, a, k, false)),
        ("subn", |vm, a, k| sub(vm, a, k, true)),
        ("split", split),
        ("__repr__", repr),
        ("__eq__", eq),
        ("__hash__", hash),
        ("__copy__", |_, a, _| Ok(a[0].clone())),
        ("__deepcopy__", |_, a, _| Ok(a[0].clone())),
    ];
    let props: &[(&'static str, NativeFn)] = &[
        ("pattern", |vm, a, _| Ok(pat(vm, a)?.pattern.clone())),
        ("flags", |vm, a, _| Ok(Value::Int(pat(vm, a)?.flags))),
        ("groups", |vm, a, _| {
            Ok(Value::Int(pat(vm, a)?.groups as i64))
        }),
        ("groupindex", groupindex),
    ];
    make_class(vm, "Pattern", "re", methods, props)
}

pub fn pat(vm: &Vm, args: &[Value]) -> PyResult<Rc<PatternData>> {
    this::<PatternData>(vm, args, "re.Pattern")
}

/// The Python exception for a match that stopped: KeyboardInterrupt (or whatever the signal
/// handler raises) for a signal, RuntimeError for bad code.
pub fn internal(vm: &mut Vm, e: SreError) -> PyErr {
    if e == SreError::Interrupted {
        if let Err(err) = vm.check_signals() {
            return err;
        }
    }
    vm.err(
        "RuntimeError",
        "internal error in regular expression engine",
    )
}

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
pub fn compile(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let names = [
        "pattern",
        "flags",
        "code",
        "groups",
        "groupindex",
        "indexgroup",
    ];
    let mut v = Vec::new();
    for (i, n) in names.iter().enumerate() {
        match a.arg_or_kw(i, n) {
            Some(x) => v.push(x),
            None => {
                return Err(vm.type_error(format!(
                    "compile() missing required argument '{n}' (pos {})",
                    i + 1
                )))
            }
        }
    }
    let flags = int_arg(vm, &v[1])?;
    let items = vm.collect(&v[2])?;
    let mut code = Vec::with_capacity(items.len());
    for item in &items {
        let w = int_arg(vm, item)?;
        let w = u32::try_from(w)
            .map_err(|_| vm.overflow_error("regular expression code size limit exceeded"))?;
        code.push(w);
    }
    let groups = int_arg(vm, &v[3])?.max(0) as usize;
    let is_bytes = match &v[0] {
        Value::None => None,
        p => Some(text_of(vm, p)?.1),
    };
    let data = PatternData {
        pattern: v[0].clone(),
        flags,
        code,
        groups,
        groupindex: v[4].clone(),
        indexgroup: v[5].clone(),
        is_bytes,
    };
    Ok(wrap(&types(vm).pattern, Rc::new(data)))
}

fn groupindex(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = pat(vm, args)?;
    let out = ferropy_vm::dict::PyDict::new();
    if let Value::Dict(d) = &p.groupindex {
        for (k, val) in d.items() {
            let key = vm.hash_key(&k)?;
            out.insert(key, val);
        }
    }
    if out.len() == 0 {
        return Ok(Value::Dict(Rc::new(out)));
    }
    let out = Value::Dict(Rc::new(out));
    // Read-only, as CPython's: a `types.MappingProxyType` when the module provides one.
    let globals = Rc::new(ferropy_vm::dict::PyDict::new());
    let Ok(types) = vm.import_name("types", &Value::None, &Value::Int(0), &globals) else {
        return Ok(out);
    };
    match vm.get_attr_str(&types, "MappingProxyType") {
        Ok(proxy) => vm.call(&proxy, &[out], &[]),
        Err(_) => Ok(out),
    }
}

/// The subject of a match: its code points, kind, and the clamped `pos`/`endpos`.
pub struct Subject {
    pub string: Value,
    pub text: Rc<Vec<u32>>,
    pub is_bytes: bool,
    pub pos: usize,
    pub endpos: usize,
}

impl Subject {
    pub fn new(
        vm: &mut Vm,
        p: &PatternData,
        string: &Value,
        pos: Option<Value>,
        endpos: Option<Value>,
    ) -> PyResult<Subject> {
        let (text, is_bytes) = text_of(vm, string)?;
        match p.is_bytes {
            Some(false) if is_bytes => {
                return Err(vm.type_error("cannot use a string pattern on a bytes-like object"))
            }
            Some(true) if !is_bytes => {
                return Err(vm.type_error("cannot use a bytes pattern on a string-like object"))
            }
            _ => {}
        }
        let len = text.len() as i64;
        let clamp = |v: i64| v.clamp(0, len) as usize;
        let pos = match pos {
            Some(v) => clamp(int_arg(vm, &v)?),
            None => 0,
        };
        let endpos = match endpos {
            Some(v) => clamp(int_arg(vm, &v)?),
            None => len as usize,
        };
        Ok(Subject {
            string: string.clone(),
            text,
            is_bytes,
            pos,
            endpos,
        })
    }

    pub fn slice(&self, a: usize, b: usize) -> Value {
        // The whole of an immutable subject is the subject itself (no copy), as in CPython.
        if a == 0 && b == self.text.len() && matches!(self.string, Value::Str(_) | Value::Bytes(_))
        {
            return self.string.clone();
        }
        super::slice(&self.text, self.is_bytes, a, b)
    }
}

/// The pattern, subject and argument list of a method taking `(string, pos, endpos)`.
fn subject_args(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
) -> PyResult<(Rc<PatternData>, Subject)> {
    let p = pat(vm, args)?;
    let a = Args::new(args, kw);
    let Some(string) = a.arg_or_kw(1, "string") else {
        return Err(vm.type_error(format!(
            "{name}() missing required argument 'string' (pos 1)"
        )));
    };
    if a.pos.len() > 4 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    let s = Subject::new(
        vm,
        &p,
        &string,
        a.arg_or_kw(2, "pos"),
        a.arg_or_kw(3, "endpos"),
    )?;
    Ok((p, s))
}

#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
    Match,
    Full,
    Search,
}

/// Runs one match or search from `start`; the state holds the result when it returns true.
pub fn run_once(vm: &mut Vm, st: &mut State, mode: Mode) -> PyResult<bool> {
    let r = match mode {
        Mode::Match => st.pmatch(),
        Mode::Full => {
            st.match_all = true;
            st.pmatch()
        }
        Mode::Search => st.search(),
    };
    r.map_err(|e| internal(vm, e))
}

fn find(vm: &mut Vm, args: &[Value], kw: &[Value], mode: Mode) -> PyResult<Value> {
    let name = match mode {
        Mode::Match => "match",
        Mode::Full => "fullmatch",
        Mode::Search => "search",
    };
    let (p, s) = subject_args(vm, args, kw, name)?;
    if s.pos > s.endpos {
        return Ok(Value::None);
    }
    let mut st = State::new(&p.code, &s.text, s.pos, s.endpos);
    if !run_once(vm, &mut st, mode)? {
        return Ok(Value::None);
    }
    let spans = spans_of(&st, p.groups);
    let lastindex = st.lastindex;
    Ok(new_match(vm, &args[0], &s, spans, lastindex))
}

/// The spans of group 0 and every capturing group after a successful match (-1 when unset).
pub fn spans_of(st: &State, groups: usize) -> Vec<(isize, isize)> {
    let mut v = Vec::with_capacity(groups + 1);
    v.push((st.start as isize, st.ptr as isize));
    for g in 1..=groups {
        v.push(match st.group_span(g) {
            Some((a, b)) => (a as isize, b as isize),
            None => (-1, -1),
        });
    }
    v
}

/// Calls `f(state)` for each successive non-overlapping match (at most `limit`, 0 = all).
fn each_match(
    vm: &mut Vm,
    p: &PatternData,
    s: &Subject,
    limit: usize,
    mut f: impl FnMut(&mut Vm, &State) -> PyResult<()>,
) -> PyResult<()> {
    if s.pos > s.endpos {
        return Ok(());
    }
    let mut st = State::new(&p.code, &s.text, s.pos, s.endpos);
    let mut n = 0;
    while limit == 0 || n < limit {
        if !run_once(vm, &mut st, Mode::Search)? {
            break;
        }
        f(vm, &st)?;
        n += 1;
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
        if st.start > st.end {
            break;
        }
    }
    Ok(())
}

fn findall(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (p, s) = subject_args(vm, args, kw, "findall")?;
    let mut out = Vec::new();
    let empty_or = |span: Option<(usize, usize)>| match span {
        Some((a, b)) => s.slice(a, b),
        None => s.slice(0, 0),
    };
    each_match(vm, &p, &s, 0, |_, st| {
        let item = match p.groups {
            0 => s.slice(st.start, st.ptr),
            1 => empty_or(st.group_span(1)),
            n => Value::tuple((1..=n).map(|g| empty_or(st.group_span(g))).collect()),
        };
        out.push(item);
        Ok(())
    })?;
    Ok(Value::list(out))
}

fn scanner(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (_, s) = subject_args(vm, args, kw, "scanner")?;
    Ok(new_scanner(vm, &args[0], s))
}

/// `finditer`: `iter(scanner.search, None)`, as CPython builds it.
fn finditer(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (_, s) = subject_args(vm, args, kw, "finditer")?;
    let sc = new_scanner(vm, &args[0], s);
    let search = vm.get_attr_str(&sc, "search")?;
    let iter = vm
        .builtins
        .get_str("iter")
        .ok_or_else(|| vm.err("RuntimeError", "builtins.iter is missing"))?;
    vm.call(&iter, &[search, Value::None], &[])
}

fn split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = pat(vm, args)?;
    let a = Args::new(args, kw);
    let Some(string) = a.arg_or_kw(1, "string") else {
        return Err(vm.type_error("split() missing required argument 'string' (pos 1)"));
    };
    let maxsplit = match a.arg_or_kw(2, "maxsplit") {
        Some(v) => int_arg(vm, &v)?,
        None => 0,
    };
    let s = Subject::new(vm, &p, &string, None, None)?;
    if maxsplit < 0 {
        return Ok(Value::list(vec![string]));
    }
    let mut out = Vec::new();
    let mut last = 0;
    each_match(vm, &p, &s, maxsplit as usize, |_, st| {
        out.push(s.slice(last, st.start));
        for g in 1..=p.groups {
            out.push(match st.group_span(g) {
                Some((a, b)) => s.slice(a, b),
                None => Value::None,
            });
        }
        last = st.ptr;
        Ok(())
    })?;
    out.push(s.slice(last, s.endpos));
    Ok(Value::list(out))
}

/// What replaces each match in `sub`.
enum Filter {
    Literal(Value),
    Call(Value),
}

fn callable(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let f = vm
        .builtins
        .get_str("callable")
        .ok_or_else(|| vm.err("RuntimeError", "builtins.callable is missing"))?;
    let r = vm.call(&f, &[v.clone()], &[])?;
    vm.truthy(&r)
}

/// Calls `re.NAME(args)` (the template helpers written in Python).
pub fn call_re(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let globals = Rc::new(ferropy_vm::dict::PyDict::new());
    let re = vm.import_name("re", &Value::None, &Value::Int(0), &globals)?;
    let f = vm.get_attr_str(&re, name)?;
    vm.call(&f, args, &[])
}

fn filter_of(vm: &mut Vm, pattern: &Value, repl: &Value) -> PyResult<Filter> {
    if callable(vm, repl)? {
        return Ok(Filter::Call(repl.clone()));
    }
    // A memoryview replacement stands for its bytes.
    let view_bytes = crate::memview::bytes_of(repl).map(Value::Bytes);
    let repl = view_bytes.as_ref().unwrap_or(repl);
    let literal = match &base_of(repl) {
        Value::Str(s) => !s.as_str().contains('\\'),
        Value::Bytes(b) => !b.contains(&b'\\'),
        Value::ByteArray(b) => !b.borrow().contains(&b'\\'),
        _ => false,
    };
    if literal {
        return Ok(Filter::Literal(repl.clone()));
    }
    let f = call_re(vm, "_subx", &[pattern.clone(), repl.clone()])?;
    Ok(if callable(vm, &f)? {
        Filter::Call(f)
    } else {
        Filter::Literal(f)
    })
}

fn sub(vm: &mut Vm, args: &[Value], kw: &[Value], with_count: bool) -> PyResult<Value> {
    let p = pat(vm, args)?;
    let name = if with_count { "subn" } else { "sub" };
    let a = Args::new(args, kw);
    let (Some(repl), Some(string)) = (a.arg_or_kw(1, "repl"), a.arg_or_kw(2, "string")) else {
        return Err(vm.type_error(format!("{name}() missing required argument")));
    };
    let count = match a.arg_or_kw(3, "count") {
        Some(v) => int_arg(vm, &v)?.max(0) as usize,
        None => 0,
    };
    let s = Subject::new(vm, &p, &string, None, None)?;
    let filter = filter_of(vm, &args[0], &repl)?;
    let mut pieces: Vec<Value> = Vec::new();
    let mut last = 0;
    let mut n = 0i64;
    each_match(vm, &p, &s, count, |vm, st| {
        if last < st.start {
            pieces.push(s.slice(last, st.start));
        }
        match &filter {
            Filter::Literal(v) => pieces.push(v.clone()),
            Filter::Call(f) => {
                let m = new_match(vm, &args[0], &s, spans_of(st, p.groups), st.lastindex);
                let item = vm.call(f, &[m], &[])?;
                if !item.is_none() {
                    pieces.push(item);
                }
            }
        }
        last = st.ptr;
        n += 1;
        Ok(())
    })?;
    if last < s.endpos {
        pieces.push(s.slice(last, s.endpos));
    }
    let joined = join(vm, &pieces, s.is_bytes)?;
    Ok(if with_count {
        Value::tuple(vec![joined, Value::Int(n)])
    } else {
        joined
    })
}

/// Joins replacement pieces: all `str`, or all bytes-like.
fn join(vm: &Vm, pieces: &[Value], is_bytes: bool) -> PyResult<Value> {
    if is_bytes {
        let mut out = Vec::new();
        for (i, v) in pieces.iter().enumerate() {
            let v = &base_of(v);
            match v {
                Value::Bytes(b) => out.extend_from_slice(b),
                Value::ByteArray(b) => out.extend_from_slice(&b.borrow()),
                other => {
                    return Err(vm.type_error(format!(
                        "sequence item {i}: expected a bytes-like object, {} found",
                        vm.type_name(other)
                    )))
                }
            }
        }
        return Ok(Value::Bytes(Rc::new(out)));
    }
    let mut out = String::new();
    for (i, v) in pieces.iter().enumerate() {
        match &base_of(v) {
            Value::Str(s) => out.push_str(s.as_str()),
            other => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(other)
                )))
            }
        }
    }
    Ok(Value::str(out))
}

/// The builtin value inside an instance of a `str` or `bytes` subclass (else the value).
fn base_of(v: &Value) -> Value {
    if let Value::Instance(i) = v {
        let b = i.base_value().borrow();
        if matches!(&*b, Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_)) {
            return b.clone();
        }
    }
    v.clone()
}

const FLAG_NAMES: &[(i64, &str)] = &[
    (1, "re.TEMPLATE"),
    (2, "re.IGNORECASE"),
    (4, "re.LOCALE"),
    (8, "re.MULTILINE"),
    (16, "re.DOTALL"),
    (32, "re.UNICODE"),
    (64, "re.VERBOSE"),
    (128, "re.DEBUG"),
    (256, "re.ASCII"),
];

fn repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = pat(vm, args)?;
    let mut text: String = vm.repr(&p.pattern)?;
    if text.chars().count() > 200 {
        text = text.chars().take(200).collect();
    }
    let mut flags = p.flags;
    // UNICODE is the default for str patterns: not shown.
    if p.is_bytes != Some(true) && flags & (4 | 32 | 256) == 32 {
        flags &= !32;
    }
    let mut parts = Vec::new();
    for (bit, name) in FLAG_NAMES {
        if flags & bit != 0 {
            parts.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        parts.push(format!("0x{flags:x}"));
    }
    Ok(Value::str(if parts.is_empty() {
        format!("re.compile({text})")
    } else {
        format!("re.compile({text}, {})", parts.join("|"))
    }))
}

fn eq(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = pat(vm, args)?;
    let Some(q) = args.get(1).and_then(unwrap::<PatternData>) else {
        return Ok(Value::NotImplemented);
    };
    if Rc::ptr_eq(&p, &q) {
        return Ok(Value::Bool(true));
    }
    let same = p.flags == q.flags
        && p.code == q.code
        && p.is_bytes == q.is_bytes
        && vm.eq(&p.pattern, &q.pattern)?;
    Ok(Value::Bool(same))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = pat(vm, args)?;
    let h = vm.hash(&p.pattern)?;
    Ok(Value::Int(h ^ p.flags.wrapping_mul(1_000_003)))
}
