//! Warming Cranelift up on a background thread when the JIT is created.
//!
//! The first function a process compiles pays for Cranelift's first use: its code pages are
//! mapped in and its allocations grow the heap, page fault by page fault (measured: about 110
//! faults, 1 to 6 ms on these virtual machines, against 0.5 ms for the same function compiled
//! again). A thread compiles a small function of the same shape as lowered register code
//! (loads, guards, calls, float and overflow-checked int arithmetic, a jump table) while the
//! interpreter starts the program, so the pages are in place when the first hot function is
//! compiled. The thread shares nothing with the interpreter: its own ISA, context and IR.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self, types, AbiParam, InstBuilder, MemFlagsData, Signature};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once the warm-up thread has finished (or could not start).
static READY: AtomicBool = AtomicBool::new(false);

/// Whether Cranelift is warm. Until then `--jit=auto` with the default threshold puts compiles
/// off (the interpreter runs the code a little longer) rather than pay the first use's page
/// faults on the main thread (measured: nbody's `advance` compiled in 11 to 17 ms cold, 1.4 ms
/// warm) while the warm-up thread pays them as well.
pub fn ready() -> bool {
    READY.load(Ordering::Acquire)
}

/// Starts the warm-up thread (nothing happens if it cannot be started).
pub fn start() {
    let started = std::thread::Builder::new()
        .name("jit-warm-up".into())
        .spawn(|| {
            if let Ok(isa) = crate::host_isa() {
                let mut ctx = Context::new();
                let mut fctx = FunctionBuilderContext::new();
                for _ in 0..2 {
                    build(&mut ctx.func, &mut fctx, &*isa);
                    let mut ctrl = cranelift_codegen::control::ControlPlane::default();
                    let _ = ctx.compile(&*isa, &mut ctrl);
                    ctx.clear();
                }
            }
            READY.store(true, Ordering::Release);
        });
    if started.is_err() {
        READY.store(true, Ordering::Release);
    }
}

/// A small function with the instructions lowered register code uses most.
fn build(
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
    isa: &dyn cranelift_codegen::isa::TargetIsa,
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
    let tag = b.ins().load(types::I64, flags, p[2], 0);
    let ok = b.ins().icmp_imm_s(IntCC::Equal, tag, 4);
    let go = b.create_block();
    b.ins().brif(ok, go, &[], fail, &[]);
    b.switch_to_block(go);
    let x = b.ins().load(types::F64, flags, p[2], 8);
    let y = b.ins().load(types::F64, flags, p[2], 24);
    let s = b.ins().fmul(x, y);
    let s = b.ins().fadd(s, x);
    let nonzero = b.ins().fcmp(FloatCC::NotEqual, y, s);
    let d = b.ins().fdiv(x, s);
    let d = b.ins().select(nonzero, d, s);
    b.ins().store(flags, d, p[2], 40);
    let i = b.ins().load(types::I64, flags, p[2], 56);
    let (sum, overflow) = b.ins().sadd_overflow(i, tag);
    let go = b.create_block();
    b.ins().brif(overflow, fail, &[], go, &[]);
    b.switch_to_block(go);
    b.ins().store(flags, sum, p[2], 72);
    let f = b.ins().iconst(types::I64, 0x1000);
    let call = b.ins().call_indirect(helper, f, &[p[0], p[1], sum, tag]);
    let r = b.inst_results(call)[0];
    b.ins().brif(r, out, &[], body, &[]);
    b.switch_to_block(fail);
    let code = b.ins().iconst(types::I64, 3);
    b.ins().return_(&[code]);
    b.switch_to_block(out);
    b.ins().return_(&[p[3]]);
    b.seal_all_blocks();
    b.finalize(isa.frontend_config());
}
