//! `type`: calling types, attribute access on classes, and creating classes.
//!
//! Owns: `type.__call__` (new then init), `type(name, bases, ns)` and `__build_class__`
//! (metaclass choice, C3 MRO, the instance layout inherited from the solid base,
//! `__set_name__`, `__init_subclass__`, `__classcell__`), the dispatchers that route slots
//! to Python-level dunder methods, and keeping slots and version tags right when a class is
//! mutated. Must not: run bytecode itself (class bodies go through `eval`).

use crate::bytecode::CompareOp;
use crate::object::Value;
use crate::ops;
use crate::types::descriptors::add_getset;
use crate::types::native::{add_method, check_count};
use crate::types::{
    as_type, builtin, dict, int, none, str::as_str, str::intern, str::new_str, tuple, type_flags,
    TypeData, TypeObject, TypeSpec,
};
use crate::vm::{PyErr, PyResult, Vm};

pub fn make_type(object: &'static TypeObject) -> &'static TypeObject {
    let t = crate::types::new_builtin_type(
        TypeSpec::of::<TypeData>("type", Some(object)).flags(type_flags::BASETYPE),
    );
    t.slots.call.set(Some(type_call));
    t.slots.getattr.set(Some(type_getattr));
    t.slots.setattr.set(Some(type_setattr));
    t.slots.repr.set(Some(type_repr));
    t.slots.new.set(Some(type_new));
    t.slots.init.set(Some(type_init));
    t.slots.or.set(Some(type_or));
    t
}

pub fn init_methods() {
    let t = builtin().type_;
    add_method(t, "mro", type_mro_method);
    add_method(t, "__subclasses__", type_subclasses);
    add_method(t, "__instancecheck__", type_instancecheck);
    add_method(t, "__subclasscheck__", type_subclasscheck);
    crate::types::native::add_class_method(t, "__prepare__", type_prepare);
    add_getset(t, "__name__", type_get_name, Some(type_set_name));
    add_getset(
        t,
        "__qualname__",
        type_get_qualname,
        Some(type_set_qualname),
    );
    add_getset(t, "__module__", type_get_module, Some(type_set_module));
    add_getset(t, "__bases__", type_get_bases, None);
    add_getset(t, "__base__", type_get_base, None);
    add_getset(t, "__mro__", type_get_mro, None);
    add_getset(t, "__dict__", type_get_dict, None);
    add_getset(t, "__doc__", type_get_doc, Some(type_set_doc));
}

fn ty_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a TypeObject> {
    as_type(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'type' object but received a '{}'",
            v.ty().name()
        ))
    })
}

fn type_call(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let ty = ty_of(vm, cls)?;
    let nkw = kwnames.map_or(0, |k| k.len());
    if std::ptr::eq(ty, builtin().type_) && args.len() - nkw == 1 && nkw == 0 {
        return Ok(args[0].ty().to_value());
    }
    let new = ty
        .slots
        .new
        .get()
        .ok_or_else(|| vm.type_error(format!("cannot create '{}' instances", ty.name())))?;
    // Calling a class counts one level of recursion, checked before the instance exists
    // (CPython checks it when it calls the type): at the limit no half-made instance, whose
    // `__init__` never ran, reaches its `__del__`.
    let _depth = vm.enter("")?;
    let obj = new(vm, cls, args, kwnames)?;
    if !obj.ty().is_subtype(ty) {
        return Ok(obj);
    }
    if let Some(init) = obj.ty().slots.init.get() {
        init(vm, &obj, args, kwnames)?;
    }
    Ok(obj)
}

fn type_repr(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let Some(t) = as_type(v) else {
        return Ok(new_str("<class ?>"));
    };
    if !t.is_heap() {
        return Ok(new_str(&format!("<class '{}'>", t.name())));
    }
    let module = dict::dict_get_str(t.dict(), &intern("__module__"))
        .and_then(|m| as_str(&m).map(|s| s.to_string()));
    Ok(new_str(&match module {
        Some(m) if m != "builtins" => format!("<class '{}.{}'>", m, t.inner().qualname),
        _ => format!("<class '{}'>", t.inner().qualname),
    }))
}

fn type_or(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    // `int | str` builds a types.UnionType.
    crate::types::genericalias::union_or(vm, a, b)
}

/// `type.__getattribute__`: data descriptors of the metatype, then the class's own MRO
/// (descriptors bound with no instance), then other metatype attributes.
pub fn type_getattr(vm: &Vm, cls: &Value, name: &Value) -> PyResult<Value> {
    let ty = ty_of(vm, cls)?;
    let meta = cls.ty();
    let meta_attr = meta.lookup(name);
    if let Some(ma) = &meta_attr {
        let mt = ma.ty();
        if let (Some(get), true) = (mt.slots.descr_get.get(), mt.slots.descr_set.is_set()) {
            return get(vm, ma, Some(cls), &meta.to_value());
        }
    }
    if let Some(attr) = ty.lookup(name) {
        return match attr.ty().slots.descr_get.get() {
            Some(get) => get(vm, &attr, None, cls),
            None => Ok(attr),
        };
    }
    if let Some(ma) = meta_attr {
        return match ma.ty().slots.descr_get.get() {
            Some(get) => get(vm, &ma, Some(cls), &meta.to_value()),
            None => Ok(ma),
        };
    }
    Err(crate::types::object::no_attribute(vm, cls, name))
}

fn type_setattr(vm: &Vm, cls: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = ty_of(vm, cls)?;
    let meta = cls.ty();
    if let Some(d) = meta.lookup(name) {
        if let Some(set) = d.ty().slots.descr_set.get() {
            return set(vm, &d, cls, value);
        }
    }
    let n = as_str(name).unwrap_or("").to_string();
    if !ty.is_heap() {
        return Err(vm.type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            n,
            ty.name()
        )));
    }
    match value {
        Some(v) => dict::dict_set_str_value(ty.dict(), name.clone(), v),
        None => {
            if !dict::dict_del_str(ty.dict(), name) {
                return Err(vm.attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    ty.name(),
                    n
                )));
            }
        }
    }
    if ops::is_slot_dunder(&n) {
        fixup_slot_recursive(ty, &n);
    }
    ty.modified();
    Ok(())
}

fn fixup_slot_recursive(ty: &TypeObject, name: &str) {
    install_dispatcher(ty, name);
    for sub in subclasses_of(ty) {
        // SAFETY: subclasses unregister before being freed.
        fixup_slot_recursive(unsafe { &*(sub as *const TypeObject) }, name);
    }
}

fn subclasses_of(ty: &TypeObject) -> Vec<usize> {
    // Reach into the subclass list through the public API.
    let mut out = Vec::new();
    ty.for_each_subclass(|s| out.push(s));
    out
}

fn type_new(vm: &Vm, meta: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let nkw = kwnames.map_or(0, |k| k.len());
    let npos = args.len() - nkw;
    if npos == 1 && nkw == 0 {
        return Ok(args[0].ty().to_value());
    }
    if npos != 3 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let name = as_str(&args[0])
        .ok_or_else(|| {
            vm.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                args[0].ty().name()
            ))
        })?
        .to_string();
    let bases = tuple::as_tuple(&args[1])
        .ok_or_else(|| {
            vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                args[1].ty().name()
            ))
        })?
        .to_vec();
    if dict::as_dict(&args[2]).is_none() {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            args[2].ty().name()
        )));
    }
    // `type(name, bases, ns)` takes `__module__` from the calling code's globals.
    if dict::dict_get_str(&args[2], &intern("__module__")).is_none() {
        let module = crate::builtins::current_frame_globals(vm)
            .and_then(|g| dict::dict_get_str(&g, &intern("__name__")));
        if let Some(m) = module {
            dict::dict_set_str(&args[2], "__module__", m);
        }
    }
    let kw: Vec<(Value, Value)> = match kwnames {
        Some(k) => k
            .iter()
            .cloned()
            .zip(args[npos..].iter().cloned())
            .collect(),
        None => Vec::new(),
    };
    new_class(vm, meta, &name, bases, &args[2], &kw)
}

fn type_init(_vm: &Vm, _cls: &Value, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<()> {
    Ok(())
}

/// C3 linearisation of `bases` for a new class (the class itself is prepended by the caller).
fn c3_mro(vm: &Vm, name: &str, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = Vec::new();
    for b in bases {
        let bt = as_type(b).ok_or_else(|| vm.type_error("bases must be types"))?;
        seqs.push(bt.mro().to_vec());
    }
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head)));
            if !in_tail {
                cand = Some(head.clone());
                break;
            }
        }
        let Some(c) = cand else {
            let names: Vec<String> = bases
                .iter()
                .filter_map(|b| as_type(b).map(|t| t.name().to_string()))
                .collect();
            let _ = name;
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(c.clone());
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
    }
}

/// Creates a class: `metatype(name, bases, namespace, **kw)` for `type` and subclasses.
pub fn new_class(
    vm: &Vm,
    meta: &Value,
    name: &str,
    mut bases: Vec<Value>,
    ns: &Value,
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let b = builtin();
    if bases.is_empty() {
        bases.push(b.object.to_value());
    }
    for base in &bases {
        let bt = as_type(base).ok_or_else(|| {
            vm.type_error(format!("bases must be types, not {}", base.ty().name()))
        })?;
        if bt.flags & type_flags::BASETYPE == 0 {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                bt.name()
            )));
        }
    }
    // The solid base: the base whose layout is the most derived builtin layout.
    let mut layout: &TypeObject = b.object;
    for base in &bases {
        let bt = as_type(base).ok_or_else(|| vm.type_error("bases must be types"))?;
        // SAFETY: `layout` pointers always point at live (immortal builtin or heap) types.
        let bl: &TypeObject = unsafe { &*bt.layout };
        if std::ptr::eq(bl, layout) || std::ptr::eq(bl, b.object) {
            continue;
        }
        if std::ptr::eq(layout, b.object) || bl.is_subtype(layout) {
            layout = bl;
        } else if !layout.is_subtype(bl) {
            return Err(vm.type_error("multiple bases have instance lay-out conflict"));
        }
    }
    let meta_ty = ty_of(vm, meta)?;
    let (dealloc, attrs_offset) =
        crate::types::object::subclass_layout(layout).ok_or_else(|| {
            vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                layout.name()
            ))
        })?;
    let mro_tail = c3_mro(vm, name, &bases)?;
    let new_dict = dict::new_dict();
    for (k, v) in dict::dict_items(ns) {
        let key = if as_str(&k).is_some() {
            crate::types::str::intern_value(&k)
        } else {
            k
        };
        dict::dict_set(vm, &new_dict, key, v)?;
    }
    // `__new__` is implicitly a static method.
    if let Some(n) = dict::dict_get_str(&new_dict, &intern("__new__")) {
        if n.ty().is_subtype(b.function) {
            let sm = ops::call1(vm, &b.staticmethod.to_value(), n)?;
            dict::dict_set_str(&new_dict, "__new__", sm);
        }
    }
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(n) = dict::dict_get_str(&new_dict, &intern(special)) {
            if n.ty().is_subtype(b.function) {
                let cm = ops::call1(vm, &b.classmethod.to_value(), n)?;
                dict::dict_set_str(&new_dict, special, cm);
            }
        }
    }
    let stated_qualname = dict::dict_get_str(&new_dict, &intern("__qualname__"))
        .and_then(|q| as_str(&q).map(|s| s.to_string()));
    // A `class` statement at module level (or nested in one): its instances, made by every
    // thread, each hold a reference to it, so it is immortal.
    let shared_by_all = stated_qualname
        .as_ref()
        .is_some_and(|q| crate::types::function::made_once_per_module(q));
    let qualname = stated_qualname.unwrap_or_else(|| name.to_string());
    dict::dict_del_str(&new_dict, &intern("__qualname__"));
    if dict::dict_get_str(&new_dict, &intern("__doc__")).is_none() {
        dict::dict_set_str(&new_dict, "__doc__", none::none());
    }
    let mut flags = type_flags::HEAP | type_flags::BASETYPE;
    if attrs_offset != 0 {
        flags |= type_flags::HAS_ATTRS;
    }
    for base in &bases {
        if let Some(bt) = as_type(base) {
            flags |= bt.flags & (type_flags::EXCEPTION | type_flags::WEAKREFABLE);
        }
    }
    // `__slots__`: member descriptors instead of a `__dict__` (unless listed or inherited).
    let slot_spec = match dict::dict_get_str(&new_dict, &intern("__slots__")) {
        Some(s) => Some(crate::types::slots::parse(vm, name, &s)?),
        None => None,
    };
    let mut base_nslots = 0;
    let mut slotted_base: Option<&TypeObject> = None;
    for base in &bases {
        if let Some(bt) = as_type(base) {
            if bt.nslots > 0 {
                if let Some(prev) = slotted_base {
                    if !bt.is_subtype(prev) && !prev.is_subtype(bt) {
                        return Err(vm.type_error("multiple bases have instance lay-out conflict"));
                    }
                }
                if bt.nslots > base_nslots {
                    slotted_base = Some(bt);
                }
                base_nslots = base_nslots.max(bt.nslots);
            }
        }
    }
    let mut type_attrs_offset = attrs_offset;
    let variable_size = std::ptr::eq(layout, b.int)
        || std::ptr::eq(layout, b.tuple)
        || std::ptr::eq(layout, b.bytes);
    match &slot_spec {
        Some(spec) => {
            for n in &spec.names {
                if dict::dict_get_str(&new_dict, &intern(n)).is_some() {
                    return Err(
                        vm.value_error(format!("'{n}' in __slots__ conflicts with class variable"))
                    );
                }
            }
            let base_has_dict = bases
                .iter()
                .any(|bv| as_type(bv).is_some_and(|bt| bt.attrs_offset != 0));
            if !spec.dict && !base_has_dict {
                // Instances keep their attribute storage (members live there), but the
                // class exposes none: no `__dict__`, no arbitrary attributes.
                type_attrs_offset = 0;
            }
            if spec.weakref && !variable_size {
                flags |= type_flags::WEAKREFABLE;
            }
        }
        // Variable-size builtin layouts (int, tuple, bytes) get no weak reference list.
        None if !variable_size => flags |= type_flags::WEAKREFABLE,
        None => {}
    }
    let classcell = dict::dict_get_str(&new_dict, &intern("__classcell__"));
    if classcell.is_some() {
        dict::dict_del_str(&new_dict, &intern("__classcell__"));
    }
    let mut data = TypeData::new(
        name,
        layout as *const TypeObject,
        dealloc,
        type_attrs_offset,
        flags,
        new_dict,
    );
    data.alloc_instance = Some(alloc_heap_instance);
    data.nslots = base_nslots + slot_spec.as_ref().map_or(0, |s| s.names.len());
    let cls = Value::alloc(meta_ty, data);
    if shared_by_all {
        // Not yet visible to any other thread.
        cls.header().make_immortal();
    }
    let ty = as_type(&cls).ok_or_else(|| vm.type_error("class creation failed"))?;
    {
        // SAFETY: the new type is not visible to any other code yet.
        let inner = unsafe { ty.inner_mut() };
        inner.qualname = qualname;
        inner.bases = bases.clone();
        let mut mro = vec![cls.clone()];
        mro.extend(mro_tail);
        inner.mro = mro;
    }
    if let Some(spec) = &slot_spec {
        for (i, n) in spec.names.iter().enumerate() {
            let m = crate::types::slots::new_member(n, cls.clone(), base_nslots + i, attrs_offset);
            dict::dict_set_str_value(ty.dict(), intern(n), m);
        }
    }
    // Inherit slots along the MRO, then route the class's own dunders to Python.
    for m in ty.mro()[1..].iter() {
        if let Some(mt) = as_type(m) {
            ty.slots.inherit_from(&mt.slots);
        }
    }
    // A dunder that a Python class later in the MRO defines wins over a builtin base
    // that only fills the slot natively without defining the name (`class I(int, E)`
    // with `E.__str__`): route such names to Python too.
    let mut routed: Vec<String> = Vec::new();
    for m in ty.mro()[1..].iter() {
        let Some(mt) = as_type(m) else { continue };
        if !mt.is_heap() {
            continue;
        }
        for (k, _) in dict::dict_items(mt.dict()) {
            let Some(n) = as_str(&k) else { continue };
            if n == "__hash__" || !ops::is_slot_dunder(n) || routed.iter().any(|r| r == n) {
                continue;
            }
            let definer = ty.mro()[1..].iter().find(|c| {
                as_type(c).is_some_and(|ct| dict::dict_get_str(ct.dict(), &intern(n)).is_some())
            });
            if definer.is_some_and(|d| as_type(d).is_some_and(|dt| dt.is_heap())) {
                routed.push(n.to_string());
            }
        }
    }
    for n in &routed {
        install_dispatcher(ty, n);
    }
    let own: Vec<String> = dict::dict_items(ty.dict())
        .iter()
        .filter_map(|(k, _)| as_str(k).map(|s| s.to_string()))
        .collect();
    for n in &own {
        if ops::is_slot_dunder(n) {
            install_dispatcher(ty, n);
        }
    }
    if own.iter().any(|n| n == "__eq__") && !own.iter().any(|n| n == "__hash__") {
        dict::dict_set_str(ty.dict(), "__hash__", none::none());
        ty.slots.hash.set(None);
    }
    // `__hash__ = None` inherited from a base (one that defines `__eq__` only) wins over
    // a hash slot a later class in the MRO provides.
    if ty
        .lookup(&intern("__hash__"))
        .is_some_and(|h| none::is_none(&h))
    {
        ty.slots.hash.set(None);
    }
    for base in &bases {
        if let Some(bt) = as_type(base) {
            bt.add_subclass(ty);
        }
    }
    // The namespace was edited directly above: give the type a fresh version.
    ty.modified();
    if let Some(cell) = classcell {
        if cell.ty().is_subtype(b.cell) {
            crate::types::function::cell_set(&cell, Some(cls.clone()));
        }
    }
    // __set_name__ on descriptors.
    for (k, v) in dict::dict_items(ty.dict()) {
        if let Some(sn) = ops::lookup_special(vm, &v, "__set_name__")? {
            if let Err(e) = ops::call(vm, &sn, &[cls.clone(), k.clone()], None) {
                // 3.11 wraps the error, keeping it as the cause.
                let wrapped = vm.runtime_error(format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    v.ty().name(),
                    ops::repr_string(vm, &k)?,
                    name
                ));
                crate::types::exceptions::set_cause(vm, &wrapped.0, e.0)?;
                return Err(wrapped);
            }
        }
    }
    // __init_subclass__ of the nearest base.
    let sup = Value::alloc(
        b.super_,
        crate::types::descriptors::SuperObj {
            start: cls.clone(),
            obj: Some(cls.clone()),
            obj_type: Some(cls.clone()),
        },
    );
    let init_sub = ops::getattr_str(vm, &sup, "__init_subclass__")?;
    let mut args = Vec::new();
    let mut names = Vec::new();
    for (k, v) in kw {
        names.push(k.clone());
        args.push(v.clone());
    }
    ops::call(
        vm,
        &init_sub,
        &args,
        if names.is_empty() { None } else { Some(&names) },
    )?;
    Ok(cls)
}

fn alloc_heap_instance(vm: &Vm, cls: &Value) -> PyResult<Value> {
    let ty = ty_of(vm, cls)?;
    let b = builtin();
    // SAFETY: layout pointers always point at live types.
    let layout: &TypeObject = unsafe { &*ty.layout };
    if std::ptr::eq(layout, b.object) {
        return Ok(Value::alloc(
            ty,
            crate::types::object::Subclassed {
                base: crate::types::object::ObjectPayload,
                attrs: crate::types::attrs::InstanceAttrs::new(),
            },
        ));
    }
    Err(vm.type_error(format!(
        "object.__new__({}) is not safe, use {}.__new__()",
        ty.name(),
        layout.name()
    )))
}

impl TypeData {
    /// Calls `f` with the address of every registered subclass.
    pub fn for_each_subclass(&self, mut f: impl FnMut(usize)) {
        for s in self.subclasses_snapshot() {
            f(s);
        }
    }
}

// ---- slot dispatchers: builtin slots routed to Python dunders ---------------------------

fn call_dunder(vm: &Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    // Dispatch may loop through native code only (a dunder that routes back to the slot);
    // count it so such a loop ends in RecursionError, not a stack overflow.
    let _depth = vm.enter("")?;
    let ty = obj.ty();
    let Some(f) = ty.lookup_str(name) else {
        return Ok(None);
    };
    if none::is_none(&f) {
        return Ok(None);
    }
    match f.ty().slots.descr_get.get() {
        Some(get) if f.ty().is_subtype(builtin().function) => {
            let mut full: smallvec::SmallVec<[Value; 4]> =
                smallvec::SmallVec::with_capacity(args.len() + 1);
            full.push(obj.clone());
            full.extend(args.iter().cloned());
            let _ = get;
            ops::call(vm, &f, &full, None).map(Some)
        }
        Some(get) => {
            let bound = get(vm, &f, Some(obj), &ty.to_value())?;
            ops::call(vm, &bound, args, None).map(Some)
        }
        None => ops::call(vm, &f, args, None).map(Some),
    }
}

fn missing(vm: &Vm, obj: &Value, name: &str) -> PyErr {
    vm.type_error(format!(
        "'{}' object has no method {}",
        obj.ty().name(),
        name
    ))
}

fn slot_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    call_dunder(vm, v, "__repr__", &[])?.ok_or_else(|| missing(vm, v, "__repr__"))
}
fn slot_str(vm: &Vm, v: &Value) -> PyResult<Value> {
    call_dunder(vm, v, "__str__", &[])?.ok_or_else(|| missing(vm, v, "__str__"))
}
fn slot_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    match call_dunder(vm, v, "__hash__", &[])? {
        None => Err(vm.type_error(format!("unhashable type: '{}'", v.ty().name()))),
        Some(h) => match int::as_int(&h) {
            Some(int::IntRef::Small(i)) => Ok(if i == -1 { -2 } else { i }),
            Some(int::IntRef::Big(b)) => Ok(crate::numeric::hash_bigint(b)),
            None => Err(vm.type_error("__hash__ method should return an integer")),
        },
    }
}
fn slot_richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let name = match op {
        CompareOp::Lt => "__lt__",
        CompareOp::Le => "__le__",
        CompareOp::Eq => "__eq__",
        CompareOp::Ne => "__ne__",
        CompareOp::Gt => "__gt__",
        CompareOp::Ge => "__ge__",
    };
    if let Some(r) = call_dunder(vm, a, name, std::slice::from_ref(b))? {
        return Ok(r);
    }
    if op == CompareOp::Ne {
        // Default __ne__ inverts __eq__.
        if let Some(r) = call_dunder(vm, a, "__eq__", std::slice::from_ref(b))? {
            if none::is_not_implemented(&r) {
                return Ok(r);
            }
            return Ok(int::new_bool(!ops::truthy(vm, &r)?));
        }
    }
    Ok(none::not_implemented())
}

/// The getattr slot of classes defining `__getattribute__` or `__getattr__`.
pub fn slot_getattr_hook(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    let ty = obj.ty();
    let getattribute = ty.lookup_str("__getattribute__");
    let user_ga = getattribute
        .as_ref()
        .filter(|g| g.ty().is_subtype(builtin().function));
    let r = match user_ga {
        Some(g) => ops::call(vm, g, &[obj.clone(), name.clone()], None),
        // A metaclass's `__getattr__`: classes use type's own lookup first.
        None if as_type(obj).is_some() => type_getattr(vm, obj, name),
        None => crate::types::object::generic_getattr(vm, obj, name),
    };
    match r {
        Err(e) if vm.err_matches(&e, builtin().attribute_error) => {
            match ty.lookup_str("__getattr__") {
                Some(ga) => {
                    let _ = e;
                    ops::call(vm, &ga, &[obj.clone(), name.clone()], None)
                }
                None => Err(e),
            }
        }
        other => other,
    }
}

/// The setattr slot of classes defining `__setattr__` or `__delattr__`.
pub fn slot_setattr_hook(vm: &Vm, obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = obj.ty();
    match value {
        Some(v) => match ty
            .lookup_str("__setattr__")
            .filter(|f| f.ty().is_subtype(builtin().function))
        {
            Some(f) => ops::call(vm, &f, &[obj.clone(), name.clone(), v], None).map(|_| ()),
            None if as_type(obj).is_some() => type_setattr(vm, obj, name, Some(v)),
            None => crate::types::object::generic_setattr(vm, obj, name, Some(v)),
        },
        None => match ty
            .lookup_str("__delattr__")
            .filter(|f| f.ty().is_subtype(builtin().function))
        {
            Some(f) => ops::call(vm, &f, &[obj.clone(), name.clone()], None).map(|_| ()),
            None if as_type(obj).is_some() => type_setattr(vm, obj, name, None),
            None => crate::types::object::generic_setattr(vm, obj, name, None),
        },
    }
}

fn slot_call(vm: &Vm, obj: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let ty = obj.ty();
    let f = ty
        .lookup_str("__call__")
        .ok_or_else(|| vm.type_error(format!("'{}' object is not callable", ty.name())))?;
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(obj.clone());
    full.extend_from_slice(args);
    ops::call(vm, &f, &full, kw)
}

fn slot_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    match call_dunder(vm, v, "__iter__", &[])? {
        Some(it) => Ok(it),
        None => Err(vm.type_error(format!("'{}' object is not iterable", v.ty().name()))),
    }
}

fn slot_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    match call_dunder(vm, v, "__next__", &[]) {
        Ok(Some(x)) => Ok(Some(x)),
        Ok(None) => Err(vm.type_error(format!("'{}' object is not an iterator", v.ty().name()))),
        Err(e) if vm.err_matches(&e, builtin().stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}

fn slot_descr_get(vm: &Vm, d: &Value, inst: Option<&Value>, owner: &Value) -> PyResult<Value> {
    let ty = d.ty();
    let f = ty
        .lookup_str("__get__")
        .ok_or_else(|| missing(vm, d, "__get__"))?;
    let i = inst.cloned().unwrap_or_else(none::none);
    ops::call(vm, &f, &[d.clone(), i, owner.clone()], None)
}

fn slot_descr_set(vm: &Vm, d: &Value, inst: &Value, value: Option<Value>) -> PyResult<()> {
    match value {
        Some(v) => call_dunder(vm, d, "__set__", &[inst.clone(), v])?
            .map(|_| ())
            .ok_or_else(|| vm.attribute_error("__set__")),
        None => call_dunder(vm, d, "__delete__", std::slice::from_ref(inst))?
            .map(|_| ())
            .ok_or_else(|| vm.attribute_error("__delete__")),
    }
}

fn slot_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let ty = ty_of(vm, cls)?;
    let f = ty
        .lookup_str("__new__")
        .ok_or_else(|| vm.type_error("no __new__"))?;
    let f = match f.ty().slots.descr_get.get() {
        Some(get) => get(vm, &f, None, cls)?,
        None => f,
    };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(cls.clone());
    full.extend_from_slice(args);
    ops::call(vm, &f, &full, kw)
}

fn slot_init(vm: &Vm, obj: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<()> {
    let ty = obj.ty();
    let f = ty
        .lookup_str("__init__")
        .ok_or_else(|| vm.type_error("no __init__"))?;
    let mut full: smallvec::SmallVec<[Value; 8]> =
        smallvec::SmallVec::with_capacity(args.len() + 1);
    full.push(obj.clone());
    full.extend(args.iter().cloned());
    let r = ops::call(vm, &f, &full, kw)?;
    if !none::is_none(&r) {
        return Err(vm.type_error(format!(
            "__init__() should return None, not '{}'",
            r.ty().name()
        )));
    }
    Ok(())
}

/// `__del__`, called by deallocation with the object resurrected (see
/// `refcount::run_dealloc`). An exception is printed as CPython prints it and dropped.
fn slot_finalize(vm: &Vm, obj: &Value) {
    let Some(f) = obj.ty().lookup_str("__del__") else {
        return;
    };
    if let Err(e) = ops::call(vm, &f, std::slice::from_ref(obj), None) {
        crate::modules::_thread::print_unraisable(vm, &e.0, Some(("in", &f)));
    }
}

fn slot_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    let r = call_dunder(vm, v, "__len__", &[])?
        .ok_or_else(|| vm.type_error(format!("object of type '{}' has no len()", v.ty().name())))?;
    let n = crate::types::slice::to_index(vm, &r, crate::types::slice::Overflow::OverflowError)
        .map_err(|e| {
            if vm.err_matches(&e, builtin().type_error) {
                vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    r.ty().name()
                ))
            } else {
                e
            }
        })?;
    if n < 0 {
        return Err(vm.value_error("__len__() should return >= 0"));
    }
    Ok(n as usize)
}

fn slot_bool(vm: &Vm, v: &Value) -> PyResult<bool> {
    match call_dunder(vm, v, "__bool__", &[])? {
        Some(r) => {
            if r.ty().is_subtype(builtin().bool) {
                Ok(int::is_true(&r))
            } else {
                Err(vm.type_error(format!(
                    "__bool__ should return bool, returned {}",
                    r.ty().name()
                )))
            }
        }
        None => match v.ty().lookup_str("__len__") {
            Some(_) => Ok(slot_len(vm, v)? != 0),
            None => Ok(true),
        },
    }
}

fn slot_getitem(vm: &Vm, v: &Value, k: &Value) -> PyResult<Value> {
    call_dunder(vm, v, "__getitem__", std::slice::from_ref(k))?
        .ok_or_else(|| vm.type_error(format!("'{}' object is not subscriptable", v.ty().name())))
}

fn slot_setitem(vm: &Vm, v: &Value, k: &Value, value: Option<Value>) -> PyResult<()> {
    let r = match value {
        Some(x) => call_dunder(vm, v, "__setitem__", &[k.clone(), x])?,
        None => call_dunder(vm, v, "__delitem__", std::slice::from_ref(k))?,
    };
    r.map(|_| ()).ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object does not support item assignment",
            v.ty().name()
        ))
    })
}

fn slot_contains(vm: &Vm, v: &Value, k: &Value) -> PyResult<bool> {
    match call_dunder(vm, v, "__contains__", std::slice::from_ref(k))? {
        Some(r) => ops::truthy(vm, &r),
        None => {
            let it = ops::iter(vm, v)?;
            while let Some(x) = ops::next(vm, &it)? {
                if ops::eq(vm, &x, k)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn binary_dispatch(
    vm: &Vm,
    a: &Value,
    b: &Value,
    name: &str,
    rname: &str,
    slot_is_ours: fn(&TypeObject) -> bool,
) -> PyResult<Value> {
    let ta = a.ty();
    let tb = b.ty();
    let a_ours = slot_is_ours(ta);
    let mut do_other = !std::ptr::eq(ta, tb) && slot_is_ours(tb) && tb.lookup_str(rname).is_some();
    if a_ours {
        // The subclass's reflected method goes first only if it overrides the base's
        // (CPython's `method_is_overloaded`).
        let overloaded = || match (tb.lookup_str(rname), ta.lookup_str(rname)) {
            (Some(rb), Some(ra)) => !rb.is(&ra),
            (Some(_), None) => true,
            (None, _) => false,
        };
        if do_other && tb.is_subtype(ta) && overloaded() {
            let r = call_dunder(vm, b, rname, std::slice::from_ref(a))?;
            if let Some(r) = r {
                if !none::is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            do_other = false;
        }
        if let Some(r) = call_dunder(vm, a, name, std::slice::from_ref(b))? {
            if !none::is_not_implemented(&r) || std::ptr::eq(ta, tb) {
                return Ok(r);
            }
        }
    }
    if do_other || (!a_ours && slot_is_ours(tb)) {
        if let Some(r) = call_dunder(vm, b, rname, std::slice::from_ref(a))? {
            return Ok(r);
        }
    }
    Ok(none::not_implemented())
}

macro_rules! binary_slot {
    ($fname:ident, $slot:ident, $name:literal, $rname:literal) => {
        fn $fname(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
            fn ours(t: &TypeObject) -> bool {
                t.slots
                    .$slot
                    .get()
                    .is_some_and(|f| f as usize == $fname as *const () as usize)
            }
            binary_dispatch(vm, a, b, $name, $rname, ours)
        }
    };
}

binary_slot!(slot_add, add, "__add__", "__radd__");
binary_slot!(slot_sub, sub, "__sub__", "__rsub__");
binary_slot!(slot_mul, mul, "__mul__", "__rmul__");
binary_slot!(slot_truediv, truediv, "__truediv__", "__rtruediv__");
binary_slot!(slot_floordiv, floordiv, "__floordiv__", "__rfloordiv__");
binary_slot!(slot_mod, mod_, "__mod__", "__rmod__");
binary_slot!(slot_divmod, divmod, "__divmod__", "__rdivmod__");
binary_slot!(slot_lshift, lshift, "__lshift__", "__rlshift__");
binary_slot!(slot_rshift, rshift, "__rshift__", "__rrshift__");
binary_slot!(slot_and, and, "__and__", "__rand__");
binary_slot!(slot_or, or, "__or__", "__ror__");
binary_slot!(slot_xor, xor, "__xor__", "__rxor__");
binary_slot!(slot_matmul, matmul, "__matmul__", "__rmatmul__");

fn slot_pow(vm: &Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if none::is_none(m) {
        fn ours(t: &TypeObject) -> bool {
            t.slots
                .pow
                .get()
                .is_some_and(|f| f as usize == slot_pow as *const () as usize)
        }
        return binary_dispatch(vm, a, b, "__pow__", "__rpow__", ours);
    }
    Ok(call_dunder(vm, a, "__pow__", &[b.clone(), m.clone()])?
        .unwrap_or_else(none::not_implemented))
}

macro_rules! inplace_slot {
    ($fname:ident, $name:literal) => {
        fn $fname(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
            Ok(call_dunder(vm, a, $name, std::slice::from_ref(b))?
                .unwrap_or_else(none::not_implemented))
        }
    };
}

inplace_slot!(slot_iadd, "__iadd__");
inplace_slot!(slot_isub, "__isub__");
inplace_slot!(slot_imul, "__imul__");
inplace_slot!(slot_itruediv, "__itruediv__");
inplace_slot!(slot_ifloordiv, "__ifloordiv__");
inplace_slot!(slot_imod, "__imod__");
inplace_slot!(slot_ipow, "__ipow__");
inplace_slot!(slot_ilshift, "__ilshift__");
inplace_slot!(slot_irshift, "__irshift__");
inplace_slot!(slot_iand, "__iand__");
inplace_slot!(slot_ior, "__ior__");
inplace_slot!(slot_ixor, "__ixor__");
inplace_slot!(slot_imatmul, "__imatmul__");

macro_rules! unary_slot {
    ($fname:ident, $name:literal) => {
        fn $fname(vm: &Vm, v: &Value) -> PyResult<Value> {
            call_dunder(vm, v, $name, &[])?.ok_or_else(|| missing(vm, v, $name))
        }
    };
}

unary_slot!(slot_neg, "__neg__");
unary_slot!(slot_pos, "__pos__");
unary_slot!(slot_invert, "__invert__");
unary_slot!(slot_abs, "__abs__");
unary_slot!(slot_int, "__int__");
unary_slot!(slot_float, "__float__");
unary_slot!(slot_index, "__index__");

/// Points the slot behind dunder `name` of heap type `ty` at the dispatcher that calls the
/// Python method (or clears it when the class sets the dunder to None).
fn install_dispatcher(ty: &TypeObject, name: &str) {
    let s = &ty.slots;
    match name {
        "__repr__" => s.repr.set(Some(slot_repr)),
        "__str__" => s.str.set(Some(slot_str)),
        "__hash__" => {
            let is_none = dict::dict_get_str(ty.dict(), &intern("__hash__"))
                .is_some_and(|h| none::is_none(&h));
            s.hash.set(if is_none { None } else { Some(slot_hash) })
        }
        "__lt__" | "__le__" | "__eq__" | "__ne__" | "__gt__" | "__ge__" => {
            s.richcompare.set(Some(slot_richcompare))
        }
        "__getattribute__" | "__getattr__" => s.getattr.set(Some(slot_getattr_hook)),
        "__setattr__" | "__delattr__" => s.setattr.set(Some(slot_setattr_hook)),
        "__call__" => s.call.set(Some(slot_call)),
        "__iter__" => s.iter.set(Some(slot_iter)),
        "__next__" => s.next.set(Some(slot_next)),
        "__get__" => s.descr_get.set(Some(slot_descr_get)),
        "__set__" | "__delete__" => s.descr_set.set(Some(slot_descr_set)),
        "__new__" => s.new.set(Some(slot_new)),
        "__init__" => s.init.set(Some(slot_init)),
        "__del__" => s.finalize.set(Some(slot_finalize)),
        "__len__" => s.len.set(Some(slot_len)),
        "__bool__" => s.bool_.set(Some(slot_bool)),
        "__getitem__" => s.getitem.set(Some(slot_getitem)),
        "__setitem__" | "__delitem__" => s.setitem.set(Some(slot_setitem)),
        "__contains__" => s.contains.set(Some(slot_contains)),
        "__add__" | "__radd__" => s.add.set(Some(slot_add)),
        "__sub__" | "__rsub__" => s.sub.set(Some(slot_sub)),
        "__mul__" | "__rmul__" => s.mul.set(Some(slot_mul)),
        "__truediv__" | "__rtruediv__" => s.truediv.set(Some(slot_truediv)),
        "__floordiv__" | "__rfloordiv__" => s.floordiv.set(Some(slot_floordiv)),
        "__mod__" | "__rmod__" => s.mod_.set(Some(slot_mod)),
        "__divmod__" | "__rdivmod__" => s.divmod.set(Some(slot_divmod)),
        "__pow__" | "__rpow__" => s.pow.set(Some(slot_pow)),
        "__lshift__" | "__rlshift__" => s.lshift.set(Some(slot_lshift)),
        "__rshift__" | "__rrshift__" => s.rshift.set(Some(slot_rshift)),
        "__and__" | "__rand__" => s.and.set(Some(slot_and)),
        "__or__" | "__ror__" => s.or.set(Some(slot_or)),
        "__xor__" | "__rxor__" => s.xor.set(Some(slot_xor)),
        "__matmul__" | "__rmatmul__" => s.matmul.set(Some(slot_matmul)),
        "__iadd__" => s.iadd.set(Some(slot_iadd)),
        "__isub__" => s.isub.set(Some(slot_isub)),
        "__imul__" => s.imul.set(Some(slot_imul)),
        "__itruediv__" => s.itruediv.set(Some(slot_itruediv)),
        "__ifloordiv__" => s.ifloordiv.set(Some(slot_ifloordiv)),
        "__imod__" => s.imod.set(Some(slot_imod)),
        "__ipow__" => s.ipow.set(Some(slot_ipow)),
        "__ilshift__" => s.ilshift.set(Some(slot_ilshift)),
        "__irshift__" => s.irshift.set(Some(slot_irshift)),
        "__iand__" => s.iand.set(Some(slot_iand)),
        "__ior__" => s.ior.set(Some(slot_ior)),
        "__ixor__" => s.ixor.set(Some(slot_ixor)),
        "__imatmul__" => s.imatmul.set(Some(slot_imatmul)),
        "__neg__" => s.neg.set(Some(slot_neg)),
        "__pos__" => s.pos.set(Some(slot_pos)),
        "__invert__" => s.invert.set(Some(slot_invert)),
        "__abs__" => s.abs.set(Some(slot_abs)),
        "__int__" => s.int.set(Some(slot_int)),
        "__float__" => s.float.set(Some(slot_float)),
        "__index__" => s.index.set(Some(slot_index)),
        _ => {}
    }
}

// ---- __build_class__ --------------------------------------------------------------------

/// The `__build_class__` builtin: `__build_class__(body, name, *bases, metaclass=, **kw)`.
pub fn build_class(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let nkw = kwnames.map_or(0, |k| k.len());
    let npos = args.len() - nkw;
    if npos < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let body = &args[0];
    let name = as_str(&args[1])
        .ok_or_else(|| vm.type_error("__build_class__: name is not a string"))?
        .to_string();
    let orig_bases: Vec<Value> = args[2..npos].to_vec();
    let bases = resolve_mro_entries(vm, &orig_bases)?;
    let mut meta: Option<Value> = None;
    let mut kw: Vec<(Value, Value)> = Vec::new();
    if let Some(names) = kwnames {
        for (k, v) in names.iter().zip(&args[npos..]) {
            if as_str(k) == Some("metaclass") {
                meta = Some(v.clone());
            } else {
                kw.push((k.clone(), v.clone()));
            }
        }
    }
    let is_class_meta = meta.as_ref().is_none_or(|m| as_type(m).is_some());
    let mut meta = meta.unwrap_or_else(|| {
        bases
            .first()
            .map(|b| b.ty().to_value())
            .unwrap_or_else(|| builtin().type_.to_value())
    });
    if is_class_meta {
        // The most derived metaclass among the explicit one and the bases' types.
        for b in &bases {
            let bt = b.ty();
            let mt = as_type(&meta).ok_or_else(|| vm.type_error("metaclass is not a type"))?;
            if bt.is_subtype(mt) {
                meta = bt.to_value();
            } else if !mt.is_subtype(bt) {
                return Err(vm.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        }
    }
    let ns = match ops::getattr_opt(vm, &meta, &intern("__prepare__"))? {
        Some(prep) => {
            let (kargs, knames) = split_kw(&kw);
            let mut pargs = vec![new_str(&name), tuple::new_tuple(bases.clone())];
            pargs.extend(kargs);
            ops::call(vm, &prep, &pargs, knames.as_deref())?
        }
        None => dict::new_dict(),
    };
    crate::eval::run_class_body(vm, body, &ns)?;
    if bases.len() != orig_bases.len() || bases.iter().zip(&orig_bases).any(|(a, b)| !a.is(b)) {
        ops::setitem(
            vm,
            &ns,
            &intern("__orig_bases__"),
            tuple::new_tuple(orig_bases),
        )?;
    }
    let (kargs, knames) = split_kw(&kw);
    let mut cargs = vec![new_str(&name), tuple::new_tuple(bases), ns];
    cargs.extend(kargs);
    ops::call(vm, &meta, &cargs, knames.as_deref())
}

/// PEP 560: a base that is not a class may stand for others through `__mro_entries__`.
fn resolve_mro_entries(vm: &Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    if bases.iter().all(|b| as_type(b).is_some()) {
        return Ok(bases.to_vec());
    }
    let orig = tuple::new_tuple(bases.to_vec());
    let mut out = Vec::new();
    for b in bases {
        if as_type(b).is_some() {
            out.push(b.clone());
            continue;
        }
        match ops::getattr_opt(vm, b, &intern("__mro_entries__"))? {
            Some(f) => {
                let r = ops::call1(vm, &f, orig.clone())?;
                let items = tuple::as_tuple(&r)
                    .ok_or_else(|| vm.type_error("__mro_entries__ must return a tuple"))?;
                out.extend(items.iter().cloned());
            }
            None => out.push(b.clone()),
        }
    }
    Ok(out)
}

fn split_kw(kw: &[(Value, Value)]) -> (Vec<Value>, Option<Vec<Value>>) {
    if kw.is_empty() {
        return (Vec::new(), None);
    }
    (
        kw.iter().map(|(_, v)| v.clone()).collect(),
        Some(kw.iter().map(|(k, _)| k.clone()).collect()),
    )
}

// ---- methods and getsets ----------------------------------------------------------------

fn type_mro_method(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "mro", args.len(), 1, 1)?;
    let t = ty_of(vm, &args[0])?;
    Ok(crate::types::list::new_list(t.mro().to_vec()))
}

fn type_subclasses(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "__subclasses__", args.len(), 1, 1)?;
    let t = ty_of(vm, &args[0])?;
    let mut out = Vec::new();
    t.for_each_subclass(|s| {
        // SAFETY: subclasses unregister before being freed.
        out.push(unsafe { &*(s as *const TypeObject) }.to_value())
    });
    Ok(crate::types::list::new_list(out))
}

fn type_instancecheck(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "__instancecheck__", args.len(), 2, 2)?;
    let t = ty_of(vm, &args[0])?;
    Ok(int::new_bool(args[1].ty().is_subtype(t)))
}

fn type_subclasscheck(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "__subclasscheck__", args.len(), 2, 2)?;
    let t = ty_of(vm, &args[0])?;
    let s = as_type(&args[1]).ok_or_else(|| vm.type_error("issubclass() arg 1 must be a class"))?;
    Ok(int::new_bool(s.is_subtype(t)))
}

fn type_prepare(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(dict::new_dict())
}

fn type_get_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = ty_of(vm, v)?;
    Ok(new_str(builtin_short_name(t)))
}

/// A builtin type's `__name__`: its name after the last dot (`weakref.ReferenceType`).
fn builtin_short_name(t: &TypeObject) -> &str {
    let n = t.name();
    if t.is_heap() {
        return n;
    }
    // A builtin type defined by a module is named `module.name` (CPython's tp_name).
    n.rsplit_once('.').map_or(n, |(_, s)| s)
}
fn type_set_name(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let t = ty_of(vm, v)?;
    let s = n.as_ref().and_then(as_str).ok_or_else(|| {
        vm.type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            t.name(),
            n.as_ref().map_or("NoneType", |v| v.ty().name())
        ))
    })?;
    if !t.is_heap() {
        return Err(vm.type_error(format!(
            "cannot set '__name__' attribute of immutable type '{}'",
            t.name()
        )));
    }
    // SAFETY: class mutation; see `TypeData`'s Sync comment.
    unsafe { t.inner_mut() }.name = s.to_string();
    Ok(())
}
fn type_get_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = ty_of(vm, v)?;
    if !t.is_heap() {
        return Ok(new_str(builtin_short_name(t)));
    }
    Ok(new_str(&t.inner().qualname))
}
fn type_set_qualname(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let t = ty_of(vm, v)?;
    let s = n
        .as_ref()
        .and_then(as_str)
        .ok_or_else(|| vm.type_error("can only assign string to __qualname__"))?;
    // SAFETY: class mutation; see `TypeData`'s Sync comment.
    unsafe { t.inner_mut() }.qualname = s.to_string();
    Ok(())
}
fn type_get_module(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = ty_of(vm, v)?;
    // Heap classes, and builtin types of modules other than `builtins`, say where they live.
    if let Some(m) = dict::dict_get_str(t.dict(), &intern("__module__")) {
        // `type`'s own dict holds the `__module__` descriptor itself: not a module name.
        if t.is_heap() || as_str(&m).is_some() {
            return Ok(m);
        }
    }
    if !t.is_heap() {
        if let Some((module, _)) = t.name().rsplit_once('.') {
            return Ok(new_str(module));
        }
    }
    Ok(new_str("builtins"))
}
fn type_set_module(vm: &Vm, v: &Value, m: Option<Value>) -> PyResult<()> {
    let t = ty_of(vm, v)?;
    dict::dict_set_str(t.dict(), "__module__", m.unwrap_or_else(none::none));
    t.modified();
    Ok(())
}
fn type_get_bases(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(tuple::new_tuple(ty_of(vm, v)?.inner().bases.clone()))
}
fn type_get_base(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(ty_of(vm, v)?
        .inner()
        .bases
        .first()
        .cloned()
        .unwrap_or_else(none::none))
}
fn type_get_mro(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(tuple::new_tuple(ty_of(vm, v)?.mro().to_vec()))
}
fn type_get_dict(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = ty_of(vm, v)?;
    Ok(crate::types::mappingproxy::new_proxy(t.dict().clone()))
}
fn type_get_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = ty_of(vm, v)?;
    let d = dict::dict_get_str(t.dict(), &intern("__doc__")).unwrap_or_else(none::none);
    match d.ty().slots.descr_get.get() {
        Some(get) if !d.ty().is_subtype(builtin().str) => get(vm, &d, None, v),
        _ => Ok(d),
    }
}
fn type_set_doc(vm: &Vm, v: &Value, doc: Option<Value>) -> PyResult<()> {
    let t = ty_of(vm, v)?;
    if !t.is_heap() {
        return Err(vm.type_error(format!(
            "cannot set '__doc__' attribute of immutable type '{}'",
            t.name()
        )));
    }
    match doc {
        Some(d) => dict::dict_set_str(t.dict(), "__doc__", d),
        None => {
            dict::dict_del_str(t.dict(), &intern("__doc__"));
        }
    }
    t.modified();
    Ok(())
}
