//! Weak references: `weakref.ref`, `weakref.proxy` and the native `_weakref` module.
//!
//! Owns: the weak-reference side table (referent address -> the weak reference objects
//! pointing at it), the "has weak references" header bit, clearing a dying object's weak
//! references and running their callbacks, and the `ReferenceType`/`ProxyType`/
//! `CallableProxyType` types. Must not: keep any referent alive (a weak reference never
//! owns its referent), drop a `Value` or call Python code while holding the table lock.
//!
//! Protocol (see docs/memory-model.md, "Weak references"): the PEP 703 header has no weak
//! list slot, so the table lives behind one global mutex. Creating a weak reference sets
//! `gc_bits::WEAKREFS` on the referent and marks its shared count `MAYBE_WEAKREF`, so a
//! non-owner thread can later try to take a reference through the shared count.
//! Dereferencing locks the table, re-reads the referent (cleared under the same lock) and
//! takes a reference only if the count is not already zero (`try_incref`). The
//! deallocation path (`refcount.rs`) tests the header bit once and, when set, calls
//! `clear_weakrefs` before the type's deallocator: under the lock the entry is removed and
//! every weak reference's referent cleared, then, without the lock, callbacks run.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::bytecode::{BinaryOp, CompareOp};
use crate::object::header::{gc_bits, shared_flags, thread_rc_id};
use crate::object::{ObjHeader, Payload, PyObj, Value};
use crate::ops;
use crate::types::descriptors::add_getset;
use crate::types::native::{add_function, add_method, check_count, NativeFn};
use crate::types::object::Subclassed;
use crate::types::{builtin, dict, list, none, str as pystr, type_flags, TypeObject, TypeSpec};
use crate::vm::{PyResult, Vm};

/// Which kind of weak reference an object is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Ref,
    Proxy,
    CallableProxy,
}

/// The payload of a weak reference (or proxy).
pub struct WeakRefObj {
    /// Address of the referent's header; 0 once the referent died. Written only under the
    /// table lock; readers that dereference it hold the lock.
    referent: AtomicUsize,
    /// The callback, taken (set to None) when it is called.
    callback: Mutex<Option<Value>>,
    /// Cached hash of the referent; `HASH_UNSET` until computed.
    hash: AtomicI64,
}

const HASH_UNSET: i64 = i64::MIN;

impl Payload for WeakRefObj {
    fn class() -> &'static TypeObject {
        builtin().weakref_ref
    }
}

/// Byte offset of the payload in a weak reference object (the same for subclasses, whose
/// `Subclassed<WeakRefObj>` starts with the base payload).
const PAYLOAD_OFFSET: usize = std::mem::offset_of!(PyObj<WeakRefObj>, payload);
const _: () =
    assert!(PAYLOAD_OFFSET == std::mem::offset_of!(PyObj<Subclassed<WeakRefObj>>, payload));

impl Drop for WeakRefObj {
    fn drop(&mut self) {
        // The weak reference itself dies: unregister it from its referent's entry.
        let me = (self as *const WeakRefObj as usize) - PAYLOAD_OFFSET;
        let mut table = lock_table();
        let target = self.referent.load(Ordering::Relaxed);
        if target != 0 {
            if let Some(list) = table.get_mut(&target) {
                list.retain(|w| *w != me);
                if list.is_empty() {
                    table.remove(&target);
                }
            }
        }
        drop(table);
        // `callback` is dropped after this body, outside the lock.
    }
}

// ---- the side table ---------------------------------------------------------------------

/// Referent address -> addresses (headers) of the weak references to it, in CPython's
/// order: the basic ref first, then the basic proxy, then the others, newest first.
/// Entries are not owning: a weak reference removes itself when it dies, and an entry is
/// removed when its referent dies.
type Table = HashMap<usize, Vec<usize>>;

static TABLE: Mutex<Option<Table>> = Mutex::new(None);

struct TableGuard(std::sync::MutexGuard<'static, Option<Table>>);

impl std::ops::Deref for TableGuard {
    type Target = Table;
    fn deref(&self) -> &Table {
        self.0.as_ref().expect("table initialised in lock_table")
    }
}

impl std::ops::DerefMut for TableGuard {
    fn deref_mut(&mut self) -> &mut Table {
        self.0.as_mut().expect("table initialised in lock_table")
    }
}

fn lock_table() -> TableGuard {
    // A panic while holding the lock cannot leave the map inconsistent (every update is a
    // single map operation), so a poisoned lock is still usable.
    let mut g = TABLE.lock().unwrap_or_else(|p| p.into_inner());
    if g.is_none() {
        *g = Some(HashMap::new());
    }
    TableGuard(g)
}

/// Takes a new reference to `obj` unless its count already reached zero (it is being
/// deallocated). Called with the table lock held, which keeps the memory valid: a dying
/// object clears its entry under the lock before it is freed.
///
/// # Safety
/// `obj` is the header of an object whose deallocation has not yet passed
/// `clear_weakrefs` (guaranteed when it was found in the table under the lock).
unsafe fn try_incref(obj: usize) -> Option<Value> {
    // SAFETY: per the contract the header is still allocated.
    let h = unsafe { &*(obj as *const ObjHeader) };
    if h.is_immortal() {
        // SAFETY: immortal objects are never freed; the Value's drop is a no-op.
        return Some(unsafe { Value::from_header_ptr(h) });
    }
    if h.tid.load(Ordering::Relaxed) == thread_rc_id() {
        // We own the local count: nobody else writes it, so a plain check-and-store
        // cannot race (in GIL mode, the GIL holder is the owner).
        let local = h.ref_local.load(Ordering::Relaxed);
        if local == 0 {
            return None;
        }
        h.ref_local.store(local + 1, Ordering::Relaxed);
    } else {
        let mut shared = h.ref_shared.load(Ordering::Acquire);
        loop {
            // 0: the owner may hold the only references and we cannot tell (weak
            // reference creation marks referents MAYBE_WEAKREF, so a live referent is not
            // in this state); MERGED with count 0: it is dying.
            if shared == shared_flags::INIT || shared == shared_flags::MERGED {
                return None;
            }
            match h.ref_shared.compare_exchange_weak(
                shared,
                shared + shared_flags::ONE,
                Ordering::AcqRel,
                Ordering::Acquire,
            ) {
                Ok(_) => break,
                Err(actual) => shared = actual,
            }
        }
    }
    // SAFETY: the reference was taken just above and is handed to the Value.
    Some(unsafe { Value::from_raw(obj) })
}

/// Marks `obj` as having weak references: the header bit the deallocator tests, and the
/// shared-count flag that lets other threads try-incref it.
fn mark_referent(obj: &Value) {
    let h = obj.header();
    h.gc_bits.fetch_or(gc_bits::WEAKREFS, Ordering::AcqRel);
    if !h.is_immortal() {
        let _ = h.ref_shared.compare_exchange(
            shared_flags::INIT,
            shared_flags::MAYBE_WEAKREF,
            Ordering::AcqRel,
            Ordering::Relaxed,
        );
    }
}

/// Clears every weak reference to the dying object `obj` and calls their callbacks.
/// Called by the deallocator when `gc_bits::WEAKREFS` is set, before the type's dealloc.
///
/// # Safety
/// `obj`'s count reached zero and its memory is still valid.
pub unsafe fn clear_weakrefs(obj: *const ObjHeader) {
    let addr = obj as usize;
    let mut pending: Vec<(Value, Value)> = Vec::new();
    {
        let mut table = lock_table();
        let Some(list) = table.remove(&addr) else {
            return;
        };
        for w in list {
            // SAFETY: a weak reference in the table is alive or between its count reaching
            // zero and its `Drop`, which takes the lock we hold: its memory is valid.
            let wr = unsafe { &*((w + PAYLOAD_OFFSET) as *const WeakRefObj) };
            wr.referent.store(0, Ordering::Release);
            let cb = wr.callback.lock().unwrap_or_else(|p| p.into_inner()).take();
            if let Some(cb) = cb {
                // SAFETY: as above; a dying weak reference yields None and gets no call.
                match unsafe { try_incref(w) } {
                    Some(wv) => pending.push((wv, cb)),
                    // Dropping `cb` here would run arbitrary deallocation under the lock.
                    None => defer_drop(cb),
                }
            }
        }
    }
    drain_deferred();
    if pending.is_empty() {
        return;
    }
    let vm = Vm::new();
    for (wv, cb) in pending {
        if let Err(e) = ops::call1(&vm, &cb, wv) {
            report_unraisable(&vm, &cb, &e.0);
        }
    }
}

/// Prints an error raised where it cannot propagate (a weak reference callback), as
/// CPython's `PyErr_WriteUnraisable`.
fn report_unraisable(vm: &Vm, obj: &Value, exc: &Value) {
    let what = ops::repr_string(vm, obj).unwrap_or_else(|_| "<object>".to_string());
    let text = crate::types::exceptions::format_exception(vm, exc);
    crate::modules::sys::write_stderr(&format!("Exception ignored in: {what}\n{text}"));
}

// ---- deferred drops ---------------------------------------------------------------------

thread_local! {
    /// Values released while the table lock was held; dropped once it is released.
    static DEFERRED: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Keeps `v` alive until `drain_deferred` (dropping it could run deallocators that take
/// the table lock).
fn defer_drop(v: Value) {
    DEFERRED.with(|d| d.borrow_mut().push(v));
}

fn drain_deferred() {
    let items = DEFERRED.with(|d| std::mem::take(&mut *d.borrow_mut()));
    drop(items);
}

// ---- creating and dereferencing ---------------------------------------------------------

/// True if instances of `ty` may be weakly referenced.
pub fn supports_weakrefs(ty: &TypeObject) -> bool {
    ty.flags & type_flags::WEAKREFABLE != 0
}

fn check_referent(vm: &Vm, obj: &Value) -> PyResult<()> {
    if obj.is_small_int() || !supports_weakrefs(obj.ty()) {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            obj.ty().name()
        )));
    }
    Ok(())
}

/// The basic (no callback, exact type) ref and proxy in `list`, as CPython's
/// `get_basic_refs`.
fn basic_refs(list: &[usize]) -> (Option<usize>, Option<usize>) {
    let b = builtin();
    let mut r = None;
    let mut p = None;
    let is_basic = |w: usize, ty: &TypeObject| {
        // SAFETY: entries of the table are valid while the lock is held (see try_incref).
        let h = unsafe { &*(w as *const ObjHeader) };
        let wr = unsafe { &*((w + PAYLOAD_OFFSET) as *const WeakRefObj) };
        std::ptr::eq(h.ty(), ty)
            && wr
                .callback
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .is_none()
    };
    if let Some(&first) = list.first() {
        if is_basic(first, b.weakref_ref) {
            r = Some(first);
        }
    }
    let pi = if r.is_some() { 1 } else { 0 };
    if let Some(&w) = list.get(pi) {
        if is_basic(w, b.weakref_proxy) || is_basic(w, b.weakref_callable_proxy) {
            p = Some(w);
        }
    }
    (r, p)
}

/// Makes a weak reference of type `cls` (ReferenceType, a subclass, or a proxy type) to
/// `obj`, reusing the basic one when CPython would.
fn new_weakref(
    vm: &Vm,
    cls: &Value,
    obj: &Value,
    callback: Option<Value>,
    kind: Kind,
) -> PyResult<Value> {
    check_referent(vm, obj)?;
    let callback = callback.filter(|c| !none::is_none(c));
    let cls_ty = crate::types::as_type(cls).ok_or_else(|| vm.type_error("expected a type"))?;
    let b = builtin();
    let basic_ty = match kind {
        Kind::Ref => b.weakref_ref,
        Kind::Proxy => b.weakref_proxy,
        Kind::CallableProxy => b.weakref_callable_proxy,
    };
    let is_basic = callback.is_none() && std::ptr::eq(cls_ty, basic_ty);
    let addr = obj.as_header_ptr() as usize;
    if is_basic {
        let table = lock_table();
        if let Some(list) = table.get(&addr) {
            let (r, p) = basic_refs(list);
            let found = if kind == Kind::Ref { r } else { p };
            if let Some(w) = found {
                // SAFETY: found in the table under the lock.
                if let Some(v) = unsafe { try_incref(w) } {
                    return Ok(v);
                }
            }
        }
    }
    let payload = WeakRefObj {
        referent: AtomicUsize::new(addr),
        callback: Mutex::new(callback),
        hash: AtomicI64::new(HASH_UNSET),
    };
    let w = if kind == Kind::Ref {
        crate::types::object::alloc_subclass_instance(vm, cls, payload)?
    } else {
        Value::alloc(basic_ty, payload)
    };
    mark_referent(obj);
    let waddr = w.as_header_ptr() as usize;
    let mut table = lock_table();
    let list = table.entry(addr).or_default();
    let (r, p) = basic_refs(list);
    if is_basic && kind == Kind::Ref {
        list.insert(0, waddr);
    } else if is_basic {
        // The basic proxy goes right after the basic ref.
        list.insert(if r.is_some() { 1 } else { 0 }, waddr);
    } else {
        let pos = usize::from(r.is_some()) + usize::from(p.is_some());
        list.insert(pos, waddr);
    }
    Ok(w)
}

fn payload(v: &Value) -> Option<&WeakRefObj> {
    v.downcast::<WeakRefObj>().or_else(|| {
        let ty = v.ty();
        let b = builtin();
        if std::ptr::eq(ty, b.weakref_proxy) || std::ptr::eq(ty, b.weakref_callable_proxy) {
            // SAFETY: proxies are laid out as `PyObj<WeakRefObj>`.
            Some(unsafe { v.payload_unchecked::<WeakRefObj>() })
        } else {
            None
        }
    })
}

/// The referent of weak reference `w` as a new strong reference, or None if it died.
pub fn deref(w: &WeakRefObj) -> Option<Value> {
    if w.referent.load(Ordering::Acquire) == 0 {
        return None;
    }
    let _table = lock_table();
    let addr = w.referent.load(Ordering::Acquire);
    if addr == 0 {
        return None;
    }
    // SAFETY: the referent is still registered (its entry is cleared, under this lock,
    // before it is freed), so its header is valid while we hold the lock.
    unsafe { try_incref(addr) }
}

/// Number of weak references (and proxies) to `obj`.
pub fn weakref_count(obj: &Value) -> usize {
    if obj.is_small_int() {
        return 0;
    }
    let table = lock_table();
    table
        .get(&(obj.as_header_ptr() as usize))
        .map_or(0, |l| l.len())
}

/// The live weak references to `obj`, in the table's order.
pub fn weakrefs_of(obj: &Value) -> Vec<Value> {
    if obj.is_small_int() {
        return Vec::new();
    }
    let table = lock_table();
    let Some(list) = table.get(&(obj.as_header_ptr() as usize)) else {
        return Vec::new();
    };
    // SAFETY: entries found in the table under the lock.
    list.iter()
        .filter_map(|&w| unsafe { try_incref(w) })
        .collect()
}

// ---- the types --------------------------------------------------------------------------

pub fn make_types(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> (
    &'static TypeObject,
    &'static TypeObject,
    &'static TypeObject,
) {
    let r = mk(
        TypeSpec::of::<WeakRefObj>("weakref.ReferenceType", Some(object))
            .flags(type_flags::BASETYPE),
    );
    r.slots.new.set(Some(ref_new));
    r.slots.init.set(Some(ref_init));
    r.slots.call.set(Some(ref_call));
    r.slots.hash.set(Some(ref_hash));
    r.slots.richcompare.set(Some(ref_richcompare));
    r.slots.repr.set(Some(ref_repr));
    let p = mk(TypeSpec::of::<WeakRefObj>(
        "weakref.ProxyType",
        Some(object),
    ));
    let cp = mk(TypeSpec::of::<WeakRefObj>(
        "weakref.CallableProxyType",
        Some(object),
    ));
    for t in [p, cp] {
        proxy_slots(t);
    }
    cp.slots.call.set(Some(proxy_call));
    (r, p, cp)
}

pub fn init_methods() {
    let b = builtin();
    add_getset(b.weakref_ref, "__callback__", ref_get_callback, None);
    add_method(b.weakref_ref, "__class_getitem__", ref_class_getitem);
    for t in [b.weakref_proxy, b.weakref_callable_proxy] {
        add_method(t, "__bytes__", proxy_bytes);
        add_method(t, "__reversed__", proxy_reversed);
    }
}

fn ref_new(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let nkw = kwnames.map_or(0, |k| k.len());
    let npos = args.len() - nkw;
    check_count(vm, "__new__", npos, 1, 2)?;
    let cls_ty = crate::types::as_type(cls).ok_or_else(|| vm.type_error("expected a type"))?;
    if nkw > 0 && std::ptr::eq(cls_ty, builtin().weakref_ref) {
        return Err(vm.type_error("ref() takes no keyword arguments"));
    }
    new_weakref(
        vm,
        cls,
        &args[0],
        args.get(1).filter(|_| npos > 1).cloned(),
        Kind::Ref,
    )
}

fn ref_init(_vm: &Vm, _w: &Value, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<()> {
    Ok(())
}

fn ref_call(vm: &Vm, w: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::no_kwargs(vm, "weakref", kwnames)?;
    if !args.is_empty() {
        return Err(vm.type_error(format!("weakref expected 0 arguments, got {}", args.len())));
    }
    let p = payload(w).ok_or_else(|| vm.type_error("expected a weak reference"))?;
    Ok(deref(p).unwrap_or_else(none::none))
}

fn ref_hash(vm: &Vm, w: &Value) -> PyResult<i64> {
    let p = payload(w).ok_or_else(|| vm.type_error("expected a weak reference"))?;
    let h = p.hash.load(Ordering::Relaxed);
    if h != HASH_UNSET {
        return Ok(h);
    }
    let obj = deref(p).ok_or_else(|| vm.type_error("weak object has gone away"))?;
    let h = ops::hash(vm, &obj)?;
    p.hash.store(h, Ordering::Relaxed);
    Ok(h)
}

fn ref_richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(none::not_implemented());
    }
    let (Some(pa), Some(pb)) = (a.downcast::<WeakRefObj>(), b.downcast::<WeakRefObj>()) else {
        return Ok(none::not_implemented());
    };
    match (deref(pa), deref(pb)) {
        (Some(x), Some(y)) => ops::richcompare(vm, &x, &y, op),
        _ => {
            let same = a.is(b);
            Ok(crate::types::int::new_bool(if op == CompareOp::Eq {
                same
            } else {
                !same
            }))
        }
    }
}

fn ref_repr(vm: &Vm, w: &Value) -> PyResult<Value> {
    let p = payload(w).ok_or_else(|| vm.type_error("expected a weak reference"))?;
    let text = match deref(p) {
        None => format!("<weakref at {:#x}; dead>", w.bits()),
        Some(obj) => {
            let name = match ops::getattr_opt(vm, &obj, &pystr::intern("__name__")) {
                Ok(Some(n)) => pystr::as_str(&n).map(|s| s.to_string()),
                Ok(None) => None,
                Err(_) => None,
            };
            match name {
                Some(n) => format!(
                    "<weakref at {:#x}; to '{}' at {:#x} ({n})>",
                    w.bits(),
                    obj.ty().name(),
                    obj.bits()
                ),
                None => format!(
                    "<weakref at {:#x}; to '{}' at {:#x}>",
                    w.bits(),
                    obj.ty().name(),
                    obj.bits()
                ),
            }
        }
    };
    Ok(pystr::new_str(&text))
}

fn ref_get_callback(vm: &Vm, w: &Value) -> PyResult<Value> {
    let p = payload(w).ok_or_else(|| vm.type_error("expected a weak reference"))?;
    let cb = p.callback.lock().unwrap_or_else(|e| e.into_inner()).clone();
    Ok(cb.unwrap_or_else(none::none))
}

fn ref_class_getitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "__class_getitem__", args.len(), 2, 2)?;
    Ok(args[0].clone())
}

// ---- proxies ----------------------------------------------------------------------------

/// The proxy's referent, or ReferenceError if it died.
fn target(vm: &Vm, v: &Value) -> PyResult<Value> {
    let p = payload(v).ok_or_else(|| vm.type_error("expected a weak proxy"))?;
    deref(p).ok_or_else(|| {
        vm.new_error(
            builtin().reference_error,
            "weakly-referenced object no longer exists",
        )
    })
}

fn is_proxy(v: &Value) -> bool {
    let b = builtin();
    !v.is_small_int()
        && (std::ptr::eq(v.ty(), b.weakref_proxy) || std::ptr::eq(v.ty(), b.weakref_callable_proxy))
}

/// Unwraps a proxy operand (other operands pass through).
fn unwrap(vm: &Vm, v: &Value) -> PyResult<Value> {
    if is_proxy(v) {
        target(vm, v)
    } else {
        Ok(v.clone())
    }
}

macro_rules! proxy_binary {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(fn $name(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
            ops::binary_op(vm, &unwrap(vm, a)?, &unwrap(vm, b)?, $op)
        })*
    };
}
proxy_binary! {
    proxy_add => BinaryOp::Add, proxy_sub => BinaryOp::Subtract, proxy_mul => BinaryOp::Multiply,
    proxy_truediv => BinaryOp::TrueDivide, proxy_floordiv => BinaryOp::FloorDivide,
    proxy_mod => BinaryOp::Remainder, proxy_lshift => BinaryOp::LShift,
    proxy_rshift => BinaryOp::RShift, proxy_and => BinaryOp::And, proxy_or => BinaryOp::Or,
    proxy_xor => BinaryOp::Xor, proxy_matmul => BinaryOp::MatMul,
}

macro_rules! proxy_inplace {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(fn $name(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
            // The result replaces the referent in the caller's variable, as CPython's
            // proxies do (the proxy does not rebind its referent).
            ops::inplace_op(vm, &unwrap(vm, a)?, &unwrap(vm, b)?, $op)
        })*
    };
}
proxy_inplace! {
    proxy_iadd => BinaryOp::Add, proxy_isub => BinaryOp::Subtract, proxy_imul => BinaryOp::Multiply,
}

fn proxy_pow(vm: &Vm, a: &Value, b: &Value, c: &Value) -> PyResult<Value> {
    let (a, b) = (unwrap(vm, a)?, unwrap(vm, b)?);
    if none::is_none(c) {
        ops::binary_op(vm, &a, &b, BinaryOp::Power)
    } else {
        ops::pow3(vm, &a, &b, &unwrap(vm, c)?)
    }
}

fn proxy_slots(t: &'static TypeObject) {
    let s = &t.slots;
    s.getattr
        .set(Some(|vm, p, name| ops::getattr(vm, &target(vm, p)?, name)));
    s.setattr.set(Some(|vm, p, name, v| match v {
        Some(v) => ops::setattr(vm, &target(vm, p)?, name, v),
        None => ops::delattr(vm, &target(vm, p)?, name),
    }));
    s.repr.set(Some(proxy_repr));
    s.str.set(Some(|vm, p| ops::str_(vm, &target(vm, p)?)));
    s.hash.set(Some(|vm, p| {
        Err(vm.type_error(format!("unhashable type: '{}'", p.ty().name())))
    }));
    s.richcompare.set(Some(|vm, a, b, op| {
        ops::richcompare(vm, &unwrap(vm, a)?, &unwrap(vm, b)?, op)
    }));
    s.bool_.set(Some(|vm, p| ops::truthy(vm, &target(vm, p)?)));
    s.len.set(Some(|vm, p| ops::len(vm, &target(vm, p)?)));
    s.getitem
        .set(Some(|vm, p, k| ops::getitem(vm, &target(vm, p)?, k)));
    s.setitem.set(Some(|vm, p, k, v| match v {
        Some(v) => ops::setitem(vm, &target(vm, p)?, k, v),
        None => ops::delitem(vm, &target(vm, p)?, k),
    }));
    s.contains
        .set(Some(|vm, p, k| ops::contains(vm, &target(vm, p)?, k)));
    s.iter.set(Some(|vm, p| ops::iter(vm, &target(vm, p)?)));
    s.next.set(Some(|vm, p| ops::next(vm, &target(vm, p)?)));
    s.add.set(Some(proxy_add));
    s.sub.set(Some(proxy_sub));
    s.mul.set(Some(proxy_mul));
    s.truediv.set(Some(proxy_truediv));
    s.floordiv.set(Some(proxy_floordiv));
    s.mod_.set(Some(proxy_mod));
    s.lshift.set(Some(proxy_lshift));
    s.rshift.set(Some(proxy_rshift));
    s.and.set(Some(proxy_and));
    s.or.set(Some(proxy_or));
    s.xor.set(Some(proxy_xor));
    s.matmul.set(Some(proxy_matmul));
    s.pow.set(Some(proxy_pow));
    s.iadd.set(Some(proxy_iadd));
    s.isub.set(Some(proxy_isub));
    s.imul.set(Some(proxy_imul));
    s.neg.set(Some(|vm, p| ops::neg(vm, &target(vm, p)?)));
    s.pos.set(Some(|vm, p| ops::pos(vm, &target(vm, p)?)));
    s.invert.set(Some(|vm, p| ops::invert(vm, &target(vm, p)?)));
    s.abs.set(Some(|vm, p| ops::abs(vm, &target(vm, p)?)));
    s.index
        .set(Some(|vm, p| ops::index_value(vm, &target(vm, p)?)));
    s.int.set(Some(|vm, p| {
        let t = target(vm, p)?;
        ops::call1(vm, &builtin().int.to_value(), t)
    }));
    s.float.set(Some(|vm, p| {
        let t = target(vm, p)?;
        ops::call1(vm, &builtin().float.to_value(), t)
    }));
}

fn proxy_repr(vm: &Vm, p: &Value) -> PyResult<Value> {
    let w = payload(p).ok_or_else(|| vm.type_error("expected a weak proxy"))?;
    // A dead proxy shows None as its referent, as CPython's does.
    let obj = deref(w).unwrap_or_else(none::none);
    let text = format!(
        "<weakproxy at {:#x}; to '{}' at {:#x}>",
        p.bits(),
        obj.ty().name(),
        obj.bits()
    );
    Ok(pystr::new_str(&text))
}

fn proxy_call(vm: &Vm, p: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let t = target(vm, p)?;
    ops::call(vm, &t, args, kwnames)
}

fn proxy_bytes(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "__bytes__", args.len(), 1, 1)?;
    let t = target(vm, &args[0])?;
    ops::call1(vm, &builtin().bytes.to_value(), t)
}

fn proxy_reversed(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "__reversed__", args.len(), 1, 1)?;
    let t = target(vm, &args[0])?;
    ops::call1(vm, &builtin().reversed.to_value(), t)
}

// ---- the `_weakref` module --------------------------------------------------------------

pub fn init_module(_vm: &Vm, d: &Value) -> PyResult<()> {
    let b = builtin();
    dict::dict_set_str(d, "ref", b.weakref_ref.to_value());
    dict::dict_set_str(d, "ReferenceType", b.weakref_ref.to_value());
    dict::dict_set_str(d, "ProxyType", b.weakref_proxy.to_value());
    dict::dict_set_str(d, "CallableProxyType", b.weakref_callable_proxy.to_value());
    let f = |name: &'static str, func: NativeFn| add_function(d, "_weakref", name, func);
    f("proxy", module_proxy);
    f("getweakrefcount", module_getweakrefcount);
    f("getweakrefs", module_getweakrefs);
    f("_remove_dead_weakref", module_remove_dead_weakref);
    Ok(())
}

fn module_proxy(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::no_kwargs(vm, "proxy", kwnames)?;
    check_count(vm, "proxy", args.len(), 1, 2)?;
    let obj = &args[0];
    let kind = if ops::is_callable(obj) {
        Kind::CallableProxy
    } else {
        Kind::Proxy
    };
    let b = builtin();
    let cls = if kind == Kind::Proxy {
        b.weakref_proxy
    } else {
        b.weakref_callable_proxy
    };
    new_weakref(vm, &cls.to_value(), obj, args.get(1).cloned(), kind)
}

fn module_getweakrefcount(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "getweakrefcount", args.len(), 1, 1)?;
    Ok(crate::types::int::new_int(weakref_count(&args[0]) as i64))
}

fn module_getweakrefs(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "getweakrefs", args.len(), 1, 1)?;
    Ok(list::new_list(weakrefs_of(&args[0])))
}

/// `_remove_dead_weakref(d, key)`: deletes `d[key]` if it is a dead weak reference.
fn module_remove_dead_weakref(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "_remove_dead_weakref", args.len(), 2, 2)?;
    let (d, key) = (&args[0], &args[1]);
    if let Some(v) = dict::dict_get(vm, d, key)? {
        if let Some(p) = payload(&v) {
            if p.referent.load(Ordering::Acquire) == 0 {
                dict::dict_del(vm, d, key)?;
            }
        }
    }
    Ok(none::none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::header::{fresh_rc_id, set_thread_rc_identity, BirthState};

    fn vm() -> Vm {
        crate::vm::Runtime::init(crate::vm::Options::default());
        Vm::new()
    }

    /// Gives the calling test thread its own biased-refcount identity (free-threaded mode).
    fn biased_thread() {
        let id = fresh_rc_id();
        set_thread_rc_identity(
            id,
            BirthState {
                tid: id,
                local: 1,
                shared: 0,
            },
        );
    }

    fn referent(vm: &Vm) -> Value {
        crate::types::set::new_set(vm, vec![crate::types::int::new_int(7)]).unwrap()
    }

    fn weak(vm: &Vm, obj: &Value) -> Value {
        new_weakref(vm, &builtin().weakref_ref.to_value(), obj, None, Kind::Ref).unwrap()
    }

    #[test]
    fn table_tracks_refs_and_clears_on_death() {
        let vm = vm();
        let obj = referent(&vm);
        let w = weak(&vm, &obj);
        assert!(obj.header().gc_bits.load(Ordering::Relaxed) & gc_bits::WEAKREFS != 0);
        assert_eq!(weakref_count(&obj), 1);
        // The basic ref is shared.
        let w2 = weak(&vm, &obj);
        assert!(w.is(&w2));
        let p = payload(&w).unwrap();
        assert!(deref(p).unwrap().is(&obj));
        let addr = obj.as_header_ptr() as usize;
        drop(obj);
        assert!(deref(p).is_none());
        assert!(!lock_table().contains_key(&addr));
    }

    #[test]
    fn dead_weakref_unregisters_itself() {
        let vm = vm();
        let obj = referent(&vm);
        let w = new_weakref(
            &vm,
            &builtin().weakref_ref.to_value(),
            &obj,
            Some(crate::types::none::none()),
            Kind::Ref,
        )
        .unwrap();
        let cb = crate::types::native::new_builtin_function("cb", None, |_, _, _| Ok(none::none()));
        let w_cb = new_weakref(
            &vm,
            &builtin().weakref_ref.to_value(),
            &obj,
            Some(cb),
            Kind::Ref,
        )
        .unwrap();
        assert_eq!(weakref_count(&obj), 2);
        drop(w_cb);
        assert_eq!(weakref_count(&obj), 1);
        drop(w);
        assert_eq!(weakref_count(&obj), 0);
        assert!(!lock_table().contains_key(&(obj.as_header_ptr() as usize)));
    }

    #[test]
    fn unsupported_types_are_refused() {
        let vm = vm();
        for v in [
            crate::types::int::new_int(1),
            crate::types::list::new_list(vec![]),
        ] {
            let e = new_weakref(&vm, &builtin().weakref_ref.to_value(), &v, None, Kind::Ref);
            assert!(e.is_err());
        }
    }

    /// One thread dereferences while the owner drops the last strong reference: every
    /// deref yields either the live object (a new strong reference) or None, never a
    /// freed one, and once the owner is done every deref yields None.
    #[test]
    fn deref_races_with_last_decref() {
        let _ = vm();
        for _ in 0..200 {
            let (tx, rx) = std::sync::mpsc::channel::<Value>();
            let (back_tx, back_rx) = std::sync::mpsc::channel::<()>();
            let owner = std::thread::spawn(move || {
                biased_thread();
                let vm = Vm::new();
                let obj = referent(&vm);
                let w = weak(&vm, &obj);
                tx.send(w.clone()).unwrap();
                // Let the reader start, then drop the only strong reference.
                back_rx.recv().unwrap();
                drop(obj);
                drop(w);
            });
            let reader = std::thread::spawn(move || {
                biased_thread();
                let w = rx.recv().unwrap();
                back_tx.send(()).unwrap();
                let p = payload(&w).unwrap();
                let mut saw_none = false;
                for _ in 0..2000 {
                    match deref(p) {
                        Some(obj) => {
                            // A live object: a set of one element, with our reference.
                            assert!(!saw_none, "a dead referent came back");
                            assert!(obj.ty().is_subtype(builtin().set));
                            assert!(obj.header().refcount() >= 1);
                        }
                        None => saw_none = true,
                    }
                }
                w
            });
            owner.join().unwrap();
            let w = reader.join().unwrap();
            assert!(deref(payload(&w).unwrap()).is_none());
        }
    }

    /// Several threads create, dereference and drop weak references to objects that
    /// other threads free, all at once; the table must end up empty for them.
    #[test]
    fn concurrent_creation_and_death() {
        let _ = vm();
        let vm0 = Vm::new();
        let shared: Vec<Value> = (0..64).map(|_| referent(&vm0)).collect();
        let objs = std::sync::Arc::new(std::sync::Mutex::new(shared));
        let mut handles = Vec::new();
        for t in 0..4 {
            let objs = objs.clone();
            handles.push(std::thread::spawn(move || {
                biased_thread();
                let vm = Vm::new();
                let mut refs = Vec::new();
                for i in 0..64 {
                    let obj = {
                        let g = objs.lock().unwrap();
                        g.get(i).cloned()
                    };
                    let Some(obj) = obj.filter(|o| !none::is_none(o)) else {
                        continue;
                    };
                    let w = weak(&vm, &obj);
                    drop(obj);
                    if i % 4 == t {
                        // This thread kills the object (the others may still hold it).
                        let mut g = objs.lock().unwrap();
                        let dead = std::mem::replace(&mut g[i], none::none());
                        drop(g);
                        drop(dead);
                    }
                    if let Some(v) = deref(payload(&w).unwrap()) {
                        assert!(v.ty().is_subtype(builtin().set));
                    }
                    refs.push(w);
                }
                refs
            }));
        }
        let mut all = Vec::new();
        for h in handles {
            all.extend(h.join().unwrap());
        }
        drop(objs);
        // Decrements other threads handed to this (owner) thread's merge queue are applied
        // at its next safe point; until then those objects are legitimately alive.
        crate::thread::brc::drain(thread_rc_id());
        for w in &all {
            assert!(deref(payload(w).unwrap()).is_none());
        }
    }
}
