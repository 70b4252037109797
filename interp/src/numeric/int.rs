//! Python `int` semantics: division and modulo signs, `pow`, shifts,
//! correctly rounded conversions to float, string and byte conversions.

use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use super::float::{float_pow, FloatPow};
use super::{py_decimal_value, py_is_space, py_str_repr_truncated, NumError};

/// Largest integer (in bits) this module will build. Past it an operation
/// reports `OverflowError("too many digits in integer")`, as CPython does for
/// sizes it cannot allocate, instead of exhausting memory.
pub const MAX_INT_BITS: u64 = 1 << 34;

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The process-wide digit limit for int <-> decimal str conversions; the
/// only state in this module (`sys.set_int_max_str_digits`). 0: no limit.
static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(INT_MAX_STR_DIGITS);

/// `sys.get_int_max_str_digits()`: the limit [`int_from_str`] and
/// [`int_to_str`] apply; 0 means no limit.
pub fn int_max_str_digits() -> usize {
    MAX_STR_DIGITS.load(AtomicOrdering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`, after the caller checked that `n` is 0
/// or at least 640 ("maxdigits must be 0 or larger than 640").
pub fn set_int_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, AtomicOrdering::Relaxed);
}

const ZERO_DIV_INT: &str = "integer division or modulo by zero";
const TOO_MANY_DIGITS: &str = "too many digits in integer";

fn zero_div_int() -> NumError {
    NumError::zero_div(ZERO_DIV_INT)
}

fn zero_mod_int() -> NumError {
    NumError::zero_div("integer modulo by zero")
}

fn too_many_digits() -> NumError {
    NumError::overflow(TOO_MANY_DIGITS)
}

// ---------------------------------------------------------------------------
// i64 fast paths
// ---------------------------------------------------------------------------

/// `a // b` for machine ints; `Ok(None)` when the result does not fit an i64.
pub fn i64_floordiv(a: i64, b: i64) -> Result<Option<i64>, NumError> {
    if b == 0 {
        return Err(zero_div_int());
    }
    let q = match a.checked_div(b) {
        Some(q) => q,
        None => return Ok(None),
    };
    let r = a.wrapping_sub(q.wrapping_mul(b));
    if r != 0 && ((r < 0) != (b < 0)) {
        Ok(q.checked_sub(1))
    } else {
        Ok(Some(q))
    }
}

/// `a % b` for machine ints, with the sign of `b` as Python requires.
pub fn i64_mod(a: i64, b: i64) -> Result<Option<i64>, NumError> {
    if b == 0 {
        return Err(zero_mod_int());
    }
    let r = match a.checked_rem(b) {
        Some(r) => r,
        // i64::MIN % -1
        None => return Ok(Some(0)),
    };
    if r != 0 && ((r < 0) != (b < 0)) {
        Ok(r.checked_add(b))
    } else {
        Ok(Some(r))
    }
}

/// `divmod(a, b)` for machine ints; `Ok(None)` when the quotient overflows.
pub fn i64_divmod(a: i64, b: i64) -> Result<Option<(i64, i64)>, NumError> {
    if b == 0 {
        return Err(zero_div_int());
    }
    let q = i64_floordiv(a, b)?;
    let r = i64_mod(a, b)?;
    Ok(match (q, r) {
        (Some(q), Some(r)) => Some((q, r)),
        _ => None,
    })
}

/// `a ** b` for machine ints with `b >= 0`; `None` on overflow or negative `b`.
pub fn i64_pow(a: i64, b: i64) -> Option<i64> {
    if b < 0 {
        return None;
    }
    match a {
        0 => return Some(if b == 0 { 1 } else { 0 }),
        1 => return Some(1),
        -1 => return Some(if b % 2 == 0 { 1 } else { -1 }),
        _ => {}
    }
    let e = u32::try_from(b).ok()?;
    a.checked_pow(e)
}

/// `a << n` for machine ints; `Ok(None)` when the result needs a big int.
pub fn i64_lshift(a: i64, n: i64) -> Result<Option<i64>, NumError> {
    if n < 0 {
        return Err(NumError::value("negative shift count"));
    }
    if a == 0 {
        return Ok(Some(0));
    }
    if n >= 64 {
        return Ok(None);
    }
    let r = a << n;
    if (r >> n) == a {
        Ok(Some(r))
    } else {
        Ok(None)
    }
}

/// `a >> n` for machine ints (floor shift).
pub fn i64_rshift(a: i64, n: i64) -> Result<i64, NumError> {
    if n < 0 {
        return Err(NumError::value("negative shift count"));
    }
    if n >= 64 {
        return Ok(if a < 0 { -1 } else { 0 });
    }
    Ok(a >> n)
}

/// `a / b` for machine ints, correctly rounded.
pub fn i64_true_div(a: i64, b: i64) -> Result<f64, NumError> {
    if b == 0 {
        return Err(NumError::zero_div("division by zero"));
    }
    const LIM: u64 = 1 << 53;
    if a.unsigned_abs() <= LIM && b.unsigned_abs() <= LIM {
        return Ok(a as f64 / b as f64);
    }
    int_true_div(&BigInt::from(a), &BigInt::from(b))
}

// ---------------------------------------------------------------------------
// BigInt arithmetic
// ---------------------------------------------------------------------------

/// `a // b` (floor division).
pub fn big_floordiv(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return Err(zero_div_int());
    }
    Ok(a.div_floor(b))
}

/// `a % b` (result has the sign of `b`).
pub fn big_mod(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return Err(zero_mod_int());
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)`.
pub fn big_divmod(a: &BigInt, b: &BigInt) -> Result<(BigInt, BigInt), NumError> {
    if b.is_zero() {
        return Err(zero_div_int());
    }
    Ok(a.div_mod_floor(b))
}

/// Correctly rounded (round-half-even) value of `m * 2**e` as an f64, for
/// `m >= 0`. `None` when the rounded value is too large for a float.
///
/// When `m` carries a "sticky" low bit standing for discarded nonzero bits,
/// it must have at least 55 significant bits so the sticky bit sits below
/// the rounding position.
pub(crate) fn round_scaled(m: u128, e: i64) -> Option<f64> {
    if m == 0 {
        return Some(0.0);
    }
    let nbits = 128 - i64::from(m.leading_zeros());
    let top = nbits.saturating_sub(1).saturating_add(e);
    if top > 1023 {
        return None;
    }
    let prec = if top >= -1022 {
        53
    } else {
        top.saturating_add(1075)
    };
    if prec < 0 {
        // below half of the smallest subnormal
        return Some(0.0);
    }
    let drop = nbits - prec;
    let (q, qe) = if drop <= 0 {
        (m, e)
    } else {
        let d = drop as u32; // 1..=128
        let (q, rem) = if d >= 128 {
            (0u128, m)
        } else {
            (m >> d, m & ((1u128 << d) - 1))
        };
        let half = 1u128 << (d - 1);
        let up = rem > half || (rem == half && q & 1 == 1);
        (if up { q + 1 } else { q }, e.saturating_add(drop))
    };
    if q == 0 {
        return Some(0.0);
    }
    let qbits = 128 - i64::from(q.leading_zeros());
    if qbits - 1 + qe > 1023 {
        return None;
    }
    Some(ldexp_exact(q as f64, qe))
}

/// `x * 2**e` for a result known to be exactly representable (or to round
/// exactly as one final multiplication would).
pub(crate) fn ldexp_exact(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
    }
    x * pow2(e)
}

/// `2**k` for `-1074 <= k <= 1023`, exactly.
pub(crate) fn pow2(k: i64) -> f64 {
    if k >= -1022 {
        let k = k.min(1023);
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        let sh = (k + 1074).max(0) as u32;
        f64::from_bits(1u64 << sh)
    }
}

/// Top bits of `|a|` as `(m, shift)` with `|a| ≈ m * 2**shift`; `m` has 64
/// significant bits plus a sticky bit when bits were dropped.
fn top_bits(mag: &BigUint) -> (u128, i64) {
    let n = mag.bits();
    if n <= 64 {
        return (mag.to_u128().unwrap_or(0), 0);
    }
    let shift = n - 64;
    let top: BigUint = mag >> shift;
    let mut m = top.to_u128().unwrap_or(0);
    let tz = mag.trailing_zeros().unwrap_or(0);
    if tz < shift {
        m |= 1;
    }
    (m, shift as i64)
}

/// `float(a)`: correctly rounded (half-even); `OverflowError` when too large.
pub fn int_to_f64(a: &BigInt) -> Result<f64, NumError> {
    if let Some(v) = a.to_i64() {
        if v.unsigned_abs() <= 1 << 53 {
            return Ok(v as f64);
        }
    }
    let (m, sh) = top_bits(a.magnitude());
    match round_scaled(m, sh) {
        Some(x) => Ok(if a.is_negative() { -x } else { x }),
        None => Err(NumError::overflow("int too large to convert to float")),
    }
}

/// `frexp` for a positive int: `(x, e)` with `0.5 <= x < 1` correctly
/// rounded and `a ≈ x * 2**e` (CPython's `_PyLong_Frexp`). `a` must be > 0.
pub fn int_frexp(a: &BigInt) -> (f64, u64) {
    let mag = a.magnitude();
    let n = mag.bits();
    let (m, sh) = top_bits(mag);
    let x = round_scaled(m, sh - n as i64).unwrap_or(0.0);
    if x >= 1.0 {
        (0.5, n + 1)
    } else {
        (x, n)
    }
}

/// `a / b` for ints: correctly rounded like CPython.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(NumError::zero_div("division by zero"));
    }
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        const LIM: u64 = 1 << 53;
        if x.unsigned_abs() <= LIM && y.unsigned_abs() <= LIM {
            return Ok(x as f64 / y as f64);
        }
    }
    let negate = a.is_negative() != b.is_negative();
    let signed = |x: f64| if negate { -x } else { x };
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let (am, bm) = (a.magnitude(), b.magnitude());
    let diff = am.bits() as i64 - bm.bits() as i64;
    let too_large = || NumError::overflow("integer division result too large for a float");
    if diff > 1025 {
        return Err(too_large());
    }
    if diff < -1080 {
        return Ok(signed(0.0));
    }
    // Quotient with 66 or 67 significant bits plus a sticky bit.
    let s = diff - 66;
    let (q, r) = if s >= 0 {
        am.div_rem(&(bm << s as u64))
    } else {
        (am << (-s) as u64).div_rem(bm)
    };
    let mut m = q.to_u128().unwrap_or(0);
    if !r.is_zero() {
        m |= 1;
    }
    match round_scaled(m, s) {
        Some(x) => Ok(signed(x)),
        None => Err(too_large()),
    }
}

/// Result of `int ** int`: an int, or a float for a negative exponent.
#[derive(Debug, Clone, PartialEq)]
pub enum PowResult {
    Int(BigInt),
    Float(f64),
}

/// `pow(base, exp)` and `pow(base, exp, modulus)` for ints.
pub fn int_pow(
    base: &BigInt,
    exp: &BigInt,
    modulus: Option<&BigInt>,
) -> Result<PowResult, NumError> {
    let modulus = match modulus {
        None => {
            if exp.is_negative() {
                let b = int_to_f64(base)?;
                let e = int_to_f64(exp)?;
                return match float_pow(b, e)? {
                    FloatPow::Float(x) => Ok(PowResult::Float(x)),
                    // unreachable: an integral exponent never gives a complex
                    FloatPow::Complex => Err(NumError::value("math domain error")),
                };
            }
            return big_pow(base, exp).map(PowResult::Int);
        }
        Some(m) => m,
    };
    if modulus.is_zero() {
        return Err(NumError::value("pow() 3rd argument cannot be 0"));
    }
    let negative_output = modulus.is_negative();
    let m = modulus.abs();
    if m.is_one() {
        return Ok(PowResult::Int(BigInt::zero()));
    }
    let mut b = base.mod_floor(&m);
    let mut e = exp.clone();
    if e.is_negative() {
        b = match b.modinv(&m) {
            Some(inv) => inv,
            None => {
                return Err(NumError::value(
                    "base is not invertible for the given modulus",
                ))
            }
        };
        e = -e;
    }
    let mut r = b.modpow(&e, &m);
    if negative_output && !r.is_zero() {
        r -= &m;
    }
    Ok(PowResult::Int(r))
}

/// `base ** exp` for `exp >= 0` (a negative `exp` gives an error).
pub fn big_pow(base: &BigInt, exp: &BigInt) -> Result<BigInt, NumError> {
    if exp.is_negative() {
        return Err(NumError::value("negative exponent"));
    }
    if exp.is_zero() || base.is_one() {
        return Ok(BigInt::one());
    }
    if base.is_zero() {
        return Ok(BigInt::zero());
    }
    if (-base).is_one() {
        return Ok(if exp.is_even() {
            BigInt::one()
        } else {
            -BigInt::one()
        });
    }
    let e = exp.to_u64().ok_or_else(too_many_digits)?;
    let nb = base.bits();
    // |result| >= 2**((nb - 1) * e)
    match (nb - 1).checked_mul(e) {
        Some(lower) if lower <= MAX_INT_BITS => {}
        _ => return Err(too_many_digits()),
    }
    match e.checked_mul(nb) {
        Some(upper) if upper <= MAX_INT_BITS => {}
        _ => return Err(too_many_digits()),
    }
    Ok(Pow::pow(base, e))
}

/// `a << n`.
pub fn int_lshift(a: &BigInt, n: &BigInt) -> Result<BigInt, NumError> {
    if n.is_negative() {
        return Err(NumError::value("negative shift count"));
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    let n = n.to_u64().ok_or_else(too_many_digits)?;
    match a.bits().checked_add(n) {
        Some(b) if b <= MAX_INT_BITS => Ok(a << n),
        _ => Err(too_many_digits()),
    }
}

/// `a >> n` (floor shift).
pub fn int_rshift(a: &BigInt, n: &BigInt) -> Result<BigInt, NumError> {
    if n.is_negative() {
        return Err(NumError::value("negative shift count"));
    }
    match n.to_u64() {
        Some(n) if n < a.bits() => Ok(a >> n),
        _ => Ok(if a.is_negative() {
            -BigInt::one()
        } else {
            BigInt::zero()
        }),
    }
}

/// `int.bit_length()`.
pub fn int_bit_length(a: &BigInt) -> u64 {
    a.bits()
}

/// `int.bit_count()`.
pub fn int_bit_count(a: &BigInt) -> u64 {
    a.magnitude().count_ones()
}

/// `round(a, ndigits)`; for `ndigits >= 0` it is `a` itself. Ties go to even.
pub fn int_round(a: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || a.is_zero() {
        return a.clone();
    }
    let k = ndigits.unsigned_abs();
    // |a| < 2**bits <= 10**(bits*0.302 + 1): a power of ten above 2|a| gives 0
    let digits_bound = a.bits() / 3 + 2;
    if k > digits_bound {
        return BigInt::zero();
    }
    let pow = Pow::pow(&BigInt::from(10u32), k);
    let (q, r) = a.div_mod_floor(&pow);
    let twice: BigInt = &r << 1u32;
    let mut result = a - &r;
    if twice > pow || (twice == pow && q.is_odd()) {
        result += &pow;
    }
    result
}

// ---------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------

enum ParseIntError {
    Invalid,
    TooManyDigits(usize),
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 99,
    }
}

fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// CPython's `PyLong_FromString` on an ASCII buffer. `base` is 0 or 2..=36.
fn parse_int_ascii(s: &[u8], base: u32, max_digits: usize) -> Result<BigInt, ParseIntError> {
    let mut i = 0;
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    let mut negative = false;
    if let Some(&c) = s.get(i) {
        if c == b'+' || c == b'-' {
            negative = c == b'-';
            i += 1;
        }
    }
    let at = |k: usize| s.get(k).copied().unwrap_or(0);
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1);
        if (base == 16 && (p == b'x' || p == b'X'))
            || (base == 8 && (p == b'o' || p == b'O'))
            || (base == 2 && (p == b'b' || p == b'B'))
        {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return Err(ParseIntError::Invalid);
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            if prev == b'_' {
                return Err(ParseIntError::Invalid);
            }
        } else {
            let d = digit_value(c);
            if d >= base {
                break;
            }
            digits.push(d as u8);
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' {
        return Err(ParseIntError::Invalid);
    }
    if digits.is_empty() {
        return Err(ParseIntError::Invalid);
    }
    if !base.is_power_of_two() && max_digits > 0 && digits.len() > max_digits {
        return Err(ParseIntError::TooManyDigits(digits.len()));
    }
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(ParseIntError::Invalid);
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    let value = BigInt::from_radix_be(sign, &digits, base).ok_or(ParseIntError::Invalid)?;
    if error_if_nonzero && !value.is_zero() {
        return Err(ParseIntError::Invalid);
    }
    Ok(value)
}

fn check_base(base: u32) -> Result<(), NumError> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(NumError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    Ok(())
}

fn too_many_str_digits_in(limit: usize, n: usize) -> NumError {
    NumError::Value(format!(
        "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; \
         use sys.set_int_max_str_digits() to increase the limit",
        limit, n
    ))
}

/// `int(s, base)` for a `str` argument: surrounding whitespace, a sign,
/// underscores between digits, prefixes for base 0 (and the matching base),
/// Unicode decimal digits, and the digit limit ([`int_max_str_digits`], 4300
/// by default) for bases that are not powers of two.
pub fn int_from_str(s: &str, base: u32) -> Result<BigInt, NumError> {
    int_from_str_limited(s, base, int_max_str_digits())
}

/// [`int_from_str`] with an explicit digit limit (0: none).
pub fn int_from_str_limited(s: &str, base: u32, max_digits: usize) -> Result<BigInt, NumError> {
    check_base(base)?;
    let mut ascii = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 && c != '\0' {
            ascii.push(c as u8);
        } else if py_is_space(c) {
            ascii.push(b' ');
        } else if let Some(d) = py_decimal_value(c) {
            ascii.push(b'0' + d as u8);
        } else {
            ascii.push(b'?');
        }
    }
    parse_int_ascii(&ascii, base, max_digits).map_err(|e| match e {
        ParseIntError::TooManyDigits(n) => too_many_str_digits_in(max_digits, n),
        ParseIntError::Invalid => NumError::Value(format!(
            "invalid literal for int() with base {}: {}",
            base,
            py_str_repr_truncated(s, 200)
        )),
    })
}

/// Python's `repr()` of a `bytes` value.
pub fn py_bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote as char);
    out
}

/// `int(b, base)` for a `bytes`/`bytearray` argument (ASCII only; the error
/// message shows the bytes' repr).
pub fn int_from_bytes_literal(b: &[u8], base: u32) -> Result<BigInt, NumError> {
    check_base(base)?;
    let cleaned: Vec<u8> = b
        .iter()
        .map(|&c| if c == 0 || c >= 0x80 { b'?' } else { c })
        .collect();
    let max_digits = int_max_str_digits();
    parse_int_ascii(&cleaned, base, max_digits).map_err(|e| match e {
        ParseIntError::TooManyDigits(n) => too_many_str_digits_in(max_digits, n),
        ParseIntError::Invalid => {
            let r = py_bytes_repr(b);
            let r: String = r.chars().take(200).collect();
            NumError::Value(format!(
                "invalid literal for int() with base {}: {}",
                base, r
            ))
        }
    })
}

/// `str(a)` / `repr(a)`: decimal, refusing more digits than
/// [`int_max_str_digits`] (4300 by default) like CPython.
pub fn int_to_str(a: &BigInt) -> Result<String, NumError> {
    int_to_str_limited(a, int_max_str_digits())
}

/// [`int_to_str`] with an explicit digit limit (0: none).
pub fn int_to_str_limited(a: &BigInt, max_digits: usize) -> Result<String, NumError> {
    if max_digits > 0 {
        // |a| >= 2**(bits-1): certainly too many digits when that power of
        // two already has more than max_digits + 1 digits.
        let lower = a.bits().saturating_sub(1) as f64 * std::f64::consts::LOG10_2;
        if lower > max_digits as f64 + 1.0 {
            return Err(too_many_str_digits_out(max_digits));
        }
    } else if a.bits() > MAX_INT_BITS {
        return Err(too_many_digits());
    }
    let s = a.to_str_radix(10);
    let ndigits = s.len() - usize::from(a.is_negative());
    if max_digits > 0 && ndigits > max_digits {
        return Err(too_many_str_digits_out(max_digits));
    }
    Ok(s)
}

fn too_many_str_digits_out(limit: usize) -> NumError {
    NumError::Value(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        limit
    ))
}

/// `bin(a)` (radix 2), `oct(a)` (8), `hex(a)` (16): `'-0b101'`, `'0o17'`,
/// `'0x1f'`. Other radices (2..=36) give bare lowercase digits.
pub fn int_to_radix_prefixed(a: &BigInt, radix: u32) -> String {
    let radix = radix.clamp(2, 36);
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let digits = a.magnitude().to_str_radix(radix);
    let sign = if a.is_negative() { "-" } else { "" };
    format!("{}{}{}", sign, prefix, digits)
}

// ---------------------------------------------------------------------------
// Bytes
// ---------------------------------------------------------------------------

fn parse_byteorder(byteorder: &str) -> Result<bool, NumError> {
    match byteorder {
        "big" => Ok(true),
        "little" => Ok(false),
        _ => Err(NumError::value(
            "byteorder must be either 'little' or 'big'",
        )),
    }
}

/// `a.to_bytes(length, byteorder, signed=signed)`.
pub fn int_to_bytes(
    a: &BigInt,
    length: i64,
    byteorder: &str,
    signed: bool,
) -> Result<Vec<u8>, NumError> {
    let big_endian = parse_byteorder(byteorder)?;
    if length < 0 {
        return Err(NumError::value("length argument must be non-negative"));
    }
    if a.is_negative() && !signed {
        return Err(NumError::overflow("can't convert negative int to unsigned"));
    }
    let too_big = || NumError::overflow("int too big to convert");
    let length = usize::try_from(length).map_err(|_| too_big())?;
    let mut bytes = if signed {
        a.to_signed_bytes_le()
    } else {
        a.magnitude().to_bytes_le()
    };
    // CPython quirks: 0 and -1 (signed) need no bytes at all
    if a.is_zero() || (signed && a == &BigInt::from(-1)) {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(too_big());
    }
    let fill = if a.is_negative() { 0xff } else { 0 };
    if length > (MAX_INT_BITS / 8) as usize {
        return Err(NumError::overflow(TOO_MANY_DIGITS));
    }
    bytes.resize(length, fill);
    if big_endian {
        bytes.reverse();
    }
    Ok(bytes)
}

/// `int.from_bytes(bytes, byteorder, signed=signed)`.
pub fn int_from_bytes(bytes: &[u8], byteorder: &str, signed: bool) -> Result<BigInt, NumError> {
    let big_endian = parse_byteorder(byteorder)?;
    Ok(match (big_endian, signed) {
        (true, true) => BigInt::from_signed_bytes_be(bytes),
        (false, true) => BigInt::from_signed_bytes_le(bytes),
        (true, false) => BigInt::from_bytes_be(Sign::Plus, bytes),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, bytes),
    })
}
