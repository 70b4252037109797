//! Numeric semantics of Python's `int`, `float` and the `math` module,
//! matching CPython 3.11 bit for bit where CPython is deterministic.
//!
//! What this module owns:
//! - integer arithmetic rules (floor division, modulo signs, `pow` with and
//!   without modulus, shifts, correctly rounded `int / int` and `int -> float`),
//!   `int(str, base)` / `str(int)` including the 4300-digit limit, `bin`/`oct`/
//!   `hex`, `to_bytes`/`from_bytes`, `round(int, n)`;
//! - float arithmetic rules (`//`, `%`, `divmod`, `**` special cases), `repr`,
//!   `float(str)`, `round`, `as_integer_ratio`, `hex`/`fromhex`, exact
//!   int/float comparison;
//! - hashing of numbers and tuples (`sys.hash_info`: modulus 2**61 - 1);
//! - every function of the `math` module, with CPython's results and errors.
//!
//! What it must not do: touch Python objects, the VM or the heap of objects.
//! Its one piece of state is the process-wide int/str digit limit behind
//! `sys.set_int_max_str_digits` ([`int::set_int_max_str_digits`]).
//! Everything here works on primitive values (`i64`, `f64`, `BigInt`,
//! `&str`) and reports Python exceptions as [`NumError`] values carrying
//! CPython's exact messages; turning those into exception objects, argument
//! conversion (`__index__`, `__float__`) and type errors belong to the
//! caller. Nothing here panics: every failure is returned as an error.
//!
//! Tests: `tests.rs` runs the cases of `test_cases.txt`, whose expectations
//! were produced by CPython 3.11 (`gen_test_cases.py`); `unicode_tables.rs`
//! comes from `gen_unicode_tables.py`.

pub mod float;
pub mod hash;
pub mod int;
mod libm_port;
pub mod math;
mod unicode_tables;

#[cfg(test)]
mod tests;

use std::fmt;

pub use float::*;
pub use hash::*;
pub use int::*;

/// A Python exception raised by a numeric operation: its class and CPython's
/// exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumError {
    /// `ZeroDivisionError`
    ZeroDivision(String),
    /// `OverflowError`
    Overflow(String),
    /// `ValueError`
    Value(String),
    /// `TypeError`
    Type(String),
}

impl NumError {
    /// The Python exception class name, e.g. `"ZeroDivisionError"`.
    pub fn type_name(&self) -> &'static str {
        match self {
            NumError::ZeroDivision(_) => "ZeroDivisionError",
            NumError::Overflow(_) => "OverflowError",
            NumError::Value(_) => "ValueError",
            NumError::Type(_) => "TypeError",
        }
    }

    /// The exception message (the `str()` of the exception).
    pub fn message(&self) -> &str {
        match self {
            NumError::ZeroDivision(m)
            | NumError::Overflow(m)
            | NumError::Value(m)
            | NumError::Type(m) => m,
        }
    }

    pub(crate) fn zero_div(msg: &str) -> Self {
        NumError::ZeroDivision(msg.to_string())
    }

    pub(crate) fn overflow(msg: &str) -> Self {
        NumError::Overflow(msg.to_string())
    }

    pub(crate) fn value(msg: &str) -> Self {
        NumError::Value(msg.to_string())
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.type_name(), self.message())
    }
}

impl std::error::Error for NumError {}

/// Whether Python's `str.isspace()` is true for `c`.
pub fn py_is_space(c: char) -> bool {
    unicode_tables::PY_WHITESPACE
        .binary_search(&(c as u32))
        .is_ok()
}

/// The value of `c` as a Unicode decimal digit (category Nd), as Python's
/// `unicodedata.decimal`; `None` when it is not one.
pub fn py_decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let zeros = unicode_tables::DECIMAL_ZEROS;
    let idx = match zeros.binary_search(&cp) {
        Ok(i) => i,
        Err(0) => return None,
        Err(i) => i - 1,
    };
    let zero = *zeros.get(idx)?;
    let d = cp.checked_sub(zero)?;
    if d < 10 {
        Some(d)
    } else {
        None
    }
}

/// Whether Python's `str.isprintable()` is true for `c`.
pub fn py_is_printable(c: char) -> bool {
    let cp = c as u32;
    let table = unicode_tables::NON_PRINTABLE;
    let idx = match table.binary_search_by(|&(lo, _)| lo.cmp(&cp)) {
        Ok(_) => return false,
        Err(0) => return true,
        Err(i) => i - 1,
    };
    match table.get(idx) {
        Some(&(lo, hi)) => !(lo <= cp && cp <= hi),
        None => true,
    }
}

/// Python's `repr()` of a `str`: quotes chosen as CPython does, escapes for
/// backslash, the quote, `\t` `\n` `\r`, and `\xhh` / `\uhhhh` / `\Uhhhhhhhh`
/// for non-printable characters.
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_ascii() || py_is_printable(c) => out.push(c),
            c => {
                let cp = c as u32;
                if cp <= 0xff {
                    out.push_str(&format!("\\x{:02x}", cp));
                } else if cp <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", cp));
                } else {
                    out.push_str(&format!("\\U{:08x}", cp));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(s)` cut to at most `n` characters, as CPython's `%.<n>R` format.
pub(crate) fn py_str_repr_truncated(s: &str, n: usize) -> String {
    let r = py_str_repr(s);
    match r.char_indices().nth(n) {
        Some((i, _)) => r.get(..i).unwrap_or(&r).to_string(),
        None => r,
    }
}
