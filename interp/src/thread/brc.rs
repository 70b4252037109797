//! Biased reference counting's merge queues (PEP 703, CPython's `Python/brc.c`).
//!
//! When a non-owner thread's decrement would take an object's shared count below zero, the
//! decrement is handed to the owner thread through its queue; the owner merges the counts
//! at its next safe point. Owns: the queues and the registry of live owners. Must not: run
//! deallocators while holding the registry lock.

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use super::state::{bits, ThreadState};
use crate::object::refcount::explicit_merge;
use crate::object::ObjHeader;

struct Queue {
    /// The owner, whose eval breaker is poked when something is queued.
    owner: Option<Arc<ThreadState>>,
    objects: Vec<usize>,
}

/// Owner id → objects whose decrement the owner must apply.
static QUEUES: Mutex<Option<HashMap<usize, Queue>>> = Mutex::new(None);

/// True while more than one Python thread is registered.
pub fn other_threads_running() -> bool {
    super::state::thread_count() > 1
}

/// Hands a dropped reference to `obj`'s owner.
///
/// # Safety
/// The caller transferred one reference to the queue (the `QUEUED` flag is set).
pub unsafe fn queue_for_owner(obj: *const ObjHeader) {
    // SAFETY: the queued reference keeps `obj` alive.
    let owner = unsafe { (*obj).tid.load(Ordering::Acquire) };
    if owner == 0 {
        // The owner merged meanwhile: the counts are all in the shared field now.
        // SAFETY: we own the reference; merged objects are updated atomically.
        unsafe { crate::object::refcount::decref(obj) };
        return;
    }
    let mut guard = match QUEUES.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    let queues = guard.get_or_insert_with(HashMap::new);
    match queues.get_mut(&owner) {
        Some(q) => {
            q.objects.push(obj as usize);
            if let Some(t) = &q.owner {
                t.request(bits::BRC_MERGE);
            }
            drop(guard);
            // SAFETY: the queued reference keeps `obj` (and so its type) alive.
            super::stats::merge_queued(unsafe { (*obj).ty() });
        }
        None => {
            // The owner thread has exited: merge on its behalf.
            drop(guard);
            // SAFETY: the owner is gone, so nobody else writes the local count.
            unsafe { explicit_merge(obj, -1) };
        }
    }
}

/// Registers a thread (by refcount id) as an owner that drains its queue; `owner` is
/// poked through its eval breaker when something is queued for it.
pub fn register_owner(id: usize, owner: Option<Arc<ThreadState>>) {
    let mut guard = match QUEUES.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    guard.get_or_insert_with(HashMap::new).insert(
        id,
        Queue {
            owner,
            objects: Vec::new(),
        },
    );
}

/// Applies the decrements queued for the calling thread (at a safe point, or at exit).
pub fn drain(id: usize) {
    let pending = {
        let mut guard = match QUEUES.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        guard
            .as_mut()
            .and_then(|q| q.get_mut(&id))
            .map(|q| std::mem::take(&mut q.objects))
            .unwrap_or_default()
    };
    for obj in pending {
        // SAFETY: each entry carries one queued reference, and we are the owner.
        unsafe { explicit_merge(obj as *const ObjHeader, -1) };
    }
}

/// Drains and unregisters the calling thread's queue as it exits; later queuers merge in
/// place.
pub fn unregister_owner(id: usize) {
    drain(id);
    let mut guard = match QUEUES.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    if let Some(q) = guard.as_mut() {
        if let Some(rest) = q.remove(&id) {
            drop(guard);
            for obj in rest.objects {
                // SAFETY: as in `drain`.
                unsafe { explicit_merge(obj as *const ObjHeader, -1) };
            }
        }
    }
}
