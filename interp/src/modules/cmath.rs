//! The `cmath` module: mathematical functions of complex numbers.
//!
//! Owns: the complex functions (sqrt exp log log10 phase polar rect, the trigonometric and
//! hyperbolic functions and their inverses, isfinite isinf isnan isclose) computed with the
//! same formulas as CPython's cmathmodule (scaling near overflow and underflow, branch cuts
//! with signed zeros), so finite arguments give CPython's results, and its errors
//! (ValueError "math domain error", OverflowError "math range error"). Infinite and NaN
//! components follow C99 Annex G as CPython's special-value tables do (checked against
//! CPython for every combination of ±inf, nan, ±0 and a finite value; NaN payloads and the
//! sign of NaN are not tracked). Must not: convert arguments beyond CPython's `complex`
//! coercion.

use crate::modules::math::to_f64;
use crate::object::Value;
use crate::ops;
use crate::types::native::{add_function, check_count, no_kwargs, Args, NativeFn};
use crate::types::{dict, float, int, tuple};
use crate::vm::{PyErr, PyResult, Vm};

type C = (f64, f64);

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const LN2: f64 = std::f64::consts::LN_2;
const PI: f64 = std::f64::consts::PI;
const E: f64 = std::f64::consts::E;

fn sqrt_large_double() -> f64 {
    LARGE_DOUBLE.sqrt()
}

fn log_large_double() -> f64 {
    LARGE_DOUBLE.ln()
}

/// What went wrong in a computation (C's errno).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

fn asinh_r(x: f64) -> f64 {
    crate::numeric::math::asinh(x).unwrap_or(f64::NAN)
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

// ---- the functions (CPython's formulas) -------------------------------------------------------

fn c_sqrt(z: C) -> C {
    let (x, y) = z;
    if !finite(z) {
        if y.is_infinite() {
            return (f64::INFINITY, y);
        }
        if x.is_nan() || y.is_nan() {
            if x == f64::INFINITY {
                return (f64::INFINITY, y);
            }
            if x == f64::NEG_INFINITY {
                return (f64::NAN, f64::INFINITY.copysign(y));
            }
            return (f64::NAN, f64::NAN);
        }
        // x infinite, y finite.
        return if x > 0.0 {
            (f64::INFINITY, 0.0f64.copysign(y))
        } else {
            (0.0, f64::INFINITY.copysign(y))
        };
    }
    if x == 0.0 && y == 0.0 {
        return (0.0, y);
    }
    let mut ax = x.abs();
    let ay = y.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax *= 2f64.powi(53);
        (ax + ax.hypot(ay * 2f64.powi(53))).sqrt() * 2f64.powi(-27)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 {
        (s, d.copysign(y))
    } else {
        (d, s.copysign(y))
    }
}

fn c_exp(z: C) -> (C, Errno) {
    let (x, y) = z;
    if !finite(z) {
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            if x > 0.0 {
                (
                    f64::INFINITY.copysign(y.cos()),
                    f64::INFINITY.copysign(y.sin()),
                )
            } else {
                (0.0f64.copysign(y.cos()), 0.0f64.copysign(y.sin()))
            }
        } else if x.is_nan() {
            if y == 0.0 {
                (f64::NAN, y)
            } else {
                (f64::NAN, f64::NAN)
            }
        } else if x == f64::NEG_INFINITY {
            // y is 0, infinite or NaN.
            if y == 0.0 {
                (0.0, y)
            } else {
                (0.0, 0.0)
            }
        } else if x == f64::INFINITY {
            if y == 0.0 {
                (f64::INFINITY, y)
            } else {
                (f64::INFINITY, f64::NAN)
            }
        } else {
            // x finite, y infinite or NaN.
            (f64::NAN, f64::NAN)
        };
        let err = if y.is_infinite() && (x.is_finite() || x == f64::INFINITY) {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, err);
    }
    let r = if x > log_large_double() {
        let l = (x - 1.0).exp();
        (l * y.cos() * E, l * y.sin() * E)
    } else {
        let l = x.exp();
        (l * y.cos(), l * y.sin())
    };
    let err = if r.0.is_infinite() || r.1.is_infinite() {
        Errno::Range
    } else {
        Errno::Ok
    };
    (r, err)
}

fn c_log(z: C) -> (C, Errno) {
    let (x, y) = z;
    if !finite(z) {
        let r = if x.is_nan() {
            if y.is_infinite() {
                (f64::INFINITY, f64::NAN)
            } else {
                (f64::NAN, f64::NAN)
            }
        } else if y.is_nan() {
            if x.is_infinite() {
                (f64::INFINITY, f64::NAN)
            } else {
                (f64::NAN, f64::NAN)
            }
        } else if x.is_infinite() && y.is_infinite() {
            let a = if x > 0.0 { 0.25 * PI } else { 0.75 * PI };
            (f64::INFINITY, a.copysign(y))
        } else if x.is_infinite() {
            let a = if x > 0.0 { 0.0 } else { PI };
            (f64::INFINITY, a.copysign(y))
        } else {
            (f64::INFINITY, (0.5 * PI).copysign(y))
        };
        return (r, Errno::Ok);
    }
    let ax = x.abs();
    let ay = y.abs();
    let mut err = Errno::Ok;
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let s = 2f64.powi(53);
            (ax * s).hypot(ay * s).ln() - 53.0 * LN2
        } else {
            err = Errno::Dom;
            f64::NEG_INFINITY
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let am = if ax > ay { ax } else { ay };
            let an = if ax > ay { ay } else { ax };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ((re, y.atan2(x)), err)
}

fn c_sinh(z: C) -> (C, Errno) {
    let (x, y) = z;
    if !finite(z) {
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            let s = if x > 0.0 { 1.0 } else { -1.0 };
            (
                s * f64::INFINITY.copysign(y.cos()),
                f64::INFINITY.copysign(y.sin()),
            )
        } else if x.is_infinite() {
            if y == 0.0 {
                (x, y)
            } else {
                (f64::INFINITY, f64::NAN)
            }
        } else if x.is_nan() {
            if y == 0.0 {
                (f64::NAN, y)
            } else {
                (f64::NAN, f64::NAN)
            }
        } else if x == 0.0 && y.is_nan() {
            (0.0, f64::NAN)
        } else {
            (f64::NAN, f64::NAN)
        };
        return (r, special_errno(z));
    }
    let r = if x.abs() > log_large_double() {
        let xm1 = x - 1.0f64.copysign(x);
        (y.cos() * xm1.sinh() * E, y.sin() * xm1.cosh() * E)
    } else {
        (y.cos() * x.sinh(), y.sin() * x.cosh())
    };
    (r, overflow_check(z, r))
}

fn c_cosh(z: C) -> (C, Errno) {
    let (x, y) = z;
    if !finite(z) {
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            let s = if x > 0.0 { 1.0 } else { -1.0 };
            (
                f64::INFINITY.copysign(y.cos()),
                s * f64::INFINITY.copysign(y.sin()),
            )
        } else if x.is_infinite() {
            if y == 0.0 {
                (f64::INFINITY, if x > 0.0 { y } else { -y })
            } else {
                (f64::INFINITY, f64::NAN)
            }
        } else if x.is_nan() {
            if y == 0.0 {
                (f64::NAN, 0.0)
            } else {
                (f64::NAN, f64::NAN)
            }
        } else if x == 0.0 && y.is_nan() {
            (f64::NAN, 0.0)
        } else {
            (f64::NAN, f64::NAN)
        };
        return (r, special_errno(z));
    }
    let r = if x.abs() > log_large_double() {
        let xm1 = x - 1.0f64.copysign(x);
        (y.cos() * xm1.cosh() * E, y.sin() * xm1.sinh() * E)
    } else {
        (y.cos() * x.cosh(), y.sin() * x.sinh())
    };
    (r, overflow_check(z, r))
}

/// EDOM for an infinite imaginary part with a real part that is not NaN (sinh, cosh).
fn special_errno(z: C) -> Errno {
    if z.1.is_infinite() && !z.0.is_nan() {
        Errno::Dom
    } else {
        Errno::Ok
    }
}

/// ERANGE when a finite argument gave an infinite result; EDOM when a finite real part met an
/// infinite imaginary part (the result is NaN).
fn overflow_check(z: C, r: C) -> Errno {
    if finite(z) {
        if r.0.is_infinite() || r.1.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        }
    } else if z.1.is_infinite() && z.0.is_finite() {
        Errno::Dom
    } else {
        Errno::Ok
    }
}

fn c_tanh(z: C) -> (C, Errno) {
    let (x, y) = z;
    if !finite(z) {
        let err = if y.is_infinite() && x.is_finite() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        let s = if x > 0.0 { 1.0 } else { -1.0 };
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            (s, 0.0f64.copysign(2.0 * y.sin() * y.cos()))
        } else if x.is_infinite() {
            (s, if y == 0.0 { y } else { 0.0 })
        } else if x.is_nan() {
            if y == 0.0 {
                (f64::NAN, y)
            } else {
                (f64::NAN, f64::NAN)
            }
        } else {
            tanh_finite(z)
        };
        return (r, err);
    }
    (tanh_finite(z), Errno::Ok)
}

fn tanh_finite(z: C) -> C {
    let (x, y) = z;
    if x.abs() > sqrt_large_double() {
        (
            1.0f64.copysign(x),
            4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp(),
        )
    } else {
        let tx = x.tanh();
        let ty = y.tan();
        let cx = 1.0 / x.cosh();
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    }
}

fn c_asinh(z: C) -> C {
    let (x, y) = z;
    if x.is_nan() {
        return if y == 0.0 {
            (f64::NAN, y)
        } else if y.is_infinite() {
            (f64::INFINITY, f64::NAN)
        } else {
            (f64::NAN, f64::NAN)
        };
    }
    if x.abs() > LARGE_DOUBLE || y.abs() > LARGE_DOUBLE {
        let l = (x / 2.0).hypot(y / 2.0).ln() + LN2 * 2.0;
        let re = if y >= 0.0 {
            l.copysign(x)
        } else {
            -(l.copysign(-x))
        };
        (re, y.atan2(x.abs()))
    } else {
        let s1 = c_sqrt((1.0 + y, -x));
        let s2 = c_sqrt((1.0 - y, x));
        (
            asinh_r(s1.0 * s2.1 - s2.0 * s1.1),
            y.atan2(s1.0 * s2.0 - s1.1 * s2.1),
        )
    }
}

fn c_acos(z: C) -> C {
    let (x, y) = z;
    if y.is_nan() {
        if x.is_infinite() {
            return (f64::NAN, f64::INFINITY);
        }
        if x == 0.0 {
            return (PI / 2.0, f64::NAN);
        }
    }
    if x.abs() > LARGE_DOUBLE || y.abs() > LARGE_DOUBLE {
        let re = y.abs().atan2(x);
        let l = (x / 2.0).hypot(y / 2.0).ln() + LN2 * 2.0;
        let im = if x < 0.0 {
            -(l.copysign(y))
        } else {
            l.copysign(-y)
        };
        (re, im)
    } else {
        let s1 = c_sqrt((1.0 - x, -y));
        let s2 = c_sqrt((1.0 + x, y));
        (2.0 * s1.0.atan2(s2.0), asinh_r(s2.0 * s1.1 - s2.1 * s1.0))
    }
}

fn c_acosh(z: C) -> C {
    let (x, y) = z;
    if x.abs() > LARGE_DOUBLE || y.abs() > LARGE_DOUBLE {
        ((x / 2.0).hypot(y / 2.0).ln() + LN2 * 2.0, y.atan2(x))
    } else {
        let s1 = c_sqrt((x - 1.0, y));
        let s2 = c_sqrt((x + 1.0, y));
        (asinh_r(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * s1.1.atan2(s2.0))
    }
}

fn c_atanh(z: C) -> (C, Errno) {
    let (x, y) = z;
    if !finite(z) {
        if x.is_sign_negative() && !x.is_nan() {
            let (r, e) = c_atanh((-x, -y));
            return ((-r.0, -r.1), e);
        }
        let r = if y.is_infinite() {
            (0.0, (PI / 2.0).copysign(y))
        } else if x.is_infinite() {
            if y.is_nan() {
                (0.0, f64::NAN)
            } else {
                (0.0, (PI / 2.0).copysign(y))
            }
        } else if x == 0.0 && y.is_nan() {
            (x, f64::NAN)
        } else {
            (f64::NAN, f64::NAN)
        };
        return (r, Errno::Ok);
    }
    if x < 0.0 {
        let (r, e) = c_atanh((-x, -y));
        return ((-r.0, -r.1), e);
    }
    let ay = y.abs();
    if x > sqrt_large_double() || ay > sqrt_large_double() {
        let h = (x / 2.0).hypot(y / 2.0);
        ((x / 4.0 / h / h, -((PI / 2.0).copysign(-y))), Errno::Ok)
    } else if x == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            ((f64::INFINITY, y), Errno::Dom)
        } else {
            (
                (
                    -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
                    (2.0f64.atan2(-ay) / 2.0).copysign(y),
                ),
                Errno::Ok,
            )
        }
    } else {
        (
            (
                (4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)).ln_1p() / 4.0,
                -(-2.0 * y).atan2((1.0 - x) * (1.0 + x) - ay * ay) / 2.0,
            ),
            Errno::Ok,
        )
    }
}

/// `iz` and back: the trigonometric functions through the hyperbolic ones.
fn times_i(z: C) -> C {
    (-z.1, z.0)
}

fn times_minus_i(z: C) -> C {
    (z.1, -z.0)
}

fn c_quot(a: C, b: C) -> Option<C> {
    let abr = b.0.abs();
    let abi = b.1.abs();
    if abr >= abi {
        if abr == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abi >= abr {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `_Py_c_abs`: the modulus, with ERANGE when it overflows.
fn c_abs(z: C) -> (f64, Errno) {
    if !finite(z) {
        if z.0.is_infinite() || z.1.is_infinite() {
            return (f64::INFINITY, Errno::Ok);
        }
        return (f64::NAN, Errno::Ok);
    }
    let r = z.0.hypot(z.1);
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

/// `c_atan2`: the phase, with the special cases of infinite and zero components.
fn c_phase(z: C) -> f64 {
    let (x, y) = z;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x > 0.0 { 0.25 * PI } else { 0.75 * PI }.copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

// ---- argument conversion and errors ------------------------------------------------------------

/// `PyArg_Parse(v, "D")`: complex, `__complex__`, or a real number.
fn to_complex(vm: &Vm, v: &Value) -> PyResult<C> {
    if let Some(c) = float::as_complex(v) {
        return Ok(c);
    }
    if let Some(f) = float::as_float(v) {
        return Ok((f, 0.0));
    }
    if let Some(m) = ops::lookup_special(vm, v, "__complex__")? {
        let r = ops::call0(vm, &m)?;
        return float::as_complex(&r).ok_or_else(|| {
            vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                r.ty().name()
            ))
        });
    }
    Ok((to_f64(vm, v)?, 0.0))
}

fn check(vm: &Vm, err: Errno) -> PyResult<()> {
    match err {
        Errno::Ok => Ok(()),
        Errno::Dom => Err(vm.value_error("math domain error")),
        Errno::Range => Err(vm.overflow_error("math range error")),
    }
}

fn result(vm: &Vm, r: C, err: Errno) -> PyResult<Value> {
    check(vm, err)?;
    Ok(float::new_complex(r.0, r.1))
}

fn one_arg(vm: &Vm, name: &str, args: &[Value], kw: Option<&[Value]>) -> PyResult<C> {
    no_kwargs(vm, name, kw)?;
    check_count(vm, &format!("cmath.{name}"), args.len(), 1, 1)?;
    to_complex(vm, &args[0])
}

fn domain_err(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

// ---- module functions ---------------------------------------------------------------------------

fn f_sqrt(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let z = one_arg(vm, "sqrt", a, k)?;
    result(vm, c_sqrt(z), Errno::Ok)
}

fn f_exp(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let (r, e) = c_exp(one_arg(vm, "exp", a, k)?);
    result(vm, r, e)
}

fn f_log(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "log", kw)?;
    check_count(vm, "log", args.len(), 1, 2)?;
    let x = to_complex(vm, &args[0])?;
    let (mut r, mut e) = c_log(x);
    if let Some(b) = args.get(1) {
        // As CPython: only the last error counts (log(0, 2) is -inf+nanj).
        let (lb, eb) = c_log(to_complex(vm, b)?);
        e = eb;
        match c_quot(r, lb) {
            Some(q) => r = q,
            None => e = Errno::Dom,
        }
    }
    result(vm, r, e)
}

fn f_log10(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let (r, e) = c_log(one_arg(vm, "log10", a, k)?);
    let ln10 = std::f64::consts::LN_10;
    result(vm, (r.0 / ln10, r.1 / ln10), e)
}

fn f_phase(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let z = one_arg(vm, "phase", a, k)?;
    Ok(float::new_float(c_phase(z)))
}

fn f_polar(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let z = one_arg(vm, "polar", a, k)?;
    let phi = c_phase(z);
    let (r, e) = c_abs(z);
    check(vm, e)?;
    Ok(tuple::new_tuple(vec![
        float::new_float(r),
        float::new_float(phi),
    ]))
}

fn f_rect(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "rect", kw)?;
    check_count(vm, "rect", args.len(), 2, 2)?;
    let r = to_f64(vm, &args[0])?;
    let phi = to_f64(vm, &args[1])?;
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let s = if r > 0.0 { 1.0 } else { -1.0 };
            (
                s * f64::INFINITY.copysign(phi.cos()),
                s * f64::INFINITY.copysign(phi.sin()),
            )
        } else if r.is_infinite() {
            if phi == 0.0 {
                if r > 0.0 {
                    (r, phi)
                } else {
                    (r, -phi)
                }
            } else {
                (f64::INFINITY, f64::NAN)
            }
        } else if r.is_nan() {
            if phi == 0.0 {
                (f64::NAN, 0.0)
            } else {
                (f64::NAN, f64::NAN)
            }
        } else if r == 0.0 {
            (0.0, 0.0)
        } else {
            (f64::NAN, f64::NAN)
        };
        if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            return Err(domain_err(vm));
        }
        return Ok(float::new_complex(z.0, z.1));
    }
    if phi == 0.0 {
        return Ok(float::new_complex(r, r * phi));
    }
    Ok(float::new_complex(r * phi.cos(), r * phi.sin()))
}

fn f_sin(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let z = one_arg(vm, "sin", a, k)?;
    let (s, e) = c_sinh(times_i(z));
    result(vm, times_minus_i(s), e)
}

fn f_cos(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let z = one_arg(vm, "cos", a, k)?;
    let (r, e) = c_cosh(times_i(z));
    result(vm, r, e)
}

fn f_tan(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let z = one_arg(vm, "tan", a, k)?;
    let (r, e) = c_tanh(times_i(z));
    result(vm, times_minus_i(r), e)
}

fn f_sinh(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let (r, e) = c_sinh(one_arg(vm, "sinh", a, k)?);
    result(vm, r, e)
}

fn f_cosh(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let (r, e) = c_cosh(one_arg(vm, "cosh", a, k)?);
    result(vm, r, e)
}

fn f_tanh(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let (r, e) = c_tanh(one_arg(vm, "tanh", a, k)?);
    result(vm, r, e)
}

fn f_asin(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let z = one_arg(vm, "asin", a, k)?;
    result(vm, times_minus_i(c_asinh(times_i(z))), Errno::Ok)
}

fn f_acos(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let z = one_arg(vm, "acos", a, k)?;
    result(vm, c_acos(z), Errno::Ok)
}

fn f_atan(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let z = one_arg(vm, "atan", a, k)?;
    let (s, e) = c_atanh(times_i(z));
    result(vm, times_minus_i(s), e)
}

fn f_asinh(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let z = one_arg(vm, "asinh", a, k)?;
    result(vm, c_asinh(z), Errno::Ok)
}

fn f_acosh(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let z = one_arg(vm, "acosh", a, k)?;
    result(vm, c_acosh(z), Errno::Ok)
}

fn f_atanh(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let (r, e) = c_atanh(one_arg(vm, "atanh", a, k)?);
    result(vm, r, e)
}

fn f_isfinite(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let z = one_arg(vm, "isfinite", a, k)?;
    Ok(int::new_bool(finite(z)))
}

fn f_isinf(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let z = one_arg(vm, "isinf", a, k)?;
    Ok(int::new_bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn f_isnan(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let z = one_arg(vm, "isnan", a, k)?;
    Ok(int::new_bool(z.0.is_nan() || z.1.is_nan()))
}

fn f_isclose(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let p = Args::new("isclose", &["a", "b", "*", "rel_tol", "abs_tol"]).parse(vm, args, kw, 2)?;
    let (Some(av), Some(bv)) = (&p[0], &p[1]) else {
        return Err(vm.type_error("isclose() missing required argument"));
    };
    let a = to_complex(vm, av)?;
    let b = to_complex(vm, bv)?;
    let rel_tol = match &p[2] {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match &p[3] {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a.0 == b.0 && a.1 == b.1 {
        return Ok(int::new_bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(int::new_bool(false));
    }
    let diff = c_abs((a.0 - b.0, a.1 - b.1)).0;
    let close = diff <= rel_tol * c_abs(b).0 || diff <= rel_tol * c_abs(a).0 || diff <= abs_tol;
    Ok(int::new_bool(close))
}

pub fn init(_vm: &Vm, d: &Value) -> PyResult<()> {
    dict::dict_set_str(d, "pi", float::new_float(PI));
    dict::dict_set_str(d, "e", float::new_float(E));
    dict::dict_set_str(d, "tau", float::new_float(std::f64::consts::TAU));
    dict::dict_set_str(d, "inf", float::new_float(f64::INFINITY));
    dict::dict_set_str(d, "infj", float::new_complex(0.0, f64::INFINITY));
    dict::dict_set_str(d, "nan", float::new_float(f64::NAN));
    dict::dict_set_str(d, "nanj", float::new_complex(0.0, f64::NAN));
    let fns: [(&'static str, NativeFn); 23] = [
        ("sqrt", f_sqrt),
        ("exp", f_exp),
        ("log", f_log),
        ("log10", f_log10),
        ("phase", f_phase),
        ("polar", f_polar),
        ("rect", f_rect),
        ("sin", f_sin),
        ("cos", f_cos),
        ("tan", f_tan),
        ("asin", f_asin),
        ("acos", f_acos),
        ("atan", f_atan),
        ("sinh", f_sinh),
        ("cosh", f_cosh),
        ("tanh", f_tanh),
        ("asinh", f_asinh),
        ("acosh", f_acosh),
        ("atanh", f_atanh),
        ("isfinite", f_isfinite),
        ("isinf", f_isinf),
        ("isnan", f_isnan),
        ("isclose", f_isclose),
    ];
    for (name, f) in fns {
        add_function(d, "cmath", name, f);
    }
    Ok(())
}
