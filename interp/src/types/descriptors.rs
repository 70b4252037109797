//! Descriptors: `property`, `staticmethod`, `classmethod`, `super`, and the getset
//! descriptors builtin types use for computed attributes (`__class__`, `__dict__`, ...).
//!
//! Owns: the descriptor protocol of these types. Must not: implement attribute lookup itself
//! (that is `object::generic_getattr` and `type_`).

use std::sync::Mutex;

use crate::object::{Payload, Value};
use crate::types::native::{add_method, Args};
use crate::types::{builtin, dict, none, str::new_str, type_flags, TypeObject, TypeSpec};
use crate::vm::{PyResult, Vm};

pub type Getter = fn(&Vm, &Value) -> PyResult<Value>;
pub type Setter = fn(&Vm, &Value, Option<Value>) -> PyResult<()>;

/// A computed attribute of a builtin type.
pub struct GetSetDescr {
    pub name: &'static str,
    pub owner: &'static TypeObject,
    pub get: Getter,
    pub set: Option<Setter>,
}

impl Payload for GetSetDescr {
    fn class() -> &'static TypeObject {
        builtin().getset
    }
}

pub fn make_getset_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<GetSetDescr>(
        "getset_descriptor",
        Some(object),
    ));
    t.slots.descr_get.set(Some(getset_get));
    t.slots.descr_set.set(Some(getset_set));
    t
}

/// Declares computed attribute `name` on builtin type `ty`.
pub fn add_getset(ty: &'static TypeObject, name: &'static str, get: Getter, set: Option<Setter>) {
    let d = Value::alloc(
        builtin().getset,
        GetSetDescr {
            name,
            owner: ty,
            get,
            set,
        },
    );
    dict::dict_set_str(ty.dict(), name, d);
}

fn getset_get(vm: &Vm, d: &Value, inst: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    // SAFETY: installed only on getset_descriptor.
    let g = unsafe { d.payload_unchecked::<GetSetDescr>() };
    match inst {
        None => Ok(d.clone()),
        Some(i) => (g.get)(vm, i),
    }
}

fn getset_set(vm: &Vm, d: &Value, inst: &Value, value: Option<Value>) -> PyResult<()> {
    // SAFETY: installed only on getset_descriptor.
    let g = unsafe { d.payload_unchecked::<GetSetDescr>() };
    match g.set {
        Some(s) => s(vm, inst, value),
        None => Err(vm.attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            g.name,
            g.owner.name()
        ))),
    }
}

/// `property(fget, fset, fdel, doc)`.
pub struct PropertyObj {
    inner: Mutex<PropertyInner>,
}

#[derive(Clone)]
struct PropertyInner {
    fget: Option<Value>,
    fset: Option<Value>,
    fdel: Option<Value>,
    doc: Option<Value>,
    name: Option<Value>,
}

impl Payload for PropertyObj {
    fn class() -> &'static TypeObject {
        builtin().property
    }
}

impl PropertyObj {
    fn snapshot(&self) -> PropertyInner {
        match self.inner.lock() {
            Ok(g) => g.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }
}

pub fn make_property_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<PropertyObj>("property", Some(object)).flags(type_flags::BASETYPE));
    t.slots.descr_get.set(Some(property_get));
    t.slots.descr_set.set(Some(property_set));
    t.slots.new.set(Some(property_new));
    t
}

fn opt(v: Option<Value>) -> Option<Value> {
    v.filter(|v| !none::is_none(v))
}

fn property_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = Args::new("property", &["fget", "fset", "fdel", "doc"]).parse(vm, args, kw, 0)?;
    let mut it = a.into_iter();
    let fget = opt(it.next().flatten());
    let fset = opt(it.next().flatten());
    let fdel = opt(it.next().flatten());
    let mut doc = opt(it.next().flatten());
    if doc.is_none() {
        if let Some(g) = &fget {
            doc = crate::ops::getattr_opt(vm, g, &crate::types::str::intern("__doc__"))?
                .filter(|d| !none::is_none(d));
        }
    }
    let p = PropertyObj {
        inner: Mutex::new(PropertyInner {
            fget,
            fset,
            fdel,
            doc,
            name: None,
        }),
    };
    crate::types::object::alloc_subclass_instance(vm, cls, p)
}

fn prop(v: &Value) -> &PropertyObj {
    // SAFETY: the property slots are installed only on property and its subclasses, whose
    // layout starts with `PropertyObj`.
    unsafe { v.payload_unchecked::<PropertyObj>() }
}

/// The getter of an exact `property` (for the specializer's property loads).
pub fn exact_property_fget(d: &Value) -> Option<Value> {
    if !d.is_exact(builtin().property) {
        return None;
    }
    prop(d).snapshot().fget
}

/// The setter of an exact `property` (for specialized stores).
pub fn exact_property_fset(d: &Value) -> Option<Value> {
    if !d.is_exact(builtin().property) {
        return None;
    }
    prop(d).snapshot().fset
}

fn property_get(vm: &Vm, d: &Value, inst: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let Some(inst) = inst else {
        return Ok(d.clone());
    };
    let p = prop(d).snapshot();
    match p.fget {
        Some(f) => crate::ops::call1(vm, &f, inst.clone()),
        None => Err(vm.attribute_error(
            match p.name.as_ref().and_then(crate::types::str::as_str) {
                Some(n) => format!(
                    "property '{n}' of '{}' object has no getter",
                    inst.ty().name()
                ),
                None => format!("property of '{}' object has no getter", inst.ty().name()),
            },
        )),
    }
}

fn property_set(vm: &Vm, d: &Value, inst: &Value, value: Option<Value>) -> PyResult<()> {
    let p = prop(d).snapshot();
    let name = p
        .name
        .as_ref()
        .and_then(crate::types::str::as_str)
        .map(|s| s.to_string());
    match value {
        Some(v) => match p.fset {
            Some(f) => crate::ops::call(vm, &f, &[inst.clone(), v], None).map(|_| ()),
            None => Err(vm.attribute_error(match name {
                Some(n) => format!(
                    "property '{n}' of '{}' object has no setter",
                    inst.ty().name()
                ),
                None => format!("property of '{}' object has no setter", inst.ty().name()),
            })),
        },
        None => match p.fdel {
            Some(f) => crate::ops::call1(vm, &f, inst.clone()).map(|_| ()),
            None => Err(vm.attribute_error(match name {
                Some(n) => format!(
                    "property '{n}' of '{}' object has no deleter",
                    inst.ty().name()
                ),
                None => format!("property of '{}' object has no deleter", inst.ty().name()),
            })),
        },
    }
}

fn property_copy_with(vm: &Vm, args: &[Value], which: usize) -> PyResult<Value> {
    crate::types::native::check_count(vm, "property", args.len(), 2, 2)?;
    let mut p = prop(&args[0]).snapshot();
    let f = Some(args[1].clone()).filter(|v| !none::is_none(v));
    match which {
        0 => {
            p.fget = f;
        }
        1 => p.fset = f,
        _ => p.fdel = f,
    }
    let ty = args[0].ty().to_value();
    crate::types::object::alloc_subclass_instance(
        vm,
        &ty,
        PropertyObj {
            inner: Mutex::new(p),
        },
    )
}

fn property_getter(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    property_copy_with(vm, args, 0)
}
fn property_setter(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    property_copy_with(vm, args, 1)
}
fn property_deleter(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    property_copy_with(vm, args, 2)
}

fn property_set_name(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__set_name__", args.len(), 3, 3)?;
    if let Ok(mut g) = prop(&args[0]).inner.lock() {
        g.name = Some(args[2].clone());
    }
    Ok(none::none())
}

fn property_fget(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(v).snapshot().fget.unwrap_or_else(none::none))
}
fn property_fset(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(v).snapshot().fset.unwrap_or_else(none::none))
}
fn property_fdel(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(v).snapshot().fdel.unwrap_or_else(none::none))
}
fn property_doc(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(v).snapshot().doc.unwrap_or_else(none::none))
}

/// `staticmethod(f)` and `classmethod(f)`: a wrapped callable.
pub struct WrapperObj {
    pub func: Value,
    pub attrs: crate::types::attrs::InstanceAttrs,
}

impl Payload for WrapperObj {
    fn class() -> &'static TypeObject {
        builtin().staticmethod
    }
}

fn wrapper_spec(name: &'static str, object: &'static TypeObject) -> TypeSpec {
    TypeSpec::of::<WrapperObj>(name, Some(object))
        .flags(type_flags::BASETYPE)
        .attrs_offset(
            std::mem::offset_of!(crate::object::PyObj<WrapperObj>, payload)
                + std::mem::offset_of!(WrapperObj, attrs),
        )
}

pub fn make_staticmethod_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(wrapper_spec("staticmethod", object));
    t.slots.descr_get.set(Some(staticmethod_get));
    t.slots.new.set(Some(wrapper_new));
    t.slots.call.set(Some(staticmethod_call));
    t
}

pub fn make_classmethod_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(wrapper_spec("classmethod", object));
    t.slots.descr_get.set(Some(classmethod_get));
    t.slots.new.set(Some(wrapper_new));
    t
}

fn wrapper_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let ty = crate::types::as_type(cls).ok_or_else(|| vm.type_error("expected a type"))?;
    crate::types::native::no_kwargs(vm, ty.name(), kw)?;
    crate::types::native::check_count(vm, ty.name(), args.len(), 1, 1)?;
    let w = WrapperObj {
        func: args[0].clone(),
        attrs: crate::types::attrs::InstanceAttrs::new(),
    };
    // Both types share `WrapperObj`'s layout and already carry attributes.
    Ok(Value::alloc(ty, w))
}

fn wrapped(v: &Value) -> &WrapperObj {
    // SAFETY: installed only on staticmethod/classmethod (and subclasses), whose payload is
    // `WrapperObj`.
    unsafe { v.payload_unchecked::<WrapperObj>() }
}

fn staticmethod_get(_vm: &Vm, d: &Value, _i: Option<&Value>, _o: &Value) -> PyResult<Value> {
    Ok(wrapped(d).func.clone())
}

fn staticmethod_call(vm: &Vm, d: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::ops::call(vm, &wrapped(d).func, args, kw)
}

fn classmethod_get(vm: &Vm, d: &Value, inst: Option<&Value>, owner: &Value) -> PyResult<Value> {
    let owner = match inst {
        Some(i) if none::is_none(owner) => i.ty().to_value(),
        _ => owner.clone(),
    };
    let _ = vm;
    Ok(crate::types::function::new_bound_method(
        wrapped(d).func.clone(),
        owner,
    ))
}

fn wrapper_func(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(wrapped(v).func.clone())
}

/// `super(type, obj)`.
pub struct SuperObj {
    pub start: Value,
    pub obj: Option<Value>,
    /// `type(obj)`, or `obj` itself when it is a type.
    pub obj_type: Option<Value>,
}

impl Payload for SuperObj {
    fn class() -> &'static TypeObject {
        builtin().super_
    }
}

pub fn make_super_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<SuperObj>("super", Some(object)).flags(type_flags::BASETYPE));
    t.slots.new.set(Some(super_new));
    t.slots.getattr.set(Some(super_getattr));
    t.slots.repr.set(Some(super_repr));
    t
}

fn super_new(vm: &Vm, _cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::no_kwargs(vm, "super", kw)?;
    let (start, obj) = match args.len() {
        0 => crate::eval::zero_arg_super(vm)?,
        1 => (args[0].clone(), None),
        2 => (args[0].clone(), Some(args[1].clone())),
        n => return Err(vm.type_error(format!("super() takes at most 2 arguments ({n} given)"))),
    };
    let start_ty = crate::types::as_type(&start).ok_or_else(|| {
        vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            start.ty().name()
        ))
    })?;
    let obj_type = match &obj {
        None => None,
        Some(o) => {
            if let Some(t) = crate::types::as_type(o) {
                if t.is_subtype(start_ty) {
                    Some(o.clone())
                } else if o.ty().is_subtype(start_ty) {
                    Some(o.ty().to_value())
                } else {
                    return Err(vm.type_error(
                        "super(type, obj): obj must be an instance or subtype of type",
                    ));
                }
            } else if o.ty().is_subtype(start_ty) {
                Some(o.ty().to_value())
            } else {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
        }
    };
    Ok(Value::alloc(
        builtin().super_,
        SuperObj {
            start,
            obj,
            obj_type,
        },
    ))
}

fn super_getattr(vm: &Vm, s: &Value, name: &Value) -> PyResult<Value> {
    // SAFETY: installed only on super.
    let sp = unsafe { s.payload_unchecked::<SuperObj>() };
    let skip = crate::types::str::as_str(name) == Some("__class__");
    if let (Some(obj_type), false) = (&sp.obj_type, skip) {
        if let Some(t) = crate::types::as_type(obj_type) {
            let mro = t.mro();
            let pos = mro.iter().position(|m| m.is(&sp.start));
            if let Some(pos) = pos {
                for m in &mro[pos + 1..] {
                    let Some(mt) = crate::types::as_type(m) else {
                        continue;
                    };
                    if let Some(v) = dict::dict_get_str(mt.dict(), name) {
                        if let Some(get) = v.ty().slots.descr_get.get() {
                            let inst = sp.obj.as_ref().filter(|o| !o.is(obj_type));
                            return get(vm, &v, inst, obj_type);
                        }
                        return Ok(v);
                    }
                }
            }
        }
    }
    crate::types::object::generic_getattr(vm, s, name)
}

fn super_repr(_vm: &Vm, s: &Value) -> PyResult<Value> {
    // SAFETY: installed only on super.
    let sp = unsafe { s.payload_unchecked::<SuperObj>() };
    let start = crate::types::as_type(&sp.start)
        .map(|t| t.name().to_string())
        .unwrap_or_default();
    Ok(new_str(&match &sp.obj_type {
        Some(t) => format!(
            "<super: <class '{}'>, <{} object>>",
            start,
            crate::types::as_type(t)
                .map(|t| t.name().to_string())
                .unwrap_or_default()
        ),
        None => format!("<super: <class '{start}'>, NULL>"),
    }))
}

fn super_payload(s: &Value) -> &SuperObj {
    // SAFETY: the getsets using this are installed only on super.
    unsafe { s.payload_unchecked::<SuperObj>() }
}

pub fn init_methods() {
    let b = builtin();
    add_getset(
        b.super_,
        "__thisclass__",
        |_, s| Ok(super_payload(s).start.clone()),
        None,
    );
    add_getset(
        b.super_,
        "__self__",
        |_, s| Ok(super_payload(s).obj.clone().unwrap_or_else(none::none)),
        None,
    );
    add_getset(
        b.super_,
        "__self_class__",
        |_, s| Ok(super_payload(s).obj_type.clone().unwrap_or_else(none::none)),
        None,
    );
    add_method(b.property, "getter", property_getter);
    add_method(b.property, "setter", property_setter);
    add_method(b.property, "deleter", property_deleter);
    add_method(b.property, "__set_name__", property_set_name);
    add_getset(b.property, "fget", property_fget, None);
    add_getset(b.property, "fset", property_fset, None);
    add_getset(b.property, "fdel", property_fdel, None);
    add_getset(b.property, "__doc__", property_doc, None);
    add_getset(b.staticmethod, "__func__", wrapper_func, None);
    add_getset(b.classmethod, "__func__", wrapper_func, None);
    add_getset(b.staticmethod, "__wrapped__", wrapper_func, None);
    add_getset(b.classmethod, "__wrapped__", wrapper_func, None);
    add_getset(
        b.property,
        "__isabstractmethod__",
        property_isabstract,
        None,
    );
    add_getset(
        b.staticmethod,
        "__isabstractmethod__",
        wrapper_isabstract,
        None,
    );
    add_getset(
        b.classmethod,
        "__isabstractmethod__",
        wrapper_isabstract,
        None,
    );
}

/// CPython's `_PyObject_IsAbstract`: `obj.__isabstractmethod__`, false when missing.
fn is_abstract(vm: &Vm, obj: &Value) -> PyResult<bool> {
    match crate::ops::getattr_opt(vm, obj, &crate::types::str::intern("__isabstractmethod__"))? {
        Some(v) => crate::ops::truthy(vm, &v),
        None => Ok(false),
    }
}

/// `property.__isabstractmethod__`: any of fget/fset/fdel is abstract.
fn property_isabstract(vm: &Vm, v: &Value) -> PyResult<Value> {
    let p = prop(v).snapshot();
    for f in [p.fget, p.fset, p.fdel].into_iter().flatten() {
        if is_abstract(vm, &f)? {
            return Ok(crate::types::int::new_bool(true));
        }
    }
    Ok(crate::types::int::new_bool(false))
}

/// `staticmethod/classmethod.__isabstractmethod__`: the wrapped callable's.
fn wrapper_isabstract(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = wrapper_func(vm, v)?;
    Ok(crate::types::int::new_bool(is_abstract(vm, &f)?))
}
