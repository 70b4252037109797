//! regex: Python's regular-expression engine (the `re` module's core), as a pure library.
//!
//! Owns: parsing Python 3.11 pattern syntax into an AST (`parse`), with CPython's `re.error`
//! messages and positions; compiling the AST to a program (`compile`); running it with a
//! backtracking matcher over str (UTF-8 text, positions are byte offsets internally) or bytes
//! (`exec`) that keeps its backtrack state on an explicit heap stack, so neither pattern size
//! nor input size can overflow the native stack; the case-insensitive equivalences and
//! character categories of `sre` (`chars`); replacement templates (`template`).
//! Must not: touch Python objects, the heap or the VM. Errors come back as [`Error`] for the
//! caller (`modules/weft_re.rs`) to raise.

pub mod chars;
pub mod compile;
pub mod exec;
pub mod parse;
pub mod template;
#[cfg(test)]
mod tests;

pub use compile::Regex;
pub use exec::{Input, Mode};

/// `re.TEMPLATE` (no behaviour).
pub const FLAG_TEMPLATE: u32 = 1;
/// `re.IGNORECASE`.
pub const FLAG_IGNORECASE: u32 = 2;
/// `re.LOCALE` (bytes only; treated as the C locale, i.e. ASCII).
pub const FLAG_LOCALE: u32 = 4;
/// `re.MULTILINE`.
pub const FLAG_MULTILINE: u32 = 8;
/// `re.DOTALL`.
pub const FLAG_DOTALL: u32 = 16;
/// `re.UNICODE`.
pub const FLAG_UNICODE: u32 = 32;
/// `re.VERBOSE`.
pub const FLAG_VERBOSE: u32 = 64;
/// `re.DEBUG`.
pub const FLAG_DEBUG: u32 = 128;
/// `re.ASCII`.
pub const FLAG_ASCII: u32 = 256;

/// Largest repeat count plus one (`sre`'s MAXREPEAT on 64-bit builds); also "unbounded".
pub const MAXREPEAT: u32 = u32::MAX;
/// Most groups a pattern may define.
pub const MAXGROUPS: usize = (u32::MAX / 2) as usize;

/// Which Python exception an [`Error`] becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `re.error(msg, pattern, pos)`.
    Re,
    /// `OverflowError(msg)`.
    Overflow,
    /// `ValueError(msg)`.
    Value,
    /// `IndexError(msg)` (unknown group name in a template).
    Index,
    /// `RecursionError(msg)` (a pattern nested deeper than the parser allows).
    Recursion,
}

/// A compile or template error: the exception kind, CPython's message and, for `re.error`,
/// the position in the pattern (in characters; bytes for bytes patterns).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub msg: String,
    pub pos: Option<usize>,
}

impl Error {
    pub fn re(msg: impl Into<String>, pos: usize) -> Error {
        Error {
            kind: ErrorKind::Re,
            msg: msg.into(),
            pos: Some(pos),
        }
    }

    pub fn re_nopos(msg: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Re,
            msg: msg.into(),
            pos: None,
        }
    }

    pub fn other(kind: ErrorKind, msg: impl Into<String>) -> Error {
        Error {
            kind,
            msg: msg.into(),
            pos: None,
        }
    }
}
