//! `str` searching: find/rfind/count/startswith/endswith, replace, partition.
//! Indices are code points; substring search runs on the UTF-8 bytes (a valid
//! UTF-8 needle can only match at char boundaries of a valid haystack).

use super::{adjust_indices, byte_offset, char_len, string_with_capacity, StrError};

/// Byte offset of the first occurrence of `needle` in `hay` (`hay.find(needle)`).
///
/// Short needles are found by scanning for their first byte (`memchr`) and comparing the
/// rest, which needs no searcher set-up (most Python searches are a short needle in a short
/// text). Each failed candidate is charged the bytes it compared; once those reach the
/// text's length, the rest is handed to `memchr::memmem`'s search, so the worst case stays
/// linear. (A byte match of a UTF-8 needle in UTF-8 text always starts at a character
/// boundary.)
pub fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return Some(0);
    };
    if n.len() > h.len() {
        return None;
    }
    if rest.is_empty() {
        return memchr::memchr(first, h);
    }
    let last_start = h.len() - n.len();
    let mut budget = h.len() + 64;
    let mut i = 0;
    while i <= last_start {
        let p = i + memchr::memchr(first, h.get(i..=last_start)?)?;
        let tail = &h[p + 1..p + n.len()];
        let same = tail.iter().zip(rest).take_while(|(a, b)| a == b).count();
        if same == rest.len() {
            return Some(p);
        }
        budget = budget.saturating_sub(same + 1);
        if budget == 0 {
            return memchr::memmem::find(&h[p + 1..], n).map(|q| p + 1 + q);
        }
        i = p + 1;
    }
    None
}

/// Byte offsets of the non-overlapping occurrences of `needle` (not empty) in `hay`, left
/// to right.
pub fn match_offsets<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut at = 0;
    std::iter::from_fn(move || {
        let p = at + find_str(hay.get(at..)?, needle)?;
        at = p + needle.len().max(1);
        Some(p)
    })
}

/// A haystack whose code-point length is already known (a `str` object caches it), with a
/// way to map code-point indices to byte offsets (the object's stride index), so that
/// searching a window costs time proportional to the window, not to the whole string.
#[derive(Clone, Copy)]
pub struct Hay<'a> {
    pub text: &'a str,
    pub nchars: usize,
    /// Byte offset of code point `i` (`text.len()` past the end); only called for
    /// non-ASCII text.
    pub offset: &'a dyn Fn(usize) -> usize,
}

impl<'a> Hay<'a> {
    /// The part selected by `start`/`end` after Python clamping:
    /// `(haystack, code-point index of its start)`, or `None` when `start > end`.
    fn window(self, start: Option<isize>, end: Option<isize>) -> Option<(&'a str, usize)> {
        if start.is_none() && end.is_none() {
            return Some((self.text, 0));
        }
        let (start, end) = adjust_indices(self.nchars, start, end);
        if start > end {
            return None;
        }
        if self.nchars == self.text.len() {
            return Some((&self.text[start..end], start));
        }
        let (b0, b1) = ((self.offset)(start), (self.offset)(end));
        Some((self.text.get(b0..b1).unwrap_or(""), start))
    }

    fn ascii(self) -> bool {
        self.nchars == self.text.len()
    }

    /// `str.find(sub[, start[, end]])`: lowest code-point index of `sub`, or -1.
    pub fn find(self, sub: &str, start: Option<isize>, end: Option<isize>) -> isize {
        let Some((hay, base)) = self.window(start, end) else {
            return -1;
        };
        let found = find_str(hay, sub);
        match found {
            Some(p) if self.ascii() => (base + p) as isize,
            Some(p) => (base + char_len(&hay[..p])) as isize,
            None => -1,
        }
    }

    /// `str.rfind(sub[, start[, end]])`: highest code-point index of `sub`, or -1.
    pub fn rfind(self, sub: &str, start: Option<isize>, end: Option<isize>) -> isize {
        let Some((hay, base)) = self.window(start, end) else {
            return -1;
        };
        let found = match sub.as_bytes() {
            &[b] => hay.as_bytes().iter().rposition(|&x| x == b),
            _ => hay.rfind(sub),
        };
        match found {
            Some(p) if self.ascii() => (base + p) as isize,
            Some(p) => (base + char_len(&hay[..p])) as isize,
            None => -1,
        }
    }

    /// `str.count(sub[, start[, end]])`: non-overlapping occurrences.
    pub fn count(self, sub: &str, start: Option<isize>, end: Option<isize>) -> usize {
        let Some((hay, base)) = self.window(start, end) else {
            return 0;
        };
        match sub.as_bytes() {
            [] if start.is_none() && end.is_none() => self.nchars + 1,
            [] => {
                let (_, e) = adjust_indices(self.nchars, start, end);
                e - base + 1
            }
            _ if sub.len() > hay.len() => 0,
            &[b] => hay.bytes().filter(|&x| x == b).count(),
            _ => match_offsets(hay, sub).count(),
        }
    }

    /// `str.startswith(prefix[, start[, end]])` for one prefix (callers loop over tuples).
    pub fn startswith(self, prefix: &str, start: Option<isize>, end: Option<isize>) -> bool {
        // Checking the bytes is enough: a window that starts with `prefix` holds
        // at least as many code points as `prefix` (CPython's length test).
        self.window(start, end)
            .is_some_and(|(hay, _)| hay.starts_with(prefix))
    }

    /// `str.endswith(suffix[, start[, end]])` for one suffix.
    pub fn endswith(self, suffix: &str, start: Option<isize>, end: Option<isize>) -> bool {
        self.window(start, end)
            .is_some_and(|(hay, _)| hay.ends_with(suffix))
    }
}

/// Runs `f` on `s` as a [`Hay`] whose length and offsets are computed from the text.
fn with_hay<R>(s: &str, f: impl FnOnce(Hay<'_>) -> R) -> R {
    let off = |i: usize| byte_offset(s, i);
    f(Hay {
        text: s,
        nchars: char_len(s),
        offset: &off,
    })
}

/// `str.find(sub[, start[, end]])`: lowest code-point index of `sub`, or -1.
pub fn find(s: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> isize {
    with_hay(s, |h| h.find(sub, start, end))
}

/// `str.rfind(sub[, start[, end]])`: highest code-point index of `sub`, or -1.
pub fn rfind(s: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> isize {
    with_hay(s, |h| h.rfind(sub, start, end))
}

/// `str.count(sub[, start[, end]])`: non-overlapping occurrences.
pub fn count(s: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> usize {
    with_hay(s, |h| h.count(sub, start, end))
}

/// `str.startswith(prefix[, start[, end]])` for one prefix (callers loop over tuples).
pub fn startswith(s: &str, prefix: &str, start: Option<isize>, end: Option<isize>) -> bool {
    with_hay(s, |h| h.startswith(prefix, start, end))
}

/// `str.endswith(suffix[, start[, end]])` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<isize>, end: Option<isize>) -> bool {
    with_hay(s, |h| h.endswith(suffix, start, end))
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
    let n = match_offsets(s, old).take(max).count();
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
    for p in match_offsets(s, old).take(n) {
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
    Ok(match find_str(s, sep) {
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
