//! The virtual machine's state, loading code, and running modules.

use crate::dict::PyDict;
use crate::exceptions::{PyErr, PyResult};
use crate::regcode::CodeUnit;
use crate::types::BuiltinTypes;
use crate::value::{PyModule, PyStr, Value};
use ferropy_bytecode::{CodeObject, Constant};
use std::rc::Rc;

/// When the JIT compiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JitMode {
    Off,
    Auto,
    Eager,
}

/// Options fixed at start-up.
/// Calls plus loop iterations before `--jit=auto` compiles a code unit, unless told otherwise.
pub const DEFAULT_JIT_THRESHOLD: u32 = 1000;

#[derive(Debug, Clone)]
pub struct VmOptions {
    pub jit: JitMode,
    /// Calls plus loop iterations before a code object is compiled under `JitMode::Auto`.
    pub jit_threshold: u32,
    pub argv: Vec<String>,
    /// Folders searched for imports, in order.
    pub path: Vec<String>,
    pub dont_write_bytecode: bool,
    pub verbose: bool,
    /// `PYTHONPYCACHEPREFIX`: where the `.pyc` tree lives instead of `__pycache__` folders.
    pub pycache_prefix: Option<std::path::PathBuf>,
    /// CPython's standard library folder, imported in place (`stdlib_path`).
    pub stdlib: Option<std::path::PathBuf>,
    /// Where the `.pyc` files of standard-library modules go (a per-user cache tree).
    pub stdlib_cache: Option<std::path::PathBuf>,
}

impl Default for VmOptions {
    fn default() -> Self {
        VmOptions {
            jit: JitMode::Off,
            jit_threshold: DEFAULT_JIT_THRESHOLD,
            argv: vec![String::new()],
            path: Vec::new(),
            dont_write_bytecode: false,
            verbose: false,
            pycache_prefix: None,
            stdlib: None,
            stdlib_cache: None,
        }
    }
}

/// The hook through which the JIT (a separate crate) compiles hot code. The VM calls it when a
/// code unit gets hot; an implementation that installs native code stores a handle in
/// `CodeUnit::jitted` and is later asked to run it.
pub trait TierUp {
    /// Called when `unit` crosses the hotness threshold (or at first call under eager mode).
    fn compile(&mut self, vm: &Vm, unit: &Rc<CodeUnit>);
    /// Called at the interpreter's next check after `signals::request_check` (a compile done
    /// in the background waits to be installed).
    fn poll(&mut self, _vm: &Vm) {}
    /// Prints statistics at exit (`--jit-stats`).
    fn report(&self) -> String {
        String::new()
    }
    /// Totals for `--compare`.
    fn stats(&self) -> JitStats {
        JitStats::default()
    }
}

/// What the JIT did during a run.
#[derive(Debug, Clone, Copy, Default)]
pub struct JitStats {
    pub functions_compiled: u32,
    pub loops_compiled: u32,
    pub compile_seconds: f64,
    pub deopts: u64,
}

pub struct Vm {
    pub types: BuiltinTypes,
    pub builtins: Rc<PyDict>,
    /// `sys.modules`.
    pub modules: Rc<PyDict>,
    /// The exception currently being handled (`sys.exc_info()`), or None.
    pub handled: Value,
    pub depth: u32,
    /// The lowest address the native stack may reach before guards raise `RecursionError`
    /// (`guard.rs`); set for the thread that creates the VM, which is the one that runs it.
    pub stack_floor: usize,
    pub recursion_limit: u32,
    pub options: VmOptions,
    pub tier: Option<Box<dyn TierUp>>,
    pub out: std::io::BufWriter<std::io::Stdout>,
    /// When `out` is flushed (`stdio`).
    pub out_mode: crate::stdio::OutMode,
    /// `sys.stdin`, `sys.stdout` and `sys.stderr` (created with `sys`).
    pub(crate) stdio: Vec<Rc<crate::value::PyInstance>>,
    /// Buffered standard input, opened on first read.
    pub(crate) stdin: Option<crate::stdio::StdinReader>,
    /// Register slabs of finished frames, reused to avoid an allocation per call.
    pub(crate) reg_pool: Vec<Vec<Value>>,
    /// Frames the dispatch loop entered without recursing (see `inline_call`).
    pub(crate) nested: Vec<crate::inline_call::Nested>,
    /// Boxes of finished entered frames, reused by the next ones.
    pub(crate) frame_pool: Vec<Box<crate::interp::Frame>>,
    /// What `enter_binary` found per class and operator (see `inline_call::BinopCache`).
    pub(crate) binop_cache: crate::inline_call::BinopCache,
    pub(crate) interned: std::collections::HashMap<String, Rc<PyStr>>,
    pub(crate) frame_serial: u64,
    /// How native code that finished a frame hands over its exit.
    pub(crate) jit_exit: Option<crate::interp::Exit>,
    /// How native code hands over a raised exception.
    pub(crate) jit_error: Option<PyErr>,
    /// How many times native code left for the interpreter before its frame finished (guard
    /// failures, jumps taken by generic instructions, pending signals): `--jit-stats` deopts.
    pub jit_exits: u64,
    pub repr_stack: Vec<usize>,
    /// Native modules by name (`ferropy-stdlib` registers them).
    pub native_modules: std::collections::HashMap<&'static str, crate::ModuleFactory>,
    /// Built-in modules written in Python (name to source), compiled when first imported:
    /// stand-ins for CPython's C modules that need no native code.
    pub source_modules: std::collections::HashMap<&'static str, &'static str>,
    /// Class namespaces whose stores go through a `__setitem__` (`classes::build_class`):
    /// (address of the namespace dict, the mapping object).
    pub(crate) ns_hooks: Vec<(usize, Value)>,
    /// The frames being run, innermost last. Each pointer is valid while its `run_frame` call
    /// is on the Rust stack; only `evalexec` reads through them.
    pub(crate) frame_stack: Vec<*const crate::interp::Frame>,
    /// The classes of file objects, created by the first `open()`.
    pub(crate) file_types: Option<crate::fileio::FileTypes>,
    /// Async generator awaitable types and `sys.set_asyncgen_hooks`' hooks.
    pub(crate) asyncgen: crate::asyncgen::AsyncGenState,
    /// The arguments of the `generator.throw()` call in progress, as given: a `yield from`
    /// passes them on unchanged to a sub-iterator's own `throw` method, as CPython does.
    pub(crate) throw_args: Option<Vec<Value>>,
}

impl Vm {
    pub fn new(options: VmOptions) -> Vm {
        let mut vm = Vm {
            types: BuiltinTypes::new(),
            builtins: Rc::new(PyDict::new()),
            modules: Rc::new(PyDict::new()),
            handled: Value::None,
            depth: 0,
            stack_floor: crate::guard::stack_floor(),
            recursion_limit: 1000,
            options,
            tier: None,
            out: std::io::BufWriter::with_capacity(crate::stdio::OUT_BUFFER, std::io::stdout()),
            out_mode: crate::stdio::OutMode::default_for_stdout(),
            stdio: Vec::new(),
            stdin: None,
            reg_pool: Vec::new(),
            nested: Vec::new(),
            frame_pool: Vec::new(),
            binop_cache: Default::default(),
            interned: Default::default(),
            frame_serial: 0,
            jit_exit: None,
            jit_error: None,
            jit_exits: 0,
            repr_stack: Vec::new(),
            native_modules: Default::default(),
            source_modules: Default::default(),
            ns_hooks: Vec::new(),
            frame_stack: Vec::new(),
            file_types: None,
            asyncgen: Default::default(),
            throw_args: None,
        };
        crate::builtins::install(&mut vm);
        crate::gc::configure_from_env();
        vm.native_modules.insert("sys", crate::sysmod::make);
        vm.native_modules
            .insert("builtins", crate::builtins::module);
        vm
    }

    /// The `sys` module (created on first use).
    pub fn sys_module(&mut self) -> Value {
        if let Some(m) = self.modules.get_str("sys") {
            return m;
        }
        let m = crate::sysmod::make(self);
        self.modules.set_str("sys", m.clone());
        m
    }

    /// One shared string object per distinct name, so attribute and global keys hash once.
    pub fn intern(&mut self, s: &str) -> Rc<PyStr> {
        if let Some(r) = self.interned.get(s) {
            return r.clone();
        }
        let r = Rc::new(PyStr::new(s.to_string()));
        self.interned.insert(s.to_string(), r.clone());
        r
    }

    /// Verifies, translates and prepares a code object and every code object nested in it.
    pub fn load_code(&mut self, code: Rc<CodeObject>) -> Result<Rc<CodeUnit>, String> {
        ferropy_bytecode::verify(&code).map_err(|e| e.to_string())?;
        Ok(self.prepare(code))
    }

    /// Makes a code object (and every one nested in it) ready to run. Register translation
    /// waits for the first run (`CodeUnit::reg`).
    fn prepare(&mut self, code: Rc<CodeObject>) -> Rc<CodeUnit> {
        let consts = code.constants.iter().map(|c| self.constant(c)).collect();
        let names: Vec<_> = code.names.iter().map(|n| self.intern(n)).collect();
        let params = &code.varnames[..code.total_args()];
        let cell_params = code
            .cellvars
            .iter()
            .map(|c| params.iter().position(|p| p == c).map(|i| i as u32))
            .collect();
        use ferropy_bytecode::flags;
        let not_plain = flags::VARARGS
            | flags::VARKEYWORDS
            | flags::GENERATOR
            | flags::COROUTINE
            | flags::ASYNC_GENERATOR;
        let plain = code.kwonlyargcount == 0
            && code.flags & not_plain == 0
            && code.cellvars.is_empty()
            && code.freevars.is_empty();
        Rc::new(CodeUnit::new(code, consts, names, cell_params, plain))
    }

    pub(crate) fn constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(i) => Value::from_bigint(i.clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex { real, imag } => Value::Complex(Rc::new((*real, *imag))),
            Constant::Str(s) => Value::Str(self.intern(s)),
            Constant::Bytes(b) => Value::Bytes(Rc::new(b.clone())),
            Constant::Tuple(items) => {
                Value::tuple(items.iter().map(|c| self.constant(c)).collect())
            }
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Code(code) => Value::Code(self.prepare(code.clone())),
        }
    }

    /// A fresh module object registered in `sys.modules`.
    pub fn new_module(&mut self, name: &str, file: Option<&str>) -> Rc<PyModule> {
        let dict = Rc::new(PyDict::new());
        dict.set_str("__name__", Value::str(name));
        dict.set_str("__builtins__", Value::Dict(self.builtins.clone()));
        dict.set_str("__doc__", Value::None);
        if let Some(f) = file {
            dict.set_str("__file__", Value::str(f));
        }
        let module = Rc::new(PyModule {
            name: name.to_string(),
            dict,
        });
        self.modules.set_str(name, Value::Module(module.clone()));
        module
    }

    /// Compiles and runs source as the `__main__` module. Compile errors come back as
    /// `SyntaxError` exceptions.
    pub fn run_main(&mut self, source: &str, filename: &str) -> PyResult<Value> {
        let code = match ferropy_compiler::compile(source, filename) {
            Ok(c) => c,
            Err(e) => return Err(self.syntax_error(&e)),
        };
        let unit = self
            .load_code(Rc::new(code))
            .map_err(|e| self.err("SystemError", e))?;
        let module = self.new_module("__main__", Some(filename));
        self.run_module_code(&unit, &module)
    }

    pub fn run_module_code(
        &mut self,
        unit: &Rc<CodeUnit>,
        module: &Rc<PyModule>,
    ) -> PyResult<Value> {
        self.run_code(unit.clone(), module.dict.clone(), None, Vec::new())
    }

    /// A `SyntaxError` exception from a compile error, with CPython's attributes.
    pub fn syntax_error(&mut self, e: &ferropy_compiler::CompileError) -> PyErr {
        if e.kind == ferropy_compiler::ErrorKind::RecursionError {
            // Not a SyntaxError: CPython raises it without a location.
            return self.err("RecursionError", e.msg.clone());
        }
        let class = self.types.exceptions[e.kind.name()].clone();
        let details = Value::tuple(vec![
            Value::str(e.filename.clone()),
            Value::Int(i64::from(e.line)),
            Value::Int(i64::from(e.column)),
            Value::str(e.text.clone()),
        ]);
        let err = self.new_exception(&class, vec![Value::str(e.msg.clone()), details]);
        let d = &err.exc.dict;
        d.set_str("msg", Value::str(e.msg.clone()));
        d.set_str("filename", Value::str(e.filename.clone()));
        d.set_str("lineno", Value::Int(i64::from(e.line)));
        d.set_str("offset", Value::Int(i64::from(e.column)));
        d.set_str("text", Value::str(e.text.clone()));
        err
    }
}
