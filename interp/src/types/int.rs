//! `int` and `bool`.
//!
//! Owns: the heap representation of ints outside the immediate (small) range (`IntObj`
//! holding a `BigInt`), the immortal `True`/`False` singletons, the int/bool slots (arithmetic
//! with i64 fast paths that promote to BigInt on overflow and normalise back, comparisons,
//! hashing, conversions), `int(...)`/`bool(...)` construction and the methods of both types.
//! Shared helpers for the other scalar modules (turning `NumError`s into exceptions,
//! comparison results, argument checks) also live here.
//! Must not: implement the numeric algorithms themselves (floor division signs, `pow`, string
//! conversion, hashing): those are `crate::numeric`'s; number formatting is `crate::format`'s.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::bytecode::CompareOp;
use crate::format::{self, FormatError};
use crate::numeric::{self, NumError, PowResult};
use crate::object::{Payload, Value};
use crate::ops;
use crate::types::descriptors::add_getset;
use crate::types::float::new_float;
use crate::types::native::{self, check_count, no_kwargs, Args};
use crate::types::none::{is_none, not_implemented};
use crate::types::str::{as_str, new_str, new_string};
use crate::types::tuple::new_tuple;
use crate::types::{builtin, share_layout, type_flags, TypeObject, TypeSpec};
use crate::vm::{PyErr, PyResult, Vm};

/// The payload of a heap int: an int outside the small range, `True`/`False`, or an
/// instance of an int subclass (any value).
pub struct IntObj {
    pub value: BigInt,
}

impl Payload for IntObj {
    fn class() -> &'static TypeObject {
        builtin().int
    }
}

/// A borrowed view of an int value: machine-sized or big.
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl<'a> IntRef<'a> {
    /// The value as a BigInt (borrowed when it already is one).
    pub fn big(&self) -> Cow<'a, BigInt> {
        match *self {
            IntRef::Small(i) => Cow::Owned(BigInt::from(i)),
            IntRef::Big(b) => Cow::Borrowed(b),
        }
    }

    pub fn to_bigint(&self) -> BigInt {
        match *self {
            IntRef::Small(i) => BigInt::from(i),
            IntRef::Big(b) => b.clone(),
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        match *self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }

    pub fn is_zero(&self) -> bool {
        match *self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    pub fn is_negative(&self) -> bool {
        match *self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    /// A new exact-int value equal to this one.
    pub fn to_value(&self) -> Value {
        match *self {
            IntRef::Small(i) => new_int(i),
            IntRef::Big(b) => new_int_big(b.clone()),
        }
    }

    /// `float(self)`, OverflowError when too large.
    pub fn to_f64(&self) -> Result<f64, NumError> {
        match *self {
            IntRef::Small(i) => {
                if i.unsigned_abs() <= 1 << 53 {
                    Ok(i as f64)
                } else {
                    numeric::int_to_f64(&BigInt::from(i))
                }
            }
            IntRef::Big(b) => numeric::int_to_f64(b),
        }
    }

    pub fn compare(&self, other: &IntRef<'_>) -> Ordering {
        match (*self, *other) {
            (IntRef::Small(a), IntRef::Small(b)) => a.cmp(&b),
            (a, b) => a.big().as_ref().cmp(b.big().as_ref()),
        }
    }
}

/// A new int value (immediate when it fits the small range).
#[inline(always)]
pub fn new_int(i: i64) -> Value {
    if Value::fits_small(i) {
        Value::small_int(i)
    } else {
        boxed_int(i)
    }
}

/// An `i64` outside the immediate range, as a heap int.
#[cold]
#[inline(never)]
fn boxed_int(i: i64) -> Value {
    Value::alloc(
        builtin().int,
        IntObj {
            value: BigInt::from(i),
        },
    )
}

/// A new int value from a BigInt, normalised to an immediate when it fits.
pub fn new_int_big(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if Value::fits_small(i) {
            return Value::small_int(i);
        }
    }
    Value::alloc(builtin().int, IntObj { value: b })
}

/// A new int from a `usize` (lengths, counts).
pub fn new_int_usize(n: usize) -> Value {
    match i64::try_from(n) {
        Ok(i) => new_int(i),
        Err(_) => new_int_big(BigInt::from(n)),
    }
}

/// The int value of `v` if it is an int, a bool or an instance of an int subclass.
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntRef::Small(i));
    }
    let o = v.downcast::<IntObj>()?;
    Some(match o.value.to_i64() {
        Some(i) => IntRef::Small(i),
        None => IntRef::Big(&o.value),
    })
}

/// The int value of `v` as a BigInt, if it is an int (or bool, or int subclass).
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    as_int(v).map(|r| r.to_bigint())
}

static TRUE_OBJ: AtomicUsize = AtomicUsize::new(0);
static FALSE_OBJ: AtomicUsize = AtomicUsize::new(0);

/// The immortal `True` or `False`.
#[inline]
pub fn new_bool(b: bool) -> Value {
    let bits = if b {
        TRUE_OBJ.load(AtomicOrdering::Relaxed)
    } else {
        FALSE_OBJ.load(AtomicOrdering::Relaxed)
    };
    // SAFETY: the word is the address of the immortal True/False object made in
    // `make_bool_type` before any value exists; immortal objects are never freed.
    unsafe { Value::from_header_ptr(bits as *const crate::object::ObjHeader) }
}

/// True if `v` is the `True` object.
#[inline]
pub fn is_true(v: &Value) -> bool {
    v.bits() == TRUE_OBJ.load(AtomicOrdering::Relaxed)
}

/// True if `v` is the `False` object.
#[inline]
pub fn is_false(v: &Value) -> bool {
    v.bits() == FALSE_OBJ.load(AtomicOrdering::Relaxed)
}

// ---- shared helpers for the scalar modules ---------------------------------------------

/// Turns a numeric-library error into the Python exception it names.
pub(crate) fn num_err(vm: &Vm, e: NumError) -> PyErr {
    match e {
        NumError::ZeroDivision(m) => vm.zero_division(m),
        NumError::Overflow(m) => vm.overflow_error(m),
        NumError::Value(m) => vm.value_error(m),
        NumError::Type(m) => vm.type_error(m),
    }
}

/// Turns a formatting-library error into the Python exception it names.
pub(crate) fn fmt_err(vm: &Vm, e: FormatError) -> PyErr {
    match e {
        FormatError::Value(m) => vm.value_error(m),
        FormatError::Type(m) => vm.type_error(m),
        FormatError::Overflow(m) => vm.overflow_error(m),
        FormatError::Memory => vm.memory_error(),
    }
}

/// Whether `ord` satisfies comparison `op`.
#[inline]
pub(crate) fn cmp_holds(op: CompareOp, ord: Ordering) -> bool {
    match op {
        CompareOp::Lt => ord == Ordering::Less,
        CompareOp::Le => ord != Ordering::Greater,
        CompareOp::Eq => ord == Ordering::Equal,
        CompareOp::Ne => ord != Ordering::Equal,
        CompareOp::Gt => ord == Ordering::Greater,
        CompareOp::Ge => ord != Ordering::Less,
    }
}

/// Number of positional arguments (after `self` for methods, `skip` = 1).
#[inline]
pub(crate) fn npos(args: &[Value], kwnames: Option<&[Value]>) -> usize {
    args.len() - kwnames.map_or(0, |k| k.len())
}

/// Checks a method that takes no arguments besides `self`.
pub(crate) fn check_noargs(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<()> {
    no_kwargs(vm, fname, kwnames)?;
    check_count(vm, fname, args.len().saturating_sub(1), 0, 0)
}

/// Checks a method's positional argument count (`self` excluded) and the absence of
/// keyword arguments; `fname` appears in messages as CPython writes it.
pub(crate) fn check_args(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&[Value]>,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kwargs(vm, fname, kwnames)?;
    let n = args.len().saturating_sub(1);
    if min == 1 && max == 1 {
        check_count(vm, fname, n, 1, 1)
    } else {
        native::check_method_count(vm, fname, n, min, max)
    }
}

/// `Args::parse` with CPython 3.11's message for unknown keywords of builtin functions
/// ("'x' is an invalid keyword argument for split()").
pub(crate) fn parse_args(
    vm: &Vm,
    fname: &str,
    spec: &[&str],
    args: &[Value],
    kwnames: Option<&[Value]>,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    if let Some(names) = kwnames {
        let posonly = spec.iter().position(|s| *s == "/").unwrap_or(0);
        for k in names {
            let key = as_str(k).unwrap_or("");
            let known = spec
                .iter()
                .enumerate()
                .any(|(i, s)| *s == key && key != "/" && key != "*" && i >= posonly);
            if !known {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Args::new(fname, spec).parse(vm, args, kwnames, required)
}

/// A type name as CPython's argument errors write it: "None" for None.
pub(crate) fn arg_type_name(v: &Value) -> &str {
    if is_none(v) {
        "None"
    } else {
        v.ty().name()
    }
}

/// `operator.index(v)` as a BigInt: ints directly, otherwise through `__index__`.
pub fn index_to_bigint(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(r) = as_int(v) {
        return Ok(r.to_bigint());
    }
    let r = index_value(vm, v)?;
    Ok(as_int(&r).map(|i| i.to_bigint()).unwrap_or_default())
}

/// `operator.index(v)`: an int value (exact or subclass), calling `__index__` when needed.
pub fn index_value(vm: &Vm, v: &Value) -> PyResult<Value> {
    ops::index_value(vm, v)
}

/// `v` as an i64 through `__index__`; OverflowError when it does not fit.
pub fn index_to_i64(vm: &Vm, v: &Value) -> PyResult<i64> {
    let b = index_to_bigint(vm, v)?;
    b.to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// The argument `args[1]`-style self of an int method.
#[inline]
fn self_int<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<IntRef<'a>> {
    args.first()
        .and_then(as_int)
        .ok_or_else(|| vm.type_error("descriptor requires an 'int' object"))
}

// ---- type creation ------------------------------------------------------------------------

pub fn make_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<IntObj>("int", Some(object)).flags(type_flags::BASETYPE));
    let s = &t.slots;
    s.repr.set(Some(int_repr));
    s.hash.set(Some(int_hash));
    s.richcompare.set(Some(int_richcompare));
    s.bool_.set(Some(int_bool));
    s.add.set(Some(int_add));
    s.sub.set(Some(int_sub));
    s.mul.set(Some(int_mul));
    s.truediv.set(Some(int_truediv));
    s.floordiv.set(Some(int_floordiv));
    s.mod_.set(Some(int_mod));
    s.divmod.set(Some(int_divmod));
    s.pow.set(Some(int_pow));
    s.lshift.set(Some(int_lshift));
    s.rshift.set(Some(int_rshift));
    s.and.set(Some(int_and));
    s.or.set(Some(int_or));
    s.xor.set(Some(int_xor));
    s.neg.set(Some(int_neg));
    s.pos.set(Some(int_pos));
    s.invert.set(Some(int_invert));
    s.abs.set(Some(int_abs));
    s.int.set(Some(int_int));
    s.float.set(Some(int_float));
    s.index.set(Some(int_int));
    s.new.set(Some(int_new));
    t
}

pub fn make_bool_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    int: &'static TypeObject,
) -> &'static TypeObject {
    // No BASETYPE flag: "type 'bool' is not an acceptable base type".
    let t = mk(TypeSpec::of::<IntObj>("bool", Some(int)));
    share_layout(t, int);
    let s = &t.slots;
    s.repr.set(Some(bool_repr));
    s.and.set(Some(bool_and));
    s.or.set(Some(bool_or));
    s.xor.set(Some(bool_xor));
    s.new.set(Some(bool_new));
    let tv = Value::alloc_immortal(
        t,
        IntObj {
            value: BigInt::from(1),
        },
    );
    let fv = Value::alloc_immortal(
        t,
        IntObj {
            value: BigInt::from(0),
        },
    );
    TRUE_OBJ.store(tv.into_raw(), AtomicOrdering::Relaxed);
    FALSE_OBJ.store(fv.into_raw(), AtomicOrdering::Relaxed);
    t
}

pub fn init_methods() {
    let int = builtin().int;
    native::add_method(int, "__format__", int_format);
    native::add_method(int, "__round__", int_round);
    native::add_method(int, "__trunc__", int_to_exact);
    native::add_method(int, "__floor__", int_to_exact);
    native::add_method(int, "__ceil__", int_to_exact);
    native::add_method(int, "__getnewargs__", int_getnewargs);
    native::add_method(int, "__sizeof__", int_sizeof);
    native::add_method(int, "conjugate", int_to_exact);
    native::add_method(int, "bit_length", int_bit_length);
    native::add_method(int, "bit_count", int_bit_count);
    native::add_method(int, "to_bytes", int_to_bytes);
    native::add_class_method(int, "from_bytes", int_from_bytes);
    native::add_method(int, "as_integer_ratio", int_as_integer_ratio);
    add_getset(int, "real", int_get_real, None);
    add_getset(int, "numerator", int_get_real, None);
    add_getset(int, "imag", int_get_zero, None);
    add_getset(int, "denominator", int_get_one, None);
}

// ---- slots --------------------------------------------------------------------------------

/// Decimal text of an int, refusing more than 4300 digits as CPython does.
pub fn int_to_decimal(vm: &Vm, r: IntRef<'_>) -> PyResult<String> {
    match r {
        IntRef::Small(i) => Ok(i.to_string()),
        IntRef::Big(b) => numeric::int_to_str(b).map_err(|e| num_err(vm, e)),
    }
}

fn int_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let r = as_int(v).ok_or_else(|| vm.type_error("expected an int"))?;
    Ok(new_string(int_to_decimal(vm, r)?))
}

/// CPython's hash of an int value.
pub fn hash_intref(r: IntRef<'_>) -> i64 {
    match r {
        IntRef::Small(i) => numeric::hash_i64(i),
        IntRef::Big(b) => numeric::hash_bigint(b),
    }
}

fn int_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let r = as_int(v).ok_or_else(|| vm.type_error("expected an int"))?;
    Ok(hash_intref(r))
}

fn int_bool(_vm: &Vm, v: &Value) -> PyResult<bool> {
    Ok(as_int(v).is_none_or(|r| !r.is_zero()))
}

/// Int comparisons; mixed int/float comparisons are float's (as in CPython, where
/// `int.__lt__(1, 1.5)` is NotImplemented and the float slot answers the reflected call).
fn int_richcompare(_vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    match (as_int(a), as_int(b)) {
        (Some(x), Some(y)) => Ok(new_bool(cmp_holds(op, x.compare(&y)))),
        _ => Ok(not_implemented()),
    }
}

/// `int <op> float`, exactly (no rounding of the int).
pub(crate) fn int_float_compare(x: IntRef<'_>, f: f64, op: CompareOp) -> Value {
    let ord = match x {
        IntRef::Small(i) if i.unsigned_abs() <= 1 << 53 => (i as f64).partial_cmp(&f),
        _ => numeric::int_float_cmp(&x.big(), f),
    };
    new_bool(match ord {
        Some(o) => cmp_holds(op, o),
        None => op == CompareOp::Ne,
    })
}

macro_rules! int_operands {
    ($a:expr, $b:expr) => {
        match (as_int($a), as_int($b)) {
            (Some(x), Some(y)) => (x, y),
            _ => return Ok(not_implemented()),
        }
    };
}

fn int_add(_vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(new_int(x + y));
    }
    let (x, y) = int_operands!(a, b);
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        if let Some(r) = x.checked_add(y) {
            return Ok(new_int(r));
        }
    }
    Ok(new_int_big(x.big().as_ref() + y.big().as_ref()))
}

fn int_sub(_vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(new_int(x - y));
    }
    let (x, y) = int_operands!(a, b);
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        if let Some(r) = x.checked_sub(y) {
            return Ok(new_int(r));
        }
    }
    Ok(new_int_big(x.big().as_ref() - y.big().as_ref()))
}

fn int_mul(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        if let Some(r) = x.checked_mul(y) {
            return Ok(new_int(r));
        }
    }
    let (x, y) = int_operands!(a, b);
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        if let Some(r) = x.checked_mul(y) {
            return Ok(new_int(r));
        }
    }
    let (xb, yb) = (x.big(), y.big());
    if xb.bits().saturating_add(yb.bits()) > numeric::MAX_INT_BITS {
        return Err(vm.memory_error());
    }
    Ok(new_int_big(xb.as_ref() * yb.as_ref()))
}

fn int_truediv(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = int_operands!(a, b);
    let r = match (x, y) {
        (IntRef::Small(x), IntRef::Small(y)) => numeric::i64_true_div(x, y),
        _ => numeric::int_true_div(&x.big(), &y.big()),
    };
    r.map(new_float).map_err(|e| num_err(vm, e))
}

fn int_floordiv(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        if y > 0 {
            return Ok(Value::small_int(x.div_euclid(y)));
        }
    }
    let (x, y) = int_operands!(a, b);
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        if let Some(r) = numeric::i64_floordiv(x, y).map_err(|e| num_err(vm, e))? {
            return Ok(new_int(r));
        }
    }
    numeric::big_floordiv(&x.big(), &y.big())
        .map(new_int_big)
        .map_err(|e| num_err(vm, e))
}

fn int_mod(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        if y > 0 {
            return Ok(Value::small_int(x.rem_euclid(y)));
        }
    }
    let (x, y) = int_operands!(a, b);
    if y.is_zero() {
        return Err(vm.zero_division("integer modulo by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        if let Some(r) = numeric::i64_mod(x, y).map_err(|e| num_err(vm, e))? {
            return Ok(new_int(r));
        }
    }
    numeric::big_mod(&x.big(), &y.big())
        .map(new_int_big)
        .map_err(|e| num_err(vm, e))
}

fn int_divmod(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = int_operands!(a, b);
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        if let Some((q, r)) = numeric::i64_divmod(x, y).map_err(|e| num_err(vm, e))? {
            return Ok(new_tuple(vec![new_int(q), new_int(r)]));
        }
    }
    let (q, r) = numeric::big_divmod(&x.big(), &y.big()).map_err(|e| num_err(vm, e))?;
    Ok(new_tuple(vec![new_int_big(q), new_int_big(r)]))
}

fn int_pow(vm: &Vm, a: &Value, b: &Value, c: &Value) -> PyResult<Value> {
    let (x, y) = int_operands!(a, b);
    let modulus = if is_none(c) {
        None
    } else {
        match as_int(c) {
            Some(m) => Some(m),
            None => return Ok(not_implemented()),
        }
    };
    if modulus.is_none() {
        if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
            if let Some(r) = numeric::i64_pow(x, y) {
                return Ok(new_int(r));
            }
        }
    }
    let m = modulus.map(|m| m.to_bigint());
    match numeric::int_pow(&x.big(), &y.big(), m.as_ref()) {
        Ok(PowResult::Int(r)) => Ok(new_int_big(r)),
        Ok(PowResult::Float(f)) => Ok(new_float(f)),
        Err(NumError::Overflow(m)) if m == "too many digits in integer" => Err(vm.memory_error()),
        Err(e) => Err(num_err(vm, e)),
    }
}

fn int_lshift(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = int_operands!(a, b);
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        if let Some(r) = numeric::i64_lshift(x, y).map_err(|e| num_err(vm, e))? {
            return Ok(new_int(r));
        }
    }
    match numeric::int_lshift(&x.big(), &y.big()) {
        Ok(r) => Ok(new_int_big(r)),
        // A shift count that fits a machine word asks for an impossible allocation
        // (MemoryError); a larger one cannot even be represented (OverflowError).
        Err(NumError::Overflow(m)) if m == "too many digits in integer" && y.to_i64().is_some() => {
            Err(vm.memory_error())
        }
        Err(e) => Err(num_err(vm, e)),
    }
}

fn int_rshift(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = int_operands!(a, b);
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        return numeric::i64_rshift(x, y)
            .map(new_int)
            .map_err(|e| num_err(vm, e));
    }
    numeric::int_rshift(&x.big(), &y.big())
        .map(new_int_big)
        .map_err(|e| num_err(vm, e))
}

fn int_and(_vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = int_operands!(a, b);
    Ok(match (x, y) {
        (IntRef::Small(x), IntRef::Small(y)) => new_int(x & y),
        _ => new_int_big(x.big().as_ref() & y.big().as_ref()),
    })
}

fn int_or(_vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = int_operands!(a, b);
    Ok(match (x, y) {
        (IntRef::Small(x), IntRef::Small(y)) => new_int(x | y),
        _ => new_int_big(x.big().as_ref() | y.big().as_ref()),
    })
}

fn int_xor(_vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = int_operands!(a, b);
    Ok(match (x, y) {
        (IntRef::Small(x), IntRef::Small(y)) => new_int(x ^ y),
        _ => new_int_big(x.big().as_ref() ^ y.big().as_ref()),
    })
}

fn int_neg(vm: &Vm, a: &Value) -> PyResult<Value> {
    let x = as_int(a).ok_or_else(|| vm.type_error("expected an int"))?;
    Ok(match x {
        IntRef::Small(i) => match i.checked_neg() {
            Some(r) => new_int(r),
            None => new_int_big(-BigInt::from(i)),
        },
        IntRef::Big(b) => new_int_big(-b),
    })
}

fn int_pos(vm: &Vm, a: &Value) -> PyResult<Value> {
    int_int(vm, a)
}

fn int_invert(vm: &Vm, a: &Value) -> PyResult<Value> {
    let x = as_int(a).ok_or_else(|| vm.type_error("expected an int"))?;
    Ok(match x {
        IntRef::Small(i) => new_int(!i),
        IntRef::Big(b) => new_int_big(-(b + 1u32)),
    })
}

fn int_abs(vm: &Vm, a: &Value) -> PyResult<Value> {
    let x = as_int(a).ok_or_else(|| vm.type_error("expected an int"))?;
    Ok(match x {
        IntRef::Small(i) => match i.checked_abs() {
            Some(r) => new_int(r),
            None => new_int_big(BigInt::from(i).abs()),
        },
        IntRef::Big(b) => new_int_big(b.abs()),
    })
}

/// `int(self)` for an int, bool or int subclass: `self` when exactly an int.
fn int_int(vm: &Vm, a: &Value) -> PyResult<Value> {
    if a.is_small_int() || a.is_exact(builtin().int) {
        return Ok(a.clone());
    }
    let x = as_int(a).ok_or_else(|| vm.type_error("expected an int"))?;
    Ok(x.to_value())
}

fn int_float(vm: &Vm, a: &Value) -> PyResult<Value> {
    let x = as_int(a).ok_or_else(|| vm.type_error("expected an int"))?;
    x.to_f64().map(new_float).map_err(|e| num_err(vm, e))
}

// ---- int(...) -----------------------------------------------------------------------------

fn int_new(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let n = npos(args, kwnames);
    let mut x: Option<&Value> = None;
    let mut base: Option<&Value> = None;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    if n >= 1 {
        x = Some(&args[0]);
    }
    if n >= 2 {
        base = Some(&args[1]);
    }
    if let Some(kw) = kwnames {
        for (k, v) in kw.iter().zip(&args[n..]) {
            let key = as_str(k).unwrap_or("");
            if key == "base" {
                if base.is_some() {
                    return Err(
                        vm.type_error("argument for int() given by name ('base') and position (2)")
                    );
                }
                base = Some(v);
            } else {
                return Err(
                    vm.type_error(format!("'{key}' is an invalid keyword argument for int()"))
                );
            }
        }
    }
    let value = match (x, base) {
        (None, None) => BigInt::zero(),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => {
            let v = int_from_object(vm, x)?;
            if std::ptr::eq(cls_type(cls), builtin().int) {
                return Ok(v);
            }
            to_bigint(&v).unwrap_or_default()
        }
        (Some(x), Some(b)) => {
            let b = index_to_bigint(vm, b)?;
            let base = match b.to_u32() {
                Some(b) if b == 0 || (2..=36).contains(&b) => b,
                _ => {
                    return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
                }
            };
            if let Some(s) = as_str(x) {
                numeric::int_from_str(s, base).map_err(|e| num_err(vm, e))?
            } else if let Some(b) = crate::types::bytes::as_bytes_like(x) {
                numeric::int_from_bytes_literal(&b, base).map_err(|e| num_err(vm, e))?
            } else {
                return Err(vm.type_error("int() can't convert non-string with explicit base"));
            }
        }
    };
    make_int_of_class(vm, cls, value)
}

fn cls_type(cls: &Value) -> &TypeObject {
    crate::types::as_type(cls).unwrap_or(builtin().int)
}

/// An int of class `cls` (int itself or a heap subclass) with `value`.
pub fn make_int_of_class(vm: &Vm, cls: &Value, value: BigInt) -> PyResult<Value> {
    let t = cls_type(cls);
    if std::ptr::eq(t, builtin().int) {
        return Ok(new_int_big(value));
    }
    if std::ptr::eq(t, builtin().bool) {
        return Err(vm.type_error("int.__new__(bool) is not safe, use bool.__new__()"));
    }
    crate::types::object::alloc_subclass_instance(vm, cls, IntObj { value })
}

/// `int(x)` for one argument (CPython's `PyNumber_Long`): an exact int.
pub fn int_from_object(vm: &Vm, x: &Value) -> PyResult<Value> {
    if x.is_small_int() || x.is_exact(builtin().int) {
        return Ok(x.clone());
    }
    let ty = x.ty();
    if let Some(f) = ty.slots.int.get() {
        let r = f(vm, x)?;
        return exact_int_result(vm, r, "__int__");
    }
    if ty.slots.index.is_set() {
        let r = index_value(vm, x)?;
        return int_int(vm, &r);
    }
    if let Some(trunc) = ty.lookup_str("__trunc__") {
        let r = ops::call(vm, &trunc, std::slice::from_ref(x), None)?;
        if as_int(&r).is_some() {
            return int_int(vm, &r);
        }
        if !r.ty().slots.index.is_set() {
            return Err(vm.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                r.ty().name()
            )));
        }
        let r = index_value(vm, &r)?;
        return int_int(vm, &r);
    }
    if let Some(s) = as_str(x) {
        return numeric::int_from_str(s, 10)
            .map(new_int_big)
            .map_err(|e| num_err(vm, e));
    }
    if let Some(b) = crate::types::bytes::as_bytes_like(x) {
        return numeric::int_from_bytes_literal(&b, 10)
            .map(new_int_big)
            .map_err(|e| num_err(vm, e));
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        ty.name()
    )))
}

fn exact_int_result(vm: &Vm, r: Value, what: &str) -> PyResult<Value> {
    match as_int(&r) {
        Some(i) => {
            if r.is_small_int() || r.is_exact(builtin().int) {
                Ok(r)
            } else {
                Ok(i.to_value())
            }
        }
        None => Err(vm.type_error(format!("{what} returned non-int (type {})", r.ty().name()))),
    }
}

// ---- methods ------------------------------------------------------------------------------

fn int_format(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "int.__format__", args, kwnames, 1, 1)?;
    let x = self_int(vm, args)?;
    let spec = as_str(&args[1]).ok_or_else(|| {
        vm.type_error(format!(
            "__format__() argument must be str, not {}",
            arg_type_name(&args[1])
        ))
    })?;
    if spec.is_empty() {
        return ops::str_(vm, &args[0]);
    }
    format_intref(vm, x, spec, args[0].ty().name()).map(new_string)
}

/// `format(x, spec)` for an int value; `type_name` appears in error messages.
pub fn format_intref(vm: &Vm, x: IntRef<'_>, spec: &str, type_name: &str) -> PyResult<String> {
    let fs = format::parse_format_spec_for(spec, type_name).map_err(|e| fmt_err(vm, e))?;
    crate::types::str::check_spec_size(vm, &fs)?;
    if matches!(fs.ty, None | Some('d') | Some('n')) {
        if let IntRef::Big(b) = x {
            format::int_str_digits_check(b, numeric::int_max_str_digits())
                .map_err(|e| fmt_err(vm, e))?;
        }
    }
    match x {
        IntRef::Small(i) => format::format_i64_named(i, &fs, type_name),
        IntRef::Big(b) => format::format_int_named(b, &fs, type_name),
    }
    .map_err(|e| fmt_err(vm, e))
}

fn int_round(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "int.__round__", kwnames)?;
    check_count(vm, "__round__", args.len().saturating_sub(1), 0, 1)?;
    let x = self_int(vm, args)?;
    // Unlike float's, int's `__round__` does not take None (`round(5, None)` calls it
    // with no argument).
    let nd = match args.get(1) {
        None => return Ok(x.to_value()),
        Some(v) => index_to_bigint(vm, v)?,
    };
    if !nd.is_negative() {
        return Ok(x.to_value());
    }
    let nd = nd.to_i64().unwrap_or(i64::MIN);
    Ok(new_int_big(numeric::int_round(&x.big(), nd)))
}

fn int_to_exact(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "int.conjugate", args, kwnames)?;
    Ok(self_int(vm, args)?.to_value())
}

fn int_getnewargs(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "int.__getnewargs__", args, kwnames)?;
    Ok(new_tuple(vec![self_int(vm, args)?.to_value()]))
}

fn int_sizeof(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "int.__sizeof__", args, kwnames)?;
    let x = self_int(vm, args)?;
    let digits = x.big().bits().div_ceil(30).max(1);
    Ok(new_int(24 + 4 * digits as i64))
}

fn int_bit_length(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "int.bit_length", args, kwnames)?;
    Ok(match self_int(vm, args)? {
        IntRef::Small(i) => new_int(64 - i64::from(i.unsigned_abs().leading_zeros())),
        IntRef::Big(b) => new_int(numeric::int_bit_length(b) as i64),
    })
}

fn int_bit_count(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "int.bit_count", args, kwnames)?;
    Ok(match self_int(vm, args)? {
        IntRef::Small(i) => new_int(i64::from(i.unsigned_abs().count_ones())),
        IntRef::Big(b) => new_int(numeric::int_bit_count(b) as i64),
    })
}

/// Reads a `byteorder` argument (a str).
fn byteorder_arg<'a>(vm: &Vm, fname: &str, v: &'a Option<Value>) -> PyResult<&'a str> {
    match v {
        None => Ok("big"),
        Some(v) => as_str(v).ok_or_else(|| {
            vm.type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {}",
                arg_type_name(v)
            ))
        }),
    }
}

/// CPython's count errors for `(length, byteorder, *, signed)`-style signatures.
fn check_two_positional(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<()> {
    let total = args.len().saturating_sub(1);
    let n = npos(args, kwnames).saturating_sub(1);
    if total > 3 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 3 arguments ({total} given)"
        )));
    }
    if n > 2 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 2 positional arguments ({n} given)"
        )));
    }
    Ok(())
}

fn int_to_bytes(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_two_positional(vm, "to_bytes", args, kwnames)?;
    let p = parse_args(
        vm,
        "to_bytes",
        &["length", "byteorder", "*", "signed"],
        args.get(1..).unwrap_or(&[]),
        kwnames,
        0,
    )?;
    let x = self_int(vm, args)?;
    let length = match &p[0] {
        None => 1,
        Some(v) => {
            let b = index_to_bigint(vm, v)?;
            match b.to_i64() {
                Some(l) => l,
                None if b.is_negative() => -1,
                None => {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
                }
            }
        }
    };
    let order = byteorder_arg(vm, "to_bytes", &p[1])?;
    let signed = match &p[2] {
        None => false,
        Some(v) => ops::truthy(vm, v)?,
    };
    let bytes =
        numeric::int_to_bytes(&x.big(), length, order, signed).map_err(|e| num_err(vm, e))?;
    Ok(crate::types::bytes::new_bytes(bytes))
}

fn int_from_bytes(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_two_positional(vm, "from_bytes", args, kwnames)?;
    let p = parse_args(
        vm,
        "from_bytes",
        &["bytes", "byteorder", "*", "signed"],
        args.get(1..).unwrap_or(&[]),
        kwnames,
        1,
    )?;
    let cls = &args[0];
    let order = byteorder_arg(vm, "from_bytes", &p[1])?;
    let signed = match &p[2] {
        None => false,
        Some(v) => ops::truthy(vm, v)?,
    };
    if order != "big" && order != "little" {
        return Err(vm.value_error("byteorder must be either 'little' or 'big'"));
    }
    let data = match &p[0] {
        Some(v) => crate::types::bytes::bytes_from_object(vm, v)?,
        None => Vec::new(),
    };
    let value = numeric::int_from_bytes(&data, order, signed).map_err(|e| num_err(vm, e))?;
    if std::ptr::eq(cls_type(cls), builtin().int) {
        Ok(new_int_big(value))
    } else {
        ops::call(vm, cls, &[new_int_big(value)], None)
    }
}

fn int_as_integer_ratio(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "int.as_integer_ratio", args, kwnames)?;
    Ok(new_tuple(vec![self_int(vm, args)?.to_value(), new_int(1)]))
}

fn int_get_real(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(self_int(vm, std::slice::from_ref(v))?.to_value())
}

fn int_get_zero(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(new_int(0))
}

fn int_get_one(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(new_int(1))
}

// ---- bool ---------------------------------------------------------------------------------

fn bool_repr(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = as_int(v).is_some_and(|r| !r.is_zero());
    Ok(new_str(if t { "True" } else { "False" }))
}

fn bool_new(vm: &Vm, _cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "bool", kwnames)?;
    check_count(vm, "bool", args.len(), 0, 1)?;
    match args.first() {
        None => Ok(new_bool(false)),
        Some(x) => Ok(new_bool(ops::truthy(vm, x)?)),
    }
}

fn both_bools(a: &Value, b: &Value) -> Option<(bool, bool)> {
    let bt = builtin().bool;
    if a.is_exact(bt) && b.is_exact(bt) {
        Some((is_true(a), is_true(b)))
    } else {
        None
    }
}

fn bool_and(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    match both_bools(a, b) {
        Some((x, y)) => Ok(new_bool(x & y)),
        None => int_and(vm, a, b),
    }
}

fn bool_or(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    match both_bools(a, b) {
        Some((x, y)) => Ok(new_bool(x | y)),
        None => int_or(vm, a, b),
    }
}

fn bool_xor(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    match both_bools(a, b) {
        Some((x, y)) => Ok(new_bool(x ^ y)),
        None => int_xor(vm, a, b),
    }
}
