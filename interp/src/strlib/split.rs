//! `str` splitting and stripping, and padding / tab expansion.

use super::chars::{char_islinebreak, char_isspace};
use super::{char_len, string_with_capacity, StrError};

/// Python's `maxsplit` (negative = unlimited) as a count.
pub(crate) fn max_count(maxsplit: isize) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    }
}

#[inline]
fn char_at_byte(s: &str, i: usize) -> char {
    s.get(i..).and_then(|t| t.chars().next()).unwrap_or('\0')
}

#[inline]
fn char_before_byte(s: &str, i: usize) -> char {
    s.get(..i)
        .and_then(|t| t.chars().next_back())
        .unwrap_or('\0')
}

/// `str.split()` on ASCII text: byte loop (every byte offset is a char boundary).
fn split_whitespace_ascii(s: &str, max: usize) -> Vec<&str> {
    let b = s.as_bytes();
    let n = b.len();
    let sp = |c: u8| char_isspace(c as char);
    let mut out = Vec::new();
    let mut i = 0;
    let mut left = max;
    while left > 0 {
        while i < n && sp(b[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        while i < n && !sp(b[i]) {
            i += 1;
        }
        out.push(&s[j..i]);
        left -= 1;
    }
    while i < n && sp(b[i]) {
        i += 1;
    }
    if i < n {
        out.push(&s[i..]);
    }
    out
}

fn split_whitespace(s: &str, max: usize) -> Vec<&str> {
    if s.is_ascii() {
        return split_whitespace_ascii(s, max);
    }
    let n = s.len();
    let mut out = Vec::new();
    let mut i = 0;
    let mut left = max;
    let skip_space = |mut i: usize| {
        while i < n {
            let c = char_at_byte(s, i);
            if !char_isspace(c) {
                break;
            }
            i += c.len_utf8();
        }
        i
    };
    while left > 0 {
        i = skip_space(i);
        if i >= n {
            break;
        }
        let j = i;
        while i < n {
            let c = char_at_byte(s, i);
            if char_isspace(c) {
                break;
            }
            i += c.len_utf8();
        }
        out.push(&s[j..i]);
        left -= 1;
    }
    if i < n {
        // maxsplit reached: the rest, minus leading whitespace, is one item.
        i = skip_space(i);
        if i < n {
            out.push(&s[i..]);
        }
    }
    out
}

fn rsplit_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut i = s.len(); // exclusive end of the unscanned part
    let mut left = max;
    let skip_space = |mut i: usize| {
        while i > 0 {
            let c = char_before_byte(s, i);
            if !char_isspace(c) {
                break;
            }
            i -= c.len_utf8();
        }
        i
    };
    while left > 0 {
        i = skip_space(i);
        if i == 0 {
            break;
        }
        let j = i;
        while i > 0 {
            let c = char_before_byte(s, i);
            if char_isspace(c) {
                break;
            }
            i -= c.len_utf8();
        }
        out.push(&s[i..j]);
        left -= 1;
    }
    if i > 0 {
        i = skip_space(i);
        if i > 0 {
            out.push(&s[..i]);
        }
    }
    out.reverse();
    out
}

/// `str.split(sep=None, maxsplit=-1)`.  `sep == None` splits on runs of
/// whitespace (`char_isspace`) and drops empty items; `Some("")` is
/// `ValueError("empty separator")`.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: isize) -> Result<Vec<&'a str>, StrError> {
    let max = max_count(maxsplit);
    let Some(sep) = sep else {
        return Ok(split_whitespace(s, max));
    };
    if sep.is_empty() {
        return Err(StrError::empty_separator());
    }
    let mut out = Vec::new();
    let mut i = 0;
    let mut cut = |p: usize| {
        out.push(&s[i..p]);
        i = p + sep.len();
    };
    // A one-byte separator (the common case) is found by one vectorized scan over the
    // whole text rather than a search per piece.
    match sep.as_bytes() {
        &[b] => memchr::memchr_iter(b, s.as_bytes())
            .take(max)
            .for_each(&mut cut),
        _ => super::search::match_offsets(s, sep)
            .take(max)
            .for_each(&mut cut),
    }
    out.push(&s[i..]);
    Ok(out)
}

/// `str.rsplit(sep=None, maxsplit=-1)`: like [`split`] but splitting from
/// the right; items are returned in left-to-right order.
pub fn rsplit<'a>(
    s: &'a str,
    sep: Option<&str>,
    maxsplit: isize,
) -> Result<Vec<&'a str>, StrError> {
    let max = max_count(maxsplit);
    let Some(sep) = sep else {
        return Ok(rsplit_whitespace(s, max));
    };
    if sep.is_empty() {
        return Err(StrError::empty_separator());
    }
    let mut out = Vec::new();
    let mut i = s.len();
    let mut left = max;
    while left > 0 {
        match s[..i].rfind(sep) {
            Some(p) => {
                out.push(&s[p + sep.len()..i]);
                i = p;
                left -= 1;
            }
            None => break,
        }
    }
    out.push(&s[..i]);
    out.reverse();
    Ok(out)
}

/// `str.splitlines(keepends=False)`: splits at `\n`, `\r`, `\r\n`, `\v`,
/// `\f`, `\x1c`, `\x1d`, `\x1e`, `\x85`, `\u2028`, `\u2029`.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let b = s.as_bytes();
    if b.is_ascii() {
        // ASCII line breaks: \n \r \x0b \x0c \x1c \x1d \x1e (and \r\n).
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if c > 0x1e || !matches!(c, b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1e) {
                i += 1;
                continue;
            }
            let mut next = i + 1;
            if c == b'\r' && b.get(next) == Some(&b'\n') {
                next += 1;
            }
            out.push(&s[line_start..if keepends { next } else { i }]);
            line_start = next;
            i = next;
        }
        if line_start < s.len() {
            out.push(&s[line_start..]);
        }
        return out;
    }
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !char_islinebreak(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && matches!(it.peek(), Some(&(_, '\n'))) {
            it.next();
            next += 1;
        }
        out.push(&s[line_start..if keepends { next } else { i }]);
        line_start = next;
    }
    if line_start < s.len() {
        out.push(&s[line_start..]);
    }
    out
}

/// `str.strip(chars=None)`: `None` strips whitespace, `Some(set)` strips
/// the code points in `set`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `str.lstrip(chars=None)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(char_isspace),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `str.rstrip(chars=None)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(char_isspace),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> Result<String, StrError> {
    let size = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(s.len()))
        .ok_or(StrError::Memory)?;
    let mut out = string_with_capacity(size)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// `str.center(width, fill=' ')`; odd padding goes to the right unless both
/// the padding and `width` are odd (CPython's `left = marg/2 + (marg & width & 1)`).
pub fn center(s: &str, width: usize, fill: char) -> Result<String, StrError> {
    let len = char_len(s);
    if len >= width {
        return Ok(s.to_string());
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    pad(s, left, marg - left, fill)
}

/// `str.ljust(width, fill=' ')`.
pub fn ljust(s: &str, width: usize, fill: char) -> Result<String, StrError> {
    let len = char_len(s);
    if len >= width {
        return Ok(s.to_string());
    }
    pad(s, 0, width - len, fill)
}

/// `str.rjust(width, fill=' ')`.
pub fn rjust(s: &str, width: usize, fill: char) -> Result<String, StrError> {
    let len = char_len(s);
    if len >= width {
        return Ok(s.to_string());
    }
    pad(s, width - len, 0, fill)
}

/// `str.zfill(width)`: pad with '0' on the left, after a leading '+'/'-'.
pub fn zfill(s: &str, width: usize) -> Result<String, StrError> {
    let len = char_len(s);
    if len >= width {
        return Ok(s.to_string());
    }
    let fill = width - len;
    match s.as_bytes().first() {
        Some(&sign @ (b'+' | b'-')) => {
            let mut out = pad(&s[1..], fill, 0, '0')?;
            out.insert(0, sign as char);
            Ok(out)
        }
        _ => pad(s, fill, 0, '0'),
    }
}

/// `str.expandtabs(tabsize=8)`: the column resets after `\n` and `\r` only;
/// `tabsize <= 0` deletes tabs.
pub fn expandtabs(s: &str, tabsize: isize) -> Result<String, StrError> {
    if !s.contains('\t') {
        return Ok(s.to_string());
    }
    let overflow = || StrError::Overflow("new string is too long".to_string());
    // First pass: size of the result, in bytes.
    let mut size: usize = 0;
    let mut col: usize = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize as usize - col % tabsize as usize;
                col += incr;
                size = size.checked_add(incr).ok_or_else(overflow)?;
            }
        } else {
            size = size.checked_add(c.len_utf8()).ok_or_else(overflow)?;
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    if size > isize::MAX as usize {
        return Err(overflow());
    }
    let mut out = string_with_capacity(size)?;
    col = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize as usize - col % tabsize as usize;
                col += incr;
                out.extend(std::iter::repeat_n(' ', incr));
            }
        } else {
            out.push(c);
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(out)
}
