//! Source positions and the limits checked on the raw text before parsing.
//!
//! Owns: `SourceMap` (byte offsets to 1-based lines and 0-based character columns, and the
//! text of a line for error messages) and `check_nesting`, which enforces CPython's tokenizer
//! limits (200 nested brackets, 100 indentation levels) so that no later pass sees input that
//! deep.
//!
//! Must not: parse or interpret the program beyond the light scanning needed to skip strings
//! and comments.

use ruff_text_size::{TextRange, TextSize};

use super::errors::RawError;
use super::CompileErrorKind;
use crate::bytecode::Location;

/// Maps byte offsets of one source text to lines and character columns.
pub struct SourceMap<'a> {
    src: &'a str,
    /// Byte offset where each line starts.
    line_starts: Vec<u32>,
    /// Whether each line is pure ASCII (columns are then byte differences).
    ascii: Vec<bool>,
}

impl<'a> SourceMap<'a> {
    pub fn new(src: &'a str) -> SourceMap<'a> {
        let bytes = src.as_bytes();
        let mut line_starts = vec![0u32];
        let mut ascii = Vec::new();
        let mut line_ascii = true;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b == b'\n' || b == b'\r' {
                if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                ascii.push(line_ascii);
                line_ascii = true;
                line_starts.push((i + 1) as u32);
            } else if b >= 0x80 {
                line_ascii = false;
            }
            i += 1;
        }
        ascii.push(line_ascii);
        SourceMap {
            src,
            line_starts,
            ascii,
        }
    }

    /// The 0-based line index containing byte `offset`.
    fn line_index(&self, offset: u32) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// `(1-based line, 0-based character column)` of byte `offset`.
    pub fn line_col(&self, offset: TextSize) -> (u32, u32) {
        let offset = u32::from(offset).min(self.src.len() as u32);
        let li = self.line_index(offset);
        let start = self.line_starts[li];
        let col = if self.ascii[li] {
            offset - start
        } else {
            let mut end = offset as usize;
            while end > start as usize && !self.src.is_char_boundary(end) {
                end -= 1;
            }
            self.src[start as usize..end].chars().count() as u32
        };
        (li as u32 + 1, col)
    }

    pub fn location(&self, range: TextRange) -> Location {
        let (line, col) = self.line_col(range.start());
        let (end_line, end_col) = self.line_col(range.end());
        Location {
            line,
            end_line,
            col,
            end_col,
        }
    }

    /// The text of 1-based `line`, with its line ending.
    pub fn line_text(&self, line: u32) -> Option<&'a str> {
        let li = (line as usize).checked_sub(1)?;
        let start = *self.line_starts.get(li)? as usize;
        let end = self
            .line_starts
            .get(li + 1)
            .map_or(self.src.len(), |e| *e as usize);
        self.src.get(start..end)
    }

    /// The byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: u32) -> TextSize {
        let li = (line as usize)
            .saturating_sub(1)
            .min(self.line_starts.len() - 1);
        TextSize::new(self.line_starts[li])
    }

    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }

    pub fn text(&self) -> &'a str {
        self.src
    }
}

/// CPython's tokenizer limit on open brackets.
const MAX_PAREN_LEVEL: usize = 200;
/// CPython's tokenizer limit on indentation levels.
const MAX_INDENT: usize = 100;

/// Checks bracket nesting and indentation depth like CPython's tokenizer, ignoring brackets
/// in strings and comments.
pub fn check_nesting(src: &str, map: &SourceMap) -> Result<(), RawError> {
    let b = src.as_bytes();
    let mut i = 0;
    let mut level = 0usize;
    let mut at_line_start = true;
    let mut indents: Vec<usize> = vec![0];
    let mut continuation = false;
    while i < b.len() {
        if at_line_start {
            at_line_start = false;
            // Measure indentation of a new logical line.
            let mut col = 0usize;
            let mut j = i;
            while j < b.len() {
                match b[j] {
                    b' ' => col += 1,
                    b'\t' => col = (col / 8 + 1) * 8,
                    b'\x0c' => col = 0,
                    _ => break,
                }
                j += 1;
            }
            let blank = j >= b.len() || matches!(b[j], b'#' | b'\n' | b'\r' | b'\\');
            if level == 0 && !continuation && !blank {
                let top = *indents.last().unwrap_or(&0);
                if col > top {
                    if indents.len() >= MAX_INDENT {
                        let (line, _) = map.line_col(TextSize::new(i as u32));
                        return Err(RawError::at_line(
                            CompileErrorKind::IndentationError,
                            "too many levels of indentation",
                            line,
                        ));
                    }
                    indents.push(col);
                } else {
                    while indents.len() > 1 && col < *indents.last().unwrap_or(&0) {
                        indents.pop();
                    }
                }
            }
            continuation = false;
            i = j;
            continue;
        }
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
            }
            b'\n' | b'\r' => {
                if c == b'\r' && b.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                i += 1;
                at_line_start = true;
                if level > 0 {
                    continuation = true;
                }
            }
            b'\\' => {
                // A line continuation joins the next physical line to this logical line.
                if matches!(b.get(i + 1), Some(b'\n') | Some(b'\r')) {
                    i += 1;
                    if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    i += 1;
                    at_line_start = true;
                    continuation = true;
                } else {
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                if level >= MAX_PAREN_LEVEL {
                    let r = TextRange::at(TextSize::new(i as u32), TextSize::new(1));
                    return Err(RawError::new(
                        CompileErrorKind::SyntaxError,
                        "too many nested parentheses",
                        r,
                    ));
                }
                level += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                level = level.saturating_sub(1);
                i += 1;
            }
            b'"' | b'\'' => {
                i = skip_string(b, i);
            }
            _ if c.is_ascii_alphabetic() => {
                // A string prefix directly followed by a quote starts a string.
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                if i < b.len() && (b[i] == b'"' || b[i] == b'\'') && i - start <= 2 {
                    let prefix = &src[start..i];
                    if prefix
                        .chars()
                        .all(|ch| matches!(ch.to_ascii_lowercase(), 'r' | 'b' | 'u' | 'f'))
                    {
                        i = skip_string(b, i);
                    }
                }
            }
            _ => i += 1,
        }
    }
    Ok(())
}

/// Skips the string literal whose opening quote is at `i`; returns the index after it (or the
/// end of the line for an unterminated single-quoted string, which the parser reports).
fn skip_string(b: &[u8], mut i: usize) -> usize {
    let q = b[i];
    let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
    if triple {
        i += 3;
        while i < b.len() {
            if b[i] == b'\\' {
                i += 2;
            } else if b[i] == q && b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                return i + 3;
            } else {
                i += 1;
            }
        }
        b.len()
    } else {
        i += 1;
        while i < b.len() {
            match b[i] {
                b'\\' => {
                    if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                        i += 3;
                    } else {
                        i += 2;
                    }
                }
                b'\n' | b'\r' => return i,
                c if c == q => return i + 1,
                _ => i += 1,
            }
        }
        b.len()
    }
}

/// A bracket problem the tokenizer reports by itself.
#[derive(Clone, Copy, Debug)]
pub enum BracketProblem {
    /// A closing bracket with no opening one: `(offset, closer)`.
    Unmatched(usize, u8),
    /// A closing bracket of the wrong kind: `(offset, closer, opener offset, opener)`.
    Mismatch(usize, u8, usize, u8),
}

/// What a scan of the brackets of a source finds.
#[derive(Clone, Copy, Debug, Default)]
pub struct BracketScan {
    /// The first unmatched or mismatched closing bracket.
    pub problem: Option<BracketProblem>,
    /// The innermost bracket still open at the end of the source: `(offset, opener)`.
    pub unclosed: Option<(usize, u8)>,
}

/// Scans the brackets of `src`, skipping strings and comments.
pub fn scan_brackets(src: &str) -> BracketScan {
    let b = src.as_bytes();
    let mut stack: Vec<(usize, u8)> = Vec::new();
    let mut out = BracketScan::default();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                stack.push((i, c));
                i += 1;
            }
            b')' | b']' | b'}' => {
                let want = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match stack.pop() {
                    None => {
                        if out.problem.is_none() {
                            out.problem = Some(BracketProblem::Unmatched(i, c));
                        }
                    }
                    Some((at, open)) if open != want => {
                        if out.problem.is_none() {
                            out.problem = Some(BracketProblem::Mismatch(i, c, at, open));
                        }
                    }
                    Some(_) => {}
                }
                i += 1;
            }
            b'"' | b'\'' => i = skip_string(b, i),
            _ if c.is_ascii_alphabetic() => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                if i < b.len() && (b[i] == b'"' || b[i] == b'\'') && i - start <= 2 {
                    let prefix = &src[start..i];
                    if prefix
                        .chars()
                        .all(|ch| matches!(ch.to_ascii_lowercase(), 'r' | 'b' | 'u' | 'f'))
                    {
                        i = skip_string(b, i);
                    }
                }
            }
            _ => i += 1,
        }
    }
    out.unclosed = stack.last().copied();
    out
}

/// The first tab/space inconsistency in indentation, as CPython's tokenizer detects it
/// (comparing indentation with tabs as 8 columns and as 1): the 1-based line.
pub fn find_tab_error(src: &str) -> Option<u32> {
    let b = src.as_bytes();
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    let mut i = 0;
    let mut line = 1u32;
    let mut level = 0usize;
    let mut at_line_start = true;
    let mut continuation = false;
    while i < b.len() {
        if at_line_start {
            at_line_start = false;
            let (mut col, mut alt) = (0usize, 0usize);
            let mut j = i;
            while j < b.len() {
                match b[j] {
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    b'\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    b'\x0c' => {
                        col = 0;
                        alt = 0;
                    }
                    _ => break,
                }
                j += 1;
            }
            let blank = j >= b.len() || matches!(b[j], b'#' | b'\n' | b'\r' | b'\\');
            if level == 0 && !continuation && !blank {
                let (top, top_alt) = *stack.last().unwrap_or(&(0, 0));
                if col == top {
                    if alt != top_alt {
                        return Some(line);
                    }
                } else if col > top {
                    if alt <= top_alt {
                        return Some(line);
                    }
                    stack.push((col, alt));
                } else {
                    while stack.len() > 1 && col < stack.last().map_or(0, |t| t.0) {
                        stack.pop();
                    }
                    let (top, top_alt) = *stack.last().unwrap_or(&(0, 0));
                    if col == top && alt != top_alt {
                        return Some(line);
                    }
                    if col != top {
                        // An unindent mismatch: the parser reports it.
                        return None;
                    }
                }
            }
            continuation = false;
            i = j;
            continue;
        }
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
            }
            b'\n' | b'\r' => {
                if c == b'\r' && b.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                i += 1;
                line += 1;
                at_line_start = true;
                if level > 0 {
                    continuation = true;
                }
            }
            b'\\' => {
                if matches!(b.get(i + 1), Some(b'\n') | Some(b'\r')) {
                    i += 1;
                    if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    i += 1;
                    line += 1;
                    at_line_start = true;
                    continuation = true;
                } else {
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                level += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                level = level.saturating_sub(1);
                i += 1;
            }
            b'"' | b'\'' => {
                let end = skip_string(b, i);
                line += src[i..end].bytes().filter(|&x| x == b'\n').count() as u32;
                i = end;
            }
            _ if c.is_ascii_alphabetic() => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                if i < b.len() && (b[i] == b'"' || b[i] == b'\'') && i - start <= 2 {
                    let prefix = &src[start..i];
                    if prefix
                        .chars()
                        .all(|ch| matches!(ch.to_ascii_lowercase(), 'r' | 'b' | 'u' | 'f'))
                    {
                        let end = skip_string(b, i);
                        line += src[i..end].bytes().filter(|&x| x == b'\n').count() as u32;
                        i = end;
                    }
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// How many brackets are open at byte `offset` of `src` (strings and comments skipped).
pub fn bracket_depth_at(src: &str, offset: TextSize) -> usize {
    let end = usize::from(offset).min(src.len());
    let mut cut = end;
    while cut > 0 && !src.is_char_boundary(cut) {
        cut -= 1;
    }
    scan_brackets_counting(&src[..cut])
}

fn scan_brackets_counting(src: &str) -> usize {
    let b = src.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b'"' | b'\'' => i = skip_string(b, i),
            _ => i += 1,
        }
    }
    depth
}
