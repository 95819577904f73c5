//! Every code object of every test program lowers to IR that verifies and compiles for both
//! x86-64 and aarch64, so both back ends stay green when CI runs on one of them.

use ferropy_vm::regcode::CodeUnit;
use ferropy_vm::{Value, Vm, VmOptions};
use std::path::Path;
use std::rc::Rc;

fn units(unit: &Rc<CodeUnit>, out: &mut Vec<Rc<CodeUnit>>) {
    out.push(unit.clone());
    for c in &unit.consts {
        if let Value::Code(inner) = c {
            units(inner, out);
        }
    }
}

#[test]
fn every_program_compiles_for_both_architectures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs");
    let mut vm = Vm::new(VmOptions::default());
    let mut compiled = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/programs")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("readable");
        let Ok(code) = ferropy_compiler::compile(&source, &path.to_string_lossy()) else {
            continue; // the syntax-error programs
        };
        let unit = vm.load_code(Rc::new(code)).expect("verifies");
        let mut all = Vec::new();
        units(&unit, &mut all);
        for u in all {
            for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
                if let Err(e) = ferropy_jit::compile_for_triple(&u, triple) {
                    panic!("{} {} for {triple}: {e}", path.display(), u.code.qualname);
                }
                compiled += 1;
            }
        }
    }
    assert!(compiled > 100, "only {compiled} code objects compiled");
}
