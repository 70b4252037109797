//! Functions written in Rust: builtin functions, method descriptors, slot wrappers, and
//! argument parsing for them.
//!
//! Owns: the native calling convention (`NativeFn`: vectorcall, positional arguments then
//! keyword values, `kwnames` naming the trailing ones), declaring methods on builtin types
//! (`add_method`), exposing slots as dunder methods (`add_slot_wrappers`), and `Args`, the
//! argument parser every native function uses so errors read like CPython's.
//! Must not: implement the behaviour of particular functions.

use crate::object::{Payload, Value};
use crate::types::{builtin, dict, str::new_str, TypeObject, TypeSpec};
use crate::vm::{PyResult, Vm};

/// A function implemented in Rust. For methods, `args[0]` is `self`.
pub type NativeFn = fn(&Vm, &[Value], Option<&[Value]>) -> PyResult<Value>;

/// The behaviour of a slot wrapper: calls `owner`'s slot (never the receiver's type's,
/// which may be a subclass routing the slot back to Python).
pub type SlotCallFn = fn(&Vm, &TypeObject, &[Value], Option<&[Value]>) -> PyResult<Value>;

/// `builtin_function_or_method`: a native function, possibly bound to `self_`.
pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// The receiver for bound builtin methods (`[].append`), prepended to the arguments.
    pub self_: Option<Value>,
    /// The module name shown in reprs (`None` for methods).
    pub module: Option<&'static str>,
}

impl Payload for BuiltinFunction {
    fn class() -> &'static TypeObject {
        builtin().builtin_function
    }
}

/// `method_descriptor`: a method of a builtin type, found in the type's dict.
pub struct MethodDescr {
    pub name: &'static str,
    pub func: NativeFn,
    pub owner: &'static TypeObject,
    /// `classmethod`-style descriptors (e.g. `dict.fromkeys`) bind to the class.
    pub class_method: bool,
    /// `staticmethod`-style (e.g. `str.maketrans`): never binds.
    pub static_method: bool,
}

impl Payload for MethodDescr {
    fn class() -> &'static TypeObject {
        builtin().method_descriptor
    }
}

/// `wrapper_descriptor`: a slot of a builtin type exposed as a dunder method
/// (`int.__add__`). Calling it dispatches through the owner's slot.
pub struct SlotWrapper {
    pub name: &'static str,
    pub owner: &'static TypeObject,
    pub call: SlotCallFn,
}

impl Payload for SlotWrapper {
    fn class() -> &'static TypeObject {
        builtin().slot_wrapper
    }
}

pub fn make_builtin_function_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<BuiltinFunction>(
        "builtin_function_or_method",
        Some(object),
    ));
    t.slots.call.set(Some(call_builtin_function));
    t.slots.repr.set(Some(repr_builtin_function));
    t
}

pub fn make_method_descriptor_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<MethodDescr>(
        "method_descriptor",
        Some(object),
    ));
    t.slots.call.set(Some(call_method_descr));
    t.slots.descr_get.set(Some(get_method_descr));
    t.slots.repr.set(Some(repr_method_descr));
    t
}

pub fn make_slot_wrapper_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<SlotWrapper>(
        "wrapper_descriptor",
        Some(object),
    ));
    t.slots.call.set(Some(call_slot_wrapper));
    t.slots.descr_get.set(Some(get_slot_wrapper));
    t.slots.repr.set(Some(repr_slot_wrapper));
    t
}

/// A new builtin function object (module-level functions such as `len`).
pub fn new_builtin_function(
    name: &'static str,
    module: Option<&'static str>,
    func: NativeFn,
) -> Value {
    Value::alloc(
        builtin().builtin_function,
        BuiltinFunction {
            name,
            func,
            self_: None,
            module,
        },
    )
}

/// Declares a method of builtin type `ty`: an instance method, a class method (bound to
/// the class) or a static method (never bound).
fn add_descriptor(
    ty: &'static TypeObject,
    name: &'static str,
    func: NativeFn,
    class_method: bool,
    static_method: bool,
) {
    let d = Value::alloc(
        builtin().method_descriptor,
        MethodDescr {
            name,
            func,
            owner: ty,
            class_method,
            static_method,
        },
    );
    dict::dict_set_str(ty.dict(), name, d);
}

/// Declares method `name` on builtin type `ty`.
pub fn add_method(ty: &'static TypeObject, name: &'static str, func: NativeFn) {
    add_descriptor(ty, name, func, false, false);
}

/// Declares a class method (bound to the class when looked up) on builtin type `ty`.
pub fn add_class_method(ty: &'static TypeObject, name: &'static str, func: NativeFn) {
    add_descriptor(ty, name, func, true, false);
}

/// Declares a static method on builtin type `ty`.
pub fn add_static_method(ty: &'static TypeObject, name: &'static str, func: NativeFn) {
    add_descriptor(ty, name, func, false, true);
}

/// Declares function `name` of builtin module `module` in namespace `d`.
pub fn add_function(d: &Value, module: &'static str, name: &'static str, func: NativeFn) {
    dict::dict_set_str(d, name, new_builtin_function(name, Some(module), func));
}

fn bf(v: &Value) -> &BuiltinFunction {
    // SAFETY: the getsets below are installed only on builtin_function_or_method.
    unsafe { v.payload_unchecked::<BuiltinFunction>() }
}

/// Attributes of builtin functions (`__name__`, `__qualname__`, `__module__`, `__self__`).
pub fn init_builtin_function_attrs() {
    use crate::types::descriptors::add_getset;
    let t = builtin().builtin_function;
    add_getset(t, "__name__", |_vm, f| Ok(new_str(bf(f).name)), None);
    add_getset(
        t,
        "__qualname__",
        |_vm, f| {
            let b = bf(f);
            Ok(new_str(&match &b.self_ {
                Some(s) if crate::types::as_type(s).is_some() => {
                    format!(
                        "{}.{}",
                        crate::types::as_type(s).map(|t| t.name()).unwrap_or(""),
                        b.name
                    )
                }
                Some(s) => format!("{}.{}", s.ty().name(), b.name),
                None => b.name.to_string(),
            }))
        },
        None,
    );
    add_getset(
        t,
        "__module__",
        |_vm, f| {
            Ok(bf(f)
                .module
                .map(new_str)
                .unwrap_or_else(crate::types::none::none))
        },
        None,
    );
    add_getset(
        t,
        "__self__",
        |_vm, f| Ok(bf(f).self_.clone().unwrap_or_else(crate::types::none::none)),
        None,
    );
    add_getset(t, "__doc__", |_vm, _f| Ok(crate::types::none::none()), None);
    let d = builtin().method_descriptor;
    add_getset(
        d,
        "__name__",
        |_vm, f| {
            // SAFETY: installed only on method_descriptor.
            Ok(new_str(
                unsafe { f.payload_unchecked::<MethodDescr>() }.name,
            ))
        },
        None,
    );
    add_getset(
        d,
        "__qualname__",
        |_vm, f| {
            // SAFETY: installed only on method_descriptor.
            let m = unsafe { f.payload_unchecked::<MethodDescr>() };
            Ok(new_str(&format!("{}.{}", m.owner.name(), m.name)))
        },
        None,
    );
    let w = builtin().slot_wrapper;
    add_getset(
        w,
        "__name__",
        |_vm, f| {
            // SAFETY: installed only on wrapper_descriptor.
            Ok(new_str(
                unsafe { f.payload_unchecked::<SlotWrapper>() }.name,
            ))
        },
        None,
    );
    add_getset(
        w,
        "__qualname__",
        |_vm, f| {
            // SAFETY: installed only on wrapper_descriptor.
            let m = unsafe { f.payload_unchecked::<SlotWrapper>() };
            Ok(new_str(&format!("{}.{}", m.owner.name(), m.name)))
        },
        None,
    );
}

fn call_builtin_function(
    vm: &Vm,
    callable: &Value,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<Value> {
    // SAFETY: this slot is installed only on `builtin_function_or_method`, whose payload
    // is `BuiltinFunction`.
    let f = unsafe { callable.payload_unchecked::<BuiltinFunction>() };
    match &f.self_ {
        None => (f.func)(vm, args, kwnames),
        Some(s) => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(s.clone());
            full.extend_from_slice(args);
            (f.func)(vm, &full, kwnames)
        }
    }
}

fn repr_builtin_function(_vm: &Vm, v: &Value) -> PyResult<Value> {
    // SAFETY: installed only on `builtin_function_or_method`.
    let f = unsafe { v.payload_unchecked::<BuiltinFunction>() };
    Ok(new_str(&match &f.self_ {
        None => format!("<built-in function {}>", f.name),
        Some(s) => format!(
            "<built-in method {} of {} object at {:#x}>",
            f.name,
            s.ty().name(),
            s.bits()
        ),
    }))
}

fn call_method_descr(
    vm: &Vm,
    callable: &Value,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<Value> {
    // SAFETY: installed only on `method_descriptor`.
    let d = unsafe { callable.payload_unchecked::<MethodDescr>() };
    if d.static_method || d.class_method {
        if d.class_method {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(d.owner.to_value());
            full.extend_from_slice(args);
            return (d.func)(vm, &full, kwnames);
        }
        return (d.func)(vm, args, kwnames);
    }
    let npos = args.len() - kwnames.map_or(0, |k| k.len());
    if npos == 0 {
        return Err(vm.type_error(format!(
            "unbound method {}.{}() needs an argument",
            d.owner.name(),
            d.name
        )));
    }
    if !args[0].ty().is_subtype(d.owner) {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.name,
            d.owner.name(),
            args[0].ty().name()
        )));
    }
    (d.func)(vm, args, kwnames)
}

fn get_method_descr(
    vm: &Vm,
    descr: &Value,
    instance: Option<&Value>,
    owner: &Value,
) -> PyResult<Value> {
    // SAFETY: installed only on `method_descriptor`.
    let d = unsafe { descr.payload_unchecked::<MethodDescr>() };
    if d.static_method {
        return Ok(new_builtin_function(d.name, None, d.func));
    }
    if d.class_method {
        return Ok(Value::alloc(
            builtin().builtin_function,
            BuiltinFunction {
                name: d.name,
                func: d.func,
                self_: Some(owner.clone()),
                module: None,
            },
        ));
    }
    match instance {
        None => Ok(descr.clone()),
        Some(inst) => {
            if !inst.ty().is_subtype(d.owner) {
                return Err(vm.type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    d.name,
                    d.owner.name(),
                    inst.ty().name()
                )));
            }
            Ok(Value::alloc(
                builtin().builtin_function,
                BuiltinFunction {
                    name: d.name,
                    func: d.func,
                    self_: Some(inst.clone()),
                    module: None,
                },
            ))
        }
    }
}

fn repr_method_descr(_vm: &Vm, v: &Value) -> PyResult<Value> {
    // SAFETY: installed only on `method_descriptor`.
    let d = unsafe { v.payload_unchecked::<MethodDescr>() };
    Ok(new_str(&format!(
        "<method '{}' of '{}' objects>",
        d.name,
        d.owner.name()
    )))
}

fn call_slot_wrapper(
    vm: &Vm,
    callable: &Value,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<Value> {
    // SAFETY: installed only on `wrapper_descriptor`.
    let w = unsafe { callable.payload_unchecked::<SlotWrapper>() };
    if args.is_empty() {
        return Err(vm.type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            w.name,
            w.owner.name()
        )));
    }
    if !args[0].ty().is_subtype(w.owner) && w.name != "__new__" {
        return Err(vm.type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            w.name,
            w.owner.name(),
            args[0].ty().name()
        )));
    }
    (w.call)(vm, w.owner, args, kwnames)
}

fn get_slot_wrapper(
    _vm: &Vm,
    descr: &Value,
    instance: Option<&Value>,
    _owner: &Value,
) -> PyResult<Value> {
    // SAFETY: installed only on `wrapper_descriptor`.
    let w = unsafe { descr.payload_unchecked::<SlotWrapper>() };
    let _ = w;
    match instance {
        None => Ok(descr.clone()),
        Some(inst) => Ok(crate::types::function::new_bound_method(
            descr.clone(),
            inst.clone(),
        )),
    }
}

fn repr_slot_wrapper(_vm: &Vm, v: &Value) -> PyResult<Value> {
    // SAFETY: installed only on `wrapper_descriptor`.
    let w = unsafe { v.payload_unchecked::<SlotWrapper>() };
    Ok(new_str(&format!(
        "<slot wrapper '{}' of '{}' objects>",
        w.name,
        w.owner.name()
    )))
}

/// Exposes each slot `ty` defines as its dunder method (`__add__`, `__repr__`, ...), so
/// `int.__add__`, `super().__init__(...)` and `getattr(x, '__len__')` work on builtins.
pub fn add_slot_wrappers(ty: &'static TypeObject) {
    // Only slots the type defines itself get a wrapper; inherited ones are found on the base.
    let base_slots: Vec<usize> = match ty.inner().bases.first().and_then(crate::types::as_type) {
        Some(b) => crate::ops::slot_dunders(b)
            .into_iter()
            .map(|(_, _, w)| w)
            .collect(),
        None => Vec::new(),
    };
    for (i, (name, call, word)) in crate::ops::slot_dunders(ty).into_iter().enumerate() {
        let inherited = base_slots.get(i).is_some_and(|b| *b == word);
        if word != 0 && !inherited {
            let w = Value::alloc(
                builtin().slot_wrapper,
                SlotWrapper {
                    name,
                    owner: ty,
                    call,
                },
            );
            dict::dict_set_str(ty.dict(), name, w);
        }
    }
}

/// CPython-style argument parsing for native functions.
///
/// `spec` lists parameter names in order; `/` ends the positional-only ones and `*` starts
/// the keyword-only ones, as in a Python signature. `parse` returns one `Option` per
/// parameter (`None` when not given).
pub struct Args<'a> {
    pub fname: &'a str,
    pub spec: &'a [&'a str],
}

impl<'a> Args<'a> {
    pub const fn new(fname: &'a str, spec: &'a [&'a str]) -> Args<'a> {
        Args { fname, spec }
    }

    pub fn parse(
        &self,
        vm: &Vm,
        args: &[Value],
        kwnames: Option<&[Value]>,
        required: usize,
    ) -> PyResult<Vec<Option<Value>>> {
        let names: Vec<&str> = self
            .spec
            .iter()
            .copied()
            .filter(|s| *s != "/" && *s != "*")
            .collect();
        let posonly = self.spec.iter().position(|s| *s == "/").unwrap_or(0);
        let kwonly_start = self
            .spec
            .iter()
            .position(|s| *s == "*")
            .map(|p| if p > posonly && posonly > 0 { p - 1 } else { p })
            .unwrap_or(names.len());
        let nkw = kwnames.map_or(0, |k| k.len());
        let npos = args.len() - nkw;
        if npos > kwonly_start {
            let what = if required == kwonly_start {
                format!("{kwonly_start}")
            } else {
                format!("from {required} to {kwonly_start}")
            };
            let _ = what;
            return Err(vm.type_error(if kwonly_start == 0 {
                format!("{}() takes no positional arguments", self.fname)
            } else if required == kwonly_start {
                format!(
                    "{}() takes {} positional argument{} but {} were given",
                    self.fname,
                    kwonly_start,
                    if kwonly_start == 1 { "" } else { "s" },
                    npos
                )
            } else {
                format!(
                    "{}() takes at most {} argument{} ({} given)",
                    self.fname,
                    kwonly_start,
                    if kwonly_start == 1 { "" } else { "s" },
                    npos
                )
            }));
        }
        let mut out: Vec<Option<Value>> = vec![None; names.len()];
        for (i, a) in args[..npos].iter().enumerate() {
            out[i] = Some(a.clone());
        }
        if let Some(kw) = kwnames {
            for (k, v) in kw.iter().zip(&args[npos..]) {
                let key = crate::types::str::as_str(k).unwrap_or("");
                match names.iter().position(|n| *n == key) {
                    Some(i) if i >= posonly => {
                        if out[i].is_some() {
                            return Err(vm.type_error(format!(
                                "argument for {}() given by name ('{}') and position ({})",
                                self.fname,
                                key,
                                i + 1
                            )));
                        }
                        out[i] = Some(v.clone());
                    }
                    _ => {
                        return Err(vm.type_error(format!(
                            "'{}' is an invalid keyword argument for {}()",
                            key, self.fname
                        )))
                    }
                }
            }
        }
        for (i, o) in out.iter().enumerate().take(required) {
            if o.is_none() {
                return Err(if npos < required && nkw == 0 {
                    vm.type_error(if required == kwonly_start && required == 1 {
                        format!(
                            "{}() takes exactly one argument ({} given)",
                            self.fname, npos
                        )
                    } else {
                        format!(
                            "{}() missing required argument '{}' (pos {})",
                            self.fname,
                            names[i],
                            i + 1
                        )
                    })
                } else {
                    vm.type_error(format!(
                        "{}() missing required argument '{}' (pos {})",
                        self.fname,
                        names[i],
                        i + 1
                    ))
                });
            }
        }
        Ok(out)
    }
}

/// Fails with CPython's message when a function that takes no keyword arguments got some.
pub fn no_kwargs(vm: &Vm, fname: &str, kwnames: Option<&[Value]>) -> PyResult<()> {
    match kwnames {
        Some(k) if !k.is_empty() => {
            Err(vm.type_error(format!("{fname}() takes no keyword arguments")))
        }
        _ => Ok(()),
    }
}

/// The method name without its type (`"str.center"` -> `"center"`), as CPython's
/// argument-count messages write it.
pub fn bare_name(qual: &str) -> &str {
    qual.rsplit('.').next().unwrap_or(qual)
}

/// `check_count` of a method named by its qualified name (`"str.center"`), whose messages
/// name it bare; the name is shortened only when raising.
#[inline]
pub fn check_method_count(vm: &Vm, qual: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if (min..=max).contains(&n) {
        return Ok(());
    }
    check_count(vm, bare_name(qual), n, min, max)
}

/// Checks a positional-only argument count: `min..=max` (CPython's messages).
pub fn check_count(vm: &Vm, fname: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{fname}() takes no arguments ({n} given)"),
            1 => format!("{fname}() takes exactly one argument ({n} given)"),
            _ => format!("{fname} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{fname} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{fname} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(vm.type_error(msg))
}
