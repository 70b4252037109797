//! The format-spec mini-language (`[[fill]align][sign][z][#][0][width]
//! [grouping][.precision][type]`) and the padding / digit-grouping layout
//! shared by the int and float formatters.

use super::unicode::decimal_digit_value;
use super::{alloc_string, push_repeat, value_err, FormatError};

/// Alignment: `<`, `>`, `^`, `=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    /// `=`: padding goes between the sign (and prefix) and the digits.
    AfterSign,
}

/// Sign option: `-`, `+`, ` `.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    Minus,
    Plus,
    Space,
}

/// A parsed format spec.  When `zero_pad` is set (a `0` before the width
/// with no explicit fill), the parser has already set `fill` to `'0'`;
/// `zero_pad` then only decides the default alignment (`=` for numbers).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to positive zero (floats only).
    pub no_neg_zero: bool,
    /// `#`
    pub alternate: bool,
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `,` or `_`
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> FormatSpec {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Parse a format spec.  The one error whose message names the object's type
/// ("Invalid format specifier ... for object of type ...") names it `object`
/// here; use [`parse_format_spec_for`] to get the exact message.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, FormatError> {
    parse_format_spec_for(spec, "object")
}

/// Parse a format spec for an object of type `type_name` (used in the
/// "Invalid format specifier" message).  Checks that depend on the
/// presentation type's default ("Cannot specify ',' with 's'.") are made by
/// the `format_*` functions, which run them first, so the error order is
/// CPython's.
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    // Specs are short: decode them onto the stack.
    let mut small = ['\0'; 24];
    let heap: Vec<char>;
    let chars: &[char] = if spec.len() <= small.len() {
        let mut n = 0;
        for (slot, c) in small.iter_mut().zip(spec.chars()) {
            *slot = c;
            n += 1;
        }
        &small[..n]
    } else {
        heap = spec.chars().collect();
        &heap
    };
    let n = chars.len();
    let mut pos = 0;
    let mut f = FormatSpec::default();
    let mut fill_specified = false;

    if n >= 2 {
        if let Some(a) = align_of(chars[1]) {
            f.fill = chars[0];
            f.align = Some(a);
            fill_specified = true;
            pos = 2;
        }
    }
    if pos == 0 && n >= 1 {
        if let Some(a) = align_of(chars[0]) {
            f.align = Some(a);
            pos = 1;
        }
    }
    if pos < n {
        let s = match chars[pos] {
            '+' => Some(Sign::Plus),
            '-' => Some(Sign::Minus),
            ' ' => Some(Sign::Space),
            _ => None,
        };
        if s.is_some() {
            f.sign = s;
            pos += 1;
        }
    }
    if pos < n && chars[pos] == 'z' {
        f.no_neg_zero = true;
        pos += 1;
    }
    if pos < n && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < n && chars[pos] == '0' {
        f.fill = '0';
        f.zero_pad = true;
        pos += 1;
    }
    let (width, consumed) = parse_decimal(chars, &mut pos)?;
    if consumed > 0 {
        f.width = Some(width);
    }
    if pos < n && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < n && chars[pos] == '_' {
        if f.grouping.is_some() {
            return value_err("Cannot specify both ',' and '_'.");
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < n && chars[pos] == ',' && f.grouping == Some('_') {
        return value_err("Cannot specify both ',' and '_'.");
    }
    if pos < n && chars[pos] == '.' {
        pos += 1;
        let (prec, consumed) = parse_decimal(chars, &mut pos)?;
        if consumed == 0 {
            return value_err("Format specifier missing precision");
        }
        f.precision = Some(prec);
    }
    if n - pos > 1 {
        return value_err(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        ));
    }
    if n - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    Ok(f)
}

/// Read Unicode decimal digits at `pos`; returns (value, digits consumed).
fn parse_decimal(chars: &[char], pos: &mut usize) -> Result<(usize, usize), FormatError> {
    let mut acc: u64 = 0;
    let mut count = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_digit_value(c)) {
        let d = u64::from(d);
        if acc > (i64::MAX as u64 - d) / 10 {
            return value_err("Too many decimal digits in format string");
        }
        acc = acc * 10 + d;
        *pos += 1;
        count += 1;
    }
    Ok((usize::try_from(acc).unwrap_or(usize::MAX), count))
}

/// How CPython shows a presentation type in messages: the character if it is
/// printable ASCII, else `\x` and lowercase hex.
pub(crate) fn show_code(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", cp)
    }
}

/// The grouping check CPython makes while parsing, against the effective
/// presentation type (`'\0'` for none).  Returns the group size.
pub(crate) fn check_grouping(
    spec: &FormatSpec,
    ty: char,
) -> Result<Option<(char, usize)>, FormatError> {
    let Some(sep) = spec.grouping else {
        return Ok(None);
    };
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(Some((sep, 3))),
        'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(Some((sep, 4))),
        _ => value_err(format!(
            "Cannot specify '{}' with '{}'.",
            sep,
            show_code(ty)
        )),
    }
}

pub(crate) fn unknown_code<T>(ty: char, type_name: &str) -> Result<T, FormatError> {
    value_err(format!(
        "Unknown format code '{}' for object of type '{}'",
        show_code(ty),
        type_name
    ))
}

/// The pieces of a formatted number, before padding:
/// `[sign][prefix][digits][.][remainder]`, where only `digits` is grouped.
pub(crate) struct NumberParts<'a> {
    pub negative: bool,
    pub prefix: &'a str,
    pub digits: &'a str,
    pub has_decimal: bool,
    pub remainder: &'a str,
}

/// Insert separators into `digits` (ASCII, non-empty) every `size` digits
/// from the right, padding with leading zeros until the result is at least
/// `min_width` long (CPython's `_PyUnicode_InsertThousandsGrouping`).  A
/// separator is never left dangling, so the result can exceed `min_width` by
/// one (`format(123, '04,')` is `'0,123'`).
fn group_digits(
    digits: &str,
    grouping: Option<(char, usize)>,
    min_width: i64,
) -> Result<String, FormatError> {
    let d = digits.len() as i64;
    // Number of digit positions (digits plus leading zeros).
    let positions = match grouping {
        None => d.max(min_width).max(1),
        Some((_, size)) => {
            let g = size as i64;
            let width_of = |t: i64| t.saturating_add((t - 1) / g);
            // width_of(t) ~ t * (g + 1) / g: start just below the answer.
            let guess = (i128::from(min_width) * i128::from(g) / i128::from(g + 1)) as i64;
            let mut t = d.max(guess - 2).max(1);
            while width_of(t) < min_width {
                t += 1;
            }
            t
        }
    };
    let zeros = (positions - d) as usize;
    let seps = match grouping {
        Some((_, size)) => ((positions - 1) / size as i64) as usize,
        None => 0,
    };
    let sep = grouping.map(|g| g.0).unwrap_or(',');
    let mut out = alloc_string(
        (positions as usize)
            .checked_add(seps.saturating_mul(sep.len_utf8()))
            .ok_or(FormatError::Memory)?,
    )?;
    let size = grouping.map(|g| g.1).unwrap_or(0);
    let positions = positions as usize;
    let all = std::iter::repeat_n(b'0', zeros).chain(digits.bytes());
    for (i, b) in all.enumerate() {
        if size > 0 && i > 0 && (positions - i).is_multiple_of(size) {
            out.push(sep);
        }
        out.push(b as char);
    }
    Ok(out)
}

/// Lay out a number per the spec's fill, alignment, sign and width
/// (CPython's `calc_number_widths` + `fill_number`).
pub(crate) fn layout_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    grouping: Option<(char, usize)>,
) -> Result<String, FormatError> {
    let sign = match (parts.negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Some(Sign::Plus)) => Some('+'),
        (false, Some(Sign::Space)) => Some(' '),
        (false, _) => None,
    };
    let align = spec.align.unwrap_or(if spec.zero_pad {
        Align::AfterSign
    } else {
        Align::Right
    });
    let non_digit = sign.is_some() as i64
        + parts.prefix.chars().count() as i64
        + parts.has_decimal as i64
        + parts.remainder.chars().count() as i64;
    let width = spec
        .width
        .map(|w| i64::try_from(w).unwrap_or(i64::MAX))
        .unwrap_or(-1);
    let min_width = if spec.fill == '0' && align == Align::AfterSign {
        width - non_digit
    } else {
        0
    };
    let grouped: std::borrow::Cow<'_, str> =
        if grouping.is_none() && parts.digits.len() as i64 >= min_width {
            // No separators and no leading zeros: the digits as they are.
            std::borrow::Cow::Borrowed(parts.digits)
        } else if parts.digits.is_empty() {
            std::borrow::Cow::Borrowed("")
        } else {
            std::borrow::Cow::Owned(group_digits(parts.digits, grouping, min_width)?)
        };
    let used = non_digit + grouped.chars().count() as i64;
    let padding = usize::try_from(width.saturating_sub(used)).unwrap_or(0);
    let (lpad, spad, rpad) = match align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    let fill_len = spec.fill.len_utf8();
    let cap = padding
        .checked_mul(fill_len)
        .and_then(|p| p.checked_add(used as usize + 8))
        .ok_or(FormatError::Memory)?;
    let mut out = alloc_string(cap)?;
    push_repeat(&mut out, spec.fill, lpad)?;
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    push_repeat(&mut out, spec.fill, spad)?;
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_repeat(&mut out, spec.fill, rpad)?;
    Ok(out)
}

/// Pad `s` (of `len` chars) to `width` with `fill` (CPython's
/// `calc_padding`, used for strings).
pub(crate) fn pad_str(
    s: &str,
    len: usize,
    width: usize,
    align: Align,
    fill: char,
) -> Result<String, FormatError> {
    let padding = width.saturating_sub(len);
    let lpad = match align {
        Align::Right => padding,
        Align::Center => padding / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let rpad = padding - lpad;
    let cap = padding
        .checked_mul(fill.len_utf8())
        .and_then(|p| p.checked_add(s.len()))
        .ok_or(FormatError::Memory)?;
    let mut out = alloc_string(cap)?;
    push_repeat(&mut out, fill, lpad)?;
    out.push_str(s);
    push_repeat(&mut out, fill, rpad)?;
    Ok(out)
}
