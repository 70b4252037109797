//! `set` and `frozenset`: open-addressing hash sets laid out exactly as CPython's.
//!
//! Owns: `SetObj` and both types' methods and slots, and the set iterator. The table
//! reproduces CPython 3.11's `Objects/setobject.c` algorithm (table sizes starting at 8,
//! linear probes of 9 then perturbed jumps, dummy reuse, the fill*5 >= mask*3 growth rule
//! and the resize amounts, the merge fast paths, `pop`'s finger), so iteration order, and
//! therefore `print(some_set)`, matches CPython for keys whose hashes match CPython's.
//!
//! Concurrency: the table lives in an `UnsafeCell` guarded by the set object's header
//! mutex. Must not: hold it while calling Python code (`__hash__`, `__eq__`, iteration of
//! arguments) or while dropping values; must not lock two objects at once (operations on
//! two sets snapshot the other set first).

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicIsize, AtomicUsize, Ordering};
use std::sync::OnceLock;

use crate::bytecode::CompareOp;
use crate::object::{ObjLock, Payload, PyObj, Value};
use crate::types::dict::{as_dict, dict_keys_with_hashes, fast_eq, key_hash};
use crate::types::int::{new_bool, new_int};
use crate::types::list::{cls_is, new_list, payload_header, repr_enter, unhashable};
use crate::types::native::{add_method, check_count, no_kwargs};
use crate::types::object::Subclassed;
use crate::types::tuple::new_tuple;
use crate::types::{builtin, none, str::new_string, TypeObject, TypeSpec};
use crate::vm::{PyResult, Vm};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The largest table (2^40 slots: far beyond any real memory).
const MAX_TABLE: usize = 1 << 40;

/// One slot: unused (`key` None, hash 0), dummy (`key` None, hash -1) or active.
struct Slot {
    hash: i64,
    key: Option<Value>,
}

impl Slot {
    const UNUSED: Slot = Slot { hash: 0, key: None };
}

struct Table {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
    /// Changes whenever `slots` is replaced (CPython compares table pointers).
    generation: u64,
}

fn unused_slots(n: usize) -> Vec<Slot> {
    let mut v = Vec::with_capacity(n);
    v.resize_with(n, || Slot::UNUSED);
    v
}

impl Table {
    fn new() -> Table {
        Table {
            slots: unused_slots(MIN_SIZE),
            fill: 0,
            used: 0,
            finger: 0,
            generation: 0,
        }
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Resizes to the smallest table larger than `minused`, dropping dummies.
    fn resize(&mut self, minused: usize) -> bool {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
            if newsize > MAX_TABLE {
                return false;
            }
        }
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return true;
        }
        let old = std::mem::replace(&mut self.slots, unused_slots(newsize));
        let mask = newsize - 1;
        self.fill = self.used;
        for s in old {
            if let Some(k) = s.key {
                insert_clean(&mut self.slots, mask, k, s.hash);
            }
        }
        self.generation += 1;
        true
    }

    /// After filling an unused slot: grow if the table is 60% full.
    fn grow_if_needed(&mut self) -> bool {
        if self.fill * 5 < self.mask() * 3 {
            return true;
        }
        let n = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(n)
    }

    /// Resets to an empty minimum-size table, returning the old slots.
    fn clear(&mut self) -> Vec<Slot> {
        let old = std::mem::replace(&mut self.slots, unused_slots(MIN_SIZE));
        self.fill = 0;
        self.used = 0;
        self.generation += 1;
        old
    }

    fn active(&self) -> Vec<(Value, i64)> {
        self.slots
            .iter()
            .filter_map(|s| s.key.as_ref().map(|k| (k.clone(), s.hash)))
            .collect()
    }
}

/// CPython's `set_insert_clean`: places a key known to be absent in a table without
/// dummies.
fn insert_clean(slots: &mut [Slot], mask: usize, key: Value, hash: i64) {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if slots[i].key.is_none() {
            slots[i] = Slot {
                hash,
                key: Some(key),
            };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if slots[i + j].key.is_none() {
                    slots[i + j] = Slot {
                        hash,
                        key: Some(key),
                    };
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

/// A resumable position in CPython's probe sequence: the slot `j` of the group of linear
/// probes that starts at `i`.
#[derive(Clone, Copy)]
struct Probe {
    i: usize,
    j: usize,
    perturb: u64,
    freeslot: Option<usize>,
}

enum Find {
    /// An unused slot ends the probe; the last dummy seen, if any.
    Unused(usize, Option<usize>),
    Active(usize),
    /// Python's `__eq__` must decide for the slot at `probe.j`.
    NeedEq(Probe),
}

impl Table {
    /// CPython's probe loop: groups of up to `LINEAR_PROBES + 1` adjacent slots (one when
    /// the group would run past the end), then a perturbed jump. `resume` continues after
    /// the slot a `NeedEq` stopped at, in the same (unchanged) table.
    #[inline]
    fn find(&self, key: &Value, hash: i64, resume: Option<Probe>) -> Find {
        let slots = &self.slots[..];
        let mask = slots.len() - 1;
        let (mut i, mut j, mut perturb, mut freeslot) = match resume {
            Some(p) => (p.i, p.j + 1, p.perturb, p.freeslot),
            None => {
                let i = (hash as u64 as usize) & mask;
                (i, i, hash as u64, None)
            }
        };
        loop {
            let end = if i + LINEAR_PROBES <= mask {
                i + LINEAR_PROBES
            } else {
                i
            };
            // `j <= end + 1` and `end <= mask`: the range is in bounds (empty when a
            // resumed probe stopped at the group's last slot).
            let first = j;
            for (off, s) in slots[first..=end].iter().enumerate() {
                let j = first + off;
                match &s.key {
                    None => {
                        if s.hash == 0 {
                            return Find::Unused(j, freeslot);
                        }
                        freeslot = Some(j);
                    }
                    Some(k) => {
                        if s.hash == hash {
                            if k.is(key) {
                                return Find::Active(j);
                            }
                            match fast_eq(k, key) {
                                Some(true) => return Find::Active(j),
                                Some(false) => {}
                                None => {
                                    return Find::NeedEq(Probe {
                                        i,
                                        j,
                                        perturb,
                                        freeslot,
                                    })
                                }
                            }
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
            j = i;
        }
    }
}

// ---- the payload ---------------------------------------------------------------------------

/// The payload of sets and frozensets.
pub struct SetObj {
    table: UnsafeCell<Table>,
    /// Cached frozenset hash; -1 until computed.
    hash: AtomicI64,
}

// SAFETY: `table` is only accessed through `SetObj::lock`, which holds the owning object's
// header mutex while the reference lives.
unsafe impl Sync for SetObj {}

const _: () = assert!(
    std::mem::offset_of!(PyObj<SetObj>, payload)
        == std::mem::offset_of!(PyObj<Subclassed<SetObj>>, payload)
);

impl Payload for SetObj {
    fn class() -> &'static TypeObject {
        builtin().set
    }
}

struct Locked<'a> {
    t: &'a mut Table,
    _g: ObjLock<'a>,
}

impl SetObj {
    fn new() -> SetObj {
        SetObj {
            table: UnsafeCell::new(Table::new()),
            hash: AtomicI64::new(-1),
        }
    }

    #[inline]
    fn lock(&self) -> Locked<'_> {
        // SAFETY: a `SetObj` is only created by this module (private fields) and moved
        // straight into a heap object by `Value::alloc` or `alloc_subclass_instance`.
        let h = unsafe { payload_header(self) };
        let g = ObjLock::lock(h);
        // SAFETY: the header mutex is held until `Locked` drops, and all access to the
        // table goes through this function, so this is the only live reference.
        let t = unsafe { &mut *self.table.get() };
        Locked { t, _g: g }
    }

    pub fn len(&self) -> usize {
        self.lock().t.used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The active keys with their hashes, in table order.
    fn entries(&self) -> Vec<(Value, i64)> {
        self.lock().t.active()
    }

    /// The keys in table (iteration) order.
    pub fn keys(&self) -> Vec<Value> {
        let g = self.lock();
        g.t.slots.iter().filter_map(|s| s.key.clone()).collect()
    }

    /// CPython's `set_add_entry`.
    fn add_entry(&self, vm: &Vm, key: Value, hash: i64) -> PyResult<()> {
        let mut g = self.lock();
        let mut resume: Option<Probe> = None;
        loop {
            match g.t.find(&key, hash, resume) {
                Find::Active(_) => {
                    drop(g);
                    drop(key);
                    return Ok(());
                }
                Find::Unused(j, freeslot) => {
                    if let Some(f) = freeslot {
                        g.t.used += 1;
                        g.t.slots[f] = Slot {
                            hash,
                            key: Some(key),
                        };
                        return Ok(());
                    }
                    g.t.fill += 1;
                    g.t.used += 1;
                    g.t.slots[j] = Slot {
                        hash,
                        key: Some(key),
                    };
                    if !g.t.grow_if_needed() {
                        return Err(vm.memory_error());
                    }
                    return Ok(());
                }
                Find::NeedEq(p) => {
                    let startkey = match &g.t.slots[p.j].key {
                        Some(k) => k.clone(),
                        None => {
                            resume = Some(p);
                            continue;
                        }
                    };
                    let bits = startkey.bits();
                    let generation = g.t.generation;
                    drop(g);
                    let r = crate::ops::eq(vm, &startkey, &key);
                    drop(startkey);
                    let r = r?;
                    g = self.lock();
                    if r {
                        drop(g);
                        drop(key);
                        return Ok(());
                    }
                    let same = g.t.generation == generation
                        && g.t
                            .slots
                            .get(p.j)
                            .and_then(|s| s.key.as_ref())
                            .map(|k| k.bits())
                            == Some(bits);
                    resume = if same { Some(p) } else { None };
                }
            }
        }
    }

    /// CPython's `set_lookkey`: the slot holding `key`, with the lock held.
    fn lookup<'a>(
        &'a self,
        vm: &Vm,
        key: &Value,
        hash: i64,
    ) -> PyResult<(Locked<'a>, Option<usize>)> {
        let mut g = self.lock();
        let mut resume: Option<Probe> = None;
        loop {
            match g.t.find(key, hash, resume) {
                Find::Active(j) => return Ok((g, Some(j))),
                Find::Unused(..) => return Ok((g, None)),
                Find::NeedEq(p) => {
                    let startkey = match &g.t.slots[p.j].key {
                        Some(k) => k.clone(),
                        None => {
                            resume = Some(p);
                            continue;
                        }
                    };
                    let bits = startkey.bits();
                    let generation = g.t.generation;
                    drop(g);
                    let r = crate::ops::eq(vm, &startkey, key);
                    drop(startkey);
                    let r = r?;
                    g = self.lock();
                    let same = g.t.generation == generation
                        && g.t
                            .slots
                            .get(p.j)
                            .and_then(|s| s.key.as_ref())
                            .map(|k| k.bits())
                            == Some(bits);
                    if !same {
                        resume = None;
                        continue;
                    }
                    if r {
                        return Ok((g, Some(p.j)));
                    }
                    resume = Some(p);
                }
            }
        }
    }

    fn contains_entry(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(self.lookup(vm, key, hash)?.1.is_some())
    }

    /// CPython's `set_discard_entry`: true if the key was present.
    fn discard_entry(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<bool> {
        let (g, hit) = self.lookup(vm, key, hash)?;
        let Some(j) = hit else {
            return Ok(false);
        };
        let old = std::mem::replace(
            &mut g.t.slots[j],
            Slot {
                hash: -1,
                key: None,
            },
        );
        g.t.used -= 1;
        drop(g);
        drop(old);
        Ok(true)
    }

    /// Replaces the contents with `other`'s (as `set_swap_bodies` when `other` is dropped).
    fn take_body_of(&self, other: &SetObj) {
        let body = {
            let g = other.lock();
            std::mem::replace(g.t, Table::new())
        };
        let old = {
            let g = self.lock();
            let generation = g.t.generation + 1;
            let old = std::mem::replace(g.t, body);
            g.t.generation = generation;
            old
        };
        self.hash.store(-1, Ordering::Relaxed);
        drop(old);
    }
}

// ---- construction and the helpers other modules use ------------------------------------------

static SET_TYPE: OnceLock<usize> = OnceLock::new();

fn set_type() -> &'static TypeObject {
    builtin().set
}

fn frozenset_type() -> &'static TypeObject {
    builtin().frozenset
}

/// The set payload of a set, frozenset or subclass instance.
#[inline]
pub fn as_set(v: &Value) -> Option<&SetObj> {
    v.downcast::<SetObj>()
}

/// `PyAnySet_Check`.
#[inline]
pub fn is_anyset(v: &Value) -> bool {
    as_set(v).is_some()
}

/// `PyAnySet_CheckExact`.
pub fn is_anyset_exact(v: &Value) -> bool {
    v.is_exact(set_type()) || v.is_exact(frozenset_type())
}

/// `PySet_Check`: set or a subclass (not frozenset).
fn is_set(v: &Value) -> bool {
    !v.is_small_int() && v.ty().is_subtype(set_type())
}

fn is_frozenset_type(ty: &TypeObject) -> bool {
    ty.is_subtype(frozenset_type())
}

fn st<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a SetObj> {
    as_set(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            v.ty().name()
        ))
    })
}

/// A new empty set (`frozen`: a frozenset).
fn empty(frozen: bool) -> Value {
    Value::alloc(
        if frozen { frozenset_type() } else { set_type() },
        SetObj::new(),
    )
}

/// A new set holding `items`, added in order (as `BUILD_SET`).
pub fn new_set(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = empty(false);
    let me = st(vm, &s)?;
    for x in items {
        let h = key_hash(vm, &x)?;
        me.add_entry(vm, x, h)?;
    }
    Ok(s)
}

/// A new frozenset holding `items`.
pub fn new_frozenset(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = empty(true);
    let me = st(vm, &s)?;
    for x in items {
        let h = key_hash(vm, &x)?;
        me.add_entry(vm, x, h)?;
    }
    Ok(s)
}

/// `set(iterable)`.
pub fn set_from_iterable(vm: &Vm, iterable: &Value) -> PyResult<Value> {
    let s = empty(false);
    update_internal(vm, &s, iterable)?;
    Ok(s)
}

/// `s.add(key)`.
pub fn set_add(vm: &Vm, s: &Value, key: Value) -> PyResult<()> {
    let me = st(vm, s)?;
    let h = key_hash(vm, &key)?;
    me.add_entry(vm, key, h)
}

/// `s.update(iterable)`.
pub fn set_update(vm: &Vm, s: &Value, iterable: &Value) -> PyResult<()> {
    update_internal(vm, s, iterable)
}

/// `key in s` (with CPython's retry of an unhashable set key as a frozenset).
pub fn set_contains(vm: &Vm, s: &Value, key: &Value) -> PyResult<bool> {
    let me = st(vm, s)?;
    match key_hash(vm, key) {
        Ok(h) => me.contains_entry(vm, key, h),
        Err(e) => {
            if !is_set(key) || !vm.err_matches(&e, builtin().type_error) {
                return Err(e);
            }
            let tmp = make_new_set(vm, frozenset_type(), Some(key))?;
            let h = key_hash(vm, &tmp)?;
            me.contains_entry(vm, &tmp, h)
        }
    }
}

/// The elements of a set in iteration order.
pub fn set_items(s: &Value) -> Vec<Value> {
    as_set(s).map(|m| m.keys()).unwrap_or_default()
}

/// The elements of a set with their hashes, in iteration order.
pub fn set_keys_with_hashes(s: &Value) -> Vec<(Value, i64)> {
    as_set(s).map(|m| m.entries()).unwrap_or_default()
}

/// `make_new_set(type, iterable)`.
fn make_new_set(vm: &Vm, ty: &'static TypeObject, iterable: Option<&Value>) -> PyResult<Value> {
    let s = if std::ptr::eq(ty, set_type()) || std::ptr::eq(ty, frozenset_type()) {
        Value::alloc(ty, SetObj::new())
    } else {
        crate::types::object::alloc_subclass_instance(vm, &ty.to_value(), SetObj::new())?
    };
    if let Some(it) = iterable {
        update_internal(vm, &s, it)?;
    }
    Ok(s)
}

/// `make_new_set_basetype`: a plain set or frozenset, whichever `ty` derives from.
fn make_new_set_basetype(vm: &Vm, ty: &TypeObject, iterable: Option<&Value>) -> PyResult<Value> {
    let base = if ty.is_subtype(set_type()) {
        set_type()
    } else {
        frozenset_type()
    };
    make_new_set(vm, base, iterable)
}

/// CPython's `set_merge`: adds every element of set `other` to `so`.
fn set_merge(vm: &Vm, so: &Value, other: &Value) -> PyResult<()> {
    if so.is(other) {
        return Ok(());
    }
    let me = st(vm, so)?;
    let Some(o) = as_set(other) else {
        return Ok(());
    };
    // Snapshot the other table: its slots (with positions), fill and used.
    let (oslots, ofill, oused) = {
        let g = o.lock();
        let slots: Vec<Option<(Value, i64)>> =
            g.t.slots
                .iter()
                .map(|s| s.key.as_ref().map(|k| (k.clone(), s.hash)))
                .collect();
        (slots, g.t.fill, g.t.used)
    };
    if oused == 0 {
        return Ok(());
    }
    let omask = oslots.len() - 1;
    let leftover = {
        let g = me.lock();
        if (g.t.fill + oused) * 5 >= g.t.mask() * 3 && !g.t.resize((g.t.used + oused) * 2) {
            return Err(vm.memory_error());
        }
        if g.t.fill == 0 && g.t.mask() == omask && ofill == oused {
            for (slot, e) in g.t.slots.iter_mut().zip(oslots) {
                if let Some((k, h)) = e {
                    *slot = Slot {
                        hash: h,
                        key: Some(k),
                    };
                }
            }
            g.t.fill = ofill;
            g.t.used = oused;
            None
        } else if g.t.fill == 0 {
            let mask = g.t.mask();
            for (k, h) in oslots.into_iter().flatten() {
                insert_clean(&mut g.t.slots, mask, k, h);
            }
            g.t.fill = oused;
            g.t.used = oused;
            None
        } else {
            Some(oslots)
        }
    };
    if let Some(oslots) = leftover {
        for (k, h) in oslots.into_iter().flatten() {
            me.add_entry(vm, k, h)?;
        }
    }
    Ok(())
}

/// CPython's `set_update_internal`.
fn update_internal(vm: &Vm, so: &Value, other: &Value) -> PyResult<()> {
    if is_anyset(other) {
        return set_merge(vm, so, other);
    }
    let me = st(vm, so)?;
    if other.is_exact(builtin().dict) {
        let entries = dict_keys_with_hashes(other);
        {
            let g = me.lock();
            let n = entries.len();
            if (g.t.fill + n) * 5 >= g.t.mask() * 3 && !g.t.resize((g.t.used + n) * 2) {
                return Err(vm.memory_error());
            }
        }
        for (k, h) in entries {
            me.add_entry(vm, k, h)?;
        }
        return Ok(());
    }
    let it = crate::ops::iter(vm, other)?;
    while let Some(k) = crate::ops::next(vm, &it)? {
        let h = key_hash(vm, &k)?;
        me.add_entry(vm, k, h)?;
    }
    Ok(())
}

/// `set_copy`: a new set (or frozenset) of the same base type with the same elements.
fn set_copy(vm: &Vm, so: &Value) -> PyResult<Value> {
    make_new_set_basetype(vm, so.ty(), Some(so))
}

/// CPython's `set_intersection`.
fn set_intersection(vm: &Vm, so: &Value, other: &Value) -> PyResult<Value> {
    if so.is(other) {
        return set_copy(vm, so);
    }
    let result = make_new_set_basetype(vm, so.ty(), None)?;
    let res = st(vm, &result)?;
    if let Some(o) = as_set(other) {
        let me = st(vm, so)?;
        let (big, small) = if o.len() > me.len() { (o, me) } else { (me, o) };
        for (k, h) in small.entries() {
            if big.contains_entry(vm, &k, h)? {
                res.add_entry(vm, k, h)?;
            }
        }
        return Ok(result);
    }
    let me = st(vm, so)?;
    let it = crate::ops::iter(vm, other)?;
    while let Some(k) = crate::ops::next(vm, &it)? {
        let h = key_hash(vm, &k)?;
        if me.contains_entry(vm, &k, h)? {
            res.add_entry(vm, k, h)?;
            if res.len() >= me.len() {
                break;
            }
        }
    }
    Ok(result)
}

fn set_intersection_multi(vm: &Vm, so: &Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return set_copy(vm, so);
    }
    let mut result = so.clone();
    for o in others {
        result = set_intersection(vm, &result, o)?;
    }
    Ok(result)
}

/// CPython's `set_difference_update_internal`.
fn difference_update_internal(vm: &Vm, so: &Value, other: &Value) -> PyResult<()> {
    let me = st(vm, so)?;
    if so.is(other) {
        let old = me.lock().t.clear();
        drop(old);
        return Ok(());
    }
    if let Some(o) = as_set(other) {
        let entries = if (o.len() >> 3) > me.len() {
            let inter = set_intersection(vm, so, other)?;
            st(vm, &inter)?.entries()
        } else {
            o.entries()
        };
        for (k, h) in entries {
            me.discard_entry(vm, &k, h)?;
        }
    } else {
        let it = crate::ops::iter(vm, other)?;
        while let Some(k) = crate::ops::next(vm, &it)? {
            discard_key(vm, me, &k)?;
        }
    }
    let g = me.lock();
    if g.t.fill - g.t.used <= g.t.mask() / 4 {
        return Ok(());
    }
    let n = if g.t.used > 50000 {
        g.t.used * 2
    } else {
        g.t.used * 4
    };
    if !g.t.resize(n) {
        return Err(vm.memory_error());
    }
    Ok(())
}

/// `set_discard_key` with CPython's retry of an unhashable set key as a frozenset.
fn discard_key(vm: &Vm, me: &SetObj, key: &Value) -> PyResult<bool> {
    match key_hash(vm, key) {
        Ok(h) => me.discard_entry(vm, key, h),
        Err(e) => Err(e),
    }
}

fn discard_key_retry(vm: &Vm, me: &SetObj, key: &Value) -> PyResult<bool> {
    match key_hash(vm, key) {
        Ok(h) => me.discard_entry(vm, key, h),
        Err(e) => {
            if !is_set(key) || !vm.err_matches(&e, builtin().type_error) {
                return Err(e);
            }
            let tmp = make_new_set(vm, frozenset_type(), Some(key))?;
            let h = key_hash(vm, &tmp)?;
            me.discard_entry(vm, &tmp, h)
        }
    }
}

/// CPython's `set_difference`.
fn set_difference(vm: &Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let me = st(vm, so)?;
    let other_size = if let Some(o) = as_set(other) {
        o.len()
    } else if other.is_exact(builtin().dict) {
        crate::types::dict::dict_len(other)
    } else {
        return copy_and_difference(vm, so, other);
    };
    if (me.len() >> 2) > other_size {
        return copy_and_difference(vm, so, other);
    }
    let result = make_new_set_basetype(vm, so.ty(), None)?;
    let res = st(vm, &result)?;
    if other.is_exact(builtin().dict) {
        for (k, h) in me.entries() {
            if !crate::types::dict::dict_contains_known_hash(vm, other, &k, h)? {
                res.add_entry(vm, k, h)?;
            }
        }
        return Ok(result);
    }
    let o = st(vm, other)?;
    for (k, h) in me.entries() {
        if !o.contains_entry(vm, &k, h)? {
            res.add_entry(vm, k, h)?;
        }
    }
    Ok(result)
}

fn copy_and_difference(vm: &Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let result = set_copy(vm, so)?;
    difference_update_internal(vm, &result, other)?;
    Ok(result)
}

/// CPython's `set_symmetric_difference_update`.
fn symmetric_difference_update(vm: &Vm, so: &Value, other: &Value) -> PyResult<()> {
    let me = st(vm, so)?;
    if so.is(other) {
        let old = me.lock().t.clear();
        drop(old);
        return Ok(());
    }
    let entries = if other.is_exact(builtin().dict) {
        dict_keys_with_hashes(other)
    } else if let Some(o) = as_set(other) {
        o.entries()
    } else {
        let tmp = make_new_set_basetype(vm, so.ty(), Some(other))?;
        st(vm, &tmp)?.entries()
    };
    for (k, h) in entries {
        if !me.discard_entry(vm, &k, h)? {
            me.add_entry(vm, k, h)?;
        }
    }
    Ok(())
}

fn set_symmetric_difference(vm: &Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let otherset = make_new_set_basetype(vm, so.ty(), Some(other))?;
    symmetric_difference_update(vm, &otherset, so)?;
    Ok(otherset)
}

/// CPython's `set_issubset`.
fn set_issubset(vm: &Vm, so: &Value, other: &Value) -> PyResult<bool> {
    let me = st(vm, so)?;
    let Some(o) = as_set(other) else {
        let tmp = set_intersection(vm, so, other)?;
        return Ok(st(vm, &tmp)?.len() == me.len());
    };
    if me.len() > o.len() {
        return Ok(false);
    }
    for (k, h) in me.entries() {
        if !o.contains_entry(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_issuperset(vm: &Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if is_anyset(other) {
        return set_issubset(vm, other, so);
    }
    let it = crate::ops::iter(vm, other)?;
    while let Some(k) = crate::ops::next(vm, &it)? {
        if !set_contains(vm, so, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_isdisjoint(vm: &Vm, so: &Value, other: &Value) -> PyResult<bool> {
    let me = st(vm, so)?;
    if so.is(other) {
        return Ok(me.is_empty());
    }
    if is_anyset_exact(other) {
        let o = st(vm, other)?;
        let (big, small) = if o.len() > me.len() { (o, me) } else { (me, o) };
        for (k, h) in small.entries() {
            if big.contains_entry(vm, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = crate::ops::iter(vm, other)?;
    while let Some(k) = crate::ops::next(vm, &it)? {
        if set_contains(vm, so, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `_shuffle_bits` of CPython's frozenset hash.
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

fn frozenset_hash_value(me: &SetObj) -> i64 {
    let cached = me.hash.load(Ordering::Relaxed);
    if cached != -1 {
        return cached;
    }
    let (mut hash, used) = {
        let g = me.lock();
        let mut h: u64 = 0;
        for s in &g.t.slots {
            if s.key.is_some() {
                h ^= shuffle_bits(s.hash as u64);
            }
        }
        (h, g.t.used)
    };
    hash ^= (used as u64).wrapping_add(1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    me.hash.store(hash as i64, Ordering::Relaxed);
    hash as i64
}

// ---- the types -----------------------------------------------------------------------------

pub fn make_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
    name: &'static str,
) -> &'static TypeObject {
    let frozen = name == "frozenset";
    let t = mk(
        TypeSpec::of::<SetObj>(if frozen { "frozenset" } else { "set" }, Some(object))
            .flags(crate::types::type_flags::BASETYPE),
    );
    if frozen {
        if let Some(set_addr) = SET_TYPE.get() {
            // SAFETY: the address was stored below from the immortal `set` type object.
            let set_ty = unsafe { &*(*set_addr as *const TypeObject) };
            crate::types::share_layout(t, set_ty);
        }
        t.slots.new.set(Some(frozenset_new));
        t.slots.hash.set(Some(frozenset_hash));
    } else {
        let _ = SET_TYPE.set(t as *const TypeObject as usize);
        t.slots.new.set(Some(set_new));
        t.slots.init.set(Some(set_init));
        t.slots.hash.set(Some(unhashable));
        t.slots.isub.set(Some(set_isub));
        t.slots.iand.set(Some(set_iand));
        t.slots.ixor.set(Some(set_ixor));
        t.slots.ior.set(Some(set_ior));
    }
    t.slots.repr.set(Some(set_repr));
    t.slots.richcompare.set(Some(set_richcompare));
    t.slots.iter.set(Some(set_iter));
    t.slots.len.set(Some(set_len));
    t.slots.contains.set(Some(set_contains_slot));
    t.slots.sub.set(Some(set_sub));
    t.slots.and.set(Some(set_and));
    t.slots.xor.set(Some(set_xor));
    t.slots.or.set(Some(set_or));
    t
}

pub fn make_iter_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<SetIter>("set_iterator", Some(object)));
    t.slots.iter.set(Some(|_vm, v| Ok(v.clone())));
    t.slots.next.set(Some(setiter_next));
    t
}

pub fn init_methods() {
    let b = builtin();
    if !std::ptr::eq(b.frozenset.layout, b.set) {
        // `make_type("frozenset")` ran before `make_type("set")`: share the layout now
        // (still start-up, before any frozenset exists).
        crate::types::share_layout(b.frozenset, b.set);
    }
    let s = b.set;
    add_method(s, "add", set_add_m);
    add_method(s, "clear", set_clear_m);
    add_method(s, "discard", set_discard_m);
    add_method(s, "remove", set_remove_m);
    add_method(s, "pop", set_pop_m);
    add_method(s, "update", set_update_m);
    add_method(s, "difference_update", set_difference_update_m);
    add_method(s, "intersection_update", set_intersection_update_m);
    add_method(
        s,
        "symmetric_difference_update",
        set_symmetric_difference_update_m,
    );
    add_method(s, "copy", set_copy_m);
    crate::types::dict::dict_set_str(s.dict(), "__hash__", none::none());
    for t in [b.set, b.frozenset] {
        add_method(t, "__contains__", set_contains_m);
        add_method(t, "union", set_union_m);
        add_method(t, "intersection", set_intersection_m);
        add_method(t, "difference", set_difference_m);
        add_method(t, "symmetric_difference", set_symmetric_difference_m);
        add_method(t, "issubset", set_issubset_m);
        add_method(t, "issuperset", set_issuperset_m);
        add_method(t, "isdisjoint", set_isdisjoint_m);
        add_method(t, "__reduce__", set_reduce_m);
        add_method(t, "__sizeof__", set_sizeof_m);
    }
    add_method(b.frozenset, "copy", frozenset_copy_m);
}

fn set_new(vm: &Vm, cls: &Value, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    if cls_is(cls, set_type()) {
        return Ok(empty(false));
    }
    crate::types::object::alloc_subclass_instance(vm, cls, SetObj::new())
}

fn set_init(vm: &Vm, obj: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<()> {
    if kwnames.is_some_and(|k| !k.is_empty()) {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{} expected at most 1 argument, got {}",
            obj.ty().name(),
            args.len()
        )));
    }
    let me = st(vm, obj)?;
    let old = {
        let g = me.lock();
        if g.t.fill > 0 {
            Some(g.t.clear())
        } else {
            None
        }
    };
    drop(old);
    me.hash.store(-1, Ordering::Relaxed);
    if let Some(it) = args.first() {
        update_internal(vm, obj, it)?;
    }
    Ok(())
}

fn frozenset_new(
    vm: &Vm,
    cls: &Value,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<Value> {
    let exact = cls_is(cls, frozenset_type());
    let nkw = kwnames.map_or(0, |k| k.len());
    if exact && nkw > 0 {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    let npos = args.len().saturating_sub(nkw);
    let ty = crate::types::as_type(cls).ok_or_else(|| vm.type_error("expected a type"))?;
    if npos > 1 {
        return Err(vm.type_error(format!(
            "{} expected at most 1 argument, got {npos}",
            ty.name()
        )));
    }
    let iterable = args.first().filter(|_| npos == 1);
    if exact {
        if let Some(it) = iterable {
            if it.is_exact(frozenset_type()) {
                return Ok(it.clone());
            }
        }
        let s = empty(true);
        if let Some(it) = iterable {
            update_internal(vm, &s, it)?;
        }
        return Ok(s);
    }
    let s = crate::types::object::alloc_subclass_instance(vm, cls, SetObj::new())?;
    if let Some(it) = iterable {
        update_internal(vm, &s, it)?;
    }
    Ok(s)
}

fn set_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let me = st(vm, v)?;
    let name = v.ty().name().to_string();
    let Some(_guard) = repr_enter(v) else {
        return Ok(new_string(format!("{name}(...)")));
    };
    if me.is_empty() {
        return Ok(new_string(format!("{name}()")));
    }
    let keys = new_list(me.keys());
    let r = crate::ops::repr_string(vm, &keys)?;
    let inner = r.get(1..r.len().saturating_sub(1)).unwrap_or("");
    if v.is_exact(set_type()) {
        Ok(new_string(format!("{{{inner}}}")))
    } else {
        Ok(new_string(format!("{name}({{{inner}}})")))
    }
}

fn frozenset_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    Ok(frozenset_hash_value(st(vm, v)?))
}

fn set_richcompare(vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(a), Some(b)) = (as_set(v), as_set(w)) else {
        return Ok(none::not_implemented());
    };
    let r = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let eq = if a.len() != b.len() {
                false
            } else {
                let (ha, hb) = (
                    a.hash.load(Ordering::Relaxed),
                    b.hash.load(Ordering::Relaxed),
                );
                if ha != -1 && hb != -1 && ha != hb {
                    false
                } else {
                    set_issubset(vm, v, w)?
                }
            };
            eq == (op == CompareOp::Eq)
        }
        CompareOp::Le => set_issubset(vm, v, w)?,
        CompareOp::Ge => set_issuperset(vm, v, w)?,
        CompareOp::Lt => a.len() < b.len() && set_issubset(vm, v, w)?,
        CompareOp::Gt => a.len() > b.len() && set_issuperset(vm, v, w)?,
    };
    Ok(new_bool(r))
}

fn set_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    let me = st(vm, v)?;
    let used = me.len() as isize;
    Ok(Value::alloc(
        builtin().set_iterator,
        SetIter {
            set: v.clone(),
            pos: AtomicUsize::new(0),
            used: AtomicIsize::new(used),
            remaining: AtomicIsize::new(used),
            done: AtomicBool::new(false),
        },
    ))
}

fn set_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(st(vm, v)?.len())
}

fn set_contains_slot(vm: &Vm, v: &Value, key: &Value) -> PyResult<bool> {
    set_contains(vm, v, key)
}

fn set_sub(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(none::not_implemented());
    }
    set_difference(vm, a, b)
}

fn set_and(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(none::not_implemented());
    }
    set_intersection(vm, a, b)
}

fn set_xor(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(none::not_implemented());
    }
    set_symmetric_difference(vm, a, b)
}

fn set_or(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(none::not_implemented());
    }
    let result = set_copy(vm, a)?;
    if a.is(b) {
        return Ok(result);
    }
    update_internal(vm, &result, b)?;
    Ok(result)
}

fn set_isub(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_anyset(b) || !is_anyset(a) {
        return Ok(none::not_implemented());
    }
    difference_update_internal(vm, a, b)?;
    Ok(a.clone())
}

fn set_iand(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_anyset(b) || !is_anyset(a) {
        return Ok(none::not_implemented());
    }
    let tmp = set_intersection(vm, a, b)?;
    st(vm, a)?.take_body_of(st(vm, &tmp)?);
    Ok(a.clone())
}

fn set_ixor(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_anyset(b) || !is_anyset(a) {
        return Ok(none::not_implemented());
    }
    symmetric_difference_update(vm, a, b)?;
    Ok(a.clone())
}

fn set_ior(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_anyset(b) || !is_anyset(a) {
        return Ok(none::not_implemented());
    }
    update_internal(vm, a, b)?;
    Ok(a.clone())
}

// ---- methods -------------------------------------------------------------------------------

fn npos(args: &[Value], kwnames: Option<&[Value]>) -> usize {
    args.len()
        .saturating_sub(1 + kwnames.map_or(0, |k| k.len()))
}

/// Checks a METH_O method: exactly one positional argument, no keywords.
fn one_arg(vm: &Vm, fname: &str, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<()> {
    no_kwargs(vm, fname, kwnames)?;
    check_count(vm, fname, npos(args, kwnames), 1, 1)
}

fn no_args(vm: &Vm, fname: &str, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<()> {
    no_kwargs(vm, fname, kwnames)?;
    check_count(vm, fname, npos(args, kwnames), 0, 0)
}

fn set_add_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    one_arg(vm, "set.add", args, kwnames)?;
    set_add(vm, &args[0], args[1].clone())?;
    Ok(none::none())
}

fn set_clear_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_args(vm, "set.clear", args, kwnames)?;
    let me = st(vm, &args[0])?;
    let old = me.lock().t.clear();
    drop(old);
    Ok(none::none())
}

fn set_discard_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    one_arg(vm, "set.discard", args, kwnames)?;
    discard_key_retry(vm, st(vm, &args[0])?, &args[1])?;
    Ok(none::none())
}

fn set_remove_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    one_arg(vm, "set.remove", args, kwnames)?;
    if !discard_key_retry(vm, st(vm, &args[0])?, &args[1])? {
        return Err(vm.key_error(args[1].clone()));
    }
    Ok(none::none())
}

fn set_pop_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_args(vm, "set.pop", args, kwnames)?;
    let me = st(vm, &args[0])?;
    let key = {
        let g = me.lock();
        if g.t.used == 0 {
            None
        } else {
            let mask = g.t.mask();
            let mut i = g.t.finger & mask;
            while g.t.slots[i].key.is_none() {
                i += 1;
                if i > mask {
                    i = 0;
                }
            }
            let old = std::mem::replace(
                &mut g.t.slots[i],
                Slot {
                    hash: -1,
                    key: None,
                },
            );
            g.t.used -= 1;
            g.t.finger = i + 1;
            old.key
        }
    };
    key.ok_or_else(|| vm.new_error(builtin().key_error, "pop from an empty set"))
}

fn set_update_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "set.update", kwnames)?;
    st(vm, &args[0])?;
    for o in &args[1..] {
        update_internal(vm, &args[0], o)?;
    }
    Ok(none::none())
}

fn set_difference_update_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "set.difference_update", kwnames)?;
    st(vm, &args[0])?;
    for o in &args[1..] {
        difference_update_internal(vm, &args[0], o)?;
    }
    Ok(none::none())
}

fn set_intersection_update_m(
    vm: &Vm,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<Value> {
    no_kwargs(vm, "set.intersection_update", kwnames)?;
    let tmp = set_intersection_multi(vm, &args[0], &args[1..])?;
    if !tmp.is(&args[0]) {
        st(vm, &args[0])?.take_body_of(st(vm, &tmp)?);
    }
    Ok(none::none())
}

fn set_symmetric_difference_update_m(
    vm: &Vm,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<Value> {
    one_arg(vm, "set.symmetric_difference_update", args, kwnames)?;
    symmetric_difference_update(vm, &args[0], &args[1])?;
    Ok(none::none())
}

fn set_copy_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_args(vm, "set.copy", args, kwnames)?;
    set_copy(vm, &args[0])
}

fn frozenset_copy_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_args(vm, "frozenset.copy", args, kwnames)?;
    if args[0].is_exact(frozenset_type()) {
        return Ok(args[0].clone());
    }
    set_copy(vm, &args[0])
}

fn set_contains_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    one_arg(vm, "set.__contains__", args, kwnames)?;
    Ok(new_bool(set_contains(vm, &args[0], &args[1])?))
}

fn set_union_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "set.union", kwnames)?;
    let so = &args[0];
    let result = set_copy(vm, so)?;
    for o in &args[1..] {
        if so.is(o) {
            continue;
        }
        update_internal(vm, &result, o)?;
    }
    Ok(result)
}

fn set_intersection_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "set.intersection", kwnames)?;
    st(vm, &args[0])?;
    set_intersection_multi(vm, &args[0], &args[1..])
}

fn set_difference_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "set.difference", kwnames)?;
    let so = &args[0];
    st(vm, so)?;
    let Some(first) = args.get(1) else {
        return set_copy(vm, so);
    };
    let result = set_difference(vm, so, first)?;
    for o in &args[2..] {
        difference_update_internal(vm, &result, o)?;
    }
    Ok(result)
}

fn set_symmetric_difference_m(
    vm: &Vm,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<Value> {
    one_arg(vm, "set.symmetric_difference", args, kwnames)?;
    set_symmetric_difference(vm, &args[0], &args[1])
}

fn set_issubset_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    one_arg(vm, "set.issubset", args, kwnames)?;
    Ok(new_bool(set_issubset(vm, &args[0], &args[1])?))
}

fn set_issuperset_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    one_arg(vm, "set.issuperset", args, kwnames)?;
    Ok(new_bool(set_issuperset(vm, &args[0], &args[1])?))
}

fn set_isdisjoint_m(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    one_arg(vm, "set.isdisjoint", args, kwnames)?;
    Ok(new_bool(set_isdisjoint(vm, &args[0], &args[1])?))
}

fn set_reduce_m(vm: &Vm, args: &[Value], _kwnames: Option<&[Value]>) -> PyResult<Value> {
    let me = st(vm, &args[0])?;
    let state = crate::types::object::instance_attrs(&args[0])
        .map(|a| a.dict(args[0].header()))
        .unwrap_or_else(none::none);
    Ok(new_tuple(vec![
        args[0].ty().to_value(),
        new_tuple(vec![new_list(me.keys())]),
        state,
    ]))
}

fn set_sizeof_m(vm: &Vm, args: &[Value], _kwnames: Option<&[Value]>) -> PyResult<Value> {
    let me = st(vm, &args[0])?;
    let n = me.lock().t.slots.len();
    Ok(new_int(if n == MIN_SIZE {
        200
    } else {
        200 + 16 * n as i64
    }))
}

// ---- the iterator --------------------------------------------------------------------------

/// `set_iterator`.
pub struct SetIter {
    set: Value,
    pos: AtomicUsize,
    /// The set's size at creation; -1 once a size change was reported.
    used: AtomicIsize,
    remaining: AtomicIsize,
    done: AtomicBool,
}

impl Payload for SetIter {
    fn class() -> &'static TypeObject {
        builtin().set_iterator
    }
}

fn setiter_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = v
        .downcast::<SetIter>()
        .ok_or_else(|| vm.type_error("expected a set iterator"))?;
    if it.done.load(Ordering::Relaxed) {
        return Ok(None);
    }
    let Some(s) = as_set(&it.set) else {
        return Ok(None);
    };
    let r = {
        let g = s.lock();
        if it.used.load(Ordering::Relaxed) != g.t.used as isize {
            Err(())
        } else {
            let start = it.pos.load(Ordering::Relaxed);
            let found =
                g.t.slots
                    .iter()
                    .enumerate()
                    .skip(start)
                    .find_map(|(i, s)| s.key.as_ref().map(|k| (i, k.clone())));
            Ok(found)
        }
    };
    match r {
        Err(()) => {
            it.used.store(-1, Ordering::Relaxed);
            Err(vm.runtime_error("Set changed size during iteration"))
        }
        Ok(None) => {
            it.done.store(true, Ordering::Relaxed);
            Ok(None)
        }
        Ok(Some((i, k))) => {
            it.pos.store(i + 1, Ordering::Relaxed);
            it.remaining.fetch_sub(1, Ordering::Relaxed);
            Ok(Some(k))
        }
    }
}

/// Lists the items of any set-like value (used by reprs of views and friends).
pub fn set_items_list(s: &Value) -> Value {
    new_list(set_items(s))
}

/// True if `ty` is frozenset or derives from it.
pub fn is_frozen_type(ty: &TypeObject) -> bool {
    is_frozenset_type(ty)
}

/// Entry point for `dict.fromkeys` and friends: the set's keys with hashes.
pub fn dict_like_keys(d: &Value) -> Vec<(Value, i64)> {
    if as_dict(d).is_some() {
        dict_keys_with_hashes(d)
    } else {
        set_keys_with_hashes(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::int::new_int_big;

    fn vm() -> Vm {
        crate::vm::Runtime::init(crate::vm::Options::default());
        Vm::new()
    }

    fn ints(s: &Value) -> Vec<i128> {
        set_items(s)
            .iter()
            .map(|v| {
                crate::types::int::to_bigint(v)
                    .and_then(|b| num_traits::ToPrimitive::to_i128(&b))
                    .unwrap_or(i128::MIN)
            })
            .collect()
    }

    fn int(i: i128) -> Value {
        new_int_big(num_bigint::BigInt::from(i))
    }

    #[test]
    fn iteration_order_matches_cpython() {
        let vm = vm();
        let s = new_set(&vm, [3, 1, 2].into_iter().map(int).collect()).unwrap();
        assert_eq!(ints(&s), vec![1, 2, 3]);
        let s = new_set(&vm, (1..=20).rev().step_by(3).map(int).collect()).unwrap();
        assert_eq!(ints(&s), vec![2, 5, 8, 11, 14, 17, 20]);
        let s = new_set(&vm, vec![]).unwrap();
        for i in [5, 13, 21, 29, 37, 45, 53, 8, 16, 24] {
            set_add(&vm, &s, int(i)).unwrap();
        }
        let me = as_set(&s).unwrap();
        me.discard_entry(&vm, &int(13), 13).unwrap();
        me.discard_entry(&vm, &int(29), 29).unwrap();
        set_add(&vm, &s, int(61)).unwrap();
        set_add(&vm, &s, int(69)).unwrap();
        assert_eq!(ints(&s), vec![37, 5, 69, 8, 45, 16, 21, 53, 24, 61]);
        let s = new_set(&vm, [-1, -2, -3, 0, 1].into_iter().map(int).collect()).unwrap();
        assert_eq!(ints(&s), vec![0, 1, -2, -3, -1]);
        let big = [
            1i128 << 61,
            (1 << 61) - 1,
            1 << 62,
            -(1 << 62),
            1 << 40,
            10i128.pow(15),
        ];
        let s = new_set(&vm, big.into_iter().map(int).collect()).unwrap();
        assert_eq!(
            ints(&s),
            vec![
                (1 << 61) - 1,
                1 << 61,
                1 << 62,
                1 << 40,
                10i128.pow(15),
                -(1 << 62)
            ]
        );
        let s = new_set(&vm, (0..20).map(int).collect()).unwrap();
        let me = as_set(&s).unwrap();
        for i in (0..20).step_by(2) {
            assert!(me.discard_entry(&vm, &int(i), i as i64).unwrap());
        }
        set_add(&vm, &s, int(100)).unwrap();
        set_add(&vm, &s, int(2)).unwrap();
        assert_eq!(ints(&s), vec![1, 3, 5, 7, 9, 11, 13, 15, 17, 2, 19, 100]);
    }

    #[test]
    fn frozenset_hash_matches_cpython() {
        let vm = vm();
        let f = new_frozenset(&vm, [1, 2, 3].into_iter().map(int).collect()).unwrap();
        assert_eq!(
            frozenset_hash_value(as_set(&f).unwrap()),
            -272375401224217160
        );
        let f = new_frozenset(&vm, vec![]).unwrap();
        assert_eq!(frozenset_hash_value(as_set(&f).unwrap()), 133146708735736);
        let f = new_frozenset(&vm, (0..100).map(int).collect()).unwrap();
        assert_eq!(
            frozenset_hash_value(as_set(&f).unwrap()),
            4411996150312757951
        );
    }

    #[test]
    fn copies_keep_layout() {
        let vm = vm();
        let s = new_set(&vm, (0..50).rev().map(|i| int(i * 37)).collect()).unwrap();
        let c = set_copy(&vm, &s).unwrap();
        assert_eq!(ints(&s), ints(&c));
        assert_eq!(as_set(&c).unwrap().len(), 50);
    }
}
