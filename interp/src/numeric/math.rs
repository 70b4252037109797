//! The functions of Python's `math` module with CPython 3.11's results and
//! errors. Arguments are already-converted primitives: the caller applies
//! `__float__` / `__index__` and reports type errors. Where CPython accepts
//! an int or a float with different behaviour (`log`, `log2`, `log10`) the
//! argument is a [`Real`].

// The Lanczos coefficients keep the digits they were published with.
#![allow(clippy::excessive_precision)]

use std::f64::consts;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::float::{decompose, float_to_bigint};
use super::int::{int_frexp, int_to_f64, ldexp_exact, round_scaled, MAX_INT_BITS};
use super::{libm_port, NumError};

/// `math.pi`
pub const PI: f64 = consts::PI;
/// `math.e`
pub const E: f64 = consts::E;
/// `math.tau`
pub const TAU: f64 = consts::TAU;
/// `math.inf`
pub const INF: f64 = f64::INFINITY;
/// `math.nan`
pub const NAN: f64 = f64::NAN;

/// A real argument that may be an int (kept exact) or a float.
#[derive(Debug, Clone, Copy)]
pub enum Real<'a> {
    Int(&'a BigInt),
    Float(f64),
}

fn domain() -> NumError {
    NumError::value("math domain error")
}

fn range() -> NumError {
    NumError::overflow("math range error")
}

/// CPython's `math_1`: NaN from non-NaN is a domain error; an infinity from a
/// finite argument is a range error when `can_overflow`, else a domain error.
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> Result<f64, NumError> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(r)
}

/// CPython's `math_2`.
fn math_2(x: f64, y: f64, f: fn(f64, f64) -> f64) -> Result<f64, NumError> {
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range());
    }
    Ok(r)
}

macro_rules! unary {
    ($(#[$doc:meta])* $name:ident, $f:expr, $over:expr) => {
        $(#[$doc])*
        pub fn $name(x: f64) -> Result<f64, NumError> {
            math_1(x, $f, $over)
        }
    };
}

unary!(/// `math.sqrt(x)`
    sqrt, f64::sqrt, false);
unary!(/// `math.exp(x)`
    exp, f64::exp, true);
unary!(/// `math.exp2(x)`
    exp2, f64::exp2, true);
unary!(/// `math.expm1(x)`
    expm1, f64::exp_m1, true);
unary!(/// `math.sin(x)`
    sin, f64::sin, false);
unary!(/// `math.cos(x)`
    cos, f64::cos, false);
unary!(/// `math.tan(x)`
    tan, f64::tan, false);
unary!(/// `math.asin(x)`
    asin, f64::asin, false);
unary!(/// `math.acos(x)`
    acos, f64::acos, false);
unary!(/// `math.atan(x)`
    atan, f64::atan, false);
unary!(/// `math.sinh(x)`
    sinh, f64::sinh, true);
unary!(/// `math.cosh(x)`
    cosh, f64::cosh, true);
unary!(/// `math.tanh(x)`
    tanh, f64::tanh, false);
unary!(/// `math.asinh(x)`
    asinh, libm_port::asinh, false);
unary!(/// `math.acosh(x)`
    acosh, libm_port::acosh, false);
unary!(/// `math.atanh(x)`
    atanh, libm_port::atanh, false);
unary!(/// `math.cbrt(x)`
    cbrt, libm_port::cbrt, false);
unary!(/// `math.fabs(x)`
    fabs, f64::abs, false);
unary!(/// `math.log1p(x)`
    log1p, f64::ln_1p, false);

/// `math.erf(x)`
pub fn erf(x: f64) -> Result<f64, NumError> {
    Ok(libm_port::erf(x))
}

/// `math.erfc(x)`
pub fn erfc(x: f64) -> Result<f64, NumError> {
    Ok(libm_port::erfc(x))
}

/// `math.atan2(y, x)`
pub fn atan2(y: f64, x: f64) -> Result<f64, NumError> {
    math_2(y, x, m_atan2)
}

fn m_atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
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

/// `math.copysign(x, y)`
pub fn copysign(x: f64, y: f64) -> Result<f64, NumError> {
    math_2(x, y, f64::copysign)
}

/// `math.remainder(x, y)`
pub fn remainder(x: f64, y: f64) -> Result<f64, NumError> {
    math_2(x, y, m_remainder)
}

fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.fmod(x, y)`
pub fn fmod(x: f64, y: f64) -> Result<f64, NumError> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(r)
}

/// `math.pow(x, y)`: like `**` on floats but with errors instead of complex
/// results (ValueError) and for zero to a negative power (ValueError).
pub fn pow(x: f64, y: f64) -> Result<f64, NumError> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { domain() } else { range() });
    }
    Ok(r)
}

fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            x
        } else {
            f64::NAN
        }
    } else if x > 0.0 {
        x.log2()
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

fn m_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.log10()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// CPython's `loghelper`: exact handling of (huge) ints.
fn loghelper(x: Real<'_>, f: fn(f64) -> f64) -> Result<f64, NumError> {
    match x {
        Real::Int(a) => {
            if !a.is_positive() {
                return Err(domain());
            }
            match int_to_f64(a) {
                Ok(v) => Ok(f(v)),
                Err(_) => {
                    let (m, e) = int_frexp(a);
                    Ok(f(m) + f(2.0) * e as f64)
                }
            }
        }
        Real::Float(v) => math_1(v, f, false),
    }
}

/// `math.log(x)` or `math.log(x, base)`.
pub fn log(x: Real<'_>, base: Option<Real<'_>>) -> Result<f64, NumError> {
    let num = loghelper(x, m_log)?;
    match base {
        None => Ok(num),
        Some(b) => {
            let den = loghelper(b, m_log)?;
            if den == 0.0 {
                return Err(NumError::zero_div("float division by zero"));
            }
            Ok(num / den)
        }
    }
}

/// `math.log2(x)`
pub fn log2(x: Real<'_>) -> Result<f64, NumError> {
    loghelper(x, m_log2)
}

/// `math.log10(x)`
pub fn log10(x: Real<'_>) -> Result<f64, NumError> {
    loghelper(x, m_log10)
}

/// `math.floor(x)` for a float.
pub fn floor(x: f64) -> Result<BigInt, NumError> {
    float_to_bigint(x.floor())
}

/// `math.ceil(x)` for a float.
pub fn ceil(x: f64) -> Result<BigInt, NumError> {
    float_to_bigint(x.ceil())
}

/// `math.trunc(x)` for a float.
pub fn trunc(x: f64) -> Result<BigInt, NumError> {
    float_to_bigint(x)
}

/// `math.modf(x)`: `(fractional part, integer part)`, both with the sign of x.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let i = x.trunc();
    ((x - i).copysign(x), i)
}

/// `math.frexp(x)`: `(m, e)` with `0.5 <= |m| < 1` and `x == m * 2**e`.
pub fn frexp(x: f64) -> (f64, i64) {
    if x.is_nan() || x.is_infinite() || x == 0.0 {
        return (x, 0);
    }
    let (neg, m, e) = decompose(x);
    let nbits = 64 - i64::from(m.leading_zeros());
    let mant = ldexp_exact(m as f64, -nbits);
    (if neg { -mant } else { mant }, e + nbits)
}

/// `math.ldexp(x, i)`: `x * 2**i`, correctly rounded. Callers with a big
/// `i` may saturate it to `i64::MIN`/`i64::MAX`.
pub fn ldexp(x: f64, i: i64) -> Result<f64, NumError> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    if i > i64::from(i32::MAX) {
        return Err(range());
    }
    if i < i64::from(i32::MIN) {
        return Ok(0.0f64.copysign(x));
    }
    let (neg, m, e) = decompose(x);
    match round_scaled(u128::from(m), e + i) {
        Some(v) => Ok(if neg { -v } else { v }),
        None => Err(range()),
    }
}

/// `math.ldexp(x, i)` with a big-int exponent.
pub fn ldexp_big(x: f64, i: &BigInt) -> Result<f64, NumError> {
    let i = i
        .to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    ldexp(x, i)
}

/// `math.isfinite(x)`
pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}

/// `math.isinf(x)`
pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}

/// `math.isnan(x)`
pub fn isnan(x: f64) -> bool {
    x.is_nan()
}

/// `math.isclose(a, b, rel_tol=..., abs_tol=...)` (defaults 1e-09 and 0.0).
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> Result<bool, NumError> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(NumError::value("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

/// `math.degrees(x)`
pub fn degrees(x: f64) -> f64 {
    x * (180.0 / PI)
}

/// `math.radians(x)`
pub fn radians(x: f64) -> f64 {
    x * (PI / 180.0)
}

/// `math.nextafter(x, y)`
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

/// `math.ulp(x)`
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    x2 - x
}

// ---------------------------------------------------------------------------
// hypot / dist
// ---------------------------------------------------------------------------

/// CPython 3.11's `vector_norm` over absolute values.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134_217_729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    if max_e >= -1023 {
        let mut frac2 = 0.0f64;
        let mut frac3 = 0.0f64;
        let scale = ldexp_exact(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let x = h;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

/// `math.hypot(*coordinates)`
pub fn hypot(coords: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    let abs: Vec<f64> = coords
        .iter()
        .map(|&c| {
            let x = c.abs();
            found_nan |= x.is_nan();
            if x > max {
                max = x;
            }
            x
        })
        .collect();
    vector_norm(&abs, max, found_nan)
}

/// `math.dist(p, q)`
pub fn dist(p: &[f64], q: &[f64]) -> Result<f64, NumError> {
    if p.len() != q.len() {
        return Err(NumError::value(
            "both points must have the same number of dimensions",
        ));
    }
    let mut max = 0.0f64;
    let mut found_nan = false;
    let diffs: Vec<f64> = p
        .iter()
        .zip(q)
        .map(|(&a, &b)| {
            let x = (a - b).abs();
            found_nan |= x.is_nan();
            if x > max {
                max = x;
            }
            x
        })
        .collect();
    Ok(vector_norm(&diffs, max, found_nan))
}

// ---------------------------------------------------------------------------
// fsum
// ---------------------------------------------------------------------------

/// `math.fsum(values)`: the correctly rounded sum (CPython's `msum`).
pub fn fsum<I: IntoIterator<Item = f64>>(values: I) -> Result<f64, NumError> {
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    for item in values {
        let mut x = item;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(NumError::overflow("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(NumError::value("-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

// ---------------------------------------------------------------------------
// gamma / lgamma (CPython's own Lanczos implementation)
// ---------------------------------------------------------------------------

const LOGPI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
const LANCZOS_NUM: [f64; 13] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_940,
    42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
    35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
    17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_390,
    6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
    1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
    248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
    31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_640,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
    186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
    8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
    210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0f64;
    let mut den = 0.0f64;
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), accurate for integral and half-integral x (finite x only).
fn m_sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// `math.gamma(x)`
pub fn gamma(x: f64) -> Result<f64, NumError> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(domain());
    }
    if x == 0.0 {
        return Err(domain());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain());
        }
        if x <= 23.0 {
            // (x - 1)! exactly
            let n = x as u32;
            let mut f = 1.0f64;
            for k in 2..n {
                f *= f64::from(k);
            }
            return Ok(f);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        if r.is_infinite() {
            return Err(range());
        }
        return Ok(r);
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / m_sinpi(x));
        }
        return Err(range());
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / m_sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

/// `math.lgamma(x)`
pub fn lgamma(x: f64) -> Result<f64, NumError> {
    if !x.is_finite() {
        if x.is_nan() {
            return Ok(x);
        }
        return Ok(f64::INFINITY);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(domain());
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - m_sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

// ---------------------------------------------------------------------------
// Integer functions
// ---------------------------------------------------------------------------

/// `math.gcd(*integers)`: 0 for no arguments, always non-negative.
pub fn gcd(values: &[BigInt]) -> BigInt {
    let mut acc = BigInt::zero();
    for v in values {
        if acc.is_one() {
            break;
        }
        acc = acc.gcd(v);
    }
    acc
}

/// `math.lcm(*integers)`: 1 for no arguments, 0 if any is 0, non-negative.
pub fn lcm(values: &[BigInt]) -> Result<BigInt, NumError> {
    let mut acc = BigInt::one();
    for v in values {
        if v.is_zero() {
            return Ok(BigInt::zero());
        }
        if acc.bits().saturating_add(v.bits()) > MAX_INT_BITS {
            return Err(NumError::overflow("too many digits in integer"));
        }
        acc = acc.lcm(v);
    }
    Ok(acc.abs())
}

/// `math.isqrt(n)`
pub fn isqrt(n: &BigInt) -> Result<BigInt, NumError> {
    if n.is_negative() {
        return Err(NumError::value("isqrt() argument must be nonnegative"));
    }
    Ok(n.sqrt())
}

fn too_big_result() -> NumError {
    NumError::overflow("too many digits in integer")
}

/// Product of the integers in `lo..hi` (exclusive), by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for k in lo..hi {
            match small.checked_mul(k) {
                Some(v) => small = v,
                None => {
                    acc *= small;
                    small = k;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

/// log2 of n! rounded up, roughly (an upper bound on its bit length).
fn factorial_bits_bound(n: u64) -> f64 {
    let nf = n as f64;
    if n < 2 {
        return 1.0;
    }
    // Stirling: log2(n!) <= n log2 n - n log2 e + log2(n)/2 + 2
    nf * nf.log2() - nf * consts::LOG2_E + nf.log2() / 2.0 + 2.0
}

/// `math.factorial(n)`
pub fn factorial(n: &BigInt) -> Result<BigInt, NumError> {
    if n.is_negative() {
        return Err(NumError::value(
            "factorial() not defined for negative values",
        ));
    }
    let Some(n) = n.to_i64() else {
        return Err(NumError::Overflow(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    let n = n as u64;
    if factorial_bits_bound(n) > MAX_INT_BITS as f64 {
        return Err(too_big_result());
    }
    Ok(range_product(2, n + 1))
}

/// `math.perm(n, k)`; `k = None` gives `factorial(n)`.
pub fn perm(n: &BigInt, k: Option<&BigInt>) -> Result<BigInt, NumError> {
    let Some(k) = k else {
        return factorial(n);
    };
    if n.is_negative() {
        return Err(NumError::value("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(NumError::value("k must be a non-negative integer"));
    }
    if n < k {
        return Ok(BigInt::zero());
    }
    let Some(ki) = k.to_u64().filter(|&v| v <= i64::MAX as u64) else {
        return Err(NumError::Overflow(format!(
            "k must not exceed {}",
            i64::MAX
        )));
    };
    falling_product(n, ki)
}

/// n * (n-1) * ... * (n-k+1)
fn falling_product(n: &BigInt, k: u64) -> Result<BigInt, NumError> {
    if k == 0 {
        return Ok(BigInt::one());
    }
    // result >= (n-k+1)**k
    let low = n - BigInt::from(k) + 1u32;
    let low_bits = low.bits().saturating_sub(1);
    if low_bits.saturating_mul(k) > MAX_INT_BITS || k > MAX_INT_BITS {
        return Err(too_big_result());
    }
    if n.bits().saturating_mul(k) > MAX_INT_BITS {
        return Err(too_big_result());
    }
    if let Some(nu) = n.to_u64().filter(|&v| v < u64::MAX && v >= k) {
        return Ok(range_product(nu - k + 1, nu + 1));
    }
    Ok(big_range_product(&low, k))
}

/// Product of `k` consecutive integers starting at `lo`.
fn big_range_product(lo: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    if k == 1 {
        return lo.clone();
    }
    let half = k / 2;
    let hi_start = lo + BigInt::from(half);
    big_range_product(lo, half) * big_range_product(&hi_start, k - half)
}

/// `math.comb(n, k)`
pub fn comb(n: &BigInt, k: &BigInt) -> Result<BigInt, NumError> {
    if n.is_negative() {
        return Err(NumError::value("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(NumError::value("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(BigInt::zero());
    }
    let nk = n - k;
    let kk = if nk < *k { &nk } else { k };
    let Some(ki) = kk.to_u64().filter(|&v| v <= i64::MAX as u64) else {
        return Err(NumError::Overflow(format!(
            "min(n - k, k) must not exceed {}",
            i64::MAX
        )));
    };
    let num = falling_product(n, ki)?;
    let den = range_product(2, ki + 1);
    Ok(num / den)
}
