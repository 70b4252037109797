//! Module objects: a namespace dict with attribute access.
//!
//! Owns: the `module` type. Must not: import anything (that is `modules/`).

use crate::object::{Payload, Value};
use crate::types::descriptors::add_getset;
use crate::types::{
    builtin, dict, none, str::as_str, str::intern, str::new_str, type_flags, TypeObject, TypeSpec,
};
use crate::vm::{PyResult, Vm};

pub struct ModuleObj {
    pub dict: Value,
}

impl Payload for ModuleObj {
    fn class() -> &'static TypeObject {
        builtin().module
    }
}

pub fn make_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<ModuleObj>("module", Some(object)).flags(type_flags::BASETYPE));
    t.slots.getattr.set(Some(module_getattr));
    t.slots.setattr.set(Some(module_setattr));
    t.slots.repr.set(Some(module_repr));
    t.slots.new.set(Some(module_new));
    t
}

pub fn init_methods() {
    add_getset(
        builtin().module,
        "__dict__",
        |_vm, m| Ok(module_dict(m)),
        None,
    );
}

/// A new module named `name` with a fresh namespace.
pub fn new_module(name: &str) -> Value {
    let d = dict::new_dict();
    dict::dict_set_str(&d, "__name__", new_str(name));
    dict::dict_set_str(&d, "__doc__", none::none());
    dict::dict_set_str(&d, "__package__", none::none());
    dict::dict_set_str(&d, "__loader__", none::none());
    dict::dict_set_str(&d, "__spec__", none::none());
    // Modules and their namespaces are read by every thread (each call of a module-level
    // function takes a reference to its globals): immortal, so threads do not fight over
    // their refcounts. Neither is visible to another thread yet.
    d.header().make_immortal();
    let m = Value::alloc(builtin().module, ModuleObj { dict: d });
    m.header().make_immortal();
    m
}

pub fn module_dict(m: &Value) -> Value {
    match m.downcast::<ModuleObj>() {
        Some(mo) => mo.dict.clone(),
        None => dict::new_dict(),
    }
}

pub fn module_name(m: &Value) -> Option<String> {
    let d = m.downcast::<ModuleObj>()?.dict.clone();
    dict::dict_get_str(&d, &intern("__name__")).and_then(|n| as_str(&n).map(|s| s.to_string()))
}

fn module_new(vm: &Vm, _cls: &Value, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let name = args
        .first()
        .and_then(as_str)
        .ok_or_else(|| vm.type_error("module() argument 'name' must be str"))?;
    let m = new_module(name);
    if let Some(doc) = args.get(1) {
        dict::dict_set_str(&module_dict(&m), "__doc__", doc.clone());
    }
    Ok(m)
}

fn module_getattr(vm: &Vm, m: &Value, name: &Value) -> PyResult<Value> {
    // The namespace is the instance dict: it wins over non-data descriptors of the type
    // (a module may define `__lt__` or `__repr__` as plain globals).
    let d = module_dict(m);
    let data_descr = m
        .ty()
        .lookup(name)
        .is_some_and(|t| t.ty().slots.descr_set.is_set());
    if !data_descr {
        if let Some(v) = dict::dict_get_str(&d, name) {
            return Ok(v);
        }
    }
    if let Some(v) = crate::types::object::generic_getattr_opt(vm, m, name)? {
        return Ok(v);
    }
    if let Some(ga) = dict::dict_get_str(&d, &intern("__getattr__")) {
        return crate::ops::call1(vm, &ga, name.clone());
    }
    let mname = module_name(m).unwrap_or_else(|| "?".into());
    Err(vm.attribute_error(format!(
        "module '{}' has no attribute '{}'",
        mname,
        as_str(name).unwrap_or("?")
    )))
}

fn module_setattr(vm: &Vm, m: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let d = module_dict(m);
    match value {
        Some(v) => {
            dict::dict_set_str_value(&d, name.clone(), v);
            Ok(())
        }
        None => {
            if dict::dict_del_str(&d, name) {
                Ok(())
            } else {
                Err(vm.attribute_error(format!(
                    "module '{}' has no attribute '{}'",
                    module_name(m).unwrap_or_default(),
                    as_str(name).unwrap_or("?")
                )))
            }
        }
    }
}

fn module_repr(_vm: &Vm, m: &Value) -> PyResult<Value> {
    let name = module_name(m).unwrap_or_else(|| "?".into());
    let d = module_dict(m);
    Ok(new_str(&match dict::dict_get_str(&d, &intern("__file__"))
        .and_then(|f| as_str(&f).map(|s| s.to_string()))
    {
        Some(f) => format!("<module '{name}' from '{f}'>"),
        None => format!("<module '{name}' (built-in)>"),
    }))
}
