//! The regex compiler: AST to a flat program for the backtracking matcher, plus the facts the
//! search loop uses to skip hopeless start positions (a literal prefix, the set of possible
//! first bytes, anchoring).
//!
//! Owns: the instruction set (`Inst`), the look-behind width checks (`re.error` without a
//! position, as CPython raises them at compile time), and `Regex`, the compiled pattern.
//! Must not: recurse deeper than the parser's nesting bound (it walks the AST recursively).

use super::chars::{self, Fold};
use super::parse::{self, At, Node, Parsed, RepKind, Set};
use super::Error;

/// A single-character test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Char(u32),
    /// Case-insensitive: the pattern character's fold key.
    Fold(u32, Fold),
    /// `.` (not newline).
    Any,
    /// `.` with DOTALL.
    AnyAll,
    /// Index into `Regex::sets`.
    Set(u32),
}

/// One instruction. Jump targets are instruction indices.
#[derive(Debug, Clone, Copy)]
pub enum Inst {
    One(Item),
    At(At),
    /// Record the position in capture slot `n` (group `n / 2`, start or end).
    Save(u32),
    /// Try `.0` first; on backtracking, `.1`.
    Split(u32, u32),
    Jmp(u32),
    /// A repeat of a single-character item (no captures inside).
    RepeatOne {
        item: Item,
        min: u32,
        max: u32,
        kind: RepKind,
    },
    /// Enter a general greedy or lazy repeat `rid` (reset its counter).
    RepInit(u32),
    /// End of each iteration (and the first test): decides whether to iterate again.
    RepUntil {
        rid: u32,
        min: u32,
        max: u32,
        lazy: bool,
        body: u32,
        exit: u32,
    },
    /// A possessive repeat: each iteration of `body` is atomic; ends with `PossEnd`.
    PossInit {
        rid: u32,
        min: u32,
        max: u32,
        body: u32,
        exit: u32,
    },
    PossEnd(u32),
    /// Match the text of a group again.
    Backref(u32, Option<Fold>),
    /// Start a look-around sub-match; `exit` follows its `LookEnd`.
    LookStart {
        behind: Option<u32>,
        negate: bool,
        exit: u32,
    },
    LookEnd,
    AtomicStart,
    AtomicEnd,
    /// `(?(g)yes|no)`: continue if group `g` matched, else jump to `no`.
    GroupExists(u32, u32),
    Match,
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Regex {
    pub(crate) prog: Vec<Inst>,
    pub(crate) sets: Vec<Set>,
    pub(crate) nreps: usize,
    /// Number of groups including group 0.
    pub groups: usize,
    /// Group names in definition order.
    pub names: Vec<(String, usize)>,
    /// Final flags.
    pub flags: u32,
    pub is_str: bool,
    /// Text every match starts with (UTF-8 for str patterns, raw for bytes).
    pub(crate) prefix: Vec<u8>,
    /// The bytes a match can start with, when the pattern cannot match empty.
    pub(crate) first: Option<Box<[bool; 256]>>,
    /// Matches can only start at position 0.
    pub(crate) anchored: bool,
}

struct Compiler {
    prog: Vec<Inst>,
    sets: Vec<Set>,
    nreps: u32,
    group_widths: Vec<(u64, u64)>,
}

/// Unwraps non-capturing groups around a single-character node.
fn single_item(n: &Node) -> Option<&Node> {
    match n {
        Node::Char(_) | Node::CharFold(..) | Node::Any | Node::AnyAll | Node::Set(_) => Some(n),
        Node::Group(None, b) => single_item(b),
        _ => None,
    }
}

impl Compiler {
    fn pc(&self) -> u32 {
        self.prog.len() as u32
    }

    fn emit(&mut self, i: Inst) -> usize {
        self.prog.push(i);
        self.prog.len() - 1
    }

    fn item(&mut self, n: &Node) -> Item {
        match n {
            Node::Char(c) => Item::Char(*c),
            Node::CharFold(k, f) => Item::Fold(*k, *f),
            Node::Any => Item::Any,
            Node::AnyAll => Item::AnyAll,
            Node::Set(s) => {
                self.sets.push((**s).clone());
                Item::Set(self.sets.len() as u32 - 1)
            }
            _ => Item::AnyAll,
        }
    }

    fn node(&mut self, n: &Node) -> Result<(), Error> {
        match n {
            Node::Empty => {}
            Node::Char(_) | Node::CharFold(..) | Node::Any | Node::AnyAll | Node::Set(_) => {
                let it = self.item(n);
                self.emit(Inst::One(it));
            }
            Node::At(a) => {
                self.emit(Inst::At(*a));
            }
            Node::Group(g, b) => match g {
                Some(g) => {
                    self.emit(Inst::Save(2 * *g as u32));
                    self.node(b)?;
                    self.emit(Inst::Save(2 * *g as u32 + 1));
                }
                None => self.node(b)?,
            },
            Node::Concat(v) => {
                for x in v {
                    self.node(x)?;
                }
            }
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, x) in v.iter().enumerate() {
                    if i + 1 < v.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        let here = self.pc();
                        self.node(x)?;
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.pc();
                        self.prog[split] = Inst::Split(here, next);
                    } else {
                        self.node(x)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.prog[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat {
                min,
                max,
                kind,
                node,
            } => self.repeat(*min, *max, *kind, node)?,
            Node::Backref(g, f) => {
                self.emit(Inst::Backref(*g as u32, *f));
            }
            Node::Look {
                behind,
                negate,
                node,
            } => {
                let behind = if *behind {
                    let (lo, hi) = parse::width(node, &self.group_widths_opt());
                    if lo > u32::MAX as u64 {
                        return Err(Error::re_nopos("looks too much behind"));
                    }
                    if lo != hi {
                        return Err(Error::re_nopos("look-behind requires fixed-width pattern"));
                    }
                    Some(lo as u32)
                } else {
                    None
                };
                let start = self.emit(Inst::LookStart {
                    behind,
                    negate: *negate,
                    exit: 0,
                });
                self.node(node)?;
                self.emit(Inst::LookEnd);
                let exit = self.pc();
                self.prog[start] = Inst::LookStart {
                    behind,
                    negate: *negate,
                    exit,
                };
            }
            Node::Atomic(b) => {
                self.emit(Inst::AtomicStart);
                self.node(b)?;
                self.emit(Inst::AtomicEnd);
            }
            Node::Cond(g, yes, no) => {
                let test = self.emit(Inst::GroupExists(*g as u32, 0));
                self.node(yes)?;
                let jmp = self.emit(Inst::Jmp(0));
                let no_pc = self.pc();
                if let Some(no) = no {
                    self.node(no)?;
                }
                let end = self.pc();
                self.prog[test] = Inst::GroupExists(*g as u32, no_pc);
                self.prog[jmp] = Inst::Jmp(end);
            }
        }
        Ok(())
    }

    fn group_widths_opt(&self) -> Vec<Option<(u64, u64)>> {
        self.group_widths.iter().map(|&w| Some(w)).collect()
    }

    fn repeat(&mut self, min: u32, max: u32, kind: RepKind, node: &Node) -> Result<(), Error> {
        if max == 0 {
            return Ok(());
        }
        if let Some(single) = single_item(node) {
            if min == 1 && max == 1 {
                return self.node(single);
            }
            let item = self.item(single);
            self.emit(Inst::RepeatOne {
                item,
                min,
                max,
                kind,
            });
            return Ok(());
        }
        if min == 1 && max == 1 && kind != RepKind::Possessive {
            return self.node(node);
        }
        let rid = self.nreps;
        self.nreps += 1;
        match kind {
            RepKind::Possessive => {
                let init = self.emit(Inst::PossInit {
                    rid,
                    min,
                    max,
                    body: 0,
                    exit: 0,
                });
                let body = self.pc();
                self.node(node)?;
                self.emit(Inst::PossEnd(rid));
                let exit = self.pc();
                self.prog[init] = Inst::PossInit {
                    rid,
                    min,
                    max,
                    body,
                    exit,
                };
            }
            RepKind::Greedy | RepKind::Lazy => {
                self.emit(Inst::RepInit(rid));
                let until = self.emit(Inst::RepUntil {
                    rid,
                    min,
                    max,
                    lazy: kind == RepKind::Lazy,
                    body: 0,
                    exit: 0,
                });
                let body = self.pc();
                self.node(node)?;
                self.emit(Inst::Jmp(until as u32));
                let exit = self.pc();
                self.prog[until] = Inst::RepUntil {
                    rid,
                    min,
                    max,
                    lazy: kind == RepKind::Lazy,
                    body,
                    exit,
                };
            }
        }
        Ok(())
    }
}

/// Adds the first byte of every encoding of a character `c` can start with.
fn add_char(first: &mut [bool; 256], c: u32, is_str: bool) {
    if !is_str {
        if c < 256 {
            first[c as usize] = true;
        }
        return;
    }
    if let Some(ch) = char::from_u32(c) {
        let mut buf = [0u8; 4];
        let s = ch.encode_utf8(&mut buf);
        first[s.as_bytes()[0] as usize] = true;
    }
}

fn add_all_lead_bytes(first: &mut [bool; 256]) {
    for b in first.iter_mut().skip(0xc2).take(0xf5 - 0xc2) {
        *b = true;
    }
}

/// Collects the possible first bytes of `n`; `Ok(true)` when `n` can match empty, `Err`
/// when any byte may start it.
fn first_bytes(n: &Node, first: &mut [bool; 256], is_str: bool) -> Result<bool, ()> {
    match n {
        Node::Empty | Node::At(_) | Node::Look { .. } => Ok(true),
        Node::Char(c) => {
            add_char(first, *c, is_str);
            Ok(false)
        }
        Node::CharFold(k, f) => {
            chars::any_variant(*k, *f, |v| {
                add_char(first, v, is_str);
                false
            });
            if is_str && *f == Fold::Unicode {
                add_all_lead_bytes(first);
            }
            Ok(false)
        }
        Node::Any | Node::AnyAll | Node::Backref(..) | Node::Cond(..) => Err(()),
        Node::Set(s) => {
            let top = if is_str { 128 } else { 256 };
            for b in 0..top {
                if s.matches(b) {
                    first[b as usize] = true;
                }
            }
            if is_str {
                add_all_lead_bytes(first);
            }
            Ok(false)
        }
        Node::Group(_, b) | Node::Atomic(b) => first_bytes(b, first, is_str),
        Node::Concat(v) => {
            for x in v {
                if !first_bytes(x, first, is_str)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        Node::Alt(v) => {
            let mut nullable = false;
            for x in v {
                nullable |= first_bytes(x, first, is_str)?;
            }
            Ok(nullable)
        }
        Node::Repeat { min, node, .. } => {
            let nullable = first_bytes(node, first, is_str)?;
            Ok(nullable || *min == 0)
        }
    }
}

fn is_anchored(n: &Node) -> bool {
    match n {
        Node::At(At::Bol) | Node::At(At::StartText) => true,
        Node::Concat(v) => v.first().is_some_and(is_anchored),
        Node::Group(_, b) | Node::Atomic(b) => is_anchored(b),
        Node::Alt(v) => v.iter().all(is_anchored),
        _ => false,
    }
}

/// The literal text every match begins with.
fn literal_prefix(prog: &[Inst], is_str: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for inst in prog {
        match inst {
            Inst::Save(_) => {}
            Inst::One(Item::Char(c)) => {
                if is_str {
                    match char::from_u32(*c) {
                        Some(ch) => {
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        }
                        None => break,
                    }
                } else if *c < 256 {
                    out.push(*c as u8);
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    out
}

/// Compiles `pattern` (code points; bytes patterns as latin-1).
pub fn compile(pattern: &[u32], is_str: bool, flags: u32) -> Result<Regex, Error> {
    let Parsed {
        node,
        flags,
        groups,
        names,
        group_widths,
    } = parse::parse(pattern, is_str, flags)?;
    let mut c = Compiler {
        prog: Vec::new(),
        sets: Vec::new(),
        nreps: 0,
        group_widths,
    };
    c.node(&node)?;
    c.emit(Inst::Match);
    let prefix = literal_prefix(&c.prog, is_str);
    let mut first = Box::new([false; 256]);
    let first = match first_bytes(&node, &mut first, is_str) {
        Ok(false) => Some(first),
        _ => None,
    };
    let anchored = is_anchored(&node);
    Ok(Regex {
        prog: c.prog,
        sets: c.sets,
        nreps: c.nreps as usize,
        groups,
        names,
        flags,
        is_str,
        prefix,
        first,
        anchored,
    })
}
