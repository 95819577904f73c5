//! Types of values and attribute access: lookup along the MRO, descriptors (functions become
//! bound methods, `property`, `classmethod`, `staticmethod`, `__get__`), instance dicts, and
//! the `__getattr__`/`__setattr__` hooks.

use crate::exceptions::PyResult;
use crate::types::PyType;
use crate::types::{HOOK_DELATTR, HOOK_GETATTR, HOOK_GETATTRIBUTE, HOOK_SETATTR};
use crate::value::{BoundMethod, BuiltinFunction, PyInstance, PyStr, Value};
use crate::Vm;
use std::rc::Rc;

impl Vm {
    /// The class of a value.
    pub fn type_of(&self, v: &Value) -> Rc<PyType> {
        let t = &self.types;
        let ty = match v {
            Value::Undef | Value::None => &t.none_type,
            Value::Bool(_) => &t.bool_,
            Value::Int(_) | Value::BigInt(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Complex(_) => &t.complex,
            Value::Str(_) => &t.str_,
            Value::Bytes(_) => &t.bytes,
            Value::List(_) => &t.list,
            Value::Tuple(_) => &t.tuple,
            Value::Dict(_) => &t.dict,
            Value::Set(_) => &t.set,
            Value::FrozenSet(_) => &t.frozenset,
            Value::Range(_) => &t.range,
            Value::Slice(_) => &t.slice,
            Value::Function(_) => &t.function,
            Value::Builtin(_) => &t.builtin_function,
            Value::BoundMethod(_) => &t.method,
            Value::Type(ty) => {
                return ty
                    .metaclass
                    .borrow()
                    .clone()
                    .unwrap_or_else(|| t.type_.clone())
            }
            Value::Instance(i) => return i.class.borrow().clone(),
            Value::Module(_) => &t.module,
            Value::Iterator(it) => return it.borrow().type_of(self),
            Value::Generator(g) => match g.kind {
                0 => &t.generator,
                1 => &t.coroutine,
                _ => &t.async_generator,
            },
            Value::Cell(_) => &t.cell,
            Value::Code(_) => &t.code,
            Value::Property(_) => &t.property,
            Value::StaticMethod(_) => &t.staticmethod,
            Value::ClassMethod(_) => &t.classmethod,
            Value::Super(_) => &t.super_,
            Value::NotImplemented => &t.not_implemented_type,
            Value::Ellipsis => &t.ellipsis_type,
            Value::ByteArray(_) => &t.bytearray,
            Value::Opaque(_) => &t.object,
        };
        ty.clone()
    }

    pub fn type_name(&self, v: &Value) -> String {
        let t = match v {
            Value::Instance(i) => i.class.borrow().clone(),
            _ => self.type_of(v),
        };
        // A native class outside builtins is named with its module, as C types' tp_name is
        // ('collections.deque').
        let module = t.module.borrow();
        if !t.is_heap && module.as_str() != "builtins" {
            return format!("{}.{}", module, t.name);
        }
        t.name.clone()
    }

    /// A special method looked up on the type (never the instance), unbound.
    pub fn lookup_special(&self, v: &Value, name: &str) -> Option<Value> {
        let key = name_object(name);
        match v {
            Value::Instance(i) => i.class.borrow().clone().lookup_cached(&key),
            _ => self.type_of(v).lookup_cached(&key),
        }
    }

    /// A special method that a class's metaclass (written in Python) defines, for operations
    /// on the class itself (`repr(C)`, `C[k]`, `for x in C`, `len(C)`).
    pub fn meta_special(&self, v: &Value, name: &str) -> Option<Value> {
        let Value::Type(t) = v else { return None };
        let meta = t.metaclass.borrow().clone()?;
        meta.lookup(name)
            .filter(|m| !matches!(m, Value::Builtin(_)))
    }

    /// Binds something found on a class to the object it was looked up through.
    fn bind(&mut self, attr: Value, obj: &Value, class: &Rc<PyType>) -> PyResult<Value> {
        Ok(match attr {
            Value::Function(_) => Value::BoundMethod(Rc::new(BoundMethod {
                func: attr,
                receiver: obj.clone(),
            })),
            Value::Builtin(b) if b.bound.is_none() => {
                // A builtin type's regular methods work on the builtin value an instance of a
                // subclass wraps; its dunders unwrap it themselves (some return the receiver).
                // Methods of native classes (owner "module.Class") take the instance itself.
                let native = b.owner.is_some_and(|o| o.contains('.'));
                let receiver = if b.name.starts_with("__") || native {
                    obj.clone()
                } else {
                    crate::builtin_dunders::unwrap_base(obj)
                };
                Value::Builtin(Rc::new(BuiltinFunction {
                    name: b.name,
                    func: b.func,
                    bound: Some(receiver),
                    owner: b.owner,
                }))
            }
            Value::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod {
                func: (*f).clone(),
                receiver: Value::Type(class.clone()),
            })),
            Value::StaticMethod(f) => (*f).clone(),
            Value::Property(p) => {
                if matches!(p.getter, Value::None) {
                    return Err(self.property_error(&p, obj, "getter"));
                }
                let getter = p.getter.clone();
                self.call(&getter, &[obj.clone()], &[])?
            }
            Value::Instance(_) => match self.lookup_special(&attr, "__get__") {
                Some(get) => self.call_method_value(
                    &get,
                    &attr,
                    &[obj.clone(), Value::Type(class.clone())],
                    &[],
                )?,
                None => attr,
            },
            other => other,
        })
    }

    fn is_data_descriptor(&self, v: &Value) -> bool {
        match v {
            Value::Property(_) => true,
            Value::Instance(_) => self.lookup_special(v, "__set__").is_some(),
            _ => false,
        }
    }

    /// `obj.name`.
    pub fn get_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => {
                let class = inst.class.borrow().clone();
                let hooks = class.hooks();
                let result = if hooks & HOOK_GETATTRIBUTE != 0 {
                    let ga = class.lookup("__getattribute__").unwrap_or_default();
                    self.call_method_value(&ga, obj, &[Value::Str(name.clone())], &[])
                } else {
                    self.instance_attr(obj, inst, &class, name)
                };
                match result {
                    Err(e) if hooks & HOOK_GETATTR != 0 && e.matches(self, "AttributeError") => {
                        let getattr = class.lookup("__getattr__").unwrap_or_default();
                        self.call_method_value(&getattr, obj, &[Value::Str(name.clone())], &[])
                    }
                    other => other,
                }
            }
            Value::Type(t) => self.type_attr(t, obj, name.as_str()),
            Value::Module(m) => match m.dict.get_str(name.as_str()) {
                Some(v) => Ok(v),
                None if name.as_str() == "__dict__" => Ok(Value::Dict(m.dict.clone())),
                None => Err(self.attribute_error(obj, name.as_str())),
            },
            Value::Super(s) => {
                // super(C, cls) in a classmethod starts from cls's MRO and binds nothing to an
                // instance; super(C, obj) starts from type(obj)'s MRO.
                let class_receiver = match &s.receiver {
                    Value::Type(t) if t.is_subtype(&s.class) => Some(t.clone()),
                    _ => None,
                };
                let start_type = class_receiver
                    .clone()
                    .unwrap_or_else(|| self.type_of(&s.receiver));
                let mro = start_type.mro();
                let start = mro
                    .iter()
                    .position(|t| Rc::ptr_eq(t, &s.class))
                    .map_or(0, |i| i + 1);
                for t in &mro[start..] {
                    if let Some(v) = t.dict.get_str(name.as_str()) {
                        if class_receiver.is_some() {
                            return match v {
                                Value::Function(_) | Value::Builtin(_) => Ok(v),
                                Value::Instance(_) => match self.lookup_special(&v, "__get__") {
                                    Some(get) => self.call_method_value(
                                        &get,
                                        &v,
                                        &[Value::None, s.receiver.clone()],
                                        &[],
                                    ),
                                    None => Ok(v),
                                },
                                other => self.bind(other, &s.receiver, &start_type),
                            };
                        }
                        return self.bind(v, &s.receiver, &start_type);
                    }
                }
                Err(self.err(
                    "AttributeError",
                    format!("'super' object has no attribute '{}'", name.as_str()),
                ))
            }
            _ => {
                if let Some(v) = self.builtin_special_attr(obj, name.as_str())? {
                    return Ok(v);
                }
                let class = self.type_of(obj);
                match class.lookup(name.as_str()) {
                    Some(f) => self.bind(f, obj, &class),
                    // Every object has a `__doc__`: its type's, else None.
                    None if name.as_str() == "__doc__" => {
                        let t = Value::Type(class.clone());
                        Ok(self.type_attr(&class, &t, "__doc__").unwrap_or(Value::None))
                    }
                    None => Err(self.attribute_error(obj, name.as_str())),
                }
            }
        }
    }

    /// `object.__getattribute__`: data descriptors on the class, then the instance dict, then
    /// other class attributes.
    fn instance_attr(
        &mut self,
        obj: &Value,
        inst: &Rc<PyInstance>,
        class: &Rc<PyType>,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        let hash = name.hash();
        let found = class.lookup_cached(name);
        if let Some(f) = &found {
            if self.is_data_descriptor(f) {
                return self.bind(f.clone(), obj, class);
            }
        }
        if let Some(v) = inst.dict.get_str_hashed(name.as_str(), hash) {
            return Ok(v);
        }
        if let Some(v) = self.instance_special_attr(inst, name.as_str()) {
            return Ok(v);
        }
        if let Some(f) = found {
            return self.bind(f, obj, class);
        }
        Err(self.attribute_error(obj, name.as_str()))
    }

    /// `object.__getattribute__(obj, name)` for any object.
    pub fn generic_get_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => {
                let class = inst.class.borrow().clone();
                self.instance_attr(obj, inst, &class, name)
            }
            other => self.get_attr(other, name),
        }
    }

    /// Attributes of exception instances and `__class__`/`__dict__`, which live outside the dict.
    fn instance_special_attr(&self, inst: &Rc<PyInstance>, name: &str) -> Option<Value> {
        match name {
            "__class__" => Some(Value::Type(inst.class.borrow().clone())),
            "__dict__" if inst.class.borrow().has_dict.get() => {
                Some(Value::Dict(inst.dict.as_dict()))
            }
            "args" | "__cause__" | "__context__" | "__traceback__" | "__suppress_context__" => {
                if inst.exc().borrow().is_none() {
                    return None;
                }
                if name == "__traceback__" {
                    return Some(self.traceback_value(inst));
                }
                inst.exc_state(|s| {
                    Some(match name {
                        "args" => Value::tuple(s.args.clone()),
                        "__cause__" => none_if_undef(&s.cause),
                        "__context__" => none_if_undef(&s.context),
                        "__suppress_context__" => Value::Bool(s.suppress_context),
                        _ => Value::None,
                    })
                })
            }
            _ if inst.exc().borrow().is_some() => self.exception_field(inst, name),
            _ => None,
        }
    }

    /// Attributes that some exception classes derive from their arguments.
    fn exception_field(&self, inst: &Rc<PyInstance>, name: &str) -> Option<Value> {
        let class = inst.class.borrow().clone();
        let is = |n: &str| class.is_subtype(&self.types.exceptions[n]);
        let args = inst.exc_state(|s| s.args.clone());
        let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::None);
        match name {
            "value" if is("StopIteration") || is("StopAsyncIteration") => Some(arg(0)),
            "code" if is("SystemExit") => Some(match args.len() {
                0 => Value::None,
                1 => arg(0),
                _ => Value::tuple(args.clone()),
            }),
            "errno" | "strerror" | "filename" | "filename2" if is("OSError") => {
                let i = ["errno", "strerror", "filename", "filename2"]
                    .iter()
                    .position(|n| *n == name)?;
                Some(if (2..=5).contains(&args.len()) {
                    arg(i + if i >= 3 { 1 } else { 0 })
                } else {
                    Value::None
                })
            }
            "encoding" | "object" | "start" | "end" | "reason"
                if is("UnicodeError") && args.len() == 5 =>
            {
                let i = ["encoding", "object", "start", "end", "reason"]
                    .iter()
                    .position(|n| *n == name)?;
                Some(arg(i))
            }
            "name" | "path" if is("ImportError") => Some(Value::None),
            _ => None,
        }
    }

    /// Data attributes of builtin values (`__class__`, `real`, `start`, `__name__`, ...).
    fn builtin_special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(Value::Type(self.type_of(obj))));
        }
        Ok(match (obj, name) {
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => Some(
                crate::int::to_bigint(obj)
                    .map(Value::from_bigint)
                    .unwrap_or(Value::Int(0)),
            ),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => {
                Some(Value::Int(1))
            }
            (Value::Float(f), "real") => Some(Value::Float(*f)),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Complex(c), "real") => Some(Value::Float(c.0)),
            (Value::Complex(c), "imag") => Some(Value::Float(c.1)),
            (Value::Range(r), "start" | "stop" | "step") => crate::range_obj::attr(r, name),
            (Value::Slice(s), "start") => Some(s.start.clone()),
            (Value::Slice(s), "stop") => Some(s.stop.clone()),
            (Value::Slice(s), "step") => Some(s.step.clone()),
            (Value::Function(f), "__name__") => Some(Value::str(f.name.borrow().clone())),
            (Value::Function(f), "__qualname__") => Some(Value::str(f.qualname.borrow().clone())),
            (Value::Function(f), "__module__") => Some(f.module.clone()),
            (Value::Function(f), "__defaults__") => {
                let d = f.defaults.borrow();
                Some(if d.is_empty() {
                    Value::None
                } else {
                    Value::tuple(d.clone())
                })
            }
            (Value::Function(f), "__code__") => Some(Value::Code(f.code.clone())),
            (Value::Function(f), "__globals__") => Some(Value::Dict(f.globals.clone())),
            (Value::Function(f), "__doc__") => {
                let set = f.dict.borrow().as_ref().and_then(|d| d.get_str("__doc__"));
                // A def's first constant is its docstring (or None); lambdas have none.
                let from_code = match f.code.consts.first() {
                    Some(v @ Value::Str(_)) if !f.code.code.name.starts_with('<') => v.clone(),
                    _ => Value::None,
                };
                Some(set.unwrap_or(from_code))
            }
            (Value::Function(f), "__closure__") => Some(if f.closure.is_empty() {
                Value::None
            } else {
                Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
            }),
            (Value::Function(f), "__kwdefaults__") => Some(
                f.kwdefaults
                    .borrow()
                    .clone()
                    .map_or(Value::None, Value::Dict),
            ),
            (Value::Cell(c), "cell_contents") => match &*c.value.borrow() {
                Value::Undef => return Err(self.value_error("Cell is empty")),
                v => Some(v.clone()),
            },
            (Value::Function(f), "__dict__") => {
                let mut d = f.dict.borrow_mut();
                Some(Value::Dict(d.get_or_insert_with(Default::default).clone()))
            }
            (Value::Function(f), "__annotations__") => {
                // An empty dict, created on first read, when the def had no annotations.
                let mut d = f.dict.borrow_mut();
                let d = d.get_or_insert_with(Default::default);
                Some(d.get_str("__annotations__").unwrap_or_else(|| {
                    let a = Value::Dict(Default::default());
                    d.set_str("__annotations__", a.clone());
                    a
                }))
            }
            (Value::Function(f), other) => f.dict.borrow().as_ref().and_then(|d| d.get_str(other)),
            (Value::Builtin(b), "__name__" | "__qualname__") => Some(Value::str(b.name)),
            // Unbound builtins answer None (CPython: their module or type), enough for
            // copyreg's protocol 0/1 walk.
            (Value::Builtin(b), "__self__") => Some(b.bound.clone().unwrap_or(Value::None)),
            (Value::BoundMethod(m), "__self__") => Some(m.receiver.clone()),
            (Value::BoundMethod(m), "__func__") => Some(m.func.clone()),
            (Value::BoundMethod(m), "__name__" | "__qualname__" | "__doc__" | "__module__") => {
                let func = m.func.clone();
                let key = self.intern(name);
                Some(self.get_attr(&func, &key)?)
            }
            // Other attributes come from the function (`__unittest_expecting_failure__`, ...).
            (Value::BoundMethod(m), other) => match &m.func {
                Value::Function(f) => f.dict.borrow().as_ref().and_then(|d| d.get_str(other)),
                _ => None,
            },
            (Value::Property(p), "fget") => Some(p.getter.clone()),
            (Value::Property(p), "fset") => Some(p.setter.clone()),
            (Value::Property(p), "fdel") => Some(p.deleter.clone()),
            (Value::Property(p), "__doc__") => {
                if let Some(d) = set_property_doc(p, None) {
                    return Ok(Some(d));
                }
                let (doc, getter) = (p.doc.clone(), p.getter.clone());
                if doc.is_none() && !getter.is_none() {
                    Some(self.get_attr_str(&getter, "__doc__")?)
                } else {
                    Some(doc)
                }
            }
            (Value::StaticMethod(f) | Value::ClassMethod(f), "__func__") => Some((**f).clone()),
            (Value::Generator(g), "__name__") => Some(Value::str(g.name.clone())),
            (Value::Generator(g), "__qualname__") => Some(Value::str(g.qualname.clone())),
            (Value::Generator(g), _) if name.len() > 3 && name.as_bytes()[2] == b'_' => {
                crate::generator::introspect(self, g, name)
            }
            (Value::Code(c), "co_name") => Some(Value::str(c.code.name.clone())),
            (Value::Code(c), "co_filename") => Some(Value::str(c.code.filename.clone())),
            (Value::Code(c), "co_argcount") => Some(Value::Int(i64::from(c.code.argcount))),
            (Value::Code(c), "co_varnames") => Some(Value::tuple(
                c.code
                    .varnames
                    .iter()
                    .map(|n| Value::str(n.clone()))
                    .collect(),
            )),
            (Value::Code(c), n) if n.starts_with("co_") => crate::descr::code_attr(c, n),
            _ => None,
        })
    }

    fn type_attr(&mut self, t: &Rc<PyType>, obj: &Value, name: &str) -> PyResult<Value> {
        match name {
            // A name assigned after creation (`cls.__name__ = ...`) is kept in the dict.
            "__name__" => {
                let set = t.dict.get_str("__name__").filter(|_| t.is_heap);
                return Ok(set.unwrap_or_else(|| Value::str(t.name.clone())));
            }
            "__qualname__" => return Ok(Value::str(t.qualname.borrow().clone())),
            "__module__" if t.dict.get_str("__module__").is_none() => {
                return Ok(Value::str(t.module.borrow().clone()))
            }
            "__mro__" => return Ok(Value::tuple(t.mro().into_iter().map(Value::Type).collect())),
            "__bases__" => {
                return Ok(Value::tuple(
                    t.bases.borrow().iter().cloned().map(Value::Type).collect(),
                ))
            }
            "__base__" => {
                return Ok(t
                    .bases
                    .borrow()
                    .first()
                    .cloned()
                    .map_or(Value::None, Value::Type))
            }
            "__dict__" => return Ok(Value::Dict(t.dict.clone())),
            "__class__" => return Ok(Value::Type(self.type_of(obj))),
            "__doc__" if t.lookup("__doc__").is_none() => return Ok(Value::None),
            _ => {}
        }
        match t.lookup(name) {
            Some(Value::ClassMethod(f)) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                func: (*f).clone(),
                receiver: obj.clone(),
            }))),
            Some(Value::StaticMethod(f)) => Ok((*f).clone()),
            Some(Value::Instance(i)) => {
                let v = Value::Instance(i);
                match self.lookup_special(&v, "__get__") {
                    Some(get) => self.call_method_value(&get, &v, &[Value::None, obj.clone()], &[]),
                    None => Ok(v),
                }
            }
            Some(v) => Ok(v),
            None => {
                // Methods of the metaclass (e.g. `type.mro`) are bound to the class.
                let meta = self.type_of(obj);
                match meta.lookup(name) {
                    Some(f) if !Rc::ptr_eq(&meta, t) => self.bind(f, obj, &meta),
                    _ => Err(self.attribute_error(obj, name)),
                }
            }
        }
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let class = inst.class.borrow().clone();
                if class.hooks() & HOOK_SETATTR != 0 {
                    let setattr = class.lookup("__setattr__").unwrap_or_default();
                    self.call_method_value(&setattr, obj, &[Value::Str(name.clone()), value], &[])?;
                    return Ok(());
                }
                self.generic_set_attr(obj, inst, &class, name, value)
            }
            Value::Type(t) => {
                if !t.is_heap {
                    return Err(self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name.as_str(),
                        t.name
                    )));
                }
                if matches!(name.as_str(), "__qualname__" | "__name__") {
                    crate::descr::check_type_name(self, t, name.as_str(), &value)?;
                }
                if name.as_str() == "__qualname__" {
                    *t.qualname.borrow_mut() = value.as_str().unwrap_or("").to_string();
                }
                t.dict.insert(
                    crate::dict::DictKey {
                        hash: name.hash(),
                        key: Value::Str(name.clone()),
                    },
                    value,
                );
                crate::types::bump_type_epoch();
                Ok(())
            }
            Value::Function(f) => {
                if matches!(name.as_str(), "__name__" | "__qualname__") && value.as_str().is_none()
                {
                    let msg = format!("{} must be set to a string object", name.as_str());
                    return Err(self.type_error(msg));
                }
                match name.as_str() {
                    "__name__" => *f.name.borrow_mut() = value.as_str().unwrap_or("").to_string(),
                    "__qualname__" => {
                        *f.qualname.borrow_mut() = value.as_str().unwrap_or("").to_string()
                    }
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match value {
                            Value::Tuple(t) => t.to_vec(),
                            _ => Vec::new(),
                        }
                    }
                    "__kwdefaults__" => {
                        *f.kwdefaults.borrow_mut() = match value {
                            Value::Dict(d) => Some(d),
                            _ => None,
                        }
                    }
                    _ => {
                        let mut d = f.dict.borrow_mut();
                        d.get_or_insert_with(Default::default)
                            .set_str(name.as_str(), value);
                    }
                }
                Ok(())
            }
            Value::Module(m) => {
                m.dict.set_str(name.as_str(), value);
                Ok(())
            }
            Value::Property(p) if name.as_str() == "__doc__" => {
                set_property_doc(p, Some(value));
                Ok(())
            }
            _ => Err(self.attribute_error(obj, name.as_str())),
        }
    }

    /// `object.__setattr__`: data descriptors on the class, else the instance dict.
    pub fn generic_set_attr(
        &mut self,
        obj: &Value,
        inst: &Rc<PyInstance>,
        class: &Rc<PyType>,
        name: &Rc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        if let Some(desc) = class.lookup_cached(name) {
            match &desc {
                Value::Property(p) => {
                    if matches!(p.setter, Value::None) {
                        return Err(self.property_error(p, obj, "setter"));
                    }
                    let setter = p.setter.clone();
                    self.call(&setter, &[obj.clone(), value], &[])?;
                    return Ok(());
                }
                Value::Instance(_) => {
                    if let Some(set) = self.lookup_special(&desc, "__set__") {
                        self.call_method_value(&set, &desc, &[obj.clone(), value], &[])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if inst.exc().borrow().is_some() {
            match name.as_str() {
                "__cause__" | "__context__"
                    if !matches!(&value, Value::None | Value::Instance(_))
                        || matches!(&value, Value::Instance(v) if v.exc().borrow().is_none()) =>
                {
                    let what = &name.as_str()[2..name.as_str().len() - 2];
                    return Err(self.type_error(format!(
                        "exception {what} must be None or derive from BaseException"
                    )));
                }
                "__cause__" => {
                    inst.exc_state(|s| {
                        s.cause = value;
                        s.suppress_context = true;
                    });
                    return Ok(());
                }
                "__context__" => {
                    inst.exc_state(|s| s.context = value);
                    return Ok(());
                }
                "__suppress_context__" => {
                    let b = self.truthy(&value)?;
                    inst.exc_state(|s| s.suppress_context = b);
                    return Ok(());
                }
                "__traceback__" => return Ok(()),
                "args" => {
                    let args = self.collect(&value)?;
                    inst.exc_state(|s| s.args = args);
                    return Ok(());
                }
                _ => {}
            }
        }
        if name.as_str() == "__class__" {
            return self.set_instance_class(inst, &value);
        }
        if !class.has_dict.get() {
            return Err(self.attribute_error(obj, name.as_str()));
        }
        inst.dict.set_name(name, value);
        Ok(())
    }

    /// `obj.__class__ = C`: allowed between classes defined in Python.
    fn set_instance_class(&mut self, inst: &Rc<PyInstance>, value: &Value) -> PyResult<()> {
        match value {
            Value::Type(t) if t.is_heap && inst.class.borrow().is_heap => {
                // Split attributes follow their class's key table, which attribute caches
                // trust for that class only: the instance keeps a dict of its own instead.
                inst.dict.as_dict();
                *inst.class.borrow_mut() = t.clone();
                Ok(())
            }
            Value::Type(_) => Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            )),
            other => Err(self.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(other)
            ))),
        }
    }

    /// "property 'x' of 'C' object has no setter" (or getter, deleter).
    pub(crate) fn property_error(
        &self,
        p: &crate::value::Property,
        obj: &Value,
        what: &str,
    ) -> crate::exceptions::PyErr {
        let class = self.type_of(obj);
        let msg = match &*p.name.borrow() {
            Some(n) => format!(
                "property '{n}' of '{}' object has no {what}",
                class.qualname.borrow()
            ),
            None => format!(
                "property of '{}' object has no {what}",
                class.qualname.borrow()
            ),
        };
        self.err("AttributeError", msg)
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            let class = inst.class.borrow().clone();
            if class.hooks() & HOOK_DELATTR != 0 {
                let delattr = class.lookup("__delattr__").unwrap_or_default();
                self.call_method_value(&delattr, obj, &[Value::Str(name.clone())], &[])?;
                return Ok(());
            }
        }
        self.generic_del_attr(obj, name)
    }

    /// `object.__delattr__`: data descriptors on the class, else the instance dict.
    pub fn generic_del_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        let removed = match obj {
            Value::Instance(inst) => {
                let class = inst.class.borrow().clone();
                match class.lookup(name.as_str()) {
                    Some(Value::Property(p)) => {
                        if matches!(p.deleter, Value::None) {
                            return Err(self.property_error(&p, obj, "deleter"));
                        }
                        let deleter = p.deleter.clone();
                        self.call(&deleter, &[obj.clone()], &[])?;
                        return Ok(());
                    }
                    Some(desc @ Value::Instance(_)) => {
                        if let Some(del) = self.lookup_special(&desc, "__delete__") {
                            self.call_method_value(&del, &desc, &[obj.clone()], &[])?;
                            return Ok(());
                        }
                    }
                    _ => {}
                }
                inst.dict.remove_str(name.as_str())
            }
            Value::Type(t) => {
                crate::types::bump_type_epoch();
                t.dict.remove_str(name.as_str())
            }
            Value::Module(m) => m.dict.remove_str(name.as_str()),
            Value::Function(f) => f
                .dict
                .borrow()
                .as_ref()
                .and_then(|d| d.remove_str(name.as_str())),
            _ => None,
        };
        match removed {
            Some(_) => Ok(()),
            None => Err(crate::descr::del_error(self, obj, name)),
        }
    }

    /// `getattr(obj, name)` by a Rust string.
    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let key = self.intern(name);
        self.get_attr(obj, &key)
    }
}

fn none_if_undef(v: &Value) -> Value {
    match v {
        Value::Undef => Value::None,
        other => other.clone(),
    }
}

/// Name objects by the address and length of their text, with a small direct-mapped table in
/// front of the map: the hot callers (`__init__` on every instance creation, operator dunders)
/// ask for a few `'static` names over and over.
struct NameObjects {
    front: [Option<((usize, usize), Rc<PyStr>)>; 64],
    all: std::collections::HashMap<(usize, usize), Rc<PyStr>, crate::dict::BuildPyHasher>,
}

impl Default for NameObjects {
    fn default() -> Self {
        NameObjects {
            front: std::array::from_fn(|_| None),
            all: Default::default(),
        }
    }
}

thread_local! {
    /// Name objects for names given as Rust strings (mostly `'static` dunder names), by the
    /// text's address: the per-type lookup caches are keyed by name object.
    static NAME_OBJECTS: std::cell::RefCell<NameObjects> = Default::default();
}

/// The name object for `name`, made once per distinct text address (checked against the text,
/// so a reused address of a temporary string cannot alias another name).
pub(crate) fn name_object(name: &str) -> Rc<PyStr> {
    let key = (name.as_ptr() as usize, name.len());
    let slot = (key.0 >> 3 ^ key.0 >> 9) & 63;
    NAME_OBJECTS.with(|m| {
        let mut m = m.borrow_mut();
        if let Some((k, s)) = &m.front[slot] {
            if *k == key && s.as_str() == name {
                return s.clone();
            }
        }
        let s = match m.all.get(&key) {
            Some(s) if s.as_str() == name => s.clone(),
            _ => {
                let s = Rc::new(PyStr::new(name.to_string()));
                m.all.insert(key, s.clone());
                s
            }
        };
        m.front[slot] = Some((key, s.clone()));
        s
    })
}

thread_local! {
    /// Docstrings assigned to property objects (`prop.__doc__ = ...`, as `namedtuple` users do),
    /// keyed by the property, which the table keeps alive so that its address stays unique.
    static PROPERTY_DOCS: std::cell::RefCell<Vec<(Rc<crate::value::Property>, Value)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Sets (with `Some`) or reads (with `None`) an assigned property docstring.
fn set_property_doc(p: &Rc<crate::value::Property>, value: Option<Value>) -> Option<Value> {
    PROPERTY_DOCS.with(|t| {
        let mut t = t.borrow_mut();
        let at = t.iter().position(|(q, _)| Rc::ptr_eq(p, q));
        match (value, at) {
            (Some(v), Some(i)) => t[i].1 = v,
            (Some(v), None) => t.push((p.clone(), v)),
            (None, Some(i)) => return Some(t[i].1.clone()),
            (None, None) => {}
        }
        None
    })
}
