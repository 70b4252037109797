//! `dict`: a compact, insertion-ordered hash table, its views and iterators.
//!
//! Owns: `DictObj` (an index array into a dense entries vector, as CPython 3.6+: open
//! addressing with CPython's perturbed probe sequence, the 2/3 load factor and growth to
//! `used * 3`), every dict method and slot, the `dict_keys`/`dict_values`/`dict_items`
//! views (with set operations on key and item views), the three dict iterators with
//! CPython's "changed size during iteration" checks, and the vm-free accessors the rest of
//! the VM uses for namespaces (`dict_get_str`, `dict_set_str`, ...), with `keys_version`
//! for global-load caches.
//!
//! Concurrency: the table is a heap block behind an atomic pointer; every mutation holds
//! the dict object's header mutex. Lookups of keys that need no Python (exact str, small
//! int) are lock-free for the owner of an unshared dict and for every thread once the dict
//! is `SHARED` (a non-owner's first access takes the lock and marks it). So that a
//! lock-free reader never sees freed memory, writers of a shared dict retire (QSBR, see
//! `thread::qsbr`) what they replace: values, removed keys, whole tables (a resize builds
//! a new table and swaps the pointer; the table itself never reallocates in place).
//! Must not: hold that lock while calling Python code (`__hash__`, `__eq__`,
//! `__missing__`, iteration of arguments) or while dropping a value that may be the last
//! reference to something; a lookup that must call `__eq__` releases the lock, compares,
//! re-locks, and restarts if the table changed meanwhile. Never locks two objects at once.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicPtr, AtomicU64, Ordering};

use crate::bytecode::CompareOp;
use crate::object::{ObjLock, Payload, PyObj, Value};
use crate::types::int::{new_bool, new_int};
use crate::types::list::{cls_is, new_list, payload_header, repr_enter, unhashable};
use crate::types::native::{add_class_method, add_method, check_count, no_kwargs};
use crate::types::object::Subclassed;
use crate::types::str::{as_str, intern, new_string, StrObj};
use crate::types::tuple::{as_tuple, new_tuple};
use crate::types::{builtin, none, TypeObject, TypeSpec};
use crate::vm::{PyResult, Vm};

// ---- hashing and key comparison without Python -------------------------------------------

/// CPython's hash of an int that fits in 64 bits.
#[inline]
pub fn int_hash(i: i64) -> i64 {
    crate::numeric::hash_i64(i)
}

/// The hash of a key computable without calling Python (small ints, exact strs).
#[inline]
pub fn fast_hash(key: &Value) -> Option<i64> {
    if let Some(i) = key.as_small_int() {
        return Some(int_hash(i));
    }
    if key.is_exact(builtin().str) {
        return key.downcast::<StrObj>().map(crate::types::str::str_hash);
    }
    None
}

/// `hash(key)`, without calling Python for small ints and exact strs.
#[inline]
pub fn key_hash(vm: &Vm, key: &Value) -> PyResult<i64> {
    match fast_hash(key) {
        Some(h) => Ok(h),
        None => crate::ops::hash(vm, key),
    }
}

/// `a == b` decided without Python when both are small ints or exact strs (or one of
/// each); `None` when Python's `__eq__` must decide.
#[inline]
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    let (sa, sb) = (a.is_small_int(), b.is_small_int());
    if sa && sb {
        return Some(a.bits() == b.bits());
    }
    let s = builtin().str;
    let ea = !sa && a.is_exact(s);
    let eb = !sb && b.is_exact(s);
    if ea && eb {
        return Some(as_str(a) == as_str(b));
    }
    if (sa && eb) || (ea && sb) {
        return Some(false);
    }
    None
}

static NEXT_VERSION: AtomicU64 = AtomicU64::new(1);

thread_local! {
    static VERSION_BATCH: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

/// A process-unique keys version (handed out in per-thread batches to avoid contention).
fn next_version() -> u64 {
    VERSION_BATCH
        .try_with(|c| {
            let (n, end) = c.get();
            if n < end {
                c.set((n + 1, end));
                n
            } else {
                let base = NEXT_VERSION.fetch_add(1024, Ordering::Relaxed);
                c.set((base + 1, base + 1024));
                base
            }
        })
        .unwrap_or_else(|_| NEXT_VERSION.fetch_add(1, Ordering::Relaxed))
}

// ---- the table ----------------------------------------------------------------------------

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;
/// The largest index table (indices are u32 entry numbers).
const MAX_SIZE: usize = 1 << 31;

struct Entry {
    hash: i64,
    key: Value,
    value: Value,
}

struct Table {
    /// Power-of-two sized (or empty before the first insertion); entry numbers, EMPTY or
    /// DUMMY.
    indices: Vec<u32>,
    /// Insertion-ordered; `None` for deleted entries (until the next resize).
    entries: Vec<Option<Entry>>,
    used: usize,
    /// Index slots that are not EMPTY (live or DUMMY); insertions are allowed while this
    /// is below the usable fraction, as CPython's `dk_usable` (popitem shrinks `entries`
    /// but leaves a DUMMY behind, so the entries length cannot stand in for this).
    filled: usize,
    /// Bumped on every structural change (insertion or removal of a key, resize, clear).
    mutations: u64,
}

#[derive(Clone, Copy)]
struct Probe {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    #[inline]
    fn new(hash: i64, mask: usize) -> Probe {
        Probe {
            i: (hash as u64 as usize) & mask,
            perturb: hash as u64,
            mask,
        }
    }

    #[inline]
    fn advance(&mut self) {
        self.perturb >>= 5;
        self.i = (self.i.wrapping_mul(5))
            .wrapping_add(self.perturb as usize)
            .wrapping_add(1)
            & self.mask;
    }
}

/// The smallest table size (power of two, at least 8) of at least `minsize` slots.
fn table_size_for(minsize: usize) -> usize {
    minsize
        .max(MIN_SIZE)
        .checked_next_power_of_two()
        .unwrap_or(usize::MAX)
}

impl Table {
    const fn new() -> Table {
        Table {
            indices: Vec::new(),
            entries: Vec::new(),
            used: 0,
            filled: 0,
            mutations: 0,
        }
    }

    #[inline]
    fn usable(&self) -> usize {
        (self.indices.len() << 1) / 3
    }

    /// An empty table with `size` index slots and room for its usable entries (entries
    /// never reallocate: a lock-free reader may be reading them).
    fn with_size(size: usize) -> Table {
        Table {
            indices: vec![EMPTY; size],
            entries: Vec::with_capacity((size << 1) / 3),
            used: 0,
            filled: 0,
            mutations: 0,
        }
    }

    /// Appends `e` (known absent) and indexes it in the first empty slot of its probe
    /// sequence. There must be room (`filled < usable()`).
    fn insert_clean(&mut self, e: Entry) {
        let mut p = Probe::new(e.hash, self.indices.len() - 1);
        while self.indices[p.i] != EMPTY {
            p.advance();
        }
        let ix = self.entries.len() as u32;
        self.entries.push(Some(e));
        // A lock-free reader that sees the index must see the entry it names.
        std::sync::atomic::fence(Ordering::Release);
        self.indices[p.i] = ix;
        self.filled += 1;
    }

    /// Probes for `key` comparing without Python; `Err(probe)` when a Python comparison
    /// is needed at the entry the probe is at.
    fn find_fast(&self, key: &Value, hash: i64, from: Option<Probe>) -> FastFind {
        if self.indices.is_empty() {
            return FastFind::Absent;
        }
        let mut p = match from {
            Some(mut p) => {
                p.advance();
                p
            }
            None => Probe::new(hash, self.indices.len() - 1),
        };
        loop {
            let ix = self.indices[p.i];
            if ix == EMPTY {
                return FastFind::Absent;
            }
            std::sync::atomic::fence(Ordering::Acquire);
            if ix != DUMMY {
                if let Some(Some(e)) = self.entries.get(ix as usize) {
                    if e.hash == hash {
                        if e.key.is(key) {
                            return FastFind::Found(p.i, ix as usize);
                        }
                        match fast_eq(&e.key, key) {
                            Some(true) => return FastFind::Found(p.i, ix as usize),
                            Some(false) => {}
                            None => return FastFind::NeedEq(p, ix as usize),
                        }
                    }
                }
            }
            p.advance();
        }
    }

    /// Removes the entry `ix` indexed at `slot`.
    fn remove_at(&mut self, slot: usize, ix: usize) -> Option<Entry> {
        let e = self.entries.get_mut(ix)?.take()?;
        self.indices[slot] = DUMMY;
        self.used -= 1;
        self.mutations += 1;
        Some(e)
    }

    /// The index slot that points at entry `ix` (for removals by entry number).
    fn slot_of(&self, ix: usize) -> Option<usize> {
        let hash = self.entries.get(ix)?.as_ref()?.hash;
        let mut p = Probe::new(hash, self.indices.len() - 1);
        loop {
            let v = self.indices[p.i];
            if v == EMPTY {
                return None;
            }
            if v as usize == ix {
                return Some(p.i);
            }
            p.advance();
        }
    }
}

enum FastFind {
    Absent,
    Found(usize, usize),
    NeedEq(Probe, usize),
}

// ---- the payload ---------------------------------------------------------------------------

/// A dict's payload.
pub struct DictObj {
    /// Never null: a `Box<Table>` owned by the dict. Replaced (not mutated) on resize.
    table: AtomicPtr<Table>,
    version: AtomicU64,
}

// SAFETY: the table is mutated only through `DictObj::lock`, which holds the owning object's
// header mutex for as long as the returned reference lives; lock-free readers only read, and
// writers of a shared dict retire what such a reader may still see (module comment).
unsafe impl Sync for DictObj {}
// SAFETY: as above; the table box is owned by the dict.
unsafe impl Send for DictObj {}

impl Drop for DictObj {
    fn drop(&mut self) {
        // SAFETY: the pointer always holds a table box owned by this dict; nothing else can
        // reference the dict any more (it is being freed).
        drop(unsafe { Box::from_raw(*self.table.get_mut()) });
    }
}

const _: () = assert!(
    std::mem::offset_of!(PyObj<DictObj>, payload)
        == std::mem::offset_of!(PyObj<Subclassed<DictObj>>, payload)
);

impl Payload for DictObj {
    fn class() -> &'static TypeObject {
        builtin().dict
    }
}

/// The table of a dict with its lock held; unlocks on drop.
struct Locked<'a> {
    t: &'a mut Table,
    d: &'a DictObj,
    /// Lock-free readers on other threads may be reading: retire what is replaced.
    retire: bool,
    _g: ObjLock<'a>,
}

impl Locked<'_> {
    /// Makes room for one more entry: false when the table cannot grow (MemoryError).
    fn reserve_one(&mut self) -> bool {
        if self.t.filled < self.t.usable() && self.t.entries.len() < u32::MAX as usize - 2 {
            return true;
        }
        let size = table_size_for(self.t.used.saturating_mul(3));
        if size > MAX_SIZE {
            return false;
        }
        self.rebuild(size);
        true
    }

    /// Replaces the table by one with `size` slots holding the same entries (compacted),
    /// published with one pointer store; the old table is retired or freed.
    fn rebuild(&mut self, size: usize) {
        let mut nt = Box::new(Table::with_size(size));
        if self.retire {
            // Readers may still follow the old table: leave it intact, copy the entries.
            for e in self.t.entries.iter().flatten() {
                nt.insert_clean(Entry {
                    hash: e.hash,
                    key: e.key.clone(),
                    value: e.value.clone(),
                });
            }
        } else {
            for e in std::mem::take(&mut self.t.entries).into_iter().flatten() {
                nt.insert_clean(e);
            }
        }
        nt.used = self.t.used;
        nt.mutations = self.t.mutations + 1;
        self.replace_table(nt);
    }

    /// Publishes `nt` as the dict's table; the old one is retired (shared) or freed.
    fn replace_table(&mut self, nt: Box<Table>) {
        let np = Box::into_raw(nt);
        let old = self.d.table.swap(np, Ordering::AcqRel);
        // SAFETY: `np` is the new, live table box, owned by the dict; the lock is held.
        self.t = unsafe { &mut *np };
        // SAFETY: `old` was the dict's table box, now unlinked.
        let old = unsafe { Box::from_raw(old) };
        if self.retire {
            crate::thread::retire_box(old);
        } else {
            drop(old);
        }
    }

    /// Disposes of a value taken out of the table (after the lock is released, or retired
    /// for lock-free readers).
    fn discard_later(&self, v: Value) -> Option<Value> {
        if self.retire {
            crate::thread::retire_value(v);
            None
        } else {
            Some(v)
        }
    }

    /// `discard_later` for a removed entry's key and value.
    fn discard_entry(&self, e: Entry) -> Option<Entry> {
        if self.retire {
            crate::thread::retire_value(e.key);
            crate::thread::retire_value(e.value);
            None
        } else {
            Some(e)
        }
    }
}

/// Where a key was found: (index slot, entry number).
type Hit = Option<(usize, usize)>;

impl DictObj {
    fn new() -> DictObj {
        DictObj::with_table(Table::new())
    }

    fn with_table(t: Table) -> DictObj {
        DictObj {
            table: AtomicPtr::new(Box::into_raw(Box::new(t))),
            version: AtomicU64::new(next_version()),
        }
    }

    #[inline]
    fn lock(&self) -> Locked<'_> {
        use crate::object::header::gc_bits::SHARED;
        // SAFETY: a `DictObj` is only created by this module (private fields) and moved
        // straight into a heap object by `Value::alloc` or `alloc_subclass_instance`.
        let h = unsafe { payload_header(self) };
        let g = ObjLock::lock(h);
        let mut bits = h.gc_bits.load(Ordering::Relaxed);
        if bits & SHARED == 0
            && h.tid.load(Ordering::Relaxed) != crate::object::header::thread_rc_id()
        {
            // Another thread touches the dict: from now on every thread may read it
            // lock-free, so writers retire what they replace. Set under the lock, so
            // every later writer sees it.
            bits = h.gc_bits.fetch_or(SHARED, Ordering::Release) | SHARED;
        }
        let retire = bits & SHARED != 0 && crate::thread::reclaim_needed();
        // SAFETY: the header mutex is held until `Locked` drops, and every mutation of the
        // table goes through this function, so this is the only mutable reference; the
        // pointer always holds the dict's live table box.
        let t = unsafe { &mut *self.table.load(Ordering::Acquire) };
        Locked {
            t,
            d: self,
            retire,
            _g: g,
        }
    }

    /// True when the calling thread may read the table without the lock: it owns the
    /// (unshared) dict, or the dict is shared and its writers retire what they replace.
    #[inline(always)]
    fn lock_free_ok(&self) -> bool {
        use crate::object::header::gc_bits::SHARED;
        // SAFETY: as in `lock`.
        let h = unsafe { payload_header(self) };
        h.gc_bits.load(Ordering::Acquire) & SHARED != 0
            || h.tid.load(Ordering::Relaxed) == crate::object::header::thread_rc_id()
    }

    /// The current table for a lock-free read (see `lock_free_ok`).
    #[inline(always)]
    fn table_unlocked(&self) -> &Table {
        // SAFETY: the pointer always holds a live table box; a replaced one is retired, not
        // freed, while lock-free readers may hold it.
        unsafe { &*self.table.load(Ordering::Acquire) }
    }

    /// Records a change to the set of keys (for `keys_version` readers).
    #[inline]
    fn keys_changed(&self) {
        self.version.store(next_version(), Ordering::Release);
    }

    /// Changes whenever a key is added or removed (process-unique values).
    #[inline]
    pub fn keys_version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    pub fn len(&self) -> usize {
        self.lock().t.used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Finds `key` (hash `hash`), calling `__eq__` without the lock when needed. Returns
    /// with the lock held.
    fn lookup<'a>(&'a self, vm: &Vm, key: &Value, hash: i64) -> PyResult<(Locked<'a>, Hit)> {
        let mut g = self.lock();
        let mut from: Option<Probe> = None;
        loop {
            match g.t.find_fast(key, hash, from) {
                FastFind::Absent => return Ok((g, None)),
                FastFind::Found(slot, ix) => return Ok((g, Some((slot, ix)))),
                FastFind::NeedEq(p, ix) => {
                    let Some(Some(e)) = g.t.entries.get(ix) else {
                        from = Some(p);
                        continue;
                    };
                    let ek = e.key.clone();
                    let ek_bits = ek.bits();
                    let mutations = g.t.mutations;
                    drop(g);
                    let r = crate::ops::eq(vm, &ek, key);
                    drop(ek);
                    let r = r?;
                    g = self.lock();
                    let same = g.t.mutations == mutations
                        && matches!(g.t.entries.get(ix), Some(Some(e)) if e.key.bits() == ek_bits);
                    if !same {
                        // The table changed while `__eq__` ran: start over.
                        from = None;
                        continue;
                    }
                    if r {
                        return Ok((g, Some((p.i, ix))));
                    }
                    from = Some(p);
                }
            }
        }
    }

    /// `d[key]` with a known hash.
    fn get_with_hash(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        if self.lock_free_ok() {
            if let Some(r) = Self::get_in_no_python(self.table_unlocked(), key, hash) {
                return Ok(r);
            }
        }
        let (g, hit) = self.lookup(vm, key, hash)?;
        Ok(hit.and_then(|(_, ix)| g.t.entries[ix].as_ref().map(|e| e.value.clone())))
    }

    /// `d[key] = value` with a known hash.
    fn set_with_hash(&self, vm: &Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        let (g, hit) = self.lookup(vm, &key, hash)?;
        self.store_locked(vm, g, hit, key, hash, value)
    }

    fn store_locked(
        &self,
        vm: &Vm,
        g: Locked<'_>,
        hit: Hit,
        key: Value,
        hash: i64,
        value: Value,
    ) -> PyResult<()> {
        let mut g = g;
        match hit {
            Some((_, ix)) => {
                let old = g.t.entries[ix]
                    .as_mut()
                    .map(|e| std::mem::replace(&mut e.value, value))
                    .and_then(|v| g.discard_later(v));
                drop(g);
                drop(old);
                Ok(())
            }
            None => {
                if !g.reserve_one() {
                    drop(g);
                    return Err(vm.memory_error());
                }
                g.t.insert_clean(Entry { hash, key, value });
                g.t.used += 1;
                g.t.mutations += 1;
                self.keys_changed();
                Ok(())
            }
        }
    }

    /// Removes `key` (known hash), returning its (key, value).
    fn pop_with_hash(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<Option<(Value, Value)>> {
        let (g, hit) = self.lookup(vm, key, hash)?;
        let Some((slot, ix)) = hit else {
            return Ok(None);
        };
        let e = g.t.remove_at(slot, ix);
        if e.is_some() {
            self.keys_changed();
        }
        let retire = g.retire;
        drop(g);
        Ok(e.map(|e| {
            if retire {
                // A lock-free reader may still be comparing the key or taking the value.
                crate::thread::retire_value(e.key.clone());
                crate::thread::retire_value(e.value.clone());
            }
            (e.key, e.value)
        }))
    }

    /// The (key, value) pairs, in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        let g = self.lock();
        g.t.entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// The keys, in order.
    pub fn keys(&self) -> Vec<Value> {
        let g = self.lock();
        g.t.entries
            .iter()
            .flatten()
            .map(|e| e.key.clone())
            .collect()
    }

    /// The values, in order.
    pub fn values(&self) -> Vec<Value> {
        let g = self.lock();
        g.t.entries
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect()
    }

    /// The keys with their stored hashes, in order.
    pub fn keys_with_hashes(&self) -> Vec<(Value, i64)> {
        let g = self.lock();
        g.t.entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.hash))
            .collect()
    }

    /// The live entry at or after position `pos`: (its position, key, value).
    fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let g = self.lock();
        g.t.entries
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, e)| e.as_ref().map(|e| (i, e.key.clone(), e.value.clone())))
    }

    /// Empties the dict.
    pub fn clear(&self) {
        let old = {
            let mut g = self.lock();
            let mut nt = Box::new(Table::new());
            nt.mutations = g.t.mutations + 1;
            if g.retire {
                g.replace_table(nt);
                None
            } else {
                // Not shared: take the old table out and free it after unlocking (its
                // values may be the last references to objects).
                let old = std::mem::replace(g.t, *nt);
                Some(old)
            }
        };
        self.keys_changed();
        drop(old);
    }

    /// Looks up an exact-str key (interned or not) without calling Python.
    #[inline]
    fn get_str_fast(&self, key: &Value, hash: i64) -> Option<Value> {
        if self.lock_free_ok() {
            return Self::get_str_in(self.table_unlocked(), key, hash);
        }
        let g = self.lock();
        Self::get_str_in(g.t, key, hash)
    }

    /// Finds a key comparable without Python in `t` (which may be read lock-free): the
    /// value, `Some(None)` if absent, `None` when a Python `__eq__` must decide. Tolerates
    /// a concurrent writer (entries are read with bounds checks; what they point to is
    /// alive or retired).
    #[inline]
    fn get_in_no_python(t: &Table, key: &Value, hash: i64) -> Option<Option<Value>> {
        match t.find_fast(key, hash, None) {
            FastFind::Found(_, ix) => Some(
                t.entries
                    .get(ix)
                    .and_then(|e| e.as_ref())
                    .map(|e| e.value.clone()),
            ),
            FastFind::Absent => Some(None),
            FastFind::NeedEq(..) => None,
        }
    }

    fn get_str_in(t: &Table, key: &Value, hash: i64) -> Option<Value> {
        match t.find_fast(key, hash, None) {
            FastFind::Found(_, ix) => t
                .entries
                .get(ix)
                .and_then(|e| e.as_ref())
                .map(|e| e.value.clone()),
            FastFind::Absent => None,
            FastFind::NeedEq(mut p, _) => {
                // A non-str key with the same hash: not equal for namespace purposes;
                // keep probing.
                loop {
                    match t.find_fast(key, hash, Some(p)) {
                        FastFind::Found(_, ix) => {
                            return t
                                .entries
                                .get(ix)
                                .and_then(|e| e.as_ref())
                                .map(|e| e.value.clone())
                        }
                        FastFind::Absent => return None,
                        FastFind::NeedEq(q, _) => p = q,
                    }
                }
            }
        }
    }

    /// Finds an exact-str (or small int) key without calling Python: (slot, entry).
    fn find_no_python(g: &Locked<'_>, key: &Value, hash: i64) -> Hit {
        let mut from = None;
        loop {
            match g.t.find_fast(key, hash, from) {
                FastFind::Found(slot, ix) => return Some((slot, ix)),
                FastFind::Absent => return None,
                FastFind::NeedEq(p, _) => from = Some(p),
            }
        }
    }

    /// Stores under a key whose hash and equality need no Python (exact str, small int).
    fn set_no_python(&self, key: Value, hash: i64, value: Value) {
        let mut g = self.lock();
        let hit = Self::find_no_python(&g, &key, hash);
        match hit {
            Some((_, ix)) => {
                let old = g.t.entries[ix]
                    .as_mut()
                    .map(|e| std::mem::replace(&mut e.value, value))
                    .and_then(|v| g.discard_later(v));
                drop(g);
                drop(old);
            }
            None => {
                if g.reserve_one() {
                    g.t.insert_clean(Entry { hash, key, value });
                    g.t.used += 1;
                    g.t.mutations += 1;
                    self.keys_changed();
                }
            }
        }
    }

    fn del_no_python(&self, key: &Value, hash: i64) -> bool {
        let g = self.lock();
        let Some((slot, ix)) = Self::find_no_python(&g, key, hash) else {
            return false;
        };
        let e = g.t.remove_at(slot, ix);
        let found = e.is_some();
        if found {
            self.keys_changed();
        }
        let e = e.and_then(|e| g.discard_entry(e));
        drop(g);
        drop(e);
        found
    }

    /// A copy with the same order (compacted).
    fn copy_table(&self) -> Table {
        let g = self.lock();
        let mut t = Table::new();
        if g.t.used > 0 {
            let size = if g.t.used == g.t.entries.len() {
                g.t.indices.len()
            } else {
                table_size_for((g.t.used * 3).div_ceil(2))
            };
            t.indices = vec![EMPTY; size];
            t.entries = Vec::with_capacity((size << 1) / 3);
            for e in g.t.entries.iter().flatten() {
                t.insert_clean(Entry {
                    hash: e.hash,
                    key: e.key.clone(),
                    value: e.value.clone(),
                });
            }
            t.used = g.t.used;
        }
        t
    }
}

/// A new, empty dict.
pub fn new_dict() -> Value {
    Value::alloc(builtin().dict, DictObj::new())
}

/// A new dict holding `items` (later duplicates win), computing hashes with `vm`.
pub fn new_dict_from(vm: &Vm, items: Vec<(Value, Value)>) -> PyResult<Value> {
    let d = new_dict();
    for (k, v) in items {
        dict_set(vm, &d, k, v)?;
    }
    Ok(d)
}

/// The payload of a dict (or dict subclass instance).
#[inline]
pub fn as_dict(v: &Value) -> Option<&DictObj> {
    v.downcast::<DictObj>()
}

fn dct<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a DictObj> {
    as_dict(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            v.ty().name()
        ))
    })
}

// ---- the API the rest of the VM uses ---------------------------------------------------

/// `d.get(key)`: `None` if absent. Raises for unhashable keys and errors in `__eq__`.
pub fn dict_get(vm: &Vm, d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let me = dct(vm, d)?;
    let h = key_hash(vm, key)?;
    me.get_with_hash(vm, key, h)
}

/// `d[key] = value` (no `__setitem__` dispatch).
pub fn dict_set(vm: &Vm, d: &Value, key: Value, value: Value) -> PyResult<()> {
    let me = dct(vm, d)?;
    let h = key_hash(vm, &key)?;
    me.set_with_hash(vm, key, h, value)
}

/// `del d[key]`: false if the key was absent.
pub fn dict_del(vm: &Vm, d: &Value, key: &Value) -> PyResult<bool> {
    let me = dct(vm, d)?;
    let h = key_hash(vm, key)?;
    Ok(me.pop_with_hash(vm, key, h)?.is_some())
}

/// `key in d`.
pub fn dict_contains(vm: &Vm, d: &Value, key: &Value) -> PyResult<bool> {
    Ok(dict_get(vm, d, key)?.is_some())
}

/// Looks up an interned (or any exact) str key; never calls Python.
#[inline]
pub fn dict_get_str(d: &Value, key: &Value) -> Option<Value> {
    let me = as_dict(d)?;
    let h = fast_hash(key)?;
    me.get_str_fast(key, h)
}

/// The entry number of exact-str `key` in `d`'s table, for the specializer's index caches
/// (`value_at_index` reads it back). Never calls Python.
pub fn dict_str_index(d: &Value, key: &Value) -> Option<usize> {
    let me = as_dict(d)?;
    let h = fast_hash(key)?;
    let find = |t: &Table| match t.find_fast(key, h, None) {
        FastFind::Found(_, ix) => Some(ix),
        _ => None,
    };
    if me.lock_free_ok() {
        return find(me.table_unlocked());
    }
    let g = me.lock();
    find(g.t)
}

/// The value of entry `ix` of `d` if that entry's key is `key` (by identity: namespaces
/// use interned names). A key maps to at most one entry, so a hit is the current value of
/// `d[key]` whatever happened to the dict since the index was taken. Never calls Python.
///
/// The common case (an exact dict this thread may read without the lock) is inlined into
/// the caller (the eval loop's `LOAD_GLOBAL` hits); the rest takes the lock.
#[inline(always)]
pub fn dict_value_at_index(d: &Value, ix: usize, key: &Value) -> Option<Value> {
    if let Some(me) = d.downcast_exact::<DictObj>() {
        if me.lock_free_ok() {
            return match me.table_unlocked().entries.get(ix) {
                Some(Some(e)) if e.key.is(key) => Some(e.value.clone()),
                _ => None,
            };
        }
    }
    dict_value_at_index_slow(d, ix, key)
}

#[inline(never)]
fn dict_value_at_index_slow(d: &Value, ix: usize, key: &Value) -> Option<Value> {
    let me = as_dict(d)?;
    let read = |t: &Table| match t.entries.get(ix) {
        Some(Some(e)) if e.key.is(key) => Some(e.value.clone()),
        _ => None,
    };
    if me.lock_free_ok() {
        return read(me.table_unlocked());
    }
    let g = me.lock();
    read(g.t)
}

/// The keys version of dict `d` (0 for a non-dict): changes whenever a key is added or
/// removed, process-unique.
#[inline]
pub fn dict_keys_version(d: &Value) -> u64 {
    as_dict(d).map_or(0, |m| m.keys_version())
}

/// `d[name] = value`, interning `name`.
pub fn dict_set_str(d: &Value, name: &str, value: Value) {
    dict_set_str_value(d, intern(name), value);
}

/// `d[key] = value` for an exact-str (normally interned) key; never calls Python.
pub fn dict_set_str_value(d: &Value, key: Value, value: Value) {
    let Some(me) = as_dict(d) else { return };
    let Some(h) = fast_hash(&key) else { return };
    me.set_no_python(key, h, value);
}

/// `del d[key]` for an exact-str key; false if absent. Never calls Python.
pub fn dict_del_str(d: &Value, key: &Value) -> bool {
    let Some(me) = as_dict(d) else { return false };
    let Some(h) = fast_hash(key) else {
        return false;
    };
    me.del_no_python(key, h)
}

/// The (key, value) pairs of `d`, in order.
pub fn dict_items(d: &Value) -> Vec<(Value, Value)> {
    as_dict(d).map(|m| m.items()).unwrap_or_default()
}

/// The keys of `d`, in order.
pub fn dict_keys(d: &Value) -> Vec<Value> {
    as_dict(d).map(|m| m.keys()).unwrap_or_default()
}

/// The values of `d`, in order.
pub fn dict_values(d: &Value) -> Vec<Value> {
    as_dict(d).map(|m| m.values()).unwrap_or_default()
}

/// `len(d)`.
pub fn dict_len(d: &Value) -> usize {
    as_dict(d).map(|m| m.len()).unwrap_or(0)
}

/// The keys of `d` with their hashes (for building sets from dicts).
pub fn dict_keys_with_hashes(d: &Value) -> Vec<(Value, i64)> {
    as_dict(d).map(|m| m.keys_with_hashes()).unwrap_or_default()
}

/// `key in d` for a key whose hash is already known.
pub fn dict_contains_known_hash(vm: &Vm, d: &Value, key: &Value, hash: i64) -> PyResult<bool> {
    Ok(dct(vm, d)?.get_with_hash(vm, key, hash)?.is_some())
}

/// A shallow copy of `d` as an exact dict.
pub fn dict_copy(vm: &Vm, d: &Value) -> PyResult<Value> {
    let me = dct(vm, d)?;
    let t = me.copy_table();
    Ok(Value::alloc(builtin().dict, DictObj::with_table(t)))
}

/// `PyDict_Merge(a, b, override=1)` / `dict.update(b)` for a mapping or iterable of pairs
/// (CPython's `dict_update_arg`).
pub fn dict_update_arg(vm: &Vm, d: &Value, arg: &Value) -> PyResult<()> {
    if as_dict(arg).is_some() && has_dict_iter(arg) {
        return dict_merge(vm, d, arg);
    }
    if crate::ops::getattr_opt(vm, arg, &intern("keys"))?.is_some() {
        let keys = crate::ops::call_method(vm, arg, "keys", &[])?;
        let it = crate::ops::iter(vm, &keys)?;
        while let Some(k) = crate::ops::next(vm, &it)? {
            let v = crate::ops::getitem(vm, arg, &k)?;
            dict_set(vm, d, k, v)?;
        }
        return Ok(());
    }
    dict_merge_from_seq2(vm, d, arg)
}

/// `PyDict_Update(d, other)` / `{**other}`: merges a mapping (or iterable of pairs).
pub fn dict_update(vm: &Vm, d: &Value, other: &Value) -> PyResult<()> {
    dict_update_arg(vm, d, other)
}

/// True if `v`'s type iterates like a dict (not overriding `__iter__`).
fn has_dict_iter(v: &Value) -> bool {
    v.ty().slots.iter.get().map(|f| f as usize) == Some(dict_iter as *const () as usize)
}

/// Merges the entries of dict `src` into `d`, reusing the stored hashes.
fn dict_merge(vm: &Vm, d: &Value, src: &Value) -> PyResult<()> {
    if d.is(src) {
        return Ok(());
    }
    let me = dct(vm, d)?;
    let Some(other) = as_dict(src) else {
        return Ok(());
    };
    let entries: Vec<(Value, Value, i64)> = {
        let g = other.lock();
        g.t.entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone(), e.hash))
            .collect()
    };
    {
        // One big resize up front, as CPython does when merging into a dict.
        let mut g = me.lock();
        let need = g.t.used + entries.len();
        if (g.t.usable() as isize - g.t.filled as isize) < entries.len() as isize {
            let size = table_size_for((need * 3).div_ceil(2));
            if size <= MAX_SIZE {
                g.rebuild(size);
            }
        }
    }
    for (k, v, h) in entries {
        me.set_with_hash(vm, k, h, v)?;
    }
    Ok(())
}

/// `PyDict_MergeFromSeq2`: `d.update(iterable_of_pairs)`.
fn dict_merge_from_seq2(vm: &Vm, d: &Value, seq: &Value) -> PyResult<()> {
    let it = crate::ops::iter(vm, seq)?;
    let mut i = 0usize;
    while let Some(item) = crate::ops::next(vm, &it)? {
        let pair: Vec<Value> = if let Some(t) = as_tuple(&item) {
            t.to_vec()
        } else if let Some(l) = crate::types::list::as_list(&item) {
            l.snapshot()
        } else {
            match crate::ops::collect(vm, &item) {
                Ok(v) => v,
                Err(e) => {
                    if vm.err_matches(&e, builtin().type_error) {
                        return Err(vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )));
                    }
                    return Err(e);
                }
            }
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        if let (Some(k), Some(v)) = (p.next(), p.next()) {
            dict_set(vm, d, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

/// Applies `(args, kwnames)` of `dict(...)`/`d.update(...)` to `d`.
fn update_from_args(
    vm: &Vm,
    d: &Value,
    fname: &str,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<()> {
    let nkw = kwnames.map_or(0, |k| k.len());
    let npos = args.len().saturating_sub(nkw);
    if npos > 1 {
        return Err(vm.type_error(format!("{fname} expected at most 1 argument, got {npos}")));
    }
    if npos == 1 {
        dict_update_arg(vm, d, &args[0])?;
    }
    if let Some(names) = kwnames {
        for (k, v) in names.iter().zip(&args[npos..]) {
            dict_set(vm, d, k.clone(), v.clone())?;
        }
    }
    Ok(())
}

// ---- the dict type -------------------------------------------------------------------------

/// The dict type and its helper types, made by `make_types`.
pub struct DictTypes {
    pub dict: &'static TypeObject,
    pub keys: &'static TypeObject,
    pub values: &'static TypeObject,
    pub items: &'static TypeObject,
    pub keyiter: &'static TypeObject,
    pub valueiter: &'static TypeObject,
    pub itemiter: &'static TypeObject,
}

pub fn make_types(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> DictTypes {
    let dict =
        mk(TypeSpec::of::<DictObj>("dict", Some(object)).flags(crate::types::type_flags::BASETYPE));
    dict.slots.new.set(Some(dict_new));
    dict.slots.init.set(Some(dict_init));
    dict.slots.repr.set(Some(dict_repr));
    dict.slots.hash.set(Some(unhashable));
    dict.slots.richcompare.set(Some(dict_richcompare));
    dict.slots.len.set(Some(dict_len_slot));
    dict.slots.getitem.set(Some(dict_getitem));
    dict.slots.setitem.set(Some(dict_setitem));
    dict.slots.contains.set(Some(dict_contains_slot));
    dict.slots.iter.set(Some(dict_iter));
    dict.slots.or.set(Some(dict_or));
    dict.slots.ior.set(Some(dict_ior));

    let keys = mk(TypeSpec::of::<DictView<KEYS>>("dict_keys", Some(object)));
    let values = mk(TypeSpec::of::<DictView<VALUES>>(
        "dict_values",
        Some(object),
    ));
    let items = mk(TypeSpec::of::<DictView<ITEMS>>("dict_items", Some(object)));
    for t in [keys, values, items] {
        t.slots.len.set(Some(view_len));
        t.slots.iter.set(Some(view_iter));
        t.slots.repr.set(Some(view_repr));
    }
    keys.slots.contains.set(Some(keys_contains));
    items.slots.contains.set(Some(items_contains));
    for t in [keys, items] {
        t.slots.richcompare.set(Some(view_richcompare));
        t.slots.hash.set(Some(unhashable));
        t.slots.and.set(Some(view_and));
        t.slots.or.set(Some(view_or));
        t.slots.sub.set(Some(view_sub));
        t.slots.xor.set(Some(view_xor));
    }

    let keyiter = mk(TypeSpec::of::<DictIter<KEYS>>(
        "dict_keyiterator",
        Some(object),
    ));
    let valueiter = mk(TypeSpec::of::<DictIter<VALUES>>(
        "dict_valueiterator",
        Some(object),
    ));
    let itemiter = mk(TypeSpec::of::<DictIter<ITEMS>>(
        "dict_itemiterator",
        Some(object),
    ));
    keyiter.slots.next.set(Some(dictiter_next::<KEYS>));
    valueiter.slots.next.set(Some(dictiter_next::<VALUES>));
    itemiter.slots.next.set(Some(dictiter_next::<ITEMS>));
    for t in [keyiter, valueiter, itemiter] {
        t.slots.iter.set(Some(self_iter));
    }
    DictTypes {
        dict,
        keys,
        values,
        items,
        keyiter,
        valueiter,
        itemiter,
    }
}

pub fn init_methods() {
    let b = builtin();
    let t = b.dict;
    add_method(t, "get", dict_get_m);
    add_method(t, "setdefault", dict_setdefault);
    add_method(t, "pop", dict_pop);
    add_method(t, "popitem", dict_popitem);
    add_method(t, "keys", dict_keys_m);
    add_method(t, "values", dict_values_m);
    add_method(t, "items", dict_items_m);
    add_method(t, "update", dict_update_m);
    add_class_method(t, "fromkeys", dict_fromkeys);
    add_method(t, "copy", dict_copy_m);
    add_method(t, "clear", dict_clear);
    add_method(t, "__contains__", dict_contains_m);
    add_method(t, "__reversed__", dict_reversed);
    add_method(t, "__sizeof__", dict_sizeof);
    dict_set_str(t.dict(), "__hash__", none::none());
    for v in [b.dict_keys, b.dict_items] {
        add_method(v, "isdisjoint", view_isdisjoint);
        dict_set_str(v.dict(), "__hash__", none::none());
    }
    for v in [b.dict_keys, b.dict_values, b.dict_items] {
        add_method(v, "__reversed__", view_reversed);
    }
    crate::types::descriptors::add_getset(b.dict_keys, "mapping", view_mapping, None);
    crate::types::descriptors::add_getset(b.dict_values, "mapping", view_mapping, None);
    crate::types::descriptors::add_getset(b.dict_items, "mapping", view_mapping, None);
}

fn self_iter(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn dict_new(vm: &Vm, cls: &Value, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    if cls_is(cls, builtin().dict) {
        return Ok(new_dict());
    }
    crate::types::object::alloc_subclass_instance(vm, cls, DictObj::new())
}

fn dict_init(vm: &Vm, d: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<()> {
    update_from_args(vm, d, "dict", args, kwnames)
}

fn dict_repr(vm: &Vm, d: &Value) -> PyResult<Value> {
    let me = dct(vm, d)?;
    if me.is_empty() {
        return Ok(new_string("{}".to_string()));
    }
    let Some(_guard) = repr_enter(d) else {
        return Ok(new_string("{...}".to_string()));
    };
    let mut s = String::from("{");
    let mut pos = 0;
    let mut first = true;
    while let Some((i, k, v)) = me.entry_from(pos) {
        if !first {
            s.push_str(", ");
        }
        first = false;
        let _d = vm.enter(" while getting the repr of an object")?;
        s.push_str(&crate::ops::repr_string(vm, &k)?);
        s.push_str(": ");
        s.push_str(&crate::ops::repr_string(vm, &v)?);
        pos = i + 1;
    }
    s.push('}');
    Ok(new_string(s))
}

/// `a == b` for two dicts (CPython's `dict_equal`).
fn dict_equal(vm: &Vm, a: &DictObj, b: &DictObj) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    let mut pos = 0;
    loop {
        let (i, key, aval, hash) = {
            let g = a.lock();
            let found = g.t.entries.iter().enumerate().skip(pos).find_map(|(i, e)| {
                e.as_ref()
                    .map(|e| (i, e.key.clone(), e.value.clone(), e.hash))
            });
            match found {
                Some(f) => f,
                None => return Ok(true),
            }
        };
        pos = i + 1;
        let Some(bval) = b.get_with_hash(vm, &key, hash)? else {
            return Ok(false);
        };
        if !aval.is(&bval) && !crate::ops::eq(vm, &aval, &bval)? {
            return Ok(false);
        }
    }
}

fn dict_richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_dict(a), as_dict(b)) else {
        return Ok(none::not_implemented());
    };
    match op {
        CompareOp::Eq | CompareOp::Ne => {
            let _g = vm.enter(" in comparison")?;
            let eq = a.is(b) || dict_equal(vm, x, y)?;
            Ok(new_bool(eq == (op == CompareOp::Eq)))
        }
        _ => Ok(none::not_implemented()),
    }
}

fn dict_len_slot(vm: &Vm, d: &Value) -> PyResult<usize> {
    Ok(dct(vm, d)?.len())
}

fn dict_getitem(vm: &Vm, d: &Value, key: &Value) -> PyResult<Value> {
    let me = dct(vm, d)?;
    let h = key_hash(vm, key)?;
    if let Some(v) = me.get_with_hash(vm, key, h)? {
        return Ok(v);
    }
    if !d.is_exact(builtin().dict) {
        if let Some(missing) = crate::ops::lookup_special(vm, d, "__missing__")? {
            return crate::ops::call(vm, &missing, std::slice::from_ref(key), None);
        }
    }
    Err(vm.key_error(key.clone()))
}

fn dict_setitem(vm: &Vm, d: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
    let me = dct(vm, d)?;
    let h = key_hash(vm, key)?;
    match value {
        Some(v) => me.set_with_hash(vm, key.clone(), h, v),
        None => match me.pop_with_hash(vm, key, h)? {
            Some(_) => Ok(()),
            None => Err(vm.key_error(key.clone())),
        },
    }
}

fn dict_contains_slot(vm: &Vm, d: &Value, key: &Value) -> PyResult<bool> {
    dict_contains(vm, d, key)
}

fn dict_iter(vm: &Vm, d: &Value) -> PyResult<Value> {
    new_dict_iter::<KEYS>(vm, d, false)
}

fn dict_or(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if as_dict(a).is_none() || as_dict(b).is_none() {
        return Ok(none::not_implemented());
    }
    let new = dict_copy(vm, a)?;
    dict_update_arg(vm, &new, b)?;
    Ok(new)
}

fn dict_ior(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if as_dict(a).is_none() {
        return Ok(none::not_implemented());
    }
    dict_update_arg(vm, a, b)?;
    Ok(a.clone())
}

// ---- methods -------------------------------------------------------------------------------

fn npos(args: &[Value], kwnames: Option<&[Value]>) -> usize {
    args.len()
        .saturating_sub(1 + kwnames.map_or(0, |k| k.len()))
}

fn dict_get_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "dict.get", kwnames)?;
    check_count(vm, "get", npos(args, kwnames), 1, 2)?;
    Ok(dict_get(vm, &args[0], &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or_else(none::none)))
}

fn dict_setdefault(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "dict.setdefault", kwnames)?;
    check_count(vm, "setdefault", npos(args, kwnames), 1, 2)?;
    let me = dct(vm, &args[0])?;
    let key = &args[1];
    let default = args.get(2).cloned().unwrap_or_else(none::none);
    let h = key_hash(vm, key)?;
    let (g, hit) = me.lookup(vm, key, h)?;
    if let Some((_, ix)) = hit {
        if let Some(e) = &g.t.entries[ix] {
            return Ok(e.value.clone());
        }
    }
    me.store_locked(vm, g, hit, key.clone(), h, default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "dict.pop", kwnames)?;
    check_count(vm, "pop", npos(args, kwnames), 1, 2)?;
    let me = dct(vm, &args[0])?;
    let key = &args[1];
    if me.is_empty() {
        if let Some(d) = args.get(2) {
            return Ok(d.clone());
        }
        return Err(vm.key_error(key.clone()));
    }
    let h = key_hash(vm, key)?;
    match me.pop_with_hash(vm, key, h)? {
        Some((_, v)) => Ok(v),
        None => match args.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.key_error(key.clone())),
        },
    }
}

fn dict_popitem(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "dict.popitem", kwnames)?;
    check_count(vm, "dict.popitem", npos(args, kwnames), 0, 0)?;
    let me = dct(vm, &args[0])?;
    let e = {
        let g = me.lock();
        let last = g.t.entries.iter().rposition(|e| e.is_some());
        match last {
            None => None,
            Some(ix) => {
                let e = match g.t.slot_of(ix) {
                    Some(slot) => g.t.remove_at(slot, ix),
                    None => None,
                };
                g.t.entries.truncate(ix);
                if g.retire {
                    if let Some(e) = &e {
                        crate::thread::retire_value(e.key.clone());
                        crate::thread::retire_value(e.value.clone());
                    }
                }
                e
            }
        }
    };
    match e {
        Some(e) => {
            me.keys_changed();
            Ok(new_tuple(vec![e.key, e.value]))
        }
        None => Err(vm.new_error(builtin().key_error, "popitem(): dictionary is empty")),
    }
}

fn new_view<const K: u8>(d: &Value) -> Value {
    let b = builtin();
    let ty = match K {
        KEYS => b.dict_keys,
        VALUES => b.dict_values,
        _ => b.dict_items,
    };
    Value::alloc(ty, DictView::<K> { dict: d.clone() })
}

fn dict_keys_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "dict.keys", kwnames)?;
    check_count(vm, "dict.keys", npos(args, kwnames), 0, 0)?;
    dct(vm, &args[0])?;
    Ok(new_view::<KEYS>(&args[0]))
}

fn dict_values_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "dict.values", kwnames)?;
    check_count(vm, "dict.values", npos(args, kwnames), 0, 0)?;
    dct(vm, &args[0])?;
    Ok(new_view::<VALUES>(&args[0]))
}

fn dict_items_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "dict.items", kwnames)?;
    check_count(vm, "dict.items", npos(args, kwnames), 0, 0)?;
    dct(vm, &args[0])?;
    Ok(new_view::<ITEMS>(&args[0]))
}

fn dict_update_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    dct(vm, &args[0])?;
    update_from_args(vm, &args[0], "update", &args[1..], kwnames)?;
    Ok(none::none())
}

fn dict_fromkeys(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "dict.fromkeys", kwnames)?;
    check_count(vm, "fromkeys", npos(args, kwnames), 1, 2)?;
    let cls = &args[0];
    let iterable = &args[1];
    let value = args.get(2).cloned().unwrap_or_else(none::none);
    let d = crate::ops::call(vm, cls, &[], None)?;
    let exact = d.is_exact(builtin().dict);
    if exact {
        if let Some(src) = as_dict(iterable).filter(|_| iterable.is_exact(builtin().dict)) {
            let me = dct(vm, &d)?;
            for (k, h) in src.keys_with_hashes() {
                me.set_with_hash(vm, k, h, value.clone())?;
            }
            return Ok(d);
        }
        if crate::types::set::is_anyset_exact(iterable) {
            let me = dct(vm, &d)?;
            for (k, h) in crate::types::set::set_keys_with_hashes(iterable) {
                me.set_with_hash(vm, k, h, value.clone())?;
            }
            return Ok(d);
        }
    }
    let it = crate::ops::iter(vm, iterable)?;
    while let Some(k) = crate::ops::next(vm, &it)? {
        if exact {
            dict_set(vm, &d, k, value.clone())?;
        } else {
            crate::ops::setitem(vm, &d, &k, value.clone())?;
        }
    }
    Ok(d)
}

fn dict_copy_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "dict.copy", kwnames)?;
    check_count(vm, "dict.copy", npos(args, kwnames), 0, 0)?;
    dict_copy(vm, &args[0])
}

fn dict_clear(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "dict.clear", kwnames)?;
    check_count(vm, "dict.clear", npos(args, kwnames), 0, 0)?;
    dct(vm, &args[0])?.clear();
    Ok(none::none())
}

fn dict_contains_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "dict.__contains__", kwnames)?;
    check_count(vm, "dict.__contains__", npos(args, kwnames), 1, 1)?;
    Ok(new_bool(dict_contains(vm, &args[0], &args[1])?))
}

fn dict_reversed(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "dict.__reversed__", kwnames)?;
    check_count(vm, "dict.__reversed__", npos(args, kwnames), 0, 0)?;
    new_dict_iter::<KEYS>(vm, &args[0], true)
}

fn dict_sizeof(vm: &Vm, args: &[Value], _kwnames: Option<&[Value]>) -> PyResult<Value> {
    let me = dct(vm, &args[0])?;
    let g = me.lock();
    let n = 48 + g.t.indices.len() * 4 + g.t.entries.capacity() * 24;
    Ok(new_int(n as i64))
}

// ---- views ---------------------------------------------------------------------------------

const KEYS: u8 = 0;
const VALUES: u8 = 1;
const ITEMS: u8 = 2;

/// `dict_keys` (K = 0), `dict_values` (1), `dict_items` (2): a live view of a dict.
pub struct DictView<const K: u8> {
    pub dict: Value,
}

impl Payload for DictView<KEYS> {
    fn class() -> &'static TypeObject {
        builtin().dict_keys
    }
}
impl Payload for DictView<VALUES> {
    fn class() -> &'static TypeObject {
        builtin().dict_values
    }
}
impl Payload for DictView<ITEMS> {
    fn class() -> &'static TypeObject {
        builtin().dict_items
    }
}

/// The items an iteration of an exact dict or of a dict view would produce, taken in one
/// step under the dict's lock (so `list(d)`, `sorted(d.items())` and the like are single
/// operations, never "changed size during iteration"); `None` for anything else.
pub fn iteration_snapshot(v: &Value) -> Option<Vec<Value>> {
    if v.is_exact(builtin().dict) {
        return as_dict(v).map(|d| d.keys());
    }
    let (kind, d) = view_of(v)?;
    let d = as_dict(d)?;
    Some(match kind {
        KEYS => d.keys(),
        VALUES => d.values(),
        _ => d
            .items()
            .into_iter()
            .map(|(k, v)| new_tuple(vec![k, v]))
            .collect(),
    })
}

/// The kind and dict of a view value.
fn view_of(v: &Value) -> Option<(u8, &Value)> {
    if let Some(x) = v.downcast::<DictView<KEYS>>() {
        return Some((KEYS, &x.dict));
    }
    if let Some(x) = v.downcast::<DictView<VALUES>>() {
        return Some((VALUES, &x.dict));
    }
    if let Some(x) = v.downcast::<DictView<ITEMS>>() {
        return Some((ITEMS, &x.dict));
    }
    None
}

/// True for `dict_keys` and `dict_items` views (the set-like ones).
pub fn is_setlike_view(v: &Value) -> bool {
    matches!(view_of(v), Some((KEYS | ITEMS, _)))
}

fn view<'a>(vm: &Vm, v: &'a Value) -> PyResult<(u8, &'a Value)> {
    view_of(v).ok_or_else(|| vm.type_error("expected a dict view"))
}

fn view_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    let (_, d) = view(vm, v)?;
    Ok(dict_len(d))
}

fn view_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    let (k, d) = view(vm, v)?;
    match k {
        KEYS => new_dict_iter::<KEYS>(vm, d, false),
        VALUES => new_dict_iter::<VALUES>(vm, d, false),
        _ => new_dict_iter::<ITEMS>(vm, d, false),
    }
}

fn view_reversed(vm: &Vm, args: &[Value], _kwnames: Option<&[Value]>) -> PyResult<Value> {
    let (k, d) = view(vm, &args[0])?;
    match k {
        KEYS => new_dict_iter::<KEYS>(vm, d, true),
        VALUES => new_dict_iter::<VALUES>(vm, d, true),
        _ => new_dict_iter::<ITEMS>(vm, d, true),
    }
}

fn view_mapping(vm: &Vm, v: &Value) -> PyResult<Value> {
    let (_, d) = view(vm, v)?;
    Ok(d.clone())
}

fn view_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let name = v.ty().name().to_string();
    let Some(_guard) = repr_enter(v) else {
        return Ok(new_string("...".to_string()));
    };
    let items = crate::ops::collect(vm, v)?;
    let l = new_list(items);
    let r = crate::ops::repr_string(vm, &l)?;
    Ok(new_string(format!("{name}({r})")))
}

fn keys_contains(vm: &Vm, v: &Value, key: &Value) -> PyResult<bool> {
    let (_, d) = view(vm, v)?;
    dict_contains(vm, d, key)
}

fn items_contains(vm: &Vm, v: &Value, item: &Value) -> PyResult<bool> {
    let (_, d) = view(vm, v)?;
    let Some(t) = as_tuple(item) else {
        return Ok(false);
    };
    if t.len() != 2 {
        return Ok(false);
    }
    match dict_get(vm, d, &t[0])? {
        None => Ok(false),
        Some(found) => Ok(found.is(&t[1]) || crate::ops::eq(vm, &found, &t[1])?),
    }
}

/// Whether every element of `a` is in `b` (`all_contained_in`).
fn all_contained_in(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = crate::ops::iter(vm, a)?;
    while let Some(x) = crate::ops::next(vm, &it)? {
        if !crate::ops::contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if !is_setlike_view(a) {
        return Ok(none::not_implemented());
    }
    if !crate::types::set::is_anyset(b) && !is_setlike_view(b) {
        return Ok(none::not_implemented());
    }
    let la = crate::ops::len(vm, a)?;
    let lb = crate::ops::len(vm, b)?;
    let r = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let eq = la == lb && all_contained_in(vm, a, b)?;
            eq == (op == CompareOp::Eq)
        }
        CompareOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CompareOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CompareOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CompareOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(new_bool(r))
}

/// `dictviews_to_set`: a new set of the view's elements (of a dict's keys directly).
fn views_to_set(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some((KEYS, d)) = view_of(v) {
        if d.is_exact(builtin().dict) {
            return crate::types::set::set_from_iterable(vm, d);
        }
    }
    crate::types::set::set_from_iterable(vm, v)
}

fn view_and(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    // The interpreter calls this with the view on either side.
    let (mut this, mut other) = if is_setlike_view(a) { (a, b) } else { (b, a) };
    let len_self = crate::ops::len(vm, this)?;
    if other.is_exact(builtin().set) && len_self <= crate::ops::len(vm, other)? {
        return crate::ops::call_method(vm, other, "intersection", std::slice::from_ref(this));
    }
    if is_setlike_view(other) && crate::ops::len(vm, other)? > len_self {
        std::mem::swap(&mut this, &mut other);
    }
    let result = crate::types::set::set_from_iterable(vm, &new_tuple(Vec::new()))?;
    let it = crate::ops::iter(vm, other)?;
    let (kind, _) = view(vm, this)?;
    while let Some(x) = crate::ops::next(vm, &it)? {
        let found = if kind == KEYS {
            keys_contains(vm, this, &x)?
        } else {
            items_contains(vm, this, &x)?
        };
        if found {
            crate::types::set::set_add(vm, &result, x)?;
        }
    }
    Ok(result)
}

fn view_or(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let result = views_to_set(vm, a)?;
    crate::types::set::set_update(vm, &result, b)?;
    Ok(result)
}

fn view_sub(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let result = views_to_set(vm, a)?;
    crate::ops::call_method(vm, &result, "difference_update", std::slice::from_ref(b))?;
    Ok(result)
}

fn view_xor(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let result = views_to_set(vm, a)?;
    crate::ops::call_method(
        vm,
        &result,
        "symmetric_difference_update",
        std::slice::from_ref(b),
    )?;
    Ok(result)
}

fn view_isdisjoint(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "isdisjoint", kwnames)?;
    check_count(vm, "isdisjoint", npos(args, kwnames), 1, 1)?;
    let this = &args[0];
    let other = &args[1];
    if this.is(other) {
        return Ok(new_bool(crate::ops::len(vm, this)? == 0));
    }
    // Iterate over the shorter object (only if other is a set or view, as CPython).
    let (a, b) = if (crate::types::set::is_anyset(other) || is_setlike_view(other))
        && crate::ops::len(vm, this)? > crate::ops::len(vm, other)?
    {
        (this, other)
    } else {
        (other, this)
    };
    let it = crate::ops::iter(vm, a)?;
    while let Some(x) = crate::ops::next(vm, &it)? {
        if crate::ops::contains(vm, b, &x)? {
            return Ok(new_bool(false));
        }
    }
    Ok(new_bool(true))
}

// ---- iterators -----------------------------------------------------------------------------

/// A dict iterator over keys (K = 0), values (1) or items (2), forwards or reversed.
pub struct DictIter<const K: u8> {
    dict: Value,
    /// Next entry position (forwards) or the position to look at next (reversed; -1 done).
    pos: AtomicIsize,
    /// The dict's size when iteration started; -1 once a size change was reported.
    used: AtomicIsize,
    /// Items still expected (forwards).
    remaining: AtomicIsize,
    reversed: bool,
    done: AtomicBool,
}

impl Payload for DictIter<KEYS> {
    fn class() -> &'static TypeObject {
        builtin().dict_keyiterator
    }
}
impl Payload for DictIter<VALUES> {
    fn class() -> &'static TypeObject {
        builtin().dict_valueiterator
    }
}
impl Payload for DictIter<ITEMS> {
    fn class() -> &'static TypeObject {
        builtin().dict_itemiterator
    }
}

fn new_dict_iter<const K: u8>(vm: &Vm, d: &Value, reversed: bool) -> PyResult<Value>
where
    DictIter<K>: Payload,
{
    let me = dct(vm, d)?;
    let (used, nentries) = {
        let g = me.lock();
        (g.t.used, g.t.entries.len())
    };
    let it = DictIter::<K> {
        dict: d.clone(),
        pos: AtomicIsize::new(if reversed { nentries as isize - 1 } else { 0 }),
        used: AtomicIsize::new(used as isize),
        remaining: AtomicIsize::new(used as isize),
        reversed,
        done: AtomicBool::new(false),
    };
    Ok(Value::alloc(<DictIter<K> as Payload>::class(), it))
}

/// `FOR_ITER_DICT`'s step: the next key, value or item of an exact dict key, value or
/// item iterator (`None` inside: exhausted); `None` when `it` is none of those.
#[inline]
pub fn dict_iter_step(vm: &Vm, it: &Value) -> Option<PyResult<Option<Value>>> {
    if it.is_small_int() {
        return None;
    }
    let b = builtin();
    let ty = it.ty();
    if std::ptr::eq(ty, b.dict_keyiterator) {
        Some(dictiter_next::<KEYS>(vm, it))
    } else if std::ptr::eq(ty, b.dict_itemiterator) {
        Some(dictiter_next::<ITEMS>(vm, it))
    } else if std::ptr::eq(ty, b.dict_valueiterator) {
        Some(dictiter_next::<VALUES>(vm, it))
    } else {
        None
    }
}

fn dictiter_next<const K: u8>(vm: &Vm, v: &Value) -> PyResult<Option<Value>>
where
    DictIter<K>: Payload,
{
    let it = v
        .downcast::<DictIter<K>>()
        .ok_or_else(|| vm.type_error("expected a dict iterator"))?;
    if it.done.load(Ordering::Relaxed) {
        return Ok(None);
    }
    let Some(d) = as_dict(&it.dict) else {
        return Ok(None);
    };
    enum Step {
        Item(Value, Value),
        End,
        SizeChanged,
        KeysChanged,
    }
    let step = {
        let g = d.lock();
        if it.used.load(Ordering::Relaxed) != g.t.used as isize {
            Step::SizeChanged
        } else if it.reversed {
            let mut i = it.pos.load(Ordering::Relaxed);
            let mut found = None;
            while i >= 0 {
                if let Some(Some(e)) = g.t.entries.get(i as usize) {
                    found = Some((e.key.clone(), e.value.clone()));
                    break;
                }
                i -= 1;
            }
            match found {
                Some((k, val)) => {
                    it.pos.store(i - 1, Ordering::Relaxed);
                    it.remaining.fetch_sub(1, Ordering::Relaxed);
                    Step::Item(k, val)
                }
                None => Step::End,
            }
        } else {
            let start = it.pos.load(Ordering::Relaxed).max(0) as usize;
            let found =
                g.t.entries
                    .iter()
                    .enumerate()
                    .skip(start)
                    .find_map(|(i, e)| e.as_ref().map(|e| (i, e.key.clone(), e.value.clone())));
            match found {
                None => Step::End,
                Some((i, k, val)) => {
                    if it.remaining.load(Ordering::Relaxed) <= 0 {
                        Step::KeysChanged
                    } else {
                        it.pos.store(i as isize + 1, Ordering::Relaxed);
                        it.remaining.fetch_sub(1, Ordering::Relaxed);
                        Step::Item(k, val)
                    }
                }
            }
        }
    };
    match step {
        Step::Item(k, val) => Ok(Some(match K {
            KEYS => k,
            VALUES => val,
            _ => new_tuple(vec![k, val]),
        })),
        Step::End => {
            it.done.store(true, Ordering::Relaxed);
            Ok(None)
        }
        Step::SizeChanged => {
            it.used.store(-1, Ordering::Relaxed);
            Err(vm.runtime_error("dictionary changed size during iteration"))
        }
        Step::KeysChanged => {
            it.done.store(true, Ordering::Relaxed);
            Err(vm.runtime_error("dictionary keys changed during iteration"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vm() -> Vm {
        crate::vm::Runtime::init(crate::vm::Options::default());
        Vm::new()
    }

    fn int(i: i64) -> Value {
        crate::types::int::new_int(i)
    }

    fn keys_i64(d: &Value) -> Vec<i64> {
        dict_keys(d)
            .iter()
            .filter_map(|k| k.as_small_int())
            .collect()
    }

    #[test]
    fn insertion_order_and_deletion() {
        let vm = vm();
        let d = new_dict();
        for i in (0..100).rev() {
            dict_set(&vm, &d, int(i), int(i * 2)).unwrap();
        }
        for i in (0..100).step_by(3) {
            assert!(dict_del(&vm, &d, &int(i)).unwrap());
        }
        assert!(!dict_del(&vm, &d, &int(0)).unwrap());
        let expect: Vec<i64> = (0..100).rev().filter(|i| i % 3 != 0).collect();
        assert_eq!(keys_i64(&d), expect);
        assert_eq!(dict_len(&d), expect.len());
        for i in expect {
            let v = dict_get(&vm, &d, &int(i)).unwrap();
            assert_eq!(v.and_then(|v| v.as_small_int()), Some(i * 2));
        }
    }

    #[test]
    fn str_keys_without_vm() {
        let _vm = vm();
        let d = new_dict();
        dict_set_str(&d, "alpha", int(1));
        dict_set_str(&d, "beta", int(2));
        dict_set_str(&d, "alpha", int(3));
        let a = intern("alpha");
        assert_eq!(dict_get_str(&d, &a).and_then(|v| v.as_small_int()), Some(3));
        // A non-interned equal string finds the same entry.
        let a2 = crate::types::str::new_string("al".to_string() + "pha");
        assert_eq!(
            dict_get_str(&d, &a2).and_then(|v| v.as_small_int()),
            Some(3)
        );
        assert_eq!(dict_len(&d), 2);
        assert!(dict_del_str(&d, &a));
        assert!(dict_get_str(&d, &a).is_none());
        assert!(!dict_del_str(&d, &a));
    }

    #[test]
    fn keys_version_changes_with_the_key_set() {
        let vm = vm();
        let d = new_dict();
        let me = as_dict(&d).unwrap();
        let v0 = me.keys_version();
        dict_set(&vm, &d, int(1), int(1)).unwrap();
        let v1 = me.keys_version();
        assert_ne!(v0, v1);
        dict_set(&vm, &d, int(1), int(2)).unwrap();
        assert_eq!(me.keys_version(), v1);
        dict_del(&vm, &d, &int(1)).unwrap();
        assert_ne!(me.keys_version(), v1);
        let other = new_dict();
        assert_ne!(as_dict(&other).unwrap().keys_version(), me.keys_version());
    }

    #[test]
    fn popitem_cycles_do_not_exhaust_the_index() {
        let vm = vm();
        let d = new_dict();
        for i in 0..10_000 {
            dict_set(&vm, &d, int(i), int(i)).unwrap();
            dict_set(&vm, &d, int(-1 - i), int(0)).unwrap();
            let me = as_dict(&d).unwrap();
            let g = me.lock();
            let last = g.t.entries.iter().rposition(|e| e.is_some()).unwrap();
            let slot = g.t.slot_of(last).unwrap();
            let e = g.t.remove_at(slot, last);
            g.t.entries.truncate(last);
            drop(g);
            drop(e);
        }
        assert_eq!(dict_len(&d), 10_000);
        assert_eq!(keys_i64(&d)[..3], [0, 1, 2]);
    }
}
