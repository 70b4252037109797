//! Per-code-point properties and case mappings, looked up in the generated
//! tables (`unicode_tables.rs`), with a precomputed Latin-1 fast path.

use super::unicode_tables as t;

/// Index of the flag run holding `cp`: the last run in `lo..hi` whose start
/// is <= `cp` (callers guarantee `runs[lo]` starts at or before `cp`).
const fn run_index(cp: u32, mut lo: usize, mut hi: usize) -> usize {
    let runs = &t::FLAG_RUNS;
    if hi > runs.len() {
        hi = runs.len();
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if (runs[mid] >> 8) <= cp {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

const fn palette(run: usize) -> u16 {
    let idx = (t::FLAG_RUNS[run] & 0xff) as usize;
    if idx < t::FLAG_PALETTE.len() {
        t::FLAG_PALETTE[idx]
    } else {
        0
    }
}

const BLOCKS: usize = 0x110000 >> 8;

/// `BLOCK_RUN[b]`: the run holding code point `b << 8` (built at compile
/// time), so a lookup only searches the few runs inside one 256-code-point block.
static BLOCK_RUN: [u16; BLOCKS + 1] = {
    let mut out = [0u16; BLOCKS + 1];
    let mut b = 0;
    while b < BLOCKS {
        out[b] = run_index((b as u32) << 8, 0, t::FLAG_RUNS.len()) as u16;
        b += 1;
    }
    out[BLOCKS] = (t::FLAG_RUNS.len() - 1) as u16;
    out
};

/// Code points below this have direct (compile-time built) tables:
/// Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic.
const DIRECT: usize = 0x800;

static DIRECT_FLAGS: [u16; DIRECT] = {
    let mut out = [0u16; DIRECT];
    let mut i = 0;
    while i < DIRECT {
        out[i] = palette(run_index(i as u32, 0, t::FLAG_RUNS.len()));
        i += 1;
    }
    out
};

#[inline]
fn flags(c: char) -> u16 {
    let cp = c as u32;
    if (cp as usize) < DIRECT {
        return DIRECT_FLAGS[cp as usize];
    }
    let b = (cp >> 8) as usize;
    let lo = BLOCK_RUN[b] as usize;
    let hi = BLOCK_RUN[b + 1] as usize + 1;
    palette(run_index(cp, lo, hi))
}

#[inline]
fn has(c: char, bits: u16) -> bool {
    flags(c) & bits != 0
}

/// `Py_UNICODE_ISSPACE`: `c.isspace()` (bidi class WS/B/S or category Zs),
/// incl. `\x1c`-`\x1f`, `\x85`, `\xa0`, `\u2028`.
#[inline]
pub fn char_isspace(c: char) -> bool {
    match c {
        ' ' | '\t'..='\r' | '\x1c'..='\x1f' => true,
        _ if (c as u32) < 0x80 => false,
        _ => has(c, t::SPACE),
    }
}

/// `Py_UNICODE_ISPRINTABLE`: false for categories Cc Cf Cs Co Cn Zl Zp and Zs other than ' '.
#[inline]
pub fn char_isprintable(c: char) -> bool {
    has(c, t::PRINTABLE)
}

/// `c.isalpha()` (categories Lu Ll Lt Lm Lo).
pub fn char_isalpha(c: char) -> bool {
    has(c, t::ALPHA)
}

/// `c.isdecimal()` (category Nd).
pub fn char_isdecimal(c: char) -> bool {
    has(c, t::DECIMAL)
}

/// `c.isdigit()` (has a digit value: Nd plus superscripts, circled digits, ...).
pub fn char_isdigit(c: char) -> bool {
    has(c, t::DIGIT)
}

/// `c.isnumeric()` (has a numeric value: digits, fractions, Roman numerals, CJK numerals, ...).
pub fn char_isnumeric(c: char) -> bool {
    has(c, t::NUMERIC)
}

/// `c.isalnum()`: alpha, decimal, digit or numeric.
pub fn char_isalnum(c: char) -> bool {
    has(c, t::ALPHA | t::DECIMAL | t::DIGIT | t::NUMERIC)
}

/// `Py_UNICODE_ISLOWER` (derived property Lowercase).
pub fn char_islower(c: char) -> bool {
    has(c, t::LOWER)
}

/// `Py_UNICODE_ISUPPER` (derived property Uppercase).
pub fn char_isupper(c: char) -> bool {
    has(c, t::UPPER)
}

/// `Py_UNICODE_ISTITLE` (category Lt, e.g. 'ǅ').
pub fn char_istitle(c: char) -> bool {
    has(c, t::TITLE)
}

/// `_PyUnicode_IsCased` (derived property Cased).
pub fn char_iscased(c: char) -> bool {
    has(c, t::CASED)
}

/// `_PyUnicode_IsCaseIgnorable` (derived property Case_Ignorable).
pub fn char_iscase_ignorable(c: char) -> bool {
    has(c, t::CASE_IGNORABLE)
}

/// May start an identifier: XID_Start or '_'.
pub fn char_isidentifier_start(c: char) -> bool {
    c == '_' || has(c, t::XID_START)
}

/// May continue an identifier: XID_Continue.
pub fn char_isidentifier_continue(c: char) -> bool {
    has(c, t::XID_CONTINUE)
}

/// Value of a decimal digit of any script (`unicodedata.decimal`), as used by
/// `int()` / `float()`: `char_decimal_value('٣') == Some(3)`.
pub fn char_decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    if cp < 0x660 {
        return None;
    }
    let i = t::DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *t::DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    let v = cp - zero;
    if v < 10 {
        Some(v)
    } else {
        None
    }
}

/// `c in '\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029'`: what `str.splitlines()` splits on.
#[inline]
pub fn char_islinebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// The result of mapping one code point: one char or a short string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mapped {
    One(char),
    Many(&'static str),
}

impl Mapped {
    #[inline]
    pub(crate) fn push_to(self, out: &mut String) {
        match self {
            Mapped::One(c) => out.push(c),
            Mapped::Many(s) => out.push_str(s),
        }
    }
}

type Ranges = [(u32, u16, u8, i32)];
type Specials = [(u32, &'static str)];

/// Direct-table entry: the result has more than one character, use the tables.
const MULTI: u32 = u32::MAX;

/// One-character result of `cp` in `ranges`, if it is covered there.
const fn range_map(ranges: &Ranges, cp: u32) -> Option<u32> {
    let mut i = 0;
    while i < ranges.len() {
        let (start, count, stride, delta) = ranges[i];
        let stride = if stride == 0 { 1 } else { stride as u32 };
        if cp >= start
            && (cp - start).is_multiple_of(stride)
            && (cp - start) / stride < count as u32
        {
            return Some((cp as i64 + delta as i64) as u32);
        }
        i += 1;
    }
    None
}

const fn in_specials(special: &Specials, cp: u32) -> bool {
    let mut i = 0;
    while i < special.len() {
        if special[i].0 == cp {
            return true;
        }
        i += 1;
    }
    false
}

/// Direct table of a mapping for code points below `DIRECT`: the mapped code
/// point, or `MULTI`.  `fallback` (upper for title, lower for fold) answers
/// where `primary` has no entry.
const fn direct_map(
    primary: (&Ranges, &Specials),
    fallback: Option<(&Ranges, &Specials)>,
) -> [u32; DIRECT] {
    let mut out = [0u32; DIRECT];
    let mut cp = 0;
    while cp < DIRECT as u32 {
        out[cp as usize] = if let Some(m) = range_map(primary.0, cp) {
            m
        } else if in_specials(primary.1, cp) {
            MULTI
        } else if let Some(fb) = fallback {
            if let Some(m) = range_map(fb.0, cp) {
                m
            } else if in_specials(fb.1, cp) {
                MULTI
            } else {
                cp
            }
        } else {
            cp
        };
        cp += 1;
    }
    out
}

static UPPER_DIRECT: [u32; DIRECT] = direct_map((&t::UPPER_RANGES, &t::UPPER_SPECIAL), None);
static LOWER_DIRECT: [u32; DIRECT] = direct_map((&t::LOWER_RANGES, &t::LOWER_SPECIAL), None);
static TITLE_DIRECT: [u32; DIRECT] = direct_map(
    (&t::TITLE_RANGES, &t::TITLE_SPECIAL),
    Some((&t::UPPER_RANGES, &t::UPPER_SPECIAL)),
);
static FOLD_DIRECT: [u32; DIRECT] = direct_map(
    (&t::FOLD_RANGES, &t::FOLD_SPECIAL),
    Some((&t::LOWER_RANGES, &t::LOWER_SPECIAL)),
);

/// The direct-table answer for `c`, if it has one.
#[inline]
fn direct(table: &[u32; DIRECT], c: char) -> Option<Mapped> {
    let e = *table.get(c as usize)?;
    if e == MULTI {
        return None;
    }
    Some(Mapped::One(char::from_u32(e).unwrap_or(c)))
}

fn map_lookup(
    ranges: &[(u32, u16, u8, i32)],
    special: &[(u32, &'static str)],
    c: char,
) -> Option<Mapped> {
    let cp = c as u32;
    let i = ranges.partition_point(|r| r.0 <= cp);
    if let Some(&(start, count, stride, delta)) = i.checked_sub(1).and_then(|i| ranges.get(i)) {
        let off = cp - start;
        let stride = stride.max(1) as u32;
        if off.is_multiple_of(stride) && off / stride < count as u32 {
            let m = (cp as i64 + delta as i64) as u32;
            return char::from_u32(m).map(Mapped::One);
        }
    }
    special
        .binary_search_by_key(&cp, |e| e.0)
        .ok()
        .and_then(|i| special.get(i))
        .map(|e| Mapped::Many(e.1))
}

// Every code point with a case mapping is cased (gen_tables.py checks this),
// so the mapping tables are only searched for cased characters.

/// Full uppercase mapping of one code point (`c.upper()`).
pub(crate) fn map_upper(c: char) -> Mapped {
    if let Some(m) = direct(&UPPER_DIRECT, c) {
        return m;
    }
    if c.is_ascii() {
        return Mapped::One(c.to_ascii_uppercase());
    }
    if !char_iscased(c) {
        return Mapped::One(c);
    }
    map_lookup(&t::UPPER_RANGES, &t::UPPER_SPECIAL, c).unwrap_or(Mapped::One(c))
}

/// Full lowercase mapping of one code point, without the final-sigma rule.
pub(crate) fn map_lower(c: char) -> Mapped {
    if let Some(m) = direct(&LOWER_DIRECT, c) {
        return m;
    }
    if c.is_ascii() {
        return Mapped::One(c.to_ascii_lowercase());
    }
    if !char_iscased(c) {
        return Mapped::One(c);
    }
    map_lookup(&t::LOWER_RANGES, &t::LOWER_SPECIAL, c).unwrap_or(Mapped::One(c))
}

/// Full titlecase mapping of one code point (`c.title()`).
pub(crate) fn map_title(c: char) -> Mapped {
    if let Some(m) = direct(&TITLE_DIRECT, c) {
        return m;
    }
    if c.is_ascii() {
        return Mapped::One(c.to_ascii_uppercase());
    }
    if !char_iscased(c) {
        return Mapped::One(c);
    }
    map_lookup(&t::TITLE_RANGES, &t::TITLE_SPECIAL, c).unwrap_or_else(|| map_upper(c))
}

/// Full case folding of one code point (`c.casefold()`).
pub(crate) fn map_fold(c: char) -> Mapped {
    if let Some(m) = direct(&FOLD_DIRECT, c) {
        return m;
    }
    if c.is_ascii() {
        return Mapped::One(c.to_ascii_lowercase());
    }
    if !char_iscased(c) {
        return Mapped::One(c);
    }
    map_lookup(&t::FOLD_RANGES, &t::FOLD_SPECIAL, c).unwrap_or_else(|| map_lower(c))
}

/// Appends the full uppercase mapping of `c` to `out`.
pub fn push_upper(c: char, out: &mut String) {
    map_upper(c).push_to(out)
}

/// Appends the full lowercase mapping of `c` (no final-sigma context) to `out`.
pub fn push_lower(c: char, out: &mut String) {
    map_lower(c).push_to(out)
}

/// Appends the full titlecase mapping of `c` to `out`.
pub fn push_title(c: char, out: &mut String) {
    map_title(c).push_to(out)
}

/// Appends the full case folding of `c` to `out`.
pub fn push_casefold(c: char, out: &mut String) {
    map_fold(c).push_to(out)
}
