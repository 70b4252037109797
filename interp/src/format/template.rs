//! `str.format` template parsing: literal text, `{{` / `}}` escapes and
//! replacement fields `{name!conv:spec}`.

use super::unicode::decimal_digit_value;
use super::{value_err, FormatError};

/// The first part of a field name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldFirst {
    /// `{}`: the next automatic index (see [`AutoNumber`]).
    Auto,
    /// `{0}`: a positional argument.
    Index(usize),
    /// `{name}`: a keyword argument.
    Name(String),
}

/// One `.attr` or `[key]` after the first part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldAccess {
    Attr(String),
    /// `[3]`: an integer key (written in decimal digits).
    Index(usize),
    /// `[key]`: a string key.
    Key(String),
}

/// A parsed field name such as `0.real[key]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldName {
    pub first: FieldFirst,
    pub rest: Vec<FieldAccess>,
}

/// A piece of a `str.format` template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FmtPiece {
    /// Literal text, escapes already resolved.
    Literal(String),
    /// A replacement field.  `spec` is raw text that may itself contain
    /// `{fields}`: the caller expands it with this same parser (sharing its
    /// [`AutoNumber`]; CPython allows one level of nesting and raises
    /// `ValueError("Max string recursion exceeded")` beyond).
    Field {
        name: FieldName,
        conversion: Option<char>,
        spec: String,
    },
}

/// Parse a whole template; conversions are checked ("Unknown conversion
/// specifier x").
pub fn parse_format_template(t: &str) -> Result<Vec<FmtPiece>, FormatError> {
    let (pieces, err) = parse_format_template_partial(t);
    if let Some(e) = err {
        return Err(e);
    }
    for p in &pieces {
        if let FmtPiece::Field {
            conversion: Some(c),
            ..
        } = p
        {
            check_conversion(*c)?;
        }
    }
    Ok(pieces)
}

/// Parse a template up to its first syntax error, returning the pieces
/// before it and the error.  Conversions are not checked here: CPython
/// renders fields one by one, looking up each field's object before
/// checking its conversion, so a caller that wants CPython's exact error
/// order renders the pieces in turn, calls [`check_conversion`] after
/// resolving each field, and raises the trailing error at the end.
pub fn parse_format_template_partial(t: &str) -> (Vec<FmtPiece>, Option<FormatError>) {
    let chars: Vec<char> = t.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut pos = 0;
    let n = chars.len();
    let flush = |literal: &mut String, pieces: &mut Vec<FmtPiece>| {
        if !literal.is_empty() {
            pieces.push(FmtPiece::Literal(std::mem::take(literal)));
        }
    };
    while pos < n {
        let c = chars[pos];
        pos += 1;
        match c {
            '{' | '}' if chars.get(pos) == Some(&c) => {
                literal.push(c);
                pos += 1;
            }
            '}' => {
                flush(&mut literal, &mut pieces);
                return (
                    pieces,
                    Some(FormatError::Value(
                        "Single '}' encountered in format string".to_string(),
                    )),
                );
            }
            '{' => {
                if pos >= n {
                    flush(&mut literal, &mut pieces);
                    return (
                        pieces,
                        Some(FormatError::Value(
                            "Single '{' encountered in format string".to_string(),
                        )),
                    );
                }
                match parse_field(&chars, &mut pos) {
                    Ok(field) => {
                        flush(&mut literal, &mut pieces);
                        pieces.push(field);
                    }
                    Err(e) => {
                        flush(&mut literal, &mut pieces);
                        return (pieces, Some(e));
                    }
                }
            }
            _ => literal.push(c),
        }
    }
    flush(&mut literal, &mut pieces);
    (pieces, None)
}

/// Parse `name[!conv][:spec]}`; `pos` is just past the `{`.
fn parse_field(chars: &[char], pos: &mut usize) -> Result<FmtPiece, FormatError> {
    let n = chars.len();
    let name_start = *pos;
    let mut term = None;
    while *pos < n {
        let c = chars[*pos];
        *pos += 1;
        match c {
            '{' => return value_err("unexpected '{' in field name"),
            '[' => {
                while *pos < n && chars[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => {
                term = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(term) = term else {
        return value_err("expected '}' before end of string");
    };
    let name_text: String = chars[name_start..*pos - 1].iter().collect();
    let mut conversion = None;
    let mut spec = String::new();
    let mut needs_spec = term == ':';
    if term == '!' {
        let Some(&conv) = chars.get(*pos) else {
            return value_err("end of string while looking for conversion specifier");
        };
        *pos += 1;
        conversion = Some(conv);
        match chars.get(*pos) {
            Some('}') => *pos += 1,
            Some(':') => {
                *pos += 1;
                needs_spec = true;
            }
            Some(_) => return value_err("expected ':' after conversion specifier"),
            // End of string: falls through to the "unmatched" error below.
            None => needs_spec = true,
        }
    }
    if needs_spec {
        let start = *pos;
        let mut depth = 1;
        loop {
            let Some(&c) = chars.get(*pos) else {
                return value_err("unmatched '{' in format spec");
            };
            *pos += 1;
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
        }
        spec = chars[start..*pos - 1].iter().collect();
    }
    Ok(FmtPiece::Field {
        name: parse_field_name(&name_text)?,
        conversion,
        spec,
    })
}

/// CPython's `get_integer` on a field-name part: `Ok(None)` if it is empty
/// or not all decimal digits (any Unicode Nd digits count).
fn field_integer(s: &str) -> Result<Option<usize>, FormatError> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: u64 = 0;
    for c in s.chars() {
        let Some(d) = decimal_digit_value(c) else {
            return Ok(None);
        };
        let d = u64::from(d);
        if acc > (i64::MAX as u64 - d) / 10 {
            return value_err("Too many decimal digits in format string");
        }
        acc = acc * 10 + d;
    }
    Ok(Some(usize::try_from(acc).unwrap_or(usize::MAX)))
}

/// Split a field name such as `0.attr[key]` (CPython's `field_name_split`
/// and `FieldNameIterator`).
pub fn parse_field_name(name: &str) -> Result<FieldName, FormatError> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first_text = &name[..first_end];
    let first = if first_text.is_empty() {
        FieldFirst::Auto
    } else {
        match field_integer(first_text)? {
            Some(i) => FieldFirst::Index(i),
            None => FieldFirst::Name(first_text.to_string()),
        }
    };
    let mut rest = Vec::new();
    let mut s = &name[first_end..];
    while let Some(c) = s.chars().next() {
        s = &s[c.len_utf8()..];
        let part = match c {
            '.' => {
                let end = s.find(['.', '[']).unwrap_or(s.len());
                let attr = &s[..end];
                s = &s[end..];
                if attr.is_empty() {
                    return value_err("Empty attribute in format string");
                }
                FieldAccess::Attr(attr.to_string())
            }
            '[' => {
                let Some(end) = s.find(']') else {
                    return value_err("Missing ']' in format string");
                };
                let key = &s[..end];
                s = &s[end + 1..];
                let idx = field_integer(key)?;
                if key.is_empty() {
                    return value_err("Empty attribute in format string");
                }
                match idx {
                    Some(i) => FieldAccess::Index(i),
                    None => FieldAccess::Key(key.to_string()),
                }
            }
            _ => return value_err("Only '.' or '[' may follow ']' in format field specifier"),
        };
        rest.push(part);
    }
    Ok(FieldName { first, rest })
}

/// Check a `!x` conversion: `r`, `s` and `a` are valid.
pub fn check_conversion(c: char) -> Result<(), FormatError> {
    match c {
        'r' | 's' | 'a' => Ok(()),
        _ => {
            let cp = c as u32;
            if cp > 32 && cp < 127 {
                value_err(format!("Unknown conversion specifier {}", c))
            } else {
                value_err(format!("Unknown conversion specifier \\x{:x}", cp))
            }
        }
    }
}

/// Automatic (`{}`) versus manual (`{0}`) field numbering state for one
/// `str.format` call, including its nested format specs.
#[derive(Clone, Debug, Default)]
pub struct AutoNumber {
    state: AutoState,
    next: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum AutoState {
    #[default]
    Init,
    Auto,
    Manual,
}

impl AutoNumber {
    pub fn new() -> AutoNumber {
        AutoNumber::default()
    }

    /// The positional index a field's first part refers to (`None` for a
    /// keyword name), with CPython's errors for mixing `{}` and `{0}`.
    pub fn resolve(&mut self, first: &FieldFirst) -> Result<Option<usize>, FormatError> {
        let (auto, index) = match first {
            FieldFirst::Name(_) => return Ok(None),
            FieldFirst::Auto => (true, None),
            FieldFirst::Index(i) => (false, Some(*i)),
        };
        if self.state == AutoState::Init {
            self.state = if auto {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        match (self.state, auto) {
            (AutoState::Manual, true) => value_err(
                "cannot switch from manual field specification to automatic field numbering",
            ),
            (AutoState::Auto, false) => value_err(
                "cannot switch from automatic field numbering to manual field specification",
            ),
            _ => {
                if auto {
                    let i = self.next;
                    self.next += 1;
                    Ok(Some(i))
                } else {
                    Ok(index)
                }
            }
        }
    }
}
