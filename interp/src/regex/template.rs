//! Replacement templates (`re.sub` / `Match.expand`): `\1`, `\g<1>`, `\g<name>`, octal and
//! character escapes, with CPython's errors.
//!
//! Owns: parsing a template into literal pieces and group references. Must not: produce the
//! replaced text (the caller concatenates, since it owns the string objects).

use super::{Error, ErrorKind, MAXGROUPS};

/// One piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Literal code points (bytes templates: values below 256).
    Lit(Vec<u32>),
    Group(usize),
}

fn err(msg: &str, pos: usize, is_str: bool) -> Error {
    let msg = if is_str {
        msg.to_string()
    } else {
        msg.chars()
            .map(|c| {
                if c.is_ascii() {
                    c.to_string()
                } else {
                    format!("\\x{:02x}", c as u32)
                }
            })
            .collect()
    };
    Error::re(msg, pos)
}

fn text(cs: &[u32]) -> String {
    cs.iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect()
}

/// Parses `t`. `groups` counts group 0; `names` maps group names to numbers.
pub fn parse(
    t: &[u32],
    is_str: bool,
    groups: usize,
    names: &[(String, usize)],
) -> Result<Vec<Piece>, Error> {
    let mut out: Vec<Piece> = Vec::new();
    let mut lit: Vec<u32> = Vec::new();
    let is_digit = |c: u32| (b'0' as u32..=b'9' as u32).contains(&c);
    let is_octal = |c: u32| (b'0' as u32..=b'7' as u32).contains(&c);
    let mut i = 0;
    let n = t.len();
    let add_group = |out: &mut Vec<Piece>, lit: &mut Vec<u32>, index: usize, pos: usize| {
        if index >= groups {
            return Err(err(
                &format!("invalid group reference {index}"),
                pos,
                is_str,
            ));
        }
        if !lit.is_empty() {
            out.push(Piece::Lit(std::mem::take(lit)));
        }
        out.push(Piece::Group(index));
        Ok(())
    };
    while i < n {
        let c = t[i];
        if c != '\\' as u32 {
            lit.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = t.get(i + 1) else {
            return Err(err("bad escape (end of pattern)", n - 1, is_str));
        };
        i += 2;
        match char::from_u32(e).unwrap_or('\0') {
            'g' => {
                if t.get(i) != Some(&('<' as u32)) {
                    return Err(err("missing <", i, is_str));
                }
                i += 1;
                let start = i;
                while i < n && t[i] != '>' as u32 {
                    i += 1;
                }
                if i >= n {
                    if start == n {
                        return Err(err("missing group name", n, is_str));
                    }
                    return Err(err("missing >, unterminated name", start, is_str));
                }
                if i == start {
                    return Err(err("missing group name", i, is_str));
                }
                let name = text(&t[start..i]);
                i += 1;
                let index;
                if crate::strlib::isidentifier(&name) {
                    match names.iter().find(|(nm, _)| *nm == name) {
                        Some(&(_, g)) => index = g,
                        None => {
                            return Err(Error::other(
                                ErrorKind::Index,
                                format!("unknown group name {}", super::parse::py_repr(&name)),
                            ));
                        }
                    }
                } else {
                    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_digit()) {
                        return Err(err(
                            &format!(
                                "bad character in group name {}",
                                super::parse::py_repr(&name)
                            ),
                            start,
                            is_str,
                        ));
                    }
                    let v = name.bytes().fold(0u64, |a, b| {
                        a.saturating_mul(10).saturating_add((b - b'0') as u64)
                    });
                    if v >= MAXGROUPS as u64 {
                        return Err(err(&format!("invalid group reference {v}"), start, is_str));
                    }
                    index = v as usize;
                }
                add_group(&mut out, &mut lit, index, start)?;
            }
            '0' => {
                let mut v = 0u32;
                let mut k = 0;
                while k < 2 && i < n && is_octal(t[i]) {
                    v = v * 8 + (t[i] - '0' as u32);
                    i += 1;
                    k += 1;
                }
                lit.push(v & 0xff);
            }
            d if d.is_ascii_digit() => {
                let start = i - 1;
                let mut digits = vec![e];
                if i < n && is_digit(t[i]) {
                    digits.push(t[i]);
                    i += 1;
                    if is_octal(digits[0]) && is_octal(digits[1]) && i < n && is_octal(t[i]) {
                        digits.push(t[i]);
                        i += 1;
                        let v = digits.iter().fold(0u32, |a, &d| a * 8 + (d - '0' as u32));
                        if v > 0o377 {
                            let esc = format!("\\{}", text(&digits));
                            return Err(err(
                                &format!("octal escape value {esc} outside of range 0-0o377"),
                                i - 4,
                                is_str,
                            ));
                        }
                        lit.push(v);
                        continue;
                    }
                }
                let v = digits
                    .iter()
                    .fold(0usize, |a, &d| a * 10 + (d - '0' as u32) as usize);
                add_group(&mut out, &mut lit, v, start)?;
            }
            ch => {
                let mapped = match ch {
                    'a' => Some(7),
                    'b' => Some(8),
                    'f' => Some(12),
                    'n' => Some(10),
                    'r' => Some(13),
                    't' => Some(9),
                    'v' => Some(11),
                    '\\' => Some('\\' as u32),
                    _ => None,
                };
                match mapped {
                    Some(m) => lit.push(m),
                    None => {
                        if ch.is_ascii_alphabetic() {
                            return Err(err(&format!("bad escape \\{ch}"), i - 2, is_str));
                        }
                        lit.push('\\' as u32);
                        lit.push(e);
                    }
                }
            }
        }
    }
    if !lit.is_empty() {
        out.push(Piece::Lit(lit));
    }
    Ok(out)
}
