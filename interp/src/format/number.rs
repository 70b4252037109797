//! `format(int, spec)` and `format(float, spec)`.

use super::floatfmt::{dtoa_format, DtoaOpts, Mode, MAX_PRECISION};
use super::spec::{check_grouping, layout_number, unknown_code, FormatSpec, NumberParts};
use super::{value_err, FormatError};
use num_bigint::{BigInt, Sign as BigSign};
use num_traits::{Signed, ToPrimitive};

/// An int operand, small or big, so that both entry points share one
/// implementation.
#[derive(Clone, Copy)]
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(v) => v.sign() == BigSign::Minus,
        }
    }

    /// Digits of the absolute value in `base` (lowercase).
    fn abs_digits(self, base: u32) -> String {
        match self {
            IntRef::Small(v) => {
                let m = v.unsigned_abs();
                match base {
                    2 => format!("{:b}", m),
                    8 => format!("{:o}", m),
                    16 => format!("{:x}", m),
                    _ => m.to_string(),
                }
            }
            IntRef::Big(v) => v.magnitude().to_str_radix(base),
        }
    }

    fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(v) => Some(v),
            IntRef::Big(v) => v.to_i64(),
        }
    }

    fn to_f64(self) -> Result<f64, FormatError> {
        match self {
            // `as` rounds to nearest, ties to even, like PyLong_AsDouble.
            IntRef::Small(v) => Ok(v as f64),
            IntRef::Big(v) => int_to_f64(v),
        }
    }
}

/// `float(v)` for an int: correctly rounded (half to even), or CPython's
/// `OverflowError("int too large to convert to float")`.
pub fn int_to_f64(v: &BigInt) -> Result<f64, FormatError> {
    let overflow = || FormatError::Overflow("int too large to convert to float".to_string());
    let mag = v.magnitude();
    let bits = mag.bits();
    let abs = if bits <= 64 {
        mag.to_u64().map(|m| m as f64).ok_or_else(overflow)?
    } else {
        // Keep the top 64 bits and fold every lower bit into a sticky bit, so
        // the u64 -> f64 conversion rounds exactly as the full value would.
        let shift = bits - 64;
        let top: num_bigint::BigUint = mag >> shift;
        let mut m = top.to_u64().ok_or_else(overflow)?;
        if mag.trailing_zeros().unwrap_or(0) < shift {
            m |= 1;
        }
        if shift > 2000 {
            return Err(overflow());
        }
        let mut f = m as f64;
        // Scale by 2**shift in steps that stay exact (powers of two).
        let mut s = shift as i32;
        while s > 0 {
            let step = s.min(1000);
            f *= 2f64.powi(step);
            s -= step;
        }
        f
    };
    if abs.is_infinite() {
        return Err(overflow());
    }
    Ok(if v.is_negative() { -abs } else { abs })
}

/// CPython refuses to convert ints with more than `max_digits` decimal digits
/// to text (`sys.set_int_max_str_digits`, default 4300; 0 means no limit).
/// Callers formatting an int in decimal (`str`, `repr`, `format` with `d`,
/// `n` or no type, `%d`/`%i`/`%u`) call this first.
pub fn int_str_digits_check(v: &BigInt, max_digits: usize) -> Result<(), FormatError> {
    if max_digits == 0 {
        return Ok(());
    }
    let mag = v.magnitude();
    // A number with b bits has at most floor(b*log10(2)) + 1 digits.
    let bits = mag.bits();
    if (bits as f64) * std::f64::consts::LOG10_2 < max_digits as f64 - 1.0 {
        return Ok(());
    }
    let Ok(exp) = u32::try_from(max_digits) else {
        return Ok(());
    };
    let limit = num_bigint::BigUint::from(10u32).pow(exp);
    if *mag >= limit {
        return value_err(format!(
            "Exceeds the limit ({} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit",
            max_digits
        ));
    }
    Ok(())
}

/// `format(v, spec)` for an int.
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    format_int_named(v, spec, "int")
}

/// [`format_int`] for an int subclass: `type_name` appears in messages.
pub fn format_int_named(
    v: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    match v.to_i64() {
        Some(small) => format_int_ref(IntRef::Small(small), spec, type_name),
        None => format_int_ref(IntRef::Big(v), spec, type_name),
    }
}

/// [`format_int_named`] that also enforces CPython's int-to-decimal digit
/// limit (`sys.get_int_max_str_digits()`, 0 for none) at the point CPython
/// does: after the spec has been validated, only for decimal output (`d`,
/// `n`, no type), so `format(10**5000, '.2d')` still reports the precision
/// error and `format(10**5000, 'x')` succeeds.
pub fn format_int_with_limit(
    v: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    match v.to_i64() {
        Some(small) => format_int_ref(IntRef::Small(small), spec, type_name),
        None => format_int_limited(IntRef::Big(v), spec, type_name, max_str_digits),
    }
}

/// `format(v, spec)` for an int that fits in `i64` (same results as
/// [`format_int`]).
pub fn format_i64(v: i64, spec: &FormatSpec) -> Result<String, FormatError> {
    format_int_ref(IntRef::Small(v), spec, "int")
}

/// [`format_i64`] for an int subclass.
pub fn format_i64_named(v: i64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    format_int_ref(IntRef::Small(v), spec, type_name)
}

fn format_int_ref(
    v: IntRef<'_>,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    format_int_limited(v, spec, type_name, 0)
}

fn format_int_limited(
    v: IntRef<'_>,
    spec: &FormatSpec,
    type_name: &str,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    let grouping = check_grouping(spec, ty)?;
    let base = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        'd' | 'n' | 'c' => 10,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = v.to_f64()?;
            return format_float_ty(x, spec, ty);
        }
        _ => return unknown_code(ty, type_name),
    };
    if spec.precision.is_some() {
        return value_err("Precision not allowed in integer format specifier");
    }
    if spec.no_neg_zero {
        return value_err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return value_err("Sign not allowed with integer format specifier 'c'");
        }
        if spec.alternate {
            return value_err("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let code = v.to_i64().ok_or_else(|| {
            FormatError::Overflow("Python int too large to convert to C long".to_string())
        })?;
        let ch = char_from_code(code)?;
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: ch.encode_utf8(&mut buf),
        };
        return layout_number(&parts, spec, None);
    }
    if let IntRef::Big(b) = v {
        if base == 10 {
            int_str_digits_check(b, max_str_digits)?;
        }
    }
    let mut digits = v.abs_digits(base);
    let prefix = match (spec.alternate, ty) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    // 'n' is 'd' with the current locale's grouping: none in the C locale.
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix,
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    layout_number(&parts, spec, grouping)
}

/// The character for `%c` / `format(i, 'c')`, with CPython's range error.
/// Lone surrogates (U+D800..U+DFFF) are valid in Python but cannot live in a
/// Rust `String`; they are reported as a `ValueError` naming the code point.
pub(crate) fn char_from_code(code: i64) -> Result<char, FormatError> {
    if !(0..=0x10ffff).contains(&code) {
        return Err(FormatError::Overflow(
            "%c arg not in range(0x110000)".to_string(),
        ));
    }
    char::from_u32(code as u32).ok_or_else(|| {
        FormatError::Value(format!(
            "surrogate code point U+{:04X} cannot be represented",
            code
        ))
    })
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    format_float_named(x, spec, "float")
}

/// [`format_float`] for a float subclass: `type_name` appears in messages.
pub fn format_float_named(
    x: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('\0');
    match ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => {}
        _ => {
            check_grouping(spec, ty)?;
            return unknown_code(ty, type_name);
        }
    }
    format_float_ty(x, spec, ty)
}

/// CPython's `format_float_internal`; `ty` is a float presentation type or
/// `'\0'`.
fn format_float_ty(x: f64, spec: &FormatSpec, ty: char) -> Result<String, FormatError> {
    let grouping = check_grouping(spec, ty)?;
    if spec.precision.is_some_and(|p| p > MAX_PRECISION) {
        return value_err("precision too big");
    }
    let mut x = x;
    let (mode, default_precision, add_dot_0) = match ty {
        '\0' => {
            if spec.precision.is_some() {
                (Mode::General, 0, true)
            } else {
                (Mode::Repr, 0, true)
            }
        }
        'e' | 'E' => (Mode::Exp, 6, false),
        'f' | 'F' => (Mode::Fixed, 6, false),
        '%' => {
            x *= 100.0;
            (Mode::Fixed, 6, false)
        }
        _ => (Mode::General, 6, false), // g G n
    };
    let mut o = DtoaOpts::new(mode, spec.precision.unwrap_or(default_precision));
    o.upper = matches!(ty, 'E' | 'F' | 'G');
    o.alt = spec.alternate;
    o.add_dot_0 = add_dot_0;
    o.no_neg_zero = spec.no_neg_zero;
    let mut text = dtoa_format(x, &o)?;
    if ty == '%' {
        text.push('%');
    }
    if spec.width.is_none() && spec.sign.is_none() && grouping.is_none() {
        // No padding, no sign to add, no separators: the text is the result.
        return Ok(text);
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let ndigits = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, after) = body.split_at(ndigits);
    let (has_decimal, remainder) = match after.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, after),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    // 'n' groups per the current locale: nothing in the C locale.
    layout_number(&parts, spec, grouping)
}
