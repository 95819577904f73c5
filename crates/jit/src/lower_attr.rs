//! `LoadAttr`, `StoreAttr` and `LoadMethod` on an instance in native code, specialized on the interpreter's
//! attribute cache (`jit_attrs`): guards on the instance's class, the type epoch, the key
//! table of its split attributes and the value's index, then the value is copied with its
//! reference count raised in place. A failed guard takes `helper_load_attr` (the cache, then
//! the full lookup), so results never change.

use crate::lower::{Lowerer, I64, SLOT};
use crate::lower_ops::LastRef;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, InstBuilder, MemFlagsData};
use ferropy_vm::jit_attrs::{
    attr_loads, builtin_method_loads, instance_layout, method_loads, AttrLoad, InstanceLayout,
    Shape,
};
use ferropy_vm::jit_support::{self as rt, PAYLOAD_OFFSET, TAG_INSTANCE};
use ferropy_vm::regcode::Reg;

/// What an attribute site's guards read of an instance (see `Lowerer::view_instance`).
struct InstanceView {
    class: ir::Value,
    /// The current type epoch.
    epoch: ir::Value,
    /// Whether the attributes are not borrowed (not at all, for a write; not mutably, to
    /// read).
    free: ir::Value,
    keys: ir::Value,
    /// The values' count and address.
    len: ir::Value,
    items: ir::Value,
}

impl Lowerer<'_> {
    /// `LoadAttr { dst, obj, name }` at `pc`: one guarded path per class the cache saw.
    pub(crate) fn lower_load_attr(&mut self, pc: usize, dst: Reg, obj: Reg, name: u32) {
        let helper = rt::helper_load_attr as *const () as usize;
        let loads = attr_loads(self.unit, name);
        let Some(layout) = instance_layout().filter(|_| !loads.is_empty()) else {
            return self.dedicated(helper, &[dst, obj, name as Reg], Some(dst), pc);
        };
        let mem = MemFlagsData::trusted();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let slot = self.attr_slot(obj, &layout, &loads, false, slow);
        let (vt, vp) = self.owned_words(slot, 0, mem);
        // The old value goes after the copy is owned: `x = x.next` releases the instance the
        // value came from.
        self.release_shared(dst);
        self.set_words(dst, vt, vp);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        self.dedicated_to(helper, &[dst, obj, name as Reg], Some(dst), pc, done);
        self.forget(dst);
    }

    /// `StoreAttr { obj, name, src }` at `pc`: the value replaces the one at the cached index,
    /// one guarded path per class the cache saw (a new attribute, appended, is the helper's),
    /// and the old one is released after.
    pub(crate) fn lower_store_attr(&mut self, pc: usize, obj: Reg, name: u32, src: Reg) {
        let helper = rt::helper_store_attr as *const () as usize;
        let stores = attr_loads(self.unit, name);
        let Some(layout) = instance_layout().filter(|_| !stores.is_empty()) else {
            return self.dedicated(helper, &[obj, name as Reg, src], None, pc);
        };
        let mem = MemFlagsData::trusted();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let slot = self.attr_slot(obj, &layout, &stores, true, slow);
        let (st, sp) = self.owned_words(self.regs, src as i32 * SLOT, mem);
        let ot = self.b.ins().load(I64, mem, slot, 0);
        let op = self.b.ins().load(I64, mem, slot, 8);
        self.b.ins().store(mem, st, slot, 0);
        self.b.ins().store(mem, sp, slot, 8);
        // The old value is released once the instance holds the new one: its destructor may
        // run Python code, which must see the store done.
        self.release_words(ot, op, LastRef::Drop, done);
        self.b.switch_to_block(slow);
        self.dedicated_to(helper, &[obj, name as Reg, src], None, pc, done);
    }

    /// The address of the cached attribute's value in the instance in register `obj`, behind
    /// guards (see `view_instance`, `shape_is`) for one of `ways`, that branch to `slow`.
    fn attr_slot(
        &mut self,
        obj: Reg,
        layout: &InstanceLayout,
        ways: &[AttrLoad],
        write: bool,
        slow: ir::Block,
    ) -> ir::Value {
        let view = self.view_instance(obj, layout, &ways[0].shape, write, slow);
        let found = self.b.create_block();
        let slot = self.b.append_block_param(found, I64);
        for (k, a) in ways.iter().enumerate() {
            self.keep.push(a.shape.class.clone());
            let ok = self.shape_is(&view, &a.shape);
            let in_range = self
                .b
                .ins()
                .icmp_imm_s(IntCC::UnsignedGreaterThan, view.len, a.index);
            let ok = self.b.ins().band(ok, in_range);
            let at = self.b.ins().iadd_imm_s(view.items, a.index * 16);
            let last = k + 1 == ways.len();
            self.way(ok, found, &[ir::BlockArg::Value(at)], last, slow);
        }
        self.b.switch_to_block(found);
        slot
    }

    /// What every guarded path of an attribute site reads of the instance in register `obj`
    /// (else a branch to `slow`), once for all of them: see `InstanceView`. `shape` is any of
    /// the site's shapes (they share the type epoch's address).
    fn view_instance(
        &mut self,
        obj: Reg,
        layout: &InstanceLayout,
        shape: &Shape,
        write: bool,
        slow: ir::Block,
    ) -> InstanceView {
        let mem = MemFlagsData::trusted();
        let p = self.payload_if(obj, TAG_INSTANCE, slow);
        let class = self.b.ins().load(I64, mem, p, layout.class);
        let epoch_at = self.b.ins().iconst(I64, shape.epoch_at as i64);
        let epoch = self.b.ins().load(I64, mem, epoch_at, 0);
        let flag = self.b.ins().load(I64, mem, p, layout.attrs_flag);
        let free = if write {
            self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0)
        } else {
            self.b
                .ins()
                .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, flag, 0)
        };
        let keys = self.b.ins().load(I64, mem, p, layout.keys);
        let cap = self.b.ins().load(I64, mem, p, layout.cap);
        let spilled =
            self.b
                .ins()
                .icmp_imm_s(IntCC::UnsignedGreaterThan, cap, layout.inline_capacity);
        let block_ptr = self.b.ins().load(I64, mem, p, layout.data);
        let block_len = self.b.ins().load(I64, mem, p, layout.data + 8);
        let inline_items = self.b.ins().iadd_imm_s(p, i64::from(layout.data));
        let len = self.b.ins().select(spilled, block_len, cap);
        let items = self.b.ins().select(spilled, block_ptr, inline_items);
        InstanceView {
            class,
            epoch,
            free,
            keys,
            len,
            items,
        }
    }

    /// Whether the viewed instance has `shape`: of its class, with its attributes split in its
    /// key table, the type epoch unchanged, and the attributes not borrowed.
    fn shape_is(&mut self, view: &InstanceView, shape: &Shape) -> ir::Value {
        let class = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, view.class, shape.class_word as i64);
        let keys = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, view.keys, shape.keys_word as i64);
        let epoch = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, view.epoch, shape.epoch as i64);
        let ok = self.b.ins().band(class, keys);
        let ok = self.b.ins().band(ok, epoch);
        self.b.ins().band(ok, view.free)
    }

    /// `LoadMethod { slot, obj, name }` at `pc` for a plain method the instance cannot shadow:
    /// the function into `slot` and the receiver into `slot + 1`, as `helper_load_method`; one
    /// guarded path per class the cache saw.
    pub(crate) fn lower_load_method(&mut self, pc: usize, slot: Reg, obj: Reg, name: u32) {
        let helper = rt::helper_load_method as *const () as usize;
        let methods = method_loads(self.unit, name);
        let builtins = builtin_method_loads(self.unit, name);
        let layout = instance_layout().filter(|_| !methods.is_empty());
        if layout.is_none() && builtins.is_empty() {
            self.dedicated(helper, &[slot, obj, name as Reg], Some(slot), pc);
            return self.forget(slot + 1);
        }
        let mem = MemFlagsData::trusted();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let found = self.b.create_block();
        let ft = self.b.append_block_param(found, I64);
        let fp = self.b.append_block_param(found, I64);
        // A builtin type's method (`lst.append`): the receiver's tag says its type.
        let receiver_tag = self.tag(obj);
        for (k, m) in builtins.iter().enumerate() {
            self.keep.push(m.method.clone());
            let ok = self.tag_is(receiver_tag, m.tag);
            let last = k + 1 == builtins.len() && layout.is_none();
            self.method_way(ok, found, m.func, last, slow);
        }
        let view = layout.map(|l| self.view_instance(obj, &l, &methods[0].shape, false, slow));
        for (k, m) in methods.iter().enumerate() {
            let Some(view) = &view else { break };
            self.keep.push(m.shape.class.clone());
            let ok = self.shape_is(view, &m.shape);
            let unshadowed =
                self.b
                    .ins()
                    .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, view.len, m.max_len);
            let ok = self.b.ins().band(ok, unshadowed);
            self.method_way(ok, found, m.func, k + 1 == methods.len(), slow);
        }
        self.b.switch_to_block(found);
        // Both new values are owned (counts raised) before the old ones are released: `obj`
        // may be one of the two registers.
        let (rt_, rp) = self.owned_words(self.regs, obj as i32 * SLOT, mem);
        let count = self.b.ins().load(I64, mem, fp, 0);
        let count = self.b.ins().iadd_imm_s(count, 1);
        self.b.ins().store(mem, count, fp, 0);
        self.release_shared(slot);
        self.release_shared(slot + 1);
        self.set_words(slot, ft, fp);
        self.set_words(slot + 1, rt_, rp);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        self.dedicated_to(helper, &[slot, obj, name as Reg], Some(slot), pc, done);
        self.forget(slot);
        self.forget(slot + 1);
    }

    /// One guarded path of a site: on to `found` with `args` when `ok` holds; else on in a new
    /// block (the next path's), or to `slow` after the `last` one.
    fn way(
        &mut self,
        ok: ir::Value,
        found: ir::Block,
        args: &[ir::BlockArg],
        last: bool,
        slow: ir::Block,
    ) {
        let next = if last { slow } else { self.b.create_block() };
        self.b.ins().brif(ok, found, args, next, &[]);
        if !last {
            self.b.switch_to_block(next);
        }
    }

    /// `way` for a method load: `found` takes the method's two words.
    fn method_way(
        &mut self,
        ok: ir::Value,
        found: ir::Block,
        func: [u64; 2],
        last: bool,
        slow: ir::Block,
    ) {
        let t = self.b.ins().iconst(I64, func[0] as i64);
        let p = self.b.ins().iconst(I64, func[1] as i64);
        let args = [ir::BlockArg::Value(t), ir::BlockArg::Value(p)];
        self.way(ok, found, &args, last, slow);
    }

    /// The payload word of register `reg` when its tag is `tag` (a counted value's: the address
    /// of its object); else a branch to `slow`.
    pub(crate) fn payload_if(&mut self, reg: Reg, tag: u8, slow: ir::Block) -> ir::Value {
        let t = self.tag(reg);
        let is = self.tag_is(t, tag);
        let check = self.b.create_block();
        self.b.ins().brif(is, check, &[], slow, &[]);
        self.b.switch_to_block(check);
        self.b.ins().load(
            I64,
            MemFlagsData::trusted(),
            self.regs,
            reg as i32 * SLOT + PAYLOAD_OFFSET,
        )
    }

    /// The two words of the value at `base + offset` (a register when `base` is the slab),
    /// with its reference count raised: a copy native code owns.
    pub(crate) fn owned_words(
        &mut self,
        base: ir::Value,
        offset: i32,
        mem: MemFlagsData,
    ) -> (ir::Value, ir::Value) {
        let tag = self.b.ins().load(I64, mem, base, offset);
        let payload = self.b.ins().load(I64, mem, base, offset + PAYLOAD_OFFSET);
        self.raise_count(tag, payload);
        (tag, payload)
    }

    /// Writes a value's two words into register `reg` (whose old value is already released).
    pub(crate) fn set_words(&mut self, reg: Reg, tag: ir::Value, payload: ir::Value) {
        let mem = MemFlagsData::trusted();
        let off = reg as i32 * SLOT;
        self.b.ins().store(mem, tag, self.regs, off);
        self.b
            .ins()
            .store(mem, payload, self.regs, off + PAYLOAD_OFFSET);
    }

    /// Raises the reference count of the value with tag word `tag` and payload `payload` when
    /// it is a counted one (every counted value's payload is its count's address); an inline
    /// value counts up a scratch word instead, so there is no branch.
    pub(crate) fn raise_count(&mut self, tag: ir::Value, payload: ir::Value) {
        let counted = self.is_counted(tag);
        let scratch = self.b.ins().iconst(I64, rt::scratch_count() as i64);
        let at = self.b.ins().select(counted, payload, scratch);
        let mem = MemFlagsData::trusted();
        let count = self.b.ins().load(I64, mem, at, 0);
        let count = self.b.ins().iadd_imm_s(count, 1);
        self.b.ins().store(mem, count, at, 0);
    }
}
