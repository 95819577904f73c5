//! The SRE matcher: a backtracking interpreter of the code words `re._compiler` produces.
//!
//! It follows the structure of CPython's recursive matcher, where trying an alternative "calls"
//! the rest of the pattern and backtracking is a return with failure, but the calls live in an
//! explicit `Vec<Frame>` instead of the Rust stack: any pattern on any input runs in bounded
//! native stack (deep backtracking only grows the heap). A frame remembers which opcode called
//! (`Jump`) and the locals that opcode needs when its callee returns.

use super::chars::*;
use super::constants::*;

mod calls;

/// Why a match stopped without an answer.
#[derive(Debug, PartialEq)]
pub enum SreError {
    /// Code the matcher cannot interpret (a bad code list passed to `_sre.compile`).
    BadCode,
    /// A signal (Ctrl-C) arrived during a long match.
    Interrupted,
}

type R<T> = Result<T, SreError>;

/// What a frame was doing when it called a sub-match.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Jump {
    None,
    Branch,
    RepeatOne,
    MinRepeatOne,
    Repeat,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    PossRepeat1,
    PossRepeat2,
    Atomic,
    Assert,
    AssertNot,
}

#[derive(Clone, Copy, Debug)]
struct Frame {
    pc: usize,
    ptr: usize,
    toplevel: bool,
    jump: Jump,
    count: isize,
    lastmark: isize,
    lastindex: isize,
    /// The repeat context of a `REPEAT`/`*_UNTIL`/`POSSESSIVE_REPEAT` frame.
    rep: usize,
    /// A saved `last_ptr` of the repeat (restored when the callee returns).
    saved: usize,
    /// `BRANCH`: the skip word of the alternative being tried.
    alt: usize,
    /// `MIN_UNTIL`: whether marks were pushed around the tail.
    flag: bool,
}

impl Frame {
    fn new(pc: usize, ptr: usize, toplevel: bool) -> Frame {
        Frame {
            pc,
            ptr,
            toplevel,
            jump: Jump::None,
            count: 0,
            lastmark: -1,
            lastindex: -1,
            rep: 0,
            saved: NO_PTR,
            alt: 0,
            flag: false,
        }
    }
}

const NO_PTR: usize = usize::MAX;

/// How `search` picks the positions worth a match attempt.
enum First {
    Any,
    Char(u32),
    /// An `IN` set's code.
    Set(usize),
    /// Single-character items, one of which must match.
    Items(Vec<usize>),
}

/// A `REPEAT ... *_UNTIL` in progress.
#[derive(Clone, Copy, Debug)]
struct Repeat {
    count: isize,
    /// The index of the `REPEAT` opcode (its min, max and body follow).
    pc: usize,
    /// Where the last iteration started (to stop empty iterations from looping).
    last_ptr: usize,
    prev: Option<usize>,
}

enum Act {
    /// Push a frame that matches from `pc` at `ptr`.
    Call(usize, usize, bool),
    /// The top frame finished.
    Ret(bool),
    /// Keep dispatching the top frame.
    Go,
}

/// The state of one match or search over `s[..end]`: the result is in `ptr` (the end of the
/// match) and in the group marks.
pub struct State<'a> {
    code: &'a [u32],
    s: &'a [u32],
    pub start: usize,
    pub end: usize,
    pub ptr: usize,
    /// Group boundaries: `marks[2g]`, `marks[2g + 1]`; -1 when unset (as are all past `lastmark`).
    pub marks: Vec<isize>,
    pub lastmark: isize,
    pub lastindex: isize,
    repeat: Option<usize>,
    repeats: Vec<Repeat>,
    /// Saved marks: runs of marks each followed by its length.
    mstack: Vec<isize>,
    pub match_all: bool,
    pub must_advance: bool,
    frames: Vec<Frame>,
}

impl<'a> State<'a> {
    pub fn new(code: &'a [u32], s: &'a [u32], start: usize, end: usize) -> State<'a> {
        let end = end.min(s.len());
        State {
            code,
            s,
            start: start.min(end),
            end,
            ptr: start.min(end),
            marks: Vec::new(),
            lastmark: -1,
            lastindex: -1,
            repeat: None,
            repeats: Vec::new(),
            mstack: Vec::new(),
            match_all: false,
            must_advance: false,
            frames: Vec::new(),
        }
    }

    fn reset(&mut self) {
        self.marks.clear();
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = None;
        self.repeats.clear();
        self.mstack.clear();
    }

    /// The span of group `g` (1-based) after a successful match, if it took part.
    pub fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let (i, j) = (2 * g - 2, 2 * g - 1);
        if j as isize > self.lastmark {
            return None;
        }
        let (a, b) = (self.marks[i], self.marks[j]);
        (a >= 0 && b >= 0).then_some((a as usize, b as usize))
    }

    /// Matches at `start` (anchored).
    pub fn pmatch(&mut self) -> R<bool> {
        self.reset();
        self.ptr = self.start;
        self.run(0, self.start)
    }

    /// Finds the first match at or after `start`; on success `start` is where it begins.
    pub fn search(&mut self) -> R<bool> {
        if self.anchored_at_beginning() {
            // `^` (without MULTILINE) or `\A` first: only the start can match.
            self.reset();
            self.ptr = self.start;
            return self.run(0, self.start);
        }
        let filter = self.start_filter();
        let mut pos = self.start;
        loop {
            let candidate = match &filter {
                First::Any => true,
                _ if pos >= self.end => false,
                First::Char(c) => self.s[pos] == *c,
                First::Set(set) => in_set(self.code, *set, self.s[pos]).ok_or(SreError::BadCode)?,
                First::Items(items) => {
                    let ch = self.s[pos];
                    let mut any = false;
                    for &pc in items {
                        if self.single(pc, ch)? {
                            any = true;
                            break;
                        }
                    }
                    any
                }
            };
            if candidate {
                self.reset();
                self.start = pos;
                self.ptr = pos;
                if self.run(0, pos)? {
                    return Ok(true);
                }
            }
            if pos >= self.end {
                return Ok(false);
            }
            pos += 1;
            self.must_advance = false;
        }
    }

    /// Whether the pattern (after its `INFO` block) starts with `AT_BEGINNING[_STRING]`.
    fn anchored_at_beginning(&self) -> bool {
        let pc = if self.at(0) == OP_INFO {
            self.skip(1)
        } else {
            0
        };
        self.at(pc) == OP_AT && matches!(self.at(pc + 1), AT_BEGINNING | AT_BEGINNING_STRING)
    }

    /// What the first character of every match must be, from the `INFO` block (a literal
    /// prefix or a set) or else from the first items of the code: positions where it fails
    /// need no match attempt.
    fn start_filter(&self) -> First {
        let mut pc = 0;
        if self.at(0) == OP_INFO {
            let flags = self.at(2);
            if flags & 1 != 0 && self.at(5) > 0 {
                return First::Char(self.at(7));
            }
            if flags & 4 != 0 {
                return First::Set(5);
            }
            pc = self.skip(1);
        }
        let mut items = Vec::new();
        if self.first_items(pc, &mut items, 0) {
            First::Items(items)
        } else {
            First::Any
        }
    }

    /// Collects the single-character items one of which every match from `pc` starts with;
    /// false when there is no such guarantee.
    fn first_items(&self, mut pc: usize, out: &mut Vec<usize>, depth: u32) -> bool {
        loop {
            match self.at(pc) {
                OP_MARK => pc += 2,
                OP_ANY
                | OP_ANY_ALL
                | OP_LITERAL
                | OP_NOT_LITERAL
                | OP_LITERAL_IGNORE
                | OP_NOT_LITERAL_IGNORE
                | OP_LITERAL_UNI_IGNORE
                | OP_NOT_LITERAL_UNI_IGNORE
                | OP_LITERAL_LOC_IGNORE
                | OP_NOT_LITERAL_LOC_IGNORE
                | OP_CATEGORY
                | OP_IN
                | OP_IN_IGNORE
                | OP_IN_UNI_IGNORE
                | OP_IN_LOC_IGNORE => {
                    out.push(pc);
                    return true;
                }
                OP_REPEAT_ONE | OP_MIN_REPEAT_ONE | OP_POSSESSIVE_REPEAT_ONE
                    if self.at(pc + 2) >= 1 =>
                {
                    out.push(pc + 4);
                    return true;
                }
                OP_BRANCH if depth < 4 => {
                    let mut alt = pc + 1;
                    while self.at(alt) != 0 {
                        if !self.first_items(alt + 1, out, depth + 1) || out.len() > 16 {
                            return false;
                        }
                        alt = self.skip(alt);
                    }
                    return !out.is_empty();
                }
                _ => return false,
            }
        }
    }

    #[inline]
    fn at(&self, i: usize) -> u32 {
        self.code.get(i).copied().unwrap_or(OP_FAILURE)
    }

    /// The target of a skip word at `i` (skips are relative to their own position).
    #[inline]
    fn skip(&self, i: usize) -> usize {
        i.saturating_add(self.at(i) as usize)
    }

    fn run(&mut self, pc: usize, ptr: usize) -> R<bool> {
        self.frames.clear();
        self.frames.push(Frame::new(pc, ptr, true));
        let mut ret: Option<bool> = None;
        let mut steps: u32 = 0;
        loop {
            steps = steps.wrapping_add(1);
            if steps % (1 << 16) == 0 && ferropy_vm::signals::sigint_pending() {
                return Err(SreError::Interrupted);
            }
            let act = match ret.take() {
                None => self.dispatch()?,
                Some(r) => {
                    self.frames.pop();
                    if self.frames.is_empty() {
                        return Ok(r);
                    }
                    self.resume(r)?
                }
            };
            match act {
                Act::Call(pc, ptr, top) => self.frames.push(Frame::new(pc, ptr, top)),
                Act::Ret(r) => ret = Some(r),
                Act::Go => {}
            }
        }
    }

    fn mark_push(&mut self, lastmark: isize) {
        let n = (lastmark + 1).max(0) as usize;
        let n = n.min(self.marks.len());
        self.mstack.extend_from_slice(&self.marks[..n]);
        self.mstack.push(n as isize);
    }

    /// Restores the marks saved last; `keep` leaves them saved (for the next alternative).
    fn mark_pop(&mut self, keep: bool) {
        let Some(&n) = self.mstack.last() else {
            return;
        };
        let n = n as usize;
        let base = self.mstack.len() - 1 - n;
        if self.marks.len() < n {
            self.marks.resize(n, -1);
        }
        self.marks[..n].copy_from_slice(&self.mstack[base..base + n]);
        if !keep {
            self.mstack.truncate(base);
        }
    }

    fn mark_discard(&mut self) {
        if let Some(&n) = self.mstack.last() {
            let base = self.mstack.len() - 1 - n as usize;
            self.mstack.truncate(base);
        }
    }

    fn set_mark(&mut self, i: usize, ptr: usize) {
        if i & 1 == 1 {
            self.lastindex = (i / 2 + 1) as isize;
        }
        if self.marks.len() <= i {
            self.marks.resize(i + 1, -1);
        }
        if i as isize > self.lastmark {
            // Marks between the old and new lastmark may be stale: they are unset.
            let from = (self.lastmark + 1) as usize;
            self.marks[from..i].fill(-1);
            self.lastmark = i as isize;
        }
        self.marks[i] = ptr as isize;
    }

    /// Whether the single-character item at `pc` matches `ch`.
    fn single(&self, pc: usize, ch: u32) -> R<bool> {
        let arg = self.at(pc + 1);
        Ok(match self.at(pc) {
            OP_ANY => ch != 10,
            OP_ANY_ALL => true,
            OP_LITERAL => ch == arg,
            OP_NOT_LITERAL => ch != arg,
            OP_LITERAL_IGNORE => lower_ascii(ch) == arg,
            OP_NOT_LITERAL_IGNORE => lower_ascii(ch) != arg,
            OP_LITERAL_UNI_IGNORE => lower_unicode(ch) == arg,
            OP_NOT_LITERAL_UNI_IGNORE => lower_unicode(ch) != arg,
            OP_LITERAL_LOC_IGNORE => loc_eq(ch, arg),
            OP_NOT_LITERAL_LOC_IGNORE => !loc_eq(ch, arg),
            OP_IN => self.set(pc + 2, ch)?,
            OP_IN_IGNORE => self.set(pc + 2, lower_ascii(ch))?,
            OP_IN_UNI_IGNORE => self.set(pc + 2, lower_unicode(ch))?,
            OP_IN_LOC_IGNORE => {
                self.set(pc + 2, ch)?
                    || self.set(pc + 2, lower_ascii(ch))?
                    || self.set(pc + 2, upper_ascii(ch))?
            }
            OP_CATEGORY => category(arg, ch).ok_or(SreError::BadCode)?,
            _ => return Err(SreError::BadCode),
        })
    }

    fn set(&self, pc: usize, ch: u32) -> R<bool> {
        in_set(self.code, pc, ch).ok_or(SreError::BadCode)
    }

    /// How many times (up to `max`) the single-character item at `pc` matches from `ptr`.
    fn count(&self, pc: usize, max: u32, ptr: usize) -> R<usize> {
        let limit = self.end.min(ptr.saturating_add(max as usize));
        let mut p = ptr;
        while p < limit && self.single(pc, self.s[p])? {
            p += 1;
        }
        Ok(p - ptr)
    }

    fn is_word_at(&self, p: usize, uni: bool) -> bool {
        let ch = self.s[p];
        if uni {
            uni_word(ch)
        } else {
            ch < 128 && ((ch as u8).is_ascii_alphanumeric() || ch == b'_' as u32)
        }
    }

    fn at_code(&self, code: u32, ptr: usize) -> R<bool> {
        let (s, end) = (self.s, self.end);
        Ok(match code {
            AT_BEGINNING | AT_BEGINNING_STRING => ptr == 0,
            AT_BEGINNING_LINE => ptr == 0 || s[ptr - 1] == 10,
            AT_END => ptr == end || (ptr + 1 == end && s[ptr] == 10),
            AT_END_LINE => ptr == end || s[ptr] == 10,
            AT_END_STRING => ptr == end,
            AT_BOUNDARY | AT_NON_BOUNDARY | AT_LOC_BOUNDARY | AT_LOC_NON_BOUNDARY
            | AT_UNI_BOUNDARY | AT_UNI_NON_BOUNDARY => {
                if end == 0 {
                    return Ok(false);
                }
                let uni = matches!(code, AT_UNI_BOUNDARY | AT_UNI_NON_BOUNDARY);
                let before = ptr > 0 && self.is_word_at(ptr - 1, uni);
                let here = ptr < end && self.is_word_at(ptr, uni);
                let boundary = before != here;
                match code {
                    AT_BOUNDARY | AT_LOC_BOUNDARY | AT_UNI_BOUNDARY => boundary,
                    _ => !boundary,
                }
            }
            _ => return Err(SreError::BadCode),
        })
    }

    /// Compares the text of group `g` with the input at `ptr`; the new position if equal.
    fn groupref(&self, g: usize, ptr: usize, fold: fn(u32) -> u32) -> Option<usize> {
        let i = 2 * g;
        if (i + 1) as isize > self.lastmark {
            return None;
        }
        let (a, b) = (self.marks[i], self.marks[i + 1]);
        if a < 0 || b < 0 || b < a {
            return None;
        }
        let (a, b) = (a as usize, b as usize);
        if ptr + (b - a) > self.end {
            return None;
        }
        let same = (0..b - a).all(|k| fold(self.s[a + k]) == fold(self.s[ptr + k]));
        same.then_some(ptr + (b - a))
    }

    fn group_exists(&self, g: usize) -> bool {
        let i = 2 * g;
        (i + 1) as isize <= self.lastmark
            && self.marks[i] >= 0
            && self.marks[i + 1] >= 0
            && self.marks[i + 1] >= self.marks[i]
    }
}

/// Locale-aware case-insensitive equality, with ASCII standing in for the C locale.
fn loc_eq(ch: u32, pat: u32) -> bool {
    ch == pat || lower_ascii(ch) == pat || upper_ascii(ch) == pat
}

fn identity(c: u32) -> u32 {
    c
}

impl State<'_> {
    /// Runs the top frame until it calls a sub-match or returns.
    fn dispatch(&mut self) -> R<Act> {
        let top = self.frames.len() - 1;
        let mut f = self.frames[top];
        let (mut pc, mut ptr) = (f.pc, f.ptr);
        let end = self.end;
        macro_rules! fail {
            () => {
                return Ok(Act::Ret(false))
            };
        }
        loop {
            let op = self.at(pc);
            match op {
                OP_FAILURE => fail!(),
                OP_SUCCESS => {
                    if f.toplevel
                        && ((self.match_all && ptr != end)
                            || (self.must_advance && ptr == self.start))
                    {
                        fail!();
                    }
                    self.ptr = ptr;
                    return Ok(Act::Ret(true));
                }
                OP_AT => {
                    if !self.at_code(self.at(pc + 1), ptr)? {
                        fail!();
                    }
                    pc += 2;
                }
                OP_ANY
                | OP_ANY_ALL
                | OP_LITERAL
                | OP_NOT_LITERAL
                | OP_LITERAL_IGNORE
                | OP_NOT_LITERAL_IGNORE
                | OP_LITERAL_UNI_IGNORE
                | OP_NOT_LITERAL_UNI_IGNORE
                | OP_LITERAL_LOC_IGNORE
                | OP_NOT_LITERAL_LOC_IGNORE
                | OP_CATEGORY => {
                    if ptr >= end || !self.single(pc, self.s[ptr])? {
                        fail!();
                    }
                    ptr += 1;
                    pc += if op == OP_ANY || op == OP_ANY_ALL {
                        1
                    } else {
                        2
                    };
                }
                OP_IN | OP_IN_IGNORE | OP_IN_UNI_IGNORE | OP_IN_LOC_IGNORE => {
                    if ptr >= end || !self.single(pc, self.s[ptr])? {
                        fail!();
                    }
                    ptr += 1;
                    pc = self.skip(pc + 1);
                }
                OP_INFO => {
                    let min = self.at(pc + 3) as usize;
                    if end - ptr < min {
                        fail!();
                    }
                    pc = self.skip(pc + 1);
                }
                OP_JUMP => pc = self.skip(pc + 1),
                OP_MARK => {
                    self.set_mark(self.at(pc + 1) as usize, ptr);
                    pc += 2;
                }
                OP_GROUPREF
                | OP_GROUPREF_IGNORE
                | OP_GROUPREF_UNI_IGNORE
                | OP_GROUPREF_LOC_IGNORE => {
                    let fold: fn(u32) -> u32 = match op {
                        OP_GROUPREF => identity,
                        OP_GROUPREF_UNI_IGNORE => lower_unicode,
                        _ => lower_ascii,
                    };
                    match self.groupref(self.at(pc + 1) as usize, ptr, fold) {
                        Some(p) => ptr = p,
                        None => fail!(),
                    }
                    pc += 2;
                }
                OP_GROUPREF_EXISTS => {
                    pc = if self.group_exists(self.at(pc + 1) as usize) {
                        pc + 3
                    } else {
                        // This skip counts from the group number's word.
                        (pc + 1).saturating_add(self.at(pc + 2) as usize)
                    };
                }
                OP_POSSESSIVE_REPEAT_ONE => {
                    let (min, max) = (self.at(pc + 2) as usize, self.at(pc + 3));
                    if end - ptr < min {
                        fail!();
                    }
                    let n = self.count(pc + 4, max, ptr)?;
                    if n < min {
                        fail!();
                    }
                    ptr += n;
                    pc = self.skip(pc + 1);
                }
                _ => {
                    // The opcodes that call sub-matches.
                    f.pc = pc;
                    f.ptr = ptr;
                    let act = self.start_op(&mut f, op)?;
                    if let Act::Go = act {
                        (pc, ptr) = (f.pc, f.ptr);
                        continue;
                    }
                    self.frames[top] = f;
                    return Ok(act);
                }
            }
        }
    }
}
