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
        let mut ctx = PrintCtx::default();
        self.format_chain(err, &mut out, &mut ctx);
        out
    }

    /// One exception with the chain of causes and contexts before it (traceback.py's
    /// `TracebackException.format`), indented for its depth inside exception groups.
    fn format_chain(&mut self, err: &PyErr, out: &mut String, ctx: &mut PrintCtx) {
        let mut chain: Vec<(Option<&str>, PyErr)> = Vec::new();
        let mut cur = Some(err.clone());
        while let Some(e) = cur.take() {
            ctx.seen.push(Rc::as_ptr(&e.exc) as usize);
            let (cause, context, suppress) = e
                .exc
                .exc_state(|s| (s.cause.clone(), s.context.clone(), s.suppress_context));
            let unseen = |v: &Value, seen: &Vec<usize>| match v {
                Value::Instance(i) if !seen.contains(&(Rc::as_ptr(i) as usize)) => {
                    Some(PyErr { exc: i.clone() })
                }
                _ => None,
            };
            let (msg, next) = if let Some(c) = unseen(&cause, &ctx.seen) {
                (Some(CAUSE_MSG), Some(c))
            } else if let (Some(c), false) = (unseen(&context, &ctx.seen), suppress) {
                (Some(CONTEXT_MSG), Some(c))
            } else {
                (None, None)
            };
            chain.push((msg, e));
            cur = next;
        }
        for (msg, e) in chain.into_iter().rev() {
            if let Some(m) = msg {
                ctx.emit(out, m, None);
            }
            self.format_one(&e, out, ctx);
        }
    }

    fn format_one(&mut self, err: &PyErr, out: &mut String, ctx: &mut PrintCtx) {
        let group = crate::excgroup::is_group(self, &err.value());
        let stack = self.format_stack(err);
        let only = self.format_exception_only(err);
        if !group {
            if !stack.is_empty() {
                ctx.emit(out, "Traceback (most recent call last):\n", None);
                ctx.emit(out, &stack, None);
            }
            ctx.emit(out, &only, None);
            return;
        }
        if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(
                out,
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                None,
            );
            return;
        }
        let top = ctx.depth == 0;
        if top {
            ctx.depth += 1;
        }
        if !stack.is_empty() {
            let header = "Exception Group Traceback (most recent call last):\n";
            ctx.emit(out, header, if top { Some('+') } else { None });
            ctx.emit(out, &stack, None);
        }
        ctx.emit(out, &only, None);
        let members = crate::excgroup::members(&err.value());
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for (i, sub) in members.iter().take(n).enumerate() {
            let last = i + 1 == n;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&ctx.indent());
            out.push_str(if i == 0 { "+-" } else { "  " });
            out.push_str(&format!("+---------------- {title} ----------------\n"));
            ctx.depth += 1;
            if truncated {
                let more = members.len() - MAX_GROUP_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                ctx.emit(out, &format!("and {more} more exception{s}\n"), None);
            } else if let Value::Instance(i) = sub {
                self.format_chain(&PyErr { exc: i.clone() }, out, ctx);
            }
            if last && ctx.need_close {
                out.push_str(&ctx.indent());
                out.push_str("+------------------------------------\n");
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if top {
            ctx.depth = 0;
        }
    }

    /// The traceback's frame lines, outermost first.
    fn format_stack(&mut self, err: &PyErr) -> String {
        let entries = err.exc.exc_state(|s| s.traceback.clone());
        let mut out = String::new();
        // Runs of more than three identical lines (recursion) are cut short, as CPython does.
        const CUTOFF: usize = 3;
        let mut last: Option<(&str, u32, &str)> = None;
        let mut count = 0;
        for e in entries.iter().rev() {
            let code = &e.unit.code;
            let key = (code.filename.as_str(), e.line, code.name.as_str());
            if last != Some(key) {
                push_repeated(&mut out, count, CUTOFF);
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
        push_repeated(&mut out, count, CUTOFF);
        out
    }

    /// "Type: message" (after a SyntaxError's location), then the exception's notes.
    fn format_exception_only(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        if err.matches(self, "SyntaxError") {
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
        for note in err.notes(self) {
            out.push_str(&note);
            out.push('\n');
        }
        out
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

const CAUSE_MSG: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MSG: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Where the printer is inside nested exception groups (traceback.py's `_ExceptionPrintContext`).
#[derive(Default)]
struct PrintCtx {
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text` with every line prefixed by the indent and margin of the current depth.
    fn emit(&self, out: &mut String, text: &str, margin: Option<char>) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin.unwrap_or('|'));
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
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
