//! The command line, parsed as CPython parses its own (getopt style): short options may be
//! grouped (`-Bq`), a value may follow its letter (`-c'print(1)'`, `-Wignore`) or come as the
//! next argument, and `-c CMD`, `-m MOD`, the script and `-` end the options: everything after
//! them goes to the program in `sys.argv`. ferropy's own options are long ones (`--jit=...`).
//! The subcommands (`bench`, `compile`, `--compare`, `--dump-pyc`) are dispatched before this.

use ferropy_vm::JitMode;

/// What to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Program {
    /// `-c CMD`.
    Command(String),
    /// `-m MOD`.
    Module(String),
    /// A script file.
    Script(String),
    /// Standard input: `-` (`dash`), or nothing named (a REPL when it is a terminal).
    Stdin { dash: bool },
}

/// Everything the command line says.
#[derive(Debug, Clone)]
pub struct Options {
    pub program: Program,
    /// `sys.argv[1:]`.
    pub args: Vec<String>,
    pub jit: JitMode,
    pub jit_threshold: u32,
    pub jit_stats: bool,
    pub jit_stats_json: bool,
    pub perf_map: bool,
    pub dump_clif: Option<String>,
    pub dis: bool,
    pub time: bool,
    pub dont_write_bytecode: bool,
    pub verbose: u32,
    pub quiet: bool,
    pub unbuffered: bool,
    pub ignore_environment: bool,
    pub inspect: bool,
    /// `-P` (and `-I`): no script folder or current folder at the front of `sys.path`.
    pub safe_path: bool,
    /// `-x`: skip the first line of the source.
    pub skip_first_line: bool,
    pub warnings: Vec<String>,
    pub xoptions: Vec<String>,
    /// How many times `-V` was given.
    pub version: u32,
    pub help: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            program: Program::Stdin { dash: false },
            args: Vec::new(),
            jit: JitMode::Auto,
            jit_threshold: ferropy_vm::vm::DEFAULT_JIT_THRESHOLD,
            jit_stats: false,
            jit_stats_json: false,
            perf_map: false,
            dump_clif: None,
            dis: false,
            time: false,
            dont_write_bytecode: false,
            verbose: 0,
            quiet: false,
            unbuffered: false,
            ignore_environment: false,
            inspect: false,
            safe_path: false,
            skip_first_line: false,
            warnings: Vec::new(),
            xoptions: Vec::new(),
            version: 0,
            help: false,
        }
    }
}

/// The usage line (CPython's, with our name).
pub const USAGE: &str = "usage: ferropy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

/// A usage error as CPython prints it (then exit 2).
pub fn usage_error(msg: &str) -> String {
    format!("{msg}\n{USAGE}\nTry `ferropy -h' for more information.\n")
}

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if arg == "--" {
            if let Some(script) = args.get(i) {
                o.program = script_or_stdin(script);
                o.args = args[i + 1..].to_vec();
            }
            return Ok(o);
        }
        if let Some(long) = arg.strip_prefix("--") {
            o.long(long, args, &mut i)?;
            continue;
        }
        if arg == "-" || !arg.starts_with('-') {
            o.program = script_or_stdin(arg);
            o.args = args[i..].to_vec();
            return Ok(o);
        }
        if o.short_cluster(&arg[1..], args, &mut i)? {
            o.args = args[i..].to_vec();
            return Ok(o);
        }
    }
    Ok(o)
}

fn script_or_stdin(arg: &str) -> Program {
    if arg == "-" {
        Program::Stdin { dash: true }
    } else {
        Program::Script(arg.to_string())
    }
}

/// The value of an option: the rest of its argument, else the next argument.
fn value(
    inline: Option<String>,
    args: &[String],
    i: &mut usize,
    name: &str,
) -> Result<String, String> {
    if let Some(v) = inline {
        return Ok(v);
    }
    let v = args
        .get(*i)
        .cloned()
        .ok_or_else(|| format!("Argument expected for the {name} option"))?;
    *i += 1;
    Ok(v)
}

impl Options {
    /// One argument of short options (`Bq`, `c...`, `Wignore`); true when it named the program
    /// (`-c`, `-m`), which ends the options.
    fn short_cluster(
        &mut self,
        cluster: &str,
        args: &[String],
        i: &mut usize,
    ) -> Result<bool, String> {
        for (at, c) in cluster.char_indices() {
            if matches!(c, 'c' | 'm' | 'W' | 'X') {
                let rest = &cluster[at + 1..];
                let v = value(
                    (!rest.is_empty()).then(|| rest.to_string()),
                    args,
                    i,
                    &format!("-{c}"),
                )?;
                match c {
                    'c' => self.program = Program::Command(v),
                    'm' => self.program = Program::Module(v),
                    'W' => self.warnings.push(v),
                    _ => self.xoption(&v)?,
                }
                return Ok(matches!(c, 'c' | 'm'));
            }
            self.flag(c)?;
        }
        Ok(false)
    }

    fn flag(&mut self, c: char) -> Result<(), String> {
        match c {
            'B' => self.dont_write_bytecode = true,
            'E' => self.ignore_environment = true,
            'h' | '?' => self.help = true,
            'i' => self.inspect = true,
            'I' => {
                self.ignore_environment = true;
                self.safe_path = true;
            }
            'P' => self.safe_path = true,
            'q' => self.quiet = true,
            'u' => self.unbuffered = true,
            'v' => self.verbose += 1,
            'V' => self.version += 1,
            'x' => self.skip_first_line = true,
            // Accepted as python3 accepts them; nothing here depends on them.
            'b' | 'd' | 'O' | 'R' | 's' | 'S' => {}
            other => return Err(format!("Unknown option: -{other}")),
        }
        Ok(())
    }

    /// `-X key[=value]`: the ones that map to ferropy's options; the rest are accepted.
    fn xoption(&mut self, opt: &str) -> Result<(), String> {
        match opt.split_once('=') {
            Some(("jit", v)) => self.jit = jit_mode(v, "-X jit")?,
            Some(("jit-threshold" | "jit_threshold", v)) => self.jit_threshold = threshold(v)?,
            None if opt == "jit-stats" => self.jit_stats = true,
            _ => {}
        }
        self.xoptions.push(opt.to_string());
        Ok(())
    }

    /// A long option (`name` or `name=value`, without the dashes).
    fn long(&mut self, opt: &str, args: &[String], i: &mut usize) -> Result<(), String> {
        let (name, inline) = match opt.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (opt, None),
        };
        let flag = |set: &mut bool| match inline {
            Some(_) => Err(format!("option --{name} takes no value")),
            None => {
                *set = true;
                Ok(())
            }
        };
        match name {
            "help" | "help-all" => flag(&mut self.help)?,
            "version" => self.version += 1,
            "jit" => self.jit = jit_mode(&value(inline, args, i, "--jit")?, "--jit")?,
            "jit-threshold" => {
                self.jit_threshold = threshold(&value(inline, args, i, "--jit-threshold")?)?
            }
            "jit-stats" => flag(&mut self.jit_stats)?,
            "jit-stats-json" => flag(&mut self.jit_stats_json)?,
            "perf-map" => flag(&mut self.perf_map)?,
            "dump-clif" => self.dump_clif = Some(value(inline, args, i, "--dump-clif")?),
            "dis" => flag(&mut self.dis)?,
            "time" => flag(&mut self.time)?,
            "check-hash-based-pycs" => {
                let v = value(inline, args, i, "--check-hash-based-pycs")?;
                if !matches!(v.as_str(), "always" | "default" | "never") {
                    return Err(format!(
                        "--check-hash-based-pycs must be one of 'default', 'always', or 'never'"
                    ));
                }
            }
            _ => return Err(format!("unknown option --{name}")),
        }
        Ok(())
    }
}

fn jit_mode(v: &str, what: &str) -> Result<JitMode, String> {
    match v {
        "off" => Ok(JitMode::Off),
        "auto" => Ok(JitMode::Auto),
        "eager" => Ok(JitMode::Eager),
        _ => Err(format!(
            "invalid value '{v}' for {what}: expected off, auto or eager"
        )),
    }
}

fn threshold(v: &str) -> Result<u32, String> {
    v.parse()
        .map_err(|_| format!("invalid value '{v}' for --jit-threshold: expected a number"))
}

/// `ferropy -h`: CPython's options that ferropy has, then its own, grouped.
pub const HELP: &str = "\
usage: ferropy [option] ... [-c cmd | -m mod | file | -] [arg] ...
       ferropy bench|compile|--compare|--dump-pyc ...  (tools: see the end)
ferropy runs Python 3.11 programs as python3 does, with a register interpreter and a
Cranelift JIT.

Options as python3's (short ones may be grouped: -Bq):
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate from the user's environment (implies -E and -P)
-m mod : run library module as a script (terminates option list)
-P     : don't prepend the script's folder (or the current one) to sys.path;
         also PYTHONSAFEPATH=x
-q     : don't print version and copyright messages on interactive startup
-u     : unbuffered standard output: flushed after every write;
         also PYTHONUNBUFFERED=x
-v     : trace imports on stderr (built-in, compiled, read from the .pyc cache,
         cache rejected and why, cache written); also PYTHONVERBOSE=x
-V     : print the Python version number and exit (also --version);
         when given twice, with ferropy's version
-W arg : warning control (accepted; ferropy has no warnings yet)
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : implementation-specific option: -X jit=off|auto|eager,
         -X jit-threshold=N, -X jit-stats; others accepted and ignored
-b -d -O -OO -R -s -S : accepted for compatibility; no effect

JIT:
--jit=off|auto|eager : interpreter only / compile hot functions and loops
         (default: auto) / compile every function at its first call
--jit-threshold=N : calls plus loop iterations before --jit=auto compiles
         a function (default 1000, and compiles wait for the JIT's start-up)
--jit-stats : print what the JIT compiled and its compile times at exit
--perf-map : write /tmp/perf-PID.map so that perf names JIT frames
         (also PERF_MAP=1)

Inspecting:
--dis  : print the stack bytecode and register code of every code object
         of the program, then exit
--dump-clif=NAME : print a function's Cranelift IR before and after
         optimization (* for every function)
--time : print the run time to stderr at exit

Tools (as the first argument):
ferropy compile [-q] [-f] [--invalidation-mode timestamp|checked-hash|unchecked-hash] PATH...
         : fill __pycache__ for files and trees, like python3 -m compileall
ferropy --dump-pyc FILE.pyc|FILE.py
         : a .pyc's header fields, verifier verdict and disassembly
ferropy --compare [options] script.py [arg] ...
         : run the script with --jit=off and --jit=auto; same output? both
           times, the speedup and what the JIT did (exit 1 if they differ)
ferropy bench [--filter NAME] [--runs N] [--size small|default] [--out DIR] ...
         : the benchmark table and chart against CPython and PyPy
           (ferropy bench --help for every option)

Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Environment variables:
PYTHONPATH, PYTHONDONTWRITEBYTECODE, PYTHONPYCACHEPREFIX, PYTHONUNBUFFERED,
PYTHONINSPECT, PYTHONSAFEPATH, PYTHONVERBOSE : as python3's
PYTHONHASHSEED : \"random\" or 0..4294967295, checked as python3 checks it;
         ferropy's hashes are never randomised: every run hashes as CPython
         does with PYTHONHASHSEED=0
PYTHONRECURSIONLIMIT=N : ferropy's own: the starting sys.getrecursionlimit()
PERF_MAP=1 : as --perf-map
";

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Options, String> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn command_ends_the_options() {
        let o = p(&["-B", "-c", "print(1)", "-v", "x"]).unwrap();
        assert_eq!(o.program, Program::Command("print(1)".into()));
        assert_eq!(o.args, ["-v", "x"]);
        assert!(o.dont_write_bytecode);
        assert_eq!(o.verbose, 0);
    }

    #[test]
    fn grouped_flags_and_inline_values() {
        let o = p(&["-Bqc", "pass"]).unwrap();
        assert!(o.dont_write_bytecode && o.quiet);
        assert_eq!(o.program, Program::Command("pass".into()));
        let o = p(&["-mpkg.mod", "a"]).unwrap();
        assert_eq!(o.program, Program::Module("pkg.mod".into()));
        assert_eq!(o.args, ["a"]);
        let o = p(&["-Wignore", "-X", "jit=off", "-vv", "s.py", "-i"]).unwrap();
        assert_eq!(o.warnings, ["ignore"]);
        assert_eq!(o.jit, JitMode::Off);
        assert_eq!(o.verbose, 2);
        assert!(!o.inspect);
        assert_eq!(o.program, Program::Script("s.py".into()));
        assert_eq!(o.args, ["-i"]);
    }

    #[test]
    fn stdin_forms() {
        assert_eq!(p(&[]).unwrap().program, Program::Stdin { dash: false });
        let o = p(&["-", "a"]).unwrap();
        assert_eq!(o.program, Program::Stdin { dash: true });
        assert_eq!(o.args, ["a"]);
        assert_eq!(
            p(&["--", "-"]).unwrap().program,
            Program::Stdin { dash: true }
        );
    }

    #[test]
    fn long_options() {
        let o = p(&["--jit=eager", "--jit-threshold", "5", "--time", "x.py"]).unwrap();
        assert_eq!(o.jit, JitMode::Eager);
        assert_eq!(o.jit_threshold, 5);
        assert!(o.time);
        assert!(p(&["--jit=fast"]).is_err());
        assert!(p(&["--time=1"]).is_err());
    }

    #[test]
    fn errors_as_cpython_words_them() {
        assert_eq!(p(&["-z"]).unwrap_err(), "Unknown option: -z");
        assert_eq!(p(&["--foo"]).unwrap_err(), "unknown option --foo");
        assert_eq!(
            p(&["-c"]).unwrap_err(),
            "Argument expected for the -c option"
        );
        assert_eq!(
            p(&["-Bm"]).unwrap_err(),
            "Argument expected for the -m option"
        );
    }
}
