//! The object header every heap object starts with, laid out as PEP 703's.
//!
//! Owns: the header's fields and their meaning, the per-object mutex, immortality, the
//! thread identity that refcounting compares against. Must not: know about any object's
//! payload; the refcount protocol itself lives in `refcount.rs`.

use std::cell::Cell;
use std::sync::atomic::{AtomicIsize, AtomicPtr, AtomicU32, AtomicU8, AtomicUsize, Ordering};

use crate::types::TypeObject;

/// `ref_local` of an immortal object. Refcount operations leave such objects alone.
pub const IMMORTAL_LOCAL: u32 = u32::MAX;

/// Flags in the low two bits of `ref_shared`; the count is `ref_shared >> 2`.
pub mod shared_flags {
    /// Nothing special: the owner still holds its local count.
    pub const INIT: isize = 0;
    /// Another thread may have taken a reference without the owner knowing.
    pub const MAYBE_WEAKREF: isize = 1;
    /// A non-owner's decrement was handed to the owner's merge queue.
    pub const QUEUED: isize = 2;
    /// The local count was folded into the shared count; `ref_shared` alone is the count.
    pub const MERGED: isize = 3;
    pub const MASK: isize = 3;
    /// One reference in the shared count.
    pub const ONE: isize = 4;
}

/// `gc_bits` values.
pub mod gc_bits {
    /// The object was seen by more than one thread (lock-free readers must validate).
    pub const SHARED: u8 = 16;
    /// Weak references to the object exist (or existed): its deallocation must clear them
    /// (`types::weakref::clear_weakrefs`).
    pub const WEAKREFS: u8 = 32;
    /// `__del__` has run (it runs at most once, even if the object is resurrected).
    pub const FINALIZED: u8 = 64;
}

/// The header of every heap object: 32 bytes, `#[repr(C)]`, the field order of PEP 703.
#[repr(C)]
pub struct ObjHeader {
    /// Owner thread's refcount identity (`thread_rc_id()` of the thread that made it);
    /// 0 once the counts are merged, and for immortal objects.
    pub tid: AtomicUsize,
    /// Per-object flags (interned strings and the like; `header_flags`).
    pub flags: Cell<u16>,
    /// The object's own lock: bit 0 locked, bit 1 waiters parked.
    pub mutex: AtomicU8,
    pub gc_bits: AtomicU8,
    /// Written only by the owner thread, without atomic read-modify-write.
    pub ref_local: AtomicU32,
    /// Updated atomically by other threads; count in the upper bits, flags in the low two.
    pub ref_shared: AtomicIsize,
    /// The object's type. Changed only by `__class__` assignment (a single atomic store).
    pub ty: AtomicPtr<TypeObject>,
}

// SAFETY: the header's mutable fields are atomics except `flags`, which is written only
// while an object is being built or interned (before it is published to other threads).
unsafe impl Sync for ObjHeader {}

/// Values of `ObjHeader::flags`.
pub mod header_flags {
    /// A string in the interned-string table: equal interned strings are the same object.
    pub const INTERNED: u16 = 1;
}

impl ObjHeader {
    /// A header for a new object owned by the calling thread (or born merged in the
    /// `atomic` refcount protocol), with one reference.
    #[inline]
    pub fn new(ty: *const TypeObject) -> ObjHeader {
        let birth = birth_state();
        ObjHeader {
            tid: AtomicUsize::new(birth.tid),
            flags: Cell::new(0),
            mutex: AtomicU8::new(0),
            gc_bits: AtomicU8::new(0),
            ref_local: AtomicU32::new(birth.local),
            ref_shared: AtomicIsize::new(birth.shared),
            ty: AtomicPtr::new(ty as *mut TypeObject),
        }
    }

    /// Gives a dying object (count zero) one reference again, owned by the calling
    /// thread as if it had just been made, so that its finalizer can run.
    pub fn resurrect(&self) {
        let birth = birth_state();
        self.ref_shared.store(birth.shared, Ordering::Relaxed);
        self.ref_local.store(birth.local, Ordering::Relaxed);
        self.tid.store(birth.tid, Ordering::Release);
    }

    /// A header for an immortal object.
    pub fn immortal(ty: *const TypeObject) -> ObjHeader {
        ObjHeader {
            tid: AtomicUsize::new(0),
            flags: Cell::new(0),
            mutex: AtomicU8::new(0),
            gc_bits: AtomicU8::new(0),
            ref_local: AtomicU32::new(IMMORTAL_LOCAL),
            ref_shared: AtomicIsize::new(0),
            ty: AtomicPtr::new(ty as *mut TypeObject),
        }
    }

    #[inline(always)]
    pub fn is_immortal(&self) -> bool {
        self.ref_local.load(Ordering::Relaxed) == IMMORTAL_LOCAL
    }

    /// Makes the object immortal. Only for objects not yet visible to other threads, or
    /// during start-up.
    pub fn make_immortal(&self) {
        self.ref_local.store(IMMORTAL_LOCAL, Ordering::Relaxed);
        self.tid.store(0, Ordering::Relaxed);
        self.ref_shared.store(0, Ordering::Relaxed);
    }

    #[inline(always)]
    pub fn ty(&self) -> &'static TypeObject {
        // SAFETY: `ty` always points at a live type object: builtin types are immortal, and
        // every instance holds a strong reference to its heap type (taken in `alloc` and
        // released in the instance's deallocation, after which the header is gone).
        unsafe { &*self.ty.load(Ordering::Relaxed) }
    }

    /// The true reference count (for `sys.getrefcount` and tests). Racy when other threads
    /// hold references; exact when they do not.
    pub fn refcount(&self) -> isize {
        let local = self.ref_local.load(Ordering::Relaxed);
        if local == IMMORTAL_LOCAL {
            return isize::MAX;
        }
        local as isize + (self.ref_shared.load(Ordering::Relaxed) >> 2)
    }
}

/// How a new object's header starts out on this thread, fixed by the refcount protocol.
#[derive(Clone, Copy)]
pub struct BirthState {
    pub tid: usize,
    pub local: u32,
    pub shared: isize,
}

thread_local! {
    /// This thread's refcount identity; see `thread_rc_id`.
    static RC_ID: Cell<usize> = const { Cell::new(GIL_RC_ID) };
    static BIRTH: Cell<BirthState> = const {
        Cell::new(BirthState { tid: GIL_RC_ID, local: 1, shared: 0 })
    };
}

/// The identity every thread shares in GIL mode: the thread holding the GIL owns every
/// object, so biased refcounting degenerates into plain non-atomic counting.
pub const GIL_RC_ID: usize = 1;

/// The refcount identity of the current thread, compared with an object's `tid` by every
/// incref and decref. The thread mode is expressed by this one value, chosen once per
/// thread at start-up, so the refcount code never tests the mode:
/// - `gil`: `GIL_RC_ID` on every thread (objects are owned by "whoever holds the GIL");
/// - `biased`: a unique id per thread;
/// - `atomic`: a unique id per thread, while objects are born merged with `tid` 0, so no
///   thread is ever the owner and every update is an atomic read-modify-write.
#[inline(always)]
pub fn thread_rc_id() -> usize {
    RC_ID.with(|c| c.get())
}

#[inline(always)]
fn birth_state() -> BirthState {
    BIRTH.with(|c| c.get())
}

/// Sets this thread's refcount identity and the birth state of the objects it creates.
/// Called once when a thread starts running Python code.
pub fn set_thread_rc_identity(rc_id: usize, birth: BirthState) {
    RC_ID.with(|c| c.set(rc_id));
    BIRTH.with(|c| c.set(birth));
}

/// The `tid` of a pinned object: one that many threads read (a module-level lookup table),
/// whose count changes go to per-thread deltas instead of its shared cache line until it
/// is unpinned (`refcount.rs`, `thread::freeze_module_state`). No thread has this identity.
pub const PINNED_RC_ID: usize = 2;

/// A fresh unique refcount identity for a new thread (never 0, `GIL_RC_ID` or
/// `PINNED_RC_ID`).
pub fn fresh_rc_id() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(PINNED_RC_ID + 1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
