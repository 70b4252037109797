//! The `math` module: argument conversion around `numeric::math`, which holds the
//! numerics (CPython's results and error messages).

use num_bigint::BigInt;

use crate::numeric::{self, math as m, NumError};
use crate::object::Value;
use crate::ops;
use crate::types::native::{add_function, check_count, Args, NativeFn};
use crate::types::{builtin, dict, float, int, none};
use crate::vm::{PyErr, PyResult, Vm};

/// Turns a numeric-library error into the Python exception it names.
pub fn num_err(vm: &Vm, e: NumError) -> PyErr {
    let b = builtin();
    match e {
        NumError::ZeroDivision(m) => vm.new_error(b.zero_division_error, m),
        NumError::Overflow(m) => vm.new_error(b.overflow_error, m),
        NumError::Value(m) => vm.new_error(b.value_error, m),
        NumError::Type(m) => vm.new_error(b.type_error, m),
    }
}

/// `float(x)` for math arguments: floats, ints (exactly rounded), `__float__`, `__index__`.
pub fn to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i as f64);
    }
    if let Some(f) = float::as_float(v) {
        return Ok(f);
    }
    if let Some(i) = int::to_bigint(v) {
        return numeric::int_to_f64(&i).map_err(|e| num_err(vm, e));
    }
    if let Some(f) = ops::lookup_special(vm, v, "__float__")? {
        let r = ops::call0(vm, &f)?;
        return float::as_float(&r).ok_or_else(|| {
            vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.ty().name(),
                r.ty().name()
            ))
        });
    }
    if v.ty().slots.index.is_set() {
        let i = ops::index_value(vm, v)?;
        if let Some(b) = int::to_bigint(&i) {
            return numeric::int_to_f64(&b).map_err(|e| num_err(vm, e));
        }
    }
    Err(vm.type_error(format!("must be real number, not {}", v.ty().name())))
}

fn to_int(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if float::as_float(v).is_some() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = ops::index_value(vm, v)?;
    int::to_bigint(&i).ok_or_else(|| vm.type_error("an integer is required"))
}

fn set(d: &Value, name: &'static str, f: NativeFn) {
    add_function(d, "math", name, f);
}

macro_rules! unary_fns {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
                check_count(vm, stringify!($name), args.len(), 1, 1)?;
                let x = to_f64(vm, &args[0])?;
                m::$name(x).map(float::new_float).map_err(|e| num_err(vm, e))
            }
        )*
        fn install_unary(d: &Value) {
            $( set(d, stringify!($name), $name); )*
        }
    };
}

unary_fns!(
    sqrt, exp, exp2, expm1, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh,
    cbrt, fabs, log1p, erf, erfc, gamma, lgamma
);

macro_rules! binary_fns {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
                check_count(vm, stringify!($name), args.len(), 2, 2)?;
                let x = to_f64(vm, &args[0])?;
                let y = to_f64(vm, &args[1])?;
                m::$name(x, y).map(float::new_float).map_err(|e| num_err(vm, e))
            }
        )*
        fn install_binary(d: &Value) {
            $( set(d, stringify!($name), $name); )*
        }
    };
}

binary_fns!(atan2, copysign, remainder, fmod, pow);

pub fn init(_vm: &Vm, d: &Value) -> PyResult<()> {
    dict::dict_set_str(d, "pi", float::new_float(std::f64::consts::PI));
    dict::dict_set_str(d, "e", float::new_float(std::f64::consts::E));
    dict::dict_set_str(d, "tau", float::new_float(std::f64::consts::TAU));
    dict::dict_set_str(d, "inf", float::new_float(f64::INFINITY));
    dict::dict_set_str(d, "nan", float::new_float(f64::NAN));
    install_unary(d);
    install_binary(d);
    set(d, "log", log);
    set(d, "log2", log2);
    set(d, "log10", log10);
    set(d, "floor", floor);
    set(d, "ceil", ceil);
    set(d, "trunc", trunc);
    set(d, "modf", modf);
    set(d, "frexp", frexp);
    set(d, "ldexp", ldexp);
    set(d, "isfinite", isfinite);
    set(d, "isinf", isinf);
    set(d, "isnan", isnan);
    set(d, "isclose", isclose);
    set(d, "degrees", degrees);
    set(d, "radians", radians);
    set(d, "nextafter", nextafter);
    set(d, "ulp", ulp);
    set(d, "hypot", hypot);
    set(d, "dist", dist);
    set(d, "fsum", fsum);
    set(d, "gcd", gcd);
    set(d, "lcm", lcm);
    set(d, "isqrt", isqrt);
    set(d, "factorial", factorial);
    set(d, "perm", perm);
    set(d, "comb", comb);
    set(d, "prod", prod);
    Ok(())
}

fn real<'a>(vm: &Vm, v: &Value, hold: &'a mut Option<BigInt>) -> PyResult<m::Real<'a>> {
    if float::as_float(v).is_none() {
        if let Some(i) = int::to_bigint(v) {
            *hold = Some(i);
            if let Some(h) = hold.as_ref() {
                return Ok(m::Real::Int(h));
            }
        }
    }
    Ok(m::Real::Float(to_f64(vm, v)?))
}

fn log(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "log", args.len(), 1, 2)?;
    let mut h1 = None;
    let mut h2 = None;
    let x = real(vm, &args[0], &mut h1)?;
    let base = match args.get(1) {
        Some(b) => Some(real(vm, b, &mut h2)?),
        None => None,
    };
    m::log(x, base)
        .map(float::new_float)
        .map_err(|e| num_err(vm, e))
}

fn log2(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "log2", args.len(), 1, 1)?;
    let mut h = None;
    let x = real(vm, &args[0], &mut h)?;
    m::log2(x).map(float::new_float).map_err(|e| num_err(vm, e))
}

fn log10(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "log10", args.len(), 1, 1)?;
    let mut h = None;
    let x = real(vm, &args[0], &mut h)?;
    m::log10(x)
        .map(float::new_float)
        .map_err(|e| num_err(vm, e))
}

fn rounding(
    vm: &Vm,
    args: &[Value],
    name: &str,
    dunder: &str,
    f: fn(f64) -> Result<BigInt, NumError>,
) -> PyResult<Value> {
    check_count(vm, name, args.len(), 1, 1)?;
    let v = &args[0];
    if v.is_small_int() || (v.ty().is_subtype(builtin().int)) {
        return Ok(int::new_int_big(int::to_bigint(v).unwrap_or_default()));
    }
    if float::as_float(v).is_none() {
        if let Some(meth) = ops::lookup_special(vm, v, dunder)? {
            return ops::call0(vm, &meth);
        }
    }
    let x = to_f64(vm, v)?;
    f(x).map(int::new_int_big).map_err(|e| num_err(vm, e))
}

fn floor(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    rounding(vm, args, "floor", "__floor__", m::floor)
}
fn ceil(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    rounding(vm, args, "ceil", "__ceil__", m::ceil)
}
fn trunc(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "trunc", args.len(), 1, 1)?;
    match ops::lookup_special(vm, &args[0], "__trunc__")? {
        Some(t) => ops::call0(vm, &t),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            args[0].ty().name()
        ))),
    }
}

fn modf(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "modf", args.len(), 1, 1)?;
    let (a, b) = m::modf(to_f64(vm, &args[0])?);
    Ok(crate::types::tuple::new_tuple(vec![
        float::new_float(a),
        float::new_float(b),
    ]))
}

fn frexp(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "frexp", args.len(), 1, 1)?;
    let (a, e) = m::frexp(to_f64(vm, &args[0])?);
    Ok(crate::types::tuple::new_tuple(vec![
        float::new_float(a),
        int::new_int(e),
    ]))
}

fn ldexp(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "ldexp", args.len(), 2, 2)?;
    let x = to_f64(vm, &args[0])?;
    if float::as_float(&args[1]).is_some() {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let i = to_int(vm, &args[1])?;
    m::ldexp_big(x, &i)
        .map(float::new_float)
        .map_err(|e| num_err(vm, e))
}

fn pred(vm: &Vm, args: &[Value], name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    check_count(vm, name, args.len(), 1, 1)?;
    Ok(int::new_bool(f(to_f64(vm, &args[0])?)))
}

fn isfinite(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    pred(vm, args, "isfinite", m::isfinite)
}
fn isinf(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    pred(vm, args, "isinf", m::isinf)
}
fn isnan(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    pred(vm, args, "isnan", m::isnan)
}

fn isclose(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a =
        Args::new("isclose", &["a", "b", "/", "*", "rel_tol", "abs_tol"]).parse(vm, args, kw, 2)?;
    let x = to_f64(vm, a[0].as_ref().unwrap_or(&none::none()))?;
    let y = to_f64(vm, a[1].as_ref().unwrap_or(&none::none()))?;
    let rel = match &a[2] {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs = match &a[3] {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    m::isclose(x, y, rel, abs)
        .map(int::new_bool)
        .map_err(|e| num_err(vm, e))
}

fn degrees(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "degrees", args.len(), 1, 1)?;
    Ok(float::new_float(m::degrees(to_f64(vm, &args[0])?)))
}
fn radians(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "radians", args.len(), 1, 1)?;
    Ok(float::new_float(m::radians(to_f64(vm, &args[0])?)))
}
fn nextafter(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "nextafter", args.len(), 2, 2)?;
    Ok(float::new_float(m::nextafter(
        to_f64(vm, &args[0])?,
        to_f64(vm, &args[1])?,
    )))
}
fn ulp(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "ulp", args.len(), 1, 1)?;
    Ok(float::new_float(m::ulp(to_f64(vm, &args[0])?)))
}

fn hypot(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let coords: Vec<f64> = args
        .iter()
        .map(|a| to_f64(vm, a))
        .collect::<PyResult<_>>()?;
    Ok(float::new_float(m::hypot(&coords)))
}

fn dist(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "dist", args.len(), 2, 2)?;
    let p: Vec<f64> = ops::collect(vm, &args[0])?
        .iter()
        .map(|a| to_f64(vm, a))
        .collect::<PyResult<_>>()?;
    let q: Vec<f64> = ops::collect(vm, &args[1])?
        .iter()
        .map(|a| to_f64(vm, a))
        .collect::<PyResult<_>>()?;
    m::dist(&p, &q)
        .map(float::new_float)
        .map_err(|e| num_err(vm, e))
}

fn fsum(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "fsum", args.len(), 1, 1)?;
    let items = ops::collect(vm, &args[0])?;
    let xs: Vec<f64> = items
        .iter()
        .map(|a| to_f64(vm, a))
        .collect::<PyResult<_>>()?;
    m::fsum(xs)
        .map(float::new_float)
        .map_err(|e| num_err(vm, e))
}

fn ints(vm: &Vm, args: &[Value]) -> PyResult<Vec<BigInt>> {
    args.iter().map(|a| to_int(vm, a)).collect()
}

fn gcd(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(int::new_int_big(m::gcd(&ints(vm, args)?)))
}
fn lcm(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    m::lcm(&ints(vm, args)?)
        .map(int::new_int_big)
        .map_err(|e| num_err(vm, e))
}
fn isqrt(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "isqrt", args.len(), 1, 1)?;
    m::isqrt(&to_int(vm, &args[0])?)
        .map(int::new_int_big)
        .map_err(|e| num_err(vm, e))
}
fn factorial(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "factorial", args.len(), 1, 1)?;
    m::factorial(&to_int(vm, &args[0])?)
        .map(int::new_int_big)
        .map_err(|e| num_err(vm, e))
}
fn perm(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "perm", args.len(), 1, 2)?;
    let n = to_int(vm, &args[0])?;
    let k = match args.get(1).filter(|k| !none::is_none(k)) {
        Some(k) => Some(to_int(vm, k)?),
        None => None,
    };
    m::perm(&n, k.as_ref())
        .map(int::new_int_big)
        .map_err(|e| num_err(vm, e))
}
fn comb(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "comb", args.len(), 2, 2)?;
    let n = to_int(vm, &args[0])?;
    let k = to_int(vm, &args[1])?;
    m::comb(&n, &k)
        .map(int::new_int_big)
        .map_err(|e| num_err(vm, e))
}

fn prod(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = Args::new("prod", &["iterable", "/", "*", "start"]).parse(vm, args, kw, 1)?;
    let mut acc = a[1].clone().unwrap_or_else(|| Value::small_int(1));
    let it = ops::iter(vm, a[0].as_ref().unwrap_or(&none::none()))?;
    while let Some(x) = ops::next(vm, &it)? {
        acc = ops::binary_op(vm, &acc, &x, crate::bytecode::BinaryOp::Multiply)?;
    }
    Ok(acc)
}
