//! strlib: the text algorithms behind Python's `str` and `bytes` methods,
//! reproducing CPython 3.11's semantics as plain Rust functions.
//!
//! What this module owns:
//! - searching, counting, splitting, stripping, replacing, partitioning,
//!   padding and tab expansion over `&str` and `&[u8]`;
//! - Unicode case mapping (full mappings, final sigma, titlecase) and the
//!   character classifications of `str.is*()`, from tables generated out of
//!   CPython 3.11 itself (`gen_tables.py` -> `unicode_tables.rs`, Unicode 14.0);
//! - `repr()` / `ascii()` of str and bytes, `bytes.hex()` / `bytes.fromhex()`;
//! - the utf-8, ascii and latin-1 codecs with CPython's error handlers and
//!   error messages, and CPython's encoding-name normalisation.
//!
//! What it must not do: touch Python objects, the heap, the VM, or raise
//! exceptions.  Inputs are Rust strings and slices, outputs are Rust values;
//! failures come back as [`StrError`] / [`EncodeError`] / [`DecodeError`]
//! carrying the exception kind and CPython's message, for the caller to raise.
//! It depends on `std` only.
//!
//! Generated files (regenerate with CPython 3.11, never edit by hand):
//! - `unicode_tables.rs` from `gen_tables.py`: property runs, case-mapping
//!   ranges, decimal-digit runs, codec aliases (~65 KB of source);
//! - `tests_data.rs` from `gen_tests.py`: test expectations.
//!
//! Conventions:
//! - every index in the `str` API is a code-point index (never a byte offset);
//!   in the `bytes_*` API it is a byte index;
//! - optional `start` / `end` arguments follow Python slice clamping
//!   ([`adjust_indices`]); negative or out-of-range values never panic;
//! - no function panics on any input; functions whose result can grow without
//!   bound (padding, `replace`, `expandtabs`, ...) return `Err` with
//!   `OverflowError` / `MemoryError` instead of aborting.

mod bytes;
mod case;
mod chars;
mod codecs;
mod repr;
mod search;
mod split;
#[cfg(test)]
mod tests;
#[cfg(test)]
#[rustfmt::skip]
#[allow(clippy::type_complexity)]
mod tests_data;
#[rustfmt::skip]
mod unicode_tables;

pub use bytes::*;
pub use case::*;
pub use chars::*;
pub use codecs::*;
pub use repr::*;
pub use search::*;
pub use split::*;

/// The Unicode version of the generated tables (CPython 3.11's `unicodedata`).
pub const UNICODE_VERSION: &str = unicode_tables::UNICODE_VERSION;

/// A failure of a str/bytes method: the Python exception to raise and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StrError {
    /// `ValueError(msg)`, e.g. "empty separator".
    Value(String),
    /// `OverflowError(msg)`, e.g. "new string is too long".
    Overflow(String),
    /// `MemoryError()`: the result could not be allocated.
    Memory,
}

impl StrError {
    /// Name of the Python exception class to raise.
    pub fn exception_name(&self) -> &'static str {
        match self {
            StrError::Value(_) => "ValueError",
            StrError::Overflow(_) => "OverflowError",
            StrError::Memory => "MemoryError",
        }
    }

    /// The exception's message (empty for `MemoryError`).
    pub fn message(&self) -> &str {
        match self {
            StrError::Value(m) | StrError::Overflow(m) => m,
            StrError::Memory => "",
        }
    }

    pub(crate) fn empty_separator() -> StrError {
        StrError::Value("empty separator".to_string())
    }
}

impl std::fmt::Display for StrError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.message().is_empty() {
            f.write_str(self.exception_name())
        } else {
            write!(f, "{}: {}", self.exception_name(), self.message())
        }
    }
}

impl std::error::Error for StrError {}

/// A `String` with room for `bytes` bytes, or `MemoryError`.
pub(crate) fn string_with_capacity(bytes: usize) -> Result<String, StrError> {
    let mut s = String::new();
    s.try_reserve_exact(bytes).map_err(|_| StrError::Memory)?;
    Ok(s)
}

/// A `Vec<u8>` with room for `bytes` bytes, or `MemoryError`.
pub(crate) fn vec_with_capacity(bytes: usize) -> Result<Vec<u8>, StrError> {
    let mut v = Vec::new();
    v.try_reserve_exact(bytes).map_err(|_| StrError::Memory)?;
    Ok(v)
}

/// Number of code points in `s` (`len(s)`).
pub fn char_len(s: &str) -> usize {
    let b = s.as_bytes();
    if b.is_ascii() {
        return b.len();
    }
    // Every code point has exactly one non-continuation byte; count the continuation
    // bytes (0b10xxxxxx) eight at a time.
    const HI: u64 = 0x8080_8080_8080_8080;
    let mut cont = 0usize;
    let mut words = b.chunks_exact(8);
    for w in &mut words {
        let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        // Bit 7 set and bit 6 clear in the same byte.
        cont += (x & !(x << 1) & HI).count_ones() as usize;
    }
    cont += words
        .remainder()
        .iter()
        .filter(|&&c| (c as i8) < -0x40)
        .count();
    b.len() - cont
}

/// Byte offset of code point `char_idx` in `s`; `s.len()` when past the end.
pub fn byte_offset(s: &str, char_idx: usize) -> usize {
    if char_idx >= s.len() {
        return s.len();
    }
    if s.as_bytes()[..char_idx].is_ascii() {
        return char_idx;
    }
    match s.char_indices().nth(char_idx) {
        Some((b, _)) => b,
        None => s.len(),
    }
}

/// Code-point index of byte offset `byte` (rounded down to a char boundary; clamped).
pub fn char_index(s: &str, byte: usize) -> usize {
    let mut b = byte.min(s.len());
    while !s.is_char_boundary(b) {
        b -= 1;
    }
    char_len(&s[..b])
}

/// `s[start:end]` by code-point indices, clamped to the string (no negative indices).
pub fn char_slice(s: &str, start: usize, end: usize) -> &str {
    if start >= end {
        return "";
    }
    let (b0, b1) = byte_range(s, start, end);
    &s[b0..b1]
}

/// The code point at index `idx`, if any.
pub fn char_at(s: &str, idx: usize) -> Option<char> {
    if idx < s.len() && s.as_bytes()[..=idx].is_ascii() {
        return Some(s.as_bytes()[idx] as char);
    }
    s.chars().nth(idx)
}

/// Byte offsets of code points `start` and `end` (`start <= end`), clamped, in one pass.
pub(crate) fn byte_range(s: &str, start: usize, end: usize) -> (usize, usize) {
    let n = s.len();
    let ascii_upto = end.min(n);
    if s.as_bytes()[..ascii_upto].is_ascii() {
        return (start.min(n), ascii_upto);
    }
    let mut b0 = n;
    let mut b1 = n;
    for (i, (b, _)) in s.char_indices().enumerate() {
        if i == start {
            b0 = b;
        }
        if i == end {
            b1 = b;
            break;
        }
    }
    (b0.min(b1), b1)
}

/// Python's `ADJUST_INDICES`: clamp optional slice bounds to `0..=len`.
///
/// Negative values count from the end.  The result may have `start > end`
/// (even `start > len`), which callers treat as an empty / impossible range,
/// exactly as CPython does (e.g. `'abc'.find('', 4)` is -1).
pub fn adjust_indices(len: usize, start: Option<isize>, end: Option<isize>) -> (usize, usize) {
    let ilen = len.min(isize::MAX as usize) as isize;
    let clamp = |v: isize| -> usize {
        if v < 0 {
            let v = v.saturating_add(ilen);
            if v < 0 {
                0
            } else {
                v as usize
            }
        } else {
            v as usize
        }
    };
    let end = match end {
        None => len,
        Some(e) => clamp(e).min(len),
    };
    let start = match start {
        None => 0,
        Some(s) => clamp(s),
    };
    (start, end)
}
