//! Multi-threaded tests of the runtime core in free mode with biased refcounting: the
//! refcount protocols across threads (queued decrement to zero, merge, owner exits first,
//! atomic protocol under contention), the object mutex, QSBR grace periods, and
//! stop-the-world with threads running Python loops.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, Mutex, MutexGuard, OnceLock};

use weft_interp::compile::CompileMode;
use weft_interp::object::header::{fresh_rc_id, set_thread_rc_identity, shared_flags, BirthState};
use weft_interp::object::{ObjLock, Payload, Value};
use weft_interp::thread::{self, brc, qsbr, state};
use weft_interp::types::{builtin, dict, list, TypeObject, TypeSpec};
use weft_interp::{Options, Runtime, Vm};

/// Builds the runtime once, on a thread that then leaves (so no registered thread sits
/// attached without ever reaching a safe point).
fn runtime() {
    static INIT: OnceLock<()> = OnceLock::new();
    INIT.get_or_init(|| {
        std::thread::spawn(|| {
            Runtime::init(Options::default());
            thread::exit_current_thread();
        })
        .join()
        .unwrap();
    });
}

/// These tests share counters and the thread registry: one at a time.
fn serial() -> MutexGuard<'static, ()> {
    static SERIAL: Mutex<()> = Mutex::new(());
    SERIAL.lock().unwrap_or_else(|p| p.into_inner())
}

static DROPS: AtomicUsize = AtomicUsize::new(0);

struct Tracked;

impl Drop for Tracked {
    fn drop(&mut self) {
        DROPS.fetch_add(1, Ordering::SeqCst);
    }
}

fn tracked_type() -> &'static TypeObject {
    static T: OnceLock<usize> = OnceLock::new();
    let p = *T.get_or_init(|| {
        weft_interp::types::new_builtin_type(TypeSpec::of::<Tracked>(
            "tracked",
            Some(builtin().object),
        )) as *const TypeObject as usize
    });
    // SAFETY: a leaked, immortal type.
    unsafe { &*(p as *const TypeObject) }
}

impl Payload for Tracked {
    fn class() -> &'static TypeObject {
        tracked_type()
    }
}

fn tracked() -> Value {
    Value::alloc(tracked_type(), Tracked)
}

/// Runs `f` on a new OS thread that is a registered Python thread.
fn py_thread<R: Send + 'static>(
    f: impl FnOnce() -> R + Send + 'static,
) -> std::thread::JoinHandle<R> {
    std::thread::spawn(move || {
        let _t = thread::enter_python_thread();
        f()
    })
}

#[test]
fn non_owner_drop_is_queued_and_merged_by_the_owner() {
    runtime();
    let _s = serial();
    let before = DROPS.load(Ordering::SeqCst);
    let _t = thread::enter_python_thread();
    let me = state::current().unwrap().rc_id;
    let v = tracked();
    assert_eq!(v.header().tid.load(Ordering::Relaxed), me);
    let other = v.clone();
    drop(v);
    // The other thread drops what is now the last reference: the shared count would go
    // negative, so the decrement is queued for us.
    py_thread(move || drop(other)).join().unwrap();
    assert_eq!(
        DROPS.load(Ordering::SeqCst),
        before,
        "freed before the owner merged"
    );
    // The owner was poked through its eval breaker; draining merges and frees.
    assert!(
        state::current().unwrap().breaker.load(Ordering::Relaxed) & state::bits::BRC_MERGE != 0
    );
    brc::drain(me);
    assert_eq!(DROPS.load(Ordering::SeqCst), before + 1);
}

#[test]
fn owner_dropping_local_count_merges_and_a_non_owner_frees() {
    runtime();
    let _s = serial();
    let before = DROPS.load(Ordering::SeqCst);
    let _t = thread::enter_python_thread();
    let v = tracked();
    // Another thread takes its own reference (counted in the shared field).
    let extra = std::thread::scope(|sc| {
        sc.spawn(|| {
            let _t = thread::enter_python_thread();
            v.clone()
        })
        .join()
        .unwrap()
    });
    // The owner's local count reaches zero with a shared reference left: merge.
    drop(v);
    assert_eq!(extra.header().tid.load(Ordering::Relaxed), 0, "merged");
    assert_eq!(
        extra.header().ref_shared.load(Ordering::Relaxed) & shared_flags::MASK,
        shared_flags::MERGED
    );
    assert_eq!(DROPS.load(Ordering::SeqCst), before);
    py_thread(move || drop(extra)).join().unwrap();
    assert_eq!(DROPS.load(Ordering::SeqCst), before + 1);
}

#[test]
fn objects_of_an_exited_owner_stay_counted_and_freeable() {
    runtime();
    let _s = serial();
    let before = DROPS.load(Ordering::SeqCst);
    let _t = thread::enter_python_thread();
    // The owner makes objects, keeps one in a list, hands them out, and exits.
    let (a, b, holder) = py_thread(|| {
        let a = tracked();
        let b = tracked();
        let holder = list::new_list(vec![b.clone()]);
        (a.clone(), b, holder)
    })
    .join()
    .unwrap();
    assert_eq!(DROPS.load(Ordering::SeqCst), before);
    // Its queue is gone: a decrement that needs the owner merges in place.
    drop(a);
    assert_eq!(DROPS.load(Ordering::SeqCst), before + 1);
    drop(b);
    assert_eq!(
        DROPS.load(Ordering::SeqCst),
        before + 1,
        "the list still holds it"
    );
    drop(holder);
    assert_eq!(DROPS.load(Ordering::SeqCst), before + 2);
}

#[test]
fn concurrent_clones_and_drops_keep_counts_exact() {
    runtime();
    let _s = serial();
    for atomic in [false, true] {
        let before = DROPS.load(Ordering::SeqCst);
        let _t = thread::enter_python_thread();
        if atomic {
            let id = fresh_rc_id();
            set_thread_rc_identity(
                id,
                BirthState {
                    tid: 0,
                    local: 0,
                    shared: shared_flags::ONE | shared_flags::MERGED,
                },
            );
        }
        let v = tracked();
        let n = 4;
        let barrier = Arc::new(Barrier::new(n));
        let hs: Vec<_> = (0..n)
            .map(|_| {
                let v = v.clone();
                let barrier = barrier.clone();
                py_thread(move || {
                    barrier.wait();
                    for _ in 0..20_000 {
                        let c = v.clone();
                        let d = c.clone();
                        drop(c);
                        drop(d);
                    }
                    drop(v);
                })
            })
            .collect();
        for h in hs {
            h.join().unwrap();
        }
        let me = state::current().unwrap().rc_id;
        brc::drain(me);
        assert_eq!(v.header().refcount(), 1, "atomic={atomic}");
        assert_eq!(DROPS.load(Ordering::SeqCst), before);
        drop(v);
        brc::drain(me);
        assert_eq!(DROPS.load(Ordering::SeqCst), before + 1, "atomic={atomic}");
    }
}

#[test]
fn object_mutex_excludes_other_threads() {
    runtime();
    let _s = serial();
    let _t = thread::enter_python_thread();
    let obj = list::new_list(vec![]);
    let counter = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let in_section = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let hs: Vec<_> = (0..4)
        .map(|_| {
            let obj = obj.clone();
            let counter = counter.clone();
            let in_section = in_section.clone();
            py_thread(move || {
                for _ in 0..20_000 {
                    let _g = ObjLock::lock(obj.header());
                    assert_eq!(in_section.fetch_add(1, Ordering::Relaxed), 0, "two holders");
                    // A non-atomic read-modify-write: exact only under mutual exclusion.
                    let c = counter.load(Ordering::Relaxed);
                    counter.store(c + 1, Ordering::Relaxed);
                    in_section.fetch_sub(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    assert_eq!(counter.load(Ordering::Relaxed), 80_000);
}

#[test]
fn retired_memory_waits_for_every_attached_thread() {
    runtime();
    let _s = serial();
    let before = DROPS.load(Ordering::SeqCst);
    let _t = thread::enter_python_thread();
    // A reader thread that is attached and does not pass a quiescent point until told.
    let (go_tx, go_rx) = std::sync::mpsc::channel::<()>();
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<()>();
    let reader = py_thread(move || {
        ready_tx.send(()).unwrap();
        go_rx.recv().unwrap();
        qsbr::quiescent(state::current().unwrap());
    });
    ready_rx.recv().unwrap();
    thread::retire_value(tracked());
    assert!(qsbr::pending_count() >= 1);
    assert!(
        qsbr::poll(),
        "the reader has not passed a quiescent point yet"
    );
    assert_eq!(
        DROPS.load(Ordering::SeqCst),
        before,
        "freed during the grace period"
    );
    go_tx.send(()).unwrap();
    reader.join().unwrap();
    // The reader reported (and left); now the item can go.
    qsbr::poll();
    assert_eq!(DROPS.load(Ordering::SeqCst), before + 1);
    assert_eq!(qsbr::pending_count(), 0);
}

#[test]
fn retiring_frees_at_once_with_one_thread() {
    runtime();
    let _s = serial();
    let before = DROPS.load(Ordering::SeqCst);
    let _t = thread::enter_python_thread();
    assert_eq!(state::thread_count(), 1);
    thread::retire_value(tracked());
    assert_eq!(DROPS.load(Ordering::SeqCst), before + 1);
}

/// Starts `n` Python threads each running a loop that counts into `counts[i]` until
/// `flag[0]` is true.
fn start_loopers(n: usize) -> (Value, Value, Vec<std::thread::JoinHandle<()>>) {
    let counts = list::new_list((0..n).map(|_| Value::small_int(0)).collect());
    let flag = list::new_list(vec![weft_interp::types::int::new_bool(false)]);
    let src = "i = 0\nwhile not flag[0]:\n    counts[me] = counts[me] + 1\n    i += 1\n";
    let mut hs = Vec::new();
    for i in 0..n {
        let counts = counts.clone();
        let flag = flag.clone();
        hs.push(py_thread(move || {
            let vm = Vm::new();
            let g = dict::new_dict();
            dict::dict_set_str(&g, "counts", counts);
            dict::dict_set_str(&g, "flag", flag);
            dict::dict_set_str(&g, "me", Value::small_int(i as i64));
            let code =
                weft_interp::modules::compile_source(&vm, src, "<looper>", CompileMode::Exec)
                    .unwrap();
            weft_interp::eval::run_module_code(&vm, code, &g).unwrap();
        }));
    }
    (counts, flag, hs)
}

fn snapshot(counts: &Value) -> Vec<i64> {
    list::as_list(counts)
        .unwrap()
        .snapshot()
        .iter()
        .map(|v| v.as_small_int().unwrap())
        .collect()
}

#[test]
fn stop_the_world_parks_running_and_blocked_threads() {
    runtime();
    let _s = serial();
    let _t = thread::enter_python_thread();
    let (counts, flag, hs) = start_loopers(3);
    // A thread in a blocking call (detached) counts as parked and cannot re-attach.
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let blocked = py_thread(move || {
        thread::blocking(|| rx.recv().unwrap());
        // Re-attached only after the world restarted.
        assert!(!state::world_stopped());
    });
    // Wait until every looper made progress.
    while snapshot(&counts).contains(&0) {
        std::thread::yield_now();
    }
    for round in 0..5 {
        thread::stop_the_world();
        let me = state::current().unwrap() as *const state::ThreadState;
        for t in state::all() {
            if !std::ptr::eq(&*t, me) {
                assert_eq!(
                    t.state.load(Ordering::Acquire),
                    state::PARKED,
                    "round {round}"
                );
            }
        }
        let a = snapshot(&counts);
        if round == 0 {
            tx.send(()).unwrap(); // the blocked thread wakes but must stay parked
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert_eq!(
            a,
            snapshot(&counts),
            "a thread ran while the world was stopped"
        );
        thread::start_the_world();
        let resumed = snapshot(&counts);
        while snapshot(&counts).iter().zip(&resumed).any(|(n, o)| n == o) {
            std::thread::yield_now();
        }
    }
    list::as_list(&flag)
        .unwrap()
        .set(0, weft_interp::types::int::new_bool(true));
    for h in hs {
        h.join().unwrap();
    }
    blocked.join().unwrap();
}

#[test]
fn pinned_objects_count_in_per_thread_tables_and_free_after_unpinning() {
    use weft_interp::object::header::PINNED_RC_ID;
    use weft_interp::object::refcount;
    runtime();
    let _s = serial();
    let before = DROPS.load(Ordering::SeqCst);
    let _t = thread::enter_python_thread();
    let v = tracked();
    let held = v.clone();
    // One thread: pinning is allowed without a pause.
    // SAFETY: `v` is live and not immortal; no other Python thread runs.
    assert!(unsafe { refcount::pin(v.header()) });
    assert_eq!(v.header().tid.load(Ordering::Relaxed), PINNED_RC_ID);
    // Threads take and drop many references and keep some (handed back) at the end.
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let mine = v.clone();
            py_thread(move || {
                let mut kept = Vec::new();
                for i in 0..10_000 {
                    let c = mine.clone();
                    if i % 2500 == 0 {
                        kept.push(c);
                    }
                }
                drop(mine);
                kept
            })
        })
        .collect();
    let mut kept: Vec<Value> = Vec::new();
    for h in handles {
        kept.extend(h.join().unwrap());
    }
    refcount::flush_pinned_deltas();
    // v, held, 16 kept references, and the pin's own.
    assert_eq!(
        v.header().ref_shared.load(Ordering::Relaxed) >> 2,
        2 + 16 + 1
    );
    drop(kept);
    drop(held);
    refcount::flush_pinned_deltas();
    // SAFETY: pinned above; every thread that touched it has flushed (they exited).
    unsafe { refcount::unpin(v.header()) };
    // Drop the pin's reference, then the last one frees it.
    // SAFETY: the pin owned one reference.
    drop(unsafe { Value::from_raw(v.bits()) });
    assert_eq!(DROPS.load(Ordering::SeqCst), before);
    drop(v);
    assert_eq!(DROPS.load(Ordering::SeqCst), before + 1);
}
