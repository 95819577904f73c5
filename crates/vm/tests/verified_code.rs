//! The interpreter reads registers and constants without bounds checks (`get_unchecked` in
//! `interp.rs`), trusting the verifier and the register translation. These tests check that
//! trust: whatever code the verifier accepts, from the compiler or generated at random, becomes
//! register code whose every register is below `nregs`, every constant, name and cell index is in
//! range, every jump lands inside the code and no path runs off its end. Random verified code is
//! also run, and must end in a value or a Python exception, never a panic.
//!
//! `operands` matches every `RInstr` variant by name: a new instruction does not compile here
//! until its operands are described, which is the point.

use ferropy_bytecode::opcodes::ALL_OPCODES;
use ferropy_bytecode::{
    compute_max_stack, verify, CodeObject, Constant, ExceptionEntry, Instr, Opcode, OperandKind,
};
use ferropy_vm::regcode::{BuildKind, CodeUnit, RInstr};
use ferropy_vm::{Value, Vm, VmOptions};
use proptest::prelude::*;
use std::rc::Rc;

/// `cases` cases (or `FERROPY_FUZZ_CASES`), from a fixed seed unless `FERROPY_FUZZ_SEED` names
/// another (`random` for a fresh one each run).
fn config(cases: u32) -> ProptestConfig {
    use proptest::test_runner::RngSeed;
    let cases = std::env::var("FERROPY_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    let rng_seed = match std::env::var("FERROPY_FUZZ_SEED").ok().as_deref() {
        Some("random") => RngSeed::Random,
        Some(s) => RngSeed::Fixed(s.parse().expect("FERROPY_FUZZ_SEED: a number or `random`")),
        None => RngSeed::Fixed(11),
    };
    ProptestConfig {
        cases,
        failure_persistence: None,
        rng_seed,
        ..ProptestConfig::default()
    }
}

/// What one register instruction touches: registers (read or written), and indices into the
/// unit's constants, names and cells, and its jump target.
#[derive(Default)]
struct Operands {
    regs: Vec<u32>,
    konst: Option<u32>,
    name: Option<u32>,
    cell: Option<u32>,
    target: Option<u32>,
    /// Control never continues at the next instruction.
    terminator: bool,
}

fn span(start: u32, n: u32) -> Vec<u32> {
    (start..start + n).collect()
}

fn operands(i: &RInstr) -> Operands {
    use RInstr::*;
    let mut o = Operands::default();
    match *i {
        Nop => {}
        Move { dst, src } => o.regs = vec![dst, src],
        LoadConst { dst, k } => {
            o.regs = vec![dst];
            o.konst = Some(k);
        }
        LoadFastChecked { dst, src } => o.regs = vec![dst, src],
        DeleteFast { reg } => o.regs = vec![reg],
        LoadDeref { dst, idx } | LoadClosure { dst, idx } => {
            o.regs = vec![dst];
            o.cell = Some(idx);
        }
        StoreDeref { src, idx } => {
            o.regs = vec![src];
            o.cell = Some(idx);
        }
        DeleteDeref { idx } => o.cell = Some(idx),
        LoadGlobal { dst, name } | LoadName { dst, name } => {
            o.regs = vec![dst];
            o.name = Some(name);
        }
        StoreGlobal { src, name } | StoreName { src, name } => {
            o.regs = vec![src];
            o.name = Some(name);
        }
        DeleteGlobal { name } | DeleteName { name } => o.name = Some(name),
        LoadAttr { dst, obj, name } => {
            o.regs = vec![dst, obj];
            o.name = Some(name);
        }
        StoreAttr { obj, name, src } => {
            o.regs = vec![obj, src];
            o.name = Some(name);
        }
        DeleteAttr { obj, name } => {
            o.regs = vec![obj];
            o.name = Some(name);
        }
        GetItem { dst, obj, key } => o.regs = vec![dst, obj, key],
        SetItem { obj, key, src } => o.regs = vec![obj, key, src],
        DeleteItem { obj, key } => o.regs = vec![obj, key],
        // The interpreter reads `start + 1` even for fewer parts.
        BuildSlice { dst, start, n } => o.regs = [vec![dst], span(start, n.max(2))].concat(),
        BinaryOp { dst, a, b, .. } | Compare { dst, a, b, .. } => o.regs = vec![dst, a, b],
        UnaryOp { dst, src, .. } => o.regs = vec![dst, src],
        CompareJump { a, b, target, .. } => {
            o.regs = vec![a, b];
            o.target = Some(target);
        }
        Build {
            kind,
            dst,
            start,
            n,
        } => {
            let count = if kind == BuildKind::Map { 2 * n } else { n };
            o.regs = [vec![dst], span(start, count)].concat();
        }
        FormatValue { dst, src, flags } => {
            o.regs = [vec![dst], span(src, 1 + ((flags >> 2) & 1))].concat()
        }
        ListAppend { list, item } => o.regs = vec![list, item],
        SetAdd { set, item } => o.regs = vec![set, item],
        MapAdd { map, key, value } => o.regs = vec![map, key, value],
        ListExtend { list, src } => o.regs = vec![list, src],
        SetUpdate { set, src } => o.regs = vec![set, src],
        DictUpdate { map, src } => o.regs = vec![map, src],
        ListToTuple { dst, src } | GetIter { dst, src } => o.regs = vec![dst, src],
        Unpack { src, dst, n } => o.regs = [vec![src], span(dst, n)].concat(),
        UnpackEx {
            start,
            before,
            after,
        } => o.regs = span(start, before + after + 1),
        ForIter { iter, dst, target } => {
            o.regs = vec![iter, dst];
            o.target = Some(target);
        }
        Jump { target } => {
            o.target = Some(target);
            o.terminator = true;
        }
        JumpIfFalse { cond, target } | JumpIfTrue { cond, target } => {
            o.regs = vec![cond];
            o.target = Some(target);
        }
        Call { dst, func, n } => o.regs = [vec![dst], span(func, n + 1)].concat(),
        CallKw { dst, func, n } => o.regs = [vec![dst], span(func, n + 2)].concat(),
        CallEx { dst, func, kwargs } => {
            o.regs = [vec![dst], span(func, 2 + u32::from(kwargs))].concat()
        }
        MakeFunction { dst, start, flags } => {
            let pops = 1 + (flags & 1) + ((flags >> 1) & 1) + ((flags >> 3) & 1);
            o.regs = [vec![dst], span(start, pops)].concat();
        }
        Return { src } | Reraise { src } => {
            o.regs = vec![src];
            o.terminator = true;
        }
        Yield { dst, src } | YieldFrom { dst, src } => o.regs = vec![dst, src],
        Raise { start, n } => {
            o.regs = span(start, n);
            o.terminator = true;
        }
        PushExcInfo { slot } | BeforeWith { slot } => o.regs = span(slot, 2),
        LoadMethod { slot, obj, name } => {
            o.regs = [span(slot, 2), vec![obj]].concat();
            o.name = Some(name);
        }
        PopExcept { prev } => o.regs = vec![prev],
        CheckExcMatch { dst, exc, ty } => o.regs = vec![dst, exc, ty],
        LoadAssertionError { dst } | LoadBuildClass { dst } => o.regs = vec![dst],
        ImportName { dst, start, name } => {
            o.regs = [vec![dst], span(start, 2)].concat();
            o.name = Some(name);
        }
        ImportFrom { dst, module, name } => {
            o.regs = vec![dst, module];
            o.name = Some(name);
        }
        ImportStar { module } => o.regs = vec![module],
        PrintExpr { src } => o.regs = vec![src],
        WithExceptStart { base } => o.regs = span(base, 4),
        CallMethod { dst, func, n } => o.regs = [vec![dst], span(func, n + 2)].concat(),
    }
    o
}

/// Checks one unit and every unit nested in its constants.
fn check_unit(unit: &CodeUnit) -> Result<(), String> {
    let code = &unit.code;
    let reg = unit.reg();
    let fail = |rpc: usize, what: String| {
        Err(format!(
            "{} r{rpc} {:?}: {what}",
            code.qualname,
            reg.instrs.get(rpc)
        ))
    };
    if reg.instrs.is_empty() {
        return Err(format!("{}: no register code", code.qualname));
    }
    if unit.consts.len() != code.constants.len() || unit.names.len() != code.names.len() {
        return Err(format!(
            "{}: constants or names not one to one",
            code.qualname
        ));
    }
    if reg.spc.len() != reg.instrs.len() {
        return Err(format!("{}: spc table length", code.qualname));
    }
    let ncells = (code.cellvars.len() + code.freevars.len()) as u32;
    for (rpc, i) in reg.instrs.iter().enumerate() {
        let o = operands(i);
        if let Some(r) = o.regs.iter().find(|r| **r >= reg.nregs) {
            return fail(rpc, format!("register {r} not below nregs {}", reg.nregs));
        }
        if o.konst.is_some_and(|k| k as usize >= unit.consts.len()) {
            return fail(rpc, "constant out of range".into());
        }
        if o.name.is_some_and(|n| n as usize >= unit.names.len()) {
            return fail(rpc, "name out of range".into());
        }
        if o.cell.is_some_and(|c| c >= ncells) {
            return fail(rpc, "cell out of range".into());
        }
        if o.target.is_some_and(|t| t as usize >= reg.instrs.len()) {
            return fail(rpc, "jump target outside the code".into());
        }
        if !o.terminator && rpc + 1 == reg.instrs.len() {
            return fail(rpc, "the last instruction falls off the end".into());
        }
        if reg.spc[rpc] as usize >= code.instructions.len() {
            return fail(rpc, "stack pc out of range".into());
        }
    }
    for h in &reg.handlers {
        if h.target as usize >= reg.instrs.len() || h.reg >= reg.nregs {
            return Err(format!("{}: bad handler {h:?}", code.qualname));
        }
    }
    unit.consts.iter().try_for_each(check_value)
}

fn check_value(v: &Value) -> Result<(), String> {
    match v {
        Value::Code(u) => check_unit(u),
        Value::Tuple(items) => items.iter().try_for_each(check_value),
        _ => Ok(()),
    }
}

fn vm() -> Vm {
    Vm::new(VmOptions::default())
}

/// Verifies `code`, and when it passes, prepares it and checks the register code.
fn verify_and_check(vm: &mut Vm, code: CodeObject) -> Result<bool, String> {
    if verify(&code).is_err() {
        return Ok(false);
    }
    let unit = vm
        .load_code(Rc::new(code))
        .map_err(|e| format!("verified code failed to load: {e}"))?;
    check_unit(&unit)?;
    Ok(true)
}

#[test]
fn nested_code_is_translated_when_first_run() {
    let mut vm = vm();
    let src = "def f():\n    return 1\n";
    let code = ferropy_compiler::compile(src, "<lazy>").unwrap();
    let unit = vm.load_code(Rc::new(code)).unwrap();
    let nested = unit
        .consts
        .iter()
        .find_map(|c| match c {
            Value::Code(u) => Some(u.clone()),
            _ => None,
        })
        .unwrap();
    assert!(!unit.is_translated() && !nested.is_translated());
    assert!(!nested.reg().instrs.is_empty());
    assert!(nested.is_translated() && !unit.is_translated());
}

fn programs_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs")
}

fn compiled_programs() -> Vec<(String, CodeObject)> {
    let mut out = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(programs_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for p in paths {
        if p.extension().is_some_and(|e| e == "py") {
            let src = std::fs::read_to_string(&p).unwrap();
            if let Ok(code) = ferropy_compiler::compile(&src, &p.to_string_lossy()) {
                out.push((p.file_name().unwrap().to_string_lossy().into_owned(), code));
            }
        }
    }
    out
}

#[test]
fn every_test_program_translates_within_bounds() {
    let mut vm = vm();
    let programs = compiled_programs();
    assert!(programs.len() > 50, "found {} programs", programs.len());
    for (name, code) in programs {
        assert_eq!(verify_and_check(&mut vm, code), Ok(true), "{name}");
    }
}

/// Every code object in `code`, outermost first, as paths of constant indices.
fn code_paths(code: &CodeObject, prefix: Vec<usize>, out: &mut Vec<Vec<usize>>) {
    out.push(prefix.clone());
    for (i, c) in code.constants.iter().enumerate() {
        if let Constant::Code(inner) = c {
            let mut p = prefix.clone();
            p.push(i);
            code_paths(inner, p, out);
        }
    }
}

fn code_at<'a>(code: &'a mut CodeObject, path: &[usize]) -> &'a mut CodeObject {
    match path.split_first() {
        None => code,
        Some((i, rest)) => match &mut code.constants[*i] {
            Constant::Code(inner) => code_at(Rc::make_mut(inner), rest),
            _ => unreachable!(),
        },
    }
}

/// One edit to a compiled code object: a field a crafted `.pyc` controls.
#[derive(Debug, Clone)]
enum Mutation {
    Operand {
        at: prop::sample::Index,
        value: u32,
    },
    OperandDelta {
        at: prop::sample::Index,
        delta: i8,
    },
    Opcode {
        at: prop::sample::Index,
        op: prop::sample::Index,
    },
    MaxStack(u32),
    HandlerDepth {
        at: prop::sample::Index,
        depth: u32,
    },
    Handler {
        at: prop::sample::Index,
        target: prop::sample::Index,
    },
    DropVarname,
    DropConstant,
    Flags(u32),
    ArgCount(u32),
    Swap {
        a: prop::sample::Index,
        b: prop::sample::Index,
    },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    use prop::sample::Index;
    prop_oneof![
        4 => (any::<Index>(), prop_oneof![0u32..8, any::<u32>()]).prop_map(|(at, value)| Mutation::Operand { at, value }),
        4 => (any::<Index>(), any::<i8>()).prop_map(|(at, delta)| Mutation::OperandDelta { at, delta }),
        3 => (any::<Index>(), any::<Index>()).prop_map(|(at, op)| Mutation::Opcode { at, op }),
        1 => prop_oneof![0u32..40, any::<u32>()].prop_map(Mutation::MaxStack),
        1 => (any::<Index>(), 0u32..8).prop_map(|(at, depth)| Mutation::HandlerDepth { at, depth }),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(at, target)| Mutation::Handler { at, target }),
        1 => Just(Mutation::DropVarname),
        1 => Just(Mutation::DropConstant),
        1 => (0u32..0x40).prop_map(Mutation::Flags),
        1 => (0u32..6).prop_map(Mutation::ArgCount),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Swap { a, b }),
    ]
}

fn apply(code: &mut CodeObject, m: &Mutation) {
    let n = code.instructions.len();
    match m {
        Mutation::Operand { at, value } => code.instructions[at.index(n)].arg = *value,
        Mutation::OperandDelta { at, delta } => {
            let i = &mut code.instructions[at.index(n)];
            i.arg = i.arg.wrapping_add_signed(i32::from(*delta));
        }
        Mutation::Opcode { at, op } => {
            code.instructions[at.index(n)].op = ALL_OPCODES[op.index(ALL_OPCODES.len())]
        }
        Mutation::MaxStack(v) => code.max_stack = *v,
        Mutation::HandlerDepth { at, depth } => {
            if !code.exception_table.is_empty() {
                let k = at.index(code.exception_table.len());
                code.exception_table[k].depth = *depth;
            }
        }
        Mutation::Handler { at, target } => {
            if !code.exception_table.is_empty() {
                let k = at.index(code.exception_table.len());
                code.exception_table[k].handler = target.index(n) as u32;
            }
        }
        Mutation::DropVarname => {
            code.varnames.pop();
        }
        Mutation::DropConstant => {
            code.constants.pop();
        }
        Mutation::Flags(f) => code.flags = *f,
        Mutation::ArgCount(a) => code.argcount = *a,
        Mutation::Swap { a, b } => code.instructions.swap(a.index(n), b.index(n)),
    }
}

/// A few compiled programs with loops, handlers, closures, comprehensions and `with`.
const SEEDS: &[&str] = &[
    "def f(n):\n    t = 0\n    for i in range(n):\n        if i % 3 == 0:\n            continue\n        t += i * i\n    return t\nprint(f(10))\n",
    "def f(x):\n    try:\n        return 1 / x\n    except ZeroDivisionError as e:\n        return str(e)\n    finally:\n        print('done')\n",
    "def outer(a):\n    b = [a]\n    def inner(c):\n        nonlocal a\n        a += c\n        return a + b[0]\n    return inner\nx = {k: [v for v in range(k)] for k in range(4)}\n",
    "class C:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        return True\nwith C() as c:\n    a, *b, d = [1, 2, 3, 4]\n    print(f'{a!r:>4}{b}', *b, sep='-', **{'end': ''})\n",
    "def g(n):\n    yield from range(n)\n    x = yield n\n    assert x, 'no'\n    del x\n    raise ValueError('v') from None\nimport sys\nfrom math import sqrt\ns = {1, 2}\nt = (1, 2)[::-1]\nprint(not s and t or 3, -t[0], ~1)\n",
];

proptest! {
    #![proptest_config(config(600))]

    /// Compiled code with a few fields changed, as a crafted `.pyc` could: whatever the verifier
    /// still accepts translates within bounds.
    #[test]
    fn mutated_compiled_code_is_rejected_or_within_bounds(
        seed in prop::sample::select(SEEDS),
        which in any::<prop::sample::Index>(),
        edits in prop::collection::vec(mutation(), 1..4),
        tighten in any::<bool>(),
    ) {
        let mut module = ferropy_compiler::compile(seed, "<seed>").unwrap();
        let mut paths = Vec::new();
        code_paths(&module, Vec::new(), &mut paths);
        let path = paths[which.index(paths.len())].clone();
        let target = code_at(&mut module, &path);
        for m in &edits {
            apply(target, m);
        }
        if tighten {
            // Most edits change the depth the code reaches; follow it, so they get past that check.
            if let Ok(d) = compute_max_stack(target) {
                target.max_stack = d;
            }
        }
        let mut vm = vm();
        prop_assert_eq!(verify_and_check(&mut vm, module).map(|_| ()), Ok(()));
    }
}

/// Random stack code built to be mostly well formed: each instruction's pops fit the depth
/// reached so far, operands are mostly in range, and jumps and handlers go to instructions where
/// the depth matches, so a good share of it passes the verifier.
#[derive(Debug, Clone)]
struct RawCode {
    ops: Vec<(prop::sample::Index, u32, prop::sample::Index)>,
    handlers: Vec<(
        prop::sample::Index,
        prop::sample::Index,
        prop::sample::Index,
    )>,
    nlocals: usize,
    forward_only: bool,
    cells: usize,
}

fn raw_code(forward_only: bool) -> impl Strategy<Value = RawCode> {
    use prop::sample::Index;
    (
        prop::collection::vec(
            (
                any::<Index>(),
                prop_oneof![0u32..6, 16u32..30, any::<u32>()],
                any::<Index>(),
            ),
            1..40,
        ),
        prop::collection::vec((any::<Index>(), any::<Index>(), any::<Index>()), 0..3),
        0usize..4,
        0usize..3,
    )
        .prop_map(move |(ops, handlers, nlocals, cells)| RawCode {
            ops,
            handlers,
            nlocals,
            forward_only,
            cells,
        })
}

/// Opcodes random code must not use when it is run in the test process: output, and loading
/// the code objects in the constants (none are generated).
fn runnable(op: Opcode) -> bool {
    !matches!(op, Opcode::PrintExpr)
}

const NAMES: &[&str] = &[
    "x",
    "y",
    "len",
    "abs",
    "int",
    "str",
    "ValueError",
    "__name__",
];

fn build(raw: &RawCode, for_running: bool) -> CodeObject {
    let constants = vec![
        Constant::None,
        Constant::Int(3),
        Constant::Str("ab".into()),
        Constant::Tuple(vec![Constant::Int(1), Constant::Str("x".into())]),
        Constant::Tuple(vec![Constant::Str("x".into())]),
        Constant::Float(-0.5),
        Constant::BigInt(num_bigint::BigInt::from(1u64 << 63) * 5),
        Constant::Bool(true),
    ];
    let mut instrs = Vec::new();
    let mut depths = Vec::new();
    let mut depth: u32 = 0;
    for (op, arg, _) in &raw.ops {
        let mut op = ALL_OPCODES[op.index(ALL_OPCODES.len())];
        if for_running && !runnable(op) {
            op = Opcode::PopTop;
        }
        let arg = match op.operand_kind() {
            OperandKind::None => 0,
            OperandKind::Const => arg % (constants.len() as u32 + 1),
            OperandKind::Name => arg % (NAMES.len() as u32 + 1),
            OperandKind::Local => arg % (raw.nlocals as u32 + 1),
            OperandKind::Deref => arg % (raw.cells as u32 + 1),
            OperandKind::Jump => 0, // fixed below
            OperandKind::Count => {
                arg % 5
                    + if op == Opcode::UnpackEx {
                        (arg >> 8) % 3 * 256
                    } else {
                        0
                    }
            }
            OperandKind::BinOp => arg % 30,
            OperandKind::CmpOp => arg % 11,
            OperandKind::UnaryOp => arg % 5,
            OperandKind::Flags => arg % 16,
        };
        let (pops, pushes) = op.stack_effect(arg);
        let (op, arg, pushes, pops) = if pops > depth {
            (Opcode::LoadConst, arg % 8, 1, 0)
        } else {
            (op, arg, pushes, pops)
        };
        depths.push(depth);
        instrs.push(Instr::new(op, arg));
        depth = depth - pops + pushes;
    }
    // Jumps go to an instruction whose recorded depth matches the depth after the jump.
    for (pc, (_, _, pick)) in raw.ops.iter().enumerate() {
        let i = instrs[pc];
        if i.op.operand_kind() != OperandKind::Jump {
            continue;
        }
        let (pops, pushes) =
            i.op.jump_stack_effect(i.arg)
                .unwrap_or(i.op.stack_effect(i.arg));
        let after = depths[pc] - pops + pushes;
        let candidates: Vec<usize> = (0..instrs.len())
            .filter(|&t| depths[t] == after && (!raw.forward_only || t > pc))
            .collect();
        if candidates.is_empty() {
            instrs[pc] = Instr::new(Opcode::Nop, 0);
        } else {
            instrs[pc].arg = candidates[pick.index(candidates.len())] as u32;
        }
    }
    depths.push(depth);
    instrs.push(Instr::new(Opcode::LoadConst, 1));
    instrs.push(Instr::new(Opcode::ReturnValue, 0));
    let n = instrs.len();
    let mut exception_table = Vec::new();
    for (s, len, h) in &raw.handlers {
        let start = s.index(n - 1);
        let end = start + 1 + len.index(n - start - 1);
        let handlers: Vec<usize> = (0..n - 1)
            .filter(|&t| depths[t] >= 1 && (!raw.forward_only || t >= end))
            .collect();
        if let Some(&handler) = handlers.get(h.index(handlers.len().max(1))) {
            exception_table.push(ExceptionEntry {
                start: start as u32,
                end: end as u32,
                handler: handler as u32,
                depth: depths[handler] - 1,
            });
        }
    }
    let mut code = CodeObject {
        name: "<module>".into(),
        qualname: "<module>".into(),
        filename: "<random>".into(),
        lines: vec![1; n],
        instructions: instrs,
        constants,
        names: NAMES.iter().map(|s| s.to_string()).collect(),
        varnames: (0..raw.nlocals).map(|i| format!("v{i}")).collect(),
        cellvars: (0..raw.cells).map(|i| format!("c{i}")).collect(),
        exception_table,
        ..Default::default()
    };
    if let Ok(d) = compute_max_stack(&code) {
        code.max_stack = d;
    }
    code
}

proptest! {
    #![proptest_config(config(3000))]

    /// Random code that passes the verifier translates within bounds.
    #[test]
    fn random_verified_code_is_within_bounds(raw in raw_code(false)) {
        let mut vm = vm();
        prop_assert_eq!(verify_and_check(&mut vm, build(&raw, false)).map(|_| ()), Ok(()));
    }
}

proptest! {
    #![proptest_config(config(1500))]

    /// Random loop-free verified code runs to a value or a Python exception without a panic,
    /// whatever odd values its instructions meet (an int where a list is appended to, a string
    /// re-raised, a `yield` outside a generator...).
    #[test]
    fn random_verified_code_runs_without_panicking(raw in raw_code(true)) {
        let code = build(&raw, true);
        if verify(&code).is_ok() {
            let mut vm = vm();
            let unit = vm.load_code(Rc::new(code)).unwrap();
            check_unit(&unit).unwrap();
            let module = vm.new_module("__main__", None);
            let cells = (0..raw.cells).map(|_| Rc::new(ferropy_vm::value::PyCell::new(Value::Undef))).collect();
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                vm.run_code(unit, module.dict.clone(), None, cells).map(|_| ())
            }));
            prop_assert!(result.is_ok(), "panicked");
        }
    }
}

/// The share of generated code that passes the verifier, so the tests above test something.
#[test]
fn a_good_share_of_random_code_verifies() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = raw_code(false);
    let mut ok = 0;
    for _ in 0..500 {
        let raw = strategy.new_tree(&mut runner).unwrap().current();
        ok += usize::from(verify(&build(&raw, false)).is_ok());
    }
    assert!(ok >= 100, "only {ok} of 500 verified");
}

/// Runs verified `code` as a module; `Err` carries the exception's type name. Panics fail.
fn run_module(code: CodeObject) -> Result<Value, String> {
    verify(&code).expect("the crafted code verifies");
    let mut vm = vm();
    let unit = vm.load_code(Rc::new(code)).unwrap();
    let module = vm.new_module("__main__", None);
    vm.run_code(unit, module.dict.clone(), None, Vec::new())
        .map_err(|e| {
            let v = e.value();
            vm.type_name(&v).to_string()
        })
}

fn module_of(instrs: &[(Opcode, u32)], constants: Vec<Constant>, names: &[&str]) -> CodeObject {
    let mut code = CodeObject {
        name: "<module>".into(),
        qualname: "<module>".into(),
        instructions: instrs.iter().map(|(op, a)| Instr::new(*op, *a)).collect(),
        lines: vec![1; instrs.len()],
        constants,
        names: names.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    };
    code.max_stack = compute_max_stack(&code).unwrap();
    code
}

fn function_code(argcount: u32, freevars: &[&str], instrs: &[(Opcode, u32)]) -> CodeObject {
    let mut code = module_of(instrs, vec![Constant::Int(7)], &[]);
    code.name = "f".into();
    code.qualname = "f".into();
    code.flags = ferropy_bytecode::flags::OPTIMIZED | ferropy_bytecode::flags::NEWLOCALS;
    code.argcount = argcount;
    code.varnames = (0..argcount).map(|i| format!("a{i}")).collect();
    code.freevars = freevars.iter().map(|s| s.to_string()).collect();
    code
}

/// Keyword names the call's arguments cannot cover: more names than arguments.
#[test]
fn crafted_keyword_calls_raise_instead_of_panicking() {
    use Opcode::*;
    let names = Constant::Tuple(vec![Constant::Str("x".into()), Constant::Str("y".into())]);
    // A builtin and a Python function, each called with 1 argument and 2 keyword names.
    let builtin = module_of(
        &[
            (LoadGlobal, 0),
            (LoadConst, 1),
            (LoadConst, 0),
            (CallKw, 1),
            (ReturnValue, 0),
        ],
        vec![names.clone(), Constant::Int(1)],
        &["abs"],
    );
    assert!(run_module(builtin).is_err());
    let f = function_code(1, &[], &[(LoadConst, 0), (ReturnValue, 0)]);
    let python = module_of(
        &[
            (LoadConst, 2),
            (MakeFunction, 0),
            (LoadConst, 1),
            (LoadConst, 0),
            (CallKw, 1),
            (ReturnValue, 0),
        ],
        vec![names, Constant::Int(1), Constant::Code(Rc::new(f))],
        &[],
    );
    assert!(run_module(python).is_err());
}

/// A function whose code reads a free variable, made without a closure (or with a short one).
#[test]
fn crafted_closures_of_the_wrong_length_raise_instead_of_panicking() {
    use Opcode::*;
    let reads_free = function_code(0, &["a"], &[(LoadDeref, 0), (ReturnValue, 0)]);
    let no_closure = module_of(
        &[
            (LoadConst, 0),
            (MakeFunction, 0),
            (Call, 0),
            (ReturnValue, 0),
        ],
        vec![Constant::Code(Rc::new(reads_free.clone()))],
        &[],
    );
    assert!(run_module(no_closure).is_err());
    let empty_closure = module_of(
        &[
            (BuildTuple, 0),
            (LoadConst, 0),
            (MakeFunction, 8),
            (Call, 0),
            (ReturnValue, 0),
        ],
        vec![Constant::Code(Rc::new(reads_free))],
        &[],
    );
    assert!(run_module(empty_closure).is_err());
}
