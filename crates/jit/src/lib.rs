//! ferropy's JIT: lowers hot register code to Cranelift IR (`lower`), compiles it for the host
//! ISA, and installs it through the VM's `TierUp` hook. Guards fall back to the interpreter's own
//! implementation of the same instruction, so native code never changes a result.
//! Depends on `ferropy-vm` (whose interpreter it speeds up) and Cranelift; the VM never depends
//! on this crate: the CLI wires it in.

mod backend_thread;
mod inline_regs;
pub mod lower;
mod lower_arith;
mod lower_attr;
mod lower_calls;
mod lower_is;
mod lower_iter;
mod lower_ops;
mod pipeline;
mod policy;

use cranelift_codegen::ir;
use cranelift_codegen::isa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use ferropy_vm::regcode::CodeUnit;
use ferropy_vm::vm::DEFAULT_JIT_THRESHOLD;
use ferropy_vm::{JitStats, TierUp, Vm};
use std::rc::Rc;

/// One compiled code object, for `--jit-stats`.
struct Compiled {
    name: String,
    /// Wall time, and the compiling thread's CPU time (which other processes on a busy
    /// machine do not inflate).
    seconds: f64,
    cpu_seconds: f64,
    instructions: usize,
}

/// The CPU time this thread has used, in seconds.
fn thread_cpu_seconds() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `clock_gettime` writes one `timespec` through a valid pointer.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// The median of some durations (the upper one of an even count).
fn median(mut v: Vec<f64>) -> Option<f64> {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied()
}

/// The JIT compiler state, kept for the life of the process (Cranelift cannot free code).
pub struct Jit {
    module: Option<JITModule>,
    fctx: FunctionBuilderContext,
    /// Where Cranelift's back end runs (see `backend_thread`); `None`: on this thread.
    backend: Option<backend_thread::BackendThread>,
    /// Contexts free for the next unit (their buffers kept).
    spare: Vec<Box<Context>>,
    /// Numbers the functions declared in the module (their names must differ).
    serial: usize,
    compiled: Vec<Compiled>,
    failed: Vec<(String, String)>,
    /// Compiling stops past this many instructions in total (bounded code memory).
    budget: usize,
    /// `--dump-clif NAME`: print this function's IR (`*` for every function).
    pub dump_clif: Option<String>,
    perf_map: Option<std::fs::File>,
    /// How many times each unit (by address; units live as long as the program) was put off
    /// for its type feedback to settle.
    put_offs: std::collections::HashMap<usize, u8>,
    /// What compiled code compares addresses with (see `Lowerer::keep`); native code is never
    /// freed, so neither are these.
    keep: Vec<ferropy_vm::Value>,
    /// Whether compiles go in two tiers (see `backend_thread`); `FERROPY_JIT_TIERS=1` (for
    /// developers comparing) compiles at `Tier::Full` only, the interpreter waiting.
    tiered: bool,
    /// Units whose quick code awaits its `Tier::Full` compile, by token.
    awaiting_full: std::collections::HashMap<u64, pipeline::AwaitingFull>,
    /// Back-end CPU seconds of each `Tier::Full` compile installed.
    full_compiles: Vec<f64>,
    /// The host ISA for `Tier::Quick` compiles (on this thread).
    quick_isa: Option<isa::OwnedTargetIsa>,
}

/// The settings every ISA is built with; `regalloc` names regalloc2's algorithm
/// (`backtracking` or `single_pass`, see `backend_thread::Tier`).
fn flags(regalloc: &str) -> settings::Flags {
    let mut b = settings::builder();
    // Cranelift's e-graph optimizer took a fifth of every compile and made no measurable
    // difference to run time (nbody, mandelbrot, spectral_norm, fannkuch, loop_arith): the
    // lowering already reuses known values and constants itself.
    let _ = b.set("opt_level", "none");
    let _ = b.set("is_pic", "false");
    let _ = b.set("regalloc_algorithm", regalloc);
    // Cranelift's IR verifier costs about a tenth of every compile; release builds skip it at
    // run time (the cross-ISA test still verifies every test program's IR explicitly).
    let verify = if cfg!(debug_assertions) {
        "true"
    } else {
        "false"
    };
    let _ = b.set("enable_verifier", verify);
    settings::Flags::new(b)
}

/// The host ISA, with regalloc2's algorithm `regalloc`.
fn host_isa(regalloc: &str) -> Result<isa::OwnedTargetIsa, String> {
    let builder = cranelift_native::builder().map_err(|e| e.to_string())?;
    builder.finish(flags(regalloc)).map_err(|e| e.to_string())
}

impl Default for Jit {
    fn default() -> Self {
        Self::new()
    }
}

impl Jit {
    pub fn new() -> Jit {
        let backend = backend_thread::BackendThread::start();
        let fctx = FunctionBuilderContext::new();
        let module = cranelift_native::builder()
            .ok()
            .and_then(|b| b.finish(flags("backtracking")).ok())
            .map(|isa| {
                JITModule::new(JITBuilder::with_isa(
                    isa,
                    cranelift_module::default_libcall_names(),
                ))
            });
        Jit {
            fctx,
            backend,
            spare: Vec::new(),
            serial: 0,
            module,
            compiled: Vec::new(),
            failed: Vec::new(),
            budget: 4_000_000,
            dump_clif: None,
            perf_map: None,
            put_offs: Default::default(),
            keep: Vec::new(),
            tiered: std::env::var("FERROPY_JIT_TIERS").map_or(true, |n| n != "1"),
            awaiting_full: Default::default(),
            full_compiles: Vec::new(),
            quick_isa: backend_thread::isa_for(backend_thread::Tier::Quick).ok(),
        }
    }

    /// Counts one more time `unit` is put off for its feedback to settle; `false` once it was
    /// put off `MAX_PUT_OFFS` times (then it is judged on what there is).
    fn put_off(&mut self, unit: &Rc<CodeUnit>) -> bool {
        const MAX_PUT_OFFS: u8 = 3;
        let n = self.put_offs.entry(Rc::as_ptr(unit) as usize).or_insert(0);
        *n += 1;
        *n <= MAX_PUT_OFFS
    }

    /// Writes `/tmp/perf-PID.map` so that `perf report` names JIT frames.
    pub fn enable_perf_map(&mut self) {
        let path = format!("/tmp/perf-{}.map", std::process::id());
        self.perf_map = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .ok();
    }
}

/// `s` with only ASCII letters and digits (others become `_`), as a symbol name.
fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

impl TierUp for Jit {
    fn compile(&mut self, vm: &Vm, unit: &Rc<CodeUnit>) {
        let default_auto = vm.options.jit == ferropy_vm::JitMode::Auto
            && vm.options.jit_threshold == DEFAULT_JIT_THRESHOLD;
        if default_auto && !backend_thread::ready() {
            // Put off (see `backend_thread::ready`): the unit comes back after another
            // threshold's worth of calls and iterations. A threshold given by hand compiles
            // where it says.
            unit.hotness.set(0);
            return;
        }
        let name = unit.code.qualname.clone();
        // FERROPY_JIT_NOPOLICY=1 (for developers measuring what compiling a unit would gain)
        // compiles every hot unit, as the policy would if it approved them all.
        if vm.options.jit == ferropy_vm::JitMode::Auto
            && std::env::var_os("FERROPY_JIT_NOPOLICY").is_none()
        {
            if policy::feedback_unsettled(unit) && self.put_off(unit) {
                unit.hotness.set(0);
                return;
            }
            if let Some(why) = policy::interpreter_is_faster(unit) {
                unit.jit_failed.set(true);
                self.failed.push((name, why.into()));
                return;
            }
        }
        if self.budget < unit.reg().instrs.len() {
            unit.jit_failed.set(true);
            self.failed.push((name, "JIT code budget exhausted".into()));
            return;
        }
        if let Some(n) = std::env::var("FERROPY_JIT_REPEAT")
            .ok()
            .and_then(|s| s.parse().ok())
        {
            self.repeat_compiles(vm, unit, n);
        }
        let (lowered, ctx) = match self.lower_unit(unit, vm.global_guards(unit)) {
            Ok(lowered) => lowered,
            Err(e) => {
                unit.jit_failed.set(true);
                self.failed.push((name, e));
                return;
            }
        };
        let tier = self.first_tier();
        // Copied before the compile, which rewrites the function.
        let full_later = (tier == backend_thread::Tier::Quick).then(|| {
            (
                Box::new(Context::for_function(ctx.func.clone())),
                self.serial as u64,
            )
        });
        let done = self.compile_now(ctx, tier);
        self.install(lowered, done, full_later);
    }

    fn poll(&mut self, _vm: &Vm) {
        self.install_finished();
    }

    fn report(&self) -> String {
        let mut out = format!(
            "jit: {} code objects compiled, {} fell back\n",
            self.compiled.len(),
            self.failed.len()
        );
        let wall = median(self.compiled.iter().map(|c| c.seconds).collect());
        let cpu = median(self.compiled.iter().map(|c| c.cpu_seconds).collect());
        if let (Some(wall), Some(cpu)) = (wall, cpu) {
            let total: f64 = self.compiled.iter().map(|c| c.seconds).sum();
            out.push_str(&format!(
                "jit: compile time total {:.3} ms, median {:.3} ms per code object \
                 (CPU time: median {:.3} ms)\n",
                total * 1e3,
                wall * 1e3,
                cpu * 1e3
            ));
        }
        for c in &self.compiled {
            out.push_str(&format!(
                "  compiled {} ({} instructions, {:.3} ms, CPU {:.3} ms)\n",
                c.name,
                c.instructions,
                c.seconds * 1e3,
                c.cpu_seconds * 1e3
            ));
        }
        for (name, why) in &self.failed {
            out.push_str(&format!("  fell back {name}: {why}\n"));
        }
        if let Some(cpu) = median(self.full_compiles.clone()) {
            out.push_str(&format!(
                "jit: {} compiled again with full register allocation while the program ran \
                 (CPU time: median {:.3} ms), {} still waiting at exit\n",
                self.full_compiles.len(),
                cpu * 1e3,
                self.awaiting_full.len()
            ));
        }
        let (recompiled, kept) = ferropy_vm::jit_support::exit_storms();
        if recompiled + kept > 0 {
            out.push_str(&format!(
                "jit: {recompiled} exit storms led to profiling and compiling again, \
                 {kept} came after the last recompile allowed\n"
            ));
        }
        out
    }

    fn stats(&self) -> JitStats {
        JitStats {
            functions_compiled: self.compiled.len() as u32,
            loops_compiled: 0,
            compile_seconds: self.compiled.iter().map(|c| c.seconds).sum(),
            deopts: 0,
        }
    }
}

/// Lowers a code unit and compiles it for another target triple without running it: keeps the
/// back ends of every supported architecture green (used by tests on x86-64 for aarch64).
pub fn compile_for_triple(unit: &CodeUnit, triple: &str) -> Result<usize, String> {
    let triple: target_lexicon::Triple = triple.parse().map_err(|e| format!("{e:?}"))?;
    let isa = isa::lookup(triple)
        .map_err(|e| e.to_string())?
        .finish(flags("backtracking"))
        .map_err(|e| e.to_string())?;
    let mut ctx = Context::new();
    let mut fctx = FunctionBuilderContext::new();
    ctx.func = ir::Function::with_name_signature(
        ir::UserFuncName::user(0, 0),
        lower::entry_signature(isa.default_call_conv()),
    );
    let _keep = lower::lower(
        &mut ctx.func,
        &mut fctx,
        unit,
        Vec::new(),
        isa.default_call_conv(),
        isa.frontend_config(),
    );
    cranelift_codegen::verify_function(&ctx.func, isa.flags()).map_err(|e| e.to_string())?;
    let mut ctrl = cranelift_codegen::control::ControlPlane::default();
    let code = ctx
        .compile(&*isa, &mut ctrl)
        .map_err(|e| format!("{:?}", e.inner))?;
    Ok(code.code_buffer().len())
}

/// Whether native code can be generated on this machine.
pub fn host_supported() -> bool {
    host_isa("backtracking").is_ok()
}
