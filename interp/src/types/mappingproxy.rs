//! `mappingproxy` (`types.MappingProxyType`): a read-only view of a mapping, and what
//! `type.__dict__` and `vars(cls)` return, as in CPython.
//!
//! Owns: the type, its constructor's check (a mapping, not a list or tuple), reads that
//! delegate to the mapping (`[]`, `len`, `in`, iteration, `get`, `keys`, `values`, `items`,
//! `copy`, `reversed`, `|`, comparisons), and its repr/str.
//! Must not: offer any way to mutate the underlying mapping.

use crate::bytecode::{BinaryOp, CompareOp};
use crate::modules::modtype::{new_type, LazyType};
use crate::object::{Payload, Value};
use crate::ops;
use crate::types::native::{add_class_method, add_method, check_count, no_kwargs, Args};
use crate::types::{builtin, dict, list, none, str as pystr, TypeObject};
use crate::vm::{PyResult, Vm};

/// The payload: the mapping viewed (never replaced).
pub struct MappingProxy {
    mapping: Value,
}

static PROXY_TYPE: LazyType = LazyType::new();

impl Payload for MappingProxy {
    fn class() -> &'static TypeObject {
        proxy_type()
    }
}

pub fn proxy_type() -> &'static TypeObject {
    PROXY_TYPE.get(|| {
        let t = new_type::<MappingProxy>("mappingproxy", None, false, |t| {
            let s = &t.slots;
            s.new.set(Some(proxy_new));
            s.repr.set(Some(proxy_repr));
            s.str.set(Some(proxy_str));
            s.hash.set(Some(list::unhashable));
            s.richcompare.set(Some(proxy_richcompare));
            s.len.set(Some(|vm, v| ops::len(vm, &inner(vm, v)?)));
            s.getitem
                .set(Some(|vm, v, k| ops::getitem(vm, &inner(vm, v)?, k)));
            s.contains
                .set(Some(|vm, v, k| ops::contains(vm, &inner(vm, v)?, k)));
            s.iter.set(Some(|vm, v| ops::iter(vm, &inner(vm, v)?)));
            s.or.set(Some(proxy_or));
            s.setitem.set(Some(|vm, v, _k, x| {
                Err(vm.type_error(format!(
                    "'{}' object does not support item {}",
                    v.ty().name(),
                    if x.is_some() {
                        "assignment"
                    } else {
                        "deletion"
                    }
                )))
            }));
            add_method(t, "get", proxy_get);
            add_method(t, "keys", |vm, a, k| delegate(vm, "keys", a, k));
            add_method(t, "values", |vm, a, k| delegate(vm, "values", a, k));
            add_method(t, "items", |vm, a, k| delegate(vm, "items", a, k));
            add_method(t, "copy", |vm, a, k| delegate(vm, "copy", a, k));
            add_method(t, "__reversed__", proxy_reversed);
            add_class_method(t, "__class_getitem__", |vm, a, _k| {
                check_count(vm, "__class_getitem__", a.len(), 2, 2)?;
                Ok(crate::types::genericalias::new_generic_alias(
                    vm,
                    a[0].clone(),
                    &a[1],
                ))
            });
        });
        dict::dict_set_str(t.dict(), "__hash__", none::none());
        dict::dict_set_str(t.dict(), "__module__", pystr::new_str("builtins"));
        t
    })
}

/// A read-only proxy of `mapping` (no checks: for `type.__dict__`).
pub fn new_proxy(mapping: Value) -> Value {
    Value::alloc(proxy_type(), MappingProxy { mapping })
}

fn inner(vm: &Vm, v: &Value) -> PyResult<Value> {
    v.downcast::<MappingProxy>()
        .map(|p| p.mapping.clone())
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor requires a 'mappingproxy' object but received a '{}'",
                v.ty().name()
            ))
        })
}

/// The mapping behind `v` if it is a proxy, else `v` itself.
fn unwrap(v: &Value) -> Value {
    match v.downcast::<MappingProxy>() {
        Some(p) => p.mapping.clone(),
        None => v.clone(),
    }
}

static NEW_ARGS: Args = Args::new("mappingproxy", &["mapping"]);

fn proxy_new(vm: &Vm, _cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"));
    }
    let a = NEW_ARGS.parse(vm, args, kw, 1)?;
    let m = a[0].clone().unwrap_or_else(none::none);
    let b = builtin();
    let is_mapping =
        m.ty().slots.getitem.is_set() && !m.ty().is_subtype(b.list) && !m.ty().is_subtype(b.tuple);
    if !is_mapping {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            m.ty().name()
        )));
    }
    Ok(new_proxy(m))
}

fn proxy_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let m = inner(vm, v)?;
    Ok(pystr::new_string(format!(
        "mappingproxy({})",
        ops::repr_string(vm, &m)?
    )))
}

fn proxy_str(vm: &Vm, v: &Value) -> PyResult<Value> {
    ops::str_(vm, &inner(vm, v)?)
}

fn proxy_richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let Some(p) = a.downcast::<MappingProxy>() else {
        return Ok(none::not_implemented());
    };
    ops::richcompare(vm, &p.mapping, b, op)
}

fn proxy_or(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    ops::binary_op(vm, &unwrap(a), &unwrap(b), BinaryOp::Or)
}

fn delegate(vm: &Vm, name: &str, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, &format!("mappingproxy.{name}"), kw)?;
    check_count(
        vm,
        &format!("mappingproxy.{name}"),
        args.len().saturating_sub(1),
        0,
        0,
    )?;
    let m = inner(vm, &args[0])?;
    ops::call_method(vm, &m, name, &[])
}

fn proxy_get(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "get", kw)?;
    let n = args.len().saturating_sub(1);
    if !(1..=2).contains(&n) {
        return Err(vm.type_error(if n == 0 {
            "get expected at least 1 argument, got 0".to_string()
        } else {
            format!("get expected at most 2 arguments, got {n}")
        }));
    }
    let m = inner(vm, &args[0])?;
    let default = args.get(2).cloned().unwrap_or_else(none::none);
    ops::call_method(vm, &m, "get", &[args[1].clone(), default])
}

fn proxy_reversed(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "__reversed__", kw)?;
    let m = inner(vm, &args[0])?;
    ops::call(vm, &builtin().reversed.to_value(), &[m], None)
}
