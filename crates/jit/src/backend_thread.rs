//! Cranelift's back end, in two tiers, one of them on a thread of its own.
//!
//! Register allocation took three fifths of the back end's time (regalloc2's backtracking
//! allocator; nbody's `advance`, 1100 IR instructions, 0.65 of 1.1 ms warm). So the
//! interpreter waits only for a quick compile (`Tier::Quick`: regalloc2's single-pass
//! allocator, about half the back-end time; its code keeps values in stack slots across
//! blocks, 17% slower over the benchmarks and up to 1.85x on richards), done on its own
//! thread. A copy of the same IR goes to this module's thread, which compiles it with the
//! backtracking allocator (`Tier::Full`) while the program runs on in the quick code; the
//! interpreter's thread installs the result at its next check (`take_finished`), asked for
//! through the VM's `signals::request_check`.
//!
//! The quick compile stays on the interpreter's thread: handing it over and waiting for the
//! reply cost more than the compile itself (the threads' wake-ups, and a background compile
//! under way going first), measured over the 13 benchmarks, 3 runs: median wait per code
//! object 1.27 ms handed over, 0.79 ms on the interpreter's thread.
//!
//! The first function a thread compiles pays for Cranelift's first use: its code pages are
//! mapped in and its allocations grow that thread's heap (mimalloc's heaps are per thread),
//! page fault by page fault, and its code and data are cold in the core's caches. So the
//! thread, started with the JIT, first compiles sample functions of the same shape as
//! lowered register code (loads, guards, calls, float and overflow-checked int arithmetic, a
//! jump table) while the interpreter starts the program, and hands the context it used to
//! the interpreter's thread for its first compile. The thread shares nothing with the
//! interpreter but the IR it is handed: it has its own ISA.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self, types, AbiParam, InstBuilder, MemFlagsData, Signature};
use cranelift_codegen::isa::{OwnedTargetIsa, TargetIsa};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender, TryRecvError};

/// Set once the thread has warmed up (or could not start).
static READY: AtomicBool = AtomicBool::new(false);

/// Whether Cranelift is warm. Until then `--jit=auto` with the default threshold puts compiles
/// off (the interpreter runs the code a little longer) rather than wait for the warm-up.
pub fn ready() -> bool {
    READY.load(Ordering::Acquire)
}

/// How much work the back end puts into a compile.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tier {
    /// Single-pass register allocation: what the interpreter waits for.
    Quick,
    /// Backtracking register allocation: better code, about twice the time.
    Full,
}

/// A compile done by the back end: the context (with its machine code on success), and the
/// compiling thread's CPU time for it.
pub struct Done {
    pub ctx: Box<Context>,
    pub result: Result<(), String>,
    pub cpu_seconds: f64,
}

impl Done {
    /// A compile that could not be done.
    pub fn failed(why: &str) -> Done {
        Done {
            ctx: Box::new(Context::new()),
            result: Err(why.into()),
            cpu_seconds: 0.0,
        }
    }
}

/// What the interpreter's thread asks for: a compile it waits for, or one to do in the
/// background and report under a token.
enum Request {
    Now(Box<Context>),
    Later(Box<Context>, u64),
}

/// The interpreter's end of the back-end thread.
pub struct BackendThread {
    to_thread: Sender<Request>,
    from_thread: Receiver<Done>,
    /// Background compiles done, by token.
    finished: Receiver<(u64, Done)>,
    /// The context the warm-up compiled in, once it is done: its register allocator's
    /// buffers have grown already, so the first real compile does not grow them again.
    warm_context: Receiver<Box<Context>>,
}

impl BackendThread {
    /// Starts the thread; `None` if it cannot be started, and then the caller compiles on
    /// its own thread.
    pub fn start() -> Option<BackendThread> {
        let (to_thread, requests) = channel::<Request>();
        let (replies, from_thread) = channel::<Done>();
        let (finish, finished) = channel::<(u64, Done)>();
        let (warmed, warm_context) = channel::<Box<Context>>();
        let ends = Ends {
            requests,
            replies,
            finish,
            warmed,
        };
        let started = std::thread::Builder::new()
            .name("jit-backend".into())
            .spawn(move || serve(ends));
        if started.is_err() {
            READY.store(true, Ordering::Release);
            return None;
        }
        Some(BackendThread {
            to_thread,
            from_thread,
            finished,
            warm_context,
        })
    }

    /// Compiles `ctx.func` at `Tier::Full` on the thread and waits for it; `None` if the
    /// thread is gone (and the context with it).
    pub fn compile(&self, ctx: Box<Context>) -> Option<Done> {
        self.to_thread.send(Request::Now(ctx)).ok()?;
        self.from_thread.recv().ok()
    }

    /// Queues `ctx` for a `Tier::Full` compile in the background, reported under `token`
    /// (see `take_finished`).
    pub fn compile_later(&self, ctx: Box<Context>, token: u64) {
        let _ = self.to_thread.send(Request::Later(ctx, token));
    }

    /// A background compile that has finished, if any.
    pub fn take_finished(&self) -> Option<(u64, Done)> {
        self.finished.try_recv().ok()
    }

    /// The warm-up's context, once (if the warm-up is over).
    pub fn take_warm_context(&self) -> Option<Box<Context>> {
        self.warm_context.try_recv().ok()
    }
}

/// The thread's ends of its channels.
struct Ends {
    requests: Receiver<Request>,
    replies: Sender<Done>,
    finish: Sender<(u64, Done)>,
    warmed: Sender<Box<Context>>,
}

/// The host ISA with the register allocator of `tier`.
pub(crate) fn isa_for(tier: Tier) -> Result<OwnedTargetIsa, String> {
    let algorithm = match tier {
        Tier::Quick => "single_pass",
        Tier::Full => "backtracking",
    };
    crate::host_isa(algorithm)
}

/// Compiles `ctx` with `isa`, timing it on this thread.
pub(crate) fn compile_one(isa: &dyn TargetIsa, mut ctx: Box<Context>) -> Done {
    let cpu_start = crate::thread_cpu_seconds();
    let mut ctrl = cranelift_codegen::control::ControlPlane::default();
    let result = ctx
        .compile(isa, &mut ctrl)
        .map(|_| ())
        .map_err(|e| format!("{:?}", e.inner));
    Done {
        ctx,
        result,
        cpu_seconds: crate::thread_cpu_seconds() - cpu_start,
    }
}

/// The thread's body: warm up, then compile what arrives until the JIT is dropped; a compile
/// the interpreter waits for goes before the background ones queued.
fn serve(ends: Ends) {
    let Ok(full) = isa_for(Tier::Full) else {
        READY.store(true, Ordering::Release);
        return;
    };
    let _ = ends.warmed.send(warm_up(&*full));
    READY.store(true, Ordering::Release);
    let mut background: VecDeque<(u64, Box<Context>)> = VecDeque::new();
    loop {
        let request = if background.is_empty() {
            match ends.requests.recv() {
                Ok(request) => Some(request),
                Err(_) => return,
            }
        } else {
            match ends.requests.try_recv() {
                Ok(request) => Some(request),
                Err(TryRecvError::Empty) => None,
                Err(TryRecvError::Disconnected) => return,
            }
        };
        match request {
            Some(Request::Later(ctx, token)) => background.push_back((token, ctx)),
            Some(Request::Now(ctx)) => {
                if ends.replies.send(compile_one(&*full, ctx)).is_err() {
                    return;
                }
            }
            None => {
                let Some((token, ctx)) = background.pop_front() else {
                    continue;
                };
                if ends.finish.send((token, compile_one(&*full, ctx))).is_err() {
                    return;
                }
                ferropy_vm::signals::request_check();
            }
        }
    }
}

/// Compiles sample functions, small then about the size of a large hot function (about 800
/// IR instructions), so the code pages are in and the heap has grown; returns the context
/// they were compiled in. Kept short (two samples, at `Tier::Full` only): `-c pass` ends while
/// it runs.
fn warm_up(isa: &dyn TargetIsa) -> Box<Context> {
    let mut ctx = Box::new(Context::new());
    let mut fctx = FunctionBuilderContext::new();
    for copies in [1, 40] {
        build(&mut ctx.func, &mut fctx, isa, copies);
        let mut ctrl = cranelift_codegen::control::ControlPlane::default();
        let _ = ctx.compile(isa, &mut ctrl);
        ctx.clear();
    }
    ctx
}

/// A function with the instructions lowered register code uses most: `copies` stretches of
/// a guarded float and int step and a call, one after another in a loop.
fn build(
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
    isa: &dyn TargetIsa,
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
