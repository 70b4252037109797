//! The pattern parser: Python 3.11 regular-expression syntax to an AST.
//!
//! Owns: tokenizing (escapes are two-character tokens, as in `sre_parse`), every construct of
//! the syntax, inline flags (global at the start, scoped `(?i:...)`/`(?-i:...)`), verbose
//! mode, group bookkeeping (numbers, names, widths for look-behind checks), and CPython's
//! error messages and positions. Flags in effect are baked into the nodes they affect, so
//! the compiler never tracks flags.
//! Must not: recurse deeper than `MAX_NESTING` groups (deeper patterns raise RecursionError
//! as CPython's recursive parser does), so native stack use is bounded.

use super::chars::{self, Cat, Fold};
use super::{Error, ErrorKind, MAXGROUPS, MAXREPEAT};
use super::{
    FLAG_ASCII, FLAG_DEBUG, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE,
    FLAG_TEMPLATE, FLAG_UNICODE, FLAG_VERBOSE,
};

/// Deepest group nesting accepted (CPython's limit comes from its recursion limit).
const MAX_NESTING: usize = 450;

const TYPE_FLAGS: u32 = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS: u32 = FLAG_DEBUG | FLAG_TEMPLATE;

/// A zero-width position test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    /// `^` without MULTILINE.
    Bol,
    /// `^` with MULTILINE.
    BolMulti,
    /// `$` without MULTILINE.
    Eol,
    /// `$` with MULTILINE.
    EolMulti,
    /// `\A`.
    StartText,
    /// `\Z`.
    EndText,
    /// `\b` (`true`: Unicode word characters).
    Boundary(bool),
    /// `\B`.
    NonBoundary(bool),
}

/// One member of a character set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetItem {
    Char(u32),
    Range(u32, u32),
    Cat(Cat),
}

/// A character set (`[...]`, `\d`, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Set {
    pub negated: bool,
    pub items: Vec<SetItem>,
    /// Case-insensitive membership.
    pub fold: Option<Fold>,
    /// Categories use Unicode semantics.
    pub unicode: bool,
}

impl Set {
    /// Whether `c` is a member, ignoring case folding and negation.
    #[inline]
    pub fn contains_raw(&self, c: u32) -> bool {
        self.items.iter().any(|it| match *it {
            SetItem::Char(x) => x == c,
            SetItem::Range(lo, hi) => lo <= c && c <= hi,
            SetItem::Cat(cat) => chars::in_cat(c, cat, self.unicode),
        })
    }

    /// Whether `c` matches the set.
    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        let hit = match self.fold {
            None => self.contains_raw(c),
            Some(f) => chars::any_variant(c, f, |v| self.contains_raw(v)),
        };
        hit != self.negated
    }
}

/// How a repeat backtracks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

/// A node of the pattern AST.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Empty,
    /// One exact character.
    Char(u32),
    /// One character compared case-insensitively (the pattern character's fold key).
    CharFold(u32, Fold),
    /// `.` without DOTALL.
    Any,
    /// `.` with DOTALL.
    AnyAll,
    Set(Box<Set>),
    At(At),
    /// A group: capturing (`Some(n)`) or not.
    Group(Option<usize>, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepKind,
        node: Box<Node>,
    },
    /// `\N` / `(?P=name)`, with the fold for case-insensitive comparison.
    Backref(usize, Option<Fold>),
    Look {
        behind: bool,
        negate: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    /// `(?(group)yes|no)`.
    Cond(usize, Box<Node>, Option<Box<Node>>),
}

/// A parsed pattern.
#[derive(Debug)]
pub struct Parsed {
    pub node: Node,
    /// Final flags (global inline flags merged, UNICODE added for str patterns).
    pub flags: u32,
    /// Number of groups including group 0.
    pub groups: usize,
    /// Group names in definition order.
    pub names: Vec<(String, usize)>,
    /// (min, max) width of each closed group.
    pub group_widths: Vec<(u64, u64)>,
}

/// Width of "unbounded".
pub const MAXWIDTH: u64 = u64::MAX;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok {
    Ch(u32),
    /// A backslash and the character after it.
    Esc(u32),
}

impl Tok {
    fn len(self) -> usize {
        match self {
            Tok::Ch(_) => 1,
            Tok::Esc(_) => 2,
        }
    }
}

fn tok_text(t: Tok) -> String {
    match t {
        Tok::Ch(c) => ch(c).to_string(),
        Tok::Esc(c) => format!("\\{}", ch(c)),
    }
}

fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

struct Source<'a> {
    s: &'a [u32],
    index: usize,
    next: Option<Tok>,
    is_str: bool,
}

impl<'a> Source<'a> {
    fn new(s: &'a [u32], is_str: bool) -> Result<Source<'a>, Error> {
        let mut src = Source {
            s,
            index: 0,
            next: None,
            is_str,
        };
        src.advance()?;
        Ok(src)
    }

    fn advance(&mut self) -> Result<(), Error> {
        let Some(&c) = self.s.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' as u32 {
            match self.s.get(self.index + 1) {
                Some(&d) => {
                    self.index += 2;
                    self.next = Some(Tok::Esc(d));
                }
                None => {
                    return Err(self.err_at("bad escape (end of pattern)", self.s.len() - 1));
                }
            }
        } else {
            self.index += 1;
            self.next = Some(Tok::Ch(c));
        }
        Ok(())
    }

    fn get(&mut self) -> Result<Option<Tok>, Error> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn next_is(&self, c: char) -> bool {
        self.next == Some(Tok::Ch(c as u32))
    }

    fn next_char(&self) -> Option<u32> {
        match self.next {
            Some(Tok::Ch(c)) => Some(c),
            _ => None,
        }
    }

    fn eat(&mut self, c: char) -> Result<bool, Error> {
        if self.next_is(c) {
            self.advance()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    fn seek(&mut self, index: usize) -> Result<(), Error> {
        self.index = index;
        self.advance()
    }

    fn err_at(&self, msg: &str, pos: usize) -> Error {
        let msg = if self.is_str {
            msg.to_string()
        } else {
            ascii_backslashreplace(msg)
        };
        Error::re(msg, pos)
    }

    fn err(&self, msg: &str, offset: usize) -> Error {
        self.err_at(msg, self.tell().saturating_sub(offset))
    }

    /// Up to `n` characters from `set` (plain characters only).
    fn get_while(&mut self, n: usize, pred: impl Fn(u32) -> bool) -> Result<Vec<u32>, Error> {
        let mut out = Vec::new();
        for _ in 0..n {
            match self.next {
                Some(Tok::Ch(c)) if pred(c) => {
                    out.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    /// Characters up to `terminator` (consumed), as text; errors like `getuntil`.
    fn get_until(&mut self, terminator: char, name: &str) -> Result<String, Error> {
        let mut result = String::new();
        let mut n = 0usize;
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if n == 0 {
                        return Err(self.err(&format!("missing {name}"), 0));
                    }
                    return Err(self.err(&format!("missing {terminator}, unterminated name"), n));
                }
                Some(Tok::Ch(c)) if c == terminator as u32 => {
                    if n == 0 {
                        return Err(self.err(&format!("missing {name}"), 1));
                    }
                    break;
                }
                Some(t) => {
                    result.push_str(&tok_text(t));
                    n += t.len();
                }
            }
        }
        Ok(result)
    }

    fn check_group_name(&self, name: &str, offset: usize) -> Result<(), Error> {
        if !crate::strlib::isidentifier(name) {
            return Err(self.err(
                &format!("bad character in group name {}", py_repr(name)),
                name.chars().count() + offset,
            ));
        }
        Ok(())
    }
}

/// `msg.encode('ascii', 'backslashreplace').decode()` (messages about bytes patterns).
fn ascii_backslashreplace(msg: &str) -> String {
    let mut out = String::new();
    for c in msg.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if (c as u32) < 0x100 {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else if (c as u32) < 0x10000 {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    out
}

/// Python's `repr()` of a str.
pub fn py_repr(s: &str) -> String {
    crate::strlib::repr_str(s)
}

fn is_octal(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

fn is_hex(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_hexdigit()
}

fn is_ascii_letter(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}

fn digits_value(ds: &[u32], radix: u32) -> u64 {
    ds.iter().fold(0u64, |acc, &d| {
        acc.saturating_mul(radix as u64)
            .saturating_add(ch(d).to_digit(radix).unwrap_or(0) as u64)
    })
}

fn text_of(cs: &[u32]) -> String {
    cs.iter().map(|&c| ch(c)).collect()
}

struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    /// Width of each group once closed (`None` while open); index 0 is the whole match.
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    /// Groups named by number in conditionals, with the position of the first reference.
    groupref_pos: Vec<(usize, usize)>,
    is_str: bool,
}

impl State {
    fn groups(&self) -> usize {
        self.widths.len()
    }

    fn check_group(&self, gid: usize) -> bool {
        gid < self.groups() && self.widths[gid].is_some()
    }

    fn check_lookbehind_group(&self, gid: usize, src: &Source) -> Result<(), Error> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(gid) {
                return Err(src.err("cannot refer to an open group", 0));
            }
            if gid >= lb {
                return Err(src.err(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }

    fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }
}

/// The node-affecting flags in effect at a point of the pattern.
#[derive(Clone, Copy)]
struct Ctx {
    flags: u32,
    is_str: bool,
}

impl Ctx {
    fn unicode(self) -> bool {
        self.is_str && self.flags & FLAG_ASCII == 0
    }

    fn fold(self) -> Option<Fold> {
        if self.flags & FLAG_IGNORECASE == 0 {
            None
        } else if self.unicode() {
            Some(Fold::Unicode)
        } else {
            Some(Fold::Ascii)
        }
    }

    fn literal(self, c: u32) -> Node {
        match self.fold() {
            Some(f) if chars::is_cased(c, f) => Node::CharFold(chars::fold_key(c, f), f),
            _ => Node::Char(c),
        }
    }

    fn set(self, negated: bool, items: Vec<SetItem>) -> Node {
        let has_chars = items.iter().any(|i| !matches!(i, SetItem::Cat(_)));
        Node::Set(Box::new(Set {
            negated,
            items,
            fold: if has_chars { self.fold() } else { None },
            unicode: self.unicode(),
        }))
    }

    fn combine(self, add: u32, del: u32) -> Ctx {
        let mut flags = self.flags;
        if add & TYPE_FLAGS != 0 {
            flags &= !TYPE_FLAGS;
        }
        Ctx {
            flags: (flags | add) & !del,
            is_str: self.is_str,
        }
    }
}

/// What an escape outside a class stands for.
enum Escaped {
    Node(Node),
    Cat(Cat),
}

fn category(c: u32) -> Option<Cat> {
    Some(match ch(c) {
        'd' => Cat::Digit,
        'D' => Cat::NotDigit,
        's' => Cat::Space,
        'S' => Cat::NotSpace,
        'w' => Cat::Word,
        'W' => Cat::NotWord,
        _ => return None,
    })
}

fn simple_escape(c: u32) -> Option<u32> {
    Some(match ch(c) {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => '\\' as u32,
        _ => return None,
    })
}

/// `\x`, `\u`, `\U`, `\N` escapes shared by classes and the rest of the pattern; `None`
/// when `c` starts none of them.
fn code_escape(src: &mut Source, c: u32) -> Result<Option<u32>, Error> {
    let (n, is_x) = match ch(c) {
        'x' => (2, true),
        'u' if src.is_str => (4, false),
        'U' if src.is_str => (8, false),
        'N' if src.is_str => {
            if !src.eat('{')? {
                return Err(src.err("missing {", 0));
            }
            // weft has no Unicode name table: every name is reported undefined.
            let name = src.get_until('}', "character name")?;
            return Err(src.err(
                &format!("undefined character name {}", py_repr(&name)),
                name.chars().count() + 4,
            ));
        }
        _ => return Ok(None),
    };
    let digits = src.get_while(n, is_hex)?;
    let escape = format!("\\{}{}", ch(c), text_of(&digits));
    if digits.len() != n {
        return Err(src.err(
            &format!("incomplete escape {escape}"),
            escape.chars().count(),
        ));
    }
    let v = digits_value(&digits, 16) as u32;
    if !is_x && v > 0x10ffff {
        return Err(src.err(&format!("bad escape {escape}"), escape.chars().count()));
    }
    Ok(Some(v))
}

fn class_escape(src: &mut Source, c: u32) -> Result<SetItem, Error> {
    if let Some(v) = simple_escape(c) {
        return Ok(SetItem::Char(v));
    }
    if let Some(cat) = category(c) {
        return Ok(SetItem::Cat(cat));
    }
    if let Some(v) = code_escape(src, c)? {
        return Ok(SetItem::Char(v));
    }
    if is_octal(c) {
        let more = src.get_while(2, is_octal)?;
        let mut ds = vec![c];
        ds.extend(more);
        let v = digits_value(&ds, 8);
        if v > 0o377 {
            let escape = format!("\\{}", text_of(&ds));
            return Err(src.err(
                &format!("octal escape value {escape} outside of range 0-0o377"),
                escape.len(),
            ));
        }
        return Ok(SetItem::Char(v as u32));
    }
    if is_digit(c) || is_ascii_letter(c) {
        return Err(src.err(&format!("bad escape \\{}", ch(c)), 2));
    }
    Ok(SetItem::Char(c))
}

struct Parser<'a> {
    src: Source<'a>,
    st: State,
}

impl<'a> Parser<'a> {
    fn escape(&mut self, c: u32, ctx: Ctx) -> Result<Escaped, Error> {
        match ch(c) {
            'A' => return Ok(Escaped::Node(Node::At(At::StartText))),
            'Z' => return Ok(Escaped::Node(Node::At(At::EndText))),
            'b' => return Ok(Escaped::Node(Node::At(At::Boundary(ctx.unicode())))),
            'B' => return Ok(Escaped::Node(Node::At(At::NonBoundary(ctx.unicode())))),
            _ => {}
        }
        if let Some(cat) = category(c) {
            return Ok(Escaped::Cat(cat));
        }
        if let Some(v) = simple_escape(c) {
            return Ok(Escaped::Node(ctx.literal(v)));
        }
        let src = &mut self.src;
        if let Some(v) = code_escape(src, c)? {
            return Ok(Escaped::Node(ctx.literal(v)));
        }
        if c == '0' as u32 {
            let more = src.get_while(2, is_octal)?;
            return Ok(Escaped::Node(ctx.literal(digits_value(&more, 8) as u32)));
        }
        if is_digit(c) {
            let mut escape = vec![c];
            if let Some(d) = src.next_char().filter(|&d| is_digit(d)) {
                src.advance()?;
                escape.push(d);
                if is_octal(escape[0]) && is_octal(escape[1]) {
                    if let Some(e) = src.next_char().filter(|&e| is_octal(e)) {
                        src.advance()?;
                        escape.push(e);
                        let v = digits_value(&escape, 8);
                        if v > 0o377 {
                            let text = format!("\\{}", text_of(&escape));
                            return Err(src.err(
                                &format!("octal escape value {text} outside of range 0-0o377"),
                                text.len(),
                            ));
                        }
                        return Ok(Escaped::Node(ctx.literal(v as u32)));
                    }
                }
            }
            let group = digits_value(&escape, 10) as usize;
            let elen = escape.len() + 1;
            if group < self.st.groups() {
                if !self.st.check_group(group) {
                    return Err(self.src.err("cannot refer to an open group", elen));
                }
                self.st.check_lookbehind_group(group, &self.src)?;
                return Ok(Escaped::Node(Node::Backref(group, ctx.fold())));
            }
            return Err(self
                .src
                .err(&format!("invalid group reference {group}"), elen - 1));
        }
        if is_ascii_letter(c) {
            return Err(self.src.err(&format!("bad escape \\{}", ch(c)), 2));
        }
        Ok(Escaped::Node(ctx.literal(c)))
    }

    /// An alternation `a|b|c` (`_parse_sub`).
    fn parse_sub(&mut self, ctx: Ctx, verbose: bool, nested: usize) -> Result<Node, Error> {
        if nested > 2 * MAX_NESTING {
            return Err(Error::other(
                ErrorKind::Recursion,
                "maximum recursion depth exceeded",
            ));
        }
        let mut verbose = verbose;
        let mut ctx = ctx;
        let mut items = Vec::new();
        loop {
            let first = nested == 0 && items.is_empty();
            items.push(self.parse(ctx, verbose, nested + 1, first)?);
            if !self.src.eat('|')? {
                break;
            }
            if nested == 0 {
                verbose = self.st.flags & FLAG_VERBOSE != 0;
                ctx.flags = self.st.flags;
            }
        }
        if items.len() == 1 {
            return Ok(items.pop().unwrap_or(Node::Empty));
        }
        // `a|b|[cd]` is a character set (same matches, no backtracking).
        let mut set_items = Vec::new();
        let mut fold = None;
        let mut unicode = None;
        let all_sets = items.iter().all(|it| match it {
            Node::Char(c) => {
                set_items.push(SetItem::Char(*c));
                true
            }
            Node::Set(s) if !s.negated && s.fold.is_none() && s.items.len() == 1 => {
                if *unicode.get_or_insert(s.unicode) != s.unicode {
                    return false;
                }
                set_items.extend(s.items.iter().copied());
                fold = fold.or(s.fold);
                true
            }
            _ => false,
        });
        if all_sets && fold.is_none() {
            return Ok(Node::Set(Box::new(Set {
                negated: false,
                items: set_items,
                fold: None,
                unicode: unicode.unwrap_or(false),
            })));
        }
        Ok(Node::Alt(items))
    }

    /// A sequence (`_parse`).
    fn parse(
        &mut self,
        ctx: Ctx,
        verbose: bool,
        nested: usize,
        first: bool,
    ) -> Result<Node, Error> {
        let mut ctx = ctx;
        let mut verbose = verbose;
        let mut seq: Vec<Node> = Vec::new();
        while let Some(this) = self.src.next {
            if this == Tok::Ch('|' as u32) || this == Tok::Ch(')' as u32) {
                break;
            }
            self.src.advance()?;
            if verbose {
                if let Tok::Ch(c) = this {
                    if matches!(c, 0x20 | 0x09 | 0x0a | 0x0d | 0x0b | 0x0c) {
                        continue;
                    }
                    if c == '#' as u32 {
                        loop {
                            match self.src.get()? {
                                None | Some(Tok::Ch(10)) => break,
                                _ => {}
                            }
                        }
                        continue;
                    }
                }
            }
            let c = match this {
                Tok::Esc(c) => {
                    match self.escape(c, ctx)? {
                        Escaped::Node(n) => seq.push(n),
                        Escaped::Cat(cat) => seq.push(ctx.set(false, vec![SetItem::Cat(cat)])),
                    }
                    continue;
                }
                Tok::Ch(c) => c,
            };
            match ch(c) {
                '[' => {
                    let n = self.parse_class(ctx)?;
                    seq.push(n);
                }
                '*' | '+' | '?' | '{' => {
                    let here = self.src.tell();
                    let (min, max) = match ch(c) {
                        '?' => (0, 1),
                        '*' => (0, MAXREPEAT),
                        '+' => (1, MAXREPEAT),
                        _ => {
                            if self.src.next_is('}') {
                                seq.push(ctx.literal(c));
                                continue;
                            }
                            let lo = self.src.get_while(usize::MAX, is_digit)?;
                            let hi = if self.src.eat(',')? {
                                self.src.get_while(usize::MAX, is_digit)?
                            } else {
                                lo.clone()
                            };
                            if !self.src.eat('}')? {
                                seq.push(ctx.literal(c));
                                self.src.seek(here)?;
                                continue;
                            }
                            let mut min = 0u32;
                            let mut max = MAXREPEAT;
                            if !lo.is_empty() {
                                let v = digits_value(&lo, 10);
                                if v >= MAXREPEAT as u64 {
                                    return Err(Error::other(
                                        ErrorKind::Overflow,
                                        "the repetition number is too large",
                                    ));
                                }
                                min = v as u32;
                            }
                            if !hi.is_empty() {
                                let v = digits_value(&hi, 10);
                                if v >= MAXREPEAT as u64 {
                                    return Err(Error::other(
                                        ErrorKind::Overflow,
                                        "the repetition number is too large",
                                    ));
                                }
                                max = v as u32;
                                if max < min {
                                    return Err(self
                                        .src
                                        .err_at("min repeat greater than max repeat", here));
                                }
                            }
                            (min, max)
                        }
                    };
                    let pos = here - 1;
                    let item = match seq.pop() {
                        None | Some(Node::At(_)) => {
                            return Err(self.src.err_at("nothing to repeat", pos));
                        }
                        Some(Node::Repeat { .. }) => {
                            return Err(self.src.err_at("multiple repeat", pos));
                        }
                        Some(n) => n,
                    };
                    let kind = if self.src.eat('?')? {
                        RepKind::Lazy
                    } else if self.src.eat('+')? {
                        RepKind::Possessive
                    } else {
                        RepKind::Greedy
                    };
                    seq.push(Node::Repeat {
                        min,
                        max,
                        kind,
                        node: Box::new(item),
                    });
                }
                '.' => seq.push(if ctx.flags & FLAG_DOTALL != 0 {
                    Node::AnyAll
                } else {
                    Node::Any
                }),
                '^' => seq.push(Node::At(if ctx.flags & FLAG_MULTILINE != 0 {
                    At::BolMulti
                } else {
                    At::Bol
                })),
                '$' => seq.push(Node::At(if ctx.flags & FLAG_MULTILINE != 0 {
                    At::EolMulti
                } else {
                    At::Eol
                })),
                '(' => {
                    let start = self.src.tell() - 1;
                    match self.parse_paren(ctx, verbose, nested, start, first, seq.is_empty())? {
                        Paren::Node(n) => seq.push(n),
                        Paren::Nothing => {}
                        Paren::GlobalFlags => {
                            verbose = self.st.flags & FLAG_VERBOSE != 0;
                            ctx.flags = self.st.flags;
                        }
                    }
                }
                _ => seq.push(ctx.literal(c)),
            }
        }
        Ok(match seq.len() {
            0 => Node::Empty,
            1 => seq.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(seq),
        })
    }

    fn parse_class(&mut self, ctx: Ctx) -> Result<Node, Error> {
        let here = self.src.tell() - 1;
        let negate = self.src.eat('^')?;
        let mut items: Vec<SetItem> = Vec::new();
        let unterminated = |src: &Source| src.err_at("unterminated character set", here);
        loop {
            let Some(this) = self.src.get()? else {
                return Err(unterminated(&self.src));
            };
            if this == Tok::Ch(']' as u32) && !items.is_empty() {
                break;
            }
            let code1 = match this {
                Tok::Esc(c) => class_escape(&mut self.src, c)?,
                Tok::Ch(c) => SetItem::Char(c),
            };
            if self.src.eat('-')? {
                let Some(that) = self.src.get()? else {
                    return Err(unterminated(&self.src));
                };
                if that == Tok::Ch(']' as u32) {
                    items.push(code1);
                    items.push(SetItem::Char('-' as u32));
                    break;
                }
                let code2 = match that {
                    Tok::Esc(c) => class_escape(&mut self.src, c)?,
                    Tok::Ch(c) => SetItem::Char(c),
                };
                let bad = |src: &Source| {
                    let msg = format!("bad character range {}-{}", tok_text(this), tok_text(that));
                    src.err(&msg, this.len() + 1 + that.len())
                };
                match (code1, code2) {
                    (SetItem::Char(lo), SetItem::Char(hi)) => {
                        if hi < lo {
                            return Err(bad(&self.src));
                        }
                        items.push(SetItem::Range(lo, hi));
                    }
                    _ => return Err(bad(&self.src)),
                }
            } else {
                items.push(code1);
            }
        }
        let mut uniq: Vec<SetItem> = Vec::with_capacity(items.len());
        for it in items {
            if !uniq.contains(&it) {
                uniq.push(it);
            }
        }
        if uniq.len() == 1 && !negate {
            if let SetItem::Char(c) = uniq[0] {
                return Ok(ctx.literal(c));
            }
        }
        Ok(ctx.set(negate, uniq))
    }

    fn parse_paren(
        &mut self,
        ctx: Ctx,
        verbose: bool,
        nested: usize,
        start: usize,
        first: bool,
        seq_empty: bool,
    ) -> Result<Paren, Error> {
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let mut add = 0u32;
        let mut del = 0u32;
        if self.src.eat('?')? {
            let Some(c) = self.src.get()? else {
                return Err(self.src.err("unexpected end of pattern", 0));
            };
            let cc = match c {
                Tok::Ch(cc) => ch(cc),
                Tok::Esc(_) => '\\',
            };
            match cc {
                'P' if c == Tok::Ch('P' as u32) => {
                    if self.src.eat('<')? {
                        let n = self.src.get_until('>', "group name")?;
                        self.src.check_group_name(&n, 1)?;
                        name = Some(n);
                    } else if self.src.eat('=')? {
                        let n = self.src.get_until(')', "group name")?;
                        self.src.check_group_name(&n, 1)?;
                        let off = n.chars().count() + 1;
                        let Some(gid) = self.st.group_index(&n) else {
                            return Err(self
                                .src
                                .err(&format!("unknown group name {}", py_repr(&n)), off));
                        };
                        if !self.st.check_group(gid) {
                            return Err(self.src.err("cannot refer to an open group", off));
                        }
                        self.st.check_lookbehind_group(gid, &self.src)?;
                        return Ok(Paren::Node(Node::Backref(gid, ctx.fold())));
                    } else {
                        let Some(c2) = self.src.get()? else {
                            return Err(self.src.err("unexpected end of pattern", 0));
                        };
                        return Err(self.src.err(
                            &format!("unknown extension ?P{}", tok_text(c2)),
                            c2.len() + 2,
                        ));
                    }
                }
                ':' if c == Tok::Ch(':' as u32) => capture = false,
                '#' if c == Tok::Ch('#' as u32) => {
                    loop {
                        if self.src.next.is_none() {
                            return Err(self.src.err_at("missing ), unterminated comment", start));
                        }
                        if self.src.get()? == Some(Tok::Ch(')' as u32)) {
                            break;
                        }
                    }
                    return Ok(Paren::Nothing);
                }
                '=' | '!' | '<' if matches!(c, Tok::Ch(_)) => {
                    let mut kind = cc;
                    let mut behind = false;
                    let mut saved_lb = None;
                    if cc == '<' {
                        let Some(c2) = self.src.get()? else {
                            return Err(self.src.err("unexpected end of pattern", 0));
                        };
                        if c2 != Tok::Ch('=' as u32) && c2 != Tok::Ch('!' as u32) {
                            return Err(self.src.err(
                                &format!("unknown extension ?<{}", tok_text(c2)),
                                c2.len() + 2,
                            ));
                        }
                        kind = if c2 == Tok::Ch('=' as u32) { '=' } else { '!' };
                        behind = true;
                        saved_lb = Some(self.st.lookbehind_groups);
                        if self.st.lookbehind_groups.is_none() {
                            self.st.lookbehind_groups = Some(self.st.groups());
                        }
                    }
                    let p = self.parse_sub(ctx, verbose, nested + 1)?;
                    if let Some(None) = saved_lb {
                        self.st.lookbehind_groups = None;
                    }
                    if !self.src.eat(')')? {
                        return Err(self.src.err_at("missing ), unterminated subpattern", start));
                    }
                    return Ok(Paren::Node(Node::Look {
                        behind,
                        negate: kind == '!',
                        node: Box::new(p),
                    }));
                }
                '(' if c == Tok::Ch('(' as u32) => {
                    return self.parse_conditional(ctx, verbose, nested, start);
                }
                '>' if c == Tok::Ch('>' as u32) => {
                    capture = false;
                    atomic = true;
                }
                _ if matches!(c, Tok::Ch(x) if is_flag(x) || x == '-' as u32) => {
                    let Tok::Ch(x) = c else {
                        return Err(self.src.err("unexpected end of pattern", 0));
                    };
                    match self.parse_flags(x)? {
                        None => {
                            if !first || !seq_empty {
                                return Err(self.src.err_at(
                                    "global flags not at the start of the expression",
                                    start,
                                ));
                            }
                            return Ok(Paren::GlobalFlags);
                        }
                        Some((a, d)) => {
                            add = a;
                            del = d;
                            capture = false;
                        }
                    }
                }
                _ => {
                    return Err(self
                        .src
                        .err(&format!("unknown extension ?{}", tok_text(c)), c.len() + 1));
                }
            }
        }
        let group = if capture {
            let gid = self.st.groups();
            if gid >= MAXGROUPS {
                return Err(self.src.err("too many groups", 0));
            }
            self.st.widths.push(None);
            if let Some(n) = &name {
                if let Some(ogid) = self.st.group_index(n) {
                    return Err(self.src.err(
                        &format!(
                            "redefinition of group name {} as group {gid}; was group {ogid}",
                            py_repr(n)
                        ),
                        n.chars().count() + 1,
                    ));
                }
                self.st.names.push((n.clone(), gid));
            }
            Some(gid)
        } else {
            None
        };
        let sub_verbose = (verbose || add & FLAG_VERBOSE != 0) && del & FLAG_VERBOSE == 0;
        let sub_ctx = ctx.combine(add, del);
        let p = self.parse_sub(sub_ctx, sub_verbose, nested + 1)?;
        if !self.src.eat(')')? {
            return Err(self.src.err_at("missing ), unterminated subpattern", start));
        }
        if let Some(g) = group {
            let w = width(&p, &self.st.widths);
            self.st.widths[g] = Some(w);
        }
        Ok(Paren::Node(if atomic {
            Node::Atomic(Box::new(p))
        } else {
            Node::Group(group, Box::new(p))
        }))
    }

    fn parse_conditional(
        &mut self,
        ctx: Ctx,
        verbose: bool,
        nested: usize,
        start: usize,
    ) -> Result<Paren, Error> {
        let condname = self.src.get_until(')', "group name")?;
        let off = condname.chars().count() + 1;
        let condgroup;
        if crate::strlib::isidentifier(&condname) {
            self.src.check_group_name(&condname, 1)?;
            match self.st.group_index(&condname) {
                Some(g) => condgroup = g,
                None => {
                    return Err(self
                        .src
                        .err(&format!("unknown group name {}", py_repr(&condname)), off));
                }
            }
        } else {
            let trimmed = condname.trim_matches(|c: char| c.is_ascii_whitespace());
            let digits = trimmed.strip_prefix('+').unwrap_or(trimmed);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(self.src.err(
                    &format!("bad character in group name {}", py_repr(&condname)),
                    off,
                ));
            }
            let v = digits.bytes().fold(0u64, |a, b| {
                a.saturating_mul(10).saturating_add((b - b'0') as u64)
            });
            if v == 0 {
                return Err(self.src.err("bad group number", off));
            }
            if v >= MAXGROUPS as u64 {
                return Err(self.src.err(&format!("invalid group reference {v}"), off));
            }
            condgroup = v as usize;
            if !self.st.groupref_pos.iter().any(|&(g, _)| g == condgroup) {
                let pos = self.src.tell() - off;
                self.st.groupref_pos.push((condgroup, pos));
            }
        }
        self.st.check_lookbehind_group(condgroup, &self.src)?;
        let yes = self.parse(ctx, verbose, nested + 1, false)?;
        let no = if self.src.eat('|')? {
            let n = self.parse(ctx, verbose, nested + 1, false)?;
            if self.src.next_is('|') {
                return Err(self
                    .src
                    .err("conditional backref with more than two branches", 0));
            }
            Some(Box::new(n))
        } else {
            None
        };
        if !self.src.eat(')')? {
            return Err(self.src.err_at("missing ), unterminated subpattern", start));
        }
        Ok(Paren::Node(Node::Cond(condgroup, Box::new(yes), no)))
    }

    /// Inline flags after `(?`: `None` for global flags `(?i)`, else the scoped (add, del).
    fn parse_flags(&mut self, first: u32) -> Result<Option<(u32, u32)>, Error> {
        let mut add = 0u32;
        let mut del = 0u32;
        let mut c = first;
        if c != '-' as u32 {
            loop {
                let flag = flag_value(c);
                if self.src.is_str {
                    if c == 'L' as u32 {
                        return Err(self.src.err(
                            "bad inline flags: cannot use 'L' flag with a str pattern",
                            0,
                        ));
                    }
                } else if c == 'u' as u32 {
                    return Err(self.src.err(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        0,
                    ));
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return Err(self.src.err(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    ));
                }
                match self.src.get()? {
                    None => return Err(self.src.err("missing -, : or )", 0)),
                    Some(Tok::Ch(x)) if x == ')' as u32 || x == '-' as u32 || x == ':' as u32 => {
                        c = x;
                        break;
                    }
                    Some(Tok::Ch(x)) if is_flag(x) => c = x,
                    Some(t) => {
                        let msg = if tok_is_alpha(t) {
                            "unknown flag"
                        } else {
                            "missing -, : or )"
                        };
                        return Err(self.src.err(msg, t.len()));
                    }
                }
            }
        }
        if c == ')' as u32 {
            self.st.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return Err(self
                .src
                .err("bad inline flags: cannot turn on global flag", 1));
        }
        if c == '-' as u32 {
            match self.src.get()? {
                None => return Err(self.src.err("missing flag", 0)),
                Some(Tok::Ch(x)) if is_flag(x) => c = x,
                Some(t) => {
                    let msg = if tok_is_alpha(t) {
                        "unknown flag"
                    } else {
                        "missing flag"
                    };
                    return Err(self.src.err(msg, t.len()));
                }
            }
            loop {
                let flag = flag_value(c);
                if flag & TYPE_FLAGS != 0 {
                    return Err(self.src.err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    ));
                }
                del |= flag;
                match self.src.get()? {
                    None => return Err(self.src.err("missing :", 0)),
                    Some(Tok::Ch(x)) if x == ':' as u32 => break,
                    Some(Tok::Ch(x)) if is_flag(x) => c = x,
                    Some(t) => {
                        let msg = if tok_is_alpha(t) {
                            "unknown flag"
                        } else {
                            "missing :"
                        };
                        return Err(self.src.err(msg, t.len()));
                    }
                }
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return Err(self
                .src
                .err("bad inline flags: cannot turn off global flag", 1));
        }
        if add & del != 0 {
            return Err(self.src.err("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add, del)))
    }
}

enum Paren {
    Node(Node),
    Nothing,
    GlobalFlags,
}

fn tok_is_alpha(t: Tok) -> bool {
    match t {
        Tok::Ch(c) => ch(c).is_alphabetic(),
        Tok::Esc(_) => false,
    }
}

fn is_flag(c: u32) -> bool {
    flag_value(c) != 0
}

fn flag_value(c: u32) -> u32 {
    match ch(c) {
        'i' => FLAG_IGNORECASE,
        'L' => FLAG_LOCALE,
        'm' => FLAG_MULTILINE,
        's' => FLAG_DOTALL,
        'x' => FLAG_VERBOSE,
        'a' => FLAG_ASCII,
        't' => FLAG_TEMPLATE,
        'u' => FLAG_UNICODE,
        _ => 0,
    }
}

/// (min, max) number of characters `n` can match (`SubPattern.getwidth`).
pub fn width(n: &Node, groups: &[Option<(u64, u64)>]) -> (u64, u64) {
    match n {
        Node::Empty | Node::At(_) | Node::Look { .. } => (0, 0),
        Node::Char(_) | Node::CharFold(..) | Node::Any | Node::AnyAll | Node::Set(_) => (1, 1),
        Node::Group(_, b) | Node::Atomic(b) => width(b, groups),
        Node::Concat(v) => v.iter().fold((0, 0), |(lo, hi), x| {
            let (l, h) = width(x, groups);
            (lo.saturating_add(l), hi.saturating_add(h))
        }),
        Node::Alt(v) => {
            let mut lo = MAXWIDTH;
            let mut hi = 0;
            for x in v {
                let (l, h) = width(x, groups);
                lo = lo.min(l);
                hi = hi.max(h);
            }
            (lo, hi)
        }
        Node::Repeat { min, max, node, .. } => {
            let (l, h) = width(node, groups);
            let lo = l.saturating_mul(*min as u64);
            let hi = if *max == MAXREPEAT && h > 0 {
                MAXWIDTH
            } else {
                h.saturating_mul(*max as u64)
            };
            (lo, hi)
        }
        Node::Backref(g, _) => groups.get(*g).copied().flatten().unwrap_or((0, 0)),
        Node::Cond(_, yes, no) => {
            let (l, h) = width(yes, groups);
            match no {
                Some(no) => {
                    let (l2, h2) = width(no, groups);
                    (l.min(l2), h.max(h2))
                }
                None => (0, h),
            }
        }
    }
}

/// Parses `pattern` (code points; bytes patterns as latin-1) with `flags`.
pub fn parse(pattern: &[u32], is_str: bool, flags: u32) -> Result<Parsed, Error> {
    let src = Source::new(pattern, is_str)?;
    let mut p = Parser {
        src,
        st: State {
            flags,
            names: Vec::new(),
            widths: vec![None],
            lookbehind_groups: None,
            groupref_pos: Vec::new(),
            is_str,
        },
    };
    let ctx = Ctx { flags, is_str };
    let node = p.parse_sub(ctx, flags & FLAG_VERBOSE != 0, 0)?;
    let flags = fix_flags(is_str, p.st.flags)?;
    if p.src.next.is_some() {
        return Err(p.src.err("unbalanced parenthesis", 0));
    }
    let groups = p.st.groups();
    for &(g, pos) in &p.st.groupref_pos {
        if g >= groups {
            return Err(p.src.err_at(&format!("invalid group reference {g}"), pos));
        }
    }
    let _ = p.st.is_str;
    let group_widths = p.st.widths.iter().map(|w| w.unwrap_or((0, 0))).collect();
    Ok(Parsed {
        node,
        flags,
        groups,
        names: p.st.names,
        group_widths,
    })
}

/// `fix_flags`: checks the flag combination for the pattern type and adds UNICODE to str
/// patterns without ASCII.
pub fn fix_flags(is_str: bool, mut flags: u32) -> Result<u32, Error> {
    if is_str {
        if flags & FLAG_LOCALE != 0 {
            return Err(Error::other(
                ErrorKind::Value,
                "cannot use LOCALE flag with a str pattern",
            ));
        }
        if flags & FLAG_ASCII == 0 {
            flags |= FLAG_UNICODE;
        } else if flags & FLAG_UNICODE != 0 {
            return Err(Error::other(
                ErrorKind::Value,
                "ASCII and UNICODE flags are incompatible",
            ));
        }
    } else {
        if flags & FLAG_UNICODE != 0 {
            return Err(Error::other(
                ErrorKind::Value,
                "cannot use UNICODE flag with a bytes pattern",
            ));
        }
        if flags & FLAG_LOCALE != 0 && flags & FLAG_ASCII != 0 {
            return Err(Error::other(
                ErrorKind::Value,
                "ASCII and LOCALE flags are incompatible",
            ));
        }
    }
    Ok(flags)
}
