//! Text formatting of numbers and strings, following CPython 3.11's rules
//! byte for byte.
//!
//! This module owns: `repr(float)`, `format(x, spec)` for int / float / str
//! (the format-spec mini-language), the `%` operator's template parsing and
//! per-conversion rendering, `str.format` template parsing, and `float()`'s
//! string parsing.  Everything here works on primitive Rust values (`i64`,
//! `BigInt`, `f64`, `&str`) and returns `String`s or `FormatError`s.
//!
//! This module must NOT touch Python objects, the VM, the heap or any global
//! state: it never calls `__format__`, `__str__`, `__repr__`, `__index__`, never
//! looks up arguments, attributes or keys.  Callers do the object work (fetch
//! the argument, convert it, resolve `{0.attr[key]}` fields) and hand the
//! primitive result to the functions here.  It depends only on `std`,
//! `num-bigint`, `num-traits` and `num-integer`.
//!
//! Nothing in here panics on any input; every failure is a returned
//! [`FormatError`] whose message text is exactly CPython's.

mod floatfmt;
mod number;
mod parse_float;
mod percent;
mod spec;
mod string;
mod template;
mod unicode;

#[cfg(test)]
mod tests;

use std::fmt;

pub use floatfmt::{float_repr, float_to_exponent, float_to_fixed, float_to_general};
pub use number::{
    format_float, format_float_named, format_i64, format_i64_named, format_int, format_int_named,
    format_int_with_limit, int_str_digits_check, int_to_f64,
};
pub use parse_float::parse_float;
pub use percent::{
    next_percent_piece, percent_char_from_int, percent_float, percent_i64, percent_int,
    percent_str, percent_str_checked, PercentSpec, PercentToken, PercentWidth,
};
#[cfg(test)]
pub use percent::{parse_percent, parse_percent_partial, PercentPiece};
pub use spec::{parse_format_spec, parse_format_spec_for, Align, FormatSpec, Sign};
pub use string::{format_str, format_str_named};
pub use template::{
    check_conversion, parse_field_name, parse_format_template, parse_format_template_partial,
    AutoNumber, FieldAccess, FieldFirst, FieldName, FmtPiece,
};
pub use unicode::{decimal_digit_value, is_python_space};

/// An error raised while formatting or parsing; the `String` is the exact
/// CPython message, the variant is the Python exception class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// `ValueError`
    Value(String),
    /// `TypeError`
    Type(String),
    /// `OverflowError`
    Overflow(String),
    /// `MemoryError` (no message): the result would be too large to allocate,
    /// e.g. a width of 10**18.
    Memory,
}

impl FormatError {
    /// The Python exception class name for this error.
    pub fn exception_name(&self) -> &'static str {
        match self {
            FormatError::Value(_) => "ValueError",
            FormatError::Type(_) => "TypeError",
            FormatError::Overflow(_) => "OverflowError",
            FormatError::Memory => "MemoryError",
        }
    }

    /// The exception message (empty for `MemoryError`).
    pub fn message(&self) -> &str {
        match self {
            FormatError::Value(m) | FormatError::Type(m) | FormatError::Overflow(m) => m,
            FormatError::Memory => "",
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.exception_name(), self.message())
    }
}

impl std::error::Error for FormatError {}

pub(crate) fn value_err<T>(msg: impl Into<String>) -> Result<T, FormatError> {
    Err(FormatError::Value(msg.into()))
}

/// A `String` with room for `n` bytes, or `FormatError::Memory`.
pub(crate) fn alloc_string(n: usize) -> Result<String, FormatError> {
    let mut s = String::new();
    s.try_reserve(n).map_err(|_| FormatError::Memory)?;
    Ok(s)
}

/// Append `n` copies of `c`, failing with `MemoryError` instead of aborting.
pub(crate) fn push_repeat(out: &mut String, c: char, n: usize) -> Result<(), FormatError> {
    if n == 0 {
        return Ok(());
    }
    let bytes = n.checked_mul(c.len_utf8()).ok_or(FormatError::Memory)?;
    out.try_reserve(bytes).map_err(|_| FormatError::Memory)?;
    out.extend(std::iter::repeat_n(c, n));
    Ok(())
}
