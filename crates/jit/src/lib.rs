//! ferropy's JIT: lowers hot register code to Cranelift IR (`lower`), compiles it for the host
//! ISA, and installs it through the VM's `TierUp` hook. Guards fall back to the interpreter's own
//! implementation of the same instruction, so native code never changes a result.
//! Depends on `ferropy-vm` (whose interpreter it speeds up) and Cranelift; the VM never depends
//! on this crate: the CLI wires it in.

mod inline_regs;
pub mod lower;
mod lower_arith;
mod lower_attr;
mod lower_calls;
mod lower_is;
mod lower_iter;
mod lower_ops;
mod policy;
mod warm;

use cranelift_codegen::ir;
use cranelift_codegen::isa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{Linkage, Module};
use ferropy_vm::regcode::CodeUnit;
use ferropy_vm::vm::DEFAULT_JIT_THRESHOLD;
use ferropy_vm::{JitStats, TierUp, Vm};
use std::io::Write;
use std::rc::Rc;
use std::time::Instant;

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
    ctx: Context,
    fctx: FunctionBuilderContext,
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
}

/// The settings every ISA is built with.
fn flags() -> settings::Flags {
    let mut b = settings::builder();
    // Cranelift's e-graph optimizer took a fifth of every compile and made no measurable
    // difference to run time (nbody, mandelbrot, spectral_norm, fannkuch, loop_arith): the
    // lowering already reuses known values and constants itself.
    let _ = b.set("opt_level", "none");
    let _ = b.set("is_pic", "false");
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

/// The host ISA.
fn host_isa() -> Result<isa::OwnedTargetIsa, String> {
    let builder = cranelift_native::builder().map_err(|e| e.to_string())?;
    builder.finish(flags()).map_err(|e| e.to_string())
}

impl Default for Jit {
    fn default() -> Self {
        Self::new()
    }
}

impl Jit {
    pub fn new() -> Jit {
        warm::start();
        let ctx = Context::new();
        let fctx = FunctionBuilderContext::new();
        let module = cranelift_native::builder()
            .ok()
            .and_then(|b| b.finish(flags()).ok())
            .map(|isa| {
                JITModule::new(JITBuilder::with_isa(
                    isa,
                    cranelift_module::default_libcall_names(),
                ))
            });
        Jit {
            ctx,
            fctx,
            module,
            compiled: Vec::new(),
            failed: Vec::new(),
            budget: 4_000_000,
            dump_clif: None,
            perf_map: None,
            put_offs: Default::default(),
            keep: Vec::new(),
        }
    }

    /// Compiles one code unit; returns the native entry's address.
    fn compile_unit(
        &mut self,
        unit: &CodeUnit,
        globals: Vec<Option<ferropy_vm::jit_globals::GlobalGuard>>,
    ) -> Result<usize, String> {
        let module = self.module.as_mut().ok_or("no JIT module for this host")?;
        let call_conv = module.isa().default_call_conv();
        let config = module.isa().frontend_config();
        let sig = lower::entry_signature(call_conv);
        let name = format!(
            "py{}_{}",
            {
                static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
                N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            },
            sanitize(&unit.code.qualname)
        );
        let id = module
            .declare_function(&name, Linkage::Local, &sig)
            .map_err(|e| e.to_string())?;
        self.ctx.func =
            ir::Function::with_name_signature(ir::UserFuncName::user(0, id.as_u32()), sig);
        let t0 = Instant::now();
        let keep = lower::lower(
            &mut self.ctx.func,
            &mut self.fctx,
            unit,
            globals,
            call_conv,
            config,
        );
        self.keep.extend(keep);
        let t1 = Instant::now();
        let ninsts = self.ctx.func.dfg.num_insts();
        let nblocks = self.ctx.func.dfg.num_blocks();
        let dump = self
            .dump_clif
            .as_deref()
            .is_some_and(|n| n == unit.code.qualname || n == "*");
        if dump {
            eprintln!(
                "; Cranelift IR of {} before optimization\n{}",
                unit.code.qualname,
                self.ctx.func.display()
            );
        }
        self.ctx.set_disasm(dump);
        let result = module
            .define_function(id, &mut self.ctx)
            .map_err(|e| format!("{e:?}"));
        if dump {
            eprintln!(
                "; Cranelift IR of {} after optimization\n{}",
                unit.code.qualname,
                self.ctx.func.display()
            );
            if let Some(vcode) = self.ctx.compiled_code().and_then(|c| c.vcode.as_ref()) {
                eprintln!("; machine code of {}\n{vcode}", unit.code.qualname);
            }
        }
        let t2 = Instant::now();
        let size = self
            .ctx
            .compiled_code()
            .map_or(0, |c| c.code_buffer().len());
        module.clear_context(&mut self.ctx);
        result?;
        module.finalize_definitions().map_err(|e| e.to_string())?;
        let addr = module.get_finalized_function(id) as usize;
        let t3 = Instant::now();
        if std::env::var_os("FERROPY_JIT_PHASES").is_some() {
            eprintln!(
                "phase {}: lower {:?} define {:?} finalize {:?} insts {} blocks {} size {}",
                unit.code.qualname,
                t1 - t0,
                t2 - t1,
                t3 - t2,
                ninsts,
                nblocks,
                size
            );
        }
        if let Some(map) = &mut self.perf_map {
            // One line per function, as `perf` reads /tmp/perf-PID.map: start, size, name.
            let _ = writeln!(map, "{addr:x} {size:x} py::{}", unit.code.qualname);
        }
        Ok(addr)
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

fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

impl TierUp for Jit {
    fn compile(&mut self, vm: &Vm, unit: &Rc<CodeUnit>) {
        let auto = vm.options.jit == ferropy_vm::JitMode::Auto;
        if auto && vm.options.jit_threshold == DEFAULT_JIT_THRESHOLD && !warm::ready() {
            // Put off (see `warm::ready`): the unit comes back after another threshold's worth
            // of calls and iterations. A threshold given by hand compiles where it says.
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
            .and_then(|s| s.parse::<usize>().ok())
        {
            let _ = cranelift_codegen::timing::take_current();
            for _ in 0..n {
                let _ = self.compile_unit(unit, vm.global_guards(unit));
            }
            eprintln!("{}", cranelift_codegen::timing::take_current());
        }
        let start = Instant::now();
        let cpu_start = thread_cpu_seconds();
        match self.compile_unit(unit, vm.global_guards(unit)) {
            Ok(addr) => {
                self.budget -= unit.reg().instrs.len();
                unit.jitted.set(Some(addr));
                self.compiled.push(Compiled {
                    name,
                    seconds: start.elapsed().as_secs_f64(),
                    cpu_seconds: thread_cpu_seconds() - cpu_start,
                    instructions: unit.reg().instrs.len(),
                });
            }
            Err(e) => {
                unit.jit_failed.set(true);
                self.failed.push((name, e));
            }
        }
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
        .finish(flags())
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
    host_isa().is_ok()
}
