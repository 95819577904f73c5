//! The interactive interpreter, as python3's: `>>> ` and `... ` prompts (`sys.ps1`, `sys.ps2`),
//! compound statements that end with an empty line, unclosed brackets and strings that ask for
//! more, expression results echoed with `repr` and kept in `_`, tracebacks that leave the REPL
//! running, `SystemExit` and end of input that leave it.
//!
//! On a terminal, lines are read with rustyline (line editing, history in `~/.ferropy_history`,
//! Ctrl-C cancels the line, Ctrl-D leaves, Tab indents). Otherwise (`-i` with piped input), lines
//! are read from standard input and the prompts go to standard error, as CPython does.

use ferropy_compiler::parse::ast;
use ferropy_compiler::ErrorKind;
use ferropy_vm::value::PyModule;
use ferropy_vm::{PyErr, Value, Vm};
use std::io::IsTerminal;
use std::rc::Rc;

/// The file name tracebacks give for REPL input.
const FILENAME: &str = "<stdin>";

/// CPython's second banner line.
const HELP_LINE: &str =
    "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.";

/// Runs the REPL in `__main__` (the script's, after `-i script.py`). Returns the `SystemExit`
/// that ended it, or None at end of input.
pub fn run(vm: &mut Vm, banner: bool) -> Option<PyErr> {
    let module = main_module(vm);
    set_prompts(vm);
    if banner {
        vm.write_err(&format!(
            "Python {} on linux\n{HELP_LINE}\n",
            ferropy_vm::sysmod::VERSION
        ));
    }
    if std::io::stdin().is_terminal() {
        if let Ok(editor) = rustyline::DefaultEditor::new() {
            return terminal(vm, &module, editor);
        }
    }
    piped(vm, &module)
}

/// The `__main__` module, created for a REPL without a script.
fn main_module(vm: &mut Vm) -> Rc<PyModule> {
    match vm.modules.get_str("__main__") {
        Some(Value::Module(m)) => m,
        _ => vm.new_module("__main__", None),
    }
}

fn set_prompts(vm: &mut Vm) {
    if let Value::Module(sys) = vm.sys_module() {
        for (name, prompt) in [("ps1", ">>> "), ("ps2", "... ")] {
            if sys.dict.get_str(name).is_none() {
                sys.dict.set_str(name, Value::str(prompt));
            }
        }
    }
}

/// `sys.ps1` (or `sys.ps2` inside a statement), as `str()` of whatever a program set.
fn prompt(vm: &mut Vm, continuation: bool) -> String {
    let name = if continuation { "ps2" } else { "ps1" };
    let sys = vm.sys_module();
    let value = match &sys {
        Value::Module(m) => m.dict.get_str(name),
        _ => None,
    };
    match value {
        Some(v) => vm.str(&v).unwrap_or_default(),
        None => String::new(),
    }
}

/// Lines read from a terminal with line editing and history.
fn terminal(
    vm: &mut Vm,
    module: &Rc<PyModule>,
    mut editor: rustyline::DefaultEditor,
) -> Option<PyErr> {
    use rustyline::error::ReadlineError;
    // Tab indents (there is no completion), as in python3's REPL on an empty line.
    let tab = rustyline::KeyEvent(rustyline::KeyCode::Tab, rustyline::Modifiers::NONE);
    editor.bind_sequence(tab, rustyline::Cmd::Insert(1, "    ".into()));
    let history =
        std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".ferropy_history"));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    let mut lines = Vec::new();
    loop {
        vm.flush_out();
        let p = prompt(vm, !lines.is_empty());
        match editor.readline(&p) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                    if let Some(h) = &history {
                        let _ = editor.save_history(h);
                    }
                }
                if let Some(exit) = feed(vm, module, &mut lines, line) {
                    return Some(exit);
                }
            }
            Err(ReadlineError::Interrupted) => {
                // Ctrl-C cancels what was typed so far.
                vm.write_err("KeyboardInterrupt\n");
                lines.clear();
                ferropy_vm::signals::clear();
            }
            Err(_) => {
                vm.write_err("\n");
                return None;
            }
        }
    }
}

/// Lines read from standard input that is not a terminal; prompts go to standard error.
fn piped(vm: &mut Vm, module: &Rc<PyModule>) -> Option<PyErr> {
    let mut lines = Vec::new();
    loop {
        let p = prompt(vm, !lines.is_empty());
        vm.write_err(&p);
        let line = match vm.read_stdin_line() {
            Ok(l) => l,
            Err(e) if e.matches(vm, "KeyboardInterrupt") => {
                vm.write_err("\nKeyboardInterrupt\n");
                lines.clear();
                continue;
            }
            Err(_) => String::new(),
        };
        if line.is_empty() {
            vm.write_err("\n");
            return None;
        }
        let line = line.strip_suffix('\n').unwrap_or(&line).to_string();
        if let Some(exit) = feed(vm, module, &mut lines, line) {
            return Some(exit);
        }
    }
}

/// Adds a line to the statement being typed and runs the statement once it is complete.
/// Returns the `SystemExit` it raised, if any.
fn feed(
    vm: &mut Vm,
    module: &Rc<PyModule>,
    lines: &mut Vec<String>,
    line: String,
) -> Option<PyErr> {
    lines.push(line);
    if incomplete(lines) {
        return None;
    }
    let source = format!("{}\n", lines.join("\n"));
    lines.clear();
    if source
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return None;
    }
    execute(vm, module, &source)
}

/// Compiles and runs one complete entry; prints its traceback, or returns a `SystemExit`.
fn execute(vm: &mut Vm, module: &Rc<PyModule>, source: &str) -> Option<PyErr> {
    let result = match ferropy_compiler::compile_interactive(source, FILENAME) {
        Err(e) => Err(vm.syntax_error(&e)),
        Ok(code) => match vm.load_code(Rc::new(code)) {
            Err(msg) => Err(vm.err("SystemError", msg)),
            Ok(unit) => vm.run_module_code(&unit, module),
        },
    };
    vm.flush_out();
    match result {
        Ok(_) => None,
        Err(e) if e.matches(vm, "SystemExit") => Some(e),
        Err(e) => {
            vm.print_exception(&e);
            None
        }
    }
}

/// Whether the lines typed so far are an unfinished statement (python3 shows `... ` then):
/// an open bracket or triple-quoted string, a trailing backslash, a block header without its
/// body, or a compound statement not yet ended by an empty line.
pub fn incomplete(lines: &[String]) -> bool {
    let last = lines.last().map_or("", String::as_str);
    let ended = last.trim().is_empty();
    if last.ends_with('\\') {
        return true;
    }
    let source = format!("{}\n", lines.join("\n"));
    match ferropy_compiler::parse::parse_module(&source, FILENAME) {
        Ok(body) => !ended && body.last().is_some_and(is_compound),
        Err(e) => {
            let eof = [
                "was never closed",
                "unexpected EOF",
                "unterminated triple-quoted",
                "EOF while scanning",
            ];
            if eof.iter().any(|m| e.msg.contains(m)) {
                return true;
            }
            // A block header with nothing under it yet, or an indented line still being typed.
            let at_end = e.line as usize >= lines.len();
            !ended && at_end && e.kind == ErrorKind::IndentationError
        }
    }
}

/// Statements with a block, which python3's REPL ends only at an empty line.
fn is_compound(stmt: &ast::Stmt) -> bool {
    use ast::Stmt::*;
    matches!(
        stmt,
        FunctionDef(_)
            | AsyncFunctionDef(_)
            | ClassDef(_)
            | If(_)
            | For(_)
            | AsyncFor(_)
            | While(_)
            | With(_)
            | AsyncWith(_)
            | Try(_)
            | TryStar(_)
            | Match(_)
    )
}

#[cfg(test)]
mod tests {
    use super::incomplete;

    fn inc(src: &[&str]) -> bool {
        incomplete(&src.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn simple_statements_are_complete() {
        assert!(!inc(&["x = 1"]));
        assert!(!inc(&["print(x)"]));
        assert!(!inc(&["x = [1,", "2]"]));
        assert!(!inc(&["1 +"]), "a plain syntax error is reported at once");
    }

    #[test]
    fn open_brackets_strings_and_backslashes_ask_for_more() {
        assert!(inc(&["x = (1,"]));
        assert!(
            inc(&["x = (1,", ""]),
            "an empty line inside brackets continues"
        );
        assert!(inc(&["s = \"\"\"abc"]));
        assert!(inc(&["x = 1 + \\"]));
    }

    #[test]
    fn blocks_end_at_an_empty_line() {
        assert!(inc(&["def f():"]));
        assert!(inc(&["def f():", "    return 1"]));
        assert!(!inc(&["def f():", "    return 1", ""]));
        assert!(inc(&["if 1: print(1)"]));
        assert!(inc(&["class A:", "    def f(self):"]));
        assert!(inc(&["if x:", "  y = 1", "else:"]));
        assert!(
            !inc(&["def f():", ""]),
            "an empty body is an error, reported at the empty line"
        );
    }
}
