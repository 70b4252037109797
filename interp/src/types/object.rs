//! `object`: the root type, generic attribute access, and instances of user classes.
//!
//! Owns: `object`'s methods, `PyObject_GenericGetAttr`/`SetAttr` semantics (data
//! descriptors, then instance attributes, then other class attributes), the layout of
//! instances of heap classes (`Subclassed<T>`: the builtin base's payload followed by
//! attribute storage), and allocating them. Must not: know particular builtin types beyond
//! the table of layouts a class may extend.

use crate::bytecode::CompareOp;
use crate::object::{dealloc_payload, Payload, PyObj, Value};
use crate::types::attrs::InstanceAttrs;
use crate::types::native::{add_class_method, add_method, check_count};
use crate::types::{builtin, none, str::new_str, type_flags, TypeObject, TypeSpec};
use crate::vm::{PyResult, Vm};

/// The payload of a plain `object()`: nothing.
pub struct ObjectPayload;

impl Payload for ObjectPayload {
    fn class() -> &'static TypeObject {
        builtin().object
    }
}

/// An instance of a heap class: the builtin base's payload, then attribute storage.
#[repr(C)]
pub struct Subclassed<T> {
    pub base: T,
    pub attrs: InstanceAttrs,
}

pub fn make_type() -> &'static TypeObject {
    let t = crate::types::new_builtin_type(
        TypeSpec::of::<ObjectPayload>("object", None).flags(type_flags::BASETYPE),
    );
    t.slots.getattr.set(Some(generic_getattr));
    t.slots.setattr.set(Some(generic_setattr));
    t.slots.repr.set(Some(object_repr));
    t.slots.str.set(Some(object_str));
    t.slots.hash.set(Some(object_hash));
    t.slots.richcompare.set(Some(object_richcompare));
    t.slots.new.set(Some(object_new));
    t.slots.init.set(Some(object_init));
    t
}

pub fn init_methods() {
    let o = builtin().object;
    add_method(o, "__format__", object_format);
    add_method(o, "__dir__", object_dir);
    add_method(o, "__reduce_ex__", object_reduce_ex);
    add_class_method(o, "__init_subclass__", object_init_subclass);
    add_class_method(o, "__subclasshook__", object_subclasshook);
    crate::types::descriptors::add_getset(o, "__class__", object_get_class, Some(object_set_class));
    crate::types::descriptors::add_getset(o, "__dict__", object_get_dict, Some(object_set_dict));
}

/// The attribute storage of `obj`, if its type gives instances one.
#[inline]
pub fn instance_attrs(obj: &Value) -> Option<&InstanceAttrs> {
    if obj.is_small_int() {
        return None;
    }
    let off = obj.ty().attrs_offset;
    if off == 0 {
        return None;
    }
    // SAFETY: a type with a non-zero `attrs_offset` lays its instances out with an
    // `InstanceAttrs` at that byte offset from the header (set when the type is created).
    Some(unsafe { attrs_at(obj, off) })
}

/// The `InstanceAttrs` at byte offset `off` of heap object `obj`.
///
/// # Safety
/// `obj`'s type lays its instances out with an `InstanceAttrs` at `off` (its own
/// `attrs_offset`, or a `__slots__` member's of a class it derives from).
#[inline(always)]
pub unsafe fn attrs_at(obj: &Value, off: usize) -> &InstanceAttrs {
    // SAFETY: per the contract.
    unsafe { &*((obj.as_header_ptr() as *const u8).add(off) as *const InstanceAttrs) }
}

/// Byte offset of the attributes in a `PyObj<Subclassed<T>>`.
pub fn subclass_attrs_offset<T>() -> usize {
    std::mem::offset_of!(PyObj<Subclassed<T>>, payload) + std::mem::offset_of!(Subclassed<T>, attrs)
}

/// A deallocator and the attribute-storage offset of an instance layout.
pub type InstanceLayout = (unsafe fn(*mut crate::object::ObjHeader), usize);

/// How instances of a heap class extending the builtin `layout` are laid out:
/// `(deallocator, attrs offset)`. `None` if the builtin cannot be subclassed.
pub fn subclass_layout(layout: &TypeObject) -> Option<InstanceLayout> {
    use crate::types::{bytes, dict, float, int, list, set, str, tuple};
    let b = builtin();
    macro_rules! layout_of {
        ($t:ty) => {
            Some((
                dealloc_payload::<Subclassed<$t>>,
                subclass_attrs_offset::<$t>(),
            ))
        };
    }
    let l = layout as *const TypeObject;
    if layout.flags & type_flags::HAS_ATTRS != 0 {
        // The base already has attribute storage (exceptions, user classes): same layout.
        return Some((layout.dealloc, layout.attrs_offset));
    }
    if std::ptr::eq(l, b.object) {
        layout_of!(ObjectPayload)
    } else if std::ptr::eq(l, b.list) {
        layout_of!(list::ListObj)
    } else if std::ptr::eq(l, b.dict) {
        layout_of!(dict::DictObj)
    } else if std::ptr::eq(l, b.int) {
        layout_of!(int::IntObj)
    } else if std::ptr::eq(l, b.float) {
        layout_of!(float::FloatObj)
    } else if std::ptr::eq(l, b.str) {
        layout_of!(str::StrObj)
    } else if std::ptr::eq(l, b.tuple) {
        layout_of!(tuple::TupleObj)
    } else if std::ptr::eq(l, b.set) || std::ptr::eq(l, b.frozenset) {
        layout_of!(set::SetObj)
    } else if std::ptr::eq(l, b.bytes) {
        layout_of!(bytes::BytesObj)
    } else if std::ptr::eq(l, b.bytearray) {
        layout_of!(bytes::ByteArrayObj)
    } else if std::ptr::eq(l, b.complex) {
        layout_of!(float::ComplexObj)
    } else if std::ptr::eq(l, b.type_) {
        // Metaclasses: their instances are classes, whose attributes live in the type's
        // own namespace, so the layout is `type`'s with no extra storage.
        Some((layout.dealloc, 0))
    } else if std::ptr::eq(l, b.weakref_ref) {
        layout_of!(crate::types::weakref::WeakRefObj)
    } else if std::ptr::eq(l, b.property) {
        layout_of!(crate::types::descriptors::PropertyObj)
    } else {
        let extra = EXTRA_LAYOUTS.lock().ok()?;
        extra
            .iter()
            .find(|(t, _)| *t == l as usize)
            .map(|(_, il)| *il)
    }
}

/// Subclassable native types created outside the registry (types of builtin modules such as
/// `array.array`), with the layout of their heap subclasses' instances.
static EXTRA_LAYOUTS: std::sync::Mutex<Vec<(usize, InstanceLayout)>> =
    std::sync::Mutex::new(Vec::new());

/// Lets heap classes extend `ty`, a native type whose instances have payload `T`: their
/// instances are laid out as `Subclassed<T>` (allocate them with `alloc_subclass_instance`).
pub fn register_subclass_layout<T: Payload>(ty: &'static TypeObject) {
    if let Ok(mut extra) = EXTRA_LAYOUTS.lock() {
        extra.push((
            ty as *const TypeObject as usize,
            (
                dealloc_payload::<Subclassed<T>>,
                subclass_attrs_offset::<T>(),
            ),
        ));
    }
}

/// Allocates an instance of class `cls` (a heap subclass of `T`'s type, or `T`'s type
/// itself) with base payload `payload`.
pub fn alloc_subclass_instance<T: Payload>(vm: &Vm, cls: &Value, payload: T) -> PyResult<Value> {
    let ty = crate::types::as_type(cls).ok_or_else(|| vm.type_error("expected a type"))?;
    if std::ptr::eq(ty, T::class()) {
        return Ok(Value::alloc(ty, payload));
    }
    if !std::ptr::eq(ty.layout, T::class()) {
        return Err(vm.type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            T::class().name(),
            ty.name(),
            ty.name(),
            T::class().name()
        )));
    }
    if T::class().flags & type_flags::HAS_ATTRS != 0 {
        return Ok(Value::alloc(ty, payload));
    }
    Ok(Value::alloc(
        ty,
        Subclassed {
            base: payload,
            attrs: InstanceAttrs::new(),
        },
    ))
}

fn object_new(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let ty = crate::types::as_type(cls)
        .ok_or_else(|| vm.type_error("object.__new__(X): X is not a type object"))?;
    if !args.is_empty() || kwnames.is_some_and(|k| !k.is_empty()) {
        // CPython: excess args are an error only if __new__ is not overridden while
        // __init__ is, or both are object's.
        let (init_overridden, new_overridden) = overrides(ty);
        if new_overridden {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !init_overridden {
            return Err(vm.type_error(format!("{}() takes no arguments", ty.name())));
        }
    }
    if std::ptr::eq(ty, builtin().object) {
        return Ok(Value::alloc(ty, ObjectPayload));
    }
    if ty.is_heap() {
        check_not_abstract(vm, ty)?;
    }
    match ty.alloc_instance {
        Some(alloc) => alloc(vm, cls),
        None => Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            ty.name(),
            ty.name()
        ))),
    }
}

/// CPython's abstract-class check in `object.__new__`: a class whose own
/// `__abstractmethods__` (set by `abc.ABCMeta`) is non-empty cannot be instantiated.
fn check_not_abstract(vm: &Vm, ty: &TypeObject) -> PyResult<()> {
    static NAME: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    let name = NAME.get_or_init(|| crate::types::str::intern("__abstractmethods__"));
    let Some(methods) = crate::types::dict::dict_get_str(ty.dict(), name) else {
        return Ok(());
    };
    if !crate::ops::truthy(vm, &methods)? {
        return Ok(());
    }
    let mut names = Vec::new();
    for m in crate::ops::collect(vm, &methods)? {
        names.push(crate::ops::str_string(vm, &m)?);
    }
    names.sort();
    Err(vm.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        ty.name(),
        if names.len() > 1 { "s" } else { "" },
        names.join(", ")
    )))
}

/// `ty.__init__`/`ty.__new__` are object's own (not overridden)? Uses interned names made
/// once, so instance creation does not intern on every call.
fn overrides(ty: &TypeObject) -> (bool, bool) {
    static NAMES: std::sync::OnceLock<(Value, Value)> = std::sync::OnceLock::new();
    let (init_name, new_name) = NAMES.get_or_init(|| {
        (
            crate::types::str::intern("__init__"),
            crate::types::str::intern("__new__"),
        )
    });
    let init_overridden = !ty
        .lookup(init_name)
        .is_some_and(|i| is_object_slot_wrapper(&i, "__init__"));
    let new_overridden = !ty
        .lookup(new_name)
        .is_some_and(|n| is_object_slot_wrapper(&n, "__new__"));
    (init_overridden, new_overridden)
}

fn is_object_slot_wrapper(v: &Value, name: &str) -> bool {
    v.downcast::<crate::types::native::SlotWrapper>()
        .is_some_and(|w| w.name == name && std::ptr::eq(w.owner, builtin().object))
}

fn object_init(vm: &Vm, obj: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<()> {
    if !args.is_empty() || kwnames.is_some_and(|k| !k.is_empty()) {
        let ty = obj.ty();
        // A builtin type that keeps object's `__init__` and has its own `__new__` (`range(n)`,
        // `enumerate(x)` reach here through `type_call`): accepted, as CPython decides from
        // the slot pointers, without the two MRO lookups below.
        if !ty.is_heap()
            && ty.slots.init.get().map(|f| f as usize)
                == Some(object_init as crate::types::typeobject::InitFn as usize)
            && ty.slots.new.get().is_some_and(|f| {
                f as usize != object_new as crate::types::typeobject::NewFn as usize
            })
        {
            return Ok(());
        }
        let (init_overridden, new_overridden) = overrides(ty);
        if init_overridden || !new_overridden {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
    }
    Ok(())
}

fn object_repr(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let ty = v.ty();
    let module = ty
        .lookup_str("__module__")
        .and_then(|m| crate::types::str::as_str(&m).map(|s| s.to_string()))
        .filter(|m| m != "builtins");
    let qual = &ty.inner().qualname;
    Ok(new_str(&match module {
        Some(m) => format!("<{m}.{qual} object at {:#x}>", v.bits()),
        None => format!("<{qual} object at {:#x}>", v.bits()),
    }))
}

fn object_str(vm: &Vm, v: &Value) -> PyResult<Value> {
    crate::ops::repr(vm, v)
}

fn object_hash(_vm: &Vm, v: &Value) -> PyResult<i64> {
    // CPython: the address rotated by 4 bits.
    let a = v.bits();
    Ok((a.rotate_right(4)) as i64)
}

fn object_richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    match op {
        CompareOp::Eq => Ok(if a.is(b) {
            crate::types::int::new_bool(true)
        } else {
            none::not_implemented()
        }),
        // `object.__ne__` delegates to `type(a).__eq__` and inverts its answer.
        CompareOp::Ne => {
            let eq = match a.ty().slots.richcompare.get() {
                Some(f) if f as usize != object_richcompare as *const () as usize => {
                    f(vm, a, b, CompareOp::Eq)?
                }
                _ => {
                    if a.is(b) {
                        crate::types::int::new_bool(true)
                    } else {
                        none::not_implemented()
                    }
                }
            };
            if none::is_not_implemented(&eq) {
                return Ok(eq);
            }
            Ok(crate::types::int::new_bool(!crate::ops::truthy(vm, &eq)?))
        }
        _ => Ok(none::not_implemented()),
    }
}

/// `object.__getattribute__`: data descriptors on the type, then the instance's own
/// attributes, then other descriptors and class attributes.
pub fn generic_getattr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    match generic_getattr_opt(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(vm, obj, name)),
    }
}

/// `generic_getattr` that reports a missing attribute as `None` instead of raising.
pub fn generic_getattr_opt(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let ty = obj.ty();
    let descr = ty.lookup(name);
    if let Some(d) = &descr {
        let dty = d.ty();
        if let Some(get) = dty.slots.descr_get.get() {
            if dty.slots.descr_set.is_set() {
                return get(vm, d, Some(obj), &ty.to_value()).map(Some);
            }
        }
    }
    if let Some(attrs) = instance_attrs(obj) {
        if let Some(v) = attrs.get(obj.header(), name) {
            return Ok(Some(v));
        }
    }
    if let Some(d) = descr {
        if let Some(get) = d.ty().slots.descr_get.get() {
            return get(vm, &d, Some(obj), &ty.to_value()).map(Some);
        }
        return Ok(Some(d));
    }
    Ok(None)
}

/// AttributeError "'X' object has no attribute 'name'".
pub fn no_attribute(vm: &Vm, obj: &Value, name: &Value) -> crate::vm::PyErr {
    let n = crate::types::str::as_str(name).unwrap_or("?");
    if let Some(t) = crate::types::as_type(obj) {
        return vm.attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            t.name(),
            n
        ));
    }
    if obj.ty().is_subtype(builtin().module) {
        if let Some(mname) = crate::types::module::module_name(obj) {
            return vm.attribute_error(format!("module '{mname}' has no attribute '{n}'"));
        }
    }
    vm.attribute_error(format!(
        "'{}' object has no attribute '{}'",
        obj.ty().name(),
        n
    ))
}

/// `object.__setattr__`: data descriptors on the type, else the instance's attributes.
pub fn generic_setattr(vm: &Vm, obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = obj.ty();
    if let Some(d) = ty.lookup(name) {
        if let Some(set) = d.ty().slots.descr_set.get() {
            return set(vm, &d, obj, value);
        }
    }
    let n = crate::types::str::as_str(name).unwrap_or("?");
    match instance_attrs(obj) {
        Some(attrs) => match value {
            Some(v) => {
                attrs.set(obj.header(), name, v);
                Ok(())
            }
            None => {
                if attrs.delete(obj.header(), name) {
                    Ok(())
                } else {
                    Err(no_attribute(vm, obj, name))
                }
            }
        },
        None => {
            if ty.lookup(name).is_some() {
                Err(vm.attribute_error(format!(
                    "'{}' object attribute '{}' is read-only",
                    ty.name(),
                    n
                )))
            } else {
                Err(vm.attribute_error(format!("'{}' object has no attribute '{}'", ty.name(), n)))
            }
        }
    }
}

fn object_format(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::no_kwargs(vm, "__format__", kw)?;
    check_count(vm, "__format__", args.len(), 2, 2)?;
    let spec = crate::types::str::as_str(&args[1]).ok_or_else(|| {
        vm.type_error(format!(
            "__format__() argument must be str, not {}",
            args[1].ty().name()
        ))
    })?;
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            args[0].ty().name()
        )));
    }
    crate::ops::str_(vm, &args[0])
}

fn object_dir(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "__dir__", args.len(), 1, 1)?;
    let obj = &args[0];
    let mut names: Vec<String> = Vec::new();
    if let Some(attrs) = instance_attrs(obj) {
        for (k, _) in attrs.items(obj.header()) {
            if let Some(s) = crate::types::str::as_str(&k) {
                names.push(s.to_string());
            }
        }
    }
    for t in obj.ty().mro() {
        if let Some(t) = crate::types::as_type(t) {
            for (k, _) in crate::types::dict::dict_items(t.dict()) {
                if let Some(s) = crate::types::str::as_str(&k) {
                    names.push(s.to_string());
                }
            }
        }
    }
    if instance_attrs(obj).is_none() {
        // `__dict__` is listed only for instances that have one.
        names.retain(|n| n != "__dict__");
    }
    names.sort();
    names.dedup();
    Ok(crate::types::list::new_list(
        names.iter().map(|s| new_str(s)).collect(),
    ))
}

fn object_reduce_ex(vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Err(vm.type_error("weft does not support pickling yet"))
}

fn object_init_subclass(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    if kw.is_some_and(|k| !k.is_empty()) {
        let name = args
            .first()
            .and_then(crate::types::as_type)
            .map_or("object", |t| t.name());
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(none::none())
}

fn object_subclasshook(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(none::not_implemented())
}

fn object_get_class(_vm: &Vm, obj: &Value) -> PyResult<Value> {
    Ok(obj.ty().to_value())
}

fn object_set_class(vm: &Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let value = value.ok_or_else(|| vm.type_error("can't delete __class__ attribute"))?;
    let new_ty = crate::types::as_type(&value).ok_or_else(|| {
        vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            value.ty().name()
        ))
    })?;
    let old = obj.ty();
    if !new_ty.is_heap() || !old.is_heap() {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if new_ty.dealloc as usize != old.dealloc as usize
        || new_ty.attrs_offset != old.attrs_offset
        || member_names(new_ty) != member_names(old)
    {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new_ty.name(),
            old.name()
        )));
    }
    // The instance holds a reference to its type: take one on the new type, drop the old.
    let new_ref = value.clone().into_raw();
    obj.header().ty.store(
        new_ref as *mut TypeObject,
        std::sync::atomic::Ordering::Release,
    );
    // SAFETY: the reference the instance held on its old type.
    drop(unsafe { Value::from_raw(old as *const TypeObject as usize) });
    Ok(())
}

/// The `__slots__` member names of a class and its bases, in layout order.
fn member_names(ty: &TypeObject) -> Vec<String> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for t in ty.mro() {
        if let Some(t) = crate::types::as_type(t) {
            for (k, v) in crate::types::dict::dict_items(t.dict()) {
                if let Some(m) = v.downcast::<crate::types::slots::MemberDescr>() {
                    if let Some(s) = crate::types::str::as_str(&k) {
                        out.push((m.index, s.to_string()));
                    }
                }
            }
        }
    }
    out.sort();
    out.into_iter().map(|(_, s)| s).collect()
}

fn object_get_dict(vm: &Vm, obj: &Value) -> PyResult<Value> {
    match instance_attrs(obj) {
        Some(a) => Ok(a.dict(obj.header())),
        None => Err(vm.attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            obj.ty().name()
        ))),
    }
}

fn object_set_dict(vm: &Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let attrs = instance_attrs(obj).ok_or_else(|| {
        vm.attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            obj.ty().name()
        ))
    })?;
    // Deleting `__dict__` leaves the instance with a fresh empty one (CPython 3.11).
    let v = value.unwrap_or_else(crate::types::dict::new_dict);
    if crate::types::dict::as_dict(&v).is_none() {
        return Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            v.ty().name()
        )));
    }
    attrs.set_dict(obj.header(), v);
    Ok(())
}
