//! Contention statistics for `-X stats`: per object type, how often an object mutex was
//! contended and how many refcount decrements were queued to an owner thread.
//!
//! Owns: a fixed, lock-free table keyed by type address, bumped only on slow paths (a
//! contended `ObjLock`, a queued merge), and the report. Must not: be touched on any fast
//! path, or allocate on the bumping side.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use crate::types::TypeObject;

const SLOTS: usize = 512;

struct Slot {
    ty: AtomicUsize,
    contended: AtomicU64,
    merges: AtomicU64,
}

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY: Slot = Slot {
    ty: AtomicUsize::new(0),
    contended: AtomicU64::new(0),
    merges: AtomicU64::new(0),
};

static TABLE: [Slot; SLOTS] = [EMPTY; SLOTS];
/// Events for types that did not fit in the table.
static OVERFLOW: AtomicU64 = AtomicU64::new(0);

fn slot_for(ty: &TypeObject) -> Option<&'static Slot> {
    let key = ty as *const TypeObject as usize;
    let mut i = (key >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15) % SLOTS;
    for _ in 0..SLOTS {
        let s = &TABLE[i];
        let cur = s.ty.load(Ordering::Acquire);
        if cur == key {
            return Some(s);
        }
        if cur == 0 {
            match s
                .ty
                .compare_exchange(0, key, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => {
                    if !ty.header.is_immortal() {
                        // Keep a heap type alive so its name can be printed at exit.
                        // SAFETY: `ty` is a live type (the caller holds an instance of it).
                        unsafe { crate::object::refcount::incref(&ty.header) };
                    }
                    return Some(s);
                }
                Err(actual) if actual == key => return Some(s),
                Err(_) => {}
            }
        }
        i = (i + 1) % SLOTS;
    }
    None
}

/// An object mutex of an instance of `ty` was found held by another thread.
#[cold]
pub fn lock_contended(ty: &TypeObject) {
    match slot_for(ty) {
        Some(s) => s.contended.fetch_add(1, Ordering::Relaxed),
        None => OVERFLOW.fetch_add(1, Ordering::Relaxed),
    };
}

/// A decrement of an instance of `ty` was queued for its owner thread.
#[cold]
pub fn merge_queued(ty: &TypeObject) {
    match slot_for(ty) {
        Some(s) => s.merges.fetch_add(1, Ordering::Relaxed),
        None => OVERFLOW.fetch_add(1, Ordering::Relaxed),
    };
}

/// The per-type lines of the report, most contended first.
pub fn report() -> String {
    let mut rows: Vec<(String, u64, u64)> = Vec::new();
    for s in TABLE.iter() {
        let key = s.ty.load(Ordering::Acquire);
        if key == 0 {
            continue;
        }
        // SAFETY: types in the table are immortal or were kept alive by `slot_for`.
        let ty = unsafe { &*(key as *const TypeObject) };
        rows.push((
            ty.name().to_string(),
            s.contended.load(Ordering::Relaxed),
            s.merges.load(Ordering::Relaxed),
        ));
    }
    rows.sort_by(|a, b| (b.1 + b.2).cmp(&(a.1 + a.2)).then(a.0.cmp(&b.0)));
    let mut out = String::new();
    if rows.is_empty() {
        out.push_str("  no object mutex contention, no queued refcount merges\n");
    } else {
        out.push_str(&format!(
            "  {:<24} {:>14} {:>14}\n",
            "type", "mutex waits", "rc merges"
        ));
        for (name, c, m) in rows {
            out.push_str(&format!("  {name:<24} {c:>14} {m:>14}\n"));
        }
    }
    let o = OVERFLOW.load(Ordering::Relaxed);
    if o > 0 {
        out.push_str(&format!("  (other types: {o} events)\n"));
    }
    out
}
