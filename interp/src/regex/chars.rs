//! Character predicates of the regex engine: the categories behind `\d \s \w` (Unicode for
//! str patterns, ASCII for bytes and `re.ASCII`), and case-insensitive equivalence.
//!
//! Case-insensitive matching follows `sre`: a character's key is its simple lowercase (the
//! first code point of its full lowercase mapping), and a few lowercase letters that share an
//! uppercase form (`s`/`ſ`, `i`/`ı`, `μ`/`µ`, Greek symbol variants, ...) are equivalent too;
//! those groups are derived from the Unicode tables in `crate::strlib`, once, on first use.
//! Must not: allocate per character tested.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::strlib;

/// How a case-insensitive comparison folds characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    /// Only ASCII letters fold (bytes patterns, `re.ASCII`, `re.LOCALE`).
    Ascii,
    /// Unicode simple case folding with `sre`'s extra equivalences.
    Unicode,
}

/// A character category (`\d \D \s \S \w \W`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cat {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

/// `sre`'s lowercase of one code point: the first code point of the full mapping.
#[inline]
pub fn lower1(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    match char::from_u32(c) {
        Some(ch) => match strlib::map_lower(ch) {
            strlib::Mapped::One(l) => l as u32,
            strlib::Mapped::Many(s) => s.chars().next().map_or(c, |l| l as u32),
        },
        None => c,
    }
}

struct Tables {
    /// Lowercase letters with an equivalent (same uppercase): the group's smallest member.
    canon: HashMap<u32, u32>,
    /// Every cased character by key, for keys with more than one member.
    variants: HashMap<u32, Box<[u32]>>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut cased = Vec::new();
        let mut by_upper: HashMap<String, Vec<u32>> = HashMap::new();
        for cp in 0..0x110000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if !strlib::char_iscased(c) {
                continue;
            }
            cased.push(cp);
            if strlib::map_lower(c) == strlib::Mapped::One(c) {
                let mut up = String::new();
                strlib::push_upper(c, &mut up);
                by_upper.entry(up).or_default().push(cp);
            }
        }
        let mut canon = HashMap::new();
        for group in by_upper.values() {
            if group.len() > 1 {
                let rep = group.iter().copied().min().unwrap_or(0);
                for &m in group {
                    canon.insert(m, rep);
                }
            }
        }
        let key = |c: u32| {
            let l = lower1(c);
            canon.get(&l).copied().unwrap_or(l)
        };
        let mut groups: HashMap<u32, Vec<u32>> = HashMap::new();
        for &cp in &cased {
            groups.entry(key(cp)).or_default().push(cp);
        }
        let variants = groups
            .into_iter()
            .filter(|(_, v)| v.len() > 1)
            .map(|(k, v)| (k, v.into_boxed_slice()))
            .collect();
        Tables { canon, variants }
    })
}

/// The case-insensitive key of `c`: two characters match each other iff their keys are equal.
#[inline]
pub fn fold_key(c: u32, fold: Fold) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    match fold {
        Fold::Ascii => c,
        Fold::Unicode => {
            let l = lower1(c);
            if l < 128 {
                return l;
            }
            tables().canon.get(&l).copied().unwrap_or(l)
        }
    }
}

/// Whether `c` differs from some other character only by case.
pub fn is_cased(c: u32, fold: Fold) -> bool {
    match fold {
        Fold::Ascii => c < 128 && (c as u8).is_ascii_alphabetic(),
        Fold::Unicode => char::from_u32(c).is_some_and(strlib::char_iscased),
    }
}

/// Calls `f` on every character case-equivalent to `c` (including `c`) until it returns
/// true; returns whether it did.
#[inline]
pub fn any_variant(c: u32, fold: Fold, mut f: impl FnMut(u32) -> bool) -> bool {
    if f(c) {
        return true;
    }
    match fold {
        Fold::Ascii => {
            if c < 128 && (c as u8).is_ascii_alphabetic() {
                f(c ^ 0x20)
            } else {
                false
            }
        }
        Fold::Unicode => {
            if c < 128 && !matches!(c as u8, b'i' | b'I' | b'k' | b'K' | b's' | b'S') {
                return (c as u8).is_ascii_alphabetic() && f(c ^ 0x20);
            }
            let key = fold_key(c, fold);
            match tables().variants.get(&key) {
                Some(vs) => vs.iter().any(|&v| v != c && f(v)),
                None => key != c && f(key),
            }
        }
    }
}

/// Whether `c` belongs to category `cat` (`unicode`: str semantics without `re.ASCII`).
#[inline]
pub fn in_cat(c: u32, cat: Cat, unicode: bool) -> bool {
    match cat {
        Cat::Digit => is_digit(c, unicode),
        Cat::NotDigit => !is_digit(c, unicode),
        Cat::Space => is_space(c, unicode),
        Cat::NotSpace => !is_space(c, unicode),
        Cat::Word => is_word(c, unicode),
        Cat::NotWord => !is_word(c, unicode),
    }
}

#[inline]
fn is_digit(c: u32, unicode: bool) -> bool {
    if c < 128 {
        return (c as u8).is_ascii_digit();
    }
    unicode && char::from_u32(c).is_some_and(strlib::char_isdecimal)
}

#[inline]
fn is_space(c: u32, unicode: bool) -> bool {
    if c < 128 {
        return matches!(c as u8, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
            || (unicode && (0x1c..=0x1f).contains(&c));
    }
    unicode && char::from_u32(c).is_some_and(strlib::char_isspace)
}

/// `\w`: alphanumeric or underscore.
#[inline]
pub fn is_word(c: u32, unicode: bool) -> bool {
    if c < 128 {
        return (c as u8).is_ascii_alphanumeric() || c == b'_' as u32;
    }
    unicode && char::from_u32(c).is_some_and(strlib::char_isalnum)
}
