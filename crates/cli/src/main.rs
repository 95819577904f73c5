//! The `ferropy` command: runs scripts as `python3` does, and wires the JIT into the VM.

mod bench;
mod compare;
mod compile_cmd;

use clap::{Parser, ValueEnum};
use ferropy_vm::{JitMode, Value, Vm, VmOptions};
use std::process::ExitCode;
use std::rc::Rc;
use std::time::Instant;

#[derive(Debug, Clone, Copy, ValueEnum)]
enum JitArg {
    Off,
    Auto,
    Eager,
}

/// ferropy: a Python 3.11 implementation with a register interpreter and a Cranelift JIT.
#[derive(Parser, Debug)]
#[command(name = "ferropy", disable_version_flag = true)]
struct Cli {
    /// Program passed in as a string (terminates the option list).
    #[arg(short = 'c', value_name = "CODE")]
    command: Option<String>,
    /// Run a library module as a script.
    #[arg(short = 'm', value_name = "MODULE")]
    module: Option<String>,
    /// When to compile to native code.
    #[arg(long, value_enum, default_value = "auto")]
    jit: JitArg,
    /// Calls plus loop iterations before a function is compiled under --jit=auto.
    #[arg(long, value_name = "N", default_value_t = 1000)]
    jit_threshold: u32,
    /// Print JIT statistics at exit.
    #[arg(long)]
    jit_stats: bool,
    /// Print the JIT's totals to stderr at exit as one JSON line (for `--compare`).
    #[arg(long, hide = true)]
    jit_stats_json: bool,
    /// Write /tmp/perf-PID.map so that `perf` names JIT frames (also PERF_MAP=1).
    #[arg(long)]
    perf_map: bool,
    /// Print a function's Cranelift IR before and after optimization (`*` for all).
    #[arg(long, value_name = "NAME")]
    dump_clif: Option<String>,
    /// Print the stack bytecode and register code of every code object, then exit.
    #[arg(long)]
    dis: bool,
    /// Print the run time to stderr at exit.
    #[arg(long)]
    time: bool,
    /// Don't write .pyc files on import.
    #[arg(short = 'B')]
    dont_write_bytecode: bool,
    /// Trace imports.
    #[arg(short = 'v')]
    verbose: bool,
    /// Don't print version messages on interactive start-up.
    #[arg(short = 'q')]
    quiet: bool,
    /// Unbuffered output.
    #[arg(short = 'u')]
    unbuffered: bool,
    /// Ignore PYTHON* environment variables.
    #[arg(short = 'E')]
    ignore_environment: bool,
    /// Inspect interactively after running the script.
    #[arg(short = 'i')]
    inspect: bool,
    /// Warning control (accepted, ignored).
    #[arg(short = 'W', value_name = "ARG")]
    warnings: Vec<String>,
    /// Implementation-specific options (accepted, ignored).
    #[arg(short = 'X', value_name = "OPT")]
    xoptions: Vec<String>,
    /// Print the version number and exit.
    #[arg(short = 'V', long = "version")]
    version: bool,
    /// The script (or `-` for standard input) and its arguments.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

fn main() -> ExitCode {
    // Deep Python recursion and deeply nested source need a big native stack.
    let child = std::thread::Builder::new().stack_size(1 << 30).spawn(run);
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
    let cli = Cli::parse();
    if cli.version {
        println!("Python {}", ferropy_vm::sysmod::VERSION);
        return 0;
    }
    let env = |name: &str| if cli.ignore_environment { None } else { std::env::var(name).ok().filter(|v| !v.is_empty()) };
    let (source, filename, argv, script_dir) = match load_program(&cli) {
        Ok(p) => p,
        Err((msg, code)) => {
            eprintln!("{msg}");
            return code;
        }
    };
    if cli.dis {
        return disassemble(&source, &filename);
    }
    let mut path = vec![ferropy_vm::import::absolute_path_entry(&script_dir)];
    if let Some(pp) = env("PYTHONPATH") {
        path.extend(pp.split(':').map(ferropy_vm::import::absolute_path_entry));
    }
    let options = VmOptions {
        jit: match cli.jit {
            JitArg::Off => JitMode::Off,
            JitArg::Auto => JitMode::Auto,
            JitArg::Eager => JitMode::Eager,
        },
        jit_threshold: cli.jit_threshold,
        argv,
        path,
        dont_write_bytecode: cli.dont_write_bytecode || env("PYTHONDONTWRITEBYTECODE").is_some(),
        verbose: cli.verbose,
        pycache_prefix: env("PYTHONPYCACHEPREFIX").and_then(|p| std::path::absolute(p).ok()),
    };
    let jit_on = options.jit != JitMode::Off;
    let mut vm = Vm::new(options);
    ferropy_stdlib::register(&mut vm);
    if jit_on {
        let mut jit = ferropy_jit::Jit::new();
        jit.dump_clif = cli.dump_clif.clone();
        if cli.perf_map || std::env::var("PERF_MAP").is_ok_and(|v| v == "1") {
            jit.enable_perf_map();
        }
        vm.tier = Some(Box::new(jit));
    }
    let start = Instant::now();
    let result = vm.run_main(&source, &filename);
    let code = match result {
        Ok(_) => 0,
        Err(e) => exit_code_for(&mut vm, &e),
    };
    vm.flush_out();
    if cli.time {
        eprintln!("time: {:.3} s", start.elapsed().as_secs_f64());
    }
    if cli.jit_stats {
        if let Some(t) = &vm.tier {
            eprint!("{}", t.report());
        }
    }
    if cli.jit_stats_json {
        let stats = vm.tier.as_ref().map(|t| t.stats()).unwrap_or_default();
        eprintln!("{}", compare::stats_line(&stats, start.elapsed().as_secs_f64()));
    }
    code
}

/// The source, filename, `sys.argv` and script folder for what the command line asks to run.
type Program = (String, String, Vec<String>, String);

fn load_program(cli: &Cli) -> Result<Program, (String, u8)> {
    if let Some(code) = &cli.command {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.args.iter().cloned());
        return Ok((code.clone(), "<string>".into(), argv, String::new()));
    }
    if let Some(m) = &cli.module {
        return Err((format!("ferropy: -m {m}: running modules is not supported yet"), 2));
    }
    let Some(script) = cli.args.first() else {
        return read_stdin(vec![String::new()]);
    };
    if script == "-" {
        return read_stdin(cli.args.clone());
    }
    match std::fs::read(script) {
        Ok(bytes) => {
            let source = String::from_utf8_lossy(&bytes).into_owned();
            let dir = std::path::Path::new(script)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .filter(|p| !p.is_empty())
                .unwrap_or_else(|| ".".into());
            Ok((source, script.clone(), cli.args.clone(), dir))
        }
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

fn read_stdin(argv: Vec<String>) -> Result<Program, (String, u8)> {
    let mut source = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut source).map_err(|e| (e.to_string(), 1))?;
    Ok((source, "<stdin>".into(), argv, String::new()))
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

/// Handles an exception that escaped the program: `SystemExit` sets the exit code; anything
/// else prints a traceback and exits 1.
fn exit_code_for(vm: &mut Vm, e: &ferropy_vm::PyErr) -> u8 {
    if e.matches(vm, "SystemExit") {
        let args = e.args();
        return match args.first() {
            None | Some(Value::None) => 0,
            Some(Value::Int(i)) => *i as u8,
            Some(other) => {
                vm.flush_out();
                let msg = vm.str(other).unwrap_or_default();
                eprintln!("{msg}");
                1
            }
        };
    }
    vm.print_exception(e);
    if e.matches(vm, "KeyboardInterrupt") {
        130
    } else {
        1
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
