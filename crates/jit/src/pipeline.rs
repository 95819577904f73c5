//! A unit's way through the JIT: lowered to IR on the interpreter's thread (`lower_unit`),
//! compiled by Cranelift's back end (`compile_now`: quickly on this thread, see
//! `backend_thread::Tier`), installed as native code (`install`); later compiled again in
//! full on the back-end thread and installed in place of the quick code (`install_finished`).
//!
//! The interpreter waits for the quick compile. Going on interpreting the unit meanwhile and
//! installing its first code later was tried (session 8, one tier): no faster on the
//! benchmarks (wall time within 1% of waiting), and each compile took more CPU time.

use crate::backend_thread::{Done, Tier};
use crate::{lower, sanitize, thread_cpu_seconds, Compiled, Jit};
use cranelift_codegen::{ir, Context};
use cranelift_module::{FuncId, Linkage, Module, ModuleReloc};
use ferropy_vm::jit_globals::GlobalGuard;
use ferropy_vm::regcode::CodeUnit;
use std::io::Write;
use std::rc::Rc;
use std::time::Instant;

/// A unit running quick code (`Tier::Quick`) while its `Tier::Full` compile is under way.
pub(crate) struct AwaitingFull {
    unit: Rc<CodeUnit>,
    /// The quick code's address: the full code replaces it only if it is still installed.
    quick_addr: usize,
}

/// A unit lowered to IR and not installed yet.
pub(crate) struct Lowered {
    unit: Rc<CodeUnit>,
    id: FuncId,
    dump: bool,
    /// When lowering began: the interpreter waits from then until the code is installed.
    started: Option<Instant>,
    /// Time spent on the interpreter's thread so far (lowering): wall and CPU seconds.
    wall: f64,
    cpu: f64,
    insts: usize,
    blocks: usize,
}

impl Jit {
    /// Lowers `unit` into a context of its own.
    pub(crate) fn lower_unit(
        &mut self,
        unit: &Rc<CodeUnit>,
        globals: Vec<Option<GlobalGuard>>,
    ) -> Result<(Lowered, Box<Context>), String> {
        let (start, cpu_start) = (Instant::now(), thread_cpu_seconds());
        let module = self.module.as_mut().ok_or("no JIT module for this host")?;
        let call_conv = module.isa().default_call_conv();
        let config = module.isa().frontend_config();
        let sig = lower::entry_signature(call_conv);
        self.serial += 1;
        let name = format!("py{}_{}", self.serial, sanitize(&unit.code.qualname));
        let id = module
            .declare_function(&name, Linkage::Local, &sig)
            .map_err(|e| e.to_string())?;
        let mut ctx = self
            .spare
            .pop()
            .or_else(|| self.backend.as_ref()?.take_warm_context())
            .unwrap_or_else(|| Box::new(Context::new()));
        // Cleared rather than replaced, so the function's tables keep the room they grew.
        ctx.func.clear();
        ctx.func.name = ir::UserFuncName::user(0, id.as_u32());
        ctx.func.signature = sig;
        let keep = lower::lower(
            &mut ctx.func,
            &mut self.fctx,
            unit,
            globals,
            call_conv,
            config,
        );
        self.keep.extend(keep);
        let dump = self
            .dump_clif
            .as_deref()
            .is_some_and(|n| n == unit.code.qualname || n == "*");
        if dump {
            eprintln!(
                "; Cranelift IR of {} before optimization\n{}",
                unit.code.qualname,
                ctx.func.display()
            );
        }
        ctx.set_disasm(dump);
        let lowered = Lowered {
            unit: unit.clone(),
            id,
            dump,
            started: Some(start),
            wall: start.elapsed().as_secs_f64(),
            cpu: thread_cpu_seconds() - cpu_start,
            insts: ctx.func.dfg.num_insts(),
            blocks: ctx.func.dfg.num_blocks(),
        };
        Ok((lowered, ctx))
    }

    /// Runs the back end on `ctx` at `tier` and waits for it: a quick compile on this thread,
    /// a full one on the back-end thread when there is one.
    pub(crate) fn compile_now(&mut self, ctx: Box<Context>, tier: Tier) -> Done {
        if let (Tier::Quick, Some(quick)) = (tier, &self.quick_isa) {
            return crate::backend_thread::compile_one(&**quick, ctx);
        }
        if let Some(backend) = &self.backend {
            if let Some(done) = backend.compile(ctx) {
                return done;
            }
            // The thread is gone, and the IR with it: this unit stays interpreted, the next
            // ones compile on this thread.
            self.backend = None;
            return Done::failed("the JIT back-end thread stopped");
        }
        let Some(module) = &self.module else {
            return Done::failed("no JIT module for this host");
        };
        crate::backend_thread::compile_one(module.isa(), ctx)
    }

    /// The tier the interpreter waits for (`Tier::Full` when no thread can do that later).
    pub(crate) fn first_tier(&self) -> Tier {
        if self.tiered && self.backend.is_some() {
            Tier::Quick
        } else {
            Tier::Full
        }
    }

    /// `FERROPY_JIT_REPEAT=N` (for developers): lowers and compiles `unit` N more times without
    /// installing it, and prints the mean times (warm, unlike a process's first compiles).
    pub(crate) fn repeat_compiles(&mut self, vm: &ferropy_vm::Vm, unit: &Rc<CodeUnit>, n: u32) {
        let (mut lower, mut backend) = (0.0, 0.0);
        for _ in 0..n {
            let Ok((lowered, ctx)) = self.lower_unit(unit, vm.global_guards(unit)) else {
                return;
            };
            let done = self.compile_now(ctx, self.first_tier());
            lower += lowered.cpu;
            backend += done.cpu_seconds;
            self.spare.push(done.ctx);
        }
        let n = f64::from(n.max(1));
        eprintln!(
            "repeat {}: lowering {:.3} ms, back end {:.3} ms (CPU, mean)",
            unit.code.qualname,
            lower / n * 1e3,
            backend / n * 1e3
        );
    }

    /// Puts a compiled unit's code in place (or records why it has none) and frees its
    /// context for the next unit.
    /// `full_later`: a copy of the IR and its token, queued for `Tier::Full` once the quick code
    /// is in place (not earlier: the full compile would share the machine with the wait).
    pub(crate) fn install(
        &mut self,
        lowered: Lowered,
        done: Done,
        full_later: Option<(Box<Context>, u64)>,
    ) {
        let cpu_start = thread_cpu_seconds();
        let unit = lowered.unit.clone();
        let result = self.define(&lowered, done.ctx, done.result);
        if std::env::var_os("FERROPY_JIT_PHASES").is_some() {
            eprintln!(
                "phase {}: CPU lower {:.3} ms, back end {:.3} ms, install {:.3} ms",
                unit.code.qualname,
                lowered.cpu * 1e3,
                done.cpu_seconds * 1e3,
                (thread_cpu_seconds() - cpu_start) * 1e3
            );
        }
        let name = unit.code.qualname.clone();
        match result {
            Ok(addr) => {
                self.budget = self.budget.saturating_sub(unit.reg().instrs.len());
                unit.jitted.set(Some(addr));
                if let (Some(backend), Some((copy, token))) = (&self.backend, full_later) {
                    backend.compile_later(copy, token);
                    let awaiting = AwaitingFull {
                        unit: unit.clone(),
                        quick_addr: addr,
                    };
                    self.awaiting_full.insert(token, awaiting);
                }
                self.compiled.push(Compiled {
                    name,
                    // The interpreter's whole wait: lowering, the hand-over (behind a
                    // background compile under way, if any), the back end, installing.
                    seconds: lowered.started.map_or(0.0, |s| s.elapsed().as_secs_f64()),
                    cpu_seconds: lowered.cpu
                        + done.cpu_seconds
                        + (thread_cpu_seconds() - cpu_start),
                    instructions: unit.reg().instrs.len(),
                });
            }
            Err(e) => {
                unit.jit_failed.set(true);
                self.failed.push((name, e));
            }
        }
    }

    /// Installs the `Tier::Full` compiles the back end has finished, in place of the quick
    /// code they were compiled to replace (unless that was dropped meanwhile: an exit storm
    /// leads to profiling and compiling again). Frames running the quick code stay in it; the
    /// next entry, call or loop back-edge takes the new code.
    pub(crate) fn install_finished(&mut self) {
        let Some(backend) = &self.backend else {
            return;
        };
        let finished: Vec<(u64, Done)> = std::iter::from_fn(|| backend.take_finished()).collect();
        for (token, done) in finished {
            let Some(awaiting) = self.awaiting_full.remove(&token) else {
                continue;
            };
            let unit = awaiting.unit;
            if unit.jitted.get() != Some(awaiting.quick_addr) || done.result.is_err() {
                continue;
            }
            let Some(module) = self.module.as_mut() else {
                return;
            };
            self.serial += 1;
            let name = format!("py{}_{}_full", self.serial, sanitize(&unit.code.qualname));
            let sig = done.ctx.func.signature.clone();
            let Ok(id) = module.declare_function(&name, Linkage::Local, &sig) else {
                continue;
            };
            let cpu = done.cpu_seconds;
            let lowered = Lowered {
                unit: unit.clone(),
                id,
                dump: false,
                started: None,
                wall: 0.0,
                cpu: 0.0,
                insts: 0,
                blocks: 0,
            };
            if let Ok(addr) = self.define(&lowered, done.ctx, done.result) {
                unit.jitted.set(Some(addr));
                self.full_compiles.push(cpu);
            }
        }
    }

    /// Copies the machine code into the module and returns its address.
    fn define(
        &mut self,
        lowered: &Lowered,
        mut ctx: Box<Context>,
        compiled: Result<(), String>,
    ) -> Result<usize, String> {
        let qualname = &lowered.unit.code.qualname;
        let module = self.module.as_mut().ok_or("no JIT module for this host")?;
        let result = compiled.and_then(|()| {
            let code = ctx.compiled_code().ok_or("no machine code")?;
            let relocs: Vec<ModuleReloc> = code
                .buffer
                .relocs()
                .iter()
                .map(|r| ModuleReloc::from_mach_reloc(r, &ctx.func, lowered.id))
                .collect();
            let alignment = u64::from(code.buffer.alignment);
            module
                .define_function_bytes(lowered.id, alignment, code.code_buffer(), &relocs)
                .map_err(|e| format!("{e:?}"))
        });
        if lowered.dump {
            eprintln!(
                "; Cranelift IR of {qualname} after optimization\n{}",
                ctx.func.display()
            );
            if let Some(vcode) = ctx.compiled_code().and_then(|c| c.vcode.as_ref()) {
                eprintln!("; machine code of {qualname}\n{vcode}");
            }
        }
        let size = ctx.compiled_code().map_or(0, |c| c.code_buffer().len());
        module.clear_context(&mut ctx);
        if self.spare.len() < 2 {
            self.spare.push(ctx);
        }
        result?;
        module.finalize_definitions().map_err(|e| e.to_string())?;
        let addr = module.get_finalized_function(lowered.id) as usize;
        if std::env::var_os("FERROPY_JIT_PHASES").is_some() {
            eprintln!(
                "phase {qualname}: lower {:.3} ms, IR {} instructions in {} blocks, {size} bytes",
                lowered.wall * 1e3,
                lowered.insts,
                lowered.blocks
            );
        }
        if let Some(map) = &mut self.perf_map {
            // One line per function, as `perf` reads /tmp/perf-PID.map: start, size, name.
            let _ = writeln!(map, "{addr:x} {size:x} py::{qualname}");
        }
        Ok(addr)
    }
}
