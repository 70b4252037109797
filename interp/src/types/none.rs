//! The singletons `None`, `NotImplemented`, `Ellipsis`, and the call protocol's null marker.
//!
//! Owns: their types and immortal instances. Must not: hold any per-thread state.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::object::Value;
use crate::types::{builtin, str::new_str, TypeObject, TypeSpec};
use crate::vm::{PyResult, Vm};

static NONE: AtomicUsize = AtomicUsize::new(0);
static NOT_IMPLEMENTED: AtomicUsize = AtomicUsize::new(0);
static ELLIPSIS: AtomicUsize = AtomicUsize::new(0);
static NULL: AtomicUsize = AtomicUsize::new(0);

/// Singletons carry no data.
pub struct Singleton;

impl crate::object::Payload for Singleton {
    fn class() -> &'static TypeObject {
        builtin().none
    }
}

pub fn make_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
    name: &'static str,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<Singleton>(name, Some(object)));
    t.slots.repr.set(Some(singleton_repr));
    t.slots.bool_.set(Some(singleton_bool));
    t.slots.new.set(Some(singleton_new));
    t
}

fn singleton_repr(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let b = builtin();
    let ty = v.ty();
    Ok(new_str(if std::ptr::eq(ty, b.none) {
        "None"
    } else if std::ptr::eq(ty, b.not_implemented) {
        "NotImplemented"
    } else if std::ptr::eq(ty, b.ellipsis) {
        "Ellipsis"
    } else {
        "<NULL>"
    }))
}

fn singleton_bool(_vm: &Vm, v: &Value) -> PyResult<bool> {
    Ok(!std::ptr::eq(v.ty(), builtin().none))
}

fn singleton_new(vm: &Vm, cls: &Value, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let b = builtin();
    let ty = crate::types::as_type(cls).ok_or_else(|| vm.type_error("bad type"))?;
    if !args.is_empty() {
        return Err(vm.type_error(format!("{}() takes no arguments", ty.name())));
    }
    Ok(if std::ptr::eq(ty, b.none) {
        none()
    } else if std::ptr::eq(ty, b.not_implemented) {
        not_implemented()
    } else {
        ellipsis()
    })
}

/// Creates the singletons (start-up, after the types exist).
pub fn init_singletons() {
    let b = builtin();
    for (slot, ty) in [
        (&NONE, b.none),
        (&NOT_IMPLEMENTED, b.not_implemented),
        (&ELLIPSIS, b.ellipsis),
        (&NULL, b.null),
    ] {
        let v = Value::alloc_immortal(ty, Singleton);
        slot.store(v.into_raw(), Ordering::Release);
    }
}

#[inline(always)]
fn load(slot: &AtomicUsize) -> Value {
    // SAFETY: the slot holds an immortal singleton stored by `init_singletons` before any
    // code runs; immortal objects need no reference counting, so handing out copies of the
    // word is sound.
    unsafe { Value::from_raw(slot.load(Ordering::Relaxed)) }
}

#[inline(always)]
pub fn none() -> Value {
    load(&NONE)
}

#[inline(always)]
pub fn not_implemented() -> Value {
    load(&NOT_IMPLEMENTED)
}

#[inline(always)]
pub fn ellipsis() -> Value {
    load(&ELLIPSIS)
}

/// The null marker of the call protocol (`PUSH_NULL`); never visible to Python code.
#[inline(always)]
pub fn null() -> Value {
    load(&NULL)
}

#[inline(always)]
pub fn is_none(v: &Value) -> bool {
    v.bits() == NONE.load(Ordering::Relaxed)
}

#[inline(always)]
pub fn is_null(v: &Value) -> bool {
    v.bits() == NULL.load(Ordering::Relaxed)
}

#[inline(always)]
pub fn is_not_implemented(v: &Value) -> bool {
    v.bits() == NOT_IMPLEMENTED.load(Ordering::Relaxed)
}
