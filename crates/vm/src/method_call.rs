//! Method calls without bound-method objects: `LoadMethod` finds a plain function on the class
//! (or a method descriptor of a builtin type) and leaves the receiver beside it, so `CallMethod`
//! passes the receiver as the first argument straight from the register slab.

use crate::exceptions::PyResult;
use crate::types::HOOK_GETATTRIBUTE;
use crate::value::{PyStr, Value};
use crate::Vm;
use std::rc::Rc;

impl Vm {
    /// `(method, receiver)` for `obj.name(...)`: the receiver is `Undef` when `method` is the
    /// attribute itself (already bound, or not a method at all).
    pub fn load_method(&mut self, obj: Value, name: &Rc<PyStr>) -> PyResult<(Value, Value)> {
        let hash = name.hash();
        match &obj {
            Value::Instance(inst) => {
                let class = inst.class.borrow().clone();
                if class.hooks() & HOOK_GETATTRIBUTE == 0 {
                    match class.lookup_cached(name) {
                        Some(f @ Value::Function(_)) => {
                            if !inst.dict.contains_str_hashed(name.as_str(), hash) {
                                return Ok((f, obj));
                            }
                        }
                        // Methods of native classes (owner "module.Class") take the instance.
                        Some(Value::Builtin(b))
                            if b.bound.is_none() && b.owner.is_some_and(|o| o.contains('.')) =>
                        {
                            if !inst.dict.contains_str_hashed(name.as_str(), hash) {
                                return Ok((Value::Builtin(b), obj));
                            }
                        }
                        _ => {}
                    }
                }
            }
            Value::Type(_) | Value::Module(_) | Value::Super(_) => {}
            _ => {
                let class = self.type_of(&obj);
                if let Some(Value::Builtin(b)) = class.lookup_cached(name) {
                    if b.bound.is_none() {
                        return Ok((Value::Builtin(b), obj));
                    }
                }
            }
        }
        let attr = self.get_attr(&obj, name)?;
        Ok((attr, Value::Undef))
    }
}
