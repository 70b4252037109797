//! Adaptive specialization (tier 1): per-thread quickened bytecode, inline caches, the
//! warm-up and back-off counters, the choice of a specialized form, and its statistics.
//!
//! Owns: `Quickened` (a thread's private copy of a code object's instructions with one
//! inline cache per instruction), `Tlbc` (the per-code table of those copies, indexed by a
//! small per-thread number, as CPython 3.14's thread-local bytecode), the counters, the
//! policy functions that look at live operands and rewrite one instruction of the calling
//! thread's copy into a specialized form (the forms themselves are declared in
//! `bytecode/`'s `instructions!` table and executed by `eval/`), and `-X stats` counters.
//!
//! Thread safety: a copy is only ever read and written by the thread that made it, so
//! rewriting an instruction or filling a cache is a plain store: no atomics, no locks.
//! Caches hold strong references (never borrowed pointers), so what a guard protects stays
//! alive whatever other threads do; guards key on process-unique versions (type versions,
//! shape ids, dict keys-versions, function versions) or check identity.
//!
//! Must not: execute instructions or implement type behaviour; be called when
//! `-X specialize=0` (the eval loop then runs the code object's own instructions).
//!
//! It is a module of `weft-interp` rather than the `weft-specialize` crate DESIGN.md names:
//! the policy needs the object model's internals (shapes, slots, dict entries) and the
//! eval loop calls its counters inline on every adaptive instruction; a crate boundary
//! would force those through hook traits on the hot path.

use std::cell::{Cell, UnsafeCell};
use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering};
use std::sync::Mutex;

use crate::bytecode::{BinaryOp, Family, Instr, Opcode};
use crate::object::Value;
use crate::types::function::{BoundMethod, CodeObject, FunctionObj};
use crate::types::{as_type, builtin, dict, str as pystr};

#[cfg(test)]
mod tests;

// ---- counters -----------------------------------------------------------------------------

/// Executions of a generic instruction before its first specialization attempt.
pub const WARMUP: u16 = 1;
/// Guard misses a specialized instruction tolerates before it despecializes.
pub const MISS_BUDGET: u16 = 52;
/// Largest back-off exponent: a site that keeps failing is retried every 4095 runs.
pub const MAX_BACKOFF: u8 = 12;

/// The counter value after `backoff` failures: `2**backoff - 1` more generic runs.
#[inline]
pub fn backoff_value(backoff: u8) -> u16 {
    (1u16 << backoff.min(MAX_BACKOFF)) - 1
}

/// One inline cache: the counter plus the guard data of the specialized form (meaning per
/// form, see `eval/`). Owned by one thread.
pub struct Cache {
    /// Generic form: runs left before the next specialization attempt. Specialized form:
    /// misses left before it despecializes.
    pub counter: u16,
    /// Failed attempts and despecializations so far (the back-off exponent).
    pub backoff: u8,
    /// A type version, function version or small index.
    pub a: u32,
    /// A shape id, dict keys-version or entry index.
    pub b: u64,
    /// An entry index, slot index or shape pointer.
    pub c: u64,
    /// What the form calls or pushes (a function, a class attribute): a strong reference.
    pub obj: Option<Value>,
    /// Attribute forms keyed by (type version, shape): the other receivers' guard data
    /// (at most `POLY_WAYS`), tried when the main guard fails.
    poly: Vec<PolyEntry>,
}

/// Receivers a polymorphic attribute site handles besides its main cache entry (the
/// richards-style call of one base-class method on instances of several subclasses).
pub const POLY_WAYS: usize = 3;

/// One extra receiver of a polymorphic attribute site: the same fields as the main entry,
/// `a` its type version and `b` its shape guard.
#[derive(Clone)]
pub struct PolyEntry {
    pub a: u32,
    pub b: u64,
    pub c: u64,
    pub obj: Option<Value>,
}

impl Cache {
    fn new() -> Cache {
        Cache {
            counter: WARMUP,
            backoff: 0,
            a: 0,
            b: 0,
            c: 0,
            obj: None,
            poly: Vec::new(),
        }
    }
}

/// Per-family counters of one copy (summed into the process totals when it is freed).
#[derive(Default)]
pub struct FamilyStats {
    pub specialized: Cell<u64>,
    pub failed: Cell<u64>,
    pub hits: Cell<u64>,
    pub misses: Cell<u64>,
    pub deopts: Cell<u64>,
}

const NFAMILIES: usize = Family::ALL.len();

/// A thread's quickened copy of a code object's instructions, with an inline cache per
/// instruction (same index). Only the owning thread touches it.
pub struct Quickened {
    instrs: Box<[Cell<Instr>]>,
    caches: Box<[UnsafeCell<Cache>]>,
    pub stats: [FamilyStats; NFAMILIES],
}

impl Quickened {
    fn new(co: &CodeObject) -> Quickened {
        Quickened::from_instrs(&co.unit.instructions)
    }

    fn from_instrs(code: &[Instr]) -> Quickened {
        let instrs: Box<[Cell<Instr>]> = code
            .iter()
            .zip(code.iter().skip(1).map(Some).chain([None]))
            .map(|(i, next)| Cell::new(fuse(*i, next.map(|n| n.op()))))
            .collect();
        let caches = (0..instrs.len())
            .map(|_| UnsafeCell::new(Cache::new()))
            .collect();
        Quickened {
            instrs,
            caches,
            stats: Default::default(),
        }
    }

    /// The instructions, as the eval loop reads them.
    #[inline(always)]
    pub fn instrs(&self) -> &[Cell<Instr>] {
        &self.instrs
    }

    /// The cache of instruction `pc`.
    ///
    /// # Safety
    /// `pc` is in bounds, and the caller holds no other reference to this cache entry
    /// (references must not be kept across anything that may run Python code, which can
    /// re-enter the same code and rewrite the entry).
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn cache(&self, pc: usize) -> &mut Cache {
        // SAFETY: as the contract says; the copy is private to the calling thread.
        unsafe { &mut *self.caches.get_unchecked(pc).get() }
    }

    /// A generic instruction ran: true when it is time to try specializing it.
    #[inline(always)]
    pub fn tick(&self, pc: usize) -> bool {
        // SAFETY: `pc` indexes the instruction being executed; no reference is held.
        let c = unsafe { self.cache(pc) };
        if c.counter == 0 {
            true
        } else {
            c.counter -= 1;
            false
        }
    }

    #[inline(always)]
    pub fn hit(&self, f: Family) {
        let s = &self.stats[f as usize].hits;
        s.set(s.get() + 1);
    }

    /// A specialized instruction's guard failed: count it, and return the instruction to
    /// its generic form (with back-off) when its miss budget is spent.
    #[cold]
    #[inline(never)]
    pub fn miss(&self, pc: usize) {
        let op = self.instrs[pc].get().op();
        let st = &self.stats[op.family() as usize];
        st.misses.set(st.misses.get() + 1);
        // SAFETY: `pc` is the executing instruction; no reference is held.
        let c = unsafe { self.cache(pc) };
        if c.counter > 0 {
            c.counter -= 1;
            return;
        }
        st.deopts.set(st.deopts.get() + 1);
        self.rewrite(pc, op.base());
        c.backoff = c.backoff.saturating_add(1).min(MAX_BACKOFF);
        c.counter = backoff_value(c.backoff);
        c.obj = None;
        c.poly = Vec::new();
    }

    /// At an attribute form whose main guard failed for `obj`: the entry for `obj`'s type
    /// version (and shape, for the forms keyed by it), adding one (up to `POLY_WAYS`) when
    /// `obj` fits the same form. `None`: a real miss.
    #[inline(never)]
    pub fn poly_entry(&self, pc: usize, obj: &Value, name: &Value) -> Option<PolyEntry> {
        let version = version_of(obj.ty())?;
        let op = self.instrs[pc].get().op();
        // The instance-storage forms also guard the shape (in `b`); the descriptor forms
        // (property, `__slots__` member) guard the type version alone.
        let by_shape = matches!(
            op,
            Opcode::LoadAttrSlot
                | Opcode::LoadAttrClass
                | Opcode::LoadMethodFunc
                | Opcode::StoreAttrSlot
                | Opcode::StoreAttrAdd
        );
        let shape = if by_shape { shape_guard(obj)? } else { 0 };
        let fits = |a: u32, b: u64| a == version && (!by_shape || b == shape);
        {
            // SAFETY: `pc` is the executing instruction; the reference ends before the
            // choice below (which runs no Python code either).
            let c = unsafe { self.cache(pc) };
            if let Some(e) = c.poly.iter().find(|e| fits(e.a, e.b)) {
                return Some(e.clone());
            }
            if c.poly.len() >= POLY_WAYS {
                return None;
            }
        }
        let choice = match op.family() {
            Family::StoreAttr => choose_store_attr(obj, name),
            _ => choose_load_attr(obj, name, op.base() == Opcode::LoadMethod),
        };
        let (chosen, a, b, c, o) = choice?;
        if chosen != op || !fits(a, b) {
            return None;
        }
        let e = PolyEntry { a, b, c, obj: o };
        // SAFETY: as above.
        unsafe { self.cache(pc) }.poly.push(e.clone());
        let st = &self.stats[op.family() as usize];
        st.specialized.set(st.specialized.get() + 1);
        Some(e)
    }

    fn rewrite(&self, pc: usize, op: Opcode) {
        let ins = self.instrs[pc].get();
        self.instrs[pc].set(Instr::new(op, ins.arg()));
    }

    /// Installs specialized form `op` at `pc` with its guard data.
    fn install(&self, pc: usize, op: Opcode, a: u32, b: u64, c: u64, obj: Option<Value>) {
        // SAFETY: `pc` is the executing instruction; no reference is held.
        let cache = unsafe { self.cache(pc) };
        cache.a = a;
        cache.b = b;
        cache.c = c;
        let old = std::mem::replace(&mut cache.obj, obj);
        let old_poly = std::mem::take(&mut cache.poly);
        cache.counter = MISS_BUDGET;
        self.rewrite(pc, op);
        let st = &self.stats[op.family() as usize];
        st.specialized.set(st.specialized.get() + 1);
        drop(old);
        drop(old_poly);
    }

    /// No specialized form fits: back off.
    fn fail(&self, pc: usize, f: Family) {
        // SAFETY: as in `install`.
        let cache = unsafe { self.cache(pc) };
        cache.backoff = cache.backoff.saturating_add(1).min(MAX_BACKOFF);
        cache.counter = backoff_value(cache.backoff);
        let st = &self.stats[f as usize];
        st.failed.set(st.failed.get() + 1);
    }

    fn add_stats_to_totals(&self) {
        for (i, s) in self.stats.iter().enumerate() {
            let t = &TOTALS[i];
            t[0].fetch_add(s.specialized.get(), Ordering::Relaxed);
            t[1].fetch_add(s.failed.get(), Ordering::Relaxed);
            t[2].fetch_add(s.hits.get(), Ordering::Relaxed);
            t[3].fetch_add(s.misses.get(), Ordering::Relaxed);
            t[4].fetch_add(s.deopts.get(), Ordering::Relaxed);
        }
    }

    fn total_hits(&self) -> u64 {
        self.stats.iter().map(|s| s.hits.get()).sum()
    }
}

// ---- per-thread copies ------------------------------------------------------------------

/// A code object's table of per-thread quickened copies, indexed by the thread's tlbc
/// index. Entry `i` is written only by thread `i` (under `GROW`, which also serializes
/// growth); the table is replaced, never resized in place, and a replaced table is
/// retired (QSBR) because other threads may be reading it lock-free.
pub struct Tlbc {
    table: AtomicPtr<TlbcTable>,
}

struct TlbcTable {
    slots: Box<[AtomicPtr<Quickened>]>,
}

impl Default for Tlbc {
    fn default() -> Self {
        Tlbc::new()
    }
}

impl Tlbc {
    pub const fn new() -> Tlbc {
        Tlbc {
            table: AtomicPtr::new(std::ptr::null_mut()),
        }
    }
}

impl Drop for Tlbc {
    fn drop(&mut self) {
        let t = *self.table.get_mut();
        if !t.is_null() {
            // SAFETY: the table box is owned by this code object, which is being freed;
            // copies in it belong to threads that registered them and free them at exit
            // (code objects are immortal, so in practice this never runs with copies).
            let t = unsafe { Box::from_raw(t) };
            for s in t.slots.iter() {
                let q = s.load(Ordering::Relaxed);
                if !q.is_null() {
                    // SAFETY: copies are `Box::into_raw` allocations owned by the table.
                    drop(unsafe { Box::from_raw(q) });
                }
            }
        }
    }
}

/// Serializes table growth and slot installation (slow path only).
static GROW: Mutex<()> = Mutex::new(());
/// Tlbc indices of exited threads, for reuse.
static FREE_INDICES: Mutex<Vec<u32>> = Mutex::new(Vec::new());
static NEXT_INDEX: AtomicU64 = AtomicU64::new(0);
/// Copies made so far, process-wide (slow path only).
static COPIES: AtomicU64 = AtomicU64::new(0);
/// Per family: specialized, failed, hits, misses, deopts of freed copies.
static TOTALS: [[AtomicU64; 5]; NFAMILIES] =
    [const { [const { AtomicU64::new(0) }; 5] }; NFAMILIES];
/// Per tlbc slot (reused when a thread exits): how many exited threads used it, and their
/// copies and hits, summed (so a program starting many short threads keeps one line each).
static THREAD_LINES: Mutex<Vec<(u64, u64, u64)>> = Mutex::new(Vec::new());

thread_local! {
    /// This thread's tlbc index + 1 (0: none taken yet).
    static INDEX: Cell<u32> = const { Cell::new(0) };
    /// The copies this thread made, to free at thread exit.
    static MINE: std::cell::RefCell<Vec<(&'static CodeObject, *mut Quickened)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// The calling thread's quickened copy of `co`, made on first use.
#[inline(always)]
pub fn quickened(co: &CodeObject) -> &Quickened {
    let idx = INDEX.with(|c| c.get());
    if idx != 0 {
        let t = co.tlbc.table.load(Ordering::Acquire);
        if !t.is_null() {
            // SAFETY: a published table is live until retired, and retired tables are
            // freed only after this thread passes a quiescent point (not before it returns
            // from here: no safe point is crossed in between).
            let t = unsafe { &*t };
            if let Some(s) = t.slots.get(idx as usize - 1) {
                let q = s.load(Ordering::Relaxed);
                if !q.is_null() {
                    // SAFETY: slot `idx` is this thread's own copy, freed only by this
                    // thread at its exit.
                    return unsafe { &*q };
                }
            }
        }
    }
    quickened_slow(co)
}

#[cold]
#[inline(never)]
fn quickened_slow(co: &CodeObject) -> &Quickened {
    let mut idx = INDEX.with(|c| c.get());
    if idx == 0 {
        let i = lock(&FREE_INDICES)
            .pop()
            .unwrap_or_else(|| NEXT_INDEX.fetch_add(1, Ordering::Relaxed) as u32);
        idx = i + 1;
        INDEX.with(|c| c.set(idx));
    }
    let slot = idx as usize - 1;
    let q = Box::into_raw(Box::new(Quickened::new(co)));
    {
        let _g = lock(&GROW);
        let t = co.tlbc.table.load(Ordering::Acquire);
        // SAFETY: tables are only replaced under `GROW`, which we hold.
        let cur = if t.is_null() {
            None
        } else {
            Some(unsafe { &*t })
        };
        let table = match cur {
            Some(t) if slot < t.slots.len() => t,
            _ => {
                let len = (slot + 1).next_power_of_two().max(2);
                let slots: Box<[AtomicPtr<Quickened>]> = (0..len)
                    .map(|i| {
                        AtomicPtr::new(
                            cur.and_then(|t| t.slots.get(i))
                                .map_or(std::ptr::null_mut(), |s| s.load(Ordering::Relaxed)),
                        )
                    })
                    .collect();
                let nt = Box::into_raw(Box::new(TlbcTable { slots }));
                co.tlbc.table.store(nt, Ordering::Release);
                if !t.is_null() {
                    // SAFETY: `t` was the published table box, now unlinked; other threads
                    // may still be reading it lock-free, so it is retired, not freed.
                    let old = unsafe { Box::from_raw(t) };
                    crate::thread::retire_box(Box::new(RetiredTable(old)));
                }
                // SAFETY: just published, and only replaced under `GROW`.
                unsafe { &*nt }
            }
        };
        table.slots[slot].store(q, Ordering::Release);
    }
    COPIES.fetch_add(1, Ordering::Relaxed);
    // SAFETY: code objects are immortal (never freed), see `types::function::load_code`.
    let co_static: &'static CodeObject = unsafe { &*(co as *const CodeObject) };
    MINE.with(|m| m.borrow_mut().push((co_static, q)));
    // SAFETY: `q` is this thread's live copy, freed only at this thread's exit.
    unsafe { &*q }
}

/// The superinstruction standing for `ins` followed by an instruction `next`, or `ins`.
fn fuse(ins: Instr, next: Option<Opcode>) -> Instr {
    let fused = match (ins.op(), next) {
        (Opcode::LoadFast, Some(Opcode::LoadFast)) => Opcode::LoadFastLoadFast,
        (Opcode::LoadFast, Some(Opcode::LoadConst)) => Opcode::LoadFastLoadConst,
        (Opcode::LoadConst, Some(Opcode::LoadFast)) => Opcode::LoadConstLoadFast,
        (Opcode::StoreFast, Some(Opcode::LoadFast)) => Opcode::StoreFastLoadFast,
        (Opcode::StoreFast, Some(Opcode::StoreFast)) => Opcode::StoreFastStoreFast,
        _ => return ins,
    };
    Instr::new(fused, ins.arg())
}

/// Counts one more thread (tlbc index + 1 `idx`) with its copies and hits in the line of its
/// slot (`THREAD_LINES`).
fn add_thread_line(lines: &mut Vec<(u64, u64, u64)>, idx: u32, copies: u64, hits: u64) {
    let slot = idx as usize - 1;
    if lines.len() <= slot {
        lines.resize(slot + 1, (0, 0, 0));
    }
    let l = &mut lines[slot];
    *l = (l.0 + 1, l.1 + copies, l.2 + hits);
}

/// A replaced table waiting for its grace period. It owns no copies (they moved to the
/// new table), so dropping it frees only the slot array.
struct RetiredTable(#[allow(dead_code)] Box<TlbcTable>);
// SAFETY: the table is only pointers; after retirement nobody writes through it.
unsafe impl Send for RetiredTable {}

/// At thread exit (still attached): frees the thread's copies (dropping the values their
/// caches hold), adds their counters to the process totals, and frees its tlbc index.
pub fn thread_exit() {
    let mine = MINE.with(|m| std::mem::take(&mut *m.borrow_mut()));
    let idx = INDEX.with(|c| c.replace(0));
    if idx == 0 {
        return;
    }
    let mut hits = 0;
    let copies = mine.len() as u64;
    for (co, q) in mine {
        {
            let _g = lock(&GROW);
            let t = co.tlbc.table.load(Ordering::Acquire);
            if !t.is_null() {
                // SAFETY: tables are replaced only under `GROW`, held here.
                if let Some(s) = unsafe { &*t }.slots.get(idx as usize - 1) {
                    s.store(std::ptr::null_mut(), Ordering::Release);
                }
            }
        }
        // SAFETY: `q` is this thread's copy, just unlinked; only this thread used it.
        let q = unsafe { Box::from_raw(q) };
        q.add_stats_to_totals();
        hits += q.total_hits();
        drop(q);
    }
    add_thread_line(&mut lock(&THREAD_LINES), idx, copies, hits);
    lock(&FREE_INDICES).push(idx - 1);
}

/// The `-X stats` section: per family, summed over every thread's copies (the calling
/// thread's live ones included).
pub fn report() -> String {
    let mut rows = [[0u64; 5]; NFAMILIES];
    for (i, r) in rows.iter_mut().enumerate() {
        for (k, v) in r.iter_mut().enumerate() {
            *v = TOTALS[i][k].load(Ordering::Relaxed);
        }
    }
    let mut live_hits = 0;
    let live = MINE.with(|m| {
        let m = m.borrow();
        for (_, q) in m.iter() {
            // SAFETY: this thread's live copies.
            let q = unsafe { &**q };
            live_hits += q.total_hits();
            for (i, s) in q.stats.iter().enumerate() {
                rows[i][0] += s.specialized.get();
                rows[i][1] += s.failed.get();
                rows[i][2] += s.hits.get();
                rows[i][3] += s.misses.get();
                rows[i][4] += s.deopts.get();
            }
        }
        m.len() as u64
    });
    let mut out = format!(
        "specialization: {} per-thread quickened copies\n  {:<16} {:>11} {:>9} {:>14} {:>11} {:>9}\n",
        COPIES.load(Ordering::Relaxed),
        "family",
        "specialized",
        "failed",
        "hits",
        "misses",
        "deopts"
    );
    for f in Family::ALL.iter().skip(1) {
        let r = rows[*f as usize];
        if r.iter().all(|v| *v == 0) {
            continue;
        }
        out.push_str(&format!(
            "  {:<16} {:>11} {:>9} {:>14} {:>11} {:>9}\n",
            f.name(),
            r[0],
            r[1],
            r[2],
            r[3],
            r[4]
        ));
    }
    let idx = INDEX.with(|c| c.get());
    let mut lines = lock(&THREAD_LINES).clone();
    if idx != 0 {
        add_thread_line(&mut lines, idx, live, live_hits);
    }
    if lines.iter().map(|l| l.0).sum::<u64>() > 1 {
        for (i, (threads, copies, hits)) in lines.into_iter().enumerate() {
            if threads == 0 {
                continue;
            }
            let who = if threads == 1 {
                String::new()
            } else {
                format!(" ({threads} threads in turn)")
            };
            out.push_str(&format!(
                "  thread slot {i}{who}: {copies} copies, {hits} specialized hits\n"
            ));
        }
    }
    out
}

// ---- policy: choosing a specialized form --------------------------------------------------

/// True when attribute access on instances of `ty` is `object.__getattribute__`.
fn generic_getattr(ty: &crate::types::TypeObject) -> bool {
    ty.slots
        .getattr
        .get()
        .is_some_and(|f| f as usize == crate::types::object::generic_getattr as *const () as usize)
}

fn generic_setattr(ty: &crate::types::TypeObject) -> bool {
    ty.slots
        .setattr
        .get()
        .is_some_and(|f| f as usize == crate::types::object::generic_setattr as *const () as usize)
}

/// The instance's shape id, 0 when it has no attribute storage, `None` in dict mode.
fn shape_guard(obj: &Value) -> Option<u64> {
    match crate::types::object::instance_attrs(obj) {
        None => Some(0),
        Some(a) => a.shape().map(|s| s.id as u64),
    }
}

fn shape_has(obj: &Value, name: &Value) -> bool {
    crate::types::object::instance_attrs(obj)
        .and_then(|a| a.shape())
        .is_some_and(|s| s.index_of(name).is_some())
}

fn version_of(ty: &crate::types::TypeObject) -> Option<u32> {
    let v = ty.version.load(Ordering::Acquire);
    (v != 0).then_some(v)
}

/// `LOAD_ATTR` (`method` false) or `LOAD_METHOD` at `pc` on receiver `obj`.
pub fn load_attr(q: &Quickened, pc: usize, obj: &Value, name: &Value, method: bool) {
    let op = choose_load_attr(obj, name, method);
    match op {
        Some((op, a, b, c, o)) => q.install(pc, op, a, b, c, o),
        None => q.fail(pc, Family::LoadAttr),
    }
}

type Choice = Option<(Opcode, u32, u64, u64, Option<Value>)>;

fn choose_load_attr(obj: &Value, name: &Value, method: bool) -> Choice {
    let b = builtin();
    let ty = obj.ty();
    if obj.is_exact(b.module) {
        let m = obj.downcast::<crate::types::module::ModuleObj>()?;
        let ix = dict::dict_str_index(&m.dict, name)?;
        let op = if method {
            Opcode::LoadMethodModule
        } else {
            Opcode::LoadAttrModule
        };
        return Some((op, 0, ix as u64, 0, None));
    }
    if let Some(t) = as_type(obj) {
        if method || !std::ptr::eq(ty, b.type_) || b.type_.lookup(name).is_some() {
            return None;
        }
        let v = t.lookup(name)?;
        let plain = v.ty().slots.descr_get.get().is_none() || v.is_exact(b.function);
        if !plain {
            return None;
        }
        return Some((Opcode::LoadAttrType, version_of(t)?, 0, 0, Some(v)));
    }
    if !generic_getattr(ty) {
        return None;
    }
    let version = version_of(ty)?;
    let descr = ty.lookup(name);
    match descr {
        None => {
            if method {
                return None;
            }
            let attrs = crate::types::object::instance_attrs(obj)?;
            let shape = attrs.shape()?;
            let i = shape.index_of(name)?;
            Some((
                Opcode::LoadAttrSlot,
                version,
                shape.id as u64,
                i as u64,
                None,
            ))
        }
        Some(d) => {
            let dty = d.ty();
            if method
                && (std::ptr::eq(dty, b.function)
                    || std::ptr::eq(dty, b.method_descriptor)
                        && !d
                            .downcast::<crate::types::native::MethodDescr>()
                            .is_some_and(|m| m.class_method || m.static_method))
            {
                if shape_has(obj, name) {
                    return None;
                }
                return Some((
                    Opcode::LoadMethodFunc,
                    version,
                    shape_guard(obj)?,
                    0,
                    Some(d),
                ));
            }
            if method {
                return None;
            }
            if std::ptr::eq(dty, b.property) {
                let fget = crate::types::descriptors::exact_property_fget(&d)?;
                let f = fget.downcast_exact::<crate::types::function::FunctionObj>()?;
                let (fver, finish) = exact_args_version(f, 1)?;
                return Some((
                    Opcode::LoadAttrProperty,
                    version,
                    fver as u64,
                    finish,
                    Some(fget),
                ));
            }
            if let Some(m) = crate::types::slots::exact_member(&d) {
                return Some(member_choice(Opcode::LoadAttrMember, version, m));
            }
            if dty.slots.descr_get.get().is_none() {
                // A plain class attribute: the instance's own value would win.
                if shape_has(obj, name) {
                    return None;
                }
                return Some((
                    Opcode::LoadAttrClass,
                    version,
                    shape_guard(obj)?,
                    0,
                    Some(d),
                ));
            }
            None
        }
    }
}

/// A `__slots__` member access form: guarded by the type version, which pins the member
/// descriptor and with it the instance layout; caches the member's index and storage offset.
fn member_choice(
    op: Opcode,
    version: u32,
    m: &crate::types::slots::MemberDescr,
) -> (Opcode, u32, u64, u64, Option<Value>) {
    (op, version, m.index as u64, m.attrs_offset as u64, None)
}

/// `STORE_ATTR` at `pc`: `obj.name = v`.
pub fn store_attr(q: &Quickened, pc: usize, obj: &Value, name: &Value) {
    match choose_store_attr(obj, name) {
        Some((op, a, b, c, o)) => q.install(pc, op, a, b, c, o),
        None => q.fail(pc, Family::StoreAttr),
    }
}

fn choose_store_attr(obj: &Value, name: &Value) -> Choice {
    let ty = obj.ty();
    if !generic_setattr(ty) || as_type(obj).is_some() {
        return None;
    }
    let version = version_of(ty)?;
    if let Some(d) = ty.lookup(name) {
        if let Some(m) = crate::types::slots::exact_member(&d) {
            return Some(member_choice(Opcode::StoreAttrMember, version, m));
        }
        if let Some(fset) = crate::types::descriptors::exact_property_fset(&d) {
            return fset.is_exact(builtin().function).then_some((
                Opcode::StoreAttrProperty,
                version,
                0,
                0,
                Some(fset),
            ));
        }
        if d.ty().slots.descr_set.is_set() {
            return None;
        }
    }
    let attrs = crate::types::object::instance_attrs(obj)?;
    let shape = attrs.shape()?;
    match shape.index_of(name) {
        Some(i) => Some((
            Opcode::StoreAttrSlot,
            version,
            shape.id as u64,
            i as u64,
            None,
        )),
        None => {
            if shape.names.len() >= crate::types::attrs::MAX_SHAPE_ATTRS {
                return None;
            }
            let child = shape.with_added(name);
            let p = child as *const crate::types::attrs::Shape as u64;
            Some((Opcode::StoreAttrAdd, version, shape.id as u64, p, None))
        }
    }
}

/// `LOAD_GLOBAL` at `pc`.
pub fn load_global(q: &Quickened, pc: usize, globals: &Value, builtins: &Value, name: &Value) {
    let choice = if let Some(ix) = dict::dict_str_index(globals, name) {
        Some((Opcode::LoadGlobalModule, 0, 0, ix as u64, None))
    } else if dict::as_dict(globals).is_some() {
        dict::dict_str_index(builtins, name).map(|ix| {
            (
                Opcode::LoadGlobalBuiltin,
                0,
                dict::dict_keys_version(globals),
                ix as u64,
                None,
            )
        })
    } else {
        None
    };
    match choice {
        Some((op, a, b, c, o)) => q.install(pc, op, a, b, c, o),
        None => q.fail(pc, Family::LoadGlobal),
    }
}

/// `BINARY_OP` at `pc` with operator argument `arg`.
pub fn binary_op(q: &Quickened, pc: usize, a: &Value, b: &Value, arg: u32) {
    let op = BinaryOp::decode(arg).map(|(o, _)| o);
    let bt = builtin();
    let is_float = |v: &Value| v.is_exact(bt.float);
    let choice = match op {
        Some(op) if a.is_small_int() && b.is_small_int() => match op {
            BinaryOp::Add => Some(Opcode::BinaryOpAddInt),
            BinaryOp::Subtract => Some(Opcode::BinaryOpSubInt),
            BinaryOp::Multiply => Some(Opcode::BinaryOpMulInt),
            BinaryOp::FloorDivide
            | BinaryOp::Remainder
            | BinaryOp::And
            | BinaryOp::Or
            | BinaryOp::Xor
            | BinaryOp::LShift
            | BinaryOp::RShift => Some(Opcode::BinaryOpInt),
            _ => None,
        },
        Some(
            BinaryOp::Add
            | BinaryOp::Subtract
            | BinaryOp::Multiply
            | BinaryOp::TrueDivide
            | BinaryOp::Power,
        ) if (is_float(a) || a.is_small_int()) && (is_float(b) || b.is_small_int()) => {
            Some(Opcode::BinaryOpFloat)
        }
        Some(BinaryOp::Add) if a.is_exact(bt.str) && b.is_exact(bt.str) => {
            Some(Opcode::BinaryOpAddStr)
        }
        _ => None,
    };
    match choice {
        Some(op) => q.install(pc, op, 0, 0, 0, None),
        None => q.fail(pc, Family::BinaryOp),
    }
}

/// `COMPARE_OP` at `pc`.
pub fn compare_op(q: &Quickened, pc: usize, a: &Value, b: &Value) {
    let bt = builtin();
    let num = |v: &Value| v.is_small_int() || v.is_exact(bt.float);
    let choice = if a.is_small_int() && b.is_small_int() {
        Some(Opcode::CompareOpInt)
    } else if num(a) && num(b) {
        Some(Opcode::CompareOpFloat)
    } else if a.is_exact(bt.str) && b.is_exact(bt.str) {
        Some(Opcode::CompareOpStr)
    } else {
        None
    };
    match choice {
        Some(op) => q.install(pc, op, 0, 0, 0, None),
        None => q.fail(pc, Family::CompareOp),
    }
}

/// `BINARY_SUBSCR` at `pc`: `obj[key]`.
pub fn binary_subscr(q: &Quickened, pc: usize, obj: &Value, key: &Value) {
    let bt = builtin();
    let choice = if obj.is_exact(bt.list) && key.is_small_int() {
        Some(Opcode::BinarySubscrListInt)
    } else if obj.is_exact(bt.tuple) && key.is_small_int() {
        Some(Opcode::BinarySubscrTupleInt)
    } else if obj.is_exact(bt.dict) {
        Some(Opcode::BinarySubscrDict)
    } else {
        None
    };
    match choice {
        Some(op) => q.install(pc, op, 0, 0, 0, None),
        None => q.fail(pc, Family::BinarySubscr),
    }
}

/// `STORE_SUBSCR` at `pc`: `obj[key] = v`.
pub fn store_subscr(q: &Quickened, pc: usize, obj: &Value, key: &Value) {
    let bt = builtin();
    let choice = if obj.is_exact(bt.list) && key.is_small_int() {
        Some(Opcode::StoreSubscrListInt)
    } else if obj.is_exact(bt.dict) {
        Some(Opcode::StoreSubscrDict)
    } else {
        None
    };
    match choice {
        Some(op) => q.install(pc, op, 0, 0, 0, None),
        None => q.fail(pc, Family::StoreSubscr),
    }
}

/// `CONTAINS_OP` at `pc`: `item in container`.
pub fn contains_op(q: &Quickened, pc: usize, container: &Value, item: &Value) {
    let bt = builtin();
    let choice = if container.is_exact(bt.dict) {
        Some(Opcode::ContainsOpDict)
    } else if container.is_exact(bt.set) || container.is_exact(bt.frozenset) {
        Some(Opcode::ContainsOpSet)
    } else if container.is_exact(bt.str) && item.is_exact(bt.str) {
        Some(Opcode::ContainsOpStr)
    } else {
        None
    };
    match choice {
        Some(op) => q.install(pc, op, 0, 0, 0, None),
        None => q.fail(pc, Family::Contains),
    }
}

/// `FOR_ITER` at `pc` over iterator `it`.
pub fn for_iter(q: &Quickened, pc: usize, it: &Value) {
    let bt = builtin();
    let choice = if it.is_exact(bt.range_iterator) {
        Some(Opcode::ForIterRange)
    } else if it.is_exact(bt.list_iterator) {
        Some(Opcode::ForIterList)
    } else if it.is_exact(bt.tuple_iterator) {
        Some(Opcode::ForIterTuple)
    } else if it.is_exact(bt.dict_keyiterator)
        || it.is_exact(bt.dict_valueiterator)
        || it.is_exact(bt.dict_itemiterator)
    {
        Some(Opcode::ForIterDict)
    } else if it.is_exact(bt.str_iterator) {
        Some(Opcode::ForIterStr)
    } else if it.is_exact(bt.enumerate) {
        Some(Opcode::ForIterEnumerate)
    } else if it.is_exact(bt.zip) {
        Some(Opcode::ForIterZip)
    } else {
        None
    };
    match choice {
        Some(op) => q.install(pc, op, 0, 0, 0, None),
        None => q.fail(pc, Family::ForIter),
    }
}

/// `UNPACK_SEQUENCE` of `n` at `pc`.
pub fn unpack_sequence(q: &Quickened, pc: usize, seq: &Value, n: usize) {
    let bt = builtin();
    let choice = if seq.is_exact(bt.tuple) {
        Some(if n == 2 {
            Opcode::UnpackSequenceTwoTuple
        } else {
            Opcode::UnpackSequenceTuple
        })
    } else if seq.is_exact(bt.list) {
        Some(Opcode::UnpackSequenceList)
    } else {
        None
    };
    match choice {
        Some(op) => q.install(pc, op, 0, 0, 0, None),
        None => q.fail(pc, Family::UnpackSequence),
    }
}

/// A Python function callable with exactly `argc` positional arguments and nothing else
/// to set up (no defaults used, no cells, not a generator): its version.
/// The function version to guard on, and whether the inline frame needs more than its
/// arguments (1: defaults for missing parameters, or cells), for a call of `f` passing
/// `argc` positional arguments.
fn exact_args_version(f: &FunctionObj, argc: usize) -> Option<(u32, u64)> {
    let unit = &f.code().unit;
    let argcount = unit.argcount as usize;
    if argc > argcount || !unit.inline_callable() {
        return None;
    }
    // Missing parameters come from the defaults (the call checks their number again).
    if argc < argcount
        && crate::types::tuple::as_tuple(&f.defaults.get()).map_or(0, |d| d.len()) < argcount - argc
    {
        return None;
    }
    let v = f.version.load(Ordering::Acquire);
    let co = f.code();
    let finish = argc < argcount || co.ncells != 0 || !co.unit.freevars.is_empty();
    (v != 0).then_some((v, finish as u64))
}

/// Most keyword arguments a `CALL_KW_PY` site passes (their parameter indices are packed
/// in the cache with the positional count and the first defaulted parameter).
pub const KW_CALL_MAX: usize = 6;

/// The packed layout of `CALL_KW_PY`'s cache word `b`: byte `i < KW_CALL_MAX` the
/// parameter index of keyword `i`, byte 6 the number of positional arguments (self
/// included), byte 7 the first parameter left to the defaults (`argcount` if none).
pub fn kw_call_layout(b: u64) -> (usize, usize) {
    (((b >> 48) & 0xff) as usize, (b >> 56) as usize)
}

/// `CALL_KW` with `argc` arguments (the last `names.len()` of them by keyword) at `pc`.
pub fn call_kw(
    q: &Quickened,
    pc: usize,
    callable: &Value,
    has_self: bool,
    argc: usize,
    names: &Value,
) {
    match choose_call_kw(callable, has_self, argc, names) {
        Some((op, a, b, c, o)) => q.install(pc, op, a, b, c, o),
        None => q.fail(pc, Family::Call),
    }
}

fn choose_call_kw(callable: &Value, has_self: bool, argc: usize, names: &Value) -> Choice {
    let f = callable.downcast_exact::<FunctionObj>()?;
    let kw = crate::types::tuple::as_tuple(names)?;
    if kw.is_empty() || kw.len() > KW_CALL_MAX || kw.len() > argc {
        return None;
    }
    let unit = &f.code().unit;
    let argcount = unit.argcount as usize;
    if !unit.inline_callable() || argcount >= 0xff {
        return None;
    }
    let npos = argc + has_self as usize - kw.len();
    let mut filled = vec![false; argcount];
    filled.iter_mut().take(npos).for_each(|x| *x = true);
    let mut b = 0u64;
    for (i, name) in kw.iter().enumerate() {
        let name = pystr::as_str(name)?;
        let j = unit.varnames[..argcount].iter().position(|p| p == name)?;
        // A keyword naming a positional argument's parameter (or given twice) raises:
        // the generic call says how.
        if filled[j] {
            return None;
        }
        filled[j] = true;
        b |= (j as u64) << (8 * i);
    }
    let first_default = filled.iter().position(|x| !x).unwrap_or(argcount);
    let defaults = crate::types::tuple::as_tuple(&f.defaults.get()).map_or(0, |d| d.len());
    if argcount - first_default > defaults {
        return None;
    }
    b |= (npos as u64) << 48 | (first_default as u64) << 56;
    let v = f.version.load(Ordering::Acquire);
    (v != 0).then(|| {
        (
            Opcode::CallKwPy,
            v,
            b,
            names.bits() as u64,
            Some(callable.clone()),
        )
    })
}

/// `CALL` with `argc` arguments at `pc`; `callable` and `self_or_null` as on the stack.
pub fn call(q: &Quickened, pc: usize, callable: &Value, has_self: bool, argc: usize) {
    match choose_call(callable, has_self, argc) {
        Some((op, a, b, c, o)) => q.install(pc, op, a, b, c, o),
        None => q.fail(pc, Family::Call),
    }
}

fn choose_call(callable: &Value, has_self: bool, argc: usize) -> Choice {
    let bt = builtin();
    let nargs = argc + has_self as usize;
    if let Some(f) = callable.downcast_exact::<FunctionObj>() {
        let (v, finish) = exact_args_version(f, nargs)?;
        return Some((
            Opcode::CallPyExactArgs,
            v,
            nargs as u64,
            finish,
            Some(callable.clone()),
        ));
    }
    if callable.is_exact(bt.bound_method) && !has_self {
        let m = callable.downcast::<BoundMethod>()?;
        let f = m.func.downcast_exact::<FunctionObj>()?;
        let (v, finish) = exact_args_version(f, argc + 1)?;
        return Some((
            Opcode::CallBoundMethodExactArgs,
            v,
            0,
            finish,
            Some(m.func.clone()),
        ));
    }
    if let Some(nf) = callable.downcast_exact::<crate::types::native::BuiltinFunction>() {
        if nf.self_.is_some() || has_self {
            return None;
        }
        let op = match (nf.module, nf.name) {
            (Some("builtins"), "len") if argc == 1 => Opcode::CallLen,
            (Some("builtins"), "isinstance") if argc == 2 => Opcode::CallIsinstance,
            _ => Opcode::CallBuiltin,
        };
        return Some((op, 0, 0, 0, Some(callable.clone())));
    }
    if let Some(md) = callable.downcast_exact::<crate::types::native::MethodDescr>() {
        if !has_self || md.class_method || md.static_method {
            return None;
        }
        let op = if std::ptr::eq(md.owner, bt.list) && md.name == "append" && argc == 1 {
            Opcode::CallListAppend
        } else {
            Opcode::CallMethodDescr
        };
        return Some((op, 0, 0, 0, Some(callable.clone())));
    }
    if let Some(t) = as_type(callable) {
        if std::ptr::eq(t, bt.range) && !has_self && (1..=3).contains(&argc) {
            return Some((Opcode::CallRange, 0, 0, 0, Some(callable.clone())));
        }
        if has_self || !t.is_heap() || !std::ptr::eq(callable.ty(), bt.type_) {
            return None;
        }
        let object_new = bt.object.slots.new.raw();
        if t.slots.new.raw() != object_new {
            return None;
        }
        let init = t.lookup(&pystr::intern("__init__"))?;
        let f = init.downcast_exact::<FunctionObj>()?;
        exact_args_version(f, argc + 1)?;
        let version = version_of(t)?;
        if !t.slots.init.is_set() {
            return None;
        }
        return Some((Opcode::CallPyClass, version, 0, 0, Some(init)));
    }
    None
}

/// Kinds of `POP_JUMP_IF_*_SIZED` (cache `a`): the exact container type whose length
/// decides.
pub const SIZED_LIST: u32 = 0;
pub const SIZED_TUPLE: u32 = 1;
pub const SIZED_STR: u32 = 2;
pub const SIZED_DICT: u32 = 3;

/// `POP_JUMP_IF_FALSE` or `POP_JUMP_IF_TRUE` at `pc` testing the truth of `v`.
pub fn to_bool(q: &Quickened, pc: usize, v: &Value) {
    match choose_to_bool(v) {
        Some((ops, a, b)) => {
            let op = if q.instrs[pc].get().op() == Opcode::PopJumpIfTrue {
                ops.1
            } else {
                ops.0
            };
            q.install(pc, op, a, b, 0, None)
        }
        None => q.fail(pc, Family::ToBool),
    }
}

/// The (if-false, if-true) forms for `v` with their cache words `a` and `b`.
fn choose_to_bool(v: &Value) -> Option<((Opcode, Opcode), u32, u64)> {
    use Opcode::*;
    if v.is_small_int() {
        return Some(((PopJumpIfFalseInt, PopJumpIfTrueInt), 0, 0));
    }
    let bt = builtin();
    let ty = v.ty();
    let sized = (PopJumpIfFalseSized, PopJumpIfTrueSized);
    if std::ptr::eq(ty, bt.bool) {
        Some(((PopJumpIfFalseBool, PopJumpIfTrueBool), 0, 0))
    } else if std::ptr::eq(ty, bt.none) {
        Some(((PopJumpIfFalseNone, PopJumpIfTrueNone), 0, 0))
    } else if std::ptr::eq(ty, bt.list) {
        Some((sized, SIZED_LIST, 0))
    } else if std::ptr::eq(ty, bt.tuple) {
        Some((sized, SIZED_TUPLE, 0))
    } else if std::ptr::eq(ty, bt.str) {
        Some((sized, SIZED_STR, 0))
    } else if std::ptr::eq(ty, bt.dict) {
        Some((sized, SIZED_DICT, 0))
    } else if ty.slots.bool_.get().is_none() && ty.slots.len.get().is_none() {
        // Always true while the type stays as it is (its version says so).
        Some(((PopJumpIfFalseObj, PopJumpIfTrueObj), version_of(ty)?, 0))
    } else {
        None
    }
}
