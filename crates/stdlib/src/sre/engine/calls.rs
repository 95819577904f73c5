//! The opcodes that call sub-matches (branches, repeats, assertions, atomic groups): their
//! first step, and how each continues when its callee returns (`resume`).

use super::*;

impl State<'_> {
    /// The first step of an opcode that may call sub-matches (`f.pc` is at the opcode).
    pub(super) fn start_op(&mut self, f: &mut Frame, op: u32) -> R<Act> {
        let (pc, ptr, end) = (f.pc, f.ptr, self.end);
        match op {
            OP_BRANCH => {
                self.save_lastmark(f);
                if self.repeat.is_some() {
                    self.mark_push(f.lastmark);
                }
                f.alt = pc + 1;
                self.branch_try(f)
            }
            OP_REPEAT_ONE | OP_MIN_REPEAT_ONE => {
                let min = self.at(pc + 2) as usize;
                if end - ptr < min {
                    return Ok(Act::Ret(false));
                }
                self.ptr = ptr;
                let max = if op == OP_REPEAT_ONE {
                    self.at(pc + 3)
                } else {
                    min as u32
                };
                let n = self.count(pc + 4, max, ptr)?;
                if n < min {
                    return Ok(Act::Ret(false));
                }
                f.ptr = ptr + n;
                f.count = n as isize;
                self.save_lastmark(f);
                if self.repeat.is_some() {
                    self.mark_push(f.lastmark);
                }
                if op == OP_REPEAT_ONE {
                    self.repeat_one_try(f)
                } else {
                    self.min_repeat_one_try(f)
                }
            }
            OP_REPEAT => {
                self.repeats.push(Repeat {
                    count: -1,
                    pc,
                    last_ptr: NO_PTR,
                    prev: self.repeat,
                });
                f.rep = self.repeats.len() - 1;
                self.repeat = Some(f.rep);
                self.ptr = ptr;
                self.call(f, Jump::Repeat, self.skip(pc + 1), ptr)
            }
            OP_MAX_UNTIL | OP_MIN_UNTIL => {
                let ri = self.repeat.ok_or(SreError::BadCode)?;
                self.ptr = ptr;
                f.rep = ri;
                f.count = self.repeats[ri].count + 1;
                let rpc = self.repeats[ri].pc;
                if f.count < self.at(rpc + 2) as isize {
                    self.repeats[ri].count = f.count;
                    let j = if op == OP_MAX_UNTIL {
                        Jump::MaxUntil1
                    } else {
                        Jump::MinUntil1
                    };
                    return self.call(f, j, rpc + 4, ptr);
                }
                if op == OP_MAX_UNTIL {
                    self.max_until_more(f)
                } else {
                    self.min_until_tail(f)
                }
            }
            OP_POSSESSIVE_REPEAT => {
                // A dummy repeat context, so that branches inside save their marks.
                self.repeats.push(Repeat {
                    count: -1,
                    pc,
                    last_ptr: NO_PTR,
                    prev: self.repeat,
                });
                f.rep = self.repeats.len() - 1;
                self.repeat = Some(f.rep);
                self.ptr = ptr;
                f.count = 0;
                f.saved = NO_PTR;
                self.poss_next(f)
            }
            OP_ATOMIC_GROUP => {
                self.ptr = ptr;
                self.call_inner(f, Jump::Atomic, pc + 2, ptr)
            }
            OP_ASSERT | OP_ASSERT_NOT => {
                let back = self.at(pc + 2) as usize;
                if ptr < back {
                    if op == OP_ASSERT {
                        return Ok(Act::Ret(false));
                    }
                    f.pc = self.skip(pc + 1);
                    return Ok(Act::Go);
                }
                self.ptr = ptr - back;
                if op == OP_ASSERT {
                    return self.call_inner(f, Jump::Assert, pc + 3, ptr - back);
                }
                self.save_lastmark(f);
                if self.repeat.is_some() {
                    self.mark_push(f.lastmark);
                }
                self.call_inner(f, Jump::AssertNot, pc + 3, ptr - back)
            }
            _ => Err(SreError::BadCode),
        }
    }

    fn save_lastmark(&self, f: &mut Frame) {
        f.lastmark = self.lastmark;
        f.lastindex = self.lastindex;
    }

    fn restore_lastmark(&mut self, f: &Frame) {
        self.lastmark = f.lastmark;
        self.lastindex = f.lastindex;
    }

    /// Calls a sub-match of the rest of the pattern (same top-level-ness as the caller).
    fn call(&mut self, f: &mut Frame, j: Jump, pc: usize, ptr: usize) -> R<Act> {
        f.jump = j;
        Ok(Act::Call(pc, ptr, f.toplevel))
    }

    /// Calls a sub-pattern that ends in its own `SUCCESS` (assertions, atomic groups).
    fn call_inner(&mut self, f: &mut Frame, j: Jump, pc: usize, ptr: usize) -> R<Act> {
        f.jump = j;
        Ok(Act::Call(pc, ptr, false))
    }

    fn branch_try(&mut self, f: &mut Frame) -> R<Act> {
        loop {
            let skip = self.at(f.alt);
            if skip == 0 {
                if self.repeat.is_some() {
                    self.mark_discard();
                }
                return Ok(Act::Ret(false));
            }
            let first = self.at(f.alt + 1);
            let here = self.s.get(f.ptr).copied().filter(|_| f.ptr < self.end);
            let hopeless = match (first, here) {
                (OP_LITERAL | OP_IN, None) => true,
                (OP_LITERAL, Some(c)) => c != self.at(f.alt + 2),
                (OP_IN, Some(c)) => !self.set(f.alt + 3, c)?,
                _ => false,
            };
            if hopeless {
                f.alt = self.skip(f.alt);
                continue;
            }
            self.ptr = f.ptr;
            return self.call(f, Jump::Branch, f.alt + 1, f.ptr);
        }
    }

    fn repeat_one_try(&mut self, f: &mut Frame) -> R<Act> {
        let min = self.at(f.pc + 2) as isize;
        let next = self.skip(f.pc + 1);
        if self.at(next) == OP_LITERAL {
            // Only positions where the tail's first character matches are worth trying.
            let c = self.at(next + 1);
            while f.count >= min && !(f.ptr < self.end && self.s[f.ptr] == c) {
                f.ptr = f.ptr.wrapping_sub(1);
                f.count -= 1;
            }
        }
        if f.count < min {
            if self.repeat.is_some() {
                self.mark_discard();
            }
            return Ok(Act::Ret(false));
        }
        self.ptr = f.ptr;
        self.call(f, Jump::RepeatOne, next, f.ptr)
    }

    fn min_repeat_one_try(&mut self, f: &mut Frame) -> R<Act> {
        let max = self.at(f.pc + 3);
        if max != MAXREPEAT && f.count > max as isize {
            if self.repeat.is_some() {
                self.mark_discard();
            }
            return Ok(Act::Ret(false));
        }
        self.ptr = f.ptr;
        let next = self.skip(f.pc + 1);
        self.call(f, Jump::MinRepeatOne, next, f.ptr)
    }

    fn max_until_more(&mut self, f: &mut Frame) -> R<Act> {
        let ri = f.rep;
        let rep = self.repeats[ri];
        let max = self.at(rep.pc + 3);
        if (f.count < max as isize || max == MAXREPEAT) && self.ptr != rep.last_ptr {
            self.repeats[ri].count = f.count;
            self.save_lastmark(f);
            self.mark_push(f.lastmark);
            f.saved = rep.last_ptr;
            self.repeats[ri].last_ptr = self.ptr;
            return self.call(f, Jump::MaxUntil2, rep.pc + 4, f.ptr);
        }
        self.max_until_tail(f)
    }

    fn max_until_tail(&mut self, f: &mut Frame) -> R<Act> {
        self.repeat = self.repeats[f.rep].prev;
        self.call(f, Jump::MaxUntil3, f.pc + 1, f.ptr)
    }

    fn min_until_tail(&mut self, f: &mut Frame) -> R<Act> {
        self.repeat = self.repeats[f.rep].prev;
        self.save_lastmark(f);
        f.flag = self.repeat.is_some();
        if f.flag {
            self.mark_push(f.lastmark);
        }
        self.call(f, Jump::MinUntil2, f.pc + 1, f.ptr)
    }

    /// `POSSESSIVE_REPEAT`: the next iteration, or the tail when no more can match.
    fn poss_next(&mut self, f: &mut Frame) -> R<Act> {
        let (min, max) = (self.at(f.pc + 2), self.at(f.pc + 3));
        if f.count < min as isize {
            return self.call_inner(f, Jump::PossRepeat1, f.pc + 4, self.ptr);
        }
        if (f.count < max as isize || max == MAXREPEAT) && self.ptr != f.saved {
            self.save_lastmark(f);
            self.mark_push(f.lastmark);
            f.saved = self.ptr;
            return self.call_inner(f, Jump::PossRepeat2, f.pc + 4, self.ptr);
        }
        self.repeat = self.repeats[f.rep].prev;
        self.repeats.truncate(f.rep);
        f.pc = self.skip(f.pc + 1) + 1;
        f.ptr = self.ptr;
        Ok(Act::Go)
    }

    /// Continues the top frame after its sub-match returned `ret`.
    pub(super) fn resume(&mut self, ret: bool) -> R<Act> {
        let top = self.frames.len() - 1;
        let mut f = self.frames[top];
        let act = self.resume_frame(&mut f, ret)?;
        self.frames[top] = f;
        Ok(act)
    }

    fn resume_frame(&mut self, f: &mut Frame, ret: bool) -> R<Act> {
        let has_repeat = self.repeat.is_some();
        match f.jump {
            Jump::None => Err(SreError::BadCode),
            Jump::Branch => {
                if ret {
                    if has_repeat {
                        self.mark_discard();
                    }
                    return Ok(Act::Ret(true));
                }
                if has_repeat {
                    self.mark_pop(true);
                }
                self.restore_lastmark(f);
                f.alt = self.skip(f.alt);
                self.branch_try(f)
            }
            Jump::RepeatOne | Jump::MinRepeatOne => {
                if ret {
                    if has_repeat {
                        self.mark_discard();
                    }
                    return Ok(Act::Ret(true));
                }
                if has_repeat {
                    self.mark_pop(true);
                }
                if f.jump == Jump::RepeatOne {
                    self.restore_lastmark(f);
                    f.ptr = f.ptr.wrapping_sub(1);
                    f.count -= 1;
                    return self.repeat_one_try(f);
                }
                self.ptr = f.ptr;
                if self.count(f.pc + 4, 1, f.ptr)? == 0 {
                    if has_repeat {
                        self.mark_discard();
                    }
                    return Ok(Act::Ret(false));
                }
                f.ptr += 1;
                f.count += 1;
                self.restore_lastmark(f);
                self.min_repeat_one_try(f)
            }
            Jump::Repeat => {
                self.repeat = self.repeats[f.rep].prev;
                self.repeats.truncate(f.rep);
                Ok(Act::Ret(ret))
            }
            Jump::MaxUntil1 | Jump::MinUntil1 | Jump::MinUntil3 => {
                if f.jump == Jump::MinUntil3 {
                    self.repeats[f.rep].last_ptr = f.saved;
                }
                if ret {
                    return Ok(Act::Ret(true));
                }
                self.repeats[f.rep].count = f.count - 1;
                self.ptr = f.ptr;
                Ok(Act::Ret(false))
            }
            Jump::MaxUntil2 => {
                self.repeats[f.rep].last_ptr = f.saved;
                if ret {
                    self.mark_discard();
                    return Ok(Act::Ret(true));
                }
                self.mark_pop(false);
                self.restore_lastmark(f);
                self.repeats[f.rep].count = f.count - 1;
                self.ptr = f.ptr;
                self.max_until_tail(f)
            }
            Jump::MaxUntil3 => {
                self.repeat = Some(f.rep);
                if ret {
                    return Ok(Act::Ret(true));
                }
                self.ptr = f.ptr;
                Ok(Act::Ret(false))
            }
            Jump::MinUntil2 => {
                self.repeat = Some(f.rep);
                if ret {
                    if f.flag {
                        self.mark_discard();
                    }
                    return Ok(Act::Ret(true));
                }
                if f.flag {
                    self.mark_pop(false);
                }
                self.restore_lastmark(f);
                self.ptr = f.ptr;
                let rep = self.repeats[f.rep];
                let max = self.at(rep.pc + 3);
                if (f.count >= max as isize && max != MAXREPEAT) || self.ptr == rep.last_ptr {
                    return Ok(Act::Ret(false));
                }
                self.repeats[f.rep].count = f.count;
                f.saved = rep.last_ptr;
                self.repeats[f.rep].last_ptr = self.ptr;
                self.call(f, Jump::MinUntil3, rep.pc + 4, f.ptr)
            }
            Jump::PossRepeat1 => {
                if !ret {
                    self.ptr = f.ptr;
                    self.repeat = self.repeats[f.rep].prev;
                    self.repeats.truncate(f.rep);
                    return Ok(Act::Ret(false));
                }
                f.count += 1;
                f.saved = NO_PTR;
                self.poss_next(f)
            }
            Jump::PossRepeat2 => {
                if ret {
                    self.mark_discard();
                    f.count += 1;
                } else {
                    self.mark_pop(false);
                    self.restore_lastmark(f);
                    self.ptr = f.saved;
                    // No more iterations: make the loop stop.
                    f.count = isize::MAX;
                }
                self.poss_after(f)
            }
            Jump::Atomic => {
                if !ret {
                    self.ptr = f.ptr;
                    return Ok(Act::Ret(false));
                }
                f.pc = self.skip(f.pc + 1);
                f.ptr = self.ptr;
                Ok(Act::Go)
            }
            Jump::Assert => {
                if !ret {
                    return Ok(Act::Ret(false));
                }
                f.pc = self.skip(f.pc + 1);
                Ok(Act::Go)
            }
            Jump::AssertNot => {
                if ret {
                    if has_repeat {
                        self.mark_discard();
                    }
                    return Ok(Act::Ret(false));
                }
                if has_repeat {
                    self.mark_pop(false);
                }
                self.restore_lastmark(f);
                f.pc = self.skip(f.pc + 1);
                Ok(Act::Go)
            }
        }
    }

    /// `POSSESSIVE_REPEAT` after an optional iteration: another one, or the tail.
    fn poss_after(&mut self, f: &mut Frame) -> R<Act> {
        if f.count == isize::MAX {
            self.repeat = self.repeats[f.rep].prev;
            self.repeats.truncate(f.rep);
            f.pc = self.skip(f.pc + 1) + 1;
            f.ptr = self.ptr;
            return Ok(Act::Go);
        }
        self.poss_next(f)
    }
}
