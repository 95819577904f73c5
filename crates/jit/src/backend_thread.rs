//! Cranelift's back end (register allocation, machine code) on a thread of its own.
//!
//! The first function a thread compiles pays for Cranelift's first use: its code pages are
//! mapped in and its allocations grow that thread's heap (mimalloc's heaps are per thread),
//! page fault by page fault (about 2.8 us each here; nbody's `advance` took ~260 on the
//! interpreter's thread), and its code and data are cold in the core's caches. So one thread,
//! started with the JIT, first compiles sample functions of the same shape as lowered
//! register code (loads, guards, calls, float and overflow-checked int arithmetic, a jump
//! table) while the interpreter starts the program, and then compiles every function the JIT
//! lowers: the interpreter's thread builds the IR (which reads the VM's objects), hands the
//! `Context` over and waits. That thread's heap has grown already and its core's caches hold
//! Cranelift rather than the interpreter (measured over the 13 benchmarks, 3 runs: median
//! compile time per code object 1.29 ms -> 0.92 ms). The thread shares nothing with the
//! interpreter but the IR it is handed: it has its own ISA.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self, types, AbiParam, InstBuilder, MemFlagsData, Signature};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};

/// Set once the thread has warmed up (or could not start).
static READY: AtomicBool = AtomicBool::new(false);

/// Whether Cranelift is warm. Until then `--jit=auto` with the default threshold puts compiles
/// off (the interpreter runs the code a little longer) rather than wait for the warm-up.
pub fn ready() -> bool {
    READY.load(Ordering::Acquire)
}

/// A compile done by the back end: the context (with its machine code on success), and the
/// compiling thread's wall and CPU time for it.
pub struct Done {
    pub ctx: Box<Context>,
    pub result: Result<(), String>,
    pub wall_seconds: f64,
    pub cpu_seconds: f64,
}

impl Done {
    /// A compile that could not be done.
    pub fn failed(why: &str) -> Done {
        Done {
            ctx: Box::new(Context::new()),
            result: Err(why.into()),
            wall_seconds: 0.0,
            cpu_seconds: 0.0,
        }
    }
}

/// The interpreter's end of the back-end thread.
pub struct BackendThread {
    to_thread: Sender<Box<Context>>,
    from_thread: Receiver<Done>,
}

impl BackendThread {
    /// Starts the thread; `None` if it cannot be started, and then the caller compiles on
    /// its own thread.
    pub fn start() -> Option<BackendThread> {
        let (to_thread, requests) = channel::<Box<Context>>();
        let (replies, from_thread) = channel::<Done>();
        let started = std::thread::Builder::new()
            .name("jit-backend".into())
            .spawn(move || serve(requests, replies));
        if started.is_err() {
            READY.store(true, Ordering::Release);
            return None;
        }
        Some(BackendThread {
            to_thread,
            from_thread,
        })
    }

    /// Compiles `ctx.func` on the thread and waits for it; `None` if the thread is gone (and
    /// the context with it).
    pub fn compile(&self, ctx: Box<Context>) -> Option<Done> {
        self.to_thread.send(ctx).ok()?;
        self.from_thread.recv().ok()
    }
}

/// The thread's body: warm up, then compile what arrives until the JIT is dropped.
fn serve(requests: Receiver<Box<Context>>, replies: Sender<Done>) {
    let Ok(isa) = crate::host_isa() else {
        READY.store(true, Ordering::Release);
        return;
    };
    warm_up(&*isa);
    READY.store(true, Ordering::Release);
    for mut ctx in requests {
        let (start, cpu_start) = (std::time::Instant::now(), crate::thread_cpu_seconds());
        let mut ctrl = cranelift_codegen::control::ControlPlane::default();
        let result = ctx
            .compile(&*isa, &mut ctrl)
            .map(|_| ())
            .map_err(|e| format!("{:?}", e.inner));
        let done = Done {
            ctx,
            result,
            wall_seconds: start.elapsed().as_secs_f64(),
            cpu_seconds: crate::thread_cpu_seconds() - cpu_start,
        };
        if replies.send(done).is_err() {
            return;
        }
    }
}

/// Compiles sample functions, small then about the size of a large hot function (about 800
/// IR instructions), so the code pages are in and the heap has grown.
fn warm_up(isa: &dyn cranelift_codegen::isa::TargetIsa) {
    let mut ctx = Context::new();
    let mut fctx = FunctionBuilderContext::new();
    for copies in [1, 1, 40] {
        build(&mut ctx.func, &mut fctx, isa, copies);
        let mut ctrl = cranelift_codegen::control::ControlPlane::default();
        let _ = ctx.compile(isa, &mut ctrl);
        ctx.clear();
    }
}

/// A function with the instructions lowered register code uses most: `copies` stretches of
/// a guarded float and int step and a call, one after another in a loop.
fn build(
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
    isa: &dyn cranelift_codegen::isa::TargetIsa,
    copies: i32,
) {
    let mut sig = Signature::new(isa.default_call_conv());
    sig.params.extend([AbiParam::new(types::I64); 4]);
    sig.returns.push(AbiParam::new(types::I64));
    *func = ir::Function::with_name_signature(ir::UserFuncName::user(0, 0), sig.clone());
    let mut b = FunctionBuilder::new(func, fctx);
    let helper = b.import_signature(sig);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let p = b.block_params(entry).to_vec();
    let (body, out, fail) = (b.create_block(), b.create_block(), b.create_block());
    let targets = [b.func.dfg.block_call(body, &[])];
    let default = b.func.dfg.block_call(out, &[]);
    let jt = b.create_jump_table(ir::JumpTableData::new(default, &targets));
    let index = b.ins().ireduce(types::I32, p[3]);
    b.ins().br_table(index, jt);
    b.switch_to_block(body);
    let flags = MemFlagsData::trusted();
    let mut r = p[3];
    for k in 0..copies {
        let at = k * 80;
        let tag = b.ins().load(types::I64, flags, p[2], at);
        let ok = b.ins().icmp_imm_s(IntCC::Equal, tag, 4);
        let go = b.create_block();
        b.ins().brif(ok, go, &[], fail, &[]);
        b.switch_to_block(go);
        let x = b.ins().load(types::F64, flags, p[2], at + 8);
        let y = b.ins().load(types::F64, flags, p[2], at + 24);
        let s = b.ins().fmul(x, y);
        let s = b.ins().fadd(s, x);
        let nonzero = b.ins().fcmp(FloatCC::NotEqual, y, s);
        let d = b.ins().fdiv(x, s);
        let d = b.ins().select(nonzero, d, s);
        b.ins().store(flags, d, p[2], at + 40);
        let i = b.ins().load(types::I64, flags, p[2], at + 56);
        let (sum, overflow) = b.ins().sadd_overflow(i, tag);
        let go = b.create_block();
        b.ins().brif(overflow, fail, &[], go, &[]);
        b.switch_to_block(go);
        b.ins().store(flags, sum, p[2], at + 72);
        let f = b.ins().iconst(types::I64, 0x1000);
        let call = b.ins().call_indirect(helper, f, &[p[0], p[1], sum, r]);
        r = b.inst_results(call)[0];
    }
    b.ins().brif(r, out, &[], body, &[]);
    b.switch_to_block(fail);
    let code = b.ins().iconst(types::I64, 3);
    b.ins().return_(&[code]);
    b.switch_to_block(out);
    b.ins().return_(&[p[3]]);
    b.seal_all_blocks();
    b.finalize(isa.frontend_config());
}
