//! Argument access for native functions (vectorcall layout: positional values, then the values
//! of the keywords named in `kwnames`).

use crate::exceptions::PyResult;
use crate::value::Value;
use crate::Vm;

pub struct Args<'a> {
    pub pos: &'a [Value],
    names: &'a [Value],
    values: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [Value], kwnames: &'a [Value]) -> Args<'a> {
        let split = args.len() - kwnames.len().min(args.len());
        let (pos, values) = args.split_at(split);
        Args {
            pos,
            names: kwnames,
            values,
        }
    }

    /// A keyword argument's value.
    pub fn kw(&self, name: &str) -> Option<Value> {
        self.names
            .iter()
            .position(|n| n.as_str() == Some(name))
            .map(|i| self.values[i].clone())
    }

    /// The argument at position `i`, or else the keyword `name`.
    pub fn arg_or_kw(&self, i: usize, name: &str) -> Option<Value> {
        self.pos.get(i).cloned().or_else(|| self.kw(name))
    }

    pub fn has_kwargs(&self) -> bool {
        !self.names.is_empty()
    }

    /// Exactly `n` positional arguments and no keywords.
    pub fn exact(&self, vm: &Vm, name: &str, n: usize) -> PyResult<&'a [Value]> {
        if self.has_kwargs() {
            return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
        }
        if self.pos.len() != n {
            return Err(if n == 1 {
                vm.type_error(format!(
                    "{name}() takes exactly one argument ({} given)",
                    self.pos.len()
                ))
            } else {
                vm.type_error(format!(
                    "{name} expected {n} arguments, got {}",
                    self.pos.len()
                ))
            });
        }
        Ok(self.pos)
    }

    /// Between `min` and `max` positional arguments (methods: not counting self).
    pub fn range(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        let n = self.pos.len();
        if n < min {
            return Err(vm.type_error(format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )));
        }
        if n > max {
            if max == 0 {
                return Err(vm.type_error(format!("{name}() takes no arguments ({n} given)")));
            }
            return Err(vm.type_error(format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )));
        }
        Ok(self.pos)
    }
}

/// Rejects arguments to a method that takes none (`args[0]` is the receiver), with CPython's
/// message. An empty `owner` names the receiver's type (methods shared by bytes and bytearray).
pub fn no_args(vm: &Vm, args: &[Value], kw: &[Value], owner: &str, name: &str) -> PyResult<()> {
    if args.len() <= 1 {
        return Ok(());
    }
    let owner = match owner {
        "" => vm
            .type_name(&crate::builtin_dunders::unwrap_base(&args[0]))
            .to_string(),
        o => o.to_string(),
    };
    Err(if kw.is_empty() {
        vm.type_error(format!(
            "{owner}.{name}() takes no arguments ({} given)",
            args.len() - 1
        ))
    } else {
        vm.type_error(format!("{owner}.{name}() takes no keyword arguments"))
    })
}
