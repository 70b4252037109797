//! `_json`: the speed-ups behind the `json` package (`interp/lib/json/`).
//!
//! Owns: decoding a JSON document into Python objects (`scan_once`, with the decoder's
//! hooks), decoding one string literal (`scanstring`), escaping strings for the encoder
//! (`encode_basestring`, `encode_basestring_ascii`), and encoding a whole document in one
//! shot (`encode`: what `json.dumps` uses, calling back into Python only for `default`
//! and for sorting keys), with CPython's error messages and positions (code point
//! indices). Must not: produce iterencode's chunks (the Python encoder does), or define
//! the exception class (errors are raised as `json.decoder.JSONDecodeError`).

use crate::object::Value;
use crate::ops;
use crate::types::native::{add_function, check_count, no_kwargs, NativeFn};
use crate::types::{
    builtin, dict, float, int, list, none, str as pystr, str::as_strobj, str::new_string, tuple,
};
use crate::vm::{PyErr, PyResult, Vm};

fn set(d: &Value, name: &'static str, f: NativeFn) {
    add_function(d, "_json", name, f);
}

pub fn init(_vm: &Vm, d: &Value) -> PyResult<()> {
    set(d, "scan_once", scan_once);
    set(d, "scanstring", scanstring);
    set(d, "encode_basestring", encode_basestring);
    set(d, "encode_basestring_ascii", encode_basestring_ascii);
    set(d, "encode", encode);
    Ok(())
}

/// The decoder's hooks; `None` for the defaults.
struct Hooks {
    strict: bool,
    object_hook: Option<Value>,
    object_pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
}

struct Scanner<'a> {
    doc: &'a Value,
    s: &'a [u8],
    text: &'a str,
    /// Byte position and the matching code point index.
    b: usize,
    c: usize,
    hooks: Hooks,
}

fn decode_error(vm: &Vm, doc: &Value, msg: &str, pos: usize) -> PyErr {
    let cls = dict::dict_get_str(&vm.rt.modules, &pystr::intern("json.decoder"))
        .and_then(|m| ops::getattr_str(vm, &m, "JSONDecodeError").ok());
    let args = [pystr::new_str(msg), doc.clone(), int::new_int(pos as i64)];
    match cls {
        Some(c) => match ops::call(vm, &c, &args, None) {
            Ok(e) => PyErr(e),
            Err(e) => e,
        },
        None => vm.new_error(builtin().value_error, format!("{msg}: char {pos}")),
    }
}

impl<'a> Scanner<'a> {
    fn err(&self, vm: &Vm, msg: &str, pos: usize) -> PyErr {
        decode_error(vm, self.doc, msg, pos)
    }

    #[inline]
    fn peek(&self) -> Option<u8> {
        self.s.get(self.b).copied()
    }

    /// Advances over `n` ASCII bytes.
    #[inline]
    fn bump(&mut self, n: usize) {
        self.b += n;
        self.c += n;
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.bump(1);
        }
    }

    fn starts_with(&self, lit: &str) -> bool {
        self.s[self.b..].starts_with(lit.as_bytes())
    }

    fn value(&mut self, vm: &Vm) -> PyResult<Value> {
        let start = self.c;
        match self.peek() {
            Some(b'"') => {
                self.bump(1);
                let s = self.string(vm)?;
                Ok(new_string(s))
            }
            Some(b'{') => {
                self.bump(1);
                let _g = vm.enter(" while decoding a JSON object from a unicode string")?;
                self.object(vm)
            }
            Some(b'[') => {
                self.bump(1);
                let _g = vm.enter(" while decoding a JSON array from a unicode string")?;
                self.array(vm)
            }
            Some(b'n') if self.starts_with("null") => {
                self.bump(4);
                Ok(none::none())
            }
            Some(b't') if self.starts_with("true") => {
                self.bump(4);
                Ok(int::new_bool(true))
            }
            Some(b'f') if self.starts_with("false") => {
                self.bump(5);
                Ok(int::new_bool(false))
            }
            Some(b'N') if self.starts_with("NaN") => {
                self.bump(3);
                self.constant(vm, "NaN", f64::NAN)
            }
            Some(b'I') if self.starts_with("Infinity") => {
                self.bump(8);
                self.constant(vm, "Infinity", f64::INFINITY)
            }
            Some(b'-') if self.starts_with("-Infinity") => {
                self.bump(9);
                self.constant(vm, "-Infinity", f64::NEG_INFINITY)
            }
            Some(b'-' | b'0'..=b'9') => match self.number(vm)? {
                Some(v) => Ok(v),
                None => Err(self.err(vm, "Expecting value", start)),
            },
            _ => Err(self.err(vm, "Expecting value", start)),
        }
    }

    fn constant(&mut self, vm: &Vm, name: &str, v: f64) -> PyResult<Value> {
        match &self.hooks.parse_constant {
            Some(h) => ops::call1(vm, h, pystr::new_str(name)),
            None => Ok(float::new_float(v)),
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`; None when no digits follow.
    fn number(&mut self, vm: &Vm) -> PyResult<Option<Value>> {
        let s = self.s;
        let start = self.b;
        let mut i = start;
        if s.get(i) == Some(&b'-') {
            i += 1;
        }
        match s.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while let Some(b'0'..=b'9') = s.get(i) {
                    i += 1;
                }
            }
            _ => return Ok(None),
        }
        let mut is_float = false;
        if s.get(i) == Some(&b'.') && matches!(s.get(i + 1), Some(b'0'..=b'9')) {
            is_float = true;
            i += 1;
            while let Some(b'0'..=b'9') = s.get(i) {
                i += 1;
            }
        }
        if let Some(b'e' | b'E') = s.get(i) {
            let mut j = i + 1;
            if let Some(b'+' | b'-') = s.get(j) {
                j += 1;
            }
            if matches!(s.get(j), Some(b'0'..=b'9')) {
                while let Some(b'0'..=b'9') = s.get(j) {
                    j += 1;
                }
                is_float = true;
                i = j;
            }
        }
        let text = &self.text[start..i];
        self.bump(i - start);
        let v = if is_float {
            match &self.hooks.parse_float {
                Some(h) => ops::call1(vm, h, pystr::new_str(text))?,
                None => float::new_float(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match &self.hooks.parse_int {
                Some(h) => ops::call1(vm, h, pystr::new_str(text))?,
                None => match text.parse::<i64>() {
                    Ok(n) => int::new_int(n),
                    Err(_) => ops::call1(vm, &builtin().int.to_value(), pystr::new_str(text))?,
                },
            }
        };
        Ok(Some(v))
    }

    /// The rest of a string literal whose opening quote is consumed.
    fn string(&mut self, vm: &Vm) -> PyResult<String> {
        let begin = self.c - 1;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character.
            let run_start = self.b;
            let mut chars = 0;
            while let Some(&ch) = self.s.get(self.b) {
                if ch == b'"' || ch == b'\\' || ch < 0x20 {
                    break;
                }
                if ch & 0xC0 != 0x80 {
                    chars += 1;
                }
                self.b += 1;
            }
            out.push_str(&self.text[run_start..self.b]);
            self.c += chars;
            match self.peek() {
                None => return Err(self.err(vm, "Unterminated string starting at", begin)),
                Some(b'"') => {
                    self.bump(1);
                    return Ok(out);
                }
                Some(b'\\') => {
                    let esc_pos = self.c;
                    self.bump(1);
                    let Some(e) = self.peek() else {
                        return Err(self.err(vm, "Unterminated string starting at", begin));
                    };
                    let simple = match e {
                        b'"' => Some('"'),
                        b'\\' => Some('\\'),
                        b'/' => Some('/'),
                        b'b' => Some('\u{8}'),
                        b'f' => Some('\u{c}'),
                        b'n' => Some('\n'),
                        b'r' => Some('\r'),
                        b't' => Some('\t'),
                        _ => None,
                    };
                    if let Some(ch) = simple {
                        self.bump(1);
                        out.push(ch);
                        continue;
                    }
                    if e != b'u' {
                        return Err(self.err(vm, "Invalid \\escape", esc_pos));
                    }
                    self.bump(1);
                    let Some(hi) = self.hex4() else {
                        return Err(self.err(vm, "Invalid \\uXXXX escape", esc_pos + 1));
                    };
                    let mut cp = hi;
                    if (0xD800..0xDC00).contains(&hi) && self.starts_with("\\u") {
                        let save = (self.b, self.c);
                        self.bump(2);
                        match self.hex4() {
                            Some(lo) if (0xDC00..0xE000).contains(&lo) => {
                                cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                            }
                            Some(_) => {
                                (self.b, self.c) = save;
                            }
                            None => {
                                return Err(self.err(vm, "Invalid \\uXXXX escape", save.1 + 1));
                            }
                        }
                    }
                    match char::from_u32(cp) {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(vm.new_error(
                                builtin().value_error,
                                "weft strings cannot hold lone surrogates",
                            ))
                        }
                    }
                }
                Some(_) => {
                    // A control character.
                    if self.hooks.strict {
                        return Err(self.err(vm, "Invalid control character at", self.c));
                    }
                    let ch = self.s[self.b] as char;
                    out.push(ch);
                    self.bump(1);
                }
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.s.get(self.b..self.b + 4)?;
        let mut v = 0u32;
        for &d in digits {
            v = v * 16 + (d as char).to_digit(16)?;
        }
        self.bump(4);
        Some(v)
    }

    fn object(&mut self, vm: &Vm) -> PyResult<Value> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.bump(1);
        } else {
            loop {
                if self.peek() != Some(b'"') {
                    return Err(self.err(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        self.c,
                    ));
                }
                self.bump(1);
                let key = pystr::new_string(self.string(vm)?);
                self.skip_ws();
                if self.peek() != Some(b':') {
                    return Err(self.err(vm, "Expecting ':' delimiter", self.c));
                }
                self.bump(1);
                self.skip_ws();
                let v = self.value(vm)?;
                pairs.push((key, v));
                self.skip_ws();
                match self.peek() {
                    Some(b'}') => {
                        self.bump(1);
                        break;
                    }
                    Some(b',') => {
                        self.bump(1);
                        self.skip_ws();
                    }
                    _ => return Err(self.err(vm, "Expecting ',' delimiter", self.c)),
                }
            }
        }
        if let Some(h) = &self.hooks.object_pairs_hook {
            let items: Vec<Value> = pairs
                .into_iter()
                .map(|(k, v)| tuple::new_tuple(vec![k, v]))
                .collect();
            return ops::call1(vm, h, list::new_list(items));
        }
        let d = dict::new_dict();
        for (k, v) in pairs {
            dict::dict_set(vm, &d, k, v)?;
        }
        match &self.hooks.object_hook {
            Some(h) => ops::call1(vm, h, d),
            None => Ok(d),
        }
    }

    fn array(&mut self, vm: &Vm) -> PyResult<Value> {
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.bump(1);
            return Ok(list::new_list(items));
        }
        loop {
            items.push(self.value(vm)?);
            self.skip_ws();
            match self.peek() {
                Some(b']') => {
                    self.bump(1);
                    return Ok(list::new_list(items));
                }
                Some(b',') => {
                    self.bump(1);
                    self.skip_ws();
                }
                _ => return Err(self.err(vm, "Expecting ',' delimiter", self.c)),
            }
        }
    }
}

fn opt_hook(v: Option<&Value>) -> Option<Value> {
    v.filter(|h| !none::is_none(h)).cloned()
}

fn str_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a pystr::StrObj> {
    as_strobj(v).ok_or_else(|| {
        vm.type_error(format!(
            "{what}() argument 1 must be str, not {}",
            v.ty().name()
        ))
    })
}

fn index_arg(vm: &Vm, v: &Value, len: usize) -> PyResult<usize> {
    let i = int::index_to_i64(vm, v)?;
    if i < 0 || i as usize > len {
        return Err(vm.new_error(builtin().value_error, "end is out of bounds"));
    }
    Ok(i as usize)
}

/// `scan_once(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant)` -> `(value, end)`: decodes the JSON value starting at code point
/// `idx` (no leading whitespace). A hook of None means the default behaviour.
fn scan_once(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "scan_once", kw)?;
    check_count(vm, "scan_once", args.len(), 8, 8)?;
    let so = str_arg(vm, &args[0], "scan_once")?;
    let idx = index_arg(vm, &args[1], so.char_len())?;
    let hooks = Hooks {
        strict: ops::truthy(vm, &args[2])?,
        object_hook: opt_hook(args.get(3)),
        object_pairs_hook: opt_hook(args.get(4)),
        parse_float: opt_hook(args.get(5)),
        parse_int: opt_hook(args.get(6)),
        parse_constant: opt_hook(args.get(7)),
    };
    let text = so.as_str();
    let mut sc = Scanner {
        doc: &args[0],
        s: text.as_bytes(),
        text,
        b: so.byte_offset(idx),
        c: idx,
        hooks,
    };
    let v = sc.value(vm)?;
    Ok(tuple::new_tuple(vec![v, int::new_int(sc.c as i64)]))
}

/// `scanstring(s, end, strict=True)` -> `(str, end)`: decodes the string literal whose
/// opening quote is just before code point `end`.
fn scanstring(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "scanstring", kw)?;
    check_count(vm, "scanstring", args.len(), 2, 3)?;
    let so = str_arg(vm, &args[0], "scanstring")?;
    let end = index_arg(vm, &args[1], so.char_len())?;
    let strict = match args.get(2) {
        Some(v) => ops::truthy(vm, v)?,
        None => true,
    };
    let text = so.as_str();
    let mut sc = Scanner {
        doc: &args[0],
        s: text.as_bytes(),
        text,
        b: so.byte_offset(end),
        c: end,
        hooks: Hooks {
            strict,
            object_hook: None,
            object_pairs_hook: None,
            parse_float: None,
            parse_int: None,
            parse_constant: None,
        },
    };
    let s = sc.string(vm)?;
    Ok(tuple::new_tuple(vec![
        new_string(s),
        int::new_int(sc.c as i64),
    ]))
}

fn escape(s: &str, ascii: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    escape_into(&mut out, s, ascii);
    out
}

fn escape_into(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ascii && (c as u32) > 0x7e => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{:04x}", unit));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn encode_with(
    vm: &Vm,
    args: &[Value],
    kw: Option<&[Value]>,
    name: &str,
    ascii: bool,
) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    check_count(vm, name, args.len(), 1, 1)?;
    let s = pystr::as_str(&args[0]).ok_or_else(|| {
        vm.type_error(format!(
            "first argument must be a string, not {}",
            args[0].ty().name()
        ))
    })?;
    Ok(new_string(escape(s, ascii)))
}

/// `encode_basestring(s)`: a JSON string literal, non-ASCII characters kept.
fn encode_basestring(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    encode_with(vm, args, kw, "encode_basestring", false)
}

/// `encode_basestring_ascii(s)`: a JSON string literal using only ASCII.
fn encode_basestring_ascii(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    encode_with(vm, args, kw, "encode_basestring_ascii", true)
}

// ---- one-shot encoding --------------------------------------------------------------------

struct Encoder<'a> {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Option<String>,
    key_sep: &'a str,
    item_sep: &'a str,
    default: Value,
    markers: Vec<usize>,
    out: String,
}

impl Encoder<'_> {
    fn float(&mut self, vm: &Vm, x: f64) -> PyResult<()> {
        if x.is_finite() {
            self.out.push_str(&float::float_repr_string(x));
            return Ok(());
        }
        if !self.allow_nan {
            return Err(vm.new_error(
                builtin().value_error,
                "Out of range float values are not JSON compliant",
            ));
        }
        self.out.push_str(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    /// Writes `o` if it is a str, None, bool, int or float; false for anything else.
    fn scalar(&mut self, vm: &Vm, o: &Value) -> PyResult<bool> {
        if let Some(s) = pystr::as_str(o) {
            escape_into(&mut self.out, s, self.ensure_ascii);
        } else if none::is_none(o) {
            self.out.push_str("null");
        } else if o.is(&int::new_bool(true)) {
            self.out.push_str("true");
        } else if o.is(&int::new_bool(false)) {
            self.out.push_str("false");
        } else if let Some(i) = int::as_int(o) {
            self.out.push_str(&int::int_to_decimal(vm, i)?);
        } else if let Some(x) = float::as_float(o) {
            self.float(vm, x)?;
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    fn enter(&mut self, vm: &Vm, o: &Value) -> PyResult<bool> {
        if !self.check_circular {
            return Ok(false);
        }
        if self.markers.contains(&o.bits()) {
            return Err(vm.new_error(builtin().value_error, "Circular reference detected"));
        }
        self.markers.push(o.bits());
        Ok(true)
    }

    fn leave(&mut self, entered: bool) {
        if entered {
            self.markers.pop();
        }
    }

    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn value(&mut self, vm: &Vm, o: &Value, level: usize) -> PyResult<()> {
        if self.scalar(vm, o)? {
            return Ok(());
        }
        let _g = vm.enter(" while encoding a JSON object")?;
        if list::as_list(o).is_some() || tuple::as_tuple(o).is_some() {
            let items = match list::as_list(o) {
                Some(l) => l.snapshot(),
                None => tuple::as_tuple(o).unwrap_or(&[]).to_vec(),
            };
            if items.is_empty() {
                self.out.push_str("[]");
                return Ok(());
            }
            let entered = self.enter(vm, o)?;
            self.out.push('[');
            self.newline(level + 1);
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    self.out.push_str(self.item_sep);
                    self.newline(level + 1);
                }
                self.value(vm, item, level + 1)?;
            }
            self.newline(level);
            self.out.push(']');
            self.leave(entered);
            return Ok(());
        }
        if dict::as_dict(o).is_some() {
            return self.dict(vm, o, level);
        }
        let entered = self.enter(vm, o)?;
        let replaced = ops::call1(vm, &self.default, o.clone())?;
        self.value(vm, &replaced, level)?;
        self.leave(entered);
        Ok(())
    }

    fn dict(&mut self, vm: &Vm, o: &Value, level: usize) -> PyResult<()> {
        let mut items = dict::dict_items(o);
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let entered = self.enter(vm, o)?;
        if self.sort_keys {
            // `sorted(d.items())`, with Python's comparisons and errors.
            let sorted = dict::dict_get_str(&vm.rt.builtins, &pystr::intern("sorted"))
                .ok_or_else(|| vm.runtime_error("sorted() is missing"))?;
            let pairs = list::new_list(
                items
                    .into_iter()
                    .map(|(k, v)| tuple::new_tuple(vec![k, v]))
                    .collect(),
            );
            let r = ops::call1(vm, &sorted, pairs)?;
            items = Vec::new();
            for p in ops::collect(vm, &r)? {
                let kv = tuple::as_tuple(&p).unwrap_or(&[]);
                if let [k, v] = kv {
                    items.push((k.clone(), v.clone()));
                }
            }
        }
        self.out.push('{');
        self.newline(level + 1);
        let mut first = true;
        for (k, v) in &items {
            let key: String = if let Some(s) = pystr::as_str(k) {
                s.to_string()
            } else if let Some(x) = float::as_float(k) {
                let save = std::mem::take(&mut self.out);
                self.float(vm, x)?;
                std::mem::replace(&mut self.out, save)
            } else if k.is(&int::new_bool(true)) {
                "true".to_string()
            } else if k.is(&int::new_bool(false)) {
                "false".to_string()
            } else if none::is_none(k) {
                "null".to_string()
            } else if let Some(i) = int::as_int(k) {
                int::int_to_decimal(vm, i)?
            } else if self.skipkeys {
                continue;
            } else {
                return Err(vm.type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    k.ty().name()
                )));
            };
            if !first {
                self.out.push_str(self.item_sep);
                self.newline(level + 1);
            }
            first = false;
            escape_into(&mut self.out, &key, self.ensure_ascii);
            self.out.push_str(self.key_sep);
            self.value(vm, v, level + 1)?;
        }
        self.newline(level);
        self.out.push('}');
        self.leave(entered);
        Ok(())
    }
}

/// `encode(o, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
/// key_separator, item_separator, default)` -> the JSON text of `o` (what
/// `JSONEncoder.encode` returns); `indent` is None or the indentation string.
fn encode(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "encode", kw)?;
    check_count(vm, "encode", args.len(), 10, 10)?;
    fn sep<'v>(vm: &Vm, v: &'v Value) -> PyResult<&'v str> {
        pystr::as_str(v).ok_or_else(|| vm.type_error("separators must be strings"))
    }
    let indent = if none::is_none(&args[6]) {
        None
    } else {
        Some(sep(vm, &args[6])?.to_string())
    };
    let mut enc = Encoder {
        skipkeys: ops::truthy(vm, &args[1])?,
        ensure_ascii: ops::truthy(vm, &args[2])?,
        check_circular: ops::truthy(vm, &args[3])?,
        allow_nan: ops::truthy(vm, &args[4])?,
        sort_keys: ops::truthy(vm, &args[5])?,
        indent,
        key_sep: sep(vm, &args[7])?,
        item_sep: sep(vm, &args[8])?,
        default: args[9].clone(),
        markers: Vec::new(),
        out: String::new(),
    };
    enc.value(vm, &args[0], 0)?;
    Ok(new_string(enc.out))
}
