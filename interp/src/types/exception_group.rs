//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction with CPython 3.11's
//! checks and messages (a `BaseExceptionGroup` of `Exception`s is an `ExceptionGroup`),
//! `message`, `exceptions`, `str()`, `derive`, `subgroup` and `split` (by exception type,
//! tuple of types or predicate, recursively, copying `__traceback__`, `__cause__`,
//! `__context__` and `__notes__` onto the groups they build).
//!
//! Must not: print groups (the interpreter's formatter prints them as plain exceptions; the
//! nested tree CPython draws is not implemented) or implement `except*` (the compiler
//! rejects it).

use crate::object::Value;
use crate::ops;
use crate::types::descriptors::add_getset;
use crate::types::exceptions::{base_new, group_of, set_group};
use crate::types::native::{add_class_method, add_method};
use crate::types::{as_type, builtin, none, str as pystr, tuple};
use crate::vm::{PyResult, Vm};

pub fn init_methods() {
    let t = builtin().base_exception_group;
    t.slots.new.set(Some(group_new));
    t.slots.str.set(Some(group_str));
    add_getset(t, "message", g_message, None);
    add_getset(t, "exceptions", g_exceptions, None);
    add_method(t, "derive", derive);
    add_method(t, "subgroup", subgroup);
    add_method(t, "split", split);
    add_class_method(t, "__class_getitem__", class_getitem);
    // ExceptionGroup inherited the slots before they were set above; the slot wrappers
    // (`__new__`, `__str__`) were made before this runs too.
    let eg = builtin().exception_group;
    eg.slots.new.set(Some(group_new));
    eg.slots.str.set(Some(group_str));
    crate::types::native::add_slot_wrappers(t);
}

fn group_new(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let b = builtin();
    let ty = as_type(cls).ok_or_else(|| vm.type_error("exception class expected"))?;
    let nkw = kwnames.map_or(0, |k| k.len());
    if nkw > 0 && !ty.is_heap() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", ty.name())));
    }
    let npos = args.len() - nkw;
    if npos != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({npos} given)"
        )));
    }
    let message = &args[0];
    if pystr::as_str(message).is_none() {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.ty().name()
        )));
    }
    let seq = &args[1];
    let is_sequence = seq.ty().slots.getitem.is_set()
        && crate::types::dict::as_dict(seq).is_none()
        && !seq.ty().is_subtype(b.set)
        && !seq.ty().is_subtype(b.frozenset);
    if !is_sequence {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = ops::collect(vm, seq)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, x) in items.iter().enumerate() {
        if !x.ty().is_subtype(b.base_exception) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !x.ty().is_subtype(b.exception) {
            nested_base = true;
        }
    }
    let mut cls = cls.clone();
    if std::ptr::eq(ty, b.base_exception_group) {
        if !nested_base {
            cls = b.exception_group.to_value();
        }
    } else if std::ptr::eq(ty, b.exception_group) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && ty.is_subtype(b.exception) {
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{}'", ty.name())));
    }
    let e = base_new(vm, &cls, &args[..npos], None)?;
    set_group(&e, message.clone(), tuple::new_tuple(items));
    Ok(e)
}

fn parts(vm: &Vm, e: &Value) -> PyResult<(Value, Value)> {
    group_of(e).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'BaseExceptionGroup' object but received a '{}'",
            e.ty().name()
        ))
    })
}

fn g_message(vm: &Vm, e: &Value) -> PyResult<Value> {
    Ok(parts(vm, e)?.0)
}

fn g_exceptions(vm: &Vm, e: &Value) -> PyResult<Value> {
    Ok(parts(vm, e)?.1)
}

fn group_str(vm: &Vm, e: &Value) -> PyResult<Value> {
    let (msg, excs) = parts(vm, e)?;
    let n = tuple::as_tuple(&excs).map_or(0, |t| t.len());
    Ok(pystr::new_string(format!(
        "{} ({n} sub-exception{})",
        pystr::as_str(&msg).unwrap_or(""),
        if n == 1 { "" } else { "s" }
    )))
}

fn class_getitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__class_getitem__", args.len(), 2, 2)?;
    Ok(crate::types::genericalias::new_generic_alias(
        vm,
        args[0].clone(),
        &args[1],
    ))
}

fn derive(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::no_kwargs(vm, "derive", kw)?;
    crate::types::native::check_count(vm, "derive", args.len() - 1, 1, 1)?;
    let (msg, _) = parts(vm, &args[0])?;
    let cls = builtin().base_exception_group.to_value();
    group_new(vm, &cls, &[msg, args[1].clone()], None)
}

/// What `split`/`subgroup` match with.
enum Matcher {
    Types(Value),
    Predicate(Value),
}

fn matcher(vm: &Vm, cond: &Value) -> PyResult<Matcher> {
    let b = builtin();
    let is_exc_type = |v: &Value| as_type(v).is_some_and(|t| t.is_subtype(b.base_exception));
    if is_exc_type(cond) {
        return Ok(Matcher::Types(cond.clone()));
    }
    if let Some(items) = tuple::as_tuple(cond) {
        if items.iter().all(is_exc_type) {
            return Ok(Matcher::Types(cond.clone()));
        }
    } else if ops::is_callable(cond) && as_type(cond).is_none() {
        return Ok(Matcher::Predicate(cond.clone()));
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(vm: &Vm, m: &Matcher, e: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => crate::builtins::is_instance(vm, e, t),
        Matcher::Predicate(p) => {
            let r = ops::call1(vm, p, e.clone())?;
            ops::truthy(vm, &r)
        }
    }
}

/// `eg.derive(excs)` with the original's metadata copied over.
fn derive_with_meta(vm: &Vm, eg: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let list = crate::types::list::new_list(excs);
    let r = ops::call_method(vm, eg, "derive", &[list])?;
    if !r.ty().is_subtype(builtin().base_exception_group) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    for name in ["__traceback__", "__cause__", "__context__"] {
        let v = ops::getattr_str(vm, eg, name)?;
        ops::setattr(vm, &r, &pystr::intern(name), v)?;
    }
    let notes = pystr::intern("__notes__");
    if let Some(n) = ops::getattr_opt(vm, eg, &notes)? {
        ops::setattr(vm, &r, &notes, n)?;
    }
    Ok(r)
}

/// Splits `e` into the part matching `m` and the rest (`rest` only when wanted).
fn split_rec(
    vm: &Vm,
    e: &Value,
    m: &Matcher,
    want_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(vm, m, e)? {
        return Ok((Some(e.clone()), None));
    }
    let Some((_, excs)) = group_of(e).filter(|_| e.ty().is_subtype(builtin().base_exception_group))
    else {
        return Ok((None, want_rest.then(|| e.clone())));
    };
    let items = tuple::as_tuple(&excs)
        .map(|t| t.to_vec())
        .unwrap_or_default();
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for x in &items {
        let _g = vm.enter(" in split()")?;
        let (a, r) = split_rec(vm, x, m, want_rest)?;
        matched.extend(a);
        rest.extend(r);
    }
    let a = if matched.is_empty() {
        None
    } else {
        Some(derive_with_meta(vm, e, matched)?)
    };
    let r = if want_rest && !rest.is_empty() {
        Some(derive_with_meta(vm, e, rest)?)
    } else {
        None
    };
    Ok((a, r))
}

fn cond_arg<'a>(
    vm: &Vm,
    fname: &str,
    args: &'a [Value],
    kw: Option<&[Value]>,
) -> PyResult<&'a Value> {
    crate::types::native::no_kwargs(vm, fname, kw)?;
    let n = args.len() - 1;
    if n != 1 {
        return Err(vm.type_error(format!("{fname} expected 1 argument, got {n}")));
    }
    Ok(&args[1])
}

fn subgroup(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let cond = cond_arg(vm, "subgroup", args, kw)?;
    parts(vm, &args[0])?;
    let m = matcher(vm, cond)?;
    let (a, _) = split_rec(vm, &args[0], &m, false)?;
    Ok(a.unwrap_or_else(none::none))
}

fn split(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let cond = cond_arg(vm, "split", args, kw)?;
    parts(vm, &args[0])?;
    let m = matcher(vm, cond)?;
    let (a, r) = split_rec(vm, &args[0], &m, true)?;
    Ok(tuple::new_tuple(vec![
        a.unwrap_or_else(none::none),
        r.unwrap_or_else(none::none),
    ]))
}
