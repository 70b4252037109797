//! `float` and `complex`.
//!
//! Owns: the float and complex payloads, their slots (mixed arithmetic with ints, exact
//! comparisons with ints, hashing, conversions), `float(...)`/`complex(...)` construction and
//! the methods of both types (`is_integer`, `as_integer_ratio`, `hex`/`fromhex`, rounding,
//! `conjugate`, ...). Complex arithmetic follows CPython's algorithms (Smith's division,
//! repeated squaring for small integral powers) so results match bit for bit.
//! Must not: implement float semantics themselves (floor division and modulo rules, `**`
//! special cases, rounding, repr, parsing): those are `crate::numeric`'s and `crate::format`'s.

use num_traits::{Signed, ToPrimitive};

use crate::bytecode::CompareOp;
use crate::format;
use crate::numeric::{self, FloatPow, NumError};
use crate::object::{Payload, PyObj, Value};
use crate::ops;
use crate::types::descriptors::add_getset;
use crate::types::int::{
    arg_type_name, as_int, check_args, check_noargs, cmp_holds, fmt_err, index_to_bigint,
    int_float_compare, new_bool, new_int_big, num_err, parse_args, IntRef,
};
use crate::types::native::{self, check_count, no_kwargs};
use crate::types::none::{is_none, not_implemented};
use crate::types::str::{as_str, new_str, new_string};
use crate::types::tuple::new_tuple;
use crate::types::{builtin, type_flags, TypeObject, TypeSpec};
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::Cell;

/// The payload of a float.
pub struct FloatObj {
    pub value: f64,
}

impl Payload for FloatObj {
    fn class() -> &'static TypeObject {
        builtin().float
    }
}

/// The payload of a complex.
pub struct ComplexObj {
    pub re: f64,
    pub im: f64,
}

impl Payload for ComplexObj {
    fn class() -> &'static TypeObject {
        builtin().complex
    }
}

/// A new float: a block from this thread's free list when it has one.
#[inline]
pub fn new_float(x: f64) -> Value {
    let block = FREE_FLOATS.with(|f| {
        let head = f.head.get();
        if !head.is_null() {
            // SAFETY: blocks on the list are dead float objects whose first word holds the
            // next block (see `float_dealloc`).
            f.head
                .set(unsafe { *(head as *const *mut PyObj<FloatObj>) });
            f.len.set(f.len.get() - 1);
        }
        head
    });
    if block.is_null() {
        return Value::alloc(builtin().float, FloatObj { value: x });
    }
    // SAFETY: the block is an unused allocation of a `PyObj<FloatObj>`, now owned here;
    // it is initialised whole, as `Value::alloc` would (`float` is immortal: no type
    // reference to take).
    unsafe {
        block.write(PyObj {
            header: crate::object::ObjHeader::new(builtin().float),
            payload: FloatObj { value: x },
        });
        Value::from_raw(block as usize)
    }
}

/// How many freed floats a thread keeps for reuse.
const FREE_FLOATS_MAX: usize = 512;

/// A thread's free list of float blocks, linked through their first word. Blocks are
/// plain allocations, so one thread may free a block another allocated.
struct FreeFloats {
    head: Cell<*mut PyObj<FloatObj>>,
    len: Cell<usize>,
}

thread_local! {
    static FREE_FLOATS: FreeFloats = const {
        FreeFloats { head: Cell::new(std::ptr::null_mut()), len: Cell::new(0) }
    };
}

/// The deallocator of exact floats: keeps the block on the thread's free list.
///
/// # Safety
/// `obj` is an exact float whose count reached zero.
unsafe fn float_dealloc(obj: *mut crate::object::ObjHeader) {
    let kept = FREE_FLOATS
        .try_with(|f| {
            if f.len.get() >= FREE_FLOATS_MAX {
                return false;
            }
            // SAFETY: the object is dead and its block is not freed: its first word may
            // hold the link (a float's payload owns nothing to drop).
            unsafe { *(obj as *mut *mut PyObj<FloatObj>) = f.head.get() };
            f.head.set(obj as *mut PyObj<FloatObj>);
            f.len.set(f.len.get() + 1);
            true
        })
        .unwrap_or(false);
    if !kept {
        // SAFETY: as the function's contract.
        unsafe { crate::object::dealloc_payload::<FloatObj>(obj) };
    }
}

/// Frees this thread's cached float blocks (at thread exit).
pub fn free_thread_floats() {
    let _ = FREE_FLOATS.try_with(|f| {
        let mut p = f.head.replace(std::ptr::null_mut());
        f.len.set(0);
        while !p.is_null() {
            // SAFETY: a listed block: its first word links the next; it was allocated as
            // a `Box<PyObj<FloatObj>>` and holds nothing to drop.
            unsafe {
                let next = *(p as *const *mut PyObj<FloatObj>);
                drop(Box::from_raw(
                    p as *mut std::mem::MaybeUninit<PyObj<FloatObj>>,
                ));
                p = next;
            }
        }
    });
}

/// A new complex.
pub fn new_complex(re: f64, im: f64) -> Value {
    Value::alloc(builtin().complex, ComplexObj { re, im })
}

/// The float `x` as a value, reusing one of `a`, `b` (operands the caller owns and is
/// done with) when it is an exact float nothing else references: arithmetic on
/// temporaries then allocates nothing, as in CPython's float fast paths.
#[inline(always)]
pub fn float_into(a: Value, b: Value, x: f64) -> Value {
    if reuse_float(&a, x) {
        return a;
    }
    if reuse_float(&b, x) {
        return b;
    }
    new_float(x)
}

/// Writes `x` into `v` if `v` is an exact float whose only reference is the caller's.
#[inline(always)]
fn reuse_float(v: &Value, x: f64) -> bool {
    if !v.is_exact(builtin().float)
        // SAFETY: `v` is a live heap value (exact float) the caller holds a reference to.
        || !unsafe { crate::object::refcount::is_sole_reference(v.as_header_ptr()) }
    {
        return false;
    }
    let obj = v.as_header_ptr() as *mut crate::object::PyObj<FloatObj>;
    // SAFETY: the caller's reference is the only one (checked above), so no other reader
    // exists on any thread and no Rust reference into the payload is live; the object was
    // allocated mutable by `Value::alloc`.
    unsafe { (*obj).payload.value = x };
    true
}

/// The value of a float (or float subclass instance).
#[inline]
pub fn as_float(v: &Value) -> Option<f64> {
    v.downcast::<FloatObj>().map(|f| f.value)
}

/// The value of a complex (or complex subclass instance).
pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    v.downcast::<ComplexObj>().map(|c| (c.re, c.im))
}

/// Raises the exception for a float-library error; the ERANGE overflow of `**` carries
/// CPython's `(errno, message)` arguments.
fn float_err(vm: &Vm, e: NumError) -> PyErr {
    match e {
        NumError::Overflow(m) if m.starts_with("(34, ") => vm.new_error_args(
            builtin().overflow_error,
            vec![
                crate::types::int::new_int(34),
                new_str("Numerical result out of range"),
            ],
        ),
        e => num_err(vm, e),
    }
}

/// An operand of float arithmetic: a float, or an int converted exactly-rounded.
/// `Ok(None)` for other types (the slot returns NotImplemented).
fn float_operand(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_float(v) {
        return Ok(Some(f));
    }
    match as_int(v) {
        Some(IntRef::Small(i)) if i.unsigned_abs() <= 1 << 53 => Ok(Some(i as f64)),
        Some(r) => r.to_f64().map(Some).map_err(|e| num_err(vm, e)),
        None => Ok(None),
    }
}

/// The value of an exact float or of a small int exactly representable as a float: the
/// operands of the arithmetic fast paths.
#[inline(always)]
fn fast_f64(v: &Value) -> Option<f64> {
    if let Some(i) = v.as_small_int() {
        return if i.unsigned_abs() <= 1 << 53 {
            Some(i as f64)
        } else {
            None
        };
    }
    if std::ptr::eq(v.header().ty(), builtin().float) {
        // SAFETY: the value's type is exactly `float`, whose payload is `FloatObj`.
        return Some(unsafe { v.payload_unchecked::<FloatObj>() }.value);
    }
    None
}

macro_rules! float_operands {
    ($vm:expr, $a:expr, $b:expr) => {
        match (fast_f64($a), fast_f64($b)) {
            (Some(x), Some(y)) => (x, y),
            _ => match (float_operand($vm, $a)?, float_operand($vm, $b)?) {
                (Some(x), Some(y)) => (x, y),
                _ => return Ok(not_implemented()),
            },
        }
    };
}

// ---- type creation ------------------------------------------------------------------------

pub fn make_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<FloatObj>("float", Some(object))
        .flags(type_flags::BASETYPE)
        .dealloc(float_dealloc));
    let s = &t.slots;
    s.repr.set(Some(float_repr));
    s.hash.set(Some(float_hash));
    s.richcompare.set(Some(float_richcompare));
    s.bool_.set(Some(float_bool));
    s.add.set(Some(float_add));
    s.sub.set(Some(float_sub));
    s.mul.set(Some(float_mul));
    s.truediv.set(Some(float_truediv));
    s.floordiv.set(Some(float_floordiv));
    s.mod_.set(Some(float_mod));
    s.divmod.set(Some(float_divmod));
    s.pow.set(Some(float_pow));
    s.neg.set(Some(float_neg));
    s.pos.set(Some(float_pos));
    s.abs.set(Some(float_abs));
    s.int.set(Some(float_int));
    s.float.set(Some(float_pos));
    s.new.set(Some(float_new));
    t
}

pub fn make_complex_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<ComplexObj>("complex", Some(object)).flags(type_flags::BASETYPE));
    let s = &t.slots;
    s.repr.set(Some(complex_repr));
    s.hash.set(Some(complex_hash));
    s.richcompare.set(Some(complex_richcompare));
    s.bool_.set(Some(complex_bool));
    s.add.set(Some(complex_add));
    s.sub.set(Some(complex_sub));
    s.mul.set(Some(complex_mul));
    s.truediv.set(Some(complex_truediv));
    s.pow.set(Some(complex_pow));
    s.neg.set(Some(complex_neg));
    s.pos.set(Some(complex_pos));
    s.abs.set(Some(complex_abs));
    s.new.set(Some(complex_new));
    t
}

pub fn init_methods() {
    let f = builtin().float;
    native::add_method(f, "__format__", float_format);
    native::add_method(f, "__round__", float_round);
    native::add_method(f, "__trunc__", float_trunc);
    native::add_method(f, "__floor__", float_floor);
    native::add_method(f, "__ceil__", float_ceil);
    native::add_method(f, "__getnewargs__", float_getnewargs);
    native::add_method(f, "is_integer", float_is_integer);
    native::add_method(f, "as_integer_ratio", float_as_integer_ratio);
    native::add_method(f, "hex", float_hex);
    native::add_class_method(f, "fromhex", float_fromhex);
    native::add_method(f, "conjugate", float_conjugate);
    native::add_class_method(f, "__getformat__", float_getformat);
    add_getset(f, "real", float_get_real, None);
    add_getset(f, "imag", float_get_imag, None);

    let c = builtin().complex;
    native::add_method(c, "conjugate", complex_conjugate);
    native::add_method(c, "__complex__", complex_complex);
    native::add_method(c, "__getnewargs__", complex_getnewargs);
    native::add_method(c, "__format__", complex_format);
    add_getset(c, "real", complex_get_real, None);
    add_getset(c, "imag", complex_get_imag, None);
}

// ---- float slots --------------------------------------------------------------------------

fn self_float(vm: &Vm, v: &Value) -> PyResult<f64> {
    as_float(v).ok_or_else(|| vm.type_error("descriptor requires a 'float' object"))
}

/// `repr(x)` of a float value.
pub fn float_repr_string(x: f64) -> String {
    format::float_repr(x)
}

fn float_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(new_string(float_repr_string(self_float(vm, v)?)))
}

fn float_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    Ok(numeric::hash_f64(self_float(vm, v)?, v.bits()))
}

fn float_bool(vm: &Vm, v: &Value) -> PyResult<bool> {
    Ok(self_float(vm, v)? != 0.0)
}

fn float_richcompare(_vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    match (as_float(a), as_float(b)) {
        (Some(x), Some(y)) => Ok(new_bool(match x.partial_cmp(&y) {
            Some(o) => cmp_holds(op, o),
            None => op == CompareOp::Ne,
        })),
        (Some(x), None) => match as_int(b) {
            Some(i) => Ok(int_float_compare(i, x, op.swapped())),
            None => Ok(not_implemented()),
        },
        (None, Some(y)) => match as_int(a) {
            Some(i) => Ok(int_float_compare(i, y, op)),
            None => Ok(not_implemented()),
        },
        _ => Ok(not_implemented()),
    }
}

fn float_add(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = float_operands!(vm, a, b);
    Ok(new_float(x + y))
}

fn float_sub(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = float_operands!(vm, a, b);
    Ok(new_float(x - y))
}

fn float_mul(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = float_operands!(vm, a, b);
    Ok(new_float(x * y))
}

fn float_truediv(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = float_operands!(vm, a, b);
    numeric::float_div(x, y)
        .map(new_float)
        .map_err(|e| num_err(vm, e))
}

fn float_floordiv(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = float_operands!(vm, a, b);
    numeric::float_floordiv(x, y)
        .map(new_float)
        .map_err(|e| num_err(vm, e))
}

fn float_mod(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = float_operands!(vm, a, b);
    numeric::float_mod(x, y)
        .map(new_float)
        .map_err(|e| num_err(vm, e))
}

fn float_divmod(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = float_operands!(vm, a, b);
    let (q, r) = numeric::float_divmod(x, y).map_err(|e| num_err(vm, e))?;
    Ok(new_tuple(vec![new_float(q), new_float(r)]))
}

fn float_pow(vm: &Vm, a: &Value, b: &Value, c: &Value) -> PyResult<Value> {
    if !is_none(c) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let (x, y) = float_operands!(vm, a, b);
    match numeric::float_pow(x, y).map_err(|e| float_err(vm, e))? {
        FloatPow::Float(r) => Ok(new_float(r)),
        FloatPow::Complex => {
            let (re, im) = c_pow_checked(vm, (x, 0.0), (y, 0.0))?;
            Ok(new_complex(re, im))
        }
    }
}

fn float_neg(vm: &Vm, a: &Value) -> PyResult<Value> {
    Ok(new_float(-self_float(vm, a)?))
}

/// `+x` and `float(x)` for a float: `x` itself when exactly a float.
fn float_pos(vm: &Vm, a: &Value) -> PyResult<Value> {
    if a.is_exact(builtin().float) {
        return Ok(a.clone());
    }
    Ok(new_float(self_float(vm, a)?))
}

fn float_abs(vm: &Vm, a: &Value) -> PyResult<Value> {
    Ok(new_float(self_float(vm, a)?.abs()))
}

fn float_int(vm: &Vm, a: &Value) -> PyResult<Value> {
    let x = self_float(vm, a)?;
    if x.is_finite() && x.abs() < 4e18 {
        return Ok(crate::types::int::new_int(x.trunc() as i64));
    }
    numeric::float_to_bigint(x)
        .map(new_int_big)
        .map_err(|e| num_err(vm, e))
}

// ---- float(...) ---------------------------------------------------------------------------

fn float_new(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "float", kwnames)?;
    check_count(vm, "float", args.len(), 0, 1)?;
    let x = match args.first() {
        None => 0.0,
        Some(v) => {
            let exact_cls =
                crate::types::as_type(cls).is_none_or(|t| std::ptr::eq(t, builtin().float));
            if exact_cls && v.is_exact(builtin().float) {
                return Ok(v.clone());
            }
            float_from_object(vm, v)?
        }
    };
    let t = crate::types::as_type(cls).unwrap_or(builtin().float);
    if std::ptr::eq(t, builtin().float) {
        Ok(new_float(x))
    } else {
        crate::types::object::alloc_subclass_instance(vm, cls, FloatObj { value: x })
    }
}

/// `float(v)` (CPython's `PyNumber_Float`) as an f64.
pub fn float_from_object(vm: &Vm, v: &Value) -> PyResult<f64> {
    if v.is_exact(builtin().float) {
        return self_float(vm, v);
    }
    let ty = v.ty();
    if let Some(f) = ty.slots.float.get() {
        let r = f(vm, v)?;
        return match as_float(&r) {
            Some(x) => Ok(x),
            None => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                ty.name(),
                r.ty().name()
            ))),
        };
    }
    if ty.slots.index.is_set() {
        let i = ops::index_value(vm, v)?;
        return match as_int(&i) {
            Some(r) => r.to_f64().map_err(|e| num_err(vm, e)),
            None => Err(vm.type_error("an integer is required")),
        };
    }
    if let Some(s) = as_str(v) {
        return numeric::float_from_str(s).map_err(|e| num_err(vm, e));
    }
    if let Some(b) = crate::types::bytes::as_bytes_like(v) {
        return numeric::float_from_bytes_literal(&b).map_err(|e| num_err(vm, e));
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        ty.name()
    )))
}

/// A float from a number-like argument (`__float__`, `__index__`) for functions such as
/// `math.*`: "must be real number, not str" when it is none of these.
pub fn to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(x) = as_float(v) {
        return Ok(x);
    }
    if let Some(r) = as_int(v) {
        return r.to_f64().map_err(|e| num_err(vm, e));
    }
    let ty = v.ty();
    if ty.slots.float.is_set() || ty.slots.index.is_set() {
        return float_from_object(vm, v);
    }
    Err(vm.type_error(format!("must be real number, not {}", ty.name())))
}

// ---- float methods ------------------------------------------------------------------------

fn float_format(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "float.__format__", args, kwnames, 1, 1)?;
    let x = self_float(vm, &args[0])?;
    let spec = as_str(&args[1]).ok_or_else(|| {
        vm.type_error(format!(
            "__format__() argument must be str, not {}",
            arg_type_name(&args[1])
        ))
    })?;
    if spec.is_empty() {
        return ops::str_(vm, &args[0]);
    }
    format_f64(vm, x, spec, args[0].ty().name()).map(new_string)
}

/// `format(x, spec)` for a float value; `type_name` appears in error messages.
pub fn format_f64(vm: &Vm, x: f64, spec: &str, type_name: &str) -> PyResult<String> {
    let fs = format::parse_format_spec_for(spec, type_name).map_err(|e| fmt_err(vm, e))?;
    crate::types::str::check_spec_size(vm, &fs)?;
    format::format_float_named(x, &fs, type_name).map_err(|e| fmt_err(vm, e))
}

fn float_round(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "float.__round__", kwnames)?;
    check_count(vm, "__round__", args.len().saturating_sub(1), 0, 1)?;
    let x = self_float(vm, &args[0])?;
    match args.get(1) {
        Some(nd) if !is_none(nd) => {
            let nd = index_to_bigint(vm, nd)?;
            let nd = nd
                .to_i64()
                .unwrap_or(if nd.is_negative() { i64::MIN } else { i64::MAX });
            numeric::float_round(x, nd)
                .map(new_float)
                .map_err(|e| num_err(vm, e))
        }
        _ => numeric::float_round_to_int(x)
            .map(new_int_big)
            .map_err(|e| num_err(vm, e)),
    }
}

fn float_trunc(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "float.__trunc__", args, kwnames)?;
    float_int(vm, &args[0])
}

fn float_floor(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "float.__floor__", args, kwnames)?;
    let x = self_float(vm, &args[0])?;
    numeric::float_floor_to_int(x)
        .map(new_int_big)
        .map_err(|e| num_err(vm, e))
}

fn float_ceil(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "float.__ceil__", args, kwnames)?;
    let x = self_float(vm, &args[0])?;
    numeric::float_ceil_to_int(x)
        .map(new_int_big)
        .map_err(|e| num_err(vm, e))
}

fn float_getnewargs(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "float.__getnewargs__", args, kwnames)?;
    Ok(new_tuple(vec![new_float(self_float(vm, &args[0])?)]))
}

fn float_is_integer(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "float.is_integer", args, kwnames)?;
    Ok(new_bool(numeric::float_is_integer(self_float(
        vm, &args[0],
    )?)))
}

fn float_as_integer_ratio(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "float.as_integer_ratio", args, kwnames)?;
    let (n, d) =
        numeric::float_as_integer_ratio(self_float(vm, &args[0])?).map_err(|e| num_err(vm, e))?;
    Ok(new_tuple(vec![new_int_big(n), new_int_big(d)]))
}

fn float_hex(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "float.hex", args, kwnames)?;
    Ok(new_string(numeric::float_hex(self_float(vm, &args[0])?)))
}

fn float_fromhex(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "float.fromhex", args, kwnames, 1, 1)?;
    let s = as_str(&args[1])
        .ok_or_else(|| vm.type_error("bad argument type for built-in operation"))?;
    let x = numeric::float_fromhex(s).map_err(|e| num_err(vm, e))?;
    let cls = &args[0];
    let t = crate::types::as_type(cls).unwrap_or(builtin().float);
    if std::ptr::eq(t, builtin().float) {
        Ok(new_float(x))
    } else {
        ops::call(vm, cls, &[new_float(x)], None)
    }
}

fn float_conjugate(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "float.conjugate", args, kwnames)?;
    float_pos(vm, &args[0]).and_then(|v| Ok(new_float(self_float(vm, &v)?)))
}

fn float_getformat(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "float.__getformat__", args, kwnames, 1, 1)?;
    match as_str(&args[1]) {
        Some("double") | Some("float") => Ok(new_str("IEEE, little-endian")),
        Some(_) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            arg_type_name(&args[1])
        ))),
    }
}

fn float_get_real(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(new_float(self_float(vm, v)?))
}

fn float_get_imag(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(new_float(0.0))
}

// ---- complex ------------------------------------------------------------------------------

type C = (f64, f64);

/// An operand of complex arithmetic: complex, float or int.
fn complex_operand(vm: &Vm, v: &Value) -> PyResult<Option<C>> {
    if let Some(c) = as_complex(v) {
        return Ok(Some(c));
    }
    Ok(float_operand(vm, v)?.map(|x| (x, 0.0)))
}

macro_rules! complex_operands {
    ($vm:expr, $a:expr, $b:expr) => {
        match (complex_operand($vm, $a)?, complex_operand($vm, $b)?) {
            (Some(x), Some(y)) => (x, y),
            _ => return Ok(not_implemented()),
        }
    };
}

fn c_prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `_Py_c_quot`; `None` on division by zero.
fn c_quot(a: C, b: C) -> Option<C> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// CPython's `_Py_c_pow`; `Err(())` for zero to a negative or complex power.
fn c_pow(a: C, b: C) -> Result<C, ()> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(());
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn c_powu(x: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

fn c_powi(x: C, n: i64) -> Result<C, ()> {
    if n > 0 {
        Ok(c_powu(x, n as u64))
    } else {
        c_quot((1.0, 0.0), c_powu(x, n.unsigned_abs())).ok_or(())
    }
}

/// `a ** b` for complex values with CPython's errors.
fn c_pow_checked(vm: &Vm, a: C, b: C) -> PyResult<C> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        c_powi(a, b.0 as i64)
    } else {
        c_pow(a, b)
    };
    match r {
        Err(()) => Err(vm.zero_division("0.0 to a negative or complex power")),
        Ok(p) => {
            if (p.0.is_infinite() || p.1.is_infinite())
                && a.0.is_finite()
                && a.1.is_finite()
                && b.0.is_finite()
                && b.1.is_finite()
            {
                Err(vm.overflow_error("complex exponentiation"))
            } else {
                Ok(p)
            }
        }
    }
}

fn self_complex(vm: &Vm, v: &Value) -> PyResult<C> {
    as_complex(v).ok_or_else(|| vm.type_error("descriptor requires a 'complex' object"))
}

/// A float as `repr` writes it, without a trailing `.0` (CPython's `'r'` format code).
fn repr_no_dot0(x: f64) -> String {
    let s = format::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// `repr(complex(re, im))`.
pub fn complex_repr_string(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", repr_no_dot0(im))
    } else {
        let ims = repr_no_dot0(im);
        let sign = if ims.starts_with('-') { "" } else { "+" };
        format!("({}{}{}j)", repr_no_dot0(re), sign, ims)
    }
}

fn complex_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let (re, im) = self_complex(vm, v)?;
    Ok(new_string(complex_repr_string(re, im)))
}

fn complex_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let (re, im) = self_complex(vm, v)?;
    Ok(numeric::hash_complex(re, im, v.bits()))
}

fn complex_bool(vm: &Vm, v: &Value) -> PyResult<bool> {
    let (re, im) = self_complex(vm, v)?;
    Ok(re != 0.0 || im != 0.0)
}

fn complex_richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if op != CompareOp::Eq && op != CompareOp::Ne {
        return Ok(not_implemented());
    }
    let (me, other) = if as_complex(a).is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let (re, im) = self_complex(vm, me)?;
    let equal = if let Some((ore, oim)) = as_complex(other) {
        re == ore && im == oim
    } else if let Some(f) = as_float(other) {
        im == 0.0 && re == f
    } else if let Some(i) = as_int(other) {
        im == 0.0 && numeric::int_float_eq(&i.big(), re)
    } else {
        return Ok(not_implemented());
    };
    Ok(new_bool(equal == (op == CompareOp::Eq)))
}

fn complex_add(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = complex_operands!(vm, a, b);
    Ok(new_complex(x.0 + y.0, x.1 + y.1))
}

fn complex_sub(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = complex_operands!(vm, a, b);
    Ok(new_complex(x.0 - y.0, x.1 - y.1))
}

fn complex_mul(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = complex_operands!(vm, a, b);
    let (re, im) = c_prod(x, y);
    Ok(new_complex(re, im))
}

fn complex_truediv(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = complex_operands!(vm, a, b);
    match c_quot(x, y) {
        Some((re, im)) => Ok(new_complex(re, im)),
        None => Err(vm.zero_division("complex division by zero")),
    }
}

fn complex_pow(vm: &Vm, a: &Value, b: &Value, c: &Value) -> PyResult<Value> {
    let (x, y) = complex_operands!(vm, a, b);
    if !is_none(c) {
        return Err(vm.value_error("complex modulo"));
    }
    let (re, im) = c_pow_checked(vm, x, y)?;
    Ok(new_complex(re, im))
}

fn complex_neg(vm: &Vm, a: &Value) -> PyResult<Value> {
    let (re, im) = self_complex(vm, a)?;
    Ok(new_complex(-re, -im))
}

fn complex_pos(vm: &Vm, a: &Value) -> PyResult<Value> {
    if a.is_exact(builtin().complex) {
        return Ok(a.clone());
    }
    let (re, im) = self_complex(vm, a)?;
    Ok(new_complex(re, im))
}

fn complex_abs(vm: &Vm, a: &Value) -> PyResult<Value> {
    let (re, im) = self_complex(vm, a)?;
    if re.is_infinite() || im.is_infinite() {
        return Ok(new_float(f64::INFINITY));
    }
    if re.is_nan() || im.is_nan() {
        return Ok(new_float(f64::NAN));
    }
    let r = re.hypot(im);
    if r.is_infinite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(new_float(r))
}

fn complex_conjugate(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "complex.conjugate", args, kwnames)?;
    let (re, im) = self_complex(vm, &args[0])?;
    Ok(new_complex(re, -im))
}

fn complex_complex(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "complex.__complex__", args, kwnames)?;
    complex_pos(vm, &args[0])
}

fn complex_getnewargs(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "complex.__getnewargs__", args, kwnames)?;
    let (re, im) = self_complex(vm, &args[0])?;
    Ok(new_tuple(vec![new_float(re), new_float(im)]))
}

fn complex_format(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "complex.__format__", args, kwnames, 1, 1)?;
    let spec = as_str(&args[1]).ok_or_else(|| {
        vm.type_error(format!(
            "__format__() argument must be str, not {}",
            arg_type_name(&args[1])
        ))
    })?;
    if spec.is_empty() {
        return ops::str_(vm, &args[0]);
    }
    let (re, im) = self_complex(vm, &args[0])?;
    let fs = format::parse_format_spec_for(spec, "complex").map_err(|e| fmt_err(vm, e))?;
    if fs.zero_pad {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if fs.align == Some(format::Align::AfterSign) {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    // Format both parts without padding, then pad the whole.
    let mut part = fs.clone();
    part.width = None;
    part.align = None;
    part.fill = ' ';
    let no_type = part.ty.is_none();
    let (re_s, skip_re) = if no_type && re == 0.0 && re.is_sign_positive() {
        (String::new(), true)
    } else {
        let mut r = part.clone();
        if no_type {
            r.ty = Some('g');
            if r.precision.is_none() {
                return complex_format_default(vm, &args[0], &fs);
            }
        }
        (
            format::format_float(re, &r).map_err(|e| fmt_err(vm, e))?,
            false,
        )
    };
    let mut ip = part.clone();
    if !skip_re {
        ip.sign = Some(format::Sign::Plus);
    }
    if no_type {
        ip.ty = Some('g');
        if ip.precision.is_none() {
            return complex_format_default(vm, &args[0], &fs);
        }
    }
    let im_s = format::format_float(im, &ip).map_err(|e| fmt_err(vm, e))?;
    let body = if skip_re {
        format!("{im_s}j")
    } else if no_type {
        format!("({re_s}{im_s}j)")
    } else {
        format!("{re_s}{im_s}j")
    };
    pad_to(vm, body, &fs)
}

/// Complex formatting with no presentation type and no precision: the repr, padded.
fn complex_format_default(vm: &Vm, v: &Value, fs: &format::FormatSpec) -> PyResult<Value> {
    let (re, im) = self_complex(vm, v)?;
    pad_to(vm, complex_repr_string(re, im), fs)
}

fn pad_to(vm: &Vm, body: String, fs: &format::FormatSpec) -> PyResult<Value> {
    let s = format::FormatSpec {
        width: fs.width,
        fill: fs.fill,
        align: Some(fs.align.unwrap_or(format::Align::Right)),
        ..format::FormatSpec::default()
    };
    format::format_str(&body, &s)
        .map(new_string)
        .map_err(|e| fmt_err(vm, e))
}

fn complex_get_real(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(new_float(self_complex(vm, v)?.0))
}

fn complex_get_imag(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(new_float(self_complex(vm, v)?.1))
}

// ---- complex(...) -------------------------------------------------------------------------

fn complex_new(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let p = parse_args(vm, "complex", &["real", "imag"], args, kwnames, 0)?;
    let (re, im) = match (&p[0], &p[1]) {
        (None, None) => (0.0, 0.0),
        (Some(r), imag) => {
            if let Some(s) = as_str(r) {
                if imag.is_some() {
                    return Err(
                        vm.type_error("complex() can't take second arg if first is a string")
                    );
                }
                parse_complex(s)
                    .ok_or_else(|| vm.value_error("complex() arg is a malformed string"))?
            } else {
                if let Some(i) = imag {
                    if as_str(i).is_some() {
                        return Err(vm.type_error("complex() second arg can't be a string"));
                    }
                }
                let exact_cls =
                    crate::types::as_type(cls).is_none_or(|t| std::ptr::eq(t, builtin().complex));
                if imag.is_none() && exact_cls && r.is_exact(builtin().complex) {
                    return Ok(r.clone());
                }
                let (ar, ai, r_is_complex) = complex_arg(vm, r, "first")?;
                match imag {
                    None => (ar, ai),
                    Some(i) => {
                        let (br, bi, i_is_complex) = complex_arg(vm, i, "second")?;
                        let re = if i_is_complex { ar - bi } else { ar };
                        let im = if r_is_complex { br + ai } else { br };
                        (re, im)
                    }
                }
            }
        }
        (None, Some(i)) => {
            if as_str(i).is_some() {
                return Err(vm.type_error("complex() second arg can't be a string"));
            }
            let (br, bi, i_is_complex) = complex_arg(vm, i, "second")?;
            if i_is_complex {
                (-bi, br)
            } else {
                (0.0, br)
            }
        }
    };
    let t = crate::types::as_type(cls).unwrap_or(builtin().complex);
    if std::ptr::eq(t, builtin().complex) {
        Ok(new_complex(re, im))
    } else {
        crate::types::object::alloc_subclass_instance(vm, cls, ComplexObj { re, im })
    }
}

/// One numeric argument of `complex()`: (real, imag, was it complex).
fn complex_arg(vm: &Vm, v: &Value, which: &str) -> PyResult<(f64, f64, bool)> {
    if let Some((re, im)) = as_complex(v) {
        return Ok((re, im, true));
    }
    if let Some(m) = v.ty().lookup_str("__complex__") {
        let r = ops::call(vm, &m, std::slice::from_ref(v), None)?;
        return match as_complex(&r) {
            Some((re, im)) => Ok((re, im, true)),
            None => Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                r.ty().name()
            ))),
        };
    }
    let ty = v.ty();
    if as_float(v).is_some()
        || as_int(v).is_some()
        || ty.slots.float.is_set()
        || ty.slots.index.is_set()
    {
        return Ok((float_from_object(vm, v)?, 0.0, false));
    }
    Err(vm.type_error(format!(
        "complex() {which} argument must be a string or a number, not '{}'",
        ty.name()
    )))
}

/// Length of the float literal at the start of `s` (sign, digits, point, exponent, or
/// inf/infinity/nan); 0 when there is none.
fn float_prefix_len(s: &[u8]) -> usize {
    let mut i = 0;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        i += 1;
    }
    let rest = &s[i..];
    let lower: Vec<u8> = rest
        .iter()
        .take(8)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if lower.starts_with(b"infinity") {
        return i + 8;
    }
    if lower.starts_with(b"inf") || lower.starts_with(b"nan") {
        return i + 3;
    }
    let mut digits = 0;
    while i < s.len() && (s[i].is_ascii_digit() || (s[i] == b'_' && digits > 0)) {
        i += 1;
        digits += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return 0;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let ds = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > ds {
            i = j;
        }
    }
    i
}

fn parse_part(s: &str) -> Option<f64> {
    format::parse_float(s)
}

/// `complex(s)`: CPython's `complex_from_string` grammar.
fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let t = s.trim_matches(|c: char| numeric::py_is_space(c));
    let t = if t.starts_with('(') && t.ends_with(')') && t.len() >= 2 {
        t[1..t.len() - 1].trim_matches(|c: char| numeric::py_is_space(c))
    } else {
        t
    };
    if !t.is_ascii() || t.is_empty() {
        return None;
    }
    let b = t.as_bytes();
    let n1 = float_prefix_len(b);
    if n1 == 0 {
        // "j", "+j", "-j"
        return match t {
            "j" | "J" | "+j" | "+J" => Some((0.0, 1.0)),
            "-j" | "-J" => Some((0.0, -1.0)),
            _ => None,
        };
    }
    let first = parse_part(&t[..n1])?;
    let rest = &t[n1..];
    if rest.is_empty() {
        return Some((first, 0.0));
    }
    if rest == "j" || rest == "J" {
        return Some((0.0, first));
    }
    let rb = rest.as_bytes();
    if rb[0] != b'+' && rb[0] != b'-' {
        return None;
    }
    let n2 = float_prefix_len(rb);
    if n2 == 0 {
        // "1+j" / "1-j"
        return match &rest[1..] {
            "j" | "J" => Some((first, if rb[0] == b'-' { -1.0 } else { 1.0 })),
            _ => None,
        };
    }
    let second = parse_part(&rest[..n2])?;
    match &rest[n2..] {
        "j" | "J" => Some((first, second)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complex_strings() {
        assert_eq!(parse_complex("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse_complex(" (1-2.5j) "), Some((1.0, -2.5)));
        assert_eq!(parse_complex("j"), Some((0.0, 1.0)));
        assert_eq!(parse_complex("-J"), Some((0.0, -1.0)));
        assert_eq!(parse_complex("1e3-2.5e-1j"), Some((1000.0, -0.25)));
        assert_eq!(parse_complex("1+j"), Some((1.0, 1.0)));
        assert_eq!(parse_complex("5"), Some((5.0, 0.0)));
        assert_eq!(parse_complex("3j"), Some((0.0, 3.0)));
        for bad in [
            "", "x", "1 + 2j", "(1+2j", "1+2", "j1", "1+2jj", "+", "1e", "é",
        ] {
            assert_eq!(parse_complex(bad), None, "{bad:?}");
        }
        let inf = parse_complex("inf+nanj").unwrap_or((0.0, 0.0));
        assert!(inf.0.is_infinite() && inf.1.is_nan());
    }

    #[test]
    fn complex_reprs() {
        assert_eq!(complex_repr_string(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr_string(0.0, 2.0), "2j");
        assert_eq!(complex_repr_string(-0.0, -0.0), "(-0-0j)");
        assert_eq!(complex_repr_string(0.0, -0.0), "-0j");
        assert_eq!(complex_repr_string(1.5, f64::NAN), "(1.5+nanj)");
        assert_eq!(complex_repr_string(1e16, -1e-5), "(1e+16-1e-05j)");
    }

    #[test]
    fn complex_arithmetic() {
        assert_eq!(c_quot((1.0, 2.0), (3.0, -4.0)), Some((-0.2, 0.4)));
        assert_eq!(c_quot((1.0, 0.0), (0.0, 0.0)), None);
        assert_eq!(c_powi((1.0, 2.0), 2), Ok((-3.0, 4.0)));
        assert_eq!(c_pow((0.0, 0.0), (-1.0, 0.0)), Err(()));
    }
}
