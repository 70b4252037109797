//! Python functions, code objects, cells and bound methods.
//!
//! Owns: turning the compiler's `CodeUnit` into a code object (constants materialised,
//! names interned, once per load), function objects with their defaults and closure, the
//! cells of closures, and method binding. Must not: execute code (that is `eval/`).

use std::sync::atomic::{AtomicU32, Ordering};

use crate::bytecode::{CodeUnit, Constant};
use crate::object::{Payload, PyObj, Value};
use crate::types::attrs::InstanceAttrs;
use crate::types::descriptors::add_getset;
use crate::types::{
    builtin, dict, none, str::intern, str::new_str, type_flags, TypeObject, TypeSpec,
};
use crate::vm::{PyResult, Vm};

/// A code object: the compiled code plus its constants and names as values.
pub struct CodeObject {
    pub unit: CodeUnit,
    pub consts: Box<[Value]>,
    pub names: Box<[Value]>,
    pub varnames: Box<[Value]>,
    /// `cellvars ++ freevars`, interned.
    pub derefnames: Box<[Value]>,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    /// Fast locals + cells + free variables.
    pub nlocalsplus: usize,
    pub ncells: usize,
    /// Per-thread quickened copies of the instructions (`specialize::Tlbc`).
    pub tlbc: crate::specialize::Tlbc,
}

impl Payload for CodeObject {
    fn class() -> &'static TypeObject {
        builtin().code
    }
}

/// Materialises a compiled unit (and, recursively, nested code constants) as a code object.
pub fn load_code(unit: CodeUnit) -> Value {
    let consts: Vec<Value> = unit.consts.iter().map(constant_value).collect();
    let names = unit.names.iter().map(|n| intern(n)).collect();
    let varnames = unit.varnames.iter().map(|n| intern(n)).collect();
    let derefnames = unit
        .cellvars
        .iter()
        .chain(unit.freevars.iter())
        .map(|n| intern(n))
        .collect();
    let co = CodeObject {
        name: intern(&unit.name),
        qualname: new_str(&unit.qualname),
        filename: intern(&unit.filename),
        nlocalsplus: unit.varnames.len() + unit.cellvars.len() + unit.freevars.len(),
        ncells: unit.cellvars.len(),
        consts: consts.into_boxed_slice(),
        names,
        varnames,
        derefnames,
        unit,
        tlbc: crate::specialize::Tlbc::new(),
    };
    let v = Value::alloc(builtin().code, co);
    // Code objects are shared by every thread that runs them: make them immortal so
    // threads calling the same function never contend on its count.
    v.header().make_immortal();
    v
}

/// The value of a compile-time constant. Constants are immortal (shared, never freed).
pub fn constant_value(c: &Constant) -> Value {
    let v = match c {
        Constant::None => return none::none(),
        Constant::Bool(b) => return crate::types::int::new_bool(*b),
        Constant::Ellipsis => return none::ellipsis(),
        Constant::Int(i) => crate::types::int::new_int_big(i.clone()),
        Constant::Float(f) => crate::types::float::new_float(*f),
        Constant::Complex(r, i) => crate::types::float::new_complex(*r, *i),
        Constant::Str(s) => {
            if s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                return intern(s);
            }
            new_str(s)
        }
        Constant::Bytes(b) => crate::types::bytes::new_bytes(b.clone()),
        Constant::Tuple(items) => {
            crate::types::tuple::new_tuple(items.iter().map(constant_value).collect())
        }
        Constant::FrozenSet(items) => {
            let vm = Vm::new();
            match crate::types::set::new_frozenset(&vm, items.iter().map(constant_value).collect())
            {
                Ok(v) => v,
                Err(_) => crate::types::tuple::new_tuple(Vec::new()),
            }
        }
        Constant::Code(unit) => return load_code((**unit).clone()),
    };
    if !v.is_small_int() {
        v.header().make_immortal();
    }
    v
}

/// True for the qualified name of a `def` or `class` statement that runs once per module
/// execution: at module level or in the body of such a class (`f`, `C`, `C.m`, `C.D.m`),
/// not inside a function (`f.<locals>.g`) and not a lambda or comprehension. Such objects
/// are made immortal: every thread touches them, and they live as long as their module.
pub fn made_once_per_module(qualname: &str) -> bool {
    !qualname.is_empty() && qualname.split('.').all(|part| !part.starts_with('<'))
}

/// A Python function.
pub struct FunctionObj {
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    pub name: crate::object::value::SwapCell,
    pub qualname: crate::object::value::SwapCell,
    pub defaults: crate::object::value::SwapCell,
    pub kwdefaults: crate::object::value::SwapCell,
    pub doc: crate::object::value::SwapCell,
    pub module: crate::object::value::SwapCell,
    /// `__annotations__`: a dict, or None until first read or assigned.
    pub annotations: crate::object::value::SwapCell,
    /// A tuple of cells, or None.
    pub closure: Value,
    pub attrs: InstanceAttrs,
    /// Bumped when `__code__`/`__defaults__` change, for call specialization.
    pub version: AtomicU32,
}

impl Payload for FunctionObj {
    fn class() -> &'static TypeObject {
        builtin().function
    }
}

impl FunctionObj {
    pub fn code(&self) -> &CodeObject {
        // SAFETY: `code` is always a code object (set at creation; `__code__` assignment
        // checks the type).
        unsafe { self.code.payload_unchecked::<CodeObject>() }
    }
}

pub fn make_function_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let off = std::mem::offset_of!(PyObj<FunctionObj>, payload)
        + std::mem::offset_of!(FunctionObj, attrs);
    let mut spec = TypeSpec::of::<FunctionObj>("function", Some(object)).attrs_offset(off);
    spec.flags &= !type_flags::BASETYPE;
    let t = mk(spec);
    t.slots.call.set(Some(crate::eval::call_function_slot));
    t.slots.descr_get.set(Some(function_get));
    t.slots.repr.set(Some(function_repr));
    t
}

/// Creates a function from a code object (the `MAKE_FUNCTION` instruction).
pub fn new_function(
    code: Value,
    globals: Value,
    builtins: Value,
    defaults: Value,
    kwdefaults: Value,
    closure: Value,
) -> Value {
    // SAFETY: callers pass a code object.
    let co = unsafe { code.payload_unchecked::<CodeObject>() };
    let module = dict::dict_get_str(&globals, &intern("__name__")).unwrap_or_else(none::none);
    let doc = co
        .unit
        .docstring
        .as_ref()
        .map(|d| new_str(d))
        .unwrap_or_else(none::none);
    use crate::object::value::SwapCell;
    // A function defined at module level, or a method of a class defined there, is called
    // from every thread: immortal, so calls do not fight over its refcount.
    let shared_by_all = made_once_per_module(&co.unit.qualname);
    let f = Value::alloc(
        builtin().function,
        FunctionObj {
            name: SwapCell::new(co.name.clone()),
            qualname: SwapCell::new(co.qualname.clone()),
            code,
            globals,
            builtins,
            defaults: SwapCell::new(defaults),
            kwdefaults: SwapCell::new(kwdefaults),
            doc: SwapCell::new(doc),
            module: SwapCell::new(module),
            annotations: SwapCell::new(none::none()),
            closure,
            attrs: InstanceAttrs::new(),
            version: AtomicU32::new(1),
        },
    );
    if shared_by_all {
        // Not yet visible to any other thread.
        f.header().make_immortal();
    }
    f
}

fn function_get(_vm: &Vm, f: &Value, inst: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    match inst {
        Some(i) if !none::is_none(i) => Ok(new_bound_method(f.clone(), i.clone())),
        _ => Ok(f.clone()),
    }
}

fn function_repr(_vm: &Vm, f: &Value) -> PyResult<Value> {
    // SAFETY: installed only on function.
    let fo = unsafe { f.payload_unchecked::<FunctionObj>() };
    let q = fo.qualname.get();
    Ok(new_str(&format!(
        "<function {} at {:#x}>",
        crate::types::str::as_str(&q).unwrap_or("?"),
        f.bits()
    )))
}

fn fobj(v: &Value) -> &FunctionObj {
    // SAFETY: the getsets below are installed only on function.
    unsafe { v.payload_unchecked::<FunctionObj>() }
}

fn f_name(_vm: &Vm, f: &Value) -> PyResult<Value> {
    Ok(fobj(f).name.get())
}
fn f_set_name(vm: &Vm, f: &Value, v: Option<Value>) -> PyResult<()> {
    match v.filter(|v| crate::types::str::as_str(v).is_some()) {
        Some(v) => {
            fobj(f).name.set(v);
            Ok(())
        }
        None => Err(vm.type_error("__name__ must be set to a string object")),
    }
}
fn f_qualname(_vm: &Vm, f: &Value) -> PyResult<Value> {
    Ok(fobj(f).qualname.get())
}
fn f_set_qualname(vm: &Vm, f: &Value, v: Option<Value>) -> PyResult<()> {
    match v.filter(|v| crate::types::str::as_str(v).is_some()) {
        Some(v) => {
            fobj(f).qualname.set(v);
            Ok(())
        }
        None => Err(vm.type_error("__qualname__ must be set to a string object")),
    }
}
fn f_doc(_vm: &Vm, f: &Value) -> PyResult<Value> {
    Ok(fobj(f).doc.get())
}
fn f_set_doc(_vm: &Vm, f: &Value, v: Option<Value>) -> PyResult<()> {
    fobj(f).doc.set(v.unwrap_or_else(none::none));
    Ok(())
}
fn f_module(_vm: &Vm, f: &Value) -> PyResult<Value> {
    Ok(fobj(f).module.get())
}
fn f_set_module(_vm: &Vm, f: &Value, v: Option<Value>) -> PyResult<()> {
    fobj(f).module.set(v.unwrap_or_else(none::none));
    Ok(())
}
fn f_defaults(_vm: &Vm, f: &Value) -> PyResult<Value> {
    Ok(fobj(f).defaults.get())
}
fn f_set_defaults(vm: &Vm, f: &Value, v: Option<Value>) -> PyResult<()> {
    let v = v.unwrap_or_else(none::none);
    if !none::is_none(&v) && crate::types::tuple::as_tuple(&v).is_none() {
        return Err(vm.type_error("__defaults__ must be set to a tuple object"));
    }
    fobj(f).defaults.set(v);
    fobj(f).version.fetch_add(1, Ordering::Relaxed);
    Ok(())
}
fn f_kwdefaults(_vm: &Vm, f: &Value) -> PyResult<Value> {
    Ok(fobj(f).kwdefaults.get())
}
fn f_set_kwdefaults(_vm: &Vm, f: &Value, v: Option<Value>) -> PyResult<()> {
    fobj(f).kwdefaults.set(v.unwrap_or_else(none::none));
    fobj(f).version.fetch_add(1, Ordering::Relaxed);
    Ok(())
}
fn f_code(_vm: &Vm, f: &Value) -> PyResult<Value> {
    Ok(fobj(f).code.clone())
}
fn f_globals(_vm: &Vm, f: &Value) -> PyResult<Value> {
    Ok(fobj(f).globals.clone())
}
fn f_closure(_vm: &Vm, f: &Value) -> PyResult<Value> {
    Ok(fobj(f).closure.clone())
}
fn f_dict(_vm: &Vm, f: &Value) -> PyResult<Value> {
    Ok(fobj(f).attrs.dict(f.header()))
}
fn f_annotations(_vm: &Vm, f: &Value) -> PyResult<Value> {
    let cur = fobj(f).annotations.get();
    if !none::is_none(&cur) {
        return Ok(cur);
    }
    let d = dict::new_dict();
    fobj(f).annotations.set(d.clone());
    Ok(d)
}
fn f_set_annotations(vm: &Vm, f: &Value, v: Option<Value>) -> PyResult<()> {
    let v = v.unwrap_or_else(none::none);
    if !none::is_none(&v) && !v.ty().is_subtype(builtin().dict) {
        return Err(vm.type_error("__annotations__ must be set to a dict object"));
    }
    fobj(f).annotations.set(v);
    Ok(())
}

/// Gives a new function its annotations (MAKE_FUNCTION with annotations).
pub fn set_annotations(f: &Value, annotations: Value) {
    if let Some(fo) = f.downcast::<FunctionObj>() {
        fo.annotations.set(annotations);
    }
}

/// A cell of a closure variable.
///
/// Concurrency: the content is one word (a raw `Value`, 0 when empty), read with a load
/// and an incref and written with an atomic swap, lock-free for every thread. A replaced
/// value is retired while other threads run (a reader on another thread may be about to
/// take a reference to it), so a read never touches freed memory.
pub struct CellObj {
    value: std::sync::atomic::AtomicUsize,
}

impl Drop for CellObj {
    fn drop(&mut self) {
        let w = *self.value.get_mut();
        if w != 0 {
            // SAFETY: the cell owns the reference in its word.
            drop(unsafe { Value::from_raw(w) });
        }
    }
}

impl Payload for CellObj {
    fn class() -> &'static TypeObject {
        builtin().cell
    }
}

pub fn new_cell(v: Option<Value>) -> Value {
    Value::alloc(
        builtin().cell,
        CellObj {
            value: std::sync::atomic::AtomicUsize::new(v.map_or(0, Value::into_raw)),
        },
    )
}

/// Reads a cell (`cell` must be a cell object).
#[inline]
pub fn cell_get(cell: &Value) -> Option<Value> {
    // SAFETY: callers pass cells (LOAD_DEREF operands come from the closure tuple or
    // `new_cell`).
    let c = unsafe { cell.payload_unchecked::<CellObj>() };
    let w = c.value.load(Ordering::Acquire);
    if w == 0 {
        return None;
    }
    // SAFETY: the word holds a reference owned by the cell, or one it held until a
    // concurrent `cell_set` retired it (retired values stay alive until this thread passes
    // a quiescent point, which it does not do here).
    let borrowed = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(w) });
    Some((*borrowed).clone())
}

/// Writes a cell; returns the old content (dropped by the caller outside any lock), or
/// `None` when it was retired for concurrent readers.
#[inline]
pub fn cell_set(cell: &Value, v: Option<Value>) -> Option<Value> {
    // SAFETY: as in `cell_get`.
    let c = unsafe { cell.payload_unchecked::<CellObj>() };
    let old = c.value.swap(v.map_or(0, Value::into_raw), Ordering::AcqRel);
    if old == 0 {
        return None;
    }
    // SAFETY: the cell owned that reference; the swap handed it to us alone.
    let old = unsafe { Value::from_raw(old) };
    if crate::thread::reclaim_needed() {
        crate::thread::retire_value(old);
        None
    } else {
        Some(old)
    }
}

pub fn make_cell_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    mk(TypeSpec::of::<CellObj>("cell", Some(object)))
}

fn cell_contents(vm: &Vm, c: &Value) -> PyResult<Value> {
    cell_get(c).ok_or_else(|| vm.value_error("Cell is empty"))
}

/// A method bound to its receiver.
pub struct BoundMethod {
    pub func: Value,
    pub self_: Value,
}

impl Payload for BoundMethod {
    fn class() -> &'static TypeObject {
        builtin().bound_method
    }
}

pub fn new_bound_method(func: Value, self_: Value) -> Value {
    Value::alloc(builtin().bound_method, BoundMethod { func, self_ })
}

pub fn make_bound_method_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<BoundMethod>("method", Some(object)));
    t.slots.call.set(Some(bound_method_call));
    t.slots.repr.set(Some(bound_method_repr));
    t.slots.getattr.set(Some(bound_method_getattr));
    t.slots.richcompare.set(Some(bound_method_richcompare));
    t.slots.hash.set(Some(bound_method_hash));
    t
}

fn bm(v: &Value) -> &BoundMethod {
    // SAFETY: installed only on method.
    unsafe { v.payload_unchecked::<BoundMethod>() }
}

fn bound_method_call(vm: &Vm, m: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let b = bm(m);
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(b.self_.clone());
    full.extend_from_slice(args);
    crate::ops::call(vm, &b.func, &full, kw)
}

fn bound_method_repr(vm: &Vm, m: &Value) -> PyResult<Value> {
    let b = bm(m);
    let name = crate::ops::getattr_opt(vm, &b.func, &intern("__qualname__"))?
        .or(crate::ops::getattr_opt(vm, &b.func, &intern("__name__"))?)
        .map(|n| crate::ops::str_string(vm, &n))
        .transpose()?
        .unwrap_or_else(|| "?".into());
    let r = crate::ops::repr_string(vm, &b.self_)?;
    Ok(new_str(&format!("<bound method {name} of {r}>")))
}

fn bound_method_getattr(vm: &Vm, m: &Value, name: &Value) -> PyResult<Value> {
    let b = bm(m);
    match crate::types::str::as_str(name) {
        Some("__self__") => return Ok(b.self_.clone()),
        Some("__func__") => return Ok(b.func.clone()),
        // The method type's own `__doc__` (None) must not hide the function's.
        Some("__doc__") => return crate::ops::getattr(vm, &b.func, name),
        _ => {}
    }
    if let Some(v) = crate::types::object::generic_getattr_opt(vm, m, name)? {
        return Ok(v);
    }
    crate::ops::getattr(vm, &b.func, name)
}

fn bound_method_richcompare(
    vm: &Vm,
    a: &Value,
    b: &Value,
    op: crate::bytecode::CompareOp,
) -> PyResult<Value> {
    use crate::bytecode::CompareOp;
    let Some(bb) = b.downcast::<BoundMethod>() else {
        return Ok(none::not_implemented());
    };
    let ba = bm(a);
    let eq = ba.self_.is(&bb.self_) && crate::ops::eq(vm, &ba.func, &bb.func)?;
    match op {
        CompareOp::Eq => Ok(crate::types::int::new_bool(eq)),
        CompareOp::Ne => Ok(crate::types::int::new_bool(!eq)),
        _ => Ok(none::not_implemented()),
    }
}

fn bound_method_hash(vm: &Vm, m: &Value) -> PyResult<i64> {
    let b = bm(m);
    Ok((b.self_.bits() as i64) ^ crate::ops::hash(vm, &b.func)?)
}

pub fn make_code_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<CodeObject>("code", Some(object)));
    t.slots.repr.set(Some(code_repr));
    t
}

fn code_repr(_vm: &Vm, c: &Value) -> PyResult<Value> {
    // SAFETY: installed only on code.
    let co = unsafe { c.payload_unchecked::<CodeObject>() };
    Ok(new_str(&format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        co.unit.name,
        c.bits(),
        co.unit.filename,
        co.unit.firstlineno
    )))
}

fn code_name(_vm: &Vm, c: &Value) -> PyResult<Value> {
    // SAFETY: installed only on code.
    Ok(unsafe { c.payload_unchecked::<CodeObject>() }.name.clone())
}
fn code_filename(_vm: &Vm, c: &Value) -> PyResult<Value> {
    // SAFETY: installed only on code.
    Ok(unsafe { c.payload_unchecked::<CodeObject>() }
        .filename
        .clone())
}
fn code_firstlineno(_vm: &Vm, c: &Value) -> PyResult<Value> {
    // SAFETY: installed only on code.
    let co = unsafe { c.payload_unchecked::<CodeObject>() };
    Ok(crate::types::int::new_int(co.unit.firstlineno as i64))
}
fn code_argcount(_vm: &Vm, c: &Value) -> PyResult<Value> {
    // SAFETY: installed only on code.
    let co = unsafe { c.payload_unchecked::<CodeObject>() };
    Ok(crate::types::int::new_int(co.unit.argcount as i64))
}
fn code_varnames(_vm: &Vm, c: &Value) -> PyResult<Value> {
    // SAFETY: installed only on code.
    let co = unsafe { c.payload_unchecked::<CodeObject>() };
    Ok(crate::types::tuple::new_tuple(co.varnames.to_vec()))
}

pub fn init_methods() {
    let b = builtin();
    let f = b.function;
    add_getset(f, "__name__", f_name, Some(f_set_name));
    add_getset(f, "__qualname__", f_qualname, Some(f_set_qualname));
    add_getset(f, "__doc__", f_doc, Some(f_set_doc));
    add_getset(f, "__module__", f_module, Some(f_set_module));
    add_getset(f, "__defaults__", f_defaults, Some(f_set_defaults));
    add_getset(f, "__kwdefaults__", f_kwdefaults, Some(f_set_kwdefaults));
    add_getset(f, "__code__", f_code, None);
    add_getset(f, "__globals__", f_globals, None);
    add_getset(f, "__closure__", f_closure, None);
    add_getset(f, "__dict__", f_dict, None);
    add_getset(f, "__annotations__", f_annotations, Some(f_set_annotations));
    add_getset(b.cell, "cell_contents", cell_contents, None);
    add_getset(b.code, "co_name", code_name, None);
    add_getset(b.code, "co_filename", code_filename, None);
    add_getset(b.code, "co_firstlineno", code_firstlineno, None);
    add_getset(b.code, "co_argcount", code_argcount, None);
    add_getset(b.code, "co_varnames", code_varnames, None);
}
