//! Threads and thread modes: per-thread refcount identity, starting and ending Python
//! threads, the GIL, the eval breaker, blocking calls, safe points (stop-the-world),
//! deferred reclamation (QSBR) and the biased-refcount merge queues.
//!
//! Owns: applying the thread mode chosen at start-up to each thread (`init_main_thread`,
//! `spawn`), what a thread does at an eval-breaker check (`eval_breaker`), what it does
//! around a blocking call (`blocking`), and process shutdown of threads (`shutdown`).
//! Must not: run Python code while holding any of its locks, or touch Python objects while
//! detached.

pub mod brc;
pub mod gil;
pub mod qsbr;
pub mod state;
pub mod stats;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use crate::object::header::{
    fresh_rc_id, set_thread_rc_identity, shared_flags, BirthState, GIL_RC_ID,
};
use crate::object::Value;
use crate::vm::{Options, PyResult, RcProtocol, ThreadMode, Vm};

pub use state::{start_the_world, stop_the_world, ThreadState};

static GIL_MODE: AtomicBool = AtomicBool::new(false);

/// True in GIL mode (fixed at start-up).
#[inline]
pub fn gil_mode() -> bool {
    GIL_MODE.load(Ordering::Relaxed)
}

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

/// Sets up the main thread for the chosen modes: its refcount identity, its thread state
/// (attached, holding the GIL in GIL mode). Runs before any object is created; calling it
/// again on the same thread (tests build runtimes repeatedly) does nothing.
pub fn init_main_thread(options: &Options) {
    if state::current().is_some() {
        return;
    }
    GIL_MODE.store(options.thread_mode == ThreadMode::Gil, Ordering::Relaxed);
    let (id, birth) = rc_identity_for(options);
    set_thread_rc_identity(id, birth);
    let is_main = state::main_thread().is_none();
    let ts = state::register(id, is_main);
    if id != GIL_RC_ID {
        brc::register_owner(id, Some(ts.clone()));
    }
    state::bind_current(ts.clone());
    state::attach(&ts);
}

/// Makes the calling OS thread a Python thread with its own refcount identity, for code
/// (tests, embedders) that runs Python on threads it starts itself. Returns a guard that
/// tears the thread state down; `vm::set_native_stack_size` is the caller's business.
pub fn enter_python_thread() -> PythonThread {
    let options = &crate::vm::runtime().options;
    let (id, birth) = rc_identity_for(options);
    let ts = state::register(id, false);
    set_thread_rc_identity(id, birth);
    if id != GIL_RC_ID {
        brc::register_owner(id, Some(ts.clone()));
    }
    state::bind_current(ts.clone());
    state::attach(&ts);
    PythonThread { ts }
}

/// A Python thread entered with `enter_python_thread`; leaving it (drop) applies the
/// exit protocol of `exit_python_thread`.
pub struct PythonThread {
    ts: Arc<ThreadState>,
}

impl Drop for PythonThread {
    fn drop(&mut self) {
        exit_python_thread(&self.ts);
    }
}

/// Ends the calling thread's life as a Python thread (the exit protocol of the threads
/// weft starts): for the thread that built the runtime in tests and embedders.
pub fn exit_current_thread() {
    if let Some(ts) = state::current() {
        exit_python_thread(ts);
    }
}

/// The exit protocol of a Python thread, run while still attached: drop the Python
/// values the thread's caches hold, merge the refcount decrements queued for it and stop
/// being an owner (PEP 703: objects it still owns stay correctly counted; a later
/// decrement that needs the owner merges in place), hand retired memory to the orphan
/// list, then detach and leave the registry.
fn exit_python_thread(ts: &ThreadState) {
    crate::types::typeobject::clear_thread_caches();
    crate::types::float::free_thread_floats();
    crate::types::slice::free_thread_slices();
    crate::types::list::free_thread_lists();
    crate::specialize::thread_exit();
    crate::modules::_thread::thread_exit_hooks(ts.serial);
    if !gil_mode() && started_threads_alive() == 1 && has_pins() {
        unpin_all();
    }
    if ts.rc_id != GIL_RC_ID {
        brc::unregister_owner(ts.rc_id);
    }
    qsbr::orphan_pending();
    state::detach(ts, false);
    state::unregister(ts);
    state::unbind_current();
}

/// The eval breaker's slow path, taken when any bit of the thread's breaker word is set:
/// hand the GIL over, park for a pause, merge queued refcounts, report a quiescent state,
/// raise a pending asynchronous exception.
#[cold]
#[inline(never)]
pub fn eval_breaker(vm: &Vm) -> PyResult<()> {
    let Some(ts) = state::current() else {
        return Ok(());
    };
    let b = ts.take_bits(u32::MAX);
    if b & state::bits::BRC_MERGE != 0 {
        brc::drain(ts.rc_id);
    }
    if b & state::bits::STOP != 0 {
        state::park(ts);
    }
    if b & state::bits::QSBR != 0 {
        qsbr::poll();
    }
    if b & state::bits::GIL_DROP != 0 && gil_mode() {
        qsbr::quiescent(ts);
        state::detach(ts, true);
        state::attach(ts);
    }
    if b & state::bits::ASYNC_EXC != 0 {
        if let Some(e) = crate::modules::_thread::take_async_exception(vm) {
            return Err(e);
        }
    }
    Ok(())
}

/// Runs a blocking operation (sleep, lock wait, join, I/O) detached: in GIL mode the GIL
/// is released around it; in free mode the thread counts as parked for a pause and as
/// quiescent for reclamation. `f` must not touch Python objects.
pub fn blocking<R>(f: impl FnOnce() -> R) -> R {
    let Some(ts) = state::current() else {
        return f();
    };
    if ts.state.load(Ordering::Relaxed) != state::ATTACHED {
        return f();
    }
    state::detach(ts, false);
    let r = f();
    state::attach(ts);
    r
}

// ---- reclamation (see `qsbr`) ----------------------------------------------------------

/// True when a write to a shared object must retire what it replaces: free mode with
/// another Python thread that could be reading lock-free. (A thread that sees one thread
/// registered is the only one: threads are registered by their creator.)
#[inline]
pub fn reclaim_needed() -> bool {
    !gil_mode() && state::thread_count() > 1
}

/// A vector of values a lock-free reader on another thread may still be reading.
pub fn retire_vec(v: Vec<Value>) {
    if gil_mode() {
        // Every read happens under the GIL, and the GIL changes hands only at quiescent
        // points: nothing can be mid-read.
        drop(v);
    } else {
        qsbr::retire_vec(v);
    }
}

/// A value replaced in a `SwapCell` or a container a lock-free reader may be about to take
/// a reference to.
#[inline]
pub fn retire_value(v: Value) {
    if gil_mode() {
        drop(v);
    } else {
        qsbr::retire_value(v);
    }
}

/// Any owned memory (a dict table) a lock-free reader may still be reading.
pub fn retire_box(b: Box<dyn std::any::Any + Send>) {
    if gil_mode() {
        drop(b);
    } else {
        qsbr::retire_box(b);
    }
}

// ---- starting threads --------------------------------------------------------------------

/// Native stack size for new threads (`_thread.stack_size`); 0 = the default.
pub static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

/// Default native stack of a Python thread: large (and lazily committed) so that
/// RecursionError at the default limit comes long before a native overflow.
pub const DEFAULT_STACK: usize = 256 << 20;

/// Starts an OS thread running `run` as a Python thread; returns its `get_ident()`.
/// `run` gets the thread's own `Vm`; its Python values are dropped before the thread
/// detaches.
pub fn spawn(vm: &Vm, run: Box<dyn FnOnce(&Vm) + Send>) -> PyResult<u64> {
    if vm.rt.options.thread_mode == ThreadMode::Free {
        freeze_module_state(vm);
    }
    let (id, birth) = rc_identity_for(&vm.rt.options);
    let ts = state::register(id, false);
    if id != GIL_RC_ID {
        brc::register_owner(id, Some(ts.clone()));
    }
    let stack = match STACK_SIZE.load(Ordering::Relaxed) {
        0 => DEFAULT_STACK,
        n => n,
    };
    let child_ts = ts.clone();
    let spawned = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            crate::vm::set_native_stack_size(stack);
            set_thread_rc_identity(id, birth);
            state::bind_current(child_ts.clone());
            state::attach(&child_ts);
            {
                let vm = Vm::new();
                run(&vm);
            }
            exit_python_thread(&child_ts);
        });
    match spawned {
        Ok(handle) => {
            use std::os::unix::thread::JoinHandleExt;
            let ident = handle.as_pthread_t();
            drop(handle);
            Ok(ident)
        }
        Err(_) => {
            if id != GIL_RC_ID {
                brc::unregister_owner(id);
            }
            state::unregister(&ts);
            Err(vm.runtime_error("can't start new thread"))
        }
    }
}

/// Free mode, as a thread starts: makes the shared state every thread reads cheap to
/// share, so that reading it does not write a shared cache line (its refcount):
/// - immortal: strings, bytes and numbers bound in module namespaces or as members of
///   immortal classes (module-level `class` statements), native functions and
///   descriptors there, and once per process the members of builtin types; none of these
///   refers to other objects or can have finalizers or weak references;
/// - pinned (`refcount::pin`): containers (a lookup table, a list of constants),
///   `threading.local()` objects, properties and static/class methods bound there. A pinned
///   object's count changes go to per-thread tables; it is unpinned, with exact counts,
///   when a later thread start finds it no longer bound there, or when the last started
///   thread exits; only then can it be freed, so dropping one while threads run delays its
///   finalization until then (as CPython's deferred reference counting delays it to the
///   next collection).
///
/// Only exact builtin types qualify. Other threads may be running and updating counts, so
/// it happens with the world stopped.
fn freeze_module_state(vm: &Vm) {
    static BUILTIN_TYPES_FROZEN: AtomicBool = AtomicBool::new(false);
    let others_running = started_threads_alive() > 0;
    if others_running {
        state::stop_the_world();
    }
    crate::object::refcount::flush_pinned_deltas();
    if !BUILTIN_TYPES_FROZEN.swap(true, Ordering::Relaxed) {
        for ty in crate::types::builtin().all() {
            for member in crate::types::dict::dict_values(ty.dict()) {
                freeze_value(&member, 4, &mut Vec::new());
            }
        }
    }
    let mut pins = Vec::new();
    for module in crate::types::dict::dict_values(&vm.rt.modules) {
        let Some(m) = module.downcast::<crate::types::module::ModuleObj>() else {
            continue;
        };
        for value in crate::types::dict::dict_values(&m.dict) {
            freeze_value(&value, 0, &mut pins);
        }
    }
    let released = repin(pins);
    if others_running {
        state::start_the_world();
    }
    drop(released);
}

/// Every object pinned now (addresses; each holds the pin's reference).
static PINNED: std::sync::Mutex<Vec<usize>> = std::sync::Mutex::new(Vec::new());

/// Makes `pins` the pinned set: pins the new ones, unpins those no longer in it and returns
/// their pin references, to be dropped once the world runs again. World stopped (or one
/// thread), every thread's pin table flushed.
fn repin(pins: Vec<Value>) -> Vec<Value> {
    let mut pinned = PINNED.lock().unwrap_or_else(|p| p.into_inner());
    let mut now: Vec<usize> = Vec::with_capacity(pins.len());
    for v in pins {
        // SAFETY: `v` is live and not immortal; see this function's contract. Pinning an
        // already pinned object changes nothing.
        if unsafe { crate::object::refcount::pin(v.header()) } {
            now.push(v.bits());
        }
    }
    now.sort_unstable();
    now.dedup();
    let mut released = Vec::new();
    for &addr in pinned.iter() {
        if now.binary_search(&addr).is_err() {
            // SAFETY: pinned objects are alive (the pin holds a reference); see above.
            unsafe { crate::object::refcount::unpin(addr as *const crate::object::ObjHeader) };
            // SAFETY: the pin owned one reference to the object at `addr`.
            released.push(unsafe { Value::from_raw(addr) });
        }
    }
    *pinned = now;
    released
}

fn has_pins() -> bool {
    !PINNED.lock().unwrap_or_else(|p| p.into_inner()).is_empty()
}

/// Unpins every pinned object: the last started thread is exiting, so counting in place
/// is cheap again and dropped objects can be freed.
fn unpin_all() {
    state::stop_the_world();
    crate::object::refcount::flush_pinned_deltas();
    let released = repin(Vec::new());
    state::start_the_world();
    drop(released);
}

/// Drops every pin (process exit, before module namespaces are cleared): pinned objects
/// get exact counts again and can be freed. Other threads may still be parked by the exit
/// pause, which this thread owns, or not exist.
pub fn drop_all_pins() {
    if !has_pins() {
        return;
    }
    if state::world_stopped() || started_threads_alive() == 0 {
        // Nobody else runs Python code (the exit pause is ours, or we are alone).
        crate::object::refcount::flush_pinned_deltas();
        drop(repin(Vec::new()));
    } else {
        unpin_all();
    }
}

/// Freezes `value` (see `freeze_module_state`): immortal or, for containers and the like,
/// added to `pins`; walks the members of an immortal class (nested classes to a small
/// depth).
fn freeze_value(value: &Value, depth: u32, pins: &mut Vec<Value>) {
    if value.is_small_int() {
        return;
    }
    if let Some(ty) = crate::types::as_type(value) {
        if ty.is_heap() && value.header().is_immortal() && depth < 4 {
            for member in crate::types::dict::dict_values(ty.dict()) {
                freeze_value(&member, depth + 1, pins);
            }
        }
        return;
    }
    if value.header().is_immortal() {
        return;
    }
    let b = crate::types::builtin();
    let ty = value.ty();
    let leaf = [
        b.str,
        b.bytes,
        b.float,
        b.int,
        b.complex,
        b.builtin_function,
        b.method_descriptor,
        b.slot_wrapper,
        b.getset,
        b.member_descriptor,
    ];
    if leaf.iter().any(|t| std::ptr::eq(*t, ty)) {
        // Every thread that could update the count is parked (or none exists).
        value.header().make_immortal();
        return;
    }
    let shareable = [
        b.dict,
        b.list,
        b.tuple,
        b.set,
        b.frozenset,
        b.property,
        b.staticmethod,
        b.classmethod,
        crate::modules::_thread::local_type(),
    ];
    let weakly_referenced = value.header().gc_bits.load(Ordering::Relaxed)
        & crate::object::header::gc_bits::WEAKREFS
        != 0;
    if !weakly_referenced && shareable.iter().any(|t| std::ptr::eq(*t, ty)) {
        pins.push(value.clone());
    }
}

/// Threads started by `spawn` still running (`_thread._count()`).
pub fn started_threads_alive() -> usize {
    state::all().iter().filter(|t| !t.is_main).count()
}

/// Process exit: joins non-daemon threads through `threading._shutdown()` (if `threading`
/// was imported), then parks every remaining (daemon) thread so nothing runs while the
/// process exits.
pub fn shutdown(vm: &Vm) {
    let threading =
        crate::types::dict::dict_get_str(&vm.rt.modules, &crate::types::str::intern("threading"));
    if let Some(t) = threading {
        match crate::ops::getattr_opt(vm, &t, &crate::types::str::intern("_shutdown")) {
            Ok(Some(f)) => {
                if let Err(e) = crate::ops::call0(vm, &f) {
                    crate::modules::_thread::print_unraisable(vm, &e.0, None);
                }
            }
            Ok(None) => {}
            Err(e) => crate::modules::_thread::print_unraisable(vm, &e.0, None),
        }
    }
    if state::thread_count() > 1 {
        // Daemon threads: parked at their next check (a thread stuck in a long native
        // operation is given a second, then the process exits around it).
        state::stop_the_world_within(Some(std::time::Duration::from_secs(1)));
    }
}

/// Counters for the `-X stats` report.
pub fn stats_report() -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "threads: {} started (main included), {} running at exit, {} stop-the-world pauses\n",
        state::STARTED.load(Ordering::Relaxed),
        state::thread_count(),
        state::STW_COUNT.load(Ordering::Relaxed),
    ));
    if gil_mode() {
        out.push_str(&format!(
            "GIL: {} forced switches (interval {} s)\n",
            gil::SWITCHES.load(Ordering::Relaxed),
            gil::switch_interval()
        ));
    } else {
        out.push_str(&format!(
            "QSBR: {} retired items reclaimed after a grace period\n",
            qsbr::RECLAIMED.load(Ordering::Relaxed)
        ));
    }
    out.push_str("contention per type (object mutex waits, refcount merges queued):\n");
    out.push_str(&stats::report());
    out
}
