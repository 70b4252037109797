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

/// A piece of a `%` template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    /// Literal text (with `%%` already turned into `%`).
    Literal(String),
    Spec(PercentSpec),
}

/// Parse a `%` template.  Errors: "incomplete format", "incomplete format
/// key", "width too big", "precision too big", "unsupported format character
/// 'y' (0x79) at index 3".
pub fn parse_percent(template: &str) -> Result<Vec<PercentPiece>, FormatError> {
    match parse_percent_partial(template) {
        (pieces, None) => Ok(pieces),
        (_, Some(err)) => Err(err),
    }
}

/// Parse a `%` template up to its first error: the pieces before the error,
/// and the error.  CPython formats conversions one at a time, so an error in
/// an argument (say "not enough arguments for format string") raised by an
/// earlier piece wins over a template error further on; a caller that wants
/// that order renders `pieces` first, then raises the error.  (For an
/// "unsupported format character" error CPython fetches that conversion's
/// argument before complaining, so with no argument left it reports "not
/// enough arguments for format string" instead.)
pub fn parse_percent_partial(template: &str) -> (Vec<PercentPiece>, Option<FormatError>) {
    let chars: Vec<char> = template.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        if c != '%' {
            literal.push(c);
            continue;
        }
        if chars.get(pos) == Some(&'%') {
            literal.push('%');
            pos += 1;
            continue;
        }
        match parse_one(&chars, &mut pos) {
            Ok(spec) => {
                if !literal.is_empty() {
                    pieces.push(PercentPiece::Literal(std::mem::take(&mut literal)));
                }
                pieces.push(PercentPiece::Spec(spec));
            }
            Err(e) => {
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

/// Parse one conversion; `pos` is just past the `%`.
fn parse_one(chars: &[char], pos: &mut usize) -> Result<PercentSpec, FormatError> {
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
    if chars.get(*pos) == Some(&'(') {
        *pos += 1;
        let start = *pos;
        let mut depth = 1;
        while depth > 0 {
            match chars.get(*pos) {
                None => return value_err("incomplete format key"),
                Some(')') => depth -= 1,
                Some('(') => depth += 1,
                Some(_) => {}
            }
            *pos += 1;
        }
        spec.key = Some(chars[start..*pos - 1].iter().collect());
    }
    while let Some(&c) = chars.get(*pos) {
        match c {
            '-' => spec.flags_left = true,
            '+' => spec.flags_plus = true,
            ' ' => spec.flags_space = true,
            '#' => spec.flags_alt = true,
            '0' => spec.flags_zero = true,
            _ => break,
        }
        *pos += 1;
    }
    if chars.get(*pos) == Some(&'*') {
        spec.width = PercentWidth::Star;
        *pos += 1;
    } else if let Some(w) = read_number(chars, pos, i64::MAX as u64, "width too big")? {
        spec.width = PercentWidth::Value(w);
    }
    if chars.get(*pos) == Some(&'.') {
        *pos += 1;
        spec.precision = PercentWidth::Value(0);
        if chars.get(*pos) == Some(&'*') {
            spec.precision = PercentWidth::Star;
            *pos += 1;
        } else if let Some(p) = read_number(chars, pos, i32::MAX as u64, "precision too big")? {
            spec.precision = PercentWidth::Value(p);
        }
    }
    // Length modifiers are accepted and ignored: "%ld", "%hd", "%Ld".
    if matches!(chars.get(*pos), Some('h' | 'l' | 'L')) {
        *pos += 1;
    }
    let conv = *chars.get(*pos).ok_or_else(incomplete)?;
    *pos += 1;
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
        return value_err(format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            shown,
            conv as u32,
            *pos - 1
        ));
    }
    spec.conv = conv;
    Ok(spec)
}

/// Read ASCII digits; `None` if there are none.
fn read_number(
    chars: &[char],
    pos: &mut usize,
    max: u64,
    too_big: &str,
) -> Result<Option<usize>, FormatError> {
    let mut acc: u64 = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let d = u64::from(d);
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
    let (base, prefix) = match spec.conv {
        'd' | 'i' | 'u' => (10, ""),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        c => return value_err(format!("percent_int: '{}' is not an integer conversion", c)),
    };
    let prefix = if spec.flags_alt { prefix } else { "" };
    let mut digits = match v.to_u64() {
        Some(m) => match base {
            8 => format!("{:o}", m),
            16 => format!("{:x}", m),
            _ => m.to_string(),
        },
        None => v.magnitude().to_str_radix(base),
    };
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let prec = precision.unwrap_or(0);
    let body = if prec > digits.len() {
        let mut b = alloc_string(prec)?;
        push_repeat(&mut b, '0', prec - digits.len())?;
        b.push_str(&digits);
        b
    } else {
        digits
    };
    let sign = sign_for(v.sign() == BigSign::Minus, spec);
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
