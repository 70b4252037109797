//! The one-byte per-object mutex of the header, and the guard that holds it.
//!
//! Owns: locking an object for the duration of one operation on its contents. Rules (the
//! memory model): hold at most one object lock at a time unless taking two in address
//! order; never hold one across a call into Python code or a blocking wait.

use std::sync::atomic::Ordering;

use super::header::ObjHeader;

const LOCKED: u8 = 1;

/// Holds an object's mutex; released on drop.
pub struct ObjLock<'a> {
    header: &'a ObjHeader,
}

impl<'a> ObjLock<'a> {
    /// Locks `header`'s mutex, spinning then yielding while another thread holds it.
    #[inline]
    pub fn lock(header: &'a ObjHeader) -> ObjLock<'a> {
        if header
            .mutex
            .compare_exchange(0, LOCKED, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            Self::lock_slow(header);
        }
        ObjLock { header }
    }

    #[cold]
    fn lock_slow(header: &ObjHeader) {
        crate::thread::stats::lock_contended(header.ty());
        let mut spins = 0u32;
        loop {
            if header.mutex.load(Ordering::Relaxed) == 0
                && header
                    .mutex
                    .compare_exchange(0, LOCKED, Ordering::Acquire, Ordering::Relaxed)
                    .is_ok()
            {
                return;
            }
            spins += 1;
            if spins < 40 {
                std::hint::spin_loop();
            } else {
                std::thread::yield_now();
            }
        }
    }
}

impl Drop for ObjLock<'_> {
    #[inline]
    fn drop(&mut self) {
        self.header.mutex.store(0, Ordering::Release);
    }
}
