//! Printing uncaught exceptions as CPython does: chained causes and contexts, then each
//! traceback from the outermost frame in, with its source line.

use crate::exceptions::PyErr;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

impl Vm {
    /// The full report for an uncaught exception.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(err, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, err: &PyErr, out: &mut String, seen: &mut Vec<usize>) {
        seen.push(Rc::as_ptr(&err.exc) as usize);
        let (cause, context, suppress) = err
            .exc
            .exc_state(|s| (s.cause.clone(), s.context.clone(), s.suppress_context));
        let chained = |v: &Value| match v {
            Value::Instance(i) => Some(PyErr { exc: i.clone() }),
            _ => None,
        };
        if let Some(c) = chained(&cause) {
            if !seen.contains(&(Rc::as_ptr(&c.exc) as usize)) {
                self.format_chain(&c, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let (Some(c), false) = (chained(&context), suppress) {
            if !seen.contains(&(Rc::as_ptr(&c.exc) as usize)) {
                self.format_chain(&c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        self.format_one(err, out);
    }

    fn format_one(&mut self, err: &PyErr, out: &mut String) {
        let entries = err.exc.exc_state(|s| s.traceback.clone());
        let is_syntax = err.matches(self, "SyntaxError");
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // Runs of more than three identical lines (recursion) are cut short, as CPython does.
            const CUTOFF: usize = 3;
            let mut last: Option<(&str, u32, &str)> = None;
            let mut count = 0;
            for e in entries.iter().rev() {
                let code = &e.unit.code;
                let key = (code.filename.as_str(), e.line, code.name.as_str());
                if last != Some(key) {
                    push_repeated(out, count, CUTOFF);
                    last = Some(key);
                    count = 0;
                }
                count += 1;
                if count > CUTOFF {
                    continue;
                }
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    code.filename, e.line, code.name
                ));
                if let Some(line) = source_line(&code.filename, e.line) {
                    out.push_str(&format!("    {}\n", line.trim()));
                }
            }
            push_repeated(out, count, CUTOFF);
        }
        if is_syntax {
            out.push_str(&self.syntax_error_details(err));
        }
        let name = err.class_name();
        // str() of the exception, so a class's own __str__ shows as CPython shows it.
        let message = match self.str(&Value::Instance(err.exc.clone())) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".to_string(),
        };
        let module = err.class().module.borrow().clone();
        let qualified = if module == "builtins" || module == "__main__" {
            name
        } else {
            format!("{module}.{name}")
        };
        if message.is_empty() {
            out.push_str(&format!("{qualified}\n"));
        } else {
            out.push_str(&format!("{qualified}: {message}\n"));
        }
    }

    fn syntax_error_details(&mut self, err: &PyErr) -> String {
        let d = &err.exc.dict;
        let (Some(Value::Str(file)), Some(Value::Int(line))) =
            (d.get_str("filename"), d.get_str("lineno"))
        else {
            return String::new();
        };
        let mut out = format!("  File \"{}\", line {}\n", file.s, line);
        if let Some(Value::Str(text)) = d.get_str("text") {
            let trimmed = text.s.trim_start();
            if !trimmed.is_empty() {
                let indent = text.s.chars().count() - trimmed.chars().count();
                let col = match d.get_str("offset") {
                    Some(Value::Int(c)) => c as usize,
                    _ => 1,
                };
                out.push_str(&format!("    {}\n", trimmed.trim_end()));
                out.push_str(&format!(
                    "    {}^\n",
                    " ".repeat(col.saturating_sub(indent + 1))
                ));
            }
        }
        // The message printed after this is args[0] alone.
        if let Some(Value::Str(msg)) = d.get_str("msg") {
            err.exc.exc_state(|s| s.args = vec![Value::Str(msg)]);
        }
        out
    }

    /// Prints an uncaught exception to stderr (after flushing stdout).
    pub fn print_exception(&mut self, err: &PyErr) {
        let text = self.format_exception(err);
        self.write_err(&text);
    }
}

/// "  [Previous line repeated N more times]" after a run of `count` identical lines.
fn push_repeated(out: &mut String, count: usize, cutoff: usize) {
    if count > cutoff {
        let n = count - cutoff;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n > 1 { "s" } else { "" }
        ));
    }
}

fn source_line(filename: &str, line: u32) -> Option<String> {
    let text = std::fs::read_to_string(filename).ok()?;
    text.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(str::to_string)
        .filter(|l| !l.trim().is_empty())
}
