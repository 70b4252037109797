//! `format(str, spec)`.

use super::spec::{check_grouping, pad_str, unknown_code, Align, FormatSpec, Sign};
use super::{value_err, FormatError};

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    format_str_named(s, spec, "str")
}

/// [`format_str`] for a str subclass: `type_name` appears in messages.
pub fn format_str_named(
    s: &str,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('s');
    check_grouping(spec, ty)?;
    if ty != 's' {
        return unknown_code(ty, type_name);
    }
    match spec.sign {
        Some(Sign::Space) => return value_err("Space not allowed in string format specifier"),
        Some(_) => return value_err("Sign not allowed in string format specifier"),
        None => {}
    }
    if spec.no_neg_zero {
        return value_err("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alternate {
        return value_err("Alternate form (#) not allowed in string format specifier");
    }
    let align = spec.align.unwrap_or(Align::Left);
    if align == Align::AfterSign {
        return value_err("'=' alignment not allowed in string format specifier");
    }
    // Truncate to `precision` characters.
    let (text, len) = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((cut, _)) => (&s[..cut], p),
            None => (s, s.chars().count()),
        },
        None => (s, s.chars().count()),
    };
    match spec.width {
        Some(w) if w > len => pad_str(text, len, w, align, spec.fill),
        _ => Ok(text.to_string()),
    }
}
