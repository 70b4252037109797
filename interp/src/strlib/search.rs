//! `str` searching: find/rfind/count/startswith/endswith, replace, partition.
//! Indices are code points; substring search runs on the UTF-8 bytes (a valid
//! UTF-8 needle can only match at char boundaries of a valid haystack).

use super::{adjust_indices, byte_range, char_len, string_with_capacity, StrError};

/// The part of `s` selected by `start`/`end` after Python clamping:
/// `(haystack, code-point index of its start)`, or `None` when `start > end`.
fn window(s: &str, start: Option<isize>, end: Option<isize>) -> Option<(&str, usize)> {
    if start.is_none() && end.is_none() {
        return Some((s, 0));
    }
    let (start, end) = adjust_indices(char_len(s), start, end);
    if start > end {
        return None;
    }
    let (b0, b1) = byte_range(s, start, end);
    Some((&s[b0..b1], start))
}

/// `str.find(sub[, start[, end]])`: lowest code-point index of `sub`, or -1.
pub fn find(s: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> isize {
    let Some((hay, base)) = window(s, start, end) else {
        return -1;
    };
    match hay.find(sub) {
        Some(p) => (base + char_len(&hay[..p])) as isize,
        None => -1,
    }
}

/// `str.rfind(sub[, start[, end]])`: highest code-point index of `sub`, or -1.
pub fn rfind(s: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> isize {
    let Some((hay, base)) = window(s, start, end) else {
        return -1;
    };
    match hay.rfind(sub) {
        Some(p) => (base + char_len(&hay[..p])) as isize,
        None => -1,
    }
}

/// `str.count(sub[, start[, end]])`: non-overlapping occurrences.
pub fn count(s: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> usize {
    let Some((hay, _)) = window(s, start, end) else {
        return 0;
    };
    match sub.as_bytes() {
        [] => char_len(hay) + 1,
        _ if sub.len() > hay.len() => 0,
        &[b] => hay.bytes().filter(|&x| x == b).count(),
        _ => hay.matches(sub).count(),
    }
}

/// `str.startswith(prefix[, start[, end]])` for one prefix (callers loop over tuples).
pub fn startswith(s: &str, prefix: &str, start: Option<isize>, end: Option<isize>) -> bool {
    // Checking the bytes is enough: a window that starts with `prefix` holds
    // at least as many code points as `prefix` (CPython's length test).
    window(s, start, end).is_some_and(|(hay, _)| hay.starts_with(prefix))
}

/// `str.endswith(suffix[, start[, end]])` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<isize>, end: Option<isize>) -> bool {
    window(s, start, end).is_some_and(|(hay, _)| hay.ends_with(suffix))
}

/// `str.replace(old, new[, count])`; `count < 0` replaces all.  An empty
/// `old` inserts `new` before every character and at the end
/// (`'ab'.replace('', '-') == '-a-b-'`), at most `count` times.
pub fn replace(s: &str, old: &str, new: &str, count: isize) -> Result<String, StrError> {
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if max == 0 {
        return Ok(s.to_string());
    }
    if old.is_empty() {
        let n = (char_len(s) + 1).min(max);
        let size = new
            .len()
            .checked_mul(n)
            .and_then(|x| x.checked_add(s.len()))
            .ok_or_else(too_long)?;
        let mut out = string_with_capacity(size)?;
        let mut done = 0;
        for c in s.chars() {
            if done < n {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < n {
            out.push_str(new);
        }
        return Ok(out);
    }
    let n = s.matches(old).take(max).count();
    if n == 0 {
        return Ok(s.to_string());
    }
    let size = if new.len() >= old.len() {
        (new.len() - old.len())
            .checked_mul(n)
            .and_then(|x| x.checked_add(s.len()))
            .ok_or_else(too_long)?
    } else {
        s.len() - (old.len() - new.len()) * n
    };
    let mut out = string_with_capacity(size)?;
    let mut last = 0;
    for (p, _) in s.match_indices(old).take(n) {
        out.push_str(&s[last..p]);
        out.push_str(new);
        last = p + old.len();
    }
    out.push_str(&s[last..]);
    Ok(out)
}

fn too_long() -> StrError {
    StrError::Overflow("replace string is too long".to_string())
}

/// `str.partition(sep)`: `(before, sep, after)` at the first `sep`, or `(s, "", "")`.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), StrError> {
    if sep.is_empty() {
        return Err(StrError::empty_separator());
    }
    Ok(match s.find(sep) {
        Some(p) => (&s[..p], &s[p..p + sep.len()], &s[p + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `str.rpartition(sep)`: split at the last `sep`, or `("", "", s)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), StrError> {
    if sep.is_empty() {
        return Err(StrError::empty_separator());
    }
    Ok(match s.rfind(sep) {
        Some(p) => (&s[..p], &s[p..p + sep.len()], &s[p + sep.len()..]),
        None => ("", "", s),
    })
}

/// `str.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `str.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}
