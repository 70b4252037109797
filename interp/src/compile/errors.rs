//! Compile errors: the public `CompileError`, the internal `RawError` (a message with a byte
//! range, resolved to lines and columns at the end), and the translation of the parser's
//! errors into the messages CPython 3.11 prints for the same programs.
//!
//! Must not: decide what is an error in a parsed program (the symbol table and code
//! generator do that); this module only words and positions them.

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{self as ast, Expr, Mod, Stmt};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseErrorType, Parsed,
    UnsupportedSyntaxErrorKind,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::source::{self, SourceMap};

/// The Python exception class a compile error is raised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// The compiler's own recursion limit (deeply nested expressions).
    RecursionError,
}

/// A compile-time error, positioned like CPython's `SyntaxError` attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based character offset, like `SyntaxError.offset`.
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// The source line, with its line ending.
    pub text: Option<String>,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.kind {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
            CompileErrorKind::RecursionError => "RecursionError",
        };
        write!(
            f,
            "{kind}: {} ({}, line {})",
            self.msg, self.filename, self.line
        )
    }
}

impl std::error::Error for CompileError {}

/// Where a raw error points.
#[derive(Clone, Debug)]
enum ErrPos {
    Range(TextRange),
    /// 1-based line, 1-based column, end line, end column.
    Explicit(u32, u32, u32, u32),
    None,
}

/// An error before its position is resolved against the source.
#[derive(Clone, Debug)]
pub struct RawError {
    pub kind: CompileErrorKind,
    pub msg: String,
    pos: ErrPos,
    /// Raised by the tokenizer (it then takes precedence over a later-found parser error).
    pub lexical: bool,
}

impl RawError {
    pub fn new(kind: CompileErrorKind, msg: impl Into<String>, range: TextRange) -> RawError {
        RawError {
            kind,
            msg: msg.into(),
            pos: ErrPos::Range(range),
            lexical: false,
        }
    }

    pub fn syntax(msg: impl Into<String>, range: TextRange) -> RawError {
        RawError::new(CompileErrorKind::SyntaxError, msg, range)
    }

    /// An error that points at the start of `line` (CPython's tokenizer errors).
    pub fn at_line(kind: CompileErrorKind, msg: impl Into<String>, line: u32) -> RawError {
        RawError {
            kind,
            msg: msg.into(),
            pos: ErrPos::Explicit(line, 1, line, 0),
            lexical: true,
        }
    }

    pub fn recursion(range: TextRange) -> RawError {
        RawError::new(
            CompileErrorKind::RecursionError,
            "maximum recursion depth exceeded during compilation",
            range,
        )
    }

    /// An error in the compiler itself (an inconsistency it detected), reported as a
    /// `SyntaxError` rather than a panic.
    pub fn internal(msg: impl Into<String>) -> RawError {
        RawError {
            kind: CompileErrorKind::SyntaxError,
            msg: format!("internal compiler error: {}", msg.into()),
            pos: ErrPos::None,
            lexical: false,
        }
    }

    pub fn into_compile_error(self, map: &SourceMap, filename: &str) -> CompileError {
        let (line, col, end_line, end_col) = match self.pos {
            ErrPos::Range(r) => {
                let (l, c) = map.line_col(r.start());
                let (el, ec) = map.line_col(r.end());
                (l, c + 1, el, ec + 1)
            }
            ErrPos::Explicit(l, c, el, ec) => (l, c, el, ec),
            ErrPos::None => (0, 0, 0, 0),
        };
        let text = if line > 0 {
            map.line_text(line).map(str::to_string)
        } else {
            None
        };
        CompileError {
            kind: self.kind,
            msg: self.msg,
            filename: filename.to_string(),
            line,
            col,
            end_line,
            end_col,
            text,
        }
    }
}

/// The error to report for a parse, if it failed: the first syntax error in source order,
/// worded as CPython 3.11 words it where we know how.
/// The error to report for a parse, if it failed, worded as CPython 3.11 words it where we
/// know how (otherwise `invalid syntax`).
pub fn first_parse_error(parsed: &Parsed<Mod>, source: &str, map: &SourceMap) -> Option<RawError> {
    let first = parsed.errors().first();
    let unsupported = parsed.unsupported_syntax_errors().iter().find(|u| {
        !matches!(
            u.kind,
            UnsupportedSyntaxErrorKind::Match | UnsupportedSyntaxErrorKind::ExceptStar
        )
    });
    let tab_line = source::find_tab_error(source);
    // The earliest of the parser's first error, a version-related error and a tab error.
    let mut best: Option<(TextSize, RawError)> = None;
    let mut consider = |at: TextSize, e: RawError| {
        if best.as_ref().is_none_or(|(b, _)| at < *b) {
            best = Some((at, e));
        }
    };
    if let Some(e) = first {
        let raw = translate_parse_error(&e.error, e.location, parsed, source, map);
        consider(e.location.start(), raw);
    }
    if let Some(u) = unsupported {
        consider(u.range.start(), translate_unsupported(&u.kind, u.range));
    }
    if let Some(line) = tab_line {
        let at = map.line_start(line);
        consider(
            at,
            RawError::at_line(
                CompileErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                line,
            ),
        );
    }
    let (at, mut err) = best?;
    // After a parser error CPython tokenizes the rest of the file, and an error the tokenizer
    // raises there replaces the parser's.
    if err.kind == CompileErrorKind::SyntaxError && !err.lexical {
        let later =
            parsed.errors().iter().skip(1).find(|e| {
                e.location.start() > at && overriding_lexical(&e.error, source, e.location)
            });
        if let Some(e) = later {
            err = translate_parse_error(&e.error, e.location, parsed, source, map);
        }
    }
    Some(err)
}

/// Lexical errors that CPython's tokenizer raises as exceptions (and which therefore replace
/// a parser error found before them).
fn overriding_lexical(e: &ParseErrorType, source: &str, range: TextRange) -> bool {
    match e {
        ParseErrorType::Lexical(l) => match l {
            LexicalErrorType::UnclosedStringError
            | LexicalErrorType::LineContinuationError
            | LexicalErrorType::InvalidByteLiteral
            | LexicalErrorType::OtherError(_) => true,
            LexicalErrorType::UnrecognizedToken { tok } => !tok.is_ascii(),
            LexicalErrorType::FStringError(
                InterpolatedStringErrorType::UnterminatedString
                | InterpolatedStringErrorType::UnterminatedTripleQuotedString,
            ) => true,
            _ => false,
        },
        ParseErrorType::SimpleStatementsOnSameLine => invalid_number_at(source, range).is_some(),
        _ => false,
    }
}

fn translate_unsupported(kind: &UnsupportedSyntaxErrorKind, range: TextRange) -> RawError {
    use UnsupportedSyntaxErrorKind as K;
    let msg = match kind {
        K::TypeParameterList | K::TypeAliasStatement | K::TypeParamDefault => {
            "type parameter syntax is not supported by weft yet (it is Python 3.12 syntax)"
        }
        K::UnparenthesizedExceptionTypes => "multiple exception types must be parenthesized",
        K::ParenthesizedKeywordArgumentName => {
            "expression cannot contain assignment, perhaps you meant \"==\"?"
        }
        K::UnpackingInComprehension(k) => {
            if format!("{k:?}") == "DictInDict" {
                "dict unpacking cannot be used in dict comprehension"
            } else {
                "iterable unpacking cannot be used in comprehension"
            }
        }
        K::Pep701FString(k) => match format!("{k:?}").as_str() {
            "Backslash" => "f-string expression part cannot include a backslash",
            "Comment" => "f-string expression part cannot include '#'",
            _ => "f-string: expecting '}'",
        },
        _ => "invalid syntax",
    };
    RawError::syntax(msg, range)
}

fn lexical_error(kind: CompileErrorKind, msg: impl Into<String>, range: TextRange) -> RawError {
    let mut e = RawError::new(kind, msg, range);
    e.lexical = true;
    e
}

/// If a number literal runs straight into letters at `range` (`1_`, `1.e`, `5z`): CPython's
/// message for it and where it points.
fn invalid_number_at(source: &str, range: TextRange) -> Option<(String, TextRange)> {
    let start = usize::from(range.start());
    let b = source.as_bytes();
    if start == 0 || start >= b.len() {
        return None;
    }
    if !(b[start].is_ascii_alphanumeric() || b[start] == b'_') {
        return None;
    }
    // Walk back to the start of the number token.
    let mut s = start;
    while s > 0 && (b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'_' || b[s - 1] == b'.') {
        s -= 1;
    }
    if s == start || !(b[s].is_ascii_digit() || (b[s] == b'.' && s + 1 < start)) {
        return None;
    }
    let text = source[s..start].to_ascii_lowercase();
    let msg = number_message(&text, source.get(start..).and_then(|r| r.chars().next()));
    Some((msg, TextRange::empty(range.start())))
}

/// CPython's message for a malformed number `text` followed by `next`.
fn number_message(text: &str, next: Option<char>) -> String {
    let digit = next.filter(char::is_ascii_digit);
    if text.starts_with("0x") {
        "invalid hexadecimal literal".into()
    } else if text.starts_with("0o") {
        match digit {
            Some(d) => format!("invalid digit '{d}' in octal literal"),
            None => "invalid octal literal".into(),
        }
    } else if text.starts_with("0b") {
        match digit {
            Some(d) => format!("invalid digit '{d}' in binary literal"),
            None => "invalid binary literal".into(),
        }
    } else if text.ends_with('j') {
        "invalid imaginary literal".into()
    } else {
        "invalid decimal literal".into()
    }
}

/// Whether the error offset lies inside an f-string (3.11 prefixes messages about the
/// expressions in f-strings with `f-string: `).
fn in_fstring(parsed: &Parsed<Mod>, offset: TextSize) -> bool {
    let mut depth = 0i32;
    for t in parsed.tokens().iter() {
        if t.start() > offset {
            break;
        }
        match t.kind() {
            TokenKind::FStringStart => depth += 1,
            TokenKind::FStringEnd if t.end() <= offset => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// The kind of an expression written as `text`, for "cannot assign to ..." messages.
fn expr_name_of_text(text: &str) -> &'static str {
    if text.trim_start().starts_with('*') {
        return "starred";
    }
    if text.len() > 2000 {
        // Not worth parsing again (and the tree could be deep).
        return "expression";
    }
    let wrapped = format!("({text})");
    match ruff_python_parser::parse_expression(&wrapped) {
        Ok(p) => expr_name(p.expr()),
        Err(_) => match ruff_python_parser::parse_expression(text) {
            Ok(p) => expr_name(p.expr()),
            Err(_) => "expression",
        },
    }
}

/// The innermost statement of `body` whose range contains `range`.
fn find_stmt(body: &[Stmt], range: TextRange) -> Option<&Stmt> {
    let s = body.iter().find(|s| s.range().contains_range(range))?;
    let inner: Option<&Stmt> = match s {
        Stmt::FunctionDef(f) => find_stmt(&f.body, range),
        Stmt::ClassDef(c) => find_stmt(&c.body, range),
        Stmt::For(f) => find_stmt(&f.body, range).or_else(|| find_stmt(&f.orelse, range)),
        Stmt::While(w) => find_stmt(&w.body, range).or_else(|| find_stmt(&w.orelse, range)),
        Stmt::If(i) => find_stmt(&i.body, range).or_else(|| {
            i.elif_else_clauses
                .iter()
                .find_map(|c| find_stmt(&c.body, range))
        }),
        Stmt::With(w) => find_stmt(&w.body, range),
        Stmt::Try(t) => find_stmt(&t.body, range)
            .or_else(|| {
                t.handlers.iter().find_map(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_stmt(&h.body, range)
                })
            })
            .or_else(|| find_stmt(&t.orelse, range))
            .or_else(|| find_stmt(&t.finalbody, range)),
        _ => None,
    };
    inner.or(Some(s))
}

/// Whether an expression is at CPython's `bitwise_or` level or tighter (for the
/// "Maybe you meant '=='" hint).
fn is_bitwise_or(e: &Expr) -> bool {
    !matches!(
        e,
        Expr::BoolOp(_)
            | Expr::Named(_)
            | Expr::Lambda(_)
            | Expr::If(_)
            | Expr::Compare(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
            | Expr::Starred(_)
            | Expr::Slice(_)
    ) && !matches!(e, Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not)
        && !matches!(e, Expr::Tuple(t) if !t.parenthesized)
}

/// CPython's message for an invalid assignment target at `range`.
fn invalid_target_message(parsed: &Parsed<Mod>, source: &str, range: TextRange) -> String {
    let text = source
        .get(usize::from(range.start())..usize::from(range.end()))
        .unwrap_or("");
    let name = expr_name_of_text(text);
    if name == "yield expression" {
        return "assignment to yield expression not possible".into();
    }
    if let Mod::Module(m) = parsed.syntax() {
        if let Some(Stmt::Assign(a)) = find_stmt(&m.body, range) {
            if let [target] = a.targets.as_slice() {
                let excluded = matches!(
                    target,
                    Expr::List(_)
                        | Expr::Tuple(_)
                        | Expr::Generator(_)
                        | Expr::BooleanLiteral(_)
                        | Expr::NoneLiteral(_)
                );
                let value_head = match &*a.value {
                    Expr::Tuple(t) if !t.parenthesized => t.elts.first().unwrap_or(&a.value),
                    v => v,
                };
                if target.range() == range
                    && !excluded
                    && is_bitwise_or(target)
                    && is_bitwise_or(value_head)
                {
                    return format!(
                        "cannot assign to {name} here. Maybe you meant '==' instead of '='?"
                    );
                }
            }
        }
    }
    format!("cannot assign to {name}")
}

/// The line of the statement header a missing block belongs to: the nearest line at or
/// before `from` whose first word is one of `keywords`.
fn header_line(map: &SourceMap, from: u32, keywords: &[&str]) -> u32 {
    let mut line = from;
    while line >= 1 {
        if let Some(text) = map.line_text(line) {
            let t = text.trim_start();
            for k in keywords {
                if let Some(rest) = t.strip_prefix(k) {
                    if !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_') {
                        return line;
                    }
                }
            }
        }
        line -= 1;
    }
    from
}

/// The last line with code on it (not blank, not only a comment).
fn last_code_line(map: &SourceMap) -> u32 {
    let mut line = map.line_count();
    while line > 1 {
        let t = map.line_text(line).unwrap_or("").trim();
        if !t.is_empty() && !t.starts_with('#') {
            break;
        }
        line -= 1;
    }
    line
}

fn unterminated_message(source: &str, map: &SourceMap, range: TextRange) -> String {
    let start = usize::from(range.start());
    let rest = source.get(start..).unwrap_or("");
    let after_prefix = rest.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let triple = after_prefix.starts_with("\"\"\"") || after_prefix.starts_with("'''");
    if triple {
        let mut end = usize::from(range.end()).min(source.len());
        if end == source.len() && source.ends_with('\n') && end > start {
            end -= 1;
        }
        let (line, _) = map.line_col(TextSize::new(end as u32));
        format!("unterminated triple-quoted string literal (detected at line {line})")
    } else {
        let (line, _) = map.line_col(range.start());
        format!("unterminated string literal (detected at line {line})")
    }
}

fn fstring_message(
    f: &InterpolatedStringErrorType,
    range: TextRange,
    source: &str,
    map: &SourceMap,
) -> String {
    match f {
        InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'".into(),
        InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed".into(),
        InterpolatedStringErrorType::InvalidConversionFlag => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'".into()
        }
        InterpolatedStringErrorType::UnterminatedString
        | InterpolatedStringErrorType::UnterminatedTripleQuotedString => {
            unterminated_message(source, map, range)
        }
        InterpolatedStringErrorType::LambdaWithoutParentheses => {
            "f-string: lambda expressions are not allowed without parentheses".into()
        }
        _ => "f-string: invalid syntax".into(),
    }
}

/// Two expressions side by side inside brackets (`[1 2]`, `f(a b)`).
fn is_forgot_comma(error: &ParseErrorType) -> bool {
    match error {
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Comma,
            ..
        } => true,
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace,
            found,
        } => matches!(
            found,
            TokenKind::Name
                | TokenKind::Int
                | TokenKind::Float
                | TokenKind::Complex
                | TokenKind::String
                | TokenKind::FStringStart
                | TokenKind::None
                | TokenKind::True
                | TokenKind::False
        ),
        _ => false,
    }
}

/// Errors about brackets that CPython's tokenizer reports before (or instead of) the
/// parser's error at `range`.
fn bracket_error(
    error: &ParseErrorType,
    range: TextRange,
    source: &str,
    map: &SourceMap,
) -> Option<RawError> {
    use CompileErrorKind::SyntaxError;
    let brackets = source::scan_brackets(source);
    let one = |at: usize| TextRange::at(TextSize::new(at as u32), TextSize::new(1));
    match brackets.problem {
        Some(source::BracketProblem::Unmatched(at, c)) if at <= usize::from(range.end()) => {
            return Some(lexical_error(
                SyntaxError,
                format!("unmatched '{}'", c as char),
                one(at),
            ));
        }
        Some(source::BracketProblem::Mismatch(at, c, open_at, open))
            if at <= usize::from(range.end()) =>
        {
            let (close_line, _) = map.line_col(TextSize::new(at as u32));
            let (open_line, _) = map.line_col(TextSize::new(open_at as u32));
            let mut msg = format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                c as char, open as char
            );
            if open_line != close_line {
                msg.push_str(&format!(" on line {open_line}"));
            }
            return Some(lexical_error(SyntaxError, msg, one(at)));
        }
        _ => {}
    }
    let (at, open) = brackets.unclosed?;
    let (err_line, _) = map.line_col(range.start());
    let (open_line, _) = map.line_col(TextSize::new(at as u32));
    let eof = matches!(error, ParseErrorType::Lexical(LexicalErrorType::Eof));
    let forgot_comma = is_forgot_comma(error);
    let only_trivia_after = source.get(usize::from(range.end())..).is_some_and(|rest| {
        rest.lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    });
    if eof
        || open_line < err_line
        || (err_line >= last_code_line(map) && (!forgot_comma || only_trivia_after))
    {
        return Some(lexical_error(
            SyntaxError,
            format!("'{}' was never closed", open as char),
            one(at),
        ));
    }
    None
}

fn translate_parse_error(
    error: &ParseErrorType,
    range: TextRange,
    parsed: &Parsed<Mod>,
    source: &str,
    map: &SourceMap,
) -> RawError {
    use CompileErrorKind::{IndentationError, SyntaxError};
    if let Some(e) = bracket_error(error, range, source, map) {
        return e;
    }
    let text = source
        .get(usize::from(range.start())..usize::from(range.end()))
        .unwrap_or("");
    let (err_line, _) = map.line_col(range.start());
    let syntax = |msg: &str| RawError::syntax(msg, range);
    let lexical = |msg: &str| lexical_error(SyntaxError, msg, range);
    match error {
        ParseErrorType::Lexical(lex) => match lex {
            LexicalErrorType::IndentationError => lexical_error(
                IndentationError,
                "unindent does not match any outer indentation level",
                range,
            ),
            LexicalErrorType::UnclosedStringError => lexical_error(
                SyntaxError,
                unterminated_message(source, map, range),
                TextRange::empty(range.start()),
            ),
            LexicalErrorType::FStringError(f) => lexical(&fstring_message(f, range, source, map)),
            LexicalErrorType::UnrecognizedToken { tok } if !tok.is_ascii() => lexical(&format!(
                "invalid character '{tok}' (U+{:04X})",
                *tok as u32
            )),
            LexicalErrorType::LineContinuationError => {
                lexical("unexpected character after line continuation character")
            }
            LexicalErrorType::InvalidByteLiteral => {
                lexical("bytes can only contain ASCII literal characters")
            }
            LexicalErrorType::OtherError(m) => {
                let m: &str = m;
                let t = text.to_ascii_lowercase();
                if m == "Invalid decimal integer literal" {
                    lexical(
                        "leading zeros in decimal integer literals are not permitted; use an \
                         0o prefix for octal integers",
                    )
                } else if m.starts_with("ParseIntError") {
                    let next = source
                        .get(usize::from(range.end())..)
                        .and_then(|r| r.chars().next());
                    lexical(&number_message(&t, next))
                } else {
                    lexical("invalid syntax")
                }
            }
            LexicalErrorType::UnicodeError
            | LexicalErrorType::MissingUnicodeLbrace
            | LexicalErrorType::MissingUnicodeRbrace => {
                lexical("(unicode error) 'unicodeescape' codec can't decode bytes")
            }
            LexicalErrorType::Eof => lexical("unexpected EOF while parsing"),
            _ => syntax("invalid syntax"),
        },
        ParseErrorType::FStringError(f) => syntax(&fstring_message(f, range, source, map)),
        ParseErrorType::UnexpectedIndentation => {
            RawError::new(IndentationError, "unexpected indent", range)
        }
        ParseErrorType::OtherError(m) => {
            if let Some(rest) = m.strip_prefix("Expected an indented block after ") {
                let (kws, what): (&[&str], String) = if rest.starts_with("function definition") {
                    (&["def", "async"], "function definition".into())
                } else if rest.starts_with("`class`") {
                    (&["class"], "class definition".into())
                } else {
                    let kw = rest.split('`').nth(1).unwrap_or("if");
                    let kws: &[&str] = match kw {
                        "elif" => &["elif"],
                        "else" => &["else"],
                        "for" => &["for", "async"],
                        "while" => &["while"],
                        "with" => &["with", "async"],
                        "try" => &["try"],
                        "except" => &["except"],
                        "finally" => &["finally"],
                        "match" => &["match"],
                        "case" => &["case"],
                        _ => &["if"],
                    };
                    (kws, format!("'{kw}' statement"))
                };
                let line = header_line(map, err_line, kws);
                return RawError::new(
                    IndentationError,
                    format!("expected an indented block after {what} on line {line}"),
                    range,
                );
            }
            match m.as_str() {
                "Only single target (not tuple) can be annotated" => {
                    syntax("only single target (not tuple) can be annotated")
                }
                "Only single target (not list) can be annotated" => {
                    syntax("only single target (not list) can be annotated")
                }
                "Trailing comma not allowed" => {
                    syntax("trailing comma not allowed without surrounding parentheses")
                }
                "Multiple exception types must be parenthesized when using `as`" => {
                    syntax("multiple exception types must be parenthesized")
                }
                "Expected a parameter name" => {
                    syntax("expression cannot contain assignment, perhaps you meant \"==\"?")
                }
                "Expected a statement" if matches!(text, ")" | "]" | "}") => {
                    syntax(&format!("unmatched '{text}'"))
                }
                "Only one '*' parameter allowed" | "Only one '*' separator allowed" => {
                    syntax("* argument may appear only once")
                }
                "Only one '/' separator allowed" => syntax("/ may appear only once"),
                "'/' parameter must appear before '*' parameter" => syntax("/ must be ahead of *"),
                "Position-only parameter separator not allowed as first parameter" => {
                    syntax("at least one argument must precede /")
                }
                "Keyword-only parameter separator not allowed after '*' parameter" => {
                    syntax("* argument may appear only once")
                }
                _ => syntax("invalid syntax"),
            }
        }
        ParseErrorType::ExpectedToken { found, .. }
            if found.as_augmented_assign_operator().is_some() =>
        {
            syntax("'tuple' is an illegal expression for augmented assignment")
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace,
            found: TokenKind::Equal,
        } => {
            // `(x = 1)`: an assignment where an expression belongs.
            let target = parsed.errors().iter().find(|e| {
                matches!(e.error, ParseErrorType::InvalidAssignmentTarget)
                    && e.location.end() <= range.start()
            });
            match target {
                Some(t) => {
                    let ttext = source
                        .get(usize::from(t.location.start())..usize::from(t.location.end()))
                        .unwrap_or("");
                    syntax(&format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name_of_text(ttext)
                    ))
                }
                None => syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?"),
            }
        }
        ParseErrorType::ExpectedToken { expected, found } => match (expected, found) {
            (TokenKind::Colon, TokenKind::Rbrace | TokenKind::Comma) => {
                syntax("':' expected after dictionary key")
            }
            (TokenKind::Colon, _) => syntax("expected ':'"),
            (TokenKind::Lpar, _) => syntax("expected '('"),
            (TokenKind::Else, _) => syntax("expected 'else' after 'if' expression"),
            _ if is_forgot_comma(error) && source::bracket_depth_at(source, range.start()) > 0 => {
                syntax("invalid syntax. Perhaps you forgot a comma?")
            }
            _ => syntax("invalid syntax"),
        },
        ParseErrorType::SimpleStatementsOnSameLine => {
            if let Some((msg, r)) = invalid_number_at(source, range) {
                return lexical_error(SyntaxError, msg, r);
            }
            // `print "x"`: the Python 2 statement forms.
            let line_text = map.line_text(err_line).unwrap_or("").trim_start();
            for kw in ["print", "exec"] {
                if let Some(rest) = line_text.strip_prefix(kw) {
                    if rest.starts_with([' ', '\t']) {
                        return syntax(&format!(
                            "Missing parentheses in call to '{kw}'. Did you mean {kw}(...)?"
                        ));
                    }
                }
            }
            syntax("invalid syntax")
        }
        ParseErrorType::InvalidAssignmentTarget => {
            syntax(&invalid_target_message(parsed, source, range))
        }
        ParseErrorType::InvalidNamedAssignmentTarget => syntax(&format!(
            "cannot use assignment expressions with {}",
            expr_name_of_text(text)
        )),
        ParseErrorType::InvalidAugmentedAssignmentTarget => syntax(&format!(
            "'{}' is an illegal expression for augmented assignment",
            expr_name_of_text(text)
        )),
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let name = expr_name_of_text(text);
            if name == "tuple" || name == "list" {
                syntax(&format!("only single target (not {name}) can be annotated"))
            } else {
                syntax("illegal target for annotation")
            }
        }
        ParseErrorType::InvalidDeleteTarget => {
            syntax(&format!("cannot delete {}", expr_name_of_text(text)))
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            syntax("positional argument follows keyword argument")
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            syntax("positional argument follows keyword argument unpacking")
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            syntax("iterable argument unpacking follows keyword argument unpacking")
        }
        ParseErrorType::IterableUnpackingInComprehension => {
            syntax("iterable unpacking cannot be used in comprehension")
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            syntax("non-default argument follows default argument")
        }
        ParseErrorType::ParamAfterVarKeywordParam => {
            syntax("arguments cannot follow var-keyword argument")
        }
        ParseErrorType::VarParameterWithDefault => {
            let before = source.get(..usize::from(range.start())).unwrap_or("");
            let star = before.rfind('*').unwrap_or(0);
            let double = star > 0 && before.as_bytes()[star - 1] == b'*';
            syntax(if double {
                "var-keyword argument cannot have default value"
            } else {
                "var-positional argument cannot have default value"
            })
        }
        ParseErrorType::ExpectedKeywordParam => syntax("named arguments must follow bare *"),
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            syntax("Generator expression must be parenthesized")
        }
        ParseErrorType::InvalidStarredExpressionUsage => {
            let before = source
                .get(..usize::from(range.start()))
                .unwrap_or("")
                .trim_end();
            let after = source
                .get(usize::from(range.end())..)
                .unwrap_or("")
                .trim_start();
            if text.starts_with("**") {
                syntax("invalid syntax")
            } else if before.ends_with('(') && after.starts_with(')') {
                syntax("cannot use starred expression here")
            } else if before.ends_with(['+', '-', '*', '/', '%', '@', '&', '|', '^', '<', '>', '~'])
                || before.ends_with("==")
                || before.ends_with("!=")
            {
                syntax("invalid syntax")
            } else {
                syntax("can't use starred expression here")
            }
        }
        ParseErrorType::ExpectedExpression if in_fstring(parsed, range.start()) => {
            if text == "}" || text == "!" || text == ":" {
                syntax("f-string: empty expression not allowed")
            } else {
                syntax("f-string: expecting '}'")
            }
        }
        _ => syntax("invalid syntax"),
    }
}

/// CPython's name for an expression in "cannot assign to ..." messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}
