//! The `ferropy` command: runs programs as `python3` does (`options` parses the command line the
//! way CPython does, `repl` is the interactive interpreter), with CPython's exit statuses, and
//! wires the JIT into the VM. The tools (`bench`, `compile`, `--compare`, `--dump-pyc`) are
//! dispatched on the first argument.

mod bench;
mod compare;
mod compile_cmd;
mod options;
mod repl;

use ferropy_vm::runmain::MainModuleError;
use ferropy_vm::{JitMode, PyErr, Value, Vm, VmOptions};
use options::{Options, Program};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::rc::Rc;
use std::time::Instant;

/// mimalloc instead of the system allocator: Python programs allocate and free small objects at
/// a high rate (boxed ints, tuples, bound methods, frames' temporaries), which glibc's malloc
/// serves markedly slower (measured with callgrind on the raytrace and wordcount benchmarks).
/// Version 2 of mimalloc (the `v2` feature): version 3 rounds 80- to 112-byte blocks up a
/// size class (an instance took 112 bytes instead of 96), at no measured gain in speed.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Gives freed memory back to the system now rather than after mimalloc's purge delay: run
/// after each full cycle collection (rare: the old generation must have doubled), whose
/// transient buffers would otherwise stay resident for a while.
fn release_freed_memory() {
    // SAFETY: `mi_collect` takes no pointers; it only walks mimalloc's own structures.
    unsafe { libmimalloc_sys::mi_collect(true) };
}

fn main() -> ExitCode {
    ferropy_vm::gc::set_after_full_collection(release_freed_memory);
    // Deep Python recursion and deeply nested source need a big native stack. SIGINT is taken
    // by that thread only, so that it interrupts a blocking read there.
    ferropy_vm::signals::set_blocked(true);
    let child = std::thread::Builder::new().stack_size(1 << 30).spawn(|| {
        ferropy_vm::signals::set_blocked(false);
        run()
    });
    match child.map(|c| c.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => ExitCode::from(70),
    }
}

fn run() -> u8 {
    let raw: Vec<String> = std::env::args().collect();
    match raw.get(1).map(String::as_str) {
        Some("bench") => return bench::main(&raw[2..]),
        Some("--compare") => return compare::main(&raw[2..]),
        Some("compile") => return compile_cmd::main(&raw[2..]),
        Some("--dump-pyc") => return compile_cmd::dump_main(&raw[2..]),
        _ => {}
    }
    let o = match options::parse(raw.get(1..).unwrap_or_default()) {
        Ok(o) => o,
        Err(msg) => {
            eprint!("{}", options::usage_error(&msg));
            return 2;
        }
    };
    if o.help {
        print!("{}", options::HELP);
        return 0;
    }
    if o.version > 0 {
        // `-V` prints the language version as python3 does; `-VV` says which implementation.
        let full = ferropy_vm::sysmod::VERSION;
        println!(
            "Python {}",
            if o.version > 1 {
                full
            } else {
                full.split(' ').next().unwrap_or(full)
            }
        );
        return 0;
    }
    let env = Env {
        ignore: o.ignore_environment,
    };
    if let Err(msg) = check_hash_seed(env.get("PYTHONHASHSEED")) {
        eprint!("{msg}");
        return 1;
    }
    let inspect = o.inspect || env.get("PYTHONINSPECT").is_some();
    let target = match Target::load(&o, inspect) {
        Ok(t) => t,
        Err((msg, code)) => {
            eprintln!("{msg}");
            return code;
        }
    };
    if o.dis {
        return match &target {
            Target::Source { source, filename } => disassemble(source, filename),
            _ => {
                eprintln!("ferropy: --dis needs a script, -c or a program on standard input");
                2
            }
        };
    }
    ferropy_vm::signals::install();
    let mut vm = make_vm(&o, &env, argv(&o), path0(&o));
    let start = Instant::now();
    let status = run_target(&mut vm, &target, inspect, !o.quiet);
    let flushed = vm.flush_at_exit();
    report(&o, &vm, start);
    if !flushed {
        return ferropy_vm::stdio::EXIT_FLUSH_FAILED_STATUS;
    }
    match status {
        Status::Code(c) => c,
        Status::Interrupted => {
            ferropy_vm::signals::die_by_sigint();
            130
        }
    }
}

/// The environment variables, unless `-E` says to ignore them (empty ones count as unset).
struct Env {
    ignore: bool,
}

impl Env {
    fn get(&self, name: &str) -> Option<String> {
        if self.ignore {
            return None;
        }
        std::env::var(name).ok().filter(|v| !v.is_empty())
    }
}

/// PYTHONHASHSEED is checked as CPython checks it, and otherwise has no effect: ferropy's hashes
/// are always CPython's with seed 0 (deterministic across runs).
fn check_hash_seed(value: Option<String>) -> Result<(), String> {
    match value {
        Some(v) if v != "random" && v.parse::<u32>().is_err() => Err("Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]\nPython runtime state: preinitialized\n\n".into()),
        _ => Ok(()),
    }
}

/// What the command line runs.
enum Target {
    /// `-c`, a script, or a program read from standard input.
    Source { source: String, filename: String },
    /// `-m`.
    Module(String),
    /// The interactive interpreter: standard input is a terminal, or `-i` without a program.
    Repl,
}

impl Target {
    fn load(o: &Options, inspect: bool) -> Result<Target, (String, u8)> {
        let (source, filename) = match &o.program {
            Program::Command(code) => (code.clone(), "<string>".to_string()),
            Program::Module(name) => return Ok(Target::Module(name.clone())),
            // The code's filename (`__file__`, tracebacks) is absolute, as CPython 3.9+ makes it.
            Program::Script(path) => (
                read_script(path)?,
                std::path::absolute(path)
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_else(|_| path.clone()),
            ),
            Program::Stdin { .. } if inspect || std::io::stdin().is_terminal() => {
                return Ok(Target::Repl)
            }
            Program::Stdin { .. } => (read_stdin()?, "<stdin>".to_string()),
        };
        let source = if o.skip_first_line {
            skip_first_line(&source)
        } else {
            source
        };
        Ok(Target::Source { source, filename })
    }
}

/// `-x`: the first line blanked (its newline kept, so line numbers stay right).
fn skip_first_line(source: &str) -> String {
    match source.find('\n') {
        Some(i) => source[i..].to_string(),
        None => String::new(),
    }
}

fn read_script(script: &str) -> Result<String, (String, u8)> {
    match std::fs::read(script) {
        Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) => Err((
            format!(
                "ferropy: can't open file '{}': [Errno {}] {}",
                script,
                e.raw_os_error().unwrap_or(2),
                errno_text(&e)
            ),
            2,
        )),
    }
}

fn read_stdin() -> Result<String, (String, u8)> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
        .map_err(|e| (e.to_string(), 1))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// `sys.argv` as CPython sets it (`-m` replaces "-m" with the module's path once found).
fn argv(o: &Options) -> Vec<String> {
    let first = match &o.program {
        Program::Command(_) => "-c".to_string(),
        Program::Module(_) => "-m".to_string(),
        Program::Script(path) => path.clone(),
        Program::Stdin { dash } => if *dash { "-" } else { "" }.to_string(),
    };
    std::iter::once(first)
        .chain(o.args.iter().cloned())
        .collect()
}

/// What goes first on `sys.path`: the script's folder, the current folder for `-m` (both
/// absolute), "" (the current folder, as seen at each import) for `-c`, standard input and the
/// REPL; nothing under `-P`.
fn path0(o: &Options) -> Option<String> {
    if o.safe_path {
        return None;
    }
    Some(match &o.program {
        Program::Script(path) => {
            let dir = std::path::Path::new(path)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .filter(|p| !p.is_empty());
            ferropy_vm::import::absolute_path_entry(dir.as_deref().unwrap_or("."))
        }
        Program::Module(_) => std::env::current_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default(),
        _ => String::new(),
    })
}

fn make_vm(o: &Options, env: &Env, argv: Vec<String>, path0: Option<String>) -> Vm {
    let mut path: Vec<String> = path0.into_iter().collect();
    if let Some(pp) = env.get("PYTHONPATH") {
        path.extend(pp.split(':').map(ferropy_vm::import::absolute_path_entry));
    }
    let lookup = |k: &str| match k {
        "FERROPY_STDLIB" => env.get(k),
        _ => std::env::var(k).ok().filter(|v| !v.is_empty()),
    };
    let stdlib = ferropy_vm::stdlib_path::find(&lookup);
    if let Some(dir) = &stdlib {
        path.push(dir.to_string_lossy().into_owned());
    }
    let stdlib_cache = ferropy_vm::stdlib_path::cache_dir(&lookup);
    let options = VmOptions {
        stdlib,
        stdlib_cache,
        jit: o.jit,
        jit_threshold: o.jit_threshold,
        argv,
        path,
        dont_write_bytecode: o.dont_write_bytecode || env.get("PYTHONDONTWRITEBYTECODE").is_some(),
        verbose: o.verbose > 0 || env.get("PYTHONVERBOSE").is_some(),
        pycache_prefix: env
            .get("PYTHONPYCACHEPREFIX")
            .and_then(|p| std::path::absolute(p).ok()),
    };
    let jit_on = options.jit != JitMode::Off;
    let mut vm = Vm::new(options);
    if o.unbuffered || env.get("PYTHONUNBUFFERED").is_some() {
        vm.out_mode = ferropy_vm::stdio::OutMode::Unbuffered;
    }
    // ferropy's own variable; invalid values are ignored.
    if let Some(n) = env
        .get("PYTHONRECURSIONLIMIT")
        .and_then(|v| v.trim().parse::<u32>().ok())
        .filter(|n| *n >= 1)
    {
        vm.recursion_limit = n.min(200_000);
    }
    ferropy_stdlib::register(&mut vm);
    if jit_on {
        let mut jit = ferropy_jit::Jit::new();
        jit.dump_clif = o.dump_clif.clone();
        if o.perf_map || std::env::var("PERF_MAP").is_ok_and(|v| v == "1") {
            jit.enable_perf_map();
        }
        vm.tier = Some(Box::new(jit));
    }
    vm
}

/// How the program ended, for the exit status.
enum Status {
    Code(u8),
    /// An uncaught `KeyboardInterrupt`: the process ends by SIGINT, as CPython's does.
    Interrupted,
}

/// Runs the program, then the REPL under `-i` (after printing whatever the program raised, even
/// `SystemExit`, as CPython does).
fn run_target(vm: &mut Vm, target: &Target, inspect: bool, banner: bool) -> Status {
    let raised = match target {
        Target::Source { source, filename } => vm.run_main(source, filename).err(),
        Target::Module(name) => match run_module(vm, name) {
            Ok(raised) => raised,
            Err(code) => return Status::Code(code),
        },
        Target::Repl => {
            let raised = repl::run(vm, banner);
            return status_of(vm, raised);
        }
    };
    if raised.is_none() {
        // Generators dropped by the program's last steps are closed (their `finally` blocks
        // run) before it ends, as CPython closes them when their last reference goes.
        ferropy_vm::generator::finalize_pending(vm);
    }
    if !inspect {
        return status_of(vm, raised);
    }
    if let Some(e) = &raised {
        vm.print_exception(e);
    }
    let raised = repl::run(vm, false);
    status_of(vm, raised)
}

/// `-m NAME`: runpy's messages for a module that cannot be found (exit 1).
fn run_module(vm: &mut Vm, name: &str) -> Result<Option<PyErr>, u8> {
    match vm.find_main_module(name) {
        Ok(main) => Ok(vm.run_main_module(&main).err()),
        Err(MainModuleError::Raised(e)) => Ok(Some(e)),
        Err(MainModuleError::Message(msg)) => {
            let exe = std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| "ferropy".into());
            vm.write_err(&format!("{exe}: {msg}\n"));
            Err(1)
        }
    }
}

/// The exit status for what escaped the program: `SystemExit` sets it; anything else prints a
/// traceback and exits 1 (`KeyboardInterrupt`: by SIGINT).
fn status_of(vm: &mut Vm, raised: Option<PyErr>) -> Status {
    let Some(e) = raised else {
        return Status::Code(0);
    };
    if e.matches(vm, "SystemExit") {
        return Status::Code(system_exit_code(vm, &e));
    }
    vm.print_exception(&e);
    if e.matches(vm, "KeyboardInterrupt") {
        Status::Interrupted
    } else {
        Status::Code(1)
    }
}

/// CPython's reading of `SystemExit.code`: None is 0; an int goes to `exit()` (which keeps its
/// low byte; one too big for a C long is -1, so 255); anything else is printed to stderr, exit 1.
fn system_exit_code(vm: &mut Vm, e: &PyErr) -> u8 {
    let code = vm.get_attr_str(&e.value(), "code").unwrap_or(Value::None);
    match &code {
        Value::None => 0,
        Value::Bool(b) => u8::from(*b),
        Value::Int(i) => *i as u8,
        Value::BigInt(_) => 255,
        other => {
            let msg = vm.str(other).unwrap_or_default();
            vm.write_err(&format!("{msg}\n"));
            1
        }
    }
}

/// `--time`, `--jit-stats` and `--jit-stats-json` at exit.
fn report(o: &Options, vm: &Vm, start: Instant) {
    if o.time {
        eprintln!("time: {:.3} s", start.elapsed().as_secs_f64());
    }
    if o.jit_stats || o.xoptions.iter().any(|x| x == "jit-stats") {
        if let Some(t) = &vm.tier {
            eprint!("{}", t.report());
            eprintln!(
                "jit: {} exits from native code to the interpreter",
                vm.jit_exits
            );
        }
        let (n, found) = ferropy_vm::gc::stats();
        eprintln!(
            "gc: {} young and {} full collections, {} objects collected",
            n[0],
            n[1],
            found[0] + found[1]
        );
    }
    if o.jit_stats_json {
        let mut stats = vm.tier.as_ref().map(|t| t.stats()).unwrap_or_default();
        stats.deopts = vm.jit_exits;
        eprintln!(
            "{}",
            compare::stats_line(&stats, start.elapsed().as_secs_f64())
        );
    }
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

/// `--dis`: every code object's stack bytecode and register code.
fn disassemble(source: &str, filename: &str) -> u8 {
    let code = match ferropy_compiler::compile(source, filename) {
        Ok(c) => c,
        Err(e) => {
            eprint!("{}", e.report());
            return 1;
        }
    };
    let mut vm = Vm::new(VmOptions::default());
    let unit = match vm.load_code(Rc::new(code)) {
        Ok(u) => u,
        Err(e) => {
            eprintln!("ferropy: invalid code: {e}");
            return 1;
        }
    };
    let mut pending = vec![unit];
    while let Some(u) = pending.pop() {
        println!("{}", ferropy_bytecode::dis::disassemble(&u.code));
        println!("{}", u.disassemble());
        for c in u.consts.iter().rev() {
            if let Value::Code(inner) = c {
                pending.push(inner.clone());
            }
        }
    }
    0
}
