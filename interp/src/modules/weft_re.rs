//! `_weft_re`: the native half of the `re` module (the Python half is `interp/lib/re/`).
//!
//! Owns: the compiled-program object wrapping `crate::regex::Regex`; converting str/bytes
//! subjects to the engine's byte input and spans back to code-point indices; the loops that
//! run many matches per call (`findall`, `sub`/`subn`, `split`) and template expansion;
//! turning engine errors into `re.error` (the class is passed in by the Python layer),
//! OverflowError, ValueError, IndexError or RecursionError.
//! Must not: implement matching (that is `crate::regex`) or the Pattern/Match classes (the
//! Python layer owns those; this module receives and returns plain tuples).

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::atomic::Ordering;

use crate::object::{Payload, Value};
use crate::ops;
use crate::regex::exec::{ExecError, Scratch};
use crate::regex::template::{self, Piece};
use crate::regex::{self, ErrorKind, Input, Mode, Regex};
use crate::types::bytes::{as_bytes, as_bytes_like, new_bytes};
use crate::types::native::{add_function, check_count, NativeFn};
use crate::types::str::{as_strobj, new_str, StrObj};
use crate::types::{
    builtin, dict, int::new_int, list::new_list, none, tuple, TypeObject, TypeSpec,
};
use crate::vm::{PyErr, PyResult, Vm};

/// A compiled pattern as seen from Python (opaque).
pub struct ProgramObj {
    re: Regex,
}

impl Payload for ProgramObj {
    fn class() -> &'static TypeObject {
        program_type()
    }
}

fn program_type() -> &'static TypeObject {
    static T: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let p = *T.get_or_init(|| {
        let t = crate::types::new_builtin_type(TypeSpec::of::<ProgramObj>(
            "Program",
            Some(builtin().object),
        ));
        t.header.ty.store(
            builtin().type_ as *const TypeObject as *mut TypeObject,
            Ordering::Relaxed,
        );
        // SAFETY: the new type is not shared yet.
        unsafe { t.inner_mut() }.dict = dict::new_dict();
        t as *const TypeObject as usize
    });
    // SAFETY: leaked immortal type created once above.
    unsafe { &*(p as *const TypeObject) }
}

fn set(d: &Value, name: &'static str, f: NativeFn) {
    add_function(d, "_weft_re", name, f);
}

pub fn init(_vm: &Vm, d: &Value) -> PyResult<()> {
    set(d, "compile", compile);
    set(d, "exec", exec);
    set(d, "findall", findall);
    set(d, "sub", sub);
    set(d, "split", split);
    set(d, "expand", expand);
    dict::dict_set_str(d, "MAXREPEAT", new_int(regex::MAXREPEAT as i64));
    dict::dict_set_str(d, "MAXGROUPS", new_int(regex::MAXGROUPS as i64));
    Ok(())
}

thread_local! {
    static SCRATCH: RefCell<Option<Scratch>> = const { RefCell::new(None) };
}

/// Runs `f` with this thread's matcher memory (a fresh one if it is in use).
fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    let mut s = SCRATCH.with(|c| c.borrow_mut().take()).unwrap_or_default();
    let r = f(&mut s);
    SCRATCH.with(|c| *c.borrow_mut() = Some(s));
    r
}

fn program<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Regex> {
    v.downcast::<ProgramObj>()
        .map(|p| &p.re)
        .ok_or_else(|| vm.type_error("expected a compiled pattern program"))
}

fn raise(vm: &Vm, e: regex::Error, error_cls: &Value, pattern: &Value) -> PyErr {
    match e.kind {
        ErrorKind::Re => {
            let pos = match e.pos {
                Some(p) => new_int(p as i64),
                None => none::none(),
            };
            let pat = if e.pos.is_some() {
                pattern.clone()
            } else {
                none::none()
            };
            match ops::call(vm, error_cls, &[new_str(&e.msg), pat, pos], None) {
                Ok(exc) => PyErr(exc),
                Err(err) => err,
            }
        }
        ErrorKind::Overflow => vm.overflow_error(e.msg),
        ErrorKind::Value => vm.value_error(e.msg),
        ErrorKind::Index => vm.index_error(e.msg),
        ErrorKind::Recursion => vm.new_error(builtin().recursion_error, e.msg),
    }
}

fn exec_err(vm: &Vm, e: ExecError) -> PyErr {
    match e {
        ExecError::Memory => vm.memory_error(),
    }
}

/// Code points of a str or bytes-like pattern/template; `None` for other types.
fn code_points(v: &Value) -> Option<(Vec<u32>, bool)> {
    if let Some(s) = as_strobj(v) {
        return Some((s.as_str().chars().map(|c| c as u32).collect(), true));
    }
    as_bytes_like(v).map(|b| (b.iter().map(|&x| x as u32).collect(), false))
}

/// `compile(pattern, flags, error)` -> `(program, flags, groups, [(name, index), ...])`.
fn compile(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "compile", args.len(), 3, 3)?;
    let Some((cps, is_str)) = code_points(&args[0]) else {
        return Err(vm.type_error("first argument must be string or compiled pattern"));
    };
    let flags = ops::to_isize(vm, &args[1])?;
    let re = regex::compile::compile(&cps, is_str, flags as u32)
        .map_err(|e| raise(vm, e, &args[2], &args[0]))?;
    let names = re
        .names
        .iter()
        .map(|(n, g)| tuple::new_tuple(vec![new_str(n), new_int(*g as i64)]))
        .collect();
    let flags = re.flags;
    let groups = re.groups;
    let prog = Value::alloc(program_type(), ProgramObj { re });
    Ok(tuple::new_tuple(vec![
        prog,
        new_int(flags as i64),
        new_int(groups as i64 - 1),
        new_list(names),
    ]))
}

/// A subject string: its bytes and how positions map to code points.
struct Subject<'a> {
    bytes: Cow<'a, [u8]>,
    strobj: Option<&'a StrObj>,
    /// Length in code points (bytes for bytes subjects).
    len: usize,
    utf8: bool,
}

impl Subject<'_> {
    /// The engine's view of the text up to byte offset `end_b`.
    fn input(&self, end_b: usize) -> Input<'_> {
        Input {
            bytes: &self.bytes[..end_b],
            utf8: self.utf8,
        }
    }

    fn to_byte(&self, i: usize) -> usize {
        match self.strobj {
            Some(s) if self.utf8 => s.byte_offset(i),
            _ => i.min(self.bytes.len()),
        }
    }

    fn slice(&self, a: usize, b: usize) -> Value {
        match self.strobj {
            Some(s) => new_str(s.as_str().get(a..b).unwrap_or("")),
            None => new_bytes(self.bytes.get(a..b).unwrap_or(&[]).to_vec()),
        }
    }
}

fn subject<'a>(vm: &Vm, re: &Regex, v: &'a Value) -> PyResult<Subject<'a>> {
    if let Some(s) = as_strobj(v) {
        if !re.is_str {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
        }
        return Ok(Subject {
            bytes: Cow::Borrowed(s.as_str().as_bytes()),
            strobj: Some(s),
            len: s.char_len(),
            utf8: !s.is_ascii(),
        });
    }
    let bytes = match as_bytes(v) {
        Some(b) => Some(Cow::Borrowed(b)),
        None => as_bytes_like(v),
    };
    match bytes {
        Some(b) => {
            if re.is_str {
                return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
            }
            Ok(Subject {
                len: b.len(),
                bytes: b,
                strobj: None,
                utf8: false,
            })
        }
        None => Err(vm.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            v.ty().name()
        ))),
    }
}

/// Converts byte offsets to code-point indices, remembering the last answer so nearby
/// queries are cheap.
struct PosConv {
    utf8: bool,
    cb: usize,
    cc: usize,
}

impl PosConv {
    fn new(utf8: bool) -> PosConv {
        PosConv { utf8, cb: 0, cc: 0 }
    }

    fn char_index(&mut self, bytes: &[u8], b: usize) -> usize {
        if !self.utf8 {
            return b;
        }
        let count = |s: &[u8]| s.iter().filter(|&&x| (x & 0xc0) != 0x80).count();
        if b >= self.cb {
            self.cc += count(&bytes[self.cb..b]);
        } else {
            self.cc -= count(&bytes[b..self.cb]);
        }
        self.cb = b;
        self.cc
    }
}

fn clamp(vm: &Vm, v: &Value, len: usize) -> PyResult<usize> {
    let i = ops::to_isize(vm, v)?;
    Ok(if i < 0 { 0 } else { (i as usize).min(len) })
}

/// Runs one match; `Ok(None)` when there is none.
fn run(
    vm: &Vm,
    re: &Regex,
    input: Input,
    start_b: usize,
    mode: Mode,
    must_advance: bool,
    scratch: &mut Scratch,
) -> PyResult<bool> {
    re.exec(input, start_b, mode, must_advance, scratch)
        .map_err(|e| exec_err(vm, e))
}

/// The spans of a match as `(lastindex, start0, end0, start1, end1, ...)` in code points.
fn spans_tuple(re: &Regex, subj: &Subject, s: &Scratch, conv: &mut PosConv) -> Value {
    let mut items = Vec::with_capacity(1 + 2 * re.groups);
    items.push(new_int(if s.lastindex > 0 {
        s.lastindex as i64
    } else {
        -1
    }));
    for g in 0..re.groups {
        match s.span(g) {
            Some((a, b)) => {
                items.push(new_int(conv.char_index(&subj.bytes, a) as i64));
                items.push(new_int(conv.char_index(&subj.bytes, b) as i64));
            }
            None => {
                items.push(new_int(-1));
                items.push(new_int(-1));
            }
        }
    }
    tuple::new_tuple(items)
}

/// `exec(program, string, pos, endpos, mode, must_advance)` -> spans tuple or None.
/// `mode`: 0 match, 1 fullmatch, 2 search.
fn exec(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "exec", args.len(), 6, 6)?;
    let re = program(vm, &args[0])?;
    let subj = subject(vm, re, &args[1])?;
    let pos = clamp(vm, &args[2], subj.len)?;
    let endpos = clamp(vm, &args[3], subj.len)?;
    let mode = match args[4].as_small_int() {
        Some(0) => Mode::Match,
        Some(1) => Mode::FullMatch,
        _ => Mode::Search,
    };
    let must_advance = ops::truthy(vm, &args[5])?;
    if pos > endpos {
        return Ok(none::none());
    }
    let start_b = subj.to_byte(pos);
    let end_b = subj.to_byte(endpos);
    with_scratch(|s| {
        if !run(vm, re, subj.input(end_b), start_b, mode, must_advance, s)? {
            return Ok(none::none());
        }
        let mut conv = PosConv {
            utf8: subj.utf8,
            cb: start_b,
            cc: pos,
        };
        Ok(spans_tuple(re, &subj, s, &mut conv))
    })
}

/// `findall(program, string, pos, endpos)`.
fn findall(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "findall", args.len(), 4, 4)?;
    let re = program(vm, &args[0])?;
    let subj = subject(vm, re, &args[1])?;
    let pos = clamp(vm, &args[2], subj.len)?;
    let endpos = clamp(vm, &args[3], subj.len)?;
    let mut out = Vec::new();
    if pos > endpos {
        return Ok(new_list(out));
    }
    let end_b = subj.to_byte(endpos);
    let mut at = subj.to_byte(pos);
    let mut must_advance = false;
    let empty = || subj.slice(0, 0);
    with_scratch(|s| -> PyResult<()> {
        while at <= end_b {
            if !run(vm, re, subj.input(end_b), at, Mode::Search, must_advance, s)? {
                break;
            }
            let item = match re.groups {
                1 => {
                    let (a, b) = s.span(0).unwrap_or((at, at));
                    subj.slice(a, b)
                }
                2 => match s.span(1) {
                    Some((a, b)) => subj.slice(a, b),
                    None => empty(),
                },
                n => tuple::new_tuple(
                    (1..n)
                        .map(|g| match s.span(g) {
                            Some((a, b)) => subj.slice(a, b),
                            None => empty(),
                        })
                        .collect(),
                ),
            };
            out.push(item);
            let (a, b) = s.span(0).unwrap_or((at, at));
            must_advance = a == b;
            at = b;
        }
        Ok(())
    })?;
    Ok(new_list(out))
}

/// What replaces each match in `sub`.
enum Repl {
    Literal(Value),
    Template(Vec<Piece>),
    Callable(Value),
    /// A str/bytes replacement of the other kind: a TypeError once a match is found.
    Mismatch(Value),
}

fn expected_msg(is_str: bool, item: usize, v: &Value) -> String {
    if is_str {
        format!(
            "sequence item {item}: expected str instance, {} found",
            v.ty().name()
        )
    } else {
        format!(
            "sequence item {item}: expected a bytes-like object, {} found",
            v.ty().name()
        )
    }
}

/// Appends the text of a str or bytes-like value to `out` (false when of the wrong kind).
fn append_value(out: &mut Vec<u8>, v: &Value, is_str: bool) -> bool {
    if is_str {
        match as_strobj(v) {
            Some(s) => {
                out.extend_from_slice(s.as_str().as_bytes());
                true
            }
            None => false,
        }
    } else if as_strobj(v).is_some() {
        false
    } else {
        match as_bytes_like(v) {
            Some(b) => {
                out.extend_from_slice(&b);
                true
            }
            None => false,
        }
    }
}

fn push_pieces(out: &mut Vec<u8>, pieces: &[Piece], subj: &Subject, s: &Scratch, is_str: bool) {
    for p in pieces {
        match p {
            Piece::Lit(cs) => {
                for &c in cs {
                    if is_str {
                        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
                        let mut buf = [0u8; 4];
                        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                    } else {
                        out.push(c as u8);
                    }
                }
            }
            Piece::Group(g) => {
                if let Some((a, b)) = s.span(*g) {
                    out.extend_from_slice(&subj.bytes[a..b]);
                }
            }
        }
    }
}

fn finish(out: Vec<u8>, is_str: bool) -> Value {
    if is_str {
        match String::from_utf8(out) {
            Ok(s) => crate::types::str::new_string(s),
            Err(e) => new_str(&String::from_utf8_lossy(e.as_bytes())),
        }
    } else {
        new_bytes(out)
    }
}

fn parse_repl(vm: &Vm, re: &Regex, repl: &Value, error_cls: &Value) -> PyResult<Repl> {
    let is_text = as_strobj(repl).is_some();
    let is_bytes = !is_text && as_bytes_like(repl).is_some();
    if !is_text && !is_bytes {
        if ops::is_callable(repl) {
            return Ok(Repl::Callable(repl.clone()));
        }
        return Err(vm.type_error(if re.is_str {
            format!(
                "decoding to str: need a bytes-like object, {} found",
                repl.ty().name()
            )
        } else {
            format!("expected str instance, {} found", repl.ty().name())
        }));
    }
    let Some((cps, _)) = code_points(repl) else {
        return Ok(Repl::Literal(repl.clone()));
    };
    let pieces = if cps.contains(&('\\' as u32)) {
        Some(
            template::parse(&cps, is_text, re.groups, &re.names)
                .map_err(|e| raise(vm, e, error_cls, repl))?,
        )
    } else {
        None
    };
    if is_text != re.is_str {
        return Ok(Repl::Mismatch(repl.clone()));
    }
    Ok(match pieces {
        Some(p) => Repl::Template(p),
        None => Repl::Literal(repl.clone()),
    })
}

/// `sub(program, repl, string, count, error, make_match)` -> `(result, n)`.
fn sub(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "sub", args.len(), 6, 6)?;
    let re = program(vm, &args[0])?;
    let repl = parse_repl(vm, re, &args[1], &args[4])?;
    let subj = subject(vm, re, &args[2])?;
    let count = ops::to_isize(vm, &args[3])?;
    let make_match = &args[5];
    let is_str = re.is_str;
    let end_b = subj.bytes.len();
    let mut out: Vec<u8> = Vec::new();
    let mut n: isize = 0;
    let mut nitems = 0usize;
    let mut last = 0usize;
    let mut at = 0usize;
    let mut must_advance = false;
    let mut conv = PosConv::new(subj.utf8);
    while count <= 0 || n < count {
        if count < 0 {
            break;
        }
        let found = with_scratch(|s| -> PyResult<Option<(usize, usize, Option<Value>)>> {
            if !run(vm, re, subj.input(end_b), at, Mode::Search, must_advance, s)? {
                return Ok(None);
            }
            let (a, b) = s.span(0).unwrap_or((at, at));
            if a > last {
                out.extend_from_slice(&subj.bytes[last..a]);
                nitems += 1;
            }
            match &repl {
                Repl::Literal(v) => {
                    append_value(&mut out, v, is_str);
                    nitems += 1;
                }
                Repl::Template(p) => {
                    push_pieces(&mut out, p, &subj, s, is_str);
                    nitems += 1;
                }
                Repl::Mismatch(v) => {
                    return Err(vm.type_error(expected_msg(is_str, nitems, v)));
                }
                Repl::Callable(_) => {
                    return Ok(Some((a, b, Some(spans_tuple(re, &subj, s, &mut conv)))));
                }
            }
            Ok(Some((a, b, None)))
        })?;
        let Some((a, b, spans)) = found else {
            break;
        };
        if let (Some(spans), Repl::Callable(f)) = (spans, &repl) {
            let m = ops::call(vm, make_match, &[spans], None)?;
            let r = ops::call(vm, f, &[m], None)?;
            if !none::is_none(&r) {
                if !append_value(&mut out, &r, is_str) {
                    return Err(vm.type_error(expected_msg(is_str, nitems, &r)));
                }
                nitems += 1;
            }
        }
        n += 1;
        last = b;
        must_advance = a == b;
        at = b;
        if at > end_b {
            break;
        }
    }
    if n == 0 && (args[2].is_exact(builtin().str) || args[2].is_exact(builtin().bytes)) {
        return Ok(tuple::new_tuple(vec![args[2].clone(), new_int(0)]));
    }
    if last < end_b {
        out.extend_from_slice(&subj.bytes[last..]);
    }
    Ok(tuple::new_tuple(vec![
        finish(out, is_str),
        new_int(n as i64),
    ]))
}

/// `split(program, string, maxsplit)`.
fn split(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "split", args.len(), 3, 3)?;
    let re = program(vm, &args[0])?;
    let subj = subject(vm, re, &args[1])?;
    let maxsplit = ops::to_isize(vm, &args[2])?;
    let end_b = subj.bytes.len();
    let mut out = Vec::new();
    let mut n: isize = 0;
    let mut last = 0usize;
    let mut at = 0usize;
    let mut must_advance = false;
    with_scratch(|s| -> PyResult<()> {
        while maxsplit == 0 || n < maxsplit {
            if !run(vm, re, subj.input(end_b), at, Mode::Search, must_advance, s)? {
                break;
            }
            let (a, b) = s.span(0).unwrap_or((at, at));
            out.push(subj.slice(last, a));
            for g in 1..re.groups {
                out.push(match s.span(g) {
                    Some((x, y)) => subj.slice(x, y),
                    None => none::none(),
                });
            }
            n += 1;
            last = b;
            must_advance = a == b;
            at = b;
        }
        Ok(())
    })?;
    out.push(subj.slice(last, end_b));
    Ok(new_list(out))
}

/// `expand(program, template, string, spans, error)`: `Match.expand`.
fn expand(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "expand", args.len(), 5, 5)?;
    let re = program(vm, &args[0])?;
    let subj = subject(vm, re, &args[2])?;
    let Some((cps, is_text)) = code_points(&args[1]) else {
        return Err(vm.type_error(format!(
            "expected str instance, {} found",
            args[1].ty().name()
        )));
    };
    let pieces = template::parse(&cps, is_text, re.groups, &re.names)
        .map_err(|e| raise(vm, e, &args[4], &args[1]))?;
    if is_text != re.is_str {
        return Err(vm.type_error(expected_msg(re.is_str, 0, &args[1])));
    }
    let spans = tuple::as_tuple(&args[3]).unwrap_or(&[]);
    let mut out = Vec::new();
    for p in &pieces {
        match p {
            Piece::Lit(cs) => push_pieces(
                &mut out,
                &[Piece::Lit(cs.clone())],
                &subj,
                &Scratch::new(),
                re.is_str,
            ),
            Piece::Group(g) => {
                let a = spans
                    .get(1 + 2 * g)
                    .and_then(|v| v.as_small_int())
                    .unwrap_or(-1);
                let b = spans
                    .get(2 + 2 * g)
                    .and_then(|v| v.as_small_int())
                    .unwrap_or(-1);
                if a >= 0 && b >= a {
                    let (x, y) = (subj.to_byte(a as usize), subj.to_byte(b as usize));
                    out.extend_from_slice(&subj.bytes[x..y]);
                }
            }
        }
    }
    Ok(finish(out, re.is_str))
}
