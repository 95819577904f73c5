//! Loading module source for import. (The `.pyc` cache is added by the bytecode-cache issue;
//! until then every import compiles from source.)

use crate::exceptions::PyResult;
use crate::regcode::CodeUnit;
use crate::Vm;
use std::path::Path;
use std::rc::Rc;

/// Compiles a module's source file into a ready code unit.
pub fn load_source(vm: &mut Vm, path: &Path) -> PyResult<Rc<CodeUnit>> {
    let filename = path.to_string_lossy().into_owned();
    let source = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => return Err(vm.err("OSError", format!("{e}: '{filename}'"))),
    };
    let code = ferropy_compiler::compile(&source, &filename).map_err(|e| vm.syntax_error(&e))?;
    vm.load_code(Rc::new(code)).map_err(|e| vm.err("SystemError", e))
}
