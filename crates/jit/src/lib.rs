//! ferropy's JIT: lowers hot register code to Cranelift IR (`lower`), compiles it for the host
//! ISA, and installs it through the VM's `TierUp` hook. Guards fall back to the interpreter's own
//! implementation of the same instruction, so native code never changes a result.
//! Depends on `ferropy-vm` (whose interpreter it speeds up) and Cranelift; the VM never depends
//! on this crate: the CLI wires it in.

mod inline_regs;
pub mod lower;
mod lower_ops;
mod warm;

use cranelift_codegen::ir;
use cranelift_codegen::isa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{Linkage, Module};
use ferropy_vm::regcode::{CodeUnit, RInstr};
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
        }
    }

    /// Compiles one code unit; returns the native entry's address.
    fn compile_unit(&mut self, unit: &CodeUnit) -> Result<usize, String> {
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
        lower::lower(&mut self.ctx.func, &mut self.fctx, unit, call_conv, config);
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
        let result = module
            .define_function(id, &mut self.ctx)
            .map_err(|e| format!("{e:?}"));
        if dump {
            eprintln!(
                "; Cranelift IR of {} after optimization\n{}",
                unit.code.qualname,
                self.ctx.func.display()
            );
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

/// Why `--jit=auto` leaves a hot code unit to the interpreter, if it should. The interpreter
/// runs calls of Python functions without recursing (`inline_call`) and enters a small
/// function's frame for less than a native entry costs, while native code reaches attributes,
/// methods and other functions through runtime helpers. So a unit without a loop is compiled
/// only when it is pure arithmetic on locals, which native code does much faster (measured, in
/// instructions: a jitted `Vec.__init__`, `Vec.dot` or `Vec.__add__` made raytrace 14% slower
/// than leaving them to the interpreter, while a jitted `eval_A` makes spectral_norm 10%
/// faster).
fn interpreter_is_faster(unit: &CodeUnit) -> Option<&'static str> {
    let instrs = &unit.reg().instrs;
    // A unit with a loop is compiled even when the loop calls: it may do native arithmetic
    // between calls (measured: spectral_norm's loops calling `eval_A` run 16% faster native).
    let has_loop = instrs.iter().enumerate().any(|(pc, i)| {
        let mut i = *i;
        i.target_mut().is_some_and(|t| (*t as usize) <= pc)
    });
    if !has_loop && !instrs.iter().all(is_local_arithmetic) {
        return Some("no loop and not pure arithmetic: the interpreter enters it faster");
    }
    // An innermost loop mostly made of attribute accesses and calls gains nothing native and
    // pays a helper call for each (measured in instructions: richards' scheduler loops ran 3%
    // and wordcount's 24% slower compiled, while spectral_norm's inner loop, one call beside
    // range iteration and arithmetic, runs 14% faster).
    // The unit as a whole is weighed as well, not counting the calls that set up a loop
    // (`range(n)` before its `GetIter`), and so are all its loops together: nqueens' `solve`
    // (an arithmetic inner loop in an outer loop of method calls, 13 helpers to 5 native
    // instructions) ran 11% slower compiled once the interpreter's calls got cheaper.
    let (native, helpers) = work_and_helpers(instrs);
    let (inner_native, inner_helpers) = innermost_loop(instrs).map_or((1, 0), work_and_helpers);
    let (loop_native, loop_helpers) = work_and_helpers(&in_loops(instrs));
    if inner_helpers >= inner_native || helpers > native || loop_helpers >= loop_native.max(1) {
        return Some("loop mostly attribute accesses and calls: the interpreter does them faster");
    }
    // The interpreter resumes a generator's frame in place (`enter_generator`); native code
    // re-enters through its generator entry at every `next` (measured: generators.py ran 11%
    // slower with its generator functions and expressions compiled).
    use ferropy_bytecode::flags;
    let resumable = flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR;
    (unit.code.flags & resumable != 0)
        .then_some("generator: the interpreter resumes its frame in place, faster")
}

/// The instructions inside any loop (from a back edge's target to the back edge).
fn in_loops(instrs: &[RInstr]) -> Vec<RInstr> {
    let mut inside = vec![false; instrs.len()];
    for (pc, i) in instrs.iter().enumerate() {
        let mut i = *i;
        if let Some(t) = i.target_mut().map(|t| *t as usize).filter(|&t| t <= pc) {
            inside[t..=pc].iter_mut().for_each(|x| *x = true);
        }
    }
    instrs
        .iter()
        .zip(inside)
        .filter_map(|(i, keep)| keep.then_some(*i))
        .collect()
}

/// The body of the shortest loop (from a back edge's target to the back edge).
fn innermost_loop(instrs: &[RInstr]) -> Option<&[RInstr]> {
    instrs
        .iter()
        .enumerate()
        .filter_map(|(pc, i)| {
            let mut i = *i;
            let t = *i.target_mut()? as usize;
            (t <= pc).then_some(t..pc + 1)
        })
        .min_by_key(|r| r.len())
        .map(|r| &instrs[r])
}

/// How many instructions of `code` native code runs inline, and how many go through helpers.
fn work_and_helpers(code: &[RInstr]) -> (usize, usize) {
    let native = code.iter().filter(|i| is_native_work(i)).count();
    let helpers = code
        .iter()
        .zip(code.iter().skip(1).map(Some).chain(std::iter::once(None)))
        .filter(|(i, next)| goes_through_helper(i) && !matches!(next, Some(RInstr::GetIter { .. })))
        .count();
    (native, helpers)
}

/// Work native code does inline: arithmetic, comparisons and iteration.
fn is_native_work(i: &RInstr) -> bool {
    matches!(
        i,
        RInstr::BinaryOp { .. }
            | RInstr::UnaryOp { .. }
            | RInstr::Compare { .. }
            | RInstr::CompareJump { .. }
            | RInstr::ForIter { .. }
            | RInstr::GetItem { .. }
            | RInstr::SetItem { .. }
    )
}

/// Attribute accesses and calls, which native code makes through runtime helpers.
fn goes_through_helper(i: &RInstr) -> bool {
    matches!(
        i,
        RInstr::LoadAttr { .. }
            | RInstr::StoreAttr { .. }
            | RInstr::LoadMethod { .. }
            | RInstr::Call { .. }
            | RInstr::CallMethod { .. }
            | RInstr::CallKw { .. }
    )
}

/// Register code native code runs without runtime helpers on the common path.
fn is_local_arithmetic(i: &RInstr) -> bool {
    matches!(
        i,
        RInstr::Nop
            | RInstr::Move { .. }
            | RInstr::LoadConst { .. }
            | RInstr::BinaryOp { .. }
            | RInstr::UnaryOp { .. }
            | RInstr::Compare { .. }
            | RInstr::CompareJump { .. }
            | RInstr::Jump { .. }
            | RInstr::JumpIfFalse { .. }
            | RInstr::JumpIfTrue { .. }
            | RInstr::Return { .. }
    )
}

impl TierUp for Jit {
    fn compile(&mut self, vm: &Vm, unit: &Rc<CodeUnit>) {
        let name = unit.code.qualname.clone();
        if vm.options.jit == ferropy_vm::JitMode::Auto {
            if let Some(why) = interpreter_is_faster(unit) {
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
                let _ = self.compile_unit(unit);
            }
            eprintln!("{}", cranelift_codegen::timing::take_current());
        }
        let start = Instant::now();
        let cpu_start = thread_cpu_seconds();
        match self.compile_unit(unit) {
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
    lower::lower(
        &mut ctx.func,
        &mut fctx,
        unit,
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
