//! Threads and thread modes: per-thread refcount identity, deferred reclamation, and the
//! biased-refcount merge queues.
//!
//! Owns: applying the thread mode chosen at start-up to each thread (`init_main_thread`,
//! and later each started thread), retiring memory that lock-free readers may still see,
//! and the queues through which non-owner threads hand decrements to an object's owner.
//! Must not: run Python code while holding any of its locks.

pub mod brc;

use std::sync::Mutex;

use crate::object::header::{
    fresh_rc_id, set_thread_rc_identity, shared_flags, BirthState, GIL_RC_ID,
};
use crate::vm::{Options, RcProtocol, ThreadMode};

/// How objects are born and which refcount identity the thread uses, per mode (see
/// `object::header::thread_rc_id`).
pub fn rc_identity_for(options: &Options) -> (usize, BirthState) {
    match (options.thread_mode, options.rc) {
        (ThreadMode::Gil, _) => (
            GIL_RC_ID,
            BirthState {
                tid: GIL_RC_ID,
                local: 1,
                shared: 0,
            },
        ),
        (ThreadMode::Free, RcProtocol::Biased) => {
            let id = fresh_rc_id();
            (
                id,
                BirthState {
                    tid: id,
                    local: 1,
                    shared: 0,
                },
            )
        }
        (ThreadMode::Free, RcProtocol::Atomic) => (
            fresh_rc_id(),
            BirthState {
                tid: 0,
                local: 0,
                shared: shared_flags::ONE | shared_flags::MERGED,
            },
        ),
    }
}

/// Sets up the main thread for the chosen modes. Runs before any object is created.
pub fn init_main_thread(options: &Options) {
    let (id, birth) = rc_identity_for(options);
    set_thread_rc_identity(id, birth);
}

/// Memory that a lock-free reader on another thread may still be reading. It is kept
/// until no such reader can exist. With a single thread running Python code nothing can
/// be reading it, so it is freed at once; when threads run, it waits for the next
/// quiescent point of every thread.
static RETIRED: Mutex<Vec<Vec<crate::object::Value>>> = Mutex::new(Vec::new());

pub fn retire_vec(v: Vec<crate::object::Value>) {
    if v.capacity() == 0 {
        return;
    }
    if brc::other_threads_running() {
        if let Ok(mut r) = RETIRED.lock() {
            r.push(v);
        }
    } else {
        drop(v);
    }
}

static RETIRED_VALUES: Mutex<Vec<crate::object::Value>> = Mutex::new(Vec::new());

/// A value replaced in a `SwapCell`: another thread may be about to take a reference to it.
pub fn retire_value(v: crate::object::Value) {
    if brc::other_threads_running() {
        if let Ok(mut r) = RETIRED_VALUES.lock() {
            r.push(v);
        }
    } else {
        drop(v);
    }
}

/// Runs a blocking operation (sleep, lock wait, I/O). In GIL mode the GIL is released
/// around it once threads exist; with a single thread there is nothing to release.
pub fn blocking<R>(f: impl FnOnce() -> R) -> R {
    f()
}
