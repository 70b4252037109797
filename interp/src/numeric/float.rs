//! Python `float` semantics: floor division and modulo, `**`, conversions to
//! int, rounding, `repr`, parsing, `hex`/`fromhex` and exact comparison with
//! ints.

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, ToPrimitive, Zero};

use super::int::round_scaled;
use super::{py_decimal_value, py_is_space, py_str_repr, NumError};

/// Splits a finite nonzero `x` into `(negative, m, e)` with
/// `|x| == m * 2**e` and `m < 2**53`.
pub(crate) fn decompose(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (negative, frac, -1074)
    } else {
        (negative, frac | (1u64 << 52), exp - 1075)
    }
}

// ---------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------

/// `a / b`.
pub fn float_div(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_div("float division by zero"));
    }
    Ok(a / b)
}

/// CPython's `_float_div_mod`: `(floor(a/b), a mod b)` for `b != 0`.
fn div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b`.
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_div("float floor division by zero"));
    }
    Ok(div_mod(a, b).0)
}

/// `a % b` (result has the sign of `b`; a zero result takes the sign of `b`).
pub fn float_mod(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_div("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)`.
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return Err(NumError::zero_div("float divmod()"));
    }
    Ok(div_mod(a, b))
}

/// Result of `float ** float`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FloatPow {
    Float(f64),
    /// A negative base raised to a non-integral power: the caller computes
    /// the complex power.
    Complex,
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` for floats (CPython's `float_pow`).
pub fn float_pow(a: f64, b: f64) -> Result<FloatPow, NumError> {
    use FloatPow::Float;
    let (mut iv, iw) = (a, b);
    if iw == 0.0 {
        return Ok(Float(1.0));
    }
    if iv.is_nan() {
        return Ok(Float(iv));
    }
    if iw.is_nan() {
        return Ok(Float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(Float(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(Float(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(NumError::zero_div(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Float(if is_odd_integer(iw) { iv } else { 0.0 }));
    }
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Ok(FloatPow::Complex);
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = iv.powf(iw);
    if r.is_infinite() {
        return Err(NumError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Float(if negate { -r } else { r }))
}

// ---------------------------------------------------------------------------
// Conversions to int
// ---------------------------------------------------------------------------

/// `int(x)`: truncation toward zero.
pub fn float_to_bigint(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    if x.abs() < 9.2e18 {
        return Ok(BigInt::from(x.trunc() as i64));
    }
    let (neg, m, e) = decompose(x);
    let mag = if e >= 0 {
        BigUint::from(m) << e as u64
    } else {
        BigUint::from(m >> (-e).min(63) as u32)
    };
    let sign = if neg { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, mag))
}

/// `round(x)`: nearest int, ties to even.
pub fn float_round_to_int(x: f64) -> Result<BigInt, NumError> {
    float_to_bigint(x.round_ties_even())
}

/// `math.floor(x)` for a float.
pub fn float_floor_to_int(x: f64) -> Result<BigInt, NumError> {
    float_to_bigint(x.floor())
}

/// `math.ceil(x)` for a float.
pub fn float_ceil_to_int(x: f64) -> Result<BigInt, NumError> {
    float_to_bigint(x.ceil())
}

/// `round(x, ndigits)`: `x` rounded to a multiple of `10**-ndigits`, the
/// exact decimal value rounded half-even, then converted back (CPython's
/// `double_round`). OverflowError "rounded value too large to represent" when
/// the rounded value does not fit a float.
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, NumError> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if x == 0.0 {
        return Ok(x);
    }
    let (neg, m, e) = decompose(x);
    // value * 10**ndigits = num / den
    let mut num = BigInt::from(m);
    let mut den = BigInt::one();
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    let p10: BigInt = Pow::pow(&BigInt::from(10u32), ndigits.unsigned_abs());
    if ndigits >= 0 {
        num *= &p10;
    } else {
        den *= &p10;
    }
    let (q, r) = num.div_rem(&den);
    let twice: BigInt = r << 1u32;
    let n = if twice > den || (twice == den && q.is_odd()) {
        q + 1u32
    } else {
        q
    };
    let text = format!("{}{}e{}", if neg { "-" } else { "" }, n, -ndigits);
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(NumError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `x.as_integer_ratio()`: lowest terms, positive denominator.
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), NumError> {
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(NumError::value("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let (neg, mut m, mut e) = decompose(x);
    let tz = m.trailing_zeros();
    m >>= tz;
    e += i64::from(tz);
    let mut n = BigInt::from(m);
    if neg {
        n = -n;
    }
    if e >= 0 {
        Ok((n << e as u64, BigInt::one()))
    } else {
        Ok((n, BigInt::one() << (-e) as u64))
    }
}

/// `x.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x == x.floor()
}

// ---------------------------------------------------------------------------
// Exact comparison with ints
// ---------------------------------------------------------------------------

/// Exact ordering of int `a` against float `b`; `None` when `b` is NaN.
pub fn int_float_cmp(a: &BigInt, b: f64) -> Option<Ordering> {
    if b.is_nan() {
        return None;
    }
    if b.is_infinite() {
        return Some(if b > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if b == 0.0 {
        return Some(a.sign().cmp(&Sign::NoSign));
    }
    let (neg, m, e) = decompose(b);
    let fsign = if neg { Sign::Minus } else { Sign::Plus };
    if a.sign() != fsign {
        return Some(a.sign().cmp(&fsign));
    }
    // same sign: compare magnitudes, then flip for negatives
    let am = a.magnitude();
    let mag_cmp = {
        let abits = am.bits() as i64;
        let fbits = (64 - i64::from(m.leading_zeros())) + e;
        if abits > fbits {
            Ordering::Greater
        } else if abits < fbits {
            Ordering::Less
        } else if e >= 0 {
            am.cmp(&(BigUint::from(m) << e as u64))
        } else {
            (am << (-e) as u64).cmp(&BigUint::from(m))
        }
    };
    Some(if neg { mag_cmp.reverse() } else { mag_cmp })
}

/// Exact `a == b` for an int and a float.
pub fn int_float_eq(a: &BigInt, b: f64) -> bool {
    int_float_cmp(a, b) == Some(Ordering::Equal)
}

// ---------------------------------------------------------------------------
// repr and parsing
// ---------------------------------------------------------------------------

/// `repr(x)` / `str(x)`: the shortest string that round-trips, in CPython's
/// layout (`1e+16`, `1e-05`, `0.0001`, `1.0`, `inf`, `nan`, `-0.0`).
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    // Rust's `{:e}` gives the shortest round-tripping digits: d[.ddd]e[-]N
    let sci = format!("{:e}", x.abs());
    let (mant, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let (digits, decpt) = prefer_even_on_tie(x.abs(), digits, exp + 1);
    format_shortest(sign, &digits, decpt)
}

/// Rust's shortest digits may end on either side of an exact tie (the value
/// exactly halfway between two shortest candidates); CPython's dtoa takes the
/// even one. `digits` with the point after `decpt` digits represent
/// `M * 10**E`; returns the adjusted digits and point.
fn prefer_even_on_tie(x: f64, digits: String, decpt: i64) -> (String, i64) {
    let Ok(m_dec) = digits.parse::<u64>() else {
        return (digits, decpt);
    };
    if m_dec % 2 == 0 || x == 0.0 {
        return (digits, decpt);
    }
    let e10 = decpt - digits.len() as i64;
    let (_, m, e) = decompose(x);
    let tz = i64::from(m.trailing_zeros());
    // x == (M ± 1/2) * 10**E needs 2x / 10**E to be an odd integer T
    if e + tz + 1 != e10 {
        return (digits, decpt);
    }
    let odd = BigInt::from(m >> tz);
    let t = if e10 < 0 {
        odd * Pow::pow(&BigInt::from(5u32), e10.unsigned_abs())
    } else {
        let p5: BigInt = Pow::pow(&BigInt::from(5u32), e10.unsigned_abs());
        if !(&odd % &p5).is_zero() {
            return (digits, decpt);
        }
        odd / p5
    };
    let two_m = BigInt::from(m_dec) * 2u32;
    let other = if t == &two_m + 1u32 {
        m_dec + 1
    } else if t == two_m - 1u32 {
        m_dec - 1
    } else {
        return (digits, decpt);
    };
    let candidate = format!("{}e{}", other, e10);
    if candidate.parse::<f64>().ok() != Some(x) {
        return (digits, decpt);
    }
    let mut od = other.to_string();
    let new_decpt = e10 + od.len() as i64;
    while od.len() > 1 && od.ends_with('0') {
        od.pop();
    }
    (od, new_decpt)
}

/// Lays out significant `digits` with the decimal point after `decpt` digits
/// following CPython's `repr` rules.
fn format_shortest(sign: &str, digits: &str, decpt: i64) -> String {
    let nd = digits.len() as i64;
    if -4 < decpt && decpt <= 16 {
        let body = if decpt <= 0 {
            format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
        } else if decpt >= nd {
            format!("{}{}.0", digits, "0".repeat((decpt - nd) as usize))
        } else {
            let (a, b) = digits.split_at(decpt as usize);
            format!("{}.{}", a, b)
        };
        format!("{}{}", sign, body)
    } else {
        let e = decpt - 1;
        let (first, rest) = digits.split_at(1.min(digits.len()));
        let mant = if rest.is_empty() {
            first.to_string()
        } else {
            format!("{}.{}", first, rest)
        };
        let esign = if e < 0 { '-' } else { '+' };
        format!("{}{}e{}{:02}", sign, mant, esign, e.abs())
    }
}

/// Parses `inf`, `infinity` or `nan` (any case) after an optional sign.
fn parse_inf_nan(s: &str) -> Option<f64> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => return None,
    };
    Some(if neg { -v } else { v })
}

/// Whether `s` is a decimal float literal: `[sign] digits [. digits] [e [sign] digits]`
/// with at least one digit in the mantissa.
fn is_decimal_float(s: &[u8]) -> bool {
    let mut i = 0;
    if matches!(s.first(), Some(b'+') | Some(b'-')) {
        i += 1;
    }
    let start = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    let mut ndigits = i - start;
    if i < s.len() && s[i] == b'.' {
        i += 1;
        let fs = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        ndigits += i - fs;
    }
    if ndigits == 0 {
        return false;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        i += 1;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            i += 1;
        }
        let es = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        if i == es {
            return false;
        }
    }
    i == s.len()
}

/// Removes underscores placed between digits; `None` when one is misplaced.
fn strip_underscores(s: &str) -> Option<String> {
    if !s.contains('_') {
        return Some(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    if prev == '_' {
        return None;
    }
    Some(out)
}

/// `float(s)` for a `str` argument.
pub fn float_from_str(s: &str) -> Result<f64, NumError> {
    let err = || {
        NumError::Value(format!(
            "could not convert string to float: {}",
            py_str_repr(s)
        ))
    };
    let mut ascii = String::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 && c != '\0' {
            ascii.push(c);
        } else if py_is_space(c) {
            ascii.push(' ');
        } else if let Some(d) = py_decimal_value(c) {
            ascii.push(char::from(b'0' + d as u8));
        } else {
            ascii.push('?');
        }
    }
    parse_float_ascii(&ascii).ok_or_else(err)
}

/// `float(b)` for a `bytes` argument.
pub fn float_from_bytes_literal(b: &[u8]) -> Result<f64, NumError> {
    let ascii: String = b
        .iter()
        .map(|&c| {
            if c == 0 || c >= 0x80 {
                '?'
            } else {
                char::from(c)
            }
        })
        .collect();
    parse_float_ascii(&ascii).ok_or_else(|| {
        let r = super::int::py_bytes_repr(b);
        NumError::Value(format!("could not convert string to float: {}", r))
    })
}

fn parse_float_ascii(s: &str) -> Option<f64> {
    let cleaned = strip_underscores(s)?;
    let t = cleaned.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r'));
    if let Some(v) = parse_inf_nan(t) {
        return Some(v);
    }
    if !is_decimal_float(t.as_bytes()) {
        return None;
    }
    t.parse::<f64>().ok()
}

// ---------------------------------------------------------------------------
// hex / fromhex
// ---------------------------------------------------------------------------

/// `x.hex()`: `'0x1.8000000000000p+1'`, `'-0x0.0p+0'`, `'inf'`, `'nan'`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{}0x{}.{:013x}p{}{}", sign, lead, frac, esign, e.abs())
}

/// `float.fromhex(s)`.
pub fn float_fromhex(s: &str) -> Result<f64, NumError> {
    let invalid = || NumError::value("invalid hexadecimal floating-point string");
    let t = s.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r'));
    if !t.is_ascii() {
        return Err(invalid());
    }
    if let Some(v) = parse_inf_nan(t) {
        return Ok(v);
    }
    let b = t.as_bytes();
    let mut i = 0;
    let mut negative = false;
    if let Some(&c) = b.first() {
        if c == b'+' || c == b'-' {
            negative = c == b'-';
            i = 1;
        }
    }
    if b.get(i) == Some(&b'0') && matches!(b.get(i + 1), Some(b'x') | Some(b'X')) {
        i += 2;
    }
    let mut digits: Vec<u8> = Vec::new();
    let int_start = i;
    while i < b.len() && b[i].is_ascii_hexdigit() {
        digits.push(b[i]);
        i += 1;
    }
    let int_digits = i - int_start;
    let mut frac_digits = 0usize;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let fs = i;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            digits.push(b[i]);
            i += 1;
        }
        frac_digits = i - fs;
    }
    if int_digits + frac_digits == 0 {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if matches!(b.get(i), Some(b'p') | Some(b'P')) {
        i += 1;
        let mut eneg = false;
        if let Some(&c) = b.get(i) {
            if c == b'+' || c == b'-' {
                eneg = c == b'-';
                i += 1;
            }
        }
        let es = i;
        while i < b.len() && b[i].is_ascii_digit() {
            exp = exp
                .saturating_mul(10)
                .saturating_add(i64::from(b[i] - b'0'));
            i += 1;
        }
        if i == es {
            return Err(invalid());
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(invalid());
    }
    let signed = |v: f64| if negative { -v } else { v };
    // strip leading zeros
    let first_nz = digits.iter().position(|&d| d != b'0');
    let Some(first_nz) = first_nz else {
        return Ok(signed(0.0));
    };
    let sig = &digits[first_nz..];
    // value = int(sig, 16) * 2**(exp - 4*frac_digits)
    let scale = exp.saturating_sub((frac_digits as i64).saturating_mul(4));
    // keep at most 32 hex digits (128 bits) plus a sticky bit
    let keep = sig.len().min(30);
    let mut m: u128 = 0;
    for &d in &sig[..keep] {
        m = (m << 4) | u128::from(hex_val(d));
    }
    let dropped = (sig.len() - keep) as i64;
    if sig[keep..].iter().any(|&d| d != b'0') {
        m |= 1;
    }
    let e = scale.saturating_add(dropped.saturating_mul(4));
    match round_scaled(m, e) {
        Some(v) => Ok(signed(v)),
        None => Err(NumError::overflow(
            "hexadecimal value too large to represent as a float",
        )),
    }
}

fn hex_val(d: u8) -> u8 {
    match d {
        b'0'..=b'9' => d - b'0',
        b'a'..=b'f' => d - b'a' + 10,
        b'A'..=b'F' => d - b'A' + 10,
        _ => 0,
    }
}

/// Converts a float that the caller knows is integral and finite to an i64
/// when it fits (helper for callers' fast paths).
pub fn float_to_i64_exact(x: f64) -> Option<i64> {
    if float_is_integer(x) && x.abs() < 9.2e18 {
        (x as i64).to_i64()
    } else {
        None
    }
}
