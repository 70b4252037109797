//! The `_thread` module: starting threads, locks, re-entrant locks, thread-local objects,
//! thread identities (CPython 3.11's `_thread` API, which `threading` is written against).
//!
//! Owns: `start_new_thread` (through `thread::spawn`), the `lock` and `RLock` types (their
//! waits are blocking calls: detached from the GIL and from stop-the-world pauses),
//! `_local` (per-thread attribute dicts, `__init__` re-run in each new thread),
//! `interrupt_main`, `_set_sentinel`, and the per-thread clean-up of these at thread exit.
//! Must not: touch a Python object while detached (every wait runs on Rust state only).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::object::{Payload, Value};
use crate::ops;
use crate::thread::state::{self, bits, lock as lock_mutex};
use crate::types::attrs::InstanceAttrs;
use crate::types::native::{add_function, add_method, check_count, no_kwargs, Args, NativeFn};
use crate::types::{
    builtin, dict, float, int, none, str as pystr, tuple, type_flags, TypeObject, TypeSpec,
};
use crate::vm::{PyErr, PyResult, Vm};

/// `_thread.TIMEOUT_MAX`, as CPython's on Linux.
const TIMEOUT_MAX: f64 = 9223372036.0;

fn set(d: &Value, name: &'static str, f: NativeFn) {
    add_function(d, "_thread", name, f);
}

pub fn init(_vm: &Vm, d: &Value) -> PyResult<()> {
    set(d, "start_new_thread", start_new_thread);
    set(d, "start_new", start_new_thread);
    set(d, "allocate_lock", allocate_lock);
    set(d, "allocate", allocate_lock);
    set(d, "get_ident", get_ident);
    set(d, "get_native_id", get_native_id);
    set(d, "_count", count);
    set(d, "stack_size", stack_size);
    set(d, "interrupt_main", interrupt_main);
    set(d, "daemon_threads_allowed", daemon_threads_allowed);
    set(d, "exit", thread_exit);
    set(d, "exit_thread", thread_exit);
    set(d, "_set_sentinel", set_sentinel);
    dict::dict_set_str(d, "LockType", lock_type().to_value());
    dict::dict_set_str(d, "lock", lock_type().to_value());
    dict::dict_set_str(d, "RLock", rlock_type().to_value());
    dict::dict_set_str(d, "_local", local_type().to_value());
    dict::dict_set_str(d, "error", builtin().runtime_error.to_value());
    dict::dict_set_str(d, "TIMEOUT_MAX", float::new_float(TIMEOUT_MAX));
    Ok(())
}

/// A builtin type of this module, created once.
fn module_type(
    cell: &'static std::sync::OnceLock<usize>,
    make: impl FnOnce() -> &'static TypeObject,
) -> &'static TypeObject {
    let p = *cell.get_or_init(|| make() as *const TypeObject as usize);
    // SAFETY: leaked immortal type created once above.
    unsafe { &*(p as *const TypeObject) }
}

fn new_type(spec: TypeSpec) -> &'static TypeObject {
    let t = crate::types::new_builtin_type(spec);
    t.header.ty.store(
        builtin().type_ as *const TypeObject as *mut TypeObject,
        Ordering::Relaxed,
    );
    // SAFETY: the new type is not shared yet.
    unsafe { t.inner_mut() }.dict = dict::new_dict();
    dict::dict_set_str(t.dict(), "__module__", pystr::new_str("_thread"));
    t
}

// ---- threads ----------------------------------------------------------------------------

fn start_new_thread(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "start_new_thread", kw)?;
    let n = args.len();
    if n < 2 {
        return Err(vm.type_error(format!(
            "start_new_thread expected at least 2 arguments, got {n}"
        )));
    }
    if n > 3 {
        return Err(vm.type_error(format!(
            "start_new_thread expected at most 3 arguments, got {n}"
        )));
    }
    let func = args[0].clone();
    if !ops::is_callable(&func) {
        return Err(vm.type_error("first arg must be callable"));
    }
    let Some(pos) = tuple::as_tuple(&args[1]) else {
        return Err(vm.type_error("2nd arg must be a tuple"));
    };
    let pos = pos.to_vec();
    let kwargs = match args.get(2) {
        Some(k) if dict::as_dict(k).is_some() => Some(k.clone()),
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
        None => None,
    };
    let ident = crate::thread::spawn(
        vm,
        Box::new(move |vm: &Vm| run_thread_body(vm, func, pos, kwargs)),
    )?;
    Ok(new_u64(ident))
}

/// The body of a `_thread` thread: calls the function; an uncaught exception (other than
/// SystemExit) is reported as CPython's `_thread` does.
fn run_thread_body(vm: &Vm, func: Value, mut pos: Vec<Value>, kwargs: Option<Value>) {
    let mut names = Vec::new();
    if let Some(kw) = &kwargs {
        for (k, v) in dict::dict_items(kw) {
            names.push(pystr::intern_value(&k));
            pos.push(v);
        }
    }
    let r = ops::call(
        vm,
        &func,
        &pos,
        if names.is_empty() { None } else { Some(&names) },
    );
    drop(pos);
    drop(kwargs);
    if let Err(e) = r {
        if !e.0.ty().is_subtype(builtin().system_exit) {
            print_unraisable(vm, &e.0, Some(("in thread started by", &func)));
        }
    }
}

/// Reports an exception nobody can catch, as CPython's default `sys.unraisablehook`:
/// `Exception ignored MSG: REPR(obj)` and the traceback, on stderr.
pub fn print_unraisable(vm: &Vm, e: &Value, what: Option<(&str, &Value)>) {
    let mut out = String::new();
    if let Some((msg, obj)) = what {
        let r = ops::repr_string(vm, obj).unwrap_or_else(|_| "<object repr() failed>".into());
        out.push_str(&format!("Exception ignored {msg}: {r}\n"));
    }
    out.push_str(&crate::types::exceptions::format_exception(vm, e));
    crate::modules::sys::write_stderr(&out);
}

fn get_ident(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "get_ident", args.len(), 0, 0)?;
    Ok(new_u64(current_ident()))
}

/// The calling thread's `get_ident()`.
pub fn current_ident() -> u64 {
    match state::current() {
        Some(ts) => ts.ident.load(Ordering::Relaxed),
        None => state::os_thread_ident(),
    }
}

fn get_native_id(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "get_native_id", args.len(), 0, 0)?;
    Ok(new_u64(state::os_native_id()))
}

fn count(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "_count", args.len(), 0, 0)?;
    Ok(int::new_int(crate::thread::started_threads_alive() as i64))
}

fn stack_size(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "stack_size", args.len(), 0, 1)?;
    let old = crate::thread::STACK_SIZE.load(Ordering::Relaxed);
    if let Some(v) = args.first() {
        if float::as_float(v).is_some() {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        let n = ops::to_isize(vm, v)?;
        if n < 0 {
            return Err(vm.value_error("size must be 0 or a positive value"));
        }
        if n != 0 && n < 32768 {
            return Err(vm.value_error(format!("size not valid: {n} bytes")));
        }
        crate::thread::STACK_SIZE.store(n as usize, Ordering::Relaxed);
    }
    Ok(int::new_int(old as i64))
}

fn daemon_threads_allowed(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "daemon_threads_allowed", args.len(), 0, 0)?;
    Ok(int::new_bool(true))
}

fn thread_exit(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "exit", args.len(), 0, 0)?;
    Err(vm.new_error_args(builtin().system_exit, vec![]))
}

static INTERRUPT_PENDING: AtomicBool = AtomicBool::new(false);

fn interrupt_main(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "interrupt_main", args.len(), 0, 1)?;
    if let Some(s) = args.first() {
        let n = ops::to_isize(vm, s)?;
        if n != 2 {
            return Err(vm.value_error("signal number out of range"));
        }
    }
    INTERRUPT_PENDING.store(true, Ordering::Release);
    if let Some(main) = state::main_thread() {
        main.request(bits::ASYNC_EXC);
    }
    Ok(none::none())
}

/// The asynchronous exception pending for the calling thread, if any (KeyboardInterrupt
/// for the main thread after `interrupt_main`).
pub fn take_async_exception(vm: &Vm) -> Option<PyErr> {
    let ts = state::current()?;
    if ts.is_main && INTERRUPT_PENDING.swap(false, Ordering::AcqRel) {
        return Some(vm.new_error_args(builtin().keyboard_interrupt, vec![]));
    }
    None
}

thread_local! {
    /// Locks made by `_set_sentinel` on this thread: released when it exits.
    static SENTINELS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// `_local` objects this (non-main) thread made a dict in: the dict goes at exit.
    static LOCALS_TOUCHED: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// `(LocalObj::id, address of this thread's dict)` for the `_local` objects this thread
    /// used last, so that reading a `_local` does not take its shared mutex.
    static LOCAL_DICT_CACHE: RefCell<Vec<(u64, usize)>> = const { RefCell::new(Vec::new()) };
}

const LOCAL_DICT_CACHE_SIZE: usize = 8;

/// This thread's dict of the `_local` with id `id`, if cached. The entry is valid while the
/// `_local` is alive and holds this thread's dict in its map, which is the case whenever a
/// live `_local` with that id asks: dicts leave the map only when their thread exits (the
/// cache dies with it) or when `__init__` fails (the entry is dropped first).
fn cached_local_dict(id: u64) -> Option<Value> {
    LOCAL_DICT_CACHE.with(|c| {
        let c = c.borrow();
        let &(_, raw) = c.iter().find(|(i, _)| *i == id)?;
        // SAFETY: see the function comment: the dict at `raw` is alive, owned by the map.
        let borrowed = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(raw) });
        Some((*borrowed).clone())
    })
}

fn cache_local_dict(id: u64, d: Option<&Value>) {
    let _ = LOCAL_DICT_CACHE.try_with(|c| {
        let mut c = c.borrow_mut();
        c.retain(|(i, _)| *i != id);
        if let Some(d) = d {
            if c.len() == LOCAL_DICT_CACHE_SIZE {
                c.remove(0);
            }
            c.push((id, d.bits()));
        }
    });
}

fn set_sentinel(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "_set_sentinel", args.len(), 0, 0)?;
    let l = new_lock();
    if let Some(lo) = l.downcast::<LockObj>() {
        *lock_mutex(&lo.locked) = true;
    }
    let _ = SENTINELS.try_with(|s| s.borrow_mut().push(l.clone()));
    Ok(l)
}

/// Per-thread clean-up at thread exit (still attached): releases `_set_sentinel` locks and
/// drops the thread's `_local` dicts.
pub fn thread_exit_hooks(serial: u64) {
    // The cached dict addresses are about to be freed.
    let _ = LOCAL_DICT_CACHE.try_with(|c| c.borrow_mut().clear());
    let locals = LOCALS_TOUCHED
        .try_with(|l| std::mem::take(&mut *l.borrow_mut()))
        .unwrap_or_default();
    for l in locals {
        if let Some(lo) = l.downcast::<LocalObj>() {
            let d = lock_mutex(&lo.dicts).remove(&serial);
            drop(d);
        }
    }
    let sentinels = SENTINELS
        .try_with(|s| std::mem::take(&mut *s.borrow_mut()))
        .unwrap_or_default();
    for s in sentinels {
        if let Some(lo) = s.downcast::<LockObj>() {
            lo.release();
        }
    }
}

// ---- timeouts ---------------------------------------------------------------------------

/// Parses `acquire(blocking=True, timeout=-1)` as CPython: `None` = wait forever.
fn parse_acquire(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kw: Option<&[Value]>,
) -> PyResult<(bool, Option<Duration>)> {
    let nkw = kw.map_or(0, |k| k.len());
    if args.len() - nkw > 2 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 2 arguments ({} given)",
            args.len() - nkw
        )));
    }
    let p = Args::new(fname, &["blocking", "timeout"]).parse(vm, args, kw, 0)?;
    let blocking = match &p[0] {
        Some(b) => {
            if float::as_float(b).is_some() {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            ops::to_isize(vm, b)? != 0
        }
        None => true,
    };
    let timeout = match &p[1] {
        Some(t) => timeout_secs(vm, t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if !blocking {
        return Ok((false, Some(Duration::ZERO)));
    }
    if timeout == -1.0 {
        return Ok((true, None));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    Ok((true, Some(Duration::from_secs_f64(timeout))))
}

/// A timeout in seconds from an int or float, with CPython's errors.
fn timeout_secs(vm: &Vm, t: &Value) -> PyResult<f64> {
    let secs = match float::as_float(t) {
        Some(f) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            f
        }
        None => ops::to_isize(vm, t)? as f64,
    };
    if secs.abs() > 9.2e9 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(secs)
}

// ---- lock ---------------------------------------------------------------------------------

/// `_thread.lock`: a non-recursive lock any thread may release.
pub struct LockObj {
    locked: Mutex<bool>,
    cond: Condvar,
}

impl Payload for LockObj {
    fn class() -> &'static TypeObject {
        lock_type()
    }
}

impl LockObj {
    /// Takes the lock, waiting at most `timeout` (`None`: forever) as a blocking call.
    fn acquire(&self, timeout: Option<Duration>) -> bool {
        {
            let mut l = lock_mutex(&self.locked);
            if !*l {
                *l = true;
                return true;
            }
        }
        if timeout == Some(Duration::ZERO) {
            return false;
        }
        let deadline = timeout.map(|t| Instant::now() + t);
        crate::thread::blocking(|| {
            let mut l = lock_mutex(&self.locked);
            loop {
                if !*l {
                    *l = true;
                    return true;
                }
                match deadline {
                    None => {
                        l = match self.cond.wait(l) {
                            Ok(g) => g,
                            Err(p) => p.into_inner(),
                        }
                    }
                    Some(d) => {
                        let now = Instant::now();
                        if now >= d {
                            return false;
                        }
                        l = match self.cond.wait_timeout(l, d - now) {
                            Ok((g, _)) => g,
                            Err(p) => p.into_inner().0,
                        };
                    }
                }
            }
        })
    }

    /// Releases; false if it was not locked.
    fn release(&self) -> bool {
        let mut l = lock_mutex(&self.locked);
        if !*l {
            return false;
        }
        *l = false;
        drop(l);
        self.cond.notify_one();
        true
    }

    fn is_locked(&self) -> bool {
        *lock_mutex(&self.locked)
    }
}

fn lock_type() -> &'static TypeObject {
    static T: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    module_type(&T, || {
        let t = new_type(TypeSpec::of::<LockObj>(
            "_thread.lock",
            Some(builtin().object),
        ));
        t.slots.repr.set(Some(lock_repr));
        t.slots.new.set(Some(lock_new));
        add_method(t, "acquire", lock_acquire);
        add_method(t, "acquire_lock", lock_acquire);
        add_method(t, "release", lock_release);
        add_method(t, "release_lock", lock_release);
        add_method(t, "locked", lock_locked);
        add_method(t, "locked_lock", lock_locked);
        add_method(t, "__enter__", lock_enter);
        add_method(t, "__exit__", lock_exit);
        add_method(t, "_at_fork_reinit", lock_at_fork_reinit);
        t
    })
}

fn new_lock() -> Value {
    Value::alloc(
        lock_type(),
        LockObj {
            locked: Mutex::new(false),
            cond: Condvar::new(),
        },
    )
}

fn allocate_lock(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "allocate_lock", args.len(), 0, 0)?;
    Ok(new_lock())
}

fn lock_new(vm: &Vm, _cls: &Value, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Err(vm.type_error("cannot create '_thread.lock' instances"))
}

fn lk<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a LockObj> {
    v.downcast::<LockObj>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_thread.lock' object but received a '{}'",
            v.ty().name()
        ))
    })
}

fn lock_acquire(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let l = lk(vm, &args[0])?;
    let (_, timeout) = parse_acquire(vm, "acquire", &args[1..], kw)?;
    Ok(int::new_bool(l.acquire(timeout)))
}

fn lock_release(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "release", args.len(), 1, 1)?;
    if !lk(vm, &args[0])?.release() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(none::none())
}

fn lock_locked(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "locked", args.len(), 1, 1)?;
    Ok(int::new_bool(lk(vm, &args[0])?.is_locked()))
}

fn lock_enter(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    lock_acquire(vm, &args[..1], kw)
}

fn lock_exit(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    lock_release(vm, &args[..1], None)
}

fn lock_at_fork_reinit(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "_at_fork_reinit", args.len(), 1, 1)?;
    let l = lk(vm, &args[0])?;
    *lock_mutex(&l.locked) = false;
    Ok(none::none())
}

fn lock_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let l = lk(vm, v)?;
    Ok(pystr::new_string(format!(
        "<{} _thread.lock object at {:#x}>",
        if l.is_locked() { "locked" } else { "unlocked" },
        v.bits()
    )))
}

// ---- RLock --------------------------------------------------------------------------------

struct RState {
    /// `get_ident()` of the owner; 0 when unowned.
    owner: u64,
    count: u64,
}

/// `_thread.RLock`: a lock its owner may take again; only the owner may release.
#[repr(C)]
pub struct RLockObj {
    st: Mutex<RState>,
    cond: Condvar,
    /// Attribute storage, so Python classes can subclass `RLock`.
    attrs: InstanceAttrs,
}

impl Payload for RLockObj {
    fn class() -> &'static TypeObject {
        rlock_type()
    }
}

impl RLockObj {
    fn acquire(&self, me: u64, timeout: Option<Duration>) -> bool {
        {
            let mut s = lock_mutex(&self.st);
            if s.count == 0 {
                s.owner = me;
                s.count = 1;
                return true;
            }
            if s.owner == me {
                s.count += 1;
                return true;
            }
        }
        if timeout == Some(Duration::ZERO) {
            return false;
        }
        let deadline = timeout.map(|t| Instant::now() + t);
        crate::thread::blocking(|| {
            let mut s = lock_mutex(&self.st);
            loop {
                if s.count == 0 {
                    s.owner = me;
                    s.count = 1;
                    return true;
                }
                match deadline {
                    None => {
                        s = match self.cond.wait(s) {
                            Ok(g) => g,
                            Err(p) => p.into_inner(),
                        }
                    }
                    Some(d) => {
                        let now = Instant::now();
                        if now >= d {
                            return false;
                        }
                        s = match self.cond.wait_timeout(s, d - now) {
                            Ok((g, _)) => g,
                            Err(p) => p.into_inner().0,
                        };
                    }
                }
            }
        })
    }
}

fn rlock_type() -> &'static TypeObject {
    static T: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    module_type(&T, || {
        let t = new_type(
            TypeSpec::of::<RLockObj>("_thread.RLock", Some(builtin().object))
                .attrs_offset(
                    std::mem::offset_of!(crate::object::PyObj<RLockObj>, payload)
                        + std::mem::offset_of!(RLockObj, attrs),
                )
                .flags(type_flags::BASETYPE),
        );
        t.slots.repr.set(Some(rlock_repr));
        t.slots.new.set(Some(rlock_new));
        add_method(t, "acquire", rlock_acquire);
        add_method(t, "release", rlock_release);
        add_method(t, "__enter__", rlock_enter);
        add_method(t, "__exit__", rlock_exit);
        add_method(t, "_is_owned", rlock_is_owned);
        add_method(t, "_release_save", rlock_release_save);
        add_method(t, "_acquire_restore", rlock_acquire_restore);
        add_method(t, "_recursion_count", rlock_recursion_count);
        add_method(t, "_at_fork_reinit", rlock_at_fork_reinit);
        t
    })
}

fn rlock_new(vm: &Vm, cls: &Value, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::object::alloc_subclass_instance(
        vm,
        cls,
        RLockObj {
            st: Mutex::new(RState { owner: 0, count: 0 }),
            cond: Condvar::new(),
            attrs: InstanceAttrs::new(),
        },
    )
}

fn rl<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RLockObj> {
    v.downcast::<RLockObj>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_thread.RLock' object but received a '{}'",
            v.ty().name()
        ))
    })
}

fn rlock_acquire(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let l = rl(vm, &args[0])?;
    let (_, timeout) = parse_acquire(vm, "acquire", &args[1..], kw)?;
    Ok(int::new_bool(l.acquire(current_ident(), timeout)))
}

fn rlock_release(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "release", args.len(), 1, 1)?;
    let l = rl(vm, &args[0])?;
    let me = current_ident();
    let mut s = lock_mutex(&l.st);
    if s.count == 0 || s.owner != me {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    s.count -= 1;
    if s.count == 0 {
        s.owner = 0;
        drop(s);
        l.cond.notify_one();
    }
    Ok(none::none())
}

fn rlock_enter(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    rlock_acquire(vm, &args[..1], kw)
}

fn rlock_exit(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    rlock_release(vm, &args[..1], None)
}

fn rlock_is_owned(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "_is_owned", args.len(), 1, 1)?;
    let s = lock_mutex(&rl(vm, &args[0])?.st);
    Ok(int::new_bool(s.count > 0 && s.owner == current_ident()))
}

fn rlock_recursion_count(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "_recursion_count", args.len(), 1, 1)?;
    let s = lock_mutex(&rl(vm, &args[0])?.st);
    let n = if s.owner == current_ident() {
        s.count
    } else {
        0
    };
    Ok(int::new_int(n as i64))
}

fn rlock_release_save(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "_release_save", args.len(), 1, 1)?;
    let l = rl(vm, &args[0])?;
    let mut s = lock_mutex(&l.st);
    if s.count == 0 || s.owner != current_ident() {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    let (count, owner) = (s.count, s.owner);
    s.count = 0;
    s.owner = 0;
    drop(s);
    l.cond.notify_one();
    Ok(tuple::new_tuple(vec![
        int::new_int(count as i64),
        new_u64(owner),
    ]))
}

fn rlock_acquire_restore(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "_acquire_restore", args.len(), 2, 2)?;
    let l = rl(vm, &args[0])?;
    let items = tuple::as_tuple(&args[1])
        .filter(|t| t.len() == 2)
        .ok_or_else(|| vm.type_error("_acquire_restore() argument 1 must be a 2-tuple"))?;
    let count = ops::to_isize(vm, &items[0])?.max(1) as u64;
    let owner = int_u64(vm, &items[1])?;
    l.acquire(current_ident(), None);
    let mut s = lock_mutex(&l.st);
    s.owner = owner;
    s.count = count;
    Ok(none::none())
}

fn int_u64(vm: &Vm, v: &Value) -> PyResult<u64> {
    match int::as_int(v) {
        Some(int::IntRef::Small(i)) => Ok(i as u64),
        Some(int::IntRef::Big(b)) => {
            use num_traits::ToPrimitive;
            b.to_u64()
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))
        }
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.ty().name()
        ))),
    }
}

fn rlock_at_fork_reinit(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "_at_fork_reinit", args.len(), 1, 1)?;
    let mut s = lock_mutex(&rl(vm, &args[0])?.st);
    s.owner = 0;
    s.count = 0;
    Ok(none::none())
}

fn rlock_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let l = rl(vm, v)?;
    let s = lock_mutex(&l.st);
    let cls = qualified_name(v.ty());
    Ok(pystr::new_string(format!(
        "<{} {} object owner={} count={} at {:#x}>",
        if s.count > 0 { "locked" } else { "unlocked" },
        cls,
        s.owner,
        s.count,
        v.bits()
    )))
}

// ---- _local -------------------------------------------------------------------------------

/// `_thread._local`: attributes live in one dict per thread.
#[repr(C)]
pub struct LocalObj {
    /// Process-unique (never reused, unlike the address): the key of the per-thread cache.
    id: u64,
    /// Thread serial → that thread's attribute dict.
    dicts: Mutex<HashMap<u64, Value>>,
    /// The constructor's arguments, re-applied to `__init__` in each new thread.
    args: Vec<Value>,
    kwnames: Option<Vec<Value>>,
    /// Unused attribute storage: it gives Python subclasses the layout they expect.
    attrs: InstanceAttrs,
}

impl Payload for LocalObj {
    fn class() -> &'static TypeObject {
        local_type()
    }
}

pub(crate) fn local_type() -> &'static TypeObject {
    static T: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    module_type(&T, || {
        let t = new_type(
            TypeSpec::of::<LocalObj>("_local", Some(builtin().object))
                .attrs_offset(
                    std::mem::offset_of!(crate::object::PyObj<LocalObj>, payload)
                        + std::mem::offset_of!(LocalObj, attrs),
                )
                .flags(type_flags::BASETYPE),
        );
        t.slots.new.set(Some(local_new));
        t.slots.getattr.set(Some(local_getattr));
        t.slots.setattr.set(Some(local_setattr));
        t
    })
}

/// True if `ty`'s `__init__` is `object.__init__`.
fn init_is_objects(ty: &TypeObject) -> bool {
    let mine = ty.lookup(&pystr::intern("__init__"));
    let base = builtin().object.lookup(&pystr::intern("__init__"));
    match (mine, base) {
        (Some(a), Some(b)) => a.is(&b),
        _ => true,
    }
}

fn local_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let ty = crate::types::as_type(cls).ok_or_else(|| vm.type_error("expected a type"))?;
    if (!args.is_empty() || kw.is_some_and(|k| !k.is_empty())) && init_is_objects(ty) {
        return Err(vm.type_error("Initialization arguments are not supported"));
    }
    let serial = state::current().map(|t| t.serial).unwrap_or(0);
    let mut dicts = HashMap::new();
    dicts.insert(serial, dict::new_dict());
    let obj = crate::types::object::alloc_subclass_instance(
        vm,
        cls,
        LocalObj {
            id: {
                static NEXT_LOCAL_ID: AtomicU64 = AtomicU64::new(1);
                NEXT_LOCAL_ID.fetch_add(1, Ordering::Relaxed)
            },
            dicts: Mutex::new(dicts),
            args: args.to_vec(),
            kwnames: kw.map(|k| k.to_vec()),
            attrs: InstanceAttrs::new(),
        },
    )?;
    note_touched(&obj);
    Ok(obj)
}

fn note_touched(obj: &Value) {
    if state::current().is_some_and(|t| !t.is_main) {
        let _ = LOCALS_TOUCHED.try_with(|l| l.borrow_mut().push(obj.clone()));
    }
}

/// The calling thread's dict of `obj`, made (and `__init__` re-run) on first use.
fn local_dict(vm: &Vm, obj: &Value) -> PyResult<Value> {
    let lo = obj
        .downcast::<LocalObj>()
        .ok_or_else(|| vm.type_error("expected a _thread._local object"))?;
    if let Some(d) = cached_local_dict(lo.id) {
        return Ok(d);
    }
    let serial = state::current().map(|t| t.serial).unwrap_or(0);
    if let Some(d) = lock_mutex(&lo.dicts).get(&serial) {
        cache_local_dict(lo.id, Some(d));
        return Ok(d.clone());
    }
    let d = dict::new_dict();
    lock_mutex(&lo.dicts).insert(serial, d.clone());
    cache_local_dict(lo.id, Some(&d));
    note_touched(obj);
    let ty = obj.ty();
    if !init_is_objects(ty) {
        if let Some(init) = ty.lookup(&pystr::intern("__init__")) {
            let mut call_args = vec![obj.clone()];
            call_args.extend(lo.args.iter().cloned());
            let r = ops::call(vm, &init, &call_args, lo.kwnames.as_deref());
            if let Err(e) = r {
                cache_local_dict(lo.id, None);
                let old = lock_mutex(&lo.dicts).remove(&serial);
                drop(old);
                return Err(e);
            }
        }
    }
    Ok(d)
}

fn local_getattr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    let d = local_dict(vm, obj)?;
    if pystr::as_str(name) == Some("__dict__") {
        return Ok(d);
    }
    let ty = obj.ty();
    let descr = ty.lookup(name);
    if let Some(dv) = &descr {
        let dty = dv.ty();
        if let Some(get) = dty.slots.descr_get.get() {
            if dty.slots.descr_set.is_set() {
                return get(vm, dv, Some(obj), &ty.to_value());
            }
        }
    }
    if let Some(v) = dict::dict_get(vm, &d, name)? {
        return Ok(v);
    }
    if let Some(dv) = descr {
        if let Some(get) = dv.ty().slots.descr_get.get() {
            return get(vm, &dv, Some(obj), &ty.to_value());
        }
        return Ok(dv);
    }
    Err(local_no_attr(vm, obj, name))
}

fn local_no_attr(vm: &Vm, obj: &Value, name: &Value) -> PyErr {
    vm.attribute_error(format!(
        "'{}' object has no attribute '{}'",
        qualified_name(obj.ty()),
        pystr::as_str(name).unwrap_or("?")
    ))
}

fn local_setattr(vm: &Vm, obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    if pystr::as_str(name) == Some("__dict__") {
        return Err(vm.attribute_error(format!(
            "'{}' object attribute '__dict__' is read-only",
            qualified_name(obj.ty())
        )));
    }
    let d = local_dict(vm, obj)?;
    let ty = obj.ty();
    if let Some(dv) = ty.lookup(name) {
        if let Some(set) = dv.ty().slots.descr_set.get() {
            return set(vm, &dv, obj, value);
        }
    }
    match value {
        Some(v) => dict::dict_set(vm, &d, name.clone(), v),
        None => {
            if dict::dict_del(vm, &d, name)? {
                Ok(())
            } else {
                Err(local_no_attr(vm, obj, name))
            }
        }
    }
}

/// A type's name as CPython's `tp_name` shows it: `_thread.X` for this module's types.
fn qualified_name(ty: &TypeObject) -> String {
    if ty.is_heap() {
        ty.name().to_string()
    } else {
        format!("_thread.{}", ty.name())
    }
}

/// An unsigned 64-bit int (thread idents are pthread ids, beyond the small-int range on
/// some systems).
fn new_u64(v: u64) -> Value {
    if v <= i64::MAX as u64 {
        int::new_int(v as i64)
    } else {
        int::new_int_big(num_bigint::BigInt::from(v))
    }
}
