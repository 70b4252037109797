//! Thread states: the registry of threads that run Python code, attaching and detaching,
//! the eval-breaker word, and stopping the world.
//!
//! Owns: `ThreadState` (one per Python thread: its refcount identity, its eval-breaker
//! bits, whether it is attached, detached or parked, its quiescent-state counter), the
//! process-wide registry of them, `attach`/`detach` (which also take and release the GIL
//! in GIL mode), and `stop_the_world`/`start_the_world`. Must not: touch Python objects
//! (no refcount operation happens here: in GIL mode that would race with the GIL holder)
//! or run Python code.

use std::cell::Cell;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

/// Running Python code (in GIL mode: holding the GIL).
pub const ATTACHED: u8 = 0;
/// In a blocking call, waiting for the GIL, starting or exiting: touches no Python object.
pub const DETACHED: u8 = 1;
/// Stopped for a stop-the-world pause; may not attach until the world restarts.
pub const PARKED: u8 = 2;

/// Eval-breaker bits: reasons for a thread to leave the fast path at its next check.
pub mod bits {
    /// GIL mode: another thread waited a switch interval; hand the GIL over.
    pub const GIL_DROP: u32 = 1;
    /// A stop-the-world pause is requested: park.
    pub const STOP: u32 = 2;
    /// Decrements were queued for this thread as an object owner (biased refcounting).
    pub const BRC_MERGE: u32 = 4;
    /// Report a quiescent state (and reclaim retired memory).
    pub const QSBR: u32 = 8;
    /// An asynchronous exception is pending (`_thread.interrupt_main`).
    pub const ASYNC_EXC: u32 = 16;
}

/// One thread that runs (or ran) Python code.
pub struct ThreadState {
    /// Unique for the process's life (never reused, unlike OS thread ids).
    pub serial: u64,
    /// `threading.get_ident()`: the pthread id (set by the thread itself).
    pub ident: AtomicU64,
    /// `threading.get_native_id()`: the kernel thread id.
    pub native_id: AtomicU64,
    /// The refcount identity (`object::header::thread_rc_id`) the thread runs with.
    pub rc_id: usize,
    /// Eval-breaker bits (`bits`); polled with one relaxed load at backward jumps and
    /// function entry.
    pub breaker: AtomicU32,
    /// `ATTACHED`, `DETACHED` or `PARKED`.
    pub state: AtomicU8,
    /// QSBR: the write sequence seen at the last quiescent point; 0 while detached.
    pub qs: AtomicU64,
    pub is_main: bool,
}

static REGISTRY: Mutex<Vec<Arc<ThreadState>>> = Mutex::new(Vec::new());
/// Registered threads (kept next to the registry for a lock-free count).
static COUNT: AtomicUsize = AtomicUsize::new(0);
/// Threads ever started (for `-X stats`), the main one included.
pub static STARTED: AtomicU64 = AtomicU64::new(0);
static NEXT_SERIAL: AtomicU64 = AtomicU64::new(1);

pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    match m.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

/// An eval-breaker word for code running on a thread that is not a Python thread (Rust
/// tests); never set.
pub static NO_BREAKER: AtomicU32 = AtomicU32::new(0);

thread_local! {
    static CURRENT: Cell<*const ThreadState> = const { Cell::new(std::ptr::null()) };
    static CURRENT_ARC: std::cell::RefCell<Option<Arc<ThreadState>>> =
        const { std::cell::RefCell::new(None) };
}

/// How many threads are registered (racy; exact for the registering thread itself).
/// A thread that reads 1 is the only Python thread: no other thread can be reading
/// anything it frees (threads are registered by their creator before they start).
#[inline]
pub fn thread_count() -> usize {
    COUNT.load(Ordering::Relaxed)
}

/// The calling thread's state, if it is a Python thread.
#[inline]
pub fn current() -> Option<&'static ThreadState> {
    let p = CURRENT.try_with(|c| c.get()).unwrap_or(std::ptr::null());
    if p.is_null() {
        None
    } else {
        // SAFETY: the pointer comes from an `Arc` held in `CURRENT_ARC` for as long as the
        // thread is bound (until `unbind_current`, after which `CURRENT` is null).
        Some(unsafe { &*p })
    }
}

/// Registers a new thread state (done by the creating thread, before the OS thread
/// starts, so the count is never low from the point of view of the creator).
pub fn register(rc_id: usize, is_main: bool) -> Arc<ThreadState> {
    let ts = Arc::new(ThreadState {
        serial: NEXT_SERIAL.fetch_add(1, Ordering::Relaxed),
        ident: AtomicU64::new(0),
        native_id: AtomicU64::new(0),
        rc_id,
        breaker: AtomicU32::new(0),
        state: AtomicU8::new(DETACHED),
        qs: AtomicU64::new(0),
        is_main,
    });
    let mut reg = lock(&REGISTRY);
    if STW_ACTIVE.load(Ordering::Relaxed) {
        // Born during a pause: it may not attach until the world restarts.
        ts.state.store(PARKED, Ordering::Relaxed);
    }
    reg.push(ts.clone());
    COUNT.fetch_add(1, Ordering::Relaxed);
    STARTED.fetch_add(1, Ordering::Relaxed);
    ts
}

/// Removes a (detached) thread from the registry.
pub fn unregister(ts: &ThreadState) {
    let mut reg = lock(&REGISTRY);
    reg.retain(|t| !std::ptr::eq(&**t, ts));
    COUNT.fetch_sub(1, Ordering::Relaxed);
    drop(reg);
    STW_COND.notify_all();
}

/// Makes `ts` the calling thread's state.
pub fn bind_current(ts: Arc<ThreadState>) {
    ts.ident.store(os_thread_ident(), Ordering::Relaxed);
    ts.native_id.store(os_native_id(), Ordering::Relaxed);
    CURRENT.with(|c| c.set(&*ts as *const ThreadState));
    CURRENT_ARC.with(|c| *c.borrow_mut() = Some(ts));
}

/// Forgets the calling thread's state (at thread exit).
pub fn unbind_current() {
    let _ = CURRENT.try_with(|c| c.set(std::ptr::null()));
    let _ = CURRENT_ARC.try_with(|c| c.borrow_mut().take());
}

/// Snapshot of the registered threads.
pub fn all() -> Vec<Arc<ThreadState>> {
    lock(&REGISTRY).clone()
}

/// Finds the registered thread with refcount identity `rc_id`.
pub fn by_rc_id(rc_id: usize) -> Option<Arc<ThreadState>> {
    lock(&REGISTRY).iter().find(|t| t.rc_id == rc_id).cloned()
}

/// The main thread's state.
pub fn main_thread() -> Option<Arc<ThreadState>> {
    lock(&REGISTRY).iter().find(|t| t.is_main).cloned()
}

extern "C" {
    fn pthread_self() -> usize;
    fn gettid() -> i32;
}

/// `pthread_self()`, as CPython's `get_ident`.
pub fn os_thread_ident() -> u64 {
    // SAFETY: `pthread_self` has no preconditions.
    unsafe { pthread_self() as u64 }
}

/// The kernel's id of the calling thread.
pub fn os_native_id() -> u64 {
    // SAFETY: `gettid` has no preconditions.
    unsafe { gettid() as u64 }
}

impl ThreadState {
    /// Sets eval-breaker bits (from any thread).
    #[inline]
    pub fn request(&self, bit: u32) {
        self.breaker.fetch_or(bit, Ordering::Release);
    }

    /// Clears and returns the bits that are set.
    #[inline]
    pub fn take_bits(&self, mask: u32) -> u32 {
        self.breaker.fetch_and(!mask, Ordering::AcqRel) & mask
    }
}

// ---- attaching and detaching ------------------------------------------------------------

/// Leaves the attached state: the thread stops touching Python objects until `attach`.
/// In GIL mode this releases the GIL (`forced`: hand it to a waiter before returning, for
/// switch-interval drops). The thread counts as quiescent for QSBR and as parked for a
/// stop-the-world pause while detached.
pub fn detach(ts: &ThreadState, forced: bool) {
    crate::object::refcount::flush_pinned_deltas();
    ts.qs.store(0, Ordering::Release);
    // ATTACHED -> DETACHED. A pending STOP request is left in the breaker; the pause
    // counts us as parked once we are detached.
    ts.state.store(DETACHED, Ordering::Release);
    STW_COND.notify_all();
    if crate::thread::gil_mode() {
        super::gil::release(ts, forced);
    }
}

/// Re-enters the attached state: takes the GIL in GIL mode, waits out a stop-the-world
/// pause, and comes back online for QSBR.
pub fn attach(ts: &ThreadState) {
    let gil = crate::thread::gil_mode();
    loop {
        if gil {
            super::gil::acquire(ts);
        }
        if ts
            .state
            .compare_exchange(DETACHED, ATTACHED, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
        {
            break;
        }
        // Parked by a pause: give the GIL back and wait for the world to restart.
        if gil {
            super::gil::release(ts, false);
        }
        wait_while_parked(ts);
    }
    super::qsbr::online(ts);
}

fn wait_while_parked(ts: &ThreadState) {
    let mut g = lock(&STW_MUTEX);
    while ts.state.load(Ordering::Acquire) == PARKED {
        g = match STW_COND.wait_timeout(g, Duration::from_millis(50)) {
            Ok((g, _)) => g,
            Err(p) => p.into_inner().0,
        };
    }
}

// ---- stop the world -------------------------------------------------------------------

static STW_ACTIVE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
/// Serialises pauses (one stopper at a time) and guards the parking condition variable.
static STW_MUTEX: Mutex<()> = Mutex::new(());
static STW_COND: Condvar = Condvar::new();
/// Held by the stopper from `stop_the_world` to `start_the_world`.
static STW_OWNER: Mutex<Option<u64>> = Mutex::new(None);
static STW_OWNER_COND: Condvar = Condvar::new();
/// Pauses so far (for `-X stats`).
pub static STW_COUNT: AtomicU64 = AtomicU64::new(0);

/// True while the world is stopped.
pub fn world_stopped() -> bool {
    STW_ACTIVE.load(Ordering::Acquire)
}

/// Stops every other Python thread at a safe point: attached threads park at their next
/// eval-breaker check; detached ones (in blocking calls) are marked parked and cannot
/// re-attach until `start_the_world`. Returns when all are parked. The caller (a Python
/// thread or not) keeps running; it must call `start_the_world` and must not wait for
/// another Python thread meanwhile.
pub fn stop_the_world() {
    stop_the_world_within(None);
}

/// `stop_the_world`, giving up waiting for threads to park after `limit` (process exit
/// only: the pause stays in force for the threads that did park). Returns true if every
/// thread parked.
pub fn stop_the_world_within(limit: Option<Duration>) -> bool {
    let start = std::time::Instant::now();
    let me = current();
    // Another pause may be in progress: wait for it as a detached (parkable) thread.
    if let Some(ts) = me {
        if ts.state.load(Ordering::Acquire) == ATTACHED {
            detach_for_stw(ts);
        }
    }
    {
        let mut owner = lock(&STW_OWNER);
        while owner.is_some() {
            owner = match STW_OWNER_COND.wait(owner) {
                Ok(g) => g,
                Err(p) => p.into_inner(),
            };
        }
        *owner = Some(me.map(|t| t.serial).unwrap_or(0));
    }
    if let Some(ts) = me {
        // We own the pause now; any earlier pause that parked us is over.
        reattach_for_stw(ts);
    }
    {
        let reg = lock(&REGISTRY);
        STW_ACTIVE.store(true, Ordering::SeqCst);
        for t in reg.iter() {
            if me.is_some_and(|m| std::ptr::eq(m, &**t)) {
                continue;
            }
            t.request(bits::STOP);
        }
    }
    STW_COUNT.fetch_add(1, Ordering::Relaxed);
    // Wait until every other thread is parked, parking detached ones ourselves.
    let mut g = lock(&STW_MUTEX);
    loop {
        let mut all_parked = true;
        for t in lock(&REGISTRY).iter() {
            if me.is_some_and(|m| std::ptr::eq(m, &**t)) {
                continue;
            }
            match t.state.load(Ordering::Acquire) {
                PARKED => {}
                DETACHED => {
                    if t.state
                        .compare_exchange(DETACHED, PARKED, Ordering::AcqRel, Ordering::Acquire)
                        .is_err()
                    {
                        all_parked = false;
                    }
                }
                _ => all_parked = false,
            }
        }
        if all_parked {
            break;
        }
        if limit.is_some_and(|l| start.elapsed() > l) {
            return false;
        }
        g = match STW_COND.wait_timeout(g, Duration::from_millis(1)) {
            Ok((g, _)) => g,
            Err(p) => p.into_inner().0,
        };
    }
    drop(g);
    true
}

/// Restarts the threads `stop_the_world` parked.
pub fn start_the_world() {
    {
        let reg = lock(&REGISTRY);
        let _g = lock(&STW_MUTEX);
        STW_ACTIVE.store(false, Ordering::SeqCst);
        for t in reg.iter() {
            t.take_bits(bits::STOP);
            let _ = t
                .state
                .compare_exchange(PARKED, DETACHED, Ordering::AcqRel, Ordering::Acquire);
        }
    }
    STW_COND.notify_all();
    *lock(&STW_OWNER) = None;
    STW_OWNER_COND.notify_all();
}

/// Parks the calling (attached) thread for a pause; returns once the world restarted and
/// the thread is attached again.
pub fn park(ts: &ThreadState) {
    if !world_stopped() {
        return;
    }
    let gil = crate::thread::gil_mode();
    crate::object::refcount::flush_pinned_deltas();
    ts.qs.store(0, Ordering::Release);
    if ts
        .state
        .compare_exchange(ATTACHED, PARKED, Ordering::AcqRel, Ordering::Acquire)
        .is_err()
    {
        return;
    }
    STW_COND.notify_all();
    wait_while_parked(ts);
    // Restarted: PARKED -> DETACHED by `start_the_world`; attach again (holding the GIL
    // all along in GIL mode, since a parked GIL holder never released it).
    loop {
        if ts
            .state
            .compare_exchange(DETACHED, ATTACHED, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
        {
            break;
        }
        if gil {
            // Still holding the GIL: nobody else can have re-parked us but a new pause
            // from a non-Python thread; wait it out.
        }
        wait_while_parked(ts);
    }
    super::qsbr::online(ts);
}

/// While waiting for another pause to finish, a would-be stopper is detached (so the
/// running pause can park it) but keeps the GIL (it only waits for a Rust mutex).
fn detach_for_stw(ts: &ThreadState) {
    crate::object::refcount::flush_pinned_deltas();
    ts.qs.store(0, Ordering::Release);
    ts.state.store(DETACHED, Ordering::Release);
    STW_COND.notify_all();
}

fn reattach_for_stw(ts: &ThreadState) {
    loop {
        if ts
            .state
            .compare_exchange(DETACHED, ATTACHED, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
        {
            break;
        }
        wait_while_parked(ts);
    }
    super::qsbr::online(ts);
}
