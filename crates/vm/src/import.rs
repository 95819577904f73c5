//! The import system: finding modules on `sys.path` (packages, relative imports), running each
//! once, and `from m import x`. Compiled code of imported modules goes through the `.pyc` cache
//! (`pycache`).

use crate::args::Args;
use crate::dict::PyDict;
use crate::exceptions::PyResult;
use crate::value::{PyStr, Value};
use crate::Vm;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Where a module's source was found.
struct Found {
    source: PathBuf,
    is_package: bool,
}

impl Vm {
    /// `ImportName`: imports `name` (relative to the importing module for `level > 0`) and
    /// returns the top-level package, or the module itself when a fromlist is given.
    pub fn import_name(&mut self, name: &str, fromlist: &Value, level: &Value, globals: &Rc<PyDict>) -> PyResult<Value> {
        let level = crate::int::as_i64(level).unwrap_or(0);
        let full = if level > 0 { self.resolve_relative(name, level, globals)? } else { name.to_string() };
        let module = self.import_dotted(&full)?;
        let has_fromlist = !fromlist.is_none() && self.truthy(fromlist)?;
        if has_fromlist || name.is_empty() {
            if let Value::Tuple(names) = fromlist {
                for n in names.iter() {
                    // `from package import submodule` imports the submodule if it is one.
                    if let Some(s) = n.as_str() {
                        if s != "*" && self.module_attr(&module, s).is_none() {
                            let _ = self.import_dotted(&format!("{full}.{s}"));
                        }
                    }
                }
            }
            return Ok(module);
        }
        let top = full.split('.').next().unwrap_or(&full);
        Ok(self.modules.get_str(top).unwrap_or(module))
    }

    fn module_attr(&self, module: &Value, name: &str) -> Option<Value> {
        match module {
            Value::Module(m) => m.dict.get_str(name),
            _ => None,
        }
    }

    fn resolve_relative(&mut self, name: &str, level: i64, globals: &Rc<PyDict>) -> PyResult<String> {
        let package = match globals.get_str("__package__") {
            Some(Value::Str(p)) if !p.s.is_empty() => p.s.clone(),
            _ => String::new(),
        };
        if package.is_empty() {
            return Err(self.err("ImportError", "attempted relative import with no known parent package"));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if (level as usize) > parts.len() {
            return Err(self.err("ImportError", "attempted relative import beyond top-level package"));
        }
        let base = parts[..parts.len() - (level as usize - 1)].join(".");
        Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
    }

    /// Imports every package on the way to `a.b.c`, binding each as an attribute of its parent.
    fn import_dotted(&mut self, full: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get_str(full) {
            return Ok(m);
        }
        let mut prefix = String::new();
        let mut parent: Option<Value> = None;
        let mut module = Value::None;
        for part in full.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = match self.modules.get_str(&prefix) {
                Some(m) => m,
                None => {
                    let search = match &parent {
                        Some(p) => self.package_path(p),
                        None => self.options.path.clone(),
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

    fn package_path(&self, package: &Value) -> Vec<String> {
        match self.module_attr(package, "__path__") {
            Some(Value::List(l)) => l.borrow().iter().filter_map(|p| p.as_str().map(str::to_string)).collect(),
            _ => Vec::new(),
        }
    }

    fn find_module(&self, name: &str, search: &[String]) -> Option<Found> {
        let leaf = name.rsplit('.').next().unwrap_or(name);
        for dir in search {
            let dir = if dir.is_empty() { Path::new(".") } else { Path::new(dir) };
            let package = dir.join(leaf).join("__init__.py");
            if package.is_file() {
                return Some(Found { source: package, is_package: true });
            }
            let file = dir.join(format!("{leaf}.py"));
            if file.is_file() {
                return Some(Found { source: file, is_package: false });
            }
        }
        None
    }

    /// Finds, compiles (or reads from the cache) and runs one module.
    fn load_module(&mut self, name: &str, search: &[String]) -> PyResult<Value> {
        if let Some(m) = crate::native_module(self, name) {
            self.modules.set_str(name, m.clone());
            return Ok(m);
        }
        let Some(found) = self.find_module(name, search) else {
            let err = self.err("ModuleNotFoundError", format!("No module named '{name}'"));
            err.exc.dict.set_str("name", Value::str(name));
            return Err(err);
        };
        let path = found.source.to_string_lossy().into_owned();
        let unit = crate::pycache::load_source(self, &found.source)?;
        let module = self.new_module(name, Some(&path));
        let package = if found.is_package { name.to_string() } else { name.rsplit_once('.').map_or("", |p| p.0).to_string() };
        module.dict.set_str("__package__", Value::str(package));
        if found.is_package {
            let dir = found.source.parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
            module.dict.set_str("__path__", Value::list(vec![Value::str(dir)]));
        }
        if let Err(e) = self.run_module_code(&unit, &module) {
            self.modules.remove_str(name);
            return Err(e);
        }
        Ok(self.modules.get_str(name).unwrap_or(Value::Module(module)))
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if e.matches(self, "AttributeError") => {
                let (mname, file) = match module {
                    Value::Module(m) => (m.name.clone(), m.dict.get_str("__file__")),
                    _ => ("?".to_string(), None),
                };
                let location = match file {
                    Some(Value::Str(f)) => format!(" ({})", f.s),
                    _ => " (unknown location)".to_string(),
                };
                let partially = match module {
                    Value::Module(m) if m.dict.get_str("__initializing__").is_some() => "partially initialized module ",
                    _ => "",
                };
                Err(self.err(
                    "ImportError",
                    format!("cannot import name '{}' from {partially}'{mname}'{location}", name.as_str()),
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
        let names: Vec<Value> = match m.dict.get_str("__all__") {
            Some(all) => self.collect(&all)?,
            None => m.dict.keys().into_iter().filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_'))).collect(),
        };
        for n in names {
            let key = match &n {
                Value::Str(s) => s.clone(),
                _ => continue,
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
