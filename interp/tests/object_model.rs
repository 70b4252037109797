//! Unit tests of the object model: refcounts reach zero and free, immortal objects never
//! do, the refcount protocol of each thread mode, int promotion, float repr, dict order.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Once;

use weft_interp::object::header::{
    fresh_rc_id, set_thread_rc_identity, shared_flags, thread_rc_id, BirthState,
};
use weft_interp::object::{Payload, Value};
use weft_interp::types::{
    builtin, dict, float, int, list, none, str as pystr, TypeObject, TypeSpec,
};
use weft_interp::{Options, Runtime, Vm};

fn runtime() {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        Runtime::init(Options::default());
    });
}

/// Gives the calling thread its own biased-refcount identity, as weft does for each thread
/// it starts in free mode.
fn biased_thread() -> usize {
    let id = fresh_rc_id();
    set_thread_rc_identity(
        id,
        BirthState {
            tid: id,
            local: 1,
            shared: 0,
        },
    );
    id
}

static DROPS: AtomicUsize = AtomicUsize::new(0);

/// Tests that count drops run one at a time (the counter is shared).
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|p| p.into_inner())
}

/// A payload that counts how often it is dropped.
struct Tracked;

impl Drop for Tracked {
    fn drop(&mut self) {
        DROPS.fetch_add(1, Ordering::SeqCst);
    }
}

fn tracked_type() -> &'static TypeObject {
    static T: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let p = *T.get_or_init(|| {
        let t = weft_interp::types::new_builtin_type(TypeSpec::of::<Tracked>(
            "tracked",
            Some(builtin().object),
        ));
        t as *const TypeObject as usize
    });
    // SAFETY: leaked, immortal type made once above.
    unsafe { &*(p as *const TypeObject) }
}

impl Payload for Tracked {
    fn class() -> &'static TypeObject {
        tracked_type()
    }
}

#[test]
fn refcount_reaches_zero_and_frees() {
    runtime();
    let _serial = serial();
    let before = DROPS.load(Ordering::SeqCst);
    let v = Value::alloc(tracked_type(), Tracked);
    assert_eq!(v.header().refcount(), 1);
    let w = v.clone();
    let x = w.clone();
    assert_eq!(v.header().refcount(), 3);
    drop(w);
    drop(x);
    assert_eq!(v.header().refcount(), 1);
    assert_eq!(DROPS.load(Ordering::SeqCst), before);
    drop(v);
    assert_eq!(DROPS.load(Ordering::SeqCst), before + 1);
}

#[test]
fn immortal_objects_never_change_count() {
    runtime();
    let n = none::none();
    let before = n.header().ref_local.load(Ordering::Relaxed);
    let copies: Vec<Value> = (0..1000).map(|_| n.clone()).collect();
    drop(copies);
    assert!(n.header().is_immortal());
    assert_eq!(n.header().ref_local.load(Ordering::Relaxed), before);
    let t = int::new_bool(true);
    for _ in 0..10 {
        drop(t.clone());
    }
    assert!(t.header().is_immortal());
    assert!(builtin().int.header.is_immortal());
    assert!(pystr::intern("some_name").header().is_immortal());
}

#[test]
fn non_owner_decrement_to_zero_frees_merged_object() {
    runtime();
    let _serial = serial();
    biased_thread();
    // An object born merged (the atomic protocol): every thread uses the shared count.
    let before = DROPS.load(Ordering::SeqCst);
    let me = thread_rc_id();
    let birth_merged = BirthState {
        tid: 0,
        local: 0,
        shared: shared_flags::ONE | shared_flags::MERGED,
    };
    set_thread_rc_identity(me, birth_merged);
    let v = Value::alloc(tracked_type(), Tracked);
    set_thread_rc_identity(
        me,
        BirthState {
            tid: me,
            local: 1,
            shared: 0,
        },
    );
    let _ = thread_rc_id;
    assert_eq!(v.header().tid.load(Ordering::Relaxed), 0);
    let w = v.clone();
    assert_eq!(v.header().refcount(), 2);
    let h = std::thread::spawn(move || {
        biased_thread();
        drop(w)
    });
    h.join().unwrap();
    assert_eq!(v.header().refcount(), 1);
    drop(v);
    assert_eq!(DROPS.load(Ordering::SeqCst), before + 1);
}

#[test]
fn owner_dropping_last_local_reference_merges_with_shared() {
    runtime();
    let _serial = serial();
    biased_thread();
    let before = DROPS.load(Ordering::SeqCst);
    let v = Value::alloc(tracked_type(), Tracked);
    assert_eq!(v.header().tid.load(Ordering::Relaxed), thread_rc_id());
    // Another thread takes a reference: it is counted in the shared field.
    let extra = std::thread::scope(|s| {
        s.spawn(|| {
            biased_thread();
            v.clone()
        })
        .join()
        .unwrap()
    });
    // The owner drops its only local reference: the counts merge, the object lives on
    // without an owner.
    drop(v);
    assert_eq!(DROPS.load(Ordering::SeqCst), before);
    assert_eq!(
        extra.header().tid.load(Ordering::Relaxed),
        0,
        "merged objects have no owner"
    );
    assert_eq!(extra.header().refcount(), 1);
    // The last reference is dropped by yet another thread: freed.
    std::thread::spawn(move || {
        biased_thread();
        drop(extra)
    })
    .join()
    .unwrap();
    assert_eq!(DROPS.load(Ordering::SeqCst), before + 1);
}

#[test]
fn ints_promote_to_big_and_back() {
    runtime();
    let vm = Vm::new();
    let big = int::new_int(i64::MAX);
    assert!(
        !big.is_small_int(),
        "i64::MAX is beyond the 63-bit immediate range"
    );
    let small = int::new_int(1 << 40);
    assert!(small.is_small_int());
    let sum =
        weft_interp::ops::binary_op(&vm, &big, &big, weft_interp::bytecode::BinaryOp::Add).unwrap();
    assert_eq!(
        weft_interp::ops::repr_string(&vm, &sum).unwrap(),
        "18446744073709551614"
    );
    let diff =
        weft_interp::ops::binary_op(&vm, &sum, &sum, weft_interp::bytecode::BinaryOp::Subtract)
            .unwrap();
    assert!(
        diff.is_small_int(),
        "a big result that fits is normalised back to an immediate"
    );
    assert_eq!(diff.as_small_int(), Some(0));
}

#[test]
fn float_repr_is_shortest_round_trip() {
    runtime();
    let vm = Vm::new();
    let cases = [
        (0.1, "0.1"),
        (1e16, "1e+16"),
        (1e-5, "1e-05"),
        (1.0 / 3.0, "0.3333333333333333"),
        (-0.0, "-0.0"),
        (f64::INFINITY, "inf"),
        (123456789012345.0, "123456789012345.0"),
    ];
    for (x, want) in cases {
        let v = float::new_float(x);
        assert_eq!(weft_interp::ops::repr_string(&vm, &v).unwrap(), want);
    }
}

#[test]
fn dicts_keep_insertion_order() {
    runtime();
    let vm = Vm::new();
    let d = dict::new_dict();
    for k in [5, 3, 9, 1, 7] {
        dict::dict_set(&vm, &d, int::new_int(k), pystr::new_str(&k.to_string())).unwrap();
    }
    dict::dict_del(&vm, &d, &int::new_int(9)).unwrap();
    dict::dict_set(&vm, &d, int::new_int(9), none::none()).unwrap();
    let keys: Vec<i64> = dict::dict_items(&d)
        .iter()
        .map(|(k, _)| k.as_small_int().unwrap())
        .collect();
    assert_eq!(keys, vec![5, 3, 1, 7, 9]);
    let l = list::new_list(vec![int::new_int(1)]);
    assert_eq!(weft_interp::ops::repr_string(&vm, &l).unwrap(), "[1]");
}
