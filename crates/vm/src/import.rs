//! The import system, after CPython's importlib: finding modules on `sys.path` (regular packages
//! with `__init__.py`, namespace packages, plain modules), running each once (`sys.modules`),
//! relative imports, `from m import x` and `from m import *`, and CPython's `ImportError` /
//! `ModuleNotFoundError` messages. Compiled code of imported modules goes through the `.pyc`
//! cache (`pycache`).

use crate::args::Args;
use crate::dict::PyDict;
use crate::exceptions::{PyErr, PyResult};
use crate::value::{PyModule, PyStr, Value};
use crate::Vm;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Where a module was found.
pub(crate) enum Found {
    /// A source file: `leaf.py`, or `leaf/__init__.py` for a regular package.
    Source { path: PathBuf, is_package: bool },
    /// A namespace package (PEP 420): folders named `leaf` without `__init__.py`.
    Namespace { dirs: Vec<String> },
}

thread_local! {
    /// Modules whose code is running right now (the dicts' addresses): CPython's
    /// `__spec__._initializing`, for the circular-import message.
    static INITIALIZING: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Whether the module's code is still running (it is partially initialised): for CPython's
/// "(most likely due to a circular import)" messages.
pub fn is_initializing(module: &PyModule) -> bool {
    let key = Rc::as_ptr(&module.dict) as usize;
    INITIALIZING.with(|s| s.borrow().contains(&key))
}

impl Vm {
    /// `ImportName`: imports `name` (relative to the importing module for `level > 0`) and
    /// returns the top-level package, or the module itself when a fromlist is given.
    pub fn import_name(
        &mut self,
        name: &str,
        fromlist: &Value,
        level: &Value,
        globals: &Rc<PyDict>,
    ) -> PyResult<Value> {
        let level = crate::int::as_i64(level).unwrap_or(0);
        if level < 0 {
            return Err(self.value_error("level must be >= 0"));
        }
        if level == 0 && name.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let full = if level > 0 {
            self.resolve_relative(name, level, globals)?
        } else {
            name.to_string()
        };
        let module = self.import_dotted(&full)?;
        let has_fromlist = !fromlist.is_none() && self.truthy(fromlist)?;
        if has_fromlist {
            let names: Vec<Value> = match fromlist {
                Value::Tuple(names) => names.iter().cloned().collect(),
                other => self.collect(other)?,
            };
            self.handle_fromlist(&module, &full, &names, false)?;
            return Ok(module);
        }
        if level > 0 && name.is_empty() {
            return Ok(module);
        }
        if level > 0 {
            // `import .a.b` does not exist, but `__import__('a.b', level=1)` returns the
            // package at the level of the first name.
            let cut = full.len() - name.len() + name.split('.').next().unwrap_or(name).len();
            return Ok(self.modules.get_str(&full[..cut]).unwrap_or(module));
        }
        let top = full.split('.').next().unwrap_or(&full);
        Ok(self.modules.get_str(top).unwrap_or(module))
    }

    /// `from package import a, b`: imports the submodules among the names that the package
    /// does not have as attributes (with `*`, the ones listed in `__all__`). A submodule that
    /// does not exist is not an error here (`ImportFrom` reports the missing name).
    fn handle_fromlist(
        &mut self,
        module: &Value,
        full: &str,
        names: &[Value],
        recursive: bool,
    ) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Ok(());
        };
        if m.dict.get_str("__path__").is_none() {
            return Ok(());
        }
        for n in names {
            let Some(s) = n.as_str() else { continue };
            if s == "*" {
                if !recursive {
                    if let Some(all) = m.dict.get_str("__all__") {
                        let all = self.collect(&all)?;
                        self.handle_fromlist(module, full, &all, true)?;
                    }
                }
                continue;
            }
            if m.dict.get_str(s).is_some() {
                continue;
            }
            let sub = format!("{full}.{s}");
            if let Err(e) = self.import_dotted(&sub) {
                let not_found = e.matches(self, "ModuleNotFoundError")
                    && matches!(e.exc.dict.get_str("name"), Some(Value::Str(n)) if *n.s == *sub);
                if !not_found {
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    pub(crate) fn module_attr(&self, module: &Value, name: &str) -> Option<Value> {
        match module {
            Value::Module(m) => m.dict.get_str(name),
            _ => None,
        }
    }

    /// The absolute name of a relative import (`from ..a import b` is `level` 2, `name` "a").
    fn resolve_relative(
        &mut self,
        name: &str,
        level: i64,
        globals: &Rc<PyDict>,
    ) -> PyResult<String> {
        let package = match globals.get_str("__package__") {
            Some(Value::Str(p)) => p.s.to_string(),
            Some(Value::None) | None => {
                match (globals.get_str("__path__"), globals.get_str("__name__")) {
                    // A package whose `__package__` was deleted: its own name.
                    (Some(_), Some(Value::Str(n))) => n.s.to_string(),
                    (None, Some(Value::Str(n))) if &*n.s != "__main__" => {
                        n.s.rsplit_once('.').map_or("", |p| p.0).to_string()
                    }
                    _ => String::new(),
                }
            }
            Some(_) => return Err(self.type_error("package must be a string")),
        };
        if package.is_empty() {
            return Err(self.import_error(
                "ImportError",
                "attempted relative import with no known parent package",
                Value::None,
                Value::None,
            ));
        }
        let bits: Vec<&str> = package.rsplitn(level as usize, '.').collect();
        if (bits.len() as i64) < level {
            return Err(self.import_error(
                "ImportError",
                "attempted relative import beyond top-level package",
                Value::None,
                Value::None,
            ));
        }
        let base = bits.last().copied().unwrap_or("");
        Ok(if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        })
    }

    /// The module in `sys.modules`; `None` in `sys.modules` halts the import, as in CPython.
    fn cached_module(&mut self, name: &str) -> PyResult<Option<Value>> {
        match self.modules.get_str(name) {
            Some(Value::None) => Err(self.module_not_found(
                name,
                format!("import of {name} halted; None in sys.modules"),
            )),
            other => Ok(other),
        }
    }

    fn module_not_found(&mut self, name: &str, msg: String) -> PyErr {
        self.import_error("ModuleNotFoundError", msg, Value::str(name), Value::None)
    }

    /// An `ImportError` (or subclass) with its `name` and `path` attributes.
    fn import_error(
        &mut self,
        class: &str,
        msg: impl Into<String>,
        name: Value,
        path: Value,
    ) -> PyErr {
        let err = self.err(class, msg);
        err.exc.dict.set_str("name", name);
        err.exc.dict.set_str("path", path);
        err
    }

    /// Imports every package on the way to `a.b.c`, binding each as an attribute of its parent.
    pub(crate) fn import_dotted(&mut self, full: &str) -> PyResult<Value> {
        if let Some(m) = self.cached_module(full)? {
            return Ok(m);
        }
        let mut prefix = String::new();
        let mut parent: Option<Value> = None;
        let mut module = Value::None;
        for part in full.split('.') {
            if part.is_empty() {
                return Err(self.module_not_found(full, format!("No module named '{full}'")));
            }
            let parent_name = prefix.clone();
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = match self.cached_module(&prefix)? {
                Some(m) => m,
                None => {
                    let search = match &parent {
                        Some(p) => {
                            match self.module_attr(p, "__path__") {
                                Some(path) => self.path_list(&path),
                                None => {
                                    let msg = format!("No module named '{prefix}'; '{parent_name}' is not a package");
                                    return Err(self.module_not_found(&prefix, msg));
                                }
                            }
                        }
                        None => self.sys_path(),
                    };
                    let m = self.load_module(&prefix, &search)?;
                    if let Some(Value::Module(p)) = &parent {
                        p.dict.set_str(part, m.clone());
                    }
                    m
                }
            };
            parent = Some(module.clone());
        }
        Ok(module)
    }

    /// `sys.path` as it is now (a program may change it), or the start-up path before `sys`
    /// exists.
    pub(crate) fn sys_path(&mut self) -> Vec<String> {
        match self
            .modules
            .get_str("sys")
            .and_then(|sys| self.module_attr(&sys, "path"))
        {
            Some(path) => self.path_list(&path),
            None => self.options.path.clone(),
        }
    }

    pub(crate) fn path_list(&self, path: &Value) -> Vec<String> {
        match path {
            Value::List(l) => l
                .borrow()
                .iter()
                .filter_map(|p| p.as_str().map(str::to_string))
                .collect(),
            Value::Tuple(t) => t
                .iter()
                .filter_map(|p| p.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Looks for `name`'s last part in each folder of `search`: a regular package
    /// (`leaf/__init__.py`) or a module (`leaf.py`) in the first folder that has one; failing
    /// those, the folders named `leaf` make a namespace package.
    pub(crate) fn find_module(&self, name: &str, search: &[String]) -> Option<Found> {
        let leaf = name.rsplit('.').next().unwrap_or(name);
        let mut namespace = Vec::new();
        for entry in search {
            // Entries are made absolute (the empty one is the current folder), as CPython's
            // FileFinder does, so `__file__` is always absolute.
            let dir = match std::path::absolute(if entry.is_empty() {
                "."
            } else {
                entry.as_str()
            }) {
                Ok(d) => d,
                Err(_) => continue,
            };
            let folder = dir.join(leaf);
            let init = folder.join("__init__.py");
            if init.is_file() {
                return Some(Found::Source {
                    path: init,
                    is_package: true,
                });
            }
            let file = dir.join(format!("{leaf}.py"));
            if file.is_file() {
                return Some(Found::Source {
                    path: file,
                    is_package: false,
                });
            }
            if folder.is_dir() {
                namespace.push(folder.to_string_lossy().into_owned());
            }
        }
        (!namespace.is_empty()).then_some(Found::Namespace { dirs: namespace })
    }

    /// Finds, compiles (or reads from the cache) and runs one module.
    fn load_module(&mut self, name: &str, search: &[String]) -> PyResult<Value> {
        if let Some(m) = crate::native_module(self, name) {
            self.modules.set_str(name, m.clone());
            if self.options.verbose {
                self.flush_out();
                eprintln!("import '{name}' # built-in");
            }
            return Ok(m);
        }
        if let Some(src) = self.source_modules.get(name).copied() {
            return self.load_source_module(name, src);
        }
        let (path, is_package) = match self.find_module(name, search) {
            Some(Found::Source { path, is_package }) => (path, is_package),
            Some(Found::Namespace { dirs }) => {
                let module = self.new_module(name, None);
                module.dict.set_str("__package__", Value::str(name));
                module.dict.set_str("__file__", Value::None);
                module.dict.set_str(
                    "__path__",
                    Value::list(dirs.iter().map(|d| Value::str(d.clone())).collect()),
                );
                if self.options.verbose {
                    self.flush_out();
                    eprintln!("import '{name}' # namespace package {dirs:?}");
                }
                return Ok(Value::Module(module));
            }
            None => {
                let mut msg = format!("No module named '{name}'");
                if self.options.stdlib.is_none() {
                    // CPython's message, with how to point ferropy at a standard library.
                    msg.push_str(
                        " (ferropy found no CPython 3.11 standard library; \
                         set FERROPY_STDLIB=/path/to/lib/python3.11)",
                    );
                }
                return Err(self.module_not_found(name, msg));
            }
        };
        let file = path.to_string_lossy().into_owned();
        let unit = crate::pycache::load_module_code(self, name, &path)?;
        let module = self.new_module(name, Some(&file));
        let package = if is_package {
            name.to_string()
        } else {
            name.rsplit_once('.').map_or("", |p| p.0).to_string()
        };
        module.dict.set_str("__package__", Value::str(package));
        if is_package {
            let dir = path
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            module
                .dict
                .set_str("__path__", Value::list(vec![Value::str(dir)]));
        }
        if let Some(cached) = crate::pycache::cache_path(&path, self.cache_prefix_for(&path)) {
            module.dict.set_str(
                "__cached__",
                Value::str(cached.to_string_lossy().into_owned()),
            );
        }
        let key = Rc::as_ptr(&module.dict) as usize;
        INITIALIZING.with(|s| s.borrow_mut().push(key));
        let result = self.run_module_code(&unit, &module);
        INITIALIZING.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(i) = s.iter().rposition(|k| *k == key) {
                s.remove(i);
            }
        });
        if let Err(e) = result {
            self.modules.remove_str(name);
            return Err(e);
        }
        match self.modules.get_str(name) {
            Some(m) => Ok(m),
            None => Err(self.import_error(
                "ImportError",
                format!("Loaded module {name} not found in sys.modules"),
                Value::None,
                Value::None,
            )),
        }
    }

    /// A built-in module written in Python (`Vm::source_modules`).
    fn load_source_module(&mut self, name: &str, src: &str) -> PyResult<Value> {
        let unit = crate::pycache::load_frozen_code(self, name, src)?;
        let module = self.new_module(name, None);
        if let Err(e) = self.run_module_code(&unit, &module) {
            self.modules.remove_str(name);
            return Err(e);
        }
        Ok(self.modules.get_str(name).unwrap_or(Value::Module(module)))
    }

    /// `from module import name`: the attribute, else an already imported submodule, else
    /// CPython's `ImportError`.
    pub fn import_from(&mut self, module: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if e.matches(self, "AttributeError") => {
                let mname = match self.module_attr(module, "__name__") {
                    Some(Value::Str(n)) => n.s.to_string(),
                    _ => {
                        return Err(self.import_error(
                            "ImportError",
                            format!("cannot import name '{}'", name.as_str()),
                            Value::None,
                            Value::None,
                        ))
                    }
                };
                // A submodule imported (circularly) but not yet bound on its package.
                if let Some(m) = self.modules.get_str(&format!("{mname}.{}", name.as_str())) {
                    return Ok(m);
                }
                let file = self.module_attr(module, "__file__");
                let location = match &file {
                    Some(Value::Str(f)) => f.s.to_string(),
                    _ => "unknown location".to_string(),
                };
                let msg = match module {
                    Value::Module(m) if is_initializing(m) => format!(
                        "cannot import name '{}' from partially initialized module '{mname}' (most likely due to a circular import) ({location})",
                        name.as_str()
                    ),
                    _ => format!("cannot import name '{}' from '{mname}' ({location})", name.as_str()),
                };
                Err(self.import_error(
                    "ImportError",
                    msg,
                    Value::str(mname),
                    file.unwrap_or(Value::None),
                ))
            }
            Err(e) => Err(e),
        }
    }

    /// `from module import *`: `__all__`, or every name not starting with an underscore.
    pub fn import_star(&mut self, module: &Value, target: &Rc<PyDict>) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Ok(());
        };
        let (names, from_all): (Vec<Value>, bool) = match m.dict.get_str("__all__") {
            Some(all) => (self.collect(&all)?, true),
            None => (
                m.dict
                    .keys()
                    .into_iter()
                    .filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_')))
                    .collect(),
                false,
            ),
        };
        for n in names {
            let key = match &n {
                Value::Str(s) => s.clone(),
                other => {
                    let what = if from_all { "__all__" } else { "__dict__" };
                    let mname = m.name.clone();
                    let tname = self.type_name(other);
                    return Err(
                        self.type_error(format!("Item in {mname}.{what} must be str, not {tname}"))
                    );
                }
            };
            let v = self.get_attr(module, &key)?;
            self.dict_set(target, n, v)?;
        }
        Ok(())
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn import_builtin(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(Value::Str(name)) = a.arg_or_kw(0, "name") else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let globals = match a.arg_or_kw(1, "globals") {
        Some(Value::Dict(d)) => d,
        _ => Rc::new(PyDict::new()),
    };
    let fromlist = a.arg_or_kw(3, "fromlist").unwrap_or(Value::None);
    let level = a.arg_or_kw(4, "level").unwrap_or(Value::Int(0));
    vm.import_name(name.as_str(), &fromlist, &level, &globals)
}

/// The absolute form of a `sys.path` entry, as CPython's `site` makes them (no symlinks
/// resolved); the empty entry (the current folder, for `-c` and standard input) stays empty.
pub fn absolute_path_entry(entry: &str) -> String {
    if entry.is_empty() {
        return String::new();
    }
    std::path::absolute(Path::new(entry))
        .map_or_else(|_| entry.to_string(), |p| p.to_string_lossy().into_owned())
}
