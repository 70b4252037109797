//! `types.GenericAlias` (`list[int]`) and `types.UnionType` (`int | None`).
//!
//! Owns: the two types, `__class_getitem__` of the builtin containers and `type`, the `|`
//! operator of types (`type_or`), and `isinstance`/`issubclass` against a union. Weft
//! evaluates annotations in module and class bodies, so these objects must exist for
//! programs annotating with `list[int]` or `int | None` to run. Must not: implement the
//! `typing` module's own aliases (`typing.List[int]` is Python code in `interp/lib`).

use std::sync::atomic::Ordering;

use crate::bytecode::CompareOp;
use crate::object::{Payload, Value};
use crate::ops;
use crate::types::descriptors::add_getset;
use crate::types::native::{add_class_method, add_method, check_count};
use crate::types::{
    as_type, builtin, dict, int, none, str::as_str, str::intern, str::new_str, tuple, TypeObject,
    TypeSpec,
};
use crate::vm::{PyResult, Vm};

/// `origin[args]`.
pub struct GenericAliasObj {
    pub origin: Value,
    /// A tuple.
    pub args: Value,
    /// The type variables among `args` (a tuple).
    pub parameters: Value,
}

/// `a | b | ...`.
pub struct UnionObj {
    /// A tuple of the distinct members, `None` as `NoneType`.
    pub args: Value,
    pub parameters: Value,
}

impl Payload for GenericAliasObj {
    fn class() -> &'static TypeObject {
        generic_alias_type()
    }
}

impl Payload for UnionObj {
    fn class() -> &'static TypeObject {
        union_type()
    }
}

fn late_type<T: 'static>(name: &'static str) -> &'static TypeObject {
    let t = crate::types::new_builtin_type(TypeSpec::of::<T>(name, Some(builtin().object)));
    t.header.ty.store(
        builtin().type_ as *const TypeObject as *mut TypeObject,
        Ordering::Relaxed,
    );
    // SAFETY: the new type is not shared yet.
    unsafe { t.inner_mut() }.dict = dict::new_dict();
    t
}

/// The `types.GenericAlias` type.
pub fn generic_alias_type() -> &'static TypeObject {
    static T: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let p = *T.get_or_init(|| {
        let t = late_type::<GenericAliasObj>("types.GenericAlias");
        t.slots.repr.set(Some(ga_repr));
        t.slots.hash.set(Some(ga_hash));
        t.slots.richcompare.set(Some(ga_richcompare));
        t.slots.getattr.set(Some(ga_getattr));
        t.slots.call.set(Some(ga_call));
        t.slots.getitem.set(Some(ga_getitem));
        t.slots.or.set(Some(union_or));
        t.slots.new.set(Some(ga_new));
        crate::types::native::add_slot_wrappers(t);
        add_getset(t, "__origin__", ga_origin, None);
        add_getset(t, "__args__", ga_args, None);
        add_getset(t, "__parameters__", ga_parameters, None);
        add_method(t, "__mro_entries__", ga_mro_entries);
        add_method(t, "__instancecheck__", ga_instancecheck);
        add_method(t, "__subclasscheck__", ga_subclasscheck);
        t as *const TypeObject as usize
    });
    // SAFETY: leaked immortal type created once above.
    unsafe { &*(p as *const TypeObject) }
}

/// The `types.UnionType` type.
pub fn union_type() -> &'static TypeObject {
    static T: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let p = *T.get_or_init(|| {
        let t = late_type::<UnionObj>("types.UnionType");
        t.slots.repr.set(Some(union_repr));
        t.slots.hash.set(Some(union_hash));
        t.slots.richcompare.set(Some(union_richcompare));
        t.slots.or.set(Some(union_or));
        crate::types::native::add_slot_wrappers(t);
        add_getset(t, "__args__", union_args, None);
        add_getset(t, "__parameters__", union_parameters, None);
        add_method(t, "__instancecheck__", union_instancecheck);
        add_method(t, "__subclasscheck__", union_subclasscheck);
        t as *const TypeObject as usize
    });
    // SAFETY: leaked immortal type created once above.
    unsafe { &*(p as *const TypeObject) }
}

/// Adds `__class_getitem__` (making a GenericAlias) to the builtin types that have it.
pub fn init_methods() {
    let b = builtin();
    for t in [b.list, b.dict, b.tuple, b.set, b.frozenset, b.type_] {
        add_class_method(t, "__class_getitem__", class_getitem);
    }
}

fn class_getitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "__class_getitem__", args.len(), 2, 2)?;
    Ok(new_generic_alias(vm, args[0].clone(), &args[1]))
}

/// `origin[item]`: `item` may be a tuple of arguments.
pub fn new_generic_alias(vm: &Vm, origin: Value, item: &Value) -> Value {
    let args = match tuple::as_tuple(item) {
        Some(_) => item.clone(),
        None => tuple::new_tuple(vec![item.clone()]),
    };
    let parameters = collect_parameters(vm, &args);
    Value::alloc(
        generic_alias_type(),
        GenericAliasObj {
            origin,
            args,
            parameters,
        },
    )
}

fn ga_new(vm: &Vm, _cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::no_kwargs(vm, "GenericAlias", kw)?;
    check_count(vm, "GenericAlias", args.len(), 2, 2)?;
    Ok(new_generic_alias(vm, args[0].clone(), &args[1]))
}

/// The type variables (objects with `__typing_subst__`) among `args`, and those of nested
/// aliases, without repeats.
fn collect_parameters(vm: &Vm, args: &Value) -> Value {
    let mut out: Vec<Value> = Vec::new();
    for a in tuple::as_tuple(args).unwrap_or(&[]) {
        if as_type(a).is_some() {
            continue;
        }
        if matches!(
            ops::getattr_opt(vm, a, &intern("__typing_subst__")),
            Ok(Some(_))
        ) {
            if !out.iter().any(|o| o.is(a)) {
                out.push(a.clone());
            }
            continue;
        }
        if let Ok(Some(ps)) = ops::getattr_opt(vm, a, &intern("__parameters__")) {
            if let Some(ps) = tuple::as_tuple(&ps) {
                for p in ps {
                    if !out.iter().any(|o| o.is(p)) {
                        out.push(p.clone());
                    }
                }
            }
        }
    }
    tuple::new_tuple(out)
}

fn ga<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a GenericAliasObj> {
    v.downcast::<GenericAliasObj>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'types.GenericAlias' object"))
}

fn un<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a UnionObj> {
    v.downcast::<UnionObj>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'types.UnionType' object"))
}

/// How an alias shows one of its parts (CPython's `ga_repr_item`).
fn repr_item(vm: &Vm, p: &Value) -> PyResult<String> {
    if p.is(&none::ellipsis()) {
        return Ok("...".to_string());
    }
    if ops::getattr_opt(vm, p, &intern("__origin__"))?.is_some()
        && ops::getattr_opt(vm, p, &intern("__args__"))?.is_some()
    {
        return ops::repr_string(vm, p);
    }
    let qualname = ops::getattr_opt(vm, p, &intern("__qualname__"))?;
    let module = ops::getattr_opt(vm, p, &intern("__module__"))?;
    if let (Some(q), Some(m)) = (qualname, module) {
        if let (Some(q), Some(m)) = (as_str(&q), as_str(&m)) {
            return Ok(if m == "builtins" {
                q.to_string()
            } else {
                format!("{m}.{q}")
            });
        }
    }
    ops::repr_string(vm, p)
}

fn ga_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let g = ga(vm, v)?;
    let _guard = vm.enter(" while getting the repr of an object")?;
    let mut s = repr_item(vm, &g.origin)?;
    s.push('[');
    let args = tuple::as_tuple(&g.args).unwrap_or(&[]);
    if args.is_empty() {
        s.push_str("()");
    }
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        match crate::types::list::as_list(a) {
            // A list of arguments (`Callable[[int], str]`).
            Some(l) => {
                s.push('[');
                for (j, x) in l.snapshot().iter().enumerate() {
                    if j > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&repr_item(vm, x)?);
                }
                s.push(']');
            }
            None => s.push_str(&repr_item(vm, a)?),
        }
    }
    s.push(']');
    Ok(new_str(&s))
}

fn ga_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let g = ga(vm, v)?;
    let h = ops::hash(vm, &g.origin)? ^ ops::hash(vm, &g.args)?;
    Ok(if h == -1 { -2 } else { h })
}

fn ga_richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (
        a.downcast::<GenericAliasObj>(),
        b.downcast::<GenericAliasObj>(),
    ) else {
        return Ok(none::not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(none::not_implemented());
    }
    let same = ops::eq(vm, &x.origin, &y.origin)? && ops::eq(vm, &x.args, &y.args)?;
    Ok(int::new_bool(same == matches!(op, CompareOp::Eq)))
}

/// Attributes other than the alias's own are looked up on the origin.
fn ga_getattr(vm: &Vm, v: &Value, name: &Value) -> PyResult<Value> {
    const OWN: &[&str] = &[
        "__class__",
        "__origin__",
        "__args__",
        "__unpacked__",
        "__parameters__",
        "__typing_unpacked_tuple_args__",
        "__mro_entries__",
        "__reduce_ex__",
        "__reduce__",
        "__copy__",
        "__deepcopy__",
    ];
    let n = as_str(name).unwrap_or("");
    if !OWN.contains(&n) {
        let g = ga(vm, v)?;
        return ops::getattr(vm, &g.origin, name);
    }
    crate::types::object::generic_getattr(vm, v, name)
}

fn ga_call(vm: &Vm, v: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let g = ga(vm, v)?;
    let r = ops::call(vm, &g.origin, args, kw)?;
    if let Err(e) = ops::setattr(vm, &r, &intern("__orig_class__"), v.clone()) {
        let b = builtin();
        if !vm.err_matches(&e, b.attribute_error) && !vm.err_matches(&e, b.type_error) {
            return Err(e);
        }
    }
    Ok(r)
}

/// `alias[args]`: substitutes the alias's type variables.
fn ga_getitem(vm: &Vm, v: &Value, item: &Value) -> PyResult<Value> {
    let g = ga(vm, v)?;
    let params = tuple::as_tuple(&g.parameters).unwrap_or(&[]).to_vec();
    if params.is_empty() {
        return Err(vm.type_error(format!(
            "{} is not a generic class",
            ops::repr_string(vm, v)?
        )));
    }
    let given: Vec<Value> = match tuple::as_tuple(item) {
        Some(t) => t.to_vec(),
        None => vec![item.clone()],
    };
    if given.len() != params.len() {
        return Err(vm.type_error(format!(
            "Too {} arguments for {}; actual {}, expected {}",
            if given.len() > params.len() {
                "many"
            } else {
                "few"
            },
            ops::repr_string(vm, v)?,
            given.len(),
            params.len()
        )));
    }
    let mut new_args = Vec::new();
    for a in tuple::as_tuple(&g.args).unwrap_or(&[]) {
        if let Some(i) = params.iter().position(|p| p.is(a)) {
            new_args.push(given[i].clone());
            continue;
        }
        let sub = match ops::getattr_opt(vm, a, &intern("__parameters__"))? {
            Some(ps) if as_type(a).is_none() => tuple::as_tuple(&ps).map(|p| p.to_vec()),
            _ => None,
        };
        match sub {
            Some(ps) if !ps.is_empty() => {
                let mut sub_args = Vec::new();
                for p in &ps {
                    let i = params.iter().position(|q| q.is(p));
                    sub_args.push(match i {
                        Some(i) => given[i].clone(),
                        None => p.clone(),
                    });
                }
                let key = if sub_args.len() == 1 {
                    sub_args.pop().unwrap_or_else(none::none)
                } else {
                    tuple::new_tuple(sub_args)
                };
                new_args.push(ops::getitem(vm, a, &key)?);
            }
            _ => new_args.push(a.clone()),
        }
    }
    Ok(new_generic_alias(
        vm,
        g.origin.clone(),
        &tuple::new_tuple(new_args),
    ))
}

fn ga_origin(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(ga(vm, v)?.origin.clone())
}
fn ga_args(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(ga(vm, v)?.args.clone())
}
fn ga_parameters(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(ga(vm, v)?.parameters.clone())
}

fn ga_mro_entries(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "__mro_entries__", args.len(), 2, 2)?;
    Ok(tuple::new_tuple(vec![ga(vm, &args[0])?.origin.clone()]))
}

fn ga_instancecheck(vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

// ---- unions ------------------------------------------------------------------------------

fn is_unionable(v: &Value) -> bool {
    none::is_none(v)
        || as_type(v).is_some()
        || v.downcast::<GenericAliasObj>().is_some()
        || v.downcast::<UnionObj>().is_some()
}

/// The members `v` contributes to a union.
fn members(v: &Value, out: &mut Vec<Value>) {
    if let Some(u) = v.downcast::<UnionObj>() {
        out.extend(tuple::as_tuple(&u.args).unwrap_or(&[]).iter().cloned());
    } else if none::is_none(v) {
        out.push(builtin().none.to_value());
    } else {
        out.push(v.clone());
    }
}

/// `a | b` for types, None, aliases and unions; NotImplemented for anything else.
pub fn union_or(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_unionable(a) || !is_unionable(b) {
        return Ok(none::not_implemented());
    }
    let mut all = Vec::new();
    members(a, &mut all);
    members(b, &mut all);
    let mut uniq: Vec<Value> = Vec::new();
    for m in all {
        let mut dup = false;
        for u in &uniq {
            let same = if u.downcast::<GenericAliasObj>().is_some()
                && m.downcast::<GenericAliasObj>().is_some()
            {
                ops::eq(vm, u, &m)?
            } else {
                u.is(&m)
            };
            if same {
                dup = true;
                break;
            }
        }
        if !dup {
            uniq.push(m);
        }
    }
    if uniq.len() == 1 {
        return Ok(uniq.pop().unwrap_or_else(none::none));
    }
    let args = tuple::new_tuple(uniq);
    let parameters = collect_parameters(vm, &args);
    Ok(Value::alloc(union_type(), UnionObj { args, parameters }))
}

fn union_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let u = un(vm, v)?;
    let _guard = vm.enter(" while getting the repr of an object")?;
    let mut parts = Vec::new();
    for a in tuple::as_tuple(&u.args).unwrap_or(&[]) {
        if a.is(&builtin().none.to_value()) {
            parts.push("None".to_string());
        } else {
            parts.push(repr_item(vm, a)?);
        }
    }
    Ok(new_str(&parts.join(" | ")))
}

fn union_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let u = un(vm, v)?;
    let mut h: i64 = 0x345678;
    for a in tuple::as_tuple(&u.args).unwrap_or(&[]) {
        // Order-insensitive, like hashing the frozenset of members.
        h ^= ops::hash(vm, a)?.wrapping_mul(0x5bd1e995);
    }
    Ok(if h == -1 { -2 } else { h })
}

fn union_richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<UnionObj>(), b.downcast::<UnionObj>()) else {
        return Ok(none::not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(none::not_implemented());
    }
    let xs = tuple::as_tuple(&x.args).unwrap_or(&[]);
    let ys = tuple::as_tuple(&y.args).unwrap_or(&[]);
    let mut same = true;
    for (p, q) in [(xs, ys), (ys, xs)] {
        for m in p {
            let mut found = false;
            for n in q {
                if ops::eq(vm, m, n)? {
                    found = true;
                    break;
                }
            }
            if !found {
                same = false;
            }
        }
    }
    Ok(int::new_bool(same == matches!(op, CompareOp::Eq)))
}

fn union_args(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(un(vm, v)?.args.clone())
}
fn union_parameters(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(un(vm, v)?.parameters.clone())
}

fn union_check(vm: &Vm, args: &[Value], what: &str) -> PyResult<Value> {
    check_count(vm, what, args.len(), 2, 2)?;
    let u = un(vm, &args[0])?;
    let members = tuple::as_tuple(&u.args).unwrap_or(&[]).to_vec();
    // Like a tuple of the members: checked in order, so a parameterized generic raises
    // only when the check reaches it.
    let fname = if what == "__instancecheck__" {
        "isinstance"
    } else {
        "issubclass"
    };
    let tup = tuple::new_tuple(members);
    let r = if fname == "isinstance" {
        crate::builtins::is_instance(vm, &args[1], &tup)?
    } else {
        crate::builtins::is_subclass(vm, &args[1], &tup)?
    };
    Ok(int::new_bool(r))
}

fn union_instancecheck(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    union_check(vm, args, "__instancecheck__")
}

fn union_subclasscheck(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    union_check(vm, args, "__subclasscheck__")
}
