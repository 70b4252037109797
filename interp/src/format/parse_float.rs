//! `float(str)`: CPython's accepted syntax for converting text to a float.

use super::unicode::{decimal_digit_value, is_python_space};

/// Parse text the way `float(s)` does, or `None` if it is not a valid float
/// (the caller raises `ValueError("could not convert string to float: " +
/// repr(s))`).  Accepts surrounding whitespace (any Unicode space), Unicode
/// decimal digits, `_` between digits, a sign, and `inf`, `infinity`, `nan`
/// in any case.  Out-of-range values become `inf` / `0.0`, as in CPython.
pub fn parse_float(s: &str) -> Option<f64> {
    // Like _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII spaces become
    // ' ', non-ASCII digits become ASCII; anything else non-ASCII is invalid.
    let mut ascii = String::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            ascii.push(c);
        } else if is_python_space(c) {
            ascii.push(' ');
        } else {
            let d = decimal_digit_value(c)?;
            ascii.push(char::from(b'0' + d as u8));
        }
    }
    let t = ascii.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'));
    let cleaned;
    let t = if t.contains('_') {
        cleaned = remove_underscores(t)?;
        cleaned.as_str()
    } else {
        t
    };
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let special = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case("nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    if !is_decimal_literal(body) {
        return None;
    }
    let v: f64 = body.parse().ok()?;
    Some(if negative { -v } else { v })
}

/// Drop underscores, each of which must sit between two ASCII digits.
fn remove_underscores(t: &str) -> Option<String> {
    let b = t.as_bytes();
    let mut out = String::with_capacity(t.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let before = i > 0 && b[i - 1].is_ascii_digit();
            let after = b.get(i + 1).is_some_and(|d| d.is_ascii_digit());
            if !(before && after) {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(out)
}

/// `digits [. [digits]] | . digits`, then optionally `e [sign] digits`.
fn is_decimal_literal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let int_digits = digits(&mut i);
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        frac_digits = digits(&mut i);
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}
