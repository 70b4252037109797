//! The refcount protocol: one implementation of incref and decref for every thread mode.
//!
//! Owns: biased reference counting (PEP 703) with its merge and queue protocol, and object
//! deallocation when the count reaches zero. The thread mode never appears here: it is
//! encoded in `thread_rc_id()` and in the birth state of objects (see `header.rs`), so GIL
//! mode (everyone is the owner: plain increments), biased mode and atomic mode (no one is
//! the owner: atomic add on the shared count) all run these same instructions. The JIT
//! emits the same sequence.
//!
//! Must not: allocate, lock, or call Python code except through a type's `dealloc` or
//! its finalizer (`__del__`, run once by `run_dealloc` with the object resurrected).

use std::cell::{Cell, RefCell};
use std::sync::atomic::Ordering;

use super::header::{shared_flags, thread_rc_id, ObjHeader, IMMORTAL_LOCAL, PINNED_RC_ID};

/// Takes a new reference to `obj`.
///
/// # Safety
/// `obj` points at a live object header.
#[inline(always)]
pub unsafe fn incref(obj: *const ObjHeader) {
    // SAFETY: the caller guarantees `obj` is live.
    let h = unsafe { &*obj };
    // The owner's case first: one compare decides it, since immortal (tid 0) and pinned
    // objects never have a thread's identity.
    if h.tid.load(Ordering::Relaxed) == thread_rc_id() {
        // Only the owner writes `ref_local`, so a plain load and store cannot lose updates.
        let local = h.ref_local.load(Ordering::Relaxed);
        h.ref_local.store(local + 1, Ordering::Relaxed);
    } else {
        // SAFETY: as above.
        unsafe { incref_not_owned(obj) };
    }
}

/// `incref` of an object the calling thread does not own: immortal, pinned or shared.
#[inline(always)]
unsafe fn incref_not_owned(obj: *const ObjHeader) {
    // SAFETY: the caller guarantees `obj` is live.
    let h = unsafe { &*obj };
    if h.ref_local.load(Ordering::Relaxed) == IMMORTAL_LOCAL {
        return;
    }
    if h.tid.load(Ordering::Relaxed) == PINNED_RC_ID {
        // SAFETY: `obj` is live.
        unsafe { pinned_delta(obj, 1) };
    } else {
        h.ref_shared.fetch_add(shared_flags::ONE, Ordering::Relaxed);
    }
}

/// Drops a reference to `obj`, freeing it when it was the last.
///
/// # Safety
/// `obj` points at a live object header and the caller owns the reference it drops.
#[inline(always)]
pub unsafe fn decref(obj: *const ObjHeader) {
    // SAFETY: the caller guarantees `obj` is live.
    let h = unsafe { &*obj };
    // The owner's case first, as in `incref`.
    if h.tid.load(Ordering::Relaxed) == thread_rc_id() {
        let local = h.ref_local.load(Ordering::Relaxed) - 1;
        h.ref_local.store(local, Ordering::Relaxed);
        if local == 0 {
            // SAFETY: the caller's reference was the owner's last local one.
            unsafe { merge_zero_local(obj) };
        }
    } else {
        // SAFETY: as above.
        unsafe { decref_not_owned(obj) };
    }
}

/// `decref` of an object the calling thread does not own: immortal, pinned or shared.
#[inline(always)]
unsafe fn decref_not_owned(obj: *const ObjHeader) {
    // SAFETY: the caller guarantees `obj` is live.
    let h = unsafe { &*obj };
    if h.ref_local.load(Ordering::Relaxed) == IMMORTAL_LOCAL {
        return;
    }
    if h.tid.load(Ordering::Relaxed) == PINNED_RC_ID {
        // SAFETY: `obj` is live; the pin's own reference keeps it so.
        unsafe { pinned_delta(obj, -1) };
    } else {
        // SAFETY: as above; the reference dropped is a shared one.
        unsafe { decref_shared(obj) };
    }
}

/// True when the caller's reference is the only reference to `obj`, so nothing else can
/// observe the object and the caller may reuse it in place (a float result written into a
/// dying operand, as CPython's float ops do). Conservative: false whenever another thread
/// may hold a reference (any shared count or flag), and for immortal and pinned objects.
///
/// # Safety
/// `obj` points at a live object header and the caller owns a reference to it.
#[inline(always)]
pub unsafe fn is_sole_reference(obj: *const ObjHeader) -> bool {
    // SAFETY: the caller guarantees `obj` is live.
    let h = unsafe { &*obj };
    let tid = h.tid.load(Ordering::Relaxed);
    let shared = h.ref_shared.load(Ordering::Relaxed);
    if tid == thread_rc_id() {
        // Owned here: our reference is local, and no other thread took one (a thread that
        // did would have raised the shared count before we could see its reference gone).
        h.ref_local.load(Ordering::Relaxed) == 1 && shared == shared_flags::INIT
    } else {
        // Merged (the atomic protocol, or an owner gave the object up): the shared count
        // alone is the count, and ours is the one reference in it. (Immortal objects keep
        // `ref_shared` at 0, so they never match.)
        tid == 0 && shared == shared_flags::ONE | shared_flags::MERGED
    }
}

// ---- pinned objects ------------------------------------------------------------------------
//
// A pinned object (`tid == PINNED_RC_ID`) has merged counts plus one reference held by the
// pin itself, so its count cannot reach zero while pinned. Each thread adds its increments
// and decrements to a private table instead of the shared count, and folds the table into
// the shared counts (`flush_pinned_deltas`) before it detaches, parks for a pause or exits.
// So while the world is stopped every shared count is exact, which is when objects are
// pinned and unpinned (`thread::freeze_module_state`).

const PIN_TABLE_SIZE: usize = 128;

thread_local! {
    /// `(object address, pending count change)`; address 0 = empty slot.
    static PIN_DELTAS: std::cell::UnsafeCell<[(usize, isize); PIN_TABLE_SIZE]> =
        const { std::cell::UnsafeCell::new([(0, 0); PIN_TABLE_SIZE]) };
}

/// Records a count change of a pinned object in this thread's table (or, with the table
/// full, applies it to the shared count: still correct, just contended).
#[inline(never)]
unsafe fn pinned_delta(obj: *const ObjHeader, delta: isize) {
    let addr = obj as usize;
    let recorded = PIN_DELTAS
        .try_with(|t| {
            // SAFETY: the table is this thread's; nothing else borrows it during this call.
            let t = unsafe { &mut *t.get() };
            let mut i = (addr >> 5) % PIN_TABLE_SIZE;
            for _ in 0..PIN_TABLE_SIZE {
                if t[i].0 == addr {
                    t[i].1 += delta;
                    return true;
                }
                if t[i].0 == 0 {
                    t[i] = (addr, delta);
                    return true;
                }
                i = (i + 1) % PIN_TABLE_SIZE;
            }
            false
        })
        .unwrap_or(false);
    if !recorded {
        // SAFETY: `obj` is live. The pin's reference keeps the count above zero.
        let h = unsafe { &*obj };
        h.ref_shared
            .fetch_add(delta * shared_flags::ONE, Ordering::AcqRel);
    }
}

/// Folds this thread's pending count changes of pinned objects into their shared counts.
/// Every pinned object in the table is still alive: it is pinned, or it was unpinned while
/// the world was stopped, after this thread had flushed.
pub fn flush_pinned_deltas() {
    let _ = PIN_DELTAS.try_with(|t| {
        // SAFETY: as in `pinned_delta`.
        let t = unsafe { &mut *t.get() };
        for slot in t.iter_mut() {
            if slot.0 != 0 {
                if slot.1 != 0 {
                    // SAFETY: see the function comment.
                    let h = unsafe { &*(slot.0 as *const ObjHeader) };
                    h.ref_shared
                        .fetch_add(slot.1 * shared_flags::ONE, Ordering::AcqRel);
                }
                *slot = (0, 0);
            }
        }
    });
}

/// Pins `obj`: folds its counts into the shared count, adds the pin's reference, and marks
/// it. Returns false (and changes nothing) if a decrement of it waits in an owner's merge
/// queue.
///
/// # Safety
/// `obj` is live, not immortal, and no other thread runs Python code (the world is stopped
/// or there is only one thread), every other thread having flushed its pin table.
pub unsafe fn pin(obj: *const ObjHeader) -> bool {
    // SAFETY: as the function's contract.
    let h = unsafe { &*obj };
    let tid = h.tid.load(Ordering::Acquire);
    if tid == PINNED_RC_ID {
        return true;
    }
    let shared = h.ref_shared.load(Ordering::Acquire);
    if shared & shared_flags::MASK == shared_flags::QUEUED {
        return false;
    }
    let local = if tid == 0 {
        0
    } else {
        h.ref_local.swap(0, Ordering::Relaxed) as isize
    };
    let count = (shared >> 2) + local + 1;
    h.ref_shared
        .store((count << 2) | shared_flags::MERGED, Ordering::Release);
    h.tid.store(PINNED_RC_ID, Ordering::Release);
    true
}

/// Unpins `obj`, leaving it merged with exact counts; the caller then drops the pin's
/// reference (with the world running again: it may be the last).
///
/// # Safety
/// As for `pin`; `obj` is pinned.
pub unsafe fn unpin(obj: *const ObjHeader) {
    // SAFETY: as the function's contract.
    let h = unsafe { &*obj };
    h.tid.store(0, Ordering::Release);
}

/// The owner's local count reached zero: free the object if no other thread holds a
/// reference, otherwise fold the local count into the shared one and give up ownership.
#[cold]
unsafe fn merge_zero_local(obj: *const ObjHeader) {
    // SAFETY: `obj` is live; the caller just dropped the owner's last local reference.
    let h = unsafe { &*obj };
    let shared = h.ref_shared.load(Ordering::Acquire);
    if shared == 0 {
        // SAFETY: no local and no shared references remain.
        unsafe { dealloc(obj) };
        return;
    }
    // Give up ownership before publishing MERGED, so a thread that sees MERGED never treats
    // us as owner (CPython gh-119999).
    h.tid.store(0, Ordering::Release);
    let mut old = shared;
    loop {
        let new = (old & !shared_flags::MASK) | shared_flags::MERGED;
        match h
            .ref_shared
            .compare_exchange_weak(old, new, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => {
                if new >> 2 <= 0 {
                    // SAFETY: merged, and the merged count shows no reference left.
                    unsafe { dealloc(obj) };
                }
                return;
            }
            Err(actual) => old = actual,
        }
    }
}

/// A non-owner drops a reference.
#[cold]
unsafe fn decref_shared(obj: *const ObjHeader) {
    // SAFETY: `obj` is live; the caller owns the reference it drops.
    let h = unsafe { &*obj };
    let mut old = h.ref_shared.load(Ordering::Relaxed);
    loop {
        let queue = old == shared_flags::INIT || old == shared_flags::MAYBE_WEAKREF;
        let new = if queue {
            // The shared count would go negative while the owner still counts locally:
            // hand the decrement to the owner, who knows whether it was the last.
            shared_flags::QUEUED
        } else {
            old - shared_flags::ONE
        };
        match h
            .ref_shared
            .compare_exchange_weak(old, new, Ordering::AcqRel, Ordering::Relaxed)
        {
            Ok(_) => {
                if queue {
                    // SAFETY: the queue now owns the reference the caller dropped.
                    unsafe { crate::thread::brc::queue_for_owner(obj) };
                } else if new == shared_flags::MERGED {
                    // SAFETY: merged and the count reached zero.
                    unsafe { dealloc(obj) };
                }
                return;
            }
            Err(actual) => old = actual,
        }
    }
}

/// Folds the local count into the shared count on behalf of an owner that is gone or is
/// draining its queue, then drops `extra` (0 or -1) references. Frees the object if that
/// leaves none.
///
/// # Safety
/// `obj` is live, and the caller is the owner thread or the owner has exited.
pub unsafe fn explicit_merge(obj: *const ObjHeader, extra: isize) {
    // SAFETY: as the function's contract.
    let h = unsafe { &*obj };
    if h.is_immortal() {
        return;
    }
    let local = h.ref_local.swap(0, Ordering::Relaxed) as isize;
    h.tid.store(0, Ordering::Release);
    let mut old = h.ref_shared.load(Ordering::Acquire);
    loop {
        let count = (old >> 2) + local + extra;
        let new = (count << 2) | shared_flags::MERGED;
        match h
            .ref_shared
            .compare_exchange_weak(old, new, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => {
                if count <= 0 {
                    // SAFETY: merged with no reference left.
                    unsafe { dealloc(obj) };
                }
                return;
            }
            Err(actual) => old = actual,
        }
    }
}

/// How deep deallocations may nest on the native stack before further ones are deferred
/// (freeing a long chain of nested containers must not overflow the stack).
const DEALLOC_NESTING_LIMIT: u32 = 64;

thread_local! {
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEALLOC_PENDING: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Frees an object whose count reached zero, through its type's deallocator. Nested frees
/// beyond `DEALLOC_NESTING_LIMIT` are queued and run by the outermost one, iteratively.
#[cold]
unsafe fn dealloc(obj: *const ObjHeader) {
    // SAFETY: `obj` is live until freed below; its type outlives it.
    let ty = unsafe { (*obj).ty() };
    if ty.flags & crate::types::type_flags::LEAF != 0 {
        // Holds no references, so freeing it cannot nest: no bookkeeping needed.
        // SAFETY: the count is zero, so this is the only remaining access to the object.
        unsafe { (ty.dealloc)(obj as *mut ObjHeader) };
        return;
    }
    let depth = DEALLOC_DEPTH.try_with(|d| d.get()).unwrap_or(0);
    if depth >= DEALLOC_NESTING_LIMIT {
        let queued = DEALLOC_PENDING
            .try_with(|p| p.borrow_mut().push(obj as usize))
            .is_ok();
        if queued {
            return;
        }
    }
    let _ = DEALLOC_DEPTH.try_with(|d| d.set(depth + 1));
    // SAFETY: the count is zero, so this is the only remaining access to the object.
    unsafe { run_dealloc(obj) };
    if depth == 0 {
        while let Some(next) = DEALLOC_PENDING
            .try_with(|p| p.borrow_mut().pop())
            .ok()
            .flatten()
        {
            // SAFETY: queued above with a zero count; nothing else references it.
            unsafe { run_dealloc(next as *const ObjHeader) };
        }
    }
    let _ = DEALLOC_DEPTH.try_with(|d| d.set(depth));
}

unsafe fn run_dealloc(obj: *const ObjHeader) {
    // SAFETY: `obj` is live until the deallocator frees it; its type outlives it.
    let ty = unsafe { (*obj).ty() };
    if let Some(finalize) = ty.slots.finalize.get() {
        // SAFETY: as above.
        let h = unsafe { &*obj };
        let bits = super::header::gc_bits::FINALIZED;
        if h.gc_bits.fetch_or(bits, Ordering::AcqRel) & bits == 0 {
            // Run `__del__` on a new reference; dropping it frees the object for good
            // (the finalizer does not run twice), unless `__del__` stored it somewhere.
            h.resurrect();
            // SAFETY: `resurrect` gave the object the one reference this value owns.
            let v = unsafe { super::Value::from_raw(obj as usize) };
            let vm = crate::vm::Vm::new();
            finalize(&vm, &v);
            drop(v);
            return;
        }
    }
    // The only cost weak references add to deallocation: one flag test. (LEAF objects,
    // which skip this function, cannot be weakly referenced.)
    // SAFETY: as above.
    if unsafe { (*obj).gc_bits.load(Ordering::Acquire) } & super::header::gc_bits::WEAKREFS != 0 {
        // SAFETY: the count is zero and the memory is still valid.
        unsafe { crate::types::weakref::clear_weakrefs(obj) };
    }
    // SAFETY: the count is zero, so this is the only remaining access to the object.
    unsafe { (ty.dealloc)(obj as *mut ObjHeader) };
}
