//! criterion micro-benchmarks of the refcount protocol: one incref + decref pair on a
//! live object, per protocol: GIL (everyone is the owner: plain load and store), biased
//! owner (plain, on `ref_local`), biased non-owner (atomic add on `ref_shared`) and atomic
//! (objects born merged: every update is an atomic read-modify-write).
//!
//! Owns: nothing but measurement. Must not: leave the thread with a borrowed identity
//! (each case restores the owner's identity before the object is dropped).
//!
//! `cargo bench -p weft-benches --bench refcount`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use weft_interp::object::header::{
    fresh_rc_id, set_thread_rc_identity, shared_flags, BirthState, GIL_RC_ID,
};
use weft_interp::object::refcount::{decref, incref};
use weft_interp::object::Value;
use weft_interp::types::list::new_list;
use weft_interp::{Options, Runtime, Vm};

fn owned_by(id: usize) -> BirthState {
    BirthState {
        tid: id,
        local: 1,
        shared: 0,
    }
}

fn pair(c: &mut Criterion, name: &str, obj: &Value) {
    let h = obj.header() as *const _;
    c.bench_function(name, |b| {
        b.iter(|| {
            let h = black_box(h);
            // SAFETY: `obj` is alive for the whole benchmark and holds its own reference;
            // each incref is matched by a decref, so the count never reaches zero here.
            unsafe {
                incref(h);
                decref(h);
            }
        })
    });
}

fn refcount(c: &mut Criterion) {
    Runtime::init(Options::default());
    let _vm = Vm::new();

    // GIL mode: every thread has GIL_RC_ID and owns every object.
    set_thread_rc_identity(GIL_RC_ID, owned_by(GIL_RC_ID));
    let obj = new_list(Vec::new());
    pair(c, "refcount/gil incref+decref", &obj);
    drop(obj);

    // Biased, owner thread.
    let owner = fresh_rc_id();
    set_thread_rc_identity(owner, owned_by(owner));
    let obj = new_list(Vec::new());
    pair(c, "refcount/biased owner incref+decref", &obj);

    // Biased, another thread: same object, this thread now has a different identity.
    let other = fresh_rc_id();
    set_thread_rc_identity(other, owned_by(other));
    pair(c, "refcount/biased non-owner incref+decref", &obj);
    set_thread_rc_identity(owner, owned_by(owner));
    drop(obj);

    // Atomic: objects are born merged (tid 0), nobody is the owner.
    let id = fresh_rc_id();
    set_thread_rc_identity(
        id,
        BirthState {
            tid: 0,
            local: 0,
            shared: shared_flags::ONE | shared_flags::MERGED,
        },
    );
    let obj = new_list(Vec::new());
    pair(c, "refcount/atomic incref+decref", &obj);
    drop(obj);
}

criterion_group!(benches, refcount);
criterion_main!(benches);
