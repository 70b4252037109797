//! Instance attribute storage: shapes (hidden classes) and per-instance slot arrays.
//!
//! Owns: `Shape`, the shared description of which attribute names an instance has and in
//! which slot each lives, with transitions to child shapes when an attribute is added; and
//! `InstanceAttrs`, an instance's values. A shape pointer plus slot index is what
//! specialization and traces guard on and load from. An instance whose attributes are
//! deleted, that grows past `MAX_SHAPE_ATTRS`, or whose `__dict__` is requested switches to
//! a real dict for good.
//!
//! Concurrency: writes take the instance's header mutex. Reads are lock-free for the owner
//! of an unshared instance, and take the mutex otherwise (marking the instance `SHARED`
//! under it). Once an instance is shared, whatever a write replaces — a value, a slot
//! array replaced by growth, the attribute dict — is retired (QSBR), never freed while
//! the owner's lock-free read that began before it saw `SHARED` may still be looking at
//! it. Must not: call Python code.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};

use crate::object::header::{gc_bits, thread_rc_id};
use crate::object::{ObjHeader, ObjLock, Value};

/// Instances with more attributes than this use a dict.
pub const MAX_SHAPE_ATTRS: usize = 48;

/// A hidden class: the ordered attribute names of every instance that has this shape.
/// Shapes are immortal and shared by all threads.
pub struct Shape {
    /// Interned attribute names, in slot order.
    pub names: Vec<Value>,
    /// A process-unique id, what guards compare.
    pub id: u32,
    /// Child shapes by added name: an append-only list read without locks (shapes and
    /// their transitions are immortal), so threads adding the same attributes to fresh
    /// instances of one class never contend on a lock.
    transitions: AtomicPtr<Transition>,
}

struct Transition {
    name: usize,
    child: &'static Shape,
    next: *const Transition,
}

static NEXT_SHAPE_ID: AtomicU32 = AtomicU32::new(1);

impl Shape {
    fn new(names: Vec<Value>) -> &'static Shape {
        Box::leak(Box::new(Shape {
            names,
            id: NEXT_SHAPE_ID.fetch_add(1, Ordering::Relaxed),
            transitions: AtomicPtr::new(std::ptr::null_mut()),
        }))
    }

    /// The empty shape every new instance starts with.
    pub fn root() -> &'static Shape {
        static ROOT: AtomicPtr<Shape> = AtomicPtr::new(std::ptr::null_mut());
        let p = ROOT.load(Ordering::Acquire);
        if !p.is_null() {
            // SAFETY: published below from a leaked (immortal) shape.
            return unsafe { &*p };
        }
        let s = Shape::new(Vec::new()) as *const Shape as *mut Shape;
        match ROOT.compare_exchange(std::ptr::null_mut(), s, Ordering::AcqRel, Ordering::Acquire) {
            // SAFETY: `s` is leaked and immortal.
            Ok(_) => unsafe { &*s },
            // SAFETY: another thread published its (leaked) root first.
            Err(existing) => unsafe { &*existing },
        }
    }

    /// The slot of `name` (an interned str), if this shape has it.
    #[inline]
    pub fn index_of(&self, name: &Value) -> Option<usize> {
        self.names.iter().position(|n| n.is(name))
    }

    /// The shape reached by adding `name`.
    pub fn with_added(&'static self, name: &Value) -> &'static Shape {
        let key = name.bits();
        let mut head = self.transitions.load(Ordering::Acquire);
        if let Some(s) = Self::find_transition(head, std::ptr::null(), key) {
            return s;
        }
        let mut names = self.names.clone();
        names.push(name.clone());
        let child = Shape::new(names);
        let node = Box::leak(Box::new(Transition {
            name: key,
            child,
            next: head,
        }));
        loop {
            match self.transitions.compare_exchange(
                head,
                node as *mut Transition,
                Ordering::AcqRel,
                Ordering::Acquire,
            ) {
                Ok(_) => return child,
                Err(newer) => {
                    // Another thread added transitions meanwhile: it may have added this one.
                    if let Some(s) = Self::find_transition(newer, head, key) {
                        // Our unpublished child stays unused (shapes are immortal).
                        return s;
                    }
                    node.next = newer;
                    head = newer;
                }
            }
        }
    }

    /// Searches the transition list from `from` down to (not including) `until`.
    fn find_transition(
        from: *const Transition,
        until: *const Transition,
        key: usize,
    ) -> Option<&'static Shape> {
        let mut p = from;
        while !p.is_null() && p != until {
            // SAFETY: transition nodes are leaked (immortal) and published with Release
            // before their address is visible through `transitions` (Acquire loads).
            let t = unsafe { &*p };
            if t.name == key {
                return Some(t.child);
            }
            p = t.next;
        }
        None
    }
}

/// An instance's attributes: shape + values, or a dict.
pub struct InstanceAttrs {
    shape: AtomicPtr<Shape>,
    values: UnsafeCell<Vec<Value>>,
    /// Set once the instance switched to dict storage.
    dict: UnsafeCell<Option<Value>>,
    /// Values of `__slots__` members (indexed by the member descriptors), allocated on the
    /// first store at its final size and never reallocated. Boxed so that instances
    /// without members pay one word, not a `Vec`'s three.
    #[allow(clippy::box_collection)]
    members: UnsafeCell<Option<Box<Vec<Option<Value>>>>>,
}

// SAFETY: all mutation happens under the owning object's header mutex; lock-free reads are
// restricted to the owner of an unshared object (see the module comment).
unsafe impl Sync for InstanceAttrs {}
unsafe impl Send for InstanceAttrs {}

impl Default for InstanceAttrs {
    fn default() -> Self {
        InstanceAttrs::new()
    }
}

/// What a read of an instance's attributes found.
pub enum AttrLookup {
    Found(Value),
    Missing,
}

impl InstanceAttrs {
    pub fn new() -> InstanceAttrs {
        InstanceAttrs {
            shape: AtomicPtr::new(Shape::root() as *const Shape as *mut Shape),
            values: UnsafeCell::new(Vec::new()),
            dict: UnsafeCell::new(None),
            members: UnsafeCell::new(None),
        }
    }

    /// Reads `__slots__` member `index`.
    #[inline]
    pub fn get_member(&self, owner: &ObjHeader, index: usize) -> Option<Value> {
        let read = || {
            // SAFETY: lock held or lock-free-ok; the array is never reallocated once made.
            let m = unsafe { &*self.members.get() };
            m.as_ref().and_then(|m| m.get(index).cloned().flatten())
        };
        if Self::lock_free_ok(owner) {
            return read();
        }
        let _g = ObjLock::lock(owner);
        Self::mark_shared(owner);
        read()
    }

    /// Sets (`Some`) or clears (`None`) `__slots__` member `index`; true if it was set.
    /// `total` is the number of members of the instance's class (the array's size).
    pub fn set_member(
        &self,
        owner: &ObjHeader,
        index: usize,
        total: usize,
        value: Option<Value>,
    ) -> bool {
        let g = ObjLock::lock(owner);
        if owner.tid.load(Ordering::Relaxed) != thread_rc_id() {
            Self::mark_shared(owner);
        }
        // SAFETY: the header mutex is held for all mutation.
        let members = unsafe { &mut *self.members.get() };
        if members.is_none() {
            if value.is_none() {
                return false;
            }
            *members = Some(Box::new(vec![None; total.max(index + 1)]));
        }
        let Some(m) = members.as_mut() else {
            return false;
        };
        if m.len() <= index {
            // Unreachable while `total` is right (the array is made at the class's full
            // size); kept so a wrong count cannot index out of bounds.
            let mut bigger: Vec<Option<Value>> = m.to_vec();
            bigger.resize(index + 1, None);
            let old = std::mem::replace(m.as_mut(), bigger);
            let old: Vec<Value> = old.into_iter().flatten().collect();
            crate::thread::retire_vec(old);
        }
        let old = std::mem::replace(&mut m[index], value);
        let retire = Self::must_retire(owner);
        drop(g);
        let had = old.is_some();
        if let Some(v) = old {
            Self::release_replaced(v, retire);
        }
        had
    }

    /// The current shape, or `None` in dict mode.
    #[inline]
    pub fn shape(&self) -> Option<&'static Shape> {
        let p = self.shape.load(Ordering::Acquire);
        if p.is_null() {
            None
        } else {
            // SAFETY: shapes are leaked and immortal.
            Some(unsafe { &*p })
        }
    }

    /// True when the calling thread may read without the lock: it owns the object and no
    /// other thread has touched it.
    #[inline(always)]
    fn lock_free_ok(owner: &ObjHeader) -> bool {
        owner.tid.load(Ordering::Relaxed) == thread_rc_id()
            && owner.gc_bits.load(Ordering::Relaxed) & gc_bits::SHARED == 0
    }

    fn mark_shared(owner: &ObjHeader) {
        if owner.gc_bits.load(Ordering::Relaxed) & gc_bits::SHARED == 0 {
            owner.gc_bits.fetch_or(gc_bits::SHARED, Ordering::Release);
        }
    }

    /// Lets go of a value a write replaced (after the lock is released): retired if a
    /// lock-free reader may still hold it (`retire`, from `must_retire` under the lock),
    /// dropped otherwise.
    fn release_replaced(old: Value, retire: bool) {
        if retire {
            crate::thread::retire_value(old);
        } else {
            drop(old);
        }
    }

    /// Under the lock: must replaced memory be retired rather than freed?
    fn must_retire(owner: &ObjHeader) -> bool {
        owner.gc_bits.load(Ordering::Relaxed) & gc_bits::SHARED != 0
            && crate::thread::reclaim_needed()
    }

    /// Reads attribute `name` (an interned str). `owner` is the instance's header.
    #[inline]
    pub fn get(&self, owner: &ObjHeader, name: &Value) -> Option<Value> {
        if Self::lock_free_ok(owner) {
            return self.get_unlocked(name);
        }
        let _g = ObjLock::lock(owner);
        Self::mark_shared(owner);
        self.get_unlocked(name)
    }

    fn get_unlocked(&self, name: &Value) -> Option<Value> {
        match self.shape() {
            Some(shape) => {
                let i = shape.index_of(name)?;
                // SAFETY: lock held or lock-free-ok (see `get`); `i` is within the shape,
                // and the values array always has at least as many entries as its shape.
                let values = unsafe { &*self.values.get() };
                values.get(i).cloned()
            }
            None => {
                // SAFETY: as above; dict mode never reverts. Take a reference to the dict
                // first: the lookup may wait for the dict's lock.
                let d = unsafe { (*self.dict.get()).clone() };
                d.and_then(|d| crate::types::dict::dict_get_str(&d, name))
            }
        }
    }

    /// Reads by slot index under a shape guard (specialized attribute loads).
    #[inline(always)]
    pub fn get_slot(&self, owner: &ObjHeader, shape_id: u32, index: usize) -> Option<Value> {
        if Self::lock_free_ok(owner) {
            return self.read_slot(shape_id, index);
        }
        self.get_slot_locked(owner, shape_id, index)
    }

    #[inline(never)]
    fn get_slot_locked(&self, owner: &ObjHeader, shape_id: u32, index: usize) -> Option<Value> {
        let _g = ObjLock::lock(owner);
        Self::mark_shared(owner);
        self.read_slot(shape_id, index)
    }

    /// `get_slot`'s read, lock held or lock-free-ok.
    #[inline(always)]
    fn read_slot(&self, shape_id: u32, index: usize) -> Option<Value> {
        let shape = self.shape()?;
        if shape.id != shape_id {
            return None;
        }
        // SAFETY: as in `get_unlocked`.
        let values = unsafe { &*self.values.get() };
        values.get(index).cloned()
    }

    /// Replaces the value in slot `index` if the instance still has shape `shape_id`
    /// (specialized attribute stores); gives `value` back otherwise.
    #[inline(always)]
    pub fn set_slot(
        &self,
        owner: &ObjHeader,
        shape_id: u32,
        index: usize,
        value: Value,
    ) -> Result<(), Value> {
        let g = ObjLock::lock(owner);
        if owner.tid.load(Ordering::Relaxed) != thread_rc_id() {
            Self::mark_shared(owner);
        }
        match self.shape() {
            Some(shape) if shape.id == shape_id => {}
            _ => return Err(value),
        }
        // SAFETY: the header mutex is held for all mutation.
        let values = unsafe { &mut *self.values.get() };
        let Some(slot) = values.get_mut(index) else {
            return Err(value);
        };
        let old = std::mem::replace(slot, value);
        let retire = Self::must_retire(owner);
        drop(g);
        Self::release_replaced(old, retire);
        Ok(())
    }

    /// Adds an attribute as the next slot if the instance has shape `from` (whose child by
    /// that attribute's name is `to`): the specialized form of a store that adds an
    /// attribute. Gives `value` back when the shape differs.
    #[inline(always)]
    pub fn add_slot(
        &self,
        owner: &ObjHeader,
        from: u32,
        to: &'static Shape,
        value: Value,
    ) -> Result<(), Value> {
        let _g = ObjLock::lock(owner);
        if owner.tid.load(Ordering::Relaxed) != thread_rc_id() {
            Self::mark_shared(owner);
        }
        match self.shape() {
            Some(shape) if shape.id == from && shape.names.len() + 1 == to.names.len() => {}
            _ => return Err(value),
        }
        // SAFETY: the header mutex is held for all mutation.
        let values = unsafe { &mut *self.values.get() };
        if values.len() + 1 != to.names.len() {
            return Err(value);
        }
        let grows = values.len() == values.capacity();
        if grows && owner.gc_bits.load(Ordering::Relaxed) & gc_bits::SHARED != 0 {
            let mut bigger = Vec::with_capacity((values.len() * 2).max(4));
            bigger.extend(values.iter().cloned());
            let old = std::mem::replace(values, bigger);
            crate::thread::retire_vec(old);
        }
        values.push(value);
        self.shape
            .store(to as *const Shape as *mut Shape, Ordering::Release);
        Ok(())
    }

    /// Sets attribute `name` (interned str) to `value`.
    pub fn set(&self, owner: &ObjHeader, name: &Value, value: Value) {
        let _g = ObjLock::lock(owner);
        let shared = owner.tid.load(Ordering::Relaxed) != thread_rc_id();
        if shared {
            Self::mark_shared(owner);
        }
        // SAFETY: the header mutex is held for all mutation.
        let values = unsafe { &mut *self.values.get() };
        match self.shape() {
            Some(shape) => {
                if let Some(i) = shape.index_of(name) {
                    let old = std::mem::replace(&mut values[i], value);
                    let retire = Self::must_retire(owner);
                    drop(_g);
                    Self::release_replaced(old, retire);
                    return;
                }
                if shape.names.len() >= MAX_SHAPE_ATTRS {
                    self.to_dict_locked(owner);
                    // SAFETY: lock held; dict mode now.
                    if let Some(d) = unsafe { &*self.dict.get() } {
                        crate::types::dict::dict_set_str_value(d, name.clone(), value);
                    }
                    return;
                }
                let grows = values.len() == values.capacity();
                if grows && owner.gc_bits.load(Ordering::Relaxed) & gc_bits::SHARED != 0 {
                    // A lock-free reader may still hold the old array: retire it instead of
                    // freeing it.
                    let mut bigger = Vec::with_capacity((values.len() * 2).max(4));
                    bigger.extend(values.iter().cloned());
                    let old = std::mem::replace(values, bigger);
                    crate::thread::retire_vec(old);
                }
                values.push(value);
                let child = shape.with_added(name);
                self.shape
                    .store(child as *const Shape as *mut Shape, Ordering::Release);
            }
            None => {
                // SAFETY: lock held.
                if let Some(d) = unsafe { &*self.dict.get() } {
                    crate::types::dict::dict_set_str_value(d, name.clone(), value);
                }
            }
        }
    }

    /// Deletes attribute `name`; false if it was not set.
    pub fn delete(&self, owner: &ObjHeader, name: &Value) -> bool {
        let _g = ObjLock::lock(owner);
        if owner.tid.load(Ordering::Relaxed) != thread_rc_id() {
            Self::mark_shared(owner);
        }
        if self.shape().is_some() {
            self.to_dict_locked(owner);
        }
        // SAFETY: lock held; dict mode now.
        match unsafe { &*self.dict.get() } {
            Some(d) => crate::types::dict::dict_del_str(d, name),
            None => false,
        }
    }

    /// The instance's `__dict__`: switches to dict storage for good.
    pub fn dict(&self, owner: &ObjHeader) -> Value {
        let _g = ObjLock::lock(owner);
        if owner.tid.load(Ordering::Relaxed) != thread_rc_id() {
            Self::mark_shared(owner);
        }
        if self.shape().is_some() {
            self.to_dict_locked(owner);
        }
        // SAFETY: lock held; dict mode now, so the option is set.
        unsafe { &*self.dict.get() }
            .clone()
            .unwrap_or_else(crate::types::dict::new_dict)
    }

    /// Replaces the attribute storage with `dict` (`obj.__dict__ = d`).
    pub fn set_dict(&self, owner: &ObjHeader, dict: Value) {
        let _g = ObjLock::lock(owner);
        if owner.tid.load(Ordering::Relaxed) != thread_rc_id() {
            Self::mark_shared(owner);
        }
        self.shape.store(std::ptr::null_mut(), Ordering::Release);
        // SAFETY: lock held.
        let old = unsafe { (*self.dict.get()).replace(dict) };
        // SAFETY: lock held.
        let old_values = std::mem::take(unsafe { &mut *self.values.get() });
        let retire = Self::must_retire(owner);
        drop(_g);
        if retire {
            if let Some(old) = old {
                crate::thread::retire_value(old);
            }
            crate::thread::retire_vec(old_values);
        } else {
            drop(old);
            drop(old_values);
        }
    }

    /// Snapshot of `(name, value)` pairs in insertion order.
    pub fn items(&self, owner: &ObjHeader) -> Vec<(Value, Value)> {
        let _g = ObjLock::lock(owner);
        match self.shape() {
            Some(shape) => {
                // SAFETY: lock held.
                let values = unsafe { &*self.values.get() };
                shape
                    .names
                    .iter()
                    .cloned()
                    .zip(values.iter().cloned())
                    .collect()
            }
            // SAFETY: lock held.
            None => match unsafe { &*self.dict.get() } {
                Some(d) => crate::types::dict::dict_items(d),
                None => Vec::new(),
            },
        }
    }

    fn to_dict_locked(&self, owner: &ObjHeader) {
        let Some(shape) = self.shape() else { return };
        let d = crate::types::dict::new_dict();
        // SAFETY: caller holds the lock.
        let values = unsafe { &mut *self.values.get() };
        for (n, v) in shape.names.iter().zip(values.iter()) {
            crate::types::dict::dict_set_str_value(&d, n.clone(), v.clone());
        }
        // SAFETY: lock held.
        unsafe { *self.dict.get() = Some(d) };
        self.shape.store(std::ptr::null_mut(), Ordering::Release);
        if !Self::must_retire(owner) {
            // No lock-free reader can be looking at the array: free it.
            drop(std::mem::take(values));
        }
        // Otherwise the owner may still be reading it under the old shape: it stays, intact
        // (never read again), until the instance goes or `set_dict` retires it.
    }
}
