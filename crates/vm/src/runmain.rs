//! `-m NAME`: runs a module, or a package's `__main__` submodule, as the main program, the way
//! CPython's `runpy._run_module_as_main` does: the parent packages are imported first (their
//! `__init__` code runs), the module is found on `sys.path` (or its package's `__path__`) and its
//! code (through the `.pyc` cache) runs in a fresh `__main__` module whose `__file__` is the
//! module's full path, which also becomes `sys.argv[0]`. Failures to find it come back as
//! runpy's messages, which the command line prints after the executable's path (exit 1).

use crate::exceptions::PyErr;
use crate::import::Found;
use crate::value::Value;
use crate::Vm;
use std::path::PathBuf;

/// The module that `-m` runs.
pub struct MainModule {
    pub name: String,
    pub path: PathBuf,
    /// Its `__package__`: the package it is in ("" at top level).
    pub package: String,
}

/// Why `-m` cannot run a module.
pub enum MainModuleError {
    /// runpy's message (printed as `EXECUTABLE: MESSAGE`, exit 1).
    Message(String),
    /// An exception raised while importing a parent package (printed as a traceback).
    Raised(PyErr),
}

type FindResult = Result<MainModule, MainModuleError>;

impl Vm {
    /// Finds the module `-m NAME` runs, importing its parent packages.
    pub fn find_main_module(&mut self, name: &str) -> FindResult {
        if name.starts_with('.') {
            return Err(MainModuleError::Message(
                "Relative module names not supported".into(),
            ));
        }
        let parent = name.rsplit_once('.').map(|(p, _)| p.to_string());
        let mut parent_error = None;
        if let Some(pkg) = &parent {
            match self.import_dotted(pkg) {
                Ok(_) => {}
                // A missing parent is reported as a failure to find the module below.
                Err(e) if self.missing_ancestor(&e, pkg) => parent_error = Some(e),
                Err(e) => return Err(MainModuleError::Raised(e)),
            }
        }
        let search = match (&parent, parent_error) {
            (None, _) => self.sys_path(),
            (Some(_), Some(e)) => return Err(self.spec_error(name, &e)),
            (Some(pkg), None) => self.package_path(name, pkg)?,
        };
        if self.modules.get_str(name).is_some()
            || self.native_modules.contains_key(name)
            || self.source_modules.contains_key(name)
        {
            return self.already_loaded(name);
        }
        match self.find_module(name, &search) {
            None => Err(MainModuleError::Message(format!("No module named {name}"))),
            Some(Found::Source {
                path,
                is_package: false,
            }) => Ok(MainModule {
                name: name.into(),
                path,
                package: parent.unwrap_or_default(),
            }),
            Some(_) => self.package_main(name),
        }
    }

    /// Whether an import error says that `pkg` or one of its ancestors does not exist.
    fn missing_ancestor(&self, e: &PyErr, pkg: &str) -> bool {
        if !e.matches(self, "ImportError") {
            return false;
        }
        match e.exc.dict.get_str("name") {
            Some(Value::Str(n)) => &*n.s == pkg || pkg.starts_with(&format!("{}.", n.s)),
            _ => false,
        }
    }

    /// runpy's "Error while finding module specification" message.
    fn spec_error(&mut self, name: &str, e: &PyErr) -> MainModuleError {
        let text = self.exception_str(&e.exc).unwrap_or_default();
        let mut msg = format!(
            "Error while finding module specification for '{name}' ({}: {text})",
            e.class_name()
        );
        if let Some(stem) = name.strip_suffix(".py") {
            msg.push_str(&format!(
                ". Try using '{stem}' instead of '{name}' as the module name."
            ));
        }
        MainModuleError::Message(msg)
    }

    /// The `__path__` of the (imported) parent package.
    fn package_path(&mut self, name: &str, pkg: &str) -> Result<Vec<String>, MainModuleError> {
        let parent = self.modules.get_str(pkg).unwrap_or(Value::None);
        match self.module_attr(&parent, "__path__") {
            Some(path) => Ok(self.path_list(&path)),
            None => {
                let msg = format!(
                    "__path__ attribute not found on '{pkg}' while trying to find '{name}'"
                );
                let e = self.err("ModuleNotFoundError", msg);
                Err(self.spec_error(name, &e))
            }
        }
    }

    /// A module already in `sys.modules` (a package's `__init__` imported it) or built in.
    fn already_loaded(&mut self, name: &str) -> FindResult {
        let module = self.modules.get_str(name).unwrap_or(Value::None);
        if self.module_attr(&module, "__path__").is_some() {
            return self.package_main(name);
        }
        match self.module_attr(&module, "__file__") {
            Some(Value::Str(f)) => {
                let package = name.rsplit_once('.').map_or("", |p| p.0).to_string();
                Ok(MainModule {
                    name: name.into(),
                    path: PathBuf::from(&*f.s),
                    package,
                })
            }
            _ => Err(MainModuleError::Message(format!(
                "No code object available for {name}"
            ))),
        }
    }

    /// A package runs its `__main__` submodule.
    fn package_main(&mut self, name: &str) -> FindResult {
        if name == "__main__" || name.ends_with(".__main__") {
            return Err(MainModuleError::Message(
                "Cannot use package as __main__ module".into(),
            ));
        }
        match self.find_main_module(&format!("{name}.__main__")) {
            Err(MainModuleError::Message(m)) if self.modules.get_str(name).is_some() => {
                Err(MainModuleError::Message(format!(
                    "{m}; '{name}' is a package and cannot be directly executed"
                )))
            }
            other => other,
        }
    }

    /// Runs the module found by `find_main_module` as `__main__`, with `sys.argv[0]` its path.
    pub fn run_main_module(&mut self, main: &MainModule) -> crate::PyResult<Value> {
        let file = main.path.to_string_lossy().into_owned();
        let unit = crate::pycache::load_module_code(self, &main.name, &main.path)?;
        if let Some(Value::List(argv)) = self.sys_module_attr("argv") {
            if let Some(first) = argv.borrow_mut().first_mut() {
                *first = Value::str(file.clone());
            }
        }
        let module = self.new_module("__main__", Some(&file));
        module
            .dict
            .set_str("__package__", Value::str(main.package.clone()));
        if let Some(cached) =
            crate::pycache::cache_path(&main.path, self.options.pycache_prefix.as_deref())
        {
            module.dict.set_str(
                "__cached__",
                Value::str(cached.to_string_lossy().into_owned()),
            );
        }
        self.run_module_code(&unit, &module)
    }

    fn sys_module_attr(&mut self, name: &str) -> Option<Value> {
        let sys = self.sys_module();
        self.module_attr(&sys, name)
    }
}
