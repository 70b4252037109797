//! `repr()` and `ascii()` of str and bytes.

use super::chars::char_isprintable;
use std::fmt::Write;

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `\xNN`, `\uNNNN` or `\UNNNNNNNN` (lowercase hex) for `c`.
pub(crate) fn push_escape(out: &mut String, c: char) {
    let cp = c as u32;
    let _ = if cp <= 0xff {
        write!(out, "\\x{:02x}", cp)
    } else if cp <= 0xffff {
        write!(out, "\\u{:04x}", cp)
    } else {
        write!(out, "\\U{:08x}", cp)
    };
}

/// The quote `repr` uses: `'` unless the text has `'` and no `"`.
fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            '\0'..='\x1f' | '\x7f' => push_escape(&mut out, c),
            _ if ascii_only || !char_isprintable(c) => push_escape(&mut out, c),
            _ => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)` for a str: quoted, with `\\`, `\t`, `\n`, `\r`, the quote, and
/// non-printable code points escaped (`\xNN` up to U+00FF, then `\uNNNN`, `\UNNNNNNNN`).
pub fn repr_str(s: &str) -> String {
    repr_impl(s, false)
}

/// `ascii(s)` for a str: `repr` with every non-ASCII code point escaped too.
pub fn ascii_str(s: &str) -> String {
    repr_impl(s, true)
}

/// `repr(b)` for bytes: `b'...'`, bytes outside `0x20..0x7f` as `\xNN`.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = pick_quote(b.contains(&b'\''), b.contains(&b'"')) as u8;
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => {
                out.push_str("\\x");
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 15) as usize] as char);
            }
        }
    }
    out.push(quote as char);
    out
}
