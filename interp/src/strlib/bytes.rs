//! `bytes` / `bytearray` methods.  Indices are byte indices; classification
//! and case conversion are ASCII-only (`Py_ISSPACE` is `' \t\n\v\f\r'`).

use super::split::max_count;
use super::{adjust_indices, vec_with_capacity, StrError};

/// `Py_ISSPACE`: space, `\t`, `\n`, `\v`, `\f`, `\r` (not `\x1c`-`\x1f`).
#[inline]
pub fn byte_isspace(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// Lowest index of `needle` in `hay` (Boyer-Moore-Horspool).
pub fn bytes_search(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (n, m) = (hay.len(), needle.len());
    if m == 0 {
        return Some(0);
    }
    if m > n {
        return None;
    }
    let last = needle[m - 1];
    if m == 1 {
        return hay.iter().position(|&b| b == last);
    }
    let mut skip = [m; 256];
    for (i, &b) in needle[..m - 1].iter().enumerate() {
        skip[b as usize] = m - 1 - i;
    }
    let mut i = 0;
    while i + m <= n {
        let b = hay[i + m - 1];
        if b == last && hay[i..i + m - 1] == needle[..m - 1] {
            return Some(i);
        }
        i += skip[b as usize];
    }
    None
}

/// Highest index of `needle` in `hay` (reverse Horspool).
pub fn bytes_rsearch(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (n, m) = (hay.len(), needle.len());
    if m == 0 {
        return Some(n);
    }
    if m > n {
        return None;
    }
    let first = needle[0];
    if m == 1 {
        return hay.iter().rposition(|&b| b == first);
    }
    let mut skip = [m; 256];
    for k in (1..m).rev() {
        skip[needle[k] as usize] = k;
    }
    let mut i = n - m;
    loop {
        let b = hay[i];
        if b == first && hay[i + 1..i + m] == needle[1..] {
            return Some(i);
        }
        i = i.checked_sub(skip[b as usize])?;
    }
}

fn bwindow(b: &[u8], start: Option<isize>, end: Option<isize>) -> Option<(&[u8], usize)> {
    let (s, e) = adjust_indices(b.len(), start, end);
    if s > e {
        None
    } else {
        Some((&b[s..e], s))
    }
}

/// `bytes.find(sub[, start[, end]])`.
pub fn bytes_find(b: &[u8], sub: &[u8], start: Option<isize>, end: Option<isize>) -> isize {
    match bwindow(b, start, end) {
        Some((hay, base)) => bytes_search(hay, sub).map_or(-1, |p| (base + p) as isize),
        None => -1,
    }
}

/// `bytes.rfind(sub[, start[, end]])`.
pub fn bytes_rfind(b: &[u8], sub: &[u8], start: Option<isize>, end: Option<isize>) -> isize {
    match bwindow(b, start, end) {
        Some((hay, base)) => bytes_rsearch(hay, sub).map_or(-1, |p| (base + p) as isize),
        None => -1,
    }
}

fn count_in(mut hay: &[u8], sub: &[u8], max: usize) -> usize {
    if sub.is_empty() {
        return (hay.len() + 1).min(max);
    }
    if sub.len() == 1 {
        return hay.iter().filter(|&&x| x == sub[0]).take(max).count();
    }
    let mut n = 0;
    while n < max {
        match bytes_search(hay, sub) {
            Some(p) => {
                n += 1;
                hay = &hay[p + sub.len()..];
            }
            None => break,
        }
    }
    n
}

/// `bytes.count(sub[, start[, end]])`: non-overlapping occurrences.
pub fn bytes_count(b: &[u8], sub: &[u8], start: Option<isize>, end: Option<isize>) -> usize {
    match bwindow(b, start, end) {
        Some((hay, _)) => count_in(hay, sub, usize::MAX),
        None => 0,
    }
}

/// `bytes.startswith(prefix[, start[, end]])` for one prefix.
pub fn bytes_startswith(b: &[u8], prefix: &[u8], start: Option<isize>, end: Option<isize>) -> bool {
    bwindow(b, start, end).is_some_and(|(hay, _)| hay.starts_with(prefix))
}

/// `bytes.endswith(suffix[, start[, end]])` for one suffix.
pub fn bytes_endswith(b: &[u8], suffix: &[u8], start: Option<isize>, end: Option<isize>) -> bool {
    bwindow(b, start, end).is_some_and(|(hay, _)| hay.ends_with(suffix))
}

/// `bytes.replace(old, new[, count])`; same rules as [`super::replace`].
pub fn bytes_replace(b: &[u8], old: &[u8], new: &[u8], count: isize) -> Result<Vec<u8>, StrError> {
    let max = max_count(count);
    let n = count_in(b, old, max);
    if n == 0 {
        return Ok(b.to_vec());
    }
    let too_long = || StrError::Overflow("replace bytes is too long".to_string());
    let size = if new.len() >= old.len() {
        (new.len() - old.len())
            .checked_mul(n)
            .and_then(|x| x.checked_add(b.len()))
            .ok_or_else(too_long)?
    } else {
        b.len() - (old.len() - new.len()) * n
    };
    let mut out = vec_with_capacity(size)?;
    if old.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if i < n {
                out.extend_from_slice(new);
            }
            out.push(c);
        }
        if n > b.len() {
            out.extend_from_slice(new);
        }
        return Ok(out);
    }
    let mut rest = b;
    for _ in 0..n {
        let Some(p) = bytes_search(rest, old) else {
            break;
        };
        out.extend_from_slice(&rest[..p]);
        out.extend_from_slice(new);
        rest = &rest[p + old.len()..];
    }
    out.extend_from_slice(rest);
    Ok(out)
}

type Parts<'a> = (&'a [u8], &'a [u8], &'a [u8]);

/// `bytes.partition(sep)`.
pub fn bytes_partition<'a>(b: &'a [u8], sep: &[u8]) -> Result<Parts<'a>, StrError> {
    if sep.is_empty() {
        return Err(StrError::empty_separator());
    }
    Ok(match bytes_search(b, sep) {
        Some(p) => (&b[..p], &b[p..p + sep.len()], &b[p + sep.len()..]),
        None => (b, &b[b.len()..], &b[b.len()..]),
    })
}

/// `bytes.rpartition(sep)`.
pub fn bytes_rpartition<'a>(b: &'a [u8], sep: &[u8]) -> Result<Parts<'a>, StrError> {
    if sep.is_empty() {
        return Err(StrError::empty_separator());
    }
    Ok(match bytes_rsearch(b, sep) {
        Some(p) => (&b[..p], &b[p..p + sep.len()], &b[p + sep.len()..]),
        None => (&b[..0], &b[..0], b),
    })
}

/// `bytes.split(sep=None, maxsplit=-1)`; `None` splits on runs of ASCII whitespace.
pub fn bytes_split<'a>(
    b: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: isize,
) -> Result<Vec<&'a [u8]>, StrError> {
    let mut left = max_count(maxsplit);
    let mut out = Vec::new();
    let n = b.len();
    let Some(sep) = sep else {
        let mut i = 0;
        while left > 0 {
            while i < n && byte_isspace(b[i]) {
                i += 1;
            }
            if i == n {
                break;
            }
            let j = i;
            while i < n && !byte_isspace(b[i]) {
                i += 1;
            }
            out.push(&b[j..i]);
            left -= 1;
        }
        while i < n && byte_isspace(b[i]) {
            i += 1;
        }
        if i < n {
            out.push(&b[i..]);
        }
        return Ok(out);
    };
    if sep.is_empty() {
        return Err(StrError::empty_separator());
    }
    let mut i = 0;
    while left > 0 {
        match bytes_search(&b[i..], sep) {
            Some(p) => {
                out.push(&b[i..i + p]);
                i += p + sep.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.push(&b[i..]);
    Ok(out)
}

/// `bytes.rsplit(sep=None, maxsplit=-1)`; items in left-to-right order.
pub fn bytes_rsplit<'a>(
    b: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: isize,
) -> Result<Vec<&'a [u8]>, StrError> {
    let mut left = max_count(maxsplit);
    let mut out = Vec::new();
    let Some(sep) = sep else {
        let mut i = b.len();
        while left > 0 {
            while i > 0 && byte_isspace(b[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            let j = i;
            while i > 0 && !byte_isspace(b[i - 1]) {
                i -= 1;
            }
            out.push(&b[i..j]);
            left -= 1;
        }
        while i > 0 && byte_isspace(b[i - 1]) {
            i -= 1;
        }
        if i > 0 {
            out.push(&b[..i]);
        }
        out.reverse();
        return Ok(out);
    };
    if sep.is_empty() {
        return Err(StrError::empty_separator());
    }
    let mut i = b.len();
    while left > 0 {
        match bytes_rsearch(&b[..i], sep) {
            Some(p) => {
                out.push(&b[p + sep.len()..i]);
                i = p;
                left -= 1;
            }
            None => break,
        }
    }
    out.push(&b[..i]);
    out.reverse();
    Ok(out)
}

/// `bytes.splitlines(keepends=False)`: splits at `\n`, `\r` and `\r\n` only.
pub fn bytes_splitlines(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let n = b.len();
    let (mut i, mut j) = (0, 0);
    while i < n {
        while i < n && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if b[i] == b'\r' && i + 1 < n && b[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(&b[j..eol]);
        j = i;
    }
    out
}

/// `bytes.lstrip(chars=None)`; `None` strips ASCII whitespace.
pub fn bytes_lstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let i = match chars {
        None => b.iter().position(|&c| !byte_isspace(c)),
        Some(set) => b.iter().position(|c| !set.contains(c)),
    };
    &b[i.unwrap_or(b.len())..]
}

/// `bytes.rstrip(chars=None)`.
pub fn bytes_rstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let i = match chars {
        None => b.iter().rposition(|&c| !byte_isspace(c)),
        Some(set) => b.iter().rposition(|c| !set.contains(c)),
    };
    &b[..i.map_or(0, |i| i + 1)]
}

/// `bytes.strip(chars=None)`.
pub fn bytes_strip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    bytes_rstrip(bytes_lstrip(b, chars), chars)
}

/// `bytes.removeprefix(prefix)`.
pub fn bytes_removeprefix<'a>(b: &'a [u8], prefix: &[u8]) -> &'a [u8] {
    b.strip_prefix(prefix).unwrap_or(b)
}

/// `bytes.removesuffix(suffix)`.
pub fn bytes_removesuffix<'a>(b: &'a [u8], suffix: &[u8]) -> &'a [u8] {
    b.strip_suffix(suffix).unwrap_or(b)
}

fn bpad(b: &[u8], left: usize, right: usize, fill: u8) -> Result<Vec<u8>, StrError> {
    let size = left
        .checked_add(right)
        .and_then(|n| n.checked_add(b.len()))
        .ok_or(StrError::Memory)?;
    let mut out = vec_with_capacity(size)?;
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(size, fill);
    Ok(out)
}

/// `bytes.center(width, fill=b' ')` (same split of odd padding as `str.center`).
pub fn bytes_center(b: &[u8], width: usize, fill: u8) -> Result<Vec<u8>, StrError> {
    if b.len() >= width {
        return Ok(b.to_vec());
    }
    let marg = width - b.len();
    let left = marg / 2 + (marg & width & 1);
    bpad(b, left, marg - left, fill)
}

/// `bytes.ljust(width, fill=b' ')`.
pub fn bytes_ljust(b: &[u8], width: usize, fill: u8) -> Result<Vec<u8>, StrError> {
    bpad(b, 0, width.saturating_sub(b.len()), fill)
}

/// `bytes.rjust(width, fill=b' ')`.
pub fn bytes_rjust(b: &[u8], width: usize, fill: u8) -> Result<Vec<u8>, StrError> {
    bpad(b, width.saturating_sub(b.len()), 0, fill)
}

/// `bytes.zfill(width)`.
pub fn bytes_zfill(b: &[u8], width: usize) -> Result<Vec<u8>, StrError> {
    if b.len() >= width {
        return Ok(b.to_vec());
    }
    let fill = width - b.len();
    let mut out = bpad(b, fill, 0, b'0')?;
    if let Some(&sign @ (b'+' | b'-')) = b.first() {
        out[0] = sign;
        out[fill] = b'0';
    }
    Ok(out)
}

/// `bytes.expandtabs(tabsize=8)`; the column resets after `\n` and `\r`.
pub fn bytes_expandtabs(b: &[u8], tabsize: isize) -> Result<Vec<u8>, StrError> {
    let overflow = || StrError::Overflow("result too long".to_string());
    let mut size: usize = 0;
    let mut col: usize = 0;
    for &c in b {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize as usize - col % tabsize as usize;
                col += incr;
                size = size.checked_add(incr).ok_or_else(overflow)?;
            }
        } else {
            size += 1;
            col += 1;
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    if size > isize::MAX as usize {
        return Err(overflow());
    }
    let mut out = vec_with_capacity(size)?;
    col = 0;
    for &c in b {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize as usize - col % tabsize as usize;
                col += incr;
                out.resize(out.len() + incr, b' ');
            }
        } else {
            out.push(c);
            col += 1;
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(out)
}

/// `bytes.upper()` (ASCII only).
pub fn bytes_upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}

/// `bytes.lower()` (ASCII only).
pub fn bytes_lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// `bytes.swapcase()` (ASCII only).
pub fn bytes_swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

/// `bytes.title()`: a letter is uppercased after a non-letter, lowercased after a letter.
pub fn bytes_title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let cased = c.is_ascii_alphabetic();
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = cased;
            r
        })
        .collect()
}

/// `bytes.capitalize()`: first byte uppercased, the rest lowercased.
pub fn bytes_capitalize(b: &[u8]) -> Vec<u8> {
    let mut out = b.to_ascii_lowercase();
    if let Some(first) = out.first_mut() {
        first.make_ascii_uppercase();
    }
    out
}

fn all_nonempty(b: &[u8], f: impl Fn(u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(|&c| f(c))
}

/// `bytes.isalpha()`.
pub fn bytes_isalpha(b: &[u8]) -> bool {
    all_nonempty(b, |c| c.is_ascii_alphabetic())
}

/// `bytes.isdigit()`.
pub fn bytes_isdigit(b: &[u8]) -> bool {
    all_nonempty(b, |c| c.is_ascii_digit())
}

/// `bytes.isalnum()`.
pub fn bytes_isalnum(b: &[u8]) -> bool {
    all_nonempty(b, |c| c.is_ascii_alphanumeric())
}

/// `bytes.isspace()`.
pub fn bytes_isspace(b: &[u8]) -> bool {
    all_nonempty(b, byte_isspace)
}

/// `bytes.isascii()` (true when empty).
pub fn bytes_isascii(b: &[u8]) -> bool {
    b.is_ascii()
}

/// `bytes.islower()`: some lowercase letter and no uppercase one.
pub fn bytes_islower(b: &[u8]) -> bool {
    !b.iter().any(|c| c.is_ascii_uppercase()) && b.iter().any(|c| c.is_ascii_lowercase())
}

/// `bytes.isupper()`: some uppercase letter and no lowercase one.
pub fn bytes_isupper(b: &[u8]) -> bool {
    !b.iter().any(|c| c.is_ascii_lowercase()) && b.iter().any(|c| c.is_ascii_uppercase())
}

/// `bytes.istitle()`.
pub fn bytes_istitle(b: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `bytes.hex(sep=None, bytes_per_sep=1)`: `sep` must be one ASCII character;
/// groups of `bytes_per_sep` are counted from the right, or from the left when
/// it is negative (`b'\x01\x02\x03'.hex(':', 2) == '01:0203'`).
pub fn bytes_hex(b: &[u8], sep: Option<&str>, bytes_per_sep: isize) -> Result<String, StrError> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let sep = match sep {
        None => None,
        Some(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) if c.is_ascii() => Some(c),
                (Some(_), None) => return Err(StrError::Value("sep must be ASCII.".to_string())),
                _ => return Err(StrError::Value("sep must be length 1.".to_string())),
            }
        }
    };
    let group = bytes_per_sep.unsigned_abs();
    let sep = if group == 0 { None } else { sep };
    let n_seps = match sep {
        Some(_) if !b.is_empty() => (b.len() - 1) / group,
        _ => 0,
    };
    let mut out = String::new();
    let size = b
        .len()
        .checked_mul(2)
        .and_then(|n| n.checked_add(n_seps))
        .ok_or(StrError::Memory)?;
    out.try_reserve_exact(size).map_err(|_| StrError::Memory)?;
    for (i, &c) in b.iter().enumerate() {
        if let Some(sep) = sep {
            if i > 0 {
                // Position of this byte counted from the grouping origin.
                let k = if bytes_per_sep > 0 { b.len() - i } else { i };
                if k % group == 0 {
                    out.push(sep);
                }
            }
        }
        out.push(HEX[(c >> 4) as usize] as char);
        out.push(HEX[(c & 15) as usize] as char);
    }
    Ok(out)
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs.
/// Errors as CPython: "non-hexadecimal number found in fromhex() arg at position N"
/// (N a code-point index).
pub fn bytes_fromhex(s: &str) -> Result<Vec<u8>, StrError> {
    let err = |pos: usize| {
        StrError::Value(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    if let Some(p) = s.bytes().position(|c| !c.is_ascii()) {
        return Err(err(p));
    }
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).and_then(|&c| (c as char).to_digit(16));
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if byte_isspace(b[i]) {
            i += 1;
            continue;
        }
        let hi = digit(i).ok_or_else(|| err(i))?;
        let lo = digit(i + 1).ok_or_else(|| err(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}
