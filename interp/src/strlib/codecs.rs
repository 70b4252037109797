//! The utf-8, latin-1 and ascii codecs with CPython's error handlers,
//! error ranges and messages, and CPython's encoding-name lookup.

use super::repr::push_escape;
use super::unicode_tables::{CODEC_NAMES, OTHER_CODEC_NAMES};
use std::fmt::Write;

/// A codec strlib implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Codec {
    Utf8,
    Latin1,
    Ascii,
}

impl Codec {
    /// `codecs.lookup(name).name`: "utf-8", "iso8859-1", "ascii".
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Latin1 => "iso8859-1",
            Codec::Ascii => "ascii",
        }
    }

    /// The name in `UnicodeError` messages: "utf-8", "latin-1", "ascii".
    pub fn error_name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
        }
    }
}

/// CPython's `_Py_normalize_encoding`: ASCII letters, digits and '.' are kept
/// (lowercased); every other run of characters becomes one '_' (none at the
/// start or end).  `"UTF 8"` -> `"utf_8"`, `" Latin--1 "` -> `"latin_1"`.
pub fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b == b'.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            punct = false;
            out.push(b.to_ascii_lowercase() as char);
        } else {
            punct = true;
        }
    }
    out
}

fn find_alias(name: &str) -> Option<Codec> {
    CODEC_NAMES
        .binary_search_by(|e| e.0.cmp(name))
        .ok()
        .map(|i| CODEC_NAMES[i].1)
}

/// Resolve an encoding name like `codecs.lookup` (encodings.search_function):
/// aliases first (also with '.' read as '_'), then module names.
pub fn lookup_codec(encoding: &str) -> Option<Codec> {
    let norm = normalize_encoding(encoding);
    if let Some(c) = find_alias(&norm) {
        return Some(c);
    }
    if norm.contains('.') {
        return find_alias(&norm.replace('.', "_"));
    }
    match norm.as_str() {
        "utf_8" => Some(Codec::Utf8),
        "latin_1" => Some(Codec::Latin1),
        "ascii" => Some(Codec::Ascii),
        _ => None,
    }
}

/// Whether CPython 3.11 has a codec of this name that strlib does not implement
/// (utf-16, cp1252, rot13, ...).
pub fn is_other_known_encoding(encoding: &str) -> bool {
    let norm = normalize_encoding(encoding);
    let known = |n: &str| OTHER_CODEC_NAMES.binary_search(&n).is_ok();
    known(&norm) || known(&norm.replace('.', "_"))
}

/// An error handler (the `errors` argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorHandler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
}

impl ErrorHandler {
    /// The built-in handler of this name.
    pub fn from_name(name: &str) -> Option<ErrorHandler> {
        Some(match name {
            "strict" => ErrorHandler::Strict,
            "ignore" => ErrorHandler::Ignore,
            "replace" => ErrorHandler::Replace,
            "backslashreplace" => ErrorHandler::BackslashReplace,
            "xmlcharrefreplace" => ErrorHandler::XmlCharRefReplace,
            "namereplace" => ErrorHandler::NameReplace,
            "surrogateescape" => ErrorHandler::SurrogateEscape,
            "surrogatepass" => ErrorHandler::SurrogatePass,
            _ => return None,
        })
    }
}

/// `UnicodeEncodeError` details; `start`/`end` are code-point indices into the
/// string being encoded (attributes `start`, `end`, `reason` of the exception).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnicodeEncodeError {
    pub encoding: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
    /// The character at `start`.
    pub character: char,
}

impl UnicodeEncodeError {
    /// `str(exc)`, e.g. "'ascii' codec can't encode character '\xe9' in
    /// position 3: ordinal not in range(128)".
    pub fn message(&self) -> String {
        if self.end == self.start + 1 {
            let mut esc = String::new();
            push_escape(&mut esc, self.character);
            format!(
                "'{}' codec can't encode character '{}' in position {}: {}",
                self.encoding, esc, self.start, self.reason
            )
        } else {
            format!(
                "'{}' codec can't encode characters in position {}-{}: {}",
                self.encoding,
                self.start,
                self.end.saturating_sub(1),
                self.reason
            )
        }
    }
}

/// `UnicodeDecodeError` details; `start`/`end` are byte indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnicodeDecodeError {
    pub encoding: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
    /// The byte at `start`.
    pub byte: u8,
}

impl UnicodeDecodeError {
    /// `str(exc)`, e.g. "'utf-8' codec can't decode byte 0xff in position 0:
    /// invalid start byte".
    pub fn message(&self) -> String {
        if self.end == self.start + 1 {
            format!(
                "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                self.encoding, self.byte, self.start, self.reason
            )
        } else {
            format!(
                "'{}' codec can't decode bytes in position {}-{}: {}",
                self.encoding,
                self.start,
                self.end.saturating_sub(1),
                self.reason
            )
        }
    }
}

/// Why `encode` failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EncodeError {
    /// `LookupError("unknown encoding: NAME")`.
    UnknownEncoding(String),
    /// `LookupError("unknown error handler name 'NAME'")`; raised only when an
    /// error actually occurs, like CPython.
    UnknownErrorHandler(String),
    /// A codec or handler CPython has that strlib does not implement (the
    /// codecs other than utf-8/latin-1/ascii, the 'namereplace' handler).
    Unsupported(String),
    /// `UnicodeEncodeError`.
    Unicode(UnicodeEncodeError),
}

/// Why `decode` failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// `LookupError("unknown encoding: NAME")`.
    UnknownEncoding(String),
    /// `LookupError("unknown error handler name 'NAME'")`.
    UnknownErrorHandler(String),
    /// `TypeError("don't know how to handle UnicodeDecodeError in error callback")`:
    /// an encode-only handler ('xmlcharrefreplace', 'namereplace') met a decode error.
    WrongHandler,
    /// Not implemented: another codec, or a handler whose result would hold
    /// lone surrogates ('surrogateescape', 'surrogatepass'), which a Rust
    /// `String` cannot.
    Unsupported(String),
    /// `UnicodeDecodeError`.
    Unicode(UnicodeDecodeError),
}

fn unknown_encoding_message(name: &str) -> String {
    format!("unknown encoding: {name}")
}

fn unsupported_encoding_message(name: &str) -> String {
    format!("the '{name}' codec is not implemented")
}

impl EncodeError {
    /// Name of the Python exception class to raise.
    pub fn exception_name(&self) -> &'static str {
        match self {
            EncodeError::UnknownEncoding(_) | EncodeError::UnknownErrorHandler(_) => "LookupError",
            EncodeError::Unsupported(_) => "NotImplementedError",
            EncodeError::Unicode(_) => "UnicodeEncodeError",
        }
    }

    /// The exception's message, as `str(exc)` shows it.
    pub fn message(&self) -> String {
        match self {
            EncodeError::UnknownEncoding(n) => unknown_encoding_message(n),
            EncodeError::UnknownErrorHandler(n) => format!("unknown error handler name '{n}'"),
            EncodeError::Unsupported(m) => m.clone(),
            EncodeError::Unicode(e) => e.message(),
        }
    }
}

impl DecodeError {
    /// Name of the Python exception class to raise.
    pub fn exception_name(&self) -> &'static str {
        match self {
            DecodeError::UnknownEncoding(_) | DecodeError::UnknownErrorHandler(_) => "LookupError",
            DecodeError::WrongHandler => "TypeError",
            DecodeError::Unsupported(_) => "NotImplementedError",
            DecodeError::Unicode(_) => "UnicodeDecodeError",
        }
    }

    /// The exception's message, as `str(exc)` shows it.
    pub fn message(&self) -> String {
        match self {
            DecodeError::UnknownEncoding(n) => unknown_encoding_message(n),
            DecodeError::UnknownErrorHandler(n) => format!("unknown error handler name '{n}'"),
            DecodeError::WrongHandler => {
                "don't know how to handle UnicodeDecodeError in error callback".to_string()
            }
            DecodeError::Unsupported(m) => m.clone(),
            DecodeError::Unicode(e) => e.message(),
        }
    }
}

impl std::fmt::Display for EncodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.exception_name(), self.message())
    }
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.exception_name(), self.message())
    }
}

impl std::error::Error for EncodeError {}
impl std::error::Error for DecodeError {}

/// `s.encode(encoding, errors)` for utf-8, latin-1 and ascii (any CPython spelling).
pub fn encode(s: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, EncodeError> {
    match lookup_codec(encoding) {
        Some(codec) => encode_with(s, codec, errors),
        None if is_other_known_encoding(encoding) => Err(EncodeError::Unsupported(
            unsupported_encoding_message(encoding),
        )),
        None => Err(EncodeError::UnknownEncoding(encoding.to_string())),
    }
}

/// `s.encode(...)` with an already resolved codec.
pub fn encode_with(s: &str, codec: Codec, errors: &str) -> Result<Vec<u8>, EncodeError> {
    let limit: u32 = match codec {
        // A Rust string holds no surrogates, so utf-8 encoding cannot fail.
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Latin1 => 0x100,
        Codec::Ascii => 0x80,
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let reason = if limit == 0x80 {
        "ordinal not in range(128)"
    } else {
        "ordinal not in range(256)"
    };
    let mut handler = None;
    let mut out = Vec::with_capacity(s.len());
    let mut chars = s.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            continue;
        }
        // The run of unencodable characters starting here.
        let mut run = vec![c];
        while let Some(&(_, d)) = chars.peek() {
            if (d as u32) < limit {
                break;
            }
            run.push(d);
            chars.next();
        }
        let h = match handler {
            Some(h) => h,
            None => {
                let h = ErrorHandler::from_name(errors)
                    .ok_or_else(|| EncodeError::UnknownErrorHandler(errors.to_string()))?;
                handler = Some(h);
                h
            }
        };
        match h {
            ErrorHandler::Strict | ErrorHandler::SurrogateEscape | ErrorHandler::SurrogatePass => {
                return Err(EncodeError::Unicode(UnicodeEncodeError {
                    encoding: codec.error_name(),
                    start: i,
                    end: i + run.len(),
                    reason,
                    character: c,
                }));
            }
            ErrorHandler::Ignore => {}
            ErrorHandler::Replace => out.extend(std::iter::repeat_n(b'?', run.len())),
            ErrorHandler::BackslashReplace => {
                let mut esc = String::new();
                for &d in &run {
                    push_escape(&mut esc, d);
                }
                out.extend_from_slice(esc.as_bytes());
            }
            ErrorHandler::XmlCharRefReplace => {
                let mut esc = String::new();
                for &d in &run {
                    let _ = write!(esc, "&#{};", d as u32);
                }
                out.extend_from_slice(esc.as_bytes());
            }
            ErrorHandler::NameReplace => {
                return Err(EncodeError::Unsupported(
                    "the 'namereplace' error handler is not implemented".to_string(),
                ));
            }
        }
    }
    Ok(out)
}

/// `b.decode(encoding, errors)` for utf-8, latin-1 and ascii (any CPython spelling).
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> Result<String, DecodeError> {
    match lookup_codec(encoding) {
        Some(codec) => decode_with(b, codec, errors),
        None if is_other_known_encoding(encoding) => Err(DecodeError::Unsupported(
            unsupported_encoding_message(encoding),
        )),
        None => Err(DecodeError::UnknownEncoding(encoding.to_string())),
    }
}

/// Whether `b` can start a UTF-8 sequence of two or more bytes.
fn is_utf8_lead(b: u8) -> bool {
    (0xc2..=0xf4).contains(&b)
}

/// `b.decode(...)` with an already resolved codec.
pub fn decode_with(b: &[u8], codec: Codec, errors: &str) -> Result<String, DecodeError> {
    if codec == Codec::Latin1 {
        return Ok(b.iter().map(|&c| c as char).collect());
    }
    if let Ok(s) = std::str::from_utf8(b) {
        if codec == Codec::Utf8 || s.is_ascii() {
            return Ok(s.to_string());
        }
    }
    let mut handler = None;
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        // Find the next error: [start, end) with its reason.
        let (valid, end, reason) = match codec {
            Codec::Ascii => {
                let rest = &b[pos..];
                match rest.iter().position(|c| !c.is_ascii()) {
                    None => (rest.len(), rest.len(), ""),
                    Some(k) => (k, k + 1, "ordinal not in range(128)"),
                }
            }
            _ => match std::str::from_utf8(&b[pos..]) {
                Ok(s) => (s.len(), s.len(), ""),
                Err(e) => {
                    let k = e.valid_up_to();
                    match e.error_len() {
                        None => (k, b.len() - pos, "unexpected end of data"),
                        Some(n) if is_utf8_lead(b[pos + k]) => {
                            (k, k + n, "invalid continuation byte")
                        }
                        Some(n) => (k, k + n, "invalid start byte"),
                    }
                }
            },
        };
        // The first `valid` bytes are valid UTF-8 (ASCII for the ascii codec).
        out.push_str(std::str::from_utf8(&b[pos..pos + valid]).unwrap_or(""));
        if reason.is_empty() {
            break;
        }
        let (start, end) = (pos + valid, pos + end);
        let h = match handler {
            Some(h) => h,
            None => {
                let h = ErrorHandler::from_name(errors)
                    .ok_or_else(|| DecodeError::UnknownErrorHandler(errors.to_string()))?;
                handler = Some(h);
                h
            }
        };
        let error = || {
            DecodeError::Unicode(UnicodeDecodeError {
                encoding: codec.error_name(),
                start,
                end,
                reason,
                byte: b[start],
            })
        };
        match h {
            ErrorHandler::Strict => return Err(error()),
            ErrorHandler::Ignore => {}
            ErrorHandler::Replace => out.push('\u{fffd}'),
            ErrorHandler::BackslashReplace => {
                for &c in &b[start..end] {
                    let _ = write!(out, "\\x{c:02x}");
                }
            }
            ErrorHandler::XmlCharRefReplace | ErrorHandler::NameReplace => {
                return Err(DecodeError::WrongHandler)
            }
            ErrorHandler::SurrogateEscape => {
                return Err(DecodeError::Unsupported(
                    "'surrogateescape' decoding produces lone surrogates, which strlib cannot represent"
                        .to_string(),
                ))
            }
            ErrorHandler::SurrogatePass => {
                let encoded_surrogate = codec == Codec::Utf8
                    && b.len() >= start + 3
                    && b[start] == 0xed
                    && (0xa0..=0xbf).contains(&b[start + 1])
                    && (0x80..=0xbf).contains(&b[start + 2]);
                if encoded_surrogate {
                    return Err(DecodeError::Unsupported(
                        "'surrogatepass' decoding produces lone surrogates, which strlib cannot represent"
                            .to_string(),
                    ));
                }
                return Err(error());
            }
        }
        pos = end;
    }
    Ok(out)
}
