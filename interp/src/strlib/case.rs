//! `str` case conversion and the whole-string `str.is*()` predicates.

use super::chars::*;

const CAPITAL_SIGMA: char = '\u{3a3}';
const SMALL_SIGMA: char = '\u{3c3}';
const FINAL_SIGMA: char = '\u{3c2}';

/// CPython's `handle_capital_sigma`: 'Σ' at byte offset `at` lowercases to 'ς'
/// when preceded by a cased letter and not followed by one, skipping
/// case-ignorable characters on both sides.
fn sigma_lower(s: &str, at: usize) -> char {
    let before = s[..at].chars().rev().find(|&c| !char_iscase_ignorable(c));
    let final_sigma = match before {
        Some(c) => char_iscased(c),
        None => false,
    };
    if !final_sigma {
        return SMALL_SIGMA;
    }
    let after_at = at + CAPITAL_SIGMA.len_utf8();
    let after = s[after_at..].chars().find(|&c| !char_iscase_ignorable(c));
    match after {
        Some(c) if char_iscased(c) => SMALL_SIGMA,
        _ => FINAL_SIGMA,
    }
}

/// CPython's `lower_ucs4`: full lowercase mapping with the final-sigma rule.
#[inline]
fn push_lower_in_context(s: &str, at: usize, c: char, out: &mut String) {
    if c == CAPITAL_SIGMA {
        out.push(sigma_lower(s, at));
    } else {
        map_lower(c).push_to(out);
    }
}

/// `str.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        map_upper(c).push_to(&mut out);
    }
    out
}

/// `str.lower()` (with the Greek final-sigma rule).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        push_lower_in_context(s, i, c, &mut out);
    }
    out
}

/// `str.casefold()` (full case folding; no final-sigma rule, like CPython).
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        map_fold(c).push_to(&mut out);
    }
    out
}

/// `str.swapcase()`: uppercase characters are lowercased (final sigma applies),
/// lowercase ones uppercased, everything else (incl. titlecase 'ǅ') kept.
pub fn swapcase(s: &str) -> String {
    if s.is_ascii() {
        return s
            .chars()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if char_isupper(c) {
            push_lower_in_context(s, i, c, &mut out);
        } else if char_islower(c) {
            map_upper(c).push_to(&mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.title()`: a character is titlecased when the previous one is not
/// cased, lowercased (with final sigma) when it is.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, c) in s.char_indices() {
        if prev_cased {
            push_lower_in_context(s, i, c, &mut out);
        } else {
            map_title(c).push_to(&mut out);
        }
        prev_cased = char_iscased(c);
    }
    out
}

/// `str.capitalize()`: first character titlecased (3.8+), the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if i == 0 {
            map_title(c).push_to(&mut out);
        } else {
            push_lower_in_context(s, i, c, &mut out);
        }
    }
    out
}

fn all_nonempty(s: &str, ascii: impl Fn(u8) -> bool, pred: impl Fn(char) -> bool) -> bool {
    if s.is_empty() {
        return false;
    }
    if s.is_ascii() {
        return s.bytes().all(ascii);
    }
    s.chars().all(pred)
}

/// `str.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, |b| b.is_ascii_alphabetic(), char_isalpha)
}

/// `str.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, |b| b.is_ascii_digit(), char_isdigit)
}

/// `str.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, |b| b.is_ascii_digit(), char_isdecimal)
}

/// `str.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, |b| b.is_ascii_digit(), char_isnumeric)
}

/// `str.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, |b| b.is_ascii_alphanumeric(), char_isalnum)
}

/// `str.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, |b| char_isspace(b as char), char_isspace)
}

/// `str.islower()`: no uppercase or titlecase character and at least one lowercase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if char_isupper(c) || char_istitle(c) {
            return false;
        }
        if !cased && char_islower(c) {
            cased = true;
        }
    }
    cased
}

/// `str.isupper()`: no lowercase or titlecase character and at least one uppercase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if char_islower(c) || char_istitle(c) {
            return false;
        }
        if !cased && char_isupper(c) {
            cased = true;
        }
    }
    cased
}

/// `str.istitle()`: uppercase/titlecase characters only after uncased ones,
/// lowercase ones only after cased ones, and at least one cased character.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if char_isupper(c) || char_istitle(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if char_islower(c) {
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

/// `str.isidentifier()`: XID_Start or '_' followed by XID_Continue characters.
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if char_isidentifier_start(c) => it.all(char_isidentifier_continue),
        _ => false,
    }
}

/// `str.isprintable()` (true for the empty string).
pub fn isprintable(s: &str) -> bool {
    if s.is_ascii() {
        return s.bytes().all(|b| (0x20..0x7f).contains(&b));
    }
    s.chars().all(char_isprintable)
}

/// `str.isascii()` (true for the empty string).
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}
