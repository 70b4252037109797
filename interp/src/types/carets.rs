//! The marker line CPython 3.11 prints under a traceback's source line: `^` under the
//! expression that failed, or for a binary operation `~` under the operands and `^` under
//! the operator, for a subscript `~` under the container and `^` under `[index]`.
//!
//! Owns: computing that line from the source line and the failing instruction's location.
//! Must not: read files or format whole tracebacks (`exceptions.rs` and `lib/traceback.py`
//! do, both through `caret_line`).
use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use crate::bytecode::Location;

/// Where the secondary markers go inside the highlighted range, in characters from the
/// start of the range: `[left, right)` gets the secondary marker.
struct Anchors {
    left: usize,
    right: usize,
}

/// The marker line (with its four-space margin, without a newline) for `raw_line` — the
/// source line as written — and the location of the failing instruction; None when CPython
/// prints none: unknown location, or markers that would span the whole line.
pub fn caret_line(raw_line: &str, loc: Location) -> Option<String> {
    if loc.line == 0 || loc.end_line < loc.line {
        return None;
    }
    let line: Vec<char> = raw_line.trim_end_matches(['\n', '\r']).chars().collect();
    let start = loc.col as usize;
    let mut end = loc.end_col as usize;
    let mut anchors = None;
    if loc.end_line == loc.line {
        if end > line.len() || start >= end {
            return None;
        }
        let segment: String = line[start..end].iter().collect();
        anchors = segment_anchors(&segment);
    } else {
        // A multi-line expression: mark the rest of its first line.
        end = line
            .iter()
            .rposition(|c| !is_python_whitespace(*c))
            .map_or(0, |i| i + 1);
        if start >= end {
            return None;
        }
    }
    let indent = line
        .iter()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count();
    if end - start == line.len() - indent && anchors.is_none() {
        return None;
    }
    let (primary, secondary) = if anchors.is_some() {
        ('~', '^')
    } else {
        ('^', '^')
    };
    let mut out = String::from("    ");
    for j in indent..end {
        let c = if j < start {
            ' '
        } else if anchors
            .as_ref()
            .is_some_and(|a| start + a.left <= j && j < start + a.right)
        {
            secondary
        } else {
            primary
        };
        out.push(c);
    }
    Some(out)
}

fn is_python_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c' | '\n' | '\r')
}

/// Anchors for a binary operation (its operator) or a subscript (`[index]`), found by
/// parsing the highlighted text as an expression, as CPython 3.11 does; None otherwise.
fn segment_anchors(segment: &str) -> Option<Anchors> {
    if segment.len() > 10_000 {
        return None;
    }
    let parsed = ruff_python_parser::parse_expression(segment).ok()?;
    let chars_before = |byte: usize| segment.get(..byte).map_or(0, |s| s.chars().count());
    let text: Vec<char> = segment.chars().collect();
    match parsed.expr() {
        Expr::BinOp(b) => {
            let from = chars_before(b.left.range().end().to_usize());
            let to = chars_before(b.right.range().start().to_usize());
            // The operator: the first character after the left operand that is neither
            // whitespace nor a closing parenthesis of a parenthesized left operand.
            let op = (from..to)
                .find(|&i| !(is_python_whitespace(text[i]) || text[i] == ')' && i + 1 < to))?;
            // Two-character operators (`//`, `**`, `<<`, ...) get two markers.
            let width = if op + 1 < to && !is_python_whitespace(text[op + 1]) {
                2
            } else {
                1
            };
            Some(Anchors {
                left: op,
                right: op + width,
            })
        }
        Expr::Subscript(s) => Some(Anchors {
            left: chars_before(s.value.range().end().to_usize()),
            right: chars_before(s.slice.range().end().to_usize()) + 1,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, col: u32, end_col: u32) -> Location {
        Location {
            line,
            end_line: line,
            col,
            end_col,
        }
    }

    #[test]
    fn binary_operator_is_anchored() {
        let line = "z = x + (x // y)";
        assert_eq!(
            caret_line(line, at(3, 9, 15)).as_deref(),
            Some("             ~~^^~~")
        );
        assert_eq!(caret_line("1/0", at(1, 0, 3)).as_deref(), Some("    ~^~"));
        assert_eq!(
            caret_line("(x) % 0", at(1, 0, 7)).as_deref(),
            Some("    ~~~~^~~")
        );
    }

    #[test]
    fn subscript_is_anchored() {
        assert_eq!(
            caret_line("v = d['k']", at(2, 4, 10)).as_deref(),
            Some("        ~^^^^^")
        );
    }

    #[test]
    fn indentation_is_stripped_and_whole_lines_are_elided() {
        assert_eq!(
            caret_line("    return a.missing", at(2, 11, 20)).as_deref(),
            Some("           ^^^^^^^^^")
        );
        assert_eq!(caret_line("    g()", at(5, 4, 7)), None);
    }

    #[test]
    fn bad_locations_give_nothing() {
        assert_eq!(caret_line("x", at(0, 0, 1)), None);
        assert_eq!(caret_line("x", at(1, 0, 9)), None);
        assert_eq!(caret_line("x + y", at(1, 3, 3)), None);
    }
}
