//! Quiescent-state-based reclamation (QSBR) of memory that lock-free readers may still see.
//!
//! Owns: the global write sequence, each thread's quiescent-state counter (advanced at
//! eval-breaker checks when asked, and dropped to "offline" while the thread is detached
//! in a blocking call), and the per-thread lists of retired items (replaced values, slot
//! arrays, dict tables) that are freed once every attached thread has passed a quiescent
//! point after the retirement. A lock-free read never spans a quiescent point (it is one
//! native operation: it takes its own reference before returning), so an item retired
//! before every thread passed one can no longer be in use.
//!
//! With one Python thread nothing can be reading concurrently, so retiring frees at once
//! (threads are registered by their creator before they start, so the creator never sees
//! a stale count of 1). Must not: free an item while any attached thread's counter is
//! below the item's goal; run Python code (freeing drops references, which may run
//! deallocators, but never Python code).

use std::any::Any;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use super::state::{self, bits, lock, ThreadState};
use crate::object::Value;

/// The write sequence: advanced once per batch of retirements. Starts above 0 (0 means
/// "offline" in a thread's counter).
static WR_SEQ: AtomicU64 = AtomicU64::new(1);

/// A retired item: held only so that it is dropped after the grace period.
#[allow(dead_code)]
enum Item {
    Value(Value),
    Values(Vec<Value>),
    Other(Box<dyn Any + Send>),
}

#[allow(dead_code)]
struct Pending {
    /// 0: retired since the last sequence advance (goal not assigned yet).
    goal: u64,
    item: Item,
}

/// This thread's retired items. At thread teardown they go to the orphan list instead of
/// being dropped: dropping them can free objects and so run Python code (finalizers, weak
/// reference callbacks), which must not happen while thread-locals are being destroyed.
struct PendingList(RefCell<Vec<Pending>>);

impl std::ops::Deref for PendingList {
    type Target = RefCell<Vec<Pending>>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Drop for PendingList {
    fn drop(&mut self) {
        orphan(std::mem::take(self.0.get_mut()));
    }
}

thread_local! {
    static PENDING: PendingList = const { PendingList(RefCell::new(Vec::new())) };
}

/// Items left by exited threads; reclaimed by whichever thread polls next.
static ORPHANS: Mutex<Vec<Pending>> = Mutex::new(Vec::new());

/// Items freed so far after a grace period (for `-X stats`).
pub static RECLAIMED: AtomicU64 = AtomicU64::new(0);

/// Poll (try to reclaim) once this many items are pending.
const POLL_BATCH: usize = 64;

#[inline]
fn single_threaded() -> bool {
    state::thread_count() <= 1
}

fn push(item: Item) {
    let n = PENDING
        .try_with(|p| {
            let mut p = p.borrow_mut();
            p.push(Pending { goal: 0, item });
            p.len()
        })
        .unwrap_or(0);
    if n == 0 {
        return;
    }
    if n == 1 {
        // Ask ourselves to poll at the next eval-breaker check.
        if let Some(ts) = state::current() {
            ts.request(bits::QSBR);
        }
    } else if n.is_multiple_of(POLL_BATCH) {
        poll();
    }
}

/// Retires a value a lock-free reader on another thread may be about to take a reference
/// to (a replaced dict value, attribute or cell content).
#[inline]
pub fn retire_value(v: Value) {
    if v.is_small_int() || single_threaded() {
        drop(v);
    } else {
        push(Item::Value(v));
    }
}

/// Retires a vector of values (a replaced attribute array).
pub fn retire_vec(v: Vec<Value>) {
    if v.capacity() == 0 {
        return;
    }
    if single_threaded() {
        drop(v);
    } else {
        push(Item::Values(v));
    }
}

/// Retires any owned memory (a replaced dict table).
pub fn retire_box(b: Box<dyn Any + Send>) {
    if single_threaded() {
        drop(b);
    } else {
        push(Item::Other(b));
    }
}

/// Marks the calling thread as online and quiescent (after attaching).
pub fn online(ts: &ThreadState) {
    ts.qs
        .store(WR_SEQ.load(Ordering::Acquire), Ordering::Release);
}

/// Reports a quiescent state: the thread holds no pointer obtained by a lock-free read.
#[inline]
pub fn quiescent(ts: &ThreadState) {
    ts.qs
        .store(WR_SEQ.load(Ordering::Acquire), Ordering::Release);
}

/// The oldest write sequence any attached thread may still be reading under.
fn min_seen(me: Option<&ThreadState>) -> u64 {
    let mut min = u64::MAX;
    for t in state::all() {
        if me.is_some_and(|m| std::ptr::eq(m, &*t)) {
            continue;
        }
        let q = t.qs.load(Ordering::Acquire);
        if q != 0 && q < min {
            min = q;
        }
    }
    min
}

/// Assigns a goal to newly retired items, asks the other threads to report, and frees
/// the items every thread has passed a quiescent point for. Called at a quiescent point
/// of the calling thread. Returns true while items remain pending.
pub fn poll() -> bool {
    let me = state::current();
    let fresh = PENDING
        .try_with(|p| p.borrow().iter().any(|x| x.goal == 0))
        .unwrap_or(false);
    if fresh {
        // Everything retired so far was unlinked before this increment.
        let goal = WR_SEQ.fetch_add(1, Ordering::AcqRel) + 1;
        let _ = PENDING.try_with(|p| {
            for x in p.borrow_mut().iter_mut() {
                if x.goal == 0 {
                    x.goal = goal;
                }
            }
        });
        for t in state::all() {
            if !me.is_some_and(|m| std::ptr::eq(m, &*t)) {
                t.request(bits::QSBR);
            }
        }
    }
    if let Some(ts) = me {
        quiescent(ts);
    }
    let min = if single_threaded() {
        u64::MAX
    } else {
        min_seen(me)
    };
    let ready: Vec<Pending> = PENDING
        .try_with(|p| {
            let mut p = p.borrow_mut();
            let (ready, keep): (Vec<Pending>, Vec<Pending>) = std::mem::take(&mut *p)
                .into_iter()
                .partition(|x| x.goal <= min);
            *p = keep;
            ready
        })
        .unwrap_or_default();
    let orphans: Vec<Pending> = {
        let mut o = lock(&ORPHANS);
        if o.is_empty() {
            Vec::new()
        } else {
            let (ready, keep): (Vec<Pending>, Vec<Pending>) = std::mem::take(&mut *o)
                .into_iter()
                .partition(|x| x.goal <= min);
            *o = keep;
            ready
        }
    };
    RECLAIMED.fetch_add((ready.len() + orphans.len()) as u64, Ordering::Relaxed);
    // Dropping the items may free objects (deallocators, and finalizers they run).
    drop(ready);
    drop(orphans);
    let left = PENDING
        .try_with(|p| !p.borrow().is_empty())
        .unwrap_or(false);
    if left {
        if let Some(ts) = me {
            ts.request(bits::QSBR);
        }
    }
    left
}

/// Hands the calling thread's pending items to the orphan list (at thread exit).
/// Frees every retired item now, without a grace period (process exit: finalizing
/// `__main__`). Sound only while no other thread can be reading shared memory: the caller
/// holds a stop-the-world pause or is the only thread.
pub fn reclaim_now() {
    loop {
        let mine = PENDING
            .try_with(|p| std::mem::take(&mut *p.borrow_mut()))
            .unwrap_or_default();
        let orphans = std::mem::take(&mut *lock(&ORPHANS));
        if mine.is_empty() && orphans.is_empty() {
            return;
        }
        RECLAIMED.fetch_add((mine.len() + orphans.len()) as u64, Ordering::Relaxed);
        // Freeing may run finalizers, which may retire more: loop until none is left.
        drop(orphans);
        drop(mine);
    }
}

pub fn orphan_pending() {
    let mine = PENDING
        .try_with(|p| std::mem::take(&mut *p.borrow_mut()))
        .unwrap_or_default();
    orphan(mine);
}

/// Hands `mine` (retired items of a thread that stops polling) to the orphan list.
fn orphan(mut mine: Vec<Pending>) {
    if mine.is_empty() {
        return;
    }
    if mine.iter().any(|x| x.goal == 0) {
        let goal = WR_SEQ.fetch_add(1, Ordering::AcqRel) + 1;
        for x in mine.iter_mut() {
            if x.goal == 0 {
                x.goal = goal;
            }
        }
    }
    for t in state::all() {
        t.request(bits::QSBR);
    }
    lock(&ORPHANS).extend(mine);
}

/// Items waiting for a grace period on this thread (for tests).
pub fn pending_count() -> usize {
    PENDING.try_with(|p| p.borrow().len()).unwrap_or(0)
}
