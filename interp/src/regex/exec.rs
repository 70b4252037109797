//! The backtracking matcher.
//!
//! Owns: running a compiled program over text with `sre`'s semantics (leftmost match, ordered
//! alternation, greedy/lazy/possessive repeats with the zero-width-iteration rule, atomic
//! groups and look-around as cut sub-matches, backreferences, `must_advance` for iteration
//! after empty matches), and the search loop with its prefix / first-byte skipping.
//! Text is bytes: one character per byte for bytes and ASCII str, UTF-8 otherwise; positions
//! are byte offsets (callers convert to code-point indices).
//! Backtracking state lives on `Scratch::stack` (choice points, undo records, sub-match
//! markers), so no input or pattern can overflow the native stack; the stack is bounded and
//! exceeding it is reported as `ExecError::Memory`.

use super::chars::{self, Fold};
use super::compile::{Inst, Item, Regex};
use super::parse::{At, RepKind};

const NONE: usize = usize::MAX;

/// Most backtrack entries kept before giving up with a MemoryError.
const STACK_LIMIT: usize = 1 << 27;

/// Text to match: bytes, and whether they are UTF-8 (a non-ASCII str).
#[derive(Clone, Copy)]
pub struct Input<'a> {
    pub bytes: &'a [u8],
    pub utf8: bool,
}

/// What a match must do.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// Match at the start position.
    Match,
    /// Match at the start position and end at the end of the text.
    FullMatch,
    /// Match at the first possible position from the start.
    Search,
}

/// A failure of the matcher itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExecError {
    /// The backtracking stack outgrew its bound.
    Memory,
}

#[derive(Clone, Copy, Debug)]
enum MarkKind {
    Look,
    NegLook,
    Atomic,
    Poss,
}

#[derive(Clone, Copy, Debug)]
enum Bt {
    /// Resume at `pc` with `pos`.
    Alt { pc: u32, pos: usize },
    /// A greedy single-character repeat that can give back characters.
    OneGreedy {
        pc: u32,
        pos: usize,
        count: u32,
        min: u32,
    },
    /// A lazy single-character repeat that can take more (`pc`: the repeat itself).
    OneLazy { pc: u32, pos: usize, count: u32 },
    /// A lazy repeat that can run one more iteration.
    LazyIter {
        rid: u32,
        body: u32,
        pos: usize,
        count: i64,
    },
    /// The start of a sub-match (look-around, atomic group, possessive iteration).
    Mark { kind: MarkKind, pos: usize, pc: u32 },
    /// Undo: restore a capture slot and `lastindex`.
    Slot {
        idx: u32,
        old: usize,
        lastindex: i32,
    },
    /// Undo: restore a repeat counter.
    Rep { rid: u32, count: i64, last: usize },
}

impl Bt {
    fn is_undo(&self) -> bool {
        matches!(self, Bt::Slot { .. } | Bt::Rep { .. })
    }
}

#[derive(Clone, Copy, Debug)]
struct RepState {
    count: i64,
    last: usize,
}

/// Reusable matcher memory; after a successful `exec`, `slots` holds the capture positions
/// (`usize::MAX` for unset) and `lastindex` the last closed group (or -1).
#[derive(Default)]
pub struct Scratch {
    stack: Vec<Bt>,
    marks: Vec<usize>,
    reps: Vec<RepState>,
    pub slots: Vec<usize>,
    pub lastindex: i32,
}

impl Scratch {
    pub fn new() -> Scratch {
        Scratch::default()
    }

    /// The span of group `g` after a match, if it matched.
    pub fn span(&self, g: usize) -> Option<(usize, usize)> {
        let s = *self.slots.get(2 * g)?;
        let e = *self.slots.get(2 * g + 1)?;
        if s == NONE || e == NONE {
            None
        } else {
            Some((s, e))
        }
    }
}

trait Text: Copy {
    fn bytes(&self) -> &[u8];
    /// The character at `pos < len` and the position after it.
    fn at(&self, pos: usize) -> (u32, usize);
    /// The character before `pos > 0` and its position.
    fn before(&self, pos: usize) -> (u32, usize);
}

#[derive(Clone, Copy)]
struct Latin<'a>(&'a [u8]);

impl Text for Latin<'_> {
    #[inline(always)]
    fn bytes(&self) -> &[u8] {
        self.0
    }
    #[inline(always)]
    fn at(&self, pos: usize) -> (u32, usize) {
        (self.0[pos] as u32, pos + 1)
    }
    #[inline(always)]
    fn before(&self, pos: usize) -> (u32, usize) {
        (self.0[pos - 1] as u32, pos - 1)
    }
}

#[derive(Clone, Copy)]
struct Utf8<'a>(&'a [u8]);

impl Text for Utf8<'_> {
    #[inline(always)]
    fn bytes(&self) -> &[u8] {
        self.0
    }
    #[inline(always)]
    fn at(&self, pos: usize) -> (u32, usize) {
        let b = self.0;
        let b0 = b[pos] as u32;
        if b0 < 0x80 {
            return (b0, pos + 1);
        }
        let cont = |i: usize| (b.get(i).copied().unwrap_or(0x80) as u32) & 0x3f;
        if b0 < 0xe0 {
            (((b0 & 0x1f) << 6) | cont(pos + 1), pos + 2)
        } else if b0 < 0xf0 {
            (
                ((b0 & 0x0f) << 12) | (cont(pos + 1) << 6) | cont(pos + 2),
                pos + 3,
            )
        } else {
            (
                ((b0 & 0x07) << 18) | (cont(pos + 1) << 12) | (cont(pos + 2) << 6) | cont(pos + 3),
                pos + 4,
            )
        }
    }
    #[inline(always)]
    fn before(&self, pos: usize) -> (u32, usize) {
        let mut p = pos - 1;
        while p > 0 && (self.0[p] & 0xc0) == 0x80 {
            p -= 1;
        }
        (self.at(p).0, p)
    }
}

impl Regex {
    /// Runs the pattern on `input` from byte offset `start`. On success the spans are in
    /// `scratch.slots`.
    pub fn exec(
        &self,
        input: Input,
        start: usize,
        mode: Mode,
        must_advance: bool,
        scratch: &mut Scratch,
    ) -> Result<bool, ExecError> {
        if start > input.bytes.len() {
            return Ok(false);
        }
        if input.utf8 {
            Machine::new(self, Utf8(input.bytes), scratch).run(start, mode, must_advance)
        } else {
            Machine::new(self, Latin(input.bytes), scratch).run(start, mode, must_advance)
        }
    }
}

struct Machine<'r, 's, T: Text> {
    re: &'r Regex,
    text: T,
    len: usize,
    s: &'s mut Scratch,
}

impl<'r, 's, T: Text> Machine<'r, 's, T> {
    fn new(re: &'r Regex, text: T, s: &'s mut Scratch) -> Self {
        let len = text.bytes().len();
        s.slots.clear();
        s.slots.resize(2 * re.groups, NONE);
        s.reps.clear();
        s.reps.resize(
            re.nreps,
            RepState {
                count: -1,
                last: NONE,
            },
        );
        Machine { re, text, len, s }
    }

    fn run(&mut self, start: usize, mode: Mode, must_advance: bool) -> Result<bool, ExecError> {
        match mode {
            Mode::Match => self.try_at(start, must_advance, false),
            Mode::FullMatch => self.try_at(start, must_advance, true),
            Mode::Search => self.search(start, must_advance),
        }
    }

    fn search(&mut self, start: usize, must_advance: bool) -> Result<bool, ExecError> {
        if self.re.anchored {
            return if start == 0 {
                self.try_at(0, must_advance, false)
            } else {
                Ok(false)
            };
        }
        let text = self.text;
        let bytes = text.bytes();
        let re = self.re;
        let len = self.len;
        let mut p = start;
        if !re.prefix.is_empty() {
            let pre = &re.prefix[..];
            loop {
                let Some(off) = find_bytes(&bytes[p..], pre) else {
                    return Ok(false);
                };
                p += off;
                let adv = must_advance && p == start;
                if self.try_at(p, adv, false)? {
                    return Ok(true);
                }
                // The prefix starts with a character's first byte, so every hit is a
                // character boundary.
                p += 1;
                if p > len {
                    return Ok(false);
                }
            }
        }
        if let Some(first) = &re.first {
            let first: &[bool; 256] = first;
            loop {
                while p < len && !first[bytes[p] as usize] {
                    p += 1;
                }
                if p >= len {
                    return Ok(false);
                }
                let adv = must_advance && p == start;
                if self.try_at(p, adv, false)? {
                    return Ok(true);
                }
                p += 1;
            }
        }
        loop {
            let adv = must_advance && p == start;
            if self.try_at(p, adv, false)? {
                return Ok(true);
            }
            if p >= len {
                return Ok(false);
            }
            p = self.text.at(p).1;
        }
    }

    #[inline]
    fn set_slot(&mut self, idx: u32, pos: usize) {
        let old = self.s.slots[idx as usize];
        if !self.s.stack.is_empty() {
            self.s.stack.push(Bt::Slot {
                idx,
                old,
                lastindex: self.s.lastindex,
            });
        }
        self.s.slots[idx as usize] = pos;
        if idx & 1 == 1 {
            self.s.lastindex = (idx / 2) as i32;
        }
    }

    #[inline]
    fn set_rep(&mut self, rid: u32, count: i64, last: usize) {
        let old = self.s.reps[rid as usize];
        if !self.s.stack.is_empty() {
            self.s.stack.push(Bt::Rep {
                rid,
                count: old.count,
                last: old.last,
            });
        }
        self.s.reps[rid as usize] = RepState { count, last };
    }

    #[inline]
    fn test(&self, item: Item, pos: usize) -> Option<usize> {
        if pos >= self.len {
            return None;
        }
        let (c, next) = self.text.at(pos);
        let ok = match item {
            Item::Char(x) => c == x,
            Item::Fold(k, f) => chars::fold_key(c, f) == k,
            Item::Any => c != '\n' as u32,
            Item::AnyAll => true,
            Item::Set(i) => self.re.sets[i as usize].matches(c),
        };
        if ok {
            Some(next)
        } else {
            None
        }
    }

    fn at(&self, a: At, pos: usize) -> bool {
        let b = self.text.bytes();
        match a {
            At::Bol | At::StartText => pos == 0,
            At::BolMulti => pos == 0 || b[pos - 1] == b'\n',
            At::Eol => pos == self.len || (pos + 1 == self.len && b[pos] == b'\n'),
            At::EolMulti => pos == self.len || b[pos] == b'\n',
            At::EndText => pos == self.len,
            At::Boundary(u) | At::NonBoundary(u) => {
                if self.len == 0 {
                    return false;
                }
                let that = pos > 0 && chars::is_word(self.text.before(pos).0, u);
                let this = pos < self.len && chars::is_word(self.text.at(pos).0, u);
                (this != that) == matches!(a, At::Boundary(_))
            }
        }
    }

    fn push(&mut self, bt: Bt) -> Result<(), ExecError> {
        if self.s.stack.len() >= STACK_LIMIT {
            return Err(ExecError::Memory);
        }
        self.s.stack.push(bt);
        Ok(())
    }

    /// Removes the choice points above marker `m` (and the marker), keeping undo records.
    fn cut(&mut self, m: usize) {
        let st = &mut self.s.stack;
        let mut w = m;
        for r in m + 1..st.len() {
            if st[r].is_undo() {
                st[w] = st[r];
                w += 1;
            }
        }
        st.truncate(w);
    }

    /// Pops everything down to and including marker `m`, applying undo records.
    fn unwind_to(&mut self, m: usize) {
        while self.s.stack.len() > m {
            match self.s.stack.pop() {
                Some(Bt::Slot {
                    idx,
                    old,
                    lastindex,
                }) => {
                    self.s.slots[idx as usize] = old;
                    self.s.lastindex = lastindex;
                }
                Some(Bt::Rep { rid, count, last }) => {
                    self.s.reps[rid as usize] = RepState { count, last };
                }
                _ => {}
            }
        }
    }

    fn backref(&self, g: u32, fold: Option<Fold>, pos: usize) -> Option<usize> {
        let s = self.s.slots[2 * g as usize];
        let e = self.s.slots[2 * g as usize + 1];
        if s == NONE || e == NONE || e < s {
            return None;
        }
        let b = self.text.bytes();
        match fold {
            None => {
                let n = e - s;
                if pos + n <= self.len && b[s..e] == b[pos..pos + n] {
                    Some(pos + n)
                } else {
                    None
                }
            }
            Some(f) => {
                let mut p = s;
                let mut q = pos;
                while p < e {
                    if q >= self.len {
                        return None;
                    }
                    let (c1, n1) = self.text.at(p);
                    let (c2, n2) = self.text.at(q);
                    let same = match f {
                        Fold::Ascii => {
                            chars::fold_key(c1, Fold::Ascii) == chars::fold_key(c2, Fold::Ascii)
                        }
                        Fold::Unicode => chars::lower1(c1) == chars::lower1(c2),
                    };
                    if !same {
                        return None;
                    }
                    p = n1;
                    q = n2;
                }
                Some(q)
            }
        }
    }

    /// Tries one start position.
    fn try_at(&mut self, start: usize, must_advance: bool, full: bool) -> Result<bool, ExecError> {
        for s in self.s.slots.iter_mut() {
            *s = NONE;
        }
        for r in self.s.reps.iter_mut() {
            *r = RepState {
                count: -1,
                last: NONE,
            };
        }
        self.s.stack.clear();
        self.s.marks.clear();
        self.s.lastindex = -1;
        let prog = &self.re.prog;
        let mut pc: usize = 0;
        let mut pos = start;
        'run: loop {
            // Forward execution until failure.
            loop {
                match prog[pc] {
                    Inst::One(item) => match self.test(item, pos) {
                        Some(n) => {
                            pos = n;
                            pc += 1;
                        }
                        None => break,
                    },
                    Inst::At(a) => {
                        if self.at(a, pos) {
                            pc += 1;
                        } else {
                            break;
                        }
                    }
                    Inst::Save(i) => {
                        self.set_slot(i, pos);
                        pc += 1;
                    }
                    Inst::Split(a, b) => {
                        self.push(Bt::Alt { pc: b, pos })?;
                        pc = a as usize;
                    }
                    Inst::Jmp(t) => pc = t as usize,
                    Inst::RepeatOne {
                        item,
                        min,
                        max,
                        kind,
                    } => {
                        let mut count = 0u32;
                        let mut p = pos;
                        let limit = if kind == RepKind::Lazy { min } else { max };
                        while count < limit {
                            match self.test(item, p) {
                                Some(n) => {
                                    p = n;
                                    count += 1;
                                }
                                None => break,
                            }
                        }
                        if count < min {
                            break;
                        }
                        match kind {
                            RepKind::Greedy => {
                                if count > min {
                                    self.push(Bt::OneGreedy {
                                        pc: pc as u32 + 1,
                                        pos: p,
                                        count,
                                        min,
                                    })?;
                                }
                            }
                            RepKind::Lazy => {
                                if count < max {
                                    self.push(Bt::OneLazy {
                                        pc: pc as u32,
                                        pos: p,
                                        count,
                                    })?;
                                }
                            }
                            RepKind::Possessive => {}
                        }
                        pos = p;
                        pc += 1;
                    }
                    Inst::RepInit(rid) => {
                        self.set_rep(rid, -1, NONE);
                        pc += 1;
                    }
                    Inst::RepUntil {
                        rid,
                        min,
                        max,
                        lazy,
                        body,
                        exit,
                    } => {
                        let rep = self.s.reps[rid as usize];
                        let count = rep.count + 1;
                        if count < min as i64 {
                            self.set_rep(rid, count, rep.last);
                            pc = body as usize;
                        } else if !lazy {
                            if count < max as i64 && pos != rep.last {
                                self.push(Bt::Alt { pc: exit, pos })?;
                                self.set_rep(rid, count, pos);
                                pc = body as usize;
                            } else {
                                pc = exit as usize;
                            }
                        } else {
                            if count < max as i64 && pos != rep.last {
                                self.push(Bt::LazyIter {
                                    rid,
                                    body,
                                    pos,
                                    count,
                                })?;
                            }
                            pc = exit as usize;
                        }
                    }
                    Inst::PossInit {
                        rid,
                        min: _,
                        max,
                        body,
                        exit,
                    } => {
                        self.set_rep(rid, 0, NONE);
                        if max > 0 {
                            self.push(Bt::Mark {
                                kind: MarkKind::Poss,
                                pos,
                                pc: pc as u32,
                            })?;
                            self.s.marks.push(self.s.stack.len() - 1);
                            pc = body as usize;
                        } else {
                            pc = exit as usize;
                        }
                    }
                    Inst::PossEnd(rid) => {
                        let m = self.s.marks.pop().unwrap_or(0);
                        let (iter_start, init_pc) = match self.s.stack.get(m) {
                            Some(Bt::Mark { pos, pc, .. }) => (*pos, *pc as usize),
                            _ => (NONE, pc),
                        };
                        self.cut(m);
                        let Inst::PossInit {
                            min,
                            max,
                            body,
                            exit,
                            ..
                        } = prog[init_pc]
                        else {
                            break;
                        };
                        let count = self.s.reps[rid as usize].count + 1;
                        self.set_rep(rid, count, NONE);
                        if count < min as i64
                            || (count < max as i64 && (count <= min as i64 || pos != iter_start))
                        {
                            self.push(Bt::Mark {
                                kind: MarkKind::Poss,
                                pos,
                                pc: init_pc as u32,
                            })?;
                            self.s.marks.push(self.s.stack.len() - 1);
                            pc = body as usize;
                        } else {
                            pc = exit as usize;
                        }
                    }
                    Inst::Backref(g, fold) => match self.backref(g, fold, pos) {
                        Some(n) => {
                            pos = n;
                            pc += 1;
                        }
                        None => break,
                    },
                    Inst::LookStart {
                        behind,
                        negate,
                        exit,
                    } => {
                        let mut body_pos = pos;
                        if let Some(w) = behind {
                            let mut ok = true;
                            for _ in 0..w {
                                if body_pos == 0 {
                                    ok = false;
                                    break;
                                }
                                body_pos = self.text.before(body_pos).1;
                            }
                            if !ok {
                                if negate {
                                    pc = exit as usize;
                                    continue;
                                }
                                break;
                            }
                        }
                        let kind = if negate {
                            MarkKind::NegLook
                        } else {
                            MarkKind::Look
                        };
                        self.push(Bt::Mark {
                            kind,
                            pos,
                            pc: exit,
                        })?;
                        self.s.marks.push(self.s.stack.len() - 1);
                        pos = body_pos;
                        pc += 1;
                    }
                    Inst::LookEnd => {
                        let m = self.s.marks.pop().unwrap_or(0);
                        let Some(&Bt::Mark {
                            kind,
                            pos: saved,
                            pc: exit,
                        }) = self.s.stack.get(m)
                        else {
                            break;
                        };
                        if let MarkKind::NegLook = kind {
                            self.unwind_to(m);
                            break;
                        }
                        self.cut(m);
                        pos = saved;
                        pc = exit as usize;
                    }
                    Inst::AtomicStart => {
                        self.push(Bt::Mark {
                            kind: MarkKind::Atomic,
                            pos,
                            pc: 0,
                        })?;
                        self.s.marks.push(self.s.stack.len() - 1);
                        pc += 1;
                    }
                    Inst::AtomicEnd => {
                        let m = self.s.marks.pop().unwrap_or(0);
                        self.cut(m);
                        pc += 1;
                    }
                    Inst::GroupExists(g, no) => {
                        let s = self.s.slots[2 * g as usize];
                        let e = self.s.slots[2 * g as usize + 1];
                        if s != NONE && e != NONE && e >= s {
                            pc += 1;
                        } else {
                            pc = no as usize;
                        }
                    }
                    Inst::Match => {
                        if (must_advance && pos == start) || (full && pos != self.len) {
                            break;
                        }
                        self.s.slots[0] = start;
                        self.s.slots[1] = pos;
                        return Ok(true);
                    }
                }
            }
            // Backtrack to the latest choice point.
            loop {
                let Some(bt) = self.s.stack.pop() else {
                    return Ok(false);
                };
                match bt {
                    Bt::Slot {
                        idx,
                        old,
                        lastindex,
                    } => {
                        self.s.slots[idx as usize] = old;
                        self.s.lastindex = lastindex;
                    }
                    Bt::Rep { rid, count, last } => {
                        self.s.reps[rid as usize] = RepState { count, last };
                    }
                    Bt::Alt { pc: p, pos: q } => {
                        pc = p as usize;
                        pos = q;
                        continue 'run;
                    }
                    Bt::OneGreedy {
                        pc: p,
                        pos: q,
                        count,
                        min,
                    } => {
                        let mut count = count - 1;
                        let mut q = self.text.before(q).1;
                        if let Inst::One(Item::Char(c)) = prog[p as usize] {
                            while count > min && !(q < self.len && self.text.at(q).0 == c) {
                                count -= 1;
                                q = self.text.before(q).1;
                            }
                        }
                        if count > min {
                            self.s.stack.push(Bt::OneGreedy {
                                pc: p,
                                pos: q,
                                count,
                                min,
                            });
                        }
                        pc = p as usize;
                        pos = q;
                        continue 'run;
                    }
                    Bt::OneLazy {
                        pc: p,
                        pos: q,
                        count,
                    } => {
                        let Inst::RepeatOne { item, max, .. } = prog[p as usize] else {
                            continue;
                        };
                        let Some(n) = self.test(item, q) else {
                            continue;
                        };
                        if count + 1 < max {
                            self.s.stack.push(Bt::OneLazy {
                                pc: p,
                                pos: n,
                                count: count + 1,
                            });
                        }
                        pc = p as usize + 1;
                        pos = n;
                        continue 'run;
                    }
                    Bt::LazyIter {
                        rid,
                        body,
                        pos: q,
                        count,
                    } => {
                        self.set_rep(rid, count, q);
                        pc = body as usize;
                        pos = q;
                        continue 'run;
                    }
                    Bt::Mark {
                        kind,
                        pos: q,
                        pc: p,
                    } => {
                        self.s.marks.pop();
                        match kind {
                            MarkKind::Look | MarkKind::Atomic => {}
                            MarkKind::NegLook => {
                                pc = p as usize;
                                pos = q;
                                continue 'run;
                            }
                            MarkKind::Poss => {
                                let Inst::PossInit { rid, min, exit, .. } = prog[p as usize] else {
                                    continue;
                                };
                                if self.s.reps[rid as usize].count >= min as i64 {
                                    pc = exit as usize;
                                    pos = q;
                                    continue 'run;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The first occurrence of `needle` (non-empty) in `hay`.
fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle[0];
    let n = needle.len();
    if hay.len() < n {
        return None;
    }
    let last_start = hay.len() - n;
    let mut i = 0;
    while i <= last_start {
        match hay[i..=last_start].iter().position(|&b| b == first) {
            None => return None,
            Some(off) => {
                i += off;
                if &hay[i..i + n] == needle {
                    return Some(i);
                }
                i += 1;
            }
        }
    }
    None
}
