//! The global interpreter lock of GIL mode.
//!
//! Owns: the lock itself, the switch interval, and the hand-off protocol (CPython's
//! `ceval_gil.c` design, written anew): a thread that waited a whole interval without the
//! GIL changing hands sets `GIL_DROP` in the holder's eval breaker; the holder releases at
//! its next check and, before trying to take the GIL back, waits until some other thread
//! has taken it, so the waiter really runs (no convoy where the releaser re-takes it at
//! once). Must not: touch Python objects.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

use super::state::{bits, lock, ThreadState};

struct GilState {
    locked: bool,
    /// The holder, for drop requests (valid while `locked`).
    holder: *const ThreadState,
    /// Bumped on every acquisition.
    switch_number: u64,
    /// Threads waiting in `acquire`.
    waiters: usize,
}

// SAFETY: `holder` is only dereferenced under the mutex while the holder holds the GIL, and
// a holder releases the GIL (under the mutex) before its thread state can go away.
unsafe impl Send for GilState {}

static GIL: Mutex<GilState> = Mutex::new(GilState {
    locked: false,
    holder: std::ptr::null(),
    switch_number: 0,
    waiters: 0,
});
/// Signalled when the GIL is released.
static RELEASED: Condvar = Condvar::new();
/// Signalled when the GIL is taken (for forced hand-offs).
static TAKEN: Condvar = Condvar::new();

/// The switch interval in microseconds (`sys.setswitchinterval`).
static INTERVAL_US: AtomicU64 = AtomicU64::new(5000);
/// Forced hand-offs so far (for `-X stats`).
pub static SWITCHES: AtomicU64 = AtomicU64::new(0);

pub fn switch_interval() -> f64 {
    INTERVAL_US.load(Ordering::Relaxed) as f64 / 1e6
}

/// Sets the switch interval (seconds, already validated as positive).
pub fn set_switch_interval(secs: f64) {
    let us = (secs * 1e6).min(1e12) as u64;
    INTERVAL_US.store(us, Ordering::Relaxed);
}

/// Takes the GIL for `ts`, asking the holder to drop it after each interval waited in
/// vain.
pub fn acquire(ts: &ThreadState) {
    let mut g = lock(&GIL);
    if g.locked {
        g.waiters += 1;
        while g.locked {
            let seen = g.switch_number;
            let interval = Duration::from_micros(INTERVAL_US.load(Ordering::Relaxed).max(1));
            let (ng, res) = match RELEASED.wait_timeout(g, interval) {
                Ok(r) => r,
                Err(p) => p.into_inner(),
            };
            g = ng;
            if res.timed_out() && g.locked && g.switch_number == seen && !g.holder.is_null() {
                // SAFETY: the holder holds the GIL, so its state is alive (see `GilState`).
                unsafe { (*g.holder).request(bits::GIL_DROP) };
            }
        }
        g.waiters -= 1;
    }
    g.locked = true;
    g.holder = ts as *const ThreadState;
    g.switch_number = g.switch_number.wrapping_add(1);
    drop(g);
    TAKEN.notify_all();
    // A drop request addressed to an earlier tenure is stale.
    ts.take_bits(bits::GIL_DROP);
}

/// Releases the GIL. `forced`: a waiter asked for it; return only once another thread has
/// taken it (or nobody waits any more).
pub fn release(ts: &ThreadState, forced: bool) {
    let mut g = lock(&GIL);
    if !g.locked || !std::ptr::eq(g.holder, ts) {
        return;
    }
    g.locked = false;
    g.holder = std::ptr::null();
    let seen = g.switch_number;
    RELEASED.notify_one();
    if forced && g.waiters > 0 {
        SWITCHES.fetch_add(1, Ordering::Relaxed);
        while g.switch_number == seen && g.waiters > 0 && !g.locked {
            g = match TAKEN.wait_timeout(g, Duration::from_millis(1)) {
                Ok((g, _)) => g,
                Err(p) => p.into_inner().0,
            };
        }
    }
}

/// True if the calling thread holds the GIL.
pub fn held_by(ts: &ThreadState) -> bool {
    let g = lock(&GIL);
    g.locked && std::ptr::eq(g.holder, ts)
}
