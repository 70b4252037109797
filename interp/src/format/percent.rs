//! The `%` operator (`printf`-style formatting): template parsing and the
//! rendering of one conversion whose argument the caller has already
//! fetched and converted.

use super::floatfmt::{dtoa_format, DtoaOpts, Mode, MAX_PRECISION};
use super::number::char_from_code;
use super::{alloc_string, push_repeat, value_err, FormatError};
use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

/// A width or precision in a `%` conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentWidth {
    None,
    /// `*`: taken from the next argument.
    Star,
    Value(usize),
}

/// One `%` conversion.  The caller resolves `Star` widths from the argument
/// list: a negative `*` width means width `-w` with `flags_left` set, and a
/// negative `*` precision means precision 0 (CPython's rules); an argument
/// that is not an int is `TypeError("* wants int")`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(key)s`
    pub key: Option<String>,
    /// `-`
    pub flags_left: bool,
    /// `+`
    pub flags_plus: bool,
    /// ` `
    pub flags_space: bool,
    /// `#`
    pub flags_alt: bool,
    /// `0`
    pub flags_zero: bool,
    pub width: PercentWidth,
    pub precision: PercentWidth,
    /// One of `d i u o x X e E f F g G c r s a`.
    pub conv: char,
}

/// A piece of a `%` template, as the whole-template parse (tests) returns it; formatting
/// streams the template with [`next_percent_piece`].
#[cfg(test)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    /// Literal text (with `%%` already turned into `%`).
    Literal(String),
    Spec(PercentSpec),
}

/// Parse a `%` template.  Errors: "incomplete format", "incomplete format
/// key", "width too big", "precision too big", "unsupported format character
/// 'y' (0x79) at index 3".
#[cfg(test)]
pub fn parse_percent(template: &str) -> Result<Vec<PercentPiece>, FormatError> {
    match parse_percent_partial(template) {
        (pieces, None) => Ok(pieces),
        (_, Some(err)) => Err(err),
    }
}

/// One piece of a `%` template, borrowed from it (see [`next_percent_piece`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentToken<'a> {
    /// Literal text; a `%%` is its own one-character piece `"%"`.
    Literal(&'a str),
    Spec(PercentSpec),
    /// A conversion with an unsupported conversion character (`spec.conv`), and the
    /// error it raises.  CPython resolves its key, `*` arguments and argument
    /// first (with no argument left it reports "not enough arguments for format
    /// string" instead), then raises the error.
    Unsupported(PercentSpec, FormatError),
}

/// The piece of `template` that starts at byte offset `*pos`, moving `*pos`
/// past it; `None` at the end.  A parse error ends the template (callers stop
/// there): rendering piece by piece in the order they come gives CPython's
/// error order (see [`parse_percent_partial`]) without building a list.
pub fn next_percent_piece<'a>(
    template: &'a str,
    pos: &mut usize,
) -> Option<Result<PercentToken<'a>, FormatError>> {
    let b = template.as_bytes();
    let start = *pos;
    let first = *b.get(start)?;
    if first != b'%' {
        let end = b
            .get(start..)
            .and_then(|rest| rest.iter().position(|&c| c == b'%'))
            .map_or(b.len(), |i| start + i);
        *pos = end;
        return Some(Ok(PercentToken::Literal(
            template.get(start..end).unwrap_or(""),
        )));
    }
    if b.get(start + 1) == Some(&b'%') {
        *pos = start + 2;
        return Some(Ok(PercentToken::Literal("%")));
    }
    *pos = start + 1;
    Some(match parse_one(template, pos) {
        Ok((spec, None)) => Ok(PercentToken::Spec(spec)),
        Ok((spec, Some(e))) => {
            *pos = b.len();
            Ok(PercentToken::Unsupported(spec, e))
        }
        Err(e) => {
            *pos = b.len();
            Err(e)
        }
    })
}

/// Parse a `%` template up to its first error: the pieces before the error,
/// and the error.  CPython formats conversions one at a time, so an error in
/// an argument (say "not enough arguments for format string") raised by an
/// earlier piece wins over a template error further on; a caller that wants
/// that order renders `pieces` first, then raises the error.  (For an
/// "unsupported format character" error CPython fetches that conversion's
/// argument before complaining, so with no argument left it reports "not
/// enough arguments for format string" instead.)
#[cfg(test)]
pub fn parse_percent_partial(template: &str) -> (Vec<PercentPiece>, Option<FormatError>) {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut pos = 0;
    while let Some(piece) = next_percent_piece(template, &mut pos) {
        match piece {
            Ok(PercentToken::Literal(t)) => literal.push_str(t),
            Ok(PercentToken::Spec(spec)) => {
                if !literal.is_empty() {
                    pieces.push(PercentPiece::Literal(std::mem::take(&mut literal)));
                }
                pieces.push(PercentPiece::Spec(spec));
            }
            Ok(PercentToken::Unsupported(_, e)) | Err(e) => {
                if !literal.is_empty() {
                    pieces.push(PercentPiece::Literal(literal));
                }
                return (pieces, Some(e));
            }
        }
    }
    if !literal.is_empty() {
        pieces.push(PercentPiece::Literal(literal));
    }
    (pieces, None)
}

/// Parse one conversion; `pos` is the byte offset just past the `%` (every
/// byte the grammar consumes is ASCII, so offsets stay on char boundaries).
/// An unsupported conversion character comes back with the spec and its error.
fn parse_one(t: &str, pos: &mut usize) -> Result<(PercentSpec, Option<FormatError>), FormatError> {
    let b = t.as_bytes();
    let incomplete = || FormatError::Value("incomplete format".to_string());
    let mut spec = PercentSpec {
        key: None,
        flags_left: false,
        flags_plus: false,
        flags_space: false,
        flags_alt: false,
        flags_zero: false,
        width: PercentWidth::None,
        precision: PercentWidth::None,
        conv: '\0',
    };
    if b.get(*pos) == Some(&b'(') {
        *pos += 1;
        let start = *pos;
        let mut depth = 1;
        while depth > 0 {
            match b.get(*pos) {
                None => return value_err("incomplete format key"),
                Some(b')') => depth -= 1,
                Some(b'(') => depth += 1,
                Some(_) => {}
            }
            *pos += 1;
        }
        spec.key = Some(t.get(start..*pos - 1).unwrap_or("").to_string());
    }
    while let Some(&c) = b.get(*pos) {
        match c {
            b'-' => spec.flags_left = true,
            b'+' => spec.flags_plus = true,
            b' ' => spec.flags_space = true,
            b'#' => spec.flags_alt = true,
            b'0' => spec.flags_zero = true,
            _ => break,
        }
        *pos += 1;
    }
    if b.get(*pos) == Some(&b'*') {
        spec.width = PercentWidth::Star;
        *pos += 1;
    } else if let Some(w) = read_number(b, pos, i64::MAX as u64, "width too big")? {
        spec.width = PercentWidth::Value(w);
    }
    if b.get(*pos) == Some(&b'.') {
        *pos += 1;
        spec.precision = PercentWidth::Value(0);
        if b.get(*pos) == Some(&b'*') {
            spec.precision = PercentWidth::Star;
            *pos += 1;
        } else if let Some(p) = read_number(b, pos, i32::MAX as u64, "precision too big")? {
            spec.precision = PercentWidth::Value(p);
        }
    }
    // Length modifiers are accepted and ignored: "%ld", "%hd", "%Ld".
    if matches!(b.get(*pos), Some(b'h' | b'l' | b'L')) {
        *pos += 1;
    }
    let conv = t
        .get(*pos..)
        .and_then(|rest| rest.chars().next())
        .ok_or_else(incomplete)?;
    if !matches!(
        conv,
        'd' | 'i'
            | 'u'
            | 'o'
            | 'x'
            | 'X'
            | 'e'
            | 'E'
            | 'f'
            | 'F'
            | 'g'
            | 'G'
            | 'c'
            | 'r'
            | 's'
            | 'a'
    ) {
        let shown = if (31..=126).contains(&(conv as u32)) {
            conv
        } else {
            '?'
        };
        // The index is in code points.
        let index = t.get(..*pos).map_or(0, |head| head.chars().count());
        spec.conv = conv;
        let e = FormatError::Value(format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            shown, conv as u32, index
        ));
        return Ok((spec, Some(e)));
    }
    *pos += 1;
    spec.conv = conv;
    Ok((spec, None))
}

/// Read ASCII digits; `None` if there are none.
fn read_number(
    b: &[u8],
    pos: &mut usize,
    max: u64,
    too_big: &str,
) -> Result<Option<usize>, FormatError> {
    let mut acc: u64 = 0;
    let mut any = false;
    while let Some(&c) = b.get(*pos).filter(|c| c.is_ascii_digit()) {
        let d = u64::from(c - b'0');
        if acc > (max - d) / 10 {
            return value_err(too_big);
        }
        acc = acc * 10 + d;
        any = true;
        *pos += 1;
    }
    Ok(any.then(|| usize::try_from(acc).unwrap_or(usize::MAX)))
}

/// Pad a number's text: `sign`, `prefix` and `body` are written per the
/// flags (CPython's `unicode_format_arg_output` for numbers).
fn pad_number(
    sign: Option<char>,
    prefix: &str,
    body: &str,
    spec: &PercentSpec,
    width: Option<usize>,
) -> Result<String, FormatError> {
    let len = sign.is_some() as usize + prefix.len() + body.chars().count();
    let pad = width.unwrap_or(0).saturating_sub(len);
    let mut out = alloc_string(pad.checked_add(len + 8).ok_or(FormatError::Memory)?)?;
    let zero = spec.flags_zero && !spec.flags_left;
    if !spec.flags_left && !zero {
        push_repeat(&mut out, ' ', pad)?;
    }
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(prefix);
    if zero {
        push_repeat(&mut out, '0', pad)?;
    }
    out.push_str(body);
    if spec.flags_left {
        push_repeat(&mut out, ' ', pad)?;
    }
    Ok(out)
}

fn sign_for(negative: bool, spec: &PercentSpec) -> Option<char> {
    if negative {
        Some('-')
    } else if spec.flags_plus {
        Some('+')
    } else if spec.flags_space {
        Some(' ')
    } else {
        None
    }
}

/// Render an int for `%d %i %u %o %x %X` (`width` / `precision` resolved).
/// The precision is a minimum number of digits.  Any other conversion gives
/// a `ValueError`.
pub fn percent_int(
    v: &BigInt,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, FormatError> {
    if let Some(small) = v.to_i64() {
        return percent_i64(small, spec, width, precision);
    }
    let base = int_base(spec)?;
    let digits = v.magnitude().to_str_radix(base);
    percent_int_digits(v.sign() == BigSign::Minus, digits, spec, width, precision)
}

/// [`percent_int`] for an int that fits in `i64`.
pub fn percent_i64(
    v: i64,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, FormatError> {
    let base = int_base(spec)?;
    let m = v.unsigned_abs();
    let digits = match base {
        8 => format!("{:o}", m),
        16 => format!("{:x}", m),
        _ => m.to_string(),
    };
    percent_int_digits(v < 0, digits, spec, width, precision)
}

/// The radix of an integer conversion.
fn int_base(spec: &PercentSpec) -> Result<u32, FormatError> {
    match spec.conv {
        'd' | 'i' | 'u' => Ok(10),
        'o' => Ok(8),
        'x' | 'X' => Ok(16),
        c => value_err(format!("percent_int: '{}' is not an integer conversion", c)),
    }
}

/// Lay out an int conversion from the digits of its absolute value.
fn percent_int_digits(
    negative: bool,
    mut digits: String,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, FormatError> {
    let prefix = match spec.conv {
        'o' if spec.flags_alt => "0o",
        'x' if spec.flags_alt => "0x",
        'X' if spec.flags_alt => "0X",
        _ => "",
    };
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let prec = precision.unwrap_or(0);
    let sign = sign_for(negative, spec);
    if width.is_none() && prefix.is_empty() && prec <= digits.len() {
        // Nothing to pad: the digits with their sign.
        if let Some(s) = sign {
            digits.insert(0, s);
        }
        return Ok(digits);
    }
    let body = if prec > digits.len() {
        let mut b = alloc_string(prec)?;
        push_repeat(&mut b, '0', prec - digits.len())?;
        b.push_str(&digits);
        b
    } else {
        digits
    };
    pad_number(sign, prefix, &body, spec, width)
}

/// Render a float for `%e %E %f %F %g %G` (`width` / `precision` resolved;
/// the precision defaults to 6 and is clamped to `i32::MAX`).
pub fn percent_float(
    x: f64,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, FormatError> {
    let mode = match spec.conv {
        'e' | 'E' => Mode::Exp,
        'f' | 'F' => Mode::Fixed,
        'g' | 'G' => Mode::General,
        c => return value_err(format!("percent_float: '{}' is not a float conversion", c)),
    };
    let mut o = DtoaOpts::new(mode, precision.unwrap_or(6).min(MAX_PRECISION));
    o.upper = spec.conv.is_ascii_uppercase();
    o.alt = spec.flags_alt;
    let text = dtoa_format(x, &o)?;
    if width.is_none() && !spec.flags_plus && !spec.flags_space {
        // Nothing to pad and no sign to add: the text as it is.
        return Ok(text);
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    pad_number(sign_for(negative, spec), "", body, spec, width)
}

/// Render already-converted text for `%s %r %a` (truncated to `precision`
/// characters) or `%c` (never truncated), padded with spaces to `width`.
/// If the padding cannot be allocated, the unpadded text is returned; see
/// [`percent_str_checked`].
pub fn percent_str(
    s: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    percent_str_checked(s, spec, width, precision).unwrap_or_else(|_| s.to_string())
}

/// [`percent_str`] reporting a failed allocation as `MemoryError`.
pub fn percent_str_checked(
    s: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, FormatError> {
    let (text, len) = match precision {
        Some(p) if spec.conv != 'c' => match s.char_indices().nth(p) {
            Some((cut, _)) => (&s[..cut], p),
            None => (s, s.chars().count()),
        },
        _ => (s, s.chars().count()),
    };
    let pad = width.unwrap_or(0).saturating_sub(len);
    let mut out = alloc_string(pad.checked_add(text.len()).ok_or(FormatError::Memory)?)?;
    if !spec.flags_left {
        push_repeat(&mut out, ' ', pad)?;
    }
    out.push_str(text);
    if spec.flags_left {
        push_repeat(&mut out, ' ', pad)?;
    }
    Ok(out)
}

/// The character for `'%c' % v` with an int argument, or CPython's
/// `OverflowError("%c arg not in range(0x110000)")`.  (A str argument must
/// be exactly one character: the caller's `TypeError("%c requires int or
/// char")`.)
pub fn percent_char_from_int(v: &BigInt) -> Result<char, FormatError> {
    char_from_code(v.to_i64().unwrap_or(-1))
}
