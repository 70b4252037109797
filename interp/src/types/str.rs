//! `str`: immutable Unicode text.
//!
//! Owns: `StrObj` (UTF-8 text with its code-point count, so ASCII strings index in O(1), and a
//! cached hash; an exact str's text lies in the object's own block, see `try_alloc_str_with`
//! and `str_dealloc`), the interning table (interned strings are immortal, flagged
//! `header_flags::INTERNED`, and unique per content), the str slots (concatenation,
//! repetition, comparison, indexing and slicing by code point, `%` formatting), `str(...)`
//! construction and every method of `str`, including `str.format`/`format_map` field
//! resolution. The `%` machinery is shared with `bytes` (`percent_format`).
//! Must not: implement the text algorithms themselves (searching, splitting, case mapping,
//! codecs, repr): those are `crate::strlib`'s; the format-spec and template grammars are
//! `crate::format`'s.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicI64, AtomicPtr, AtomicUsize, Ordering};
use std::sync::{OnceLock, RwLock};

use num_bigint::BigInt;

use crate::bytecode::CompareOp;
use crate::format::{self, FieldAccess, FieldFirst, FmtPiece, PercentToken, PercentWidth};
use crate::object::header::header_flags;
use crate::object::{ObjHeader, Payload, PyObj, Value};
use crate::ops;
use crate::strlib::{self, StrError};
use crate::types::dict;
use crate::types::float::{as_float, float_from_object};
use crate::types::int::{
    arg_type_name, as_int, check_args, check_noargs, cmp_holds, fmt_err, format_intref,
    int_from_object, new_bool, new_int, new_int_usize, npos, parse_args, IntRef,
};
use crate::types::list::new_list;
use crate::types::native::{self, check_count};
use crate::types::none::{is_none, none, not_implemented};
use crate::types::slice::{self, Overflow};
use crate::types::tuple::{as_tuple, new_tuple, try_other_slot};
use crate::types::{builtin, type_flags, TypeObject, TypeSpec};
use crate::vm::{PyErr, PyResult, Vm};

/// The payload of a str: the text, its length in code points, and its hash once computed.
/// Five words, so a short str is one small block (the header, this, the text).
pub struct StrObj {
    /// The UTF-8 text: `len` bytes right after this payload in the object's own block
    /// (inline: exact strs made by `new_str`/`new_string`, one allocation per str), or a
    /// separate allocation this payload owns (a `Box<str>`: subclass instances, interned
    /// strings).
    data: NonNull<u8>,
    len: usize,
    /// The length in code points, with `INLINE_BIT` set when the text is inline (a length
    /// never reaches `isize::MAX`, so the top bit is free).
    nchars_flags: usize,
    /// -1 until computed.
    hash: AtomicI64,
    /// For long non-ASCII strings, built on the first indexing (null until then): the byte
    /// offset of every `INDEX_STRIDE`-th code point, so `s[i]` and slices cost O(stride),
    /// not O(n). Owned; set once (compare-and-swap), freed with the payload.
    index: AtomicPtr<Box<[usize]>>,
}

const _: () = assert!(std::mem::size_of::<StrObj>() == 40);

/// `StrObj::nchars_flags`: the text lies in the object's block.
const INLINE_BIT: usize = 1 << (usize::BITS - 1);

// SAFETY: the text is immutable after construction and owned by the payload (or lies in the
// object's own block), so sharing or sending the payload shares nothing else.
unsafe impl Send for StrObj {}
// SAFETY: as above; the other fields are atomics (the index is published once, by CAS).
unsafe impl Sync for StrObj {}

impl Drop for StrObj {
    fn drop(&mut self) {
        let index = *self.index.get_mut();
        if !index.is_null() {
            // SAFETY: a non-null index was made by `Box::into_raw` in `byte_offset` and is
            // owned by this payload.
            drop(unsafe { Box::from_raw(index) });
        }
        if !self.is_inline() {
            let text = std::ptr::slice_from_raw_parts_mut(self.data.as_ptr(), self.len);
            // SAFETY: a payload that is not inline owns its text, made from a `Box<str>` by
            // `StrObj::new`, and drops it exactly once, here.
            drop(unsafe { Box::from_raw(text as *mut str) });
        }
    }
}

/// Code points between two entries of `StrObj::index`.
const INDEX_STRIDE: usize = 32;

impl Payload for StrObj {
    fn class() -> &'static TypeObject {
        builtin().str
    }
}

impl StrObj {
    /// A payload owning `text` (a separate allocation).
    pub fn new(text: Box<str>) -> StrObj {
        let nchars = strlib::char_len(&text);
        let len = text.len();
        let raw = Box::into_raw(text) as *mut u8;
        StrObj {
            // SAFETY: a box pointer is never null (dangling but non-null when empty).
            data: unsafe { NonNull::new_unchecked(raw) },
            len,
            nchars_flags: nchars,
            hash: AtomicI64::new(-1),
            index: AtomicPtr::new(std::ptr::null_mut()),
        }
    }

    #[inline]
    fn is_inline(&self) -> bool {
        self.nchars_flags & INLINE_BIT != 0
    }

    /// The stride index of a long non-ASCII text, built on first use.
    fn stride_index(&self) -> &[usize] {
        let cur = self.index.load(Ordering::Acquire);
        let ptr = if cur.is_null() {
            let built: Box<[usize]> = self
                .as_str()
                .char_indices()
                .step_by(INDEX_STRIDE)
                .map(|(b, _)| b)
                .collect();
            let fresh = Box::into_raw(Box::new(built));
            match self.index.compare_exchange(
                std::ptr::null_mut(),
                fresh,
                Ordering::AcqRel,
                Ordering::Acquire,
            ) {
                Ok(_) => fresh,
                Err(other) => {
                    // SAFETY: `fresh` was never published; another thread's index won.
                    drop(unsafe { Box::from_raw(fresh) });
                    other
                }
            }
        } else {
            cur
        };
        // SAFETY: a published index is never replaced or freed before the payload is.
        unsafe { &*ptr }
    }

    /// The byte offset of code point `i` (the text's length when past the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        let text = self.as_str();
        let n = text.len();
        if self.is_ascii() {
            return i.min(n);
        }
        if i >= self.char_len() {
            return n;
        }
        if self.char_len() <= 2 * INDEX_STRIDE {
            return text.char_indices().nth(i).map_or(n, |(b, _)| b);
        }
        let index = self.stride_index();
        let base = index.get(i / INDEX_STRIDE).copied().unwrap_or(n);
        text.get(base..)
            .and_then(|rest| rest.char_indices().nth(i % INDEX_STRIDE))
            .map_or(n, |(b, _)| base + b)
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        // SAFETY: `data` points at `len` bytes of valid UTF-8 that live as long as the
        // payload (in its block, or owned by it) and are never written after construction.
        unsafe {
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.data.as_ptr(), self.len))
        }
    }

    /// `len(s)`: the number of code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.nchars_flags & !INLINE_BIT
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.len
    }

    /// Runs `f` on the text as a search haystack (cached length, indexed offsets).
    #[inline]
    pub fn with_hay<R>(&self, f: impl FnOnce(strlib::Hay<'_>) -> R) -> R {
        let off = |i: usize| self.byte_offset(i);
        f(strlib::Hay {
            text: self.as_str(),
            nchars: self.char_len(),
            offset: &off,
        })
    }

    /// The text between code points `start` and `end` (clamped).
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let (a, b) = (self.byte_offset(start), self.byte_offset(end));
        self.as_str().get(a..b).unwrap_or("")
    }

    /// The code point at index `i`.
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.as_str().as_bytes().get(i).map(|&b| b as char)
        } else if i >= self.char_len() {
            None
        } else {
            self.as_str().get(self.byte_offset(i)..)?.chars().next()
        }
    }
}

// ---- construction -------------------------------------------------------------------------

/// A new str with text `s`.
pub fn new_str(s: &str) -> Value {
    new_str_counted(s, strlib::char_len(s))
}

/// A new str taking ownership of `s`.
pub fn new_string(s: String) -> Value {
    new_str(&s)
}

/// A new str with text `s` of `nchars` code points (known to the caller: a part of an
/// ASCII text is ASCII, a concatenation's length is the sum), saving the count.
pub(crate) fn new_str_counted(s: &str, nchars: usize) -> Value {
    debug_assert_eq!(nchars, strlib::char_len(s));
    if s.len() <= 1 {
        if let Some(v) = cached_small(s) {
            return v;
        }
    }
    alloc_str(s, nchars)
}

/// The layout of an exact str's block holding `len` bytes of text.
#[inline]
fn inline_layout(len: usize) -> Option<std::alloc::Layout> {
    let size = std::mem::size_of::<PyObj<StrObj>>().checked_add(len)?;
    std::alloc::Layout::from_size_align(size, std::mem::align_of::<PyObj<StrObj>>()).ok()
}

/// A new exact str object of `len` bytes and `nchars` code points whose text `fill` writes
/// (through [`TextWriter::push`]; bytes it leaves unwritten are zeros, so the text is valid
/// UTF-8 whatever `fill` does). `None` if the block cannot be allocated.
fn try_alloc_str_with(
    len: usize,
    nchars: usize,
    fill: impl FnOnce(&mut TextWriter),
) -> Option<Value> {
    let ty = builtin().str;
    let layout = inline_layout(len)?;
    // SAFETY: the layout has a non-zero size (the object itself).
    let block = unsafe { std::alloc::alloc(layout) } as *mut PyObj<StrObj>;
    if block.is_null() {
        return None;
    }
    // SAFETY: the block holds the object followed by `len` bytes.
    let data = unsafe { (block as *mut u8).add(std::mem::size_of::<PyObj<StrObj>>()) };
    let mut w = TextWriter { data, len, pos: 0 };
    fill(&mut w);
    if w.pos < len {
        // SAFETY: `pos..len` lies inside the text area of the block.
        unsafe { std::ptr::write_bytes(data.add(w.pos), 0, len - w.pos) };
    }
    if !ty.header.is_immortal() {
        // SAFETY: `ty` is a live type; instances keep their type alive (see `Value::alloc`).
        unsafe { crate::object::refcount::incref(&ty.header) };
    }
    // SAFETY: `block` is a fresh allocation of the right layout; the text it points at is
    // initialized and valid UTF-8 (whole strs pushed, then zeros).
    unsafe {
        block.write(PyObj {
            header: ObjHeader::new(ty),
            payload: StrObj {
                data: NonNull::new_unchecked(data),
                len,
                nchars_flags: (nchars & !INLINE_BIT) | INLINE_BIT,
                hash: AtomicI64::new(-1),
                index: AtomicPtr::new(std::ptr::null_mut()),
            },
        });
        Some(Value::from_raw(block as usize))
    }
}

/// [`try_alloc_str_with`] for a text that exists already.
#[inline]
fn alloc_str(s: &str, nchars: usize) -> Value {
    match try_alloc_str_with(s.len(), nchars, |w| w.push(s)) {
        Some(v) => v,
        None => std::alloc::handle_alloc_error(
            inline_layout(s.len()).unwrap_or(std::alloc::Layout::new::<PyObj<StrObj>>()),
        ),
    }
}

/// Writes a new str's text into its block (see [`try_alloc_str_with`]).
pub(crate) struct TextWriter {
    data: *mut u8,
    len: usize,
    pos: usize,
}

impl TextWriter {
    /// Appends `s` if it fits whole (a caller that sized the text right always fits).
    #[inline]
    pub(crate) fn push(&mut self, s: &str) {
        if s.len() <= self.len - self.pos {
            // SAFETY: `pos + s.len() <= len`: the bytes lie inside the block's text area,
            // which does not overlap `s` (a fresh allocation).
            unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), self.data.add(self.pos), s.len()) };
            self.pos += s.len();
        }
    }
}

/// A new exact str of `len` bytes and `nchars` code points built by `fill` without an
/// intermediate `String` (concatenation, join); `MemoryError` when it cannot be allocated.
pub(crate) fn build_str(
    vm: &Vm,
    len: usize,
    nchars: usize,
    fill: impl FnOnce(&mut TextWriter),
) -> PyResult<Value> {
    if len == 0 {
        return Ok(new_str(""));
    }
    if len > MAX_TEXT_BYTES {
        return Err(vm.memory_error());
    }
    try_alloc_str_with(len, nchars, fill).ok_or_else(|| vm.memory_error())
}

/// The deallocator of `str` instances: an inline text lives in the object's block, whose
/// size depends on it.
///
/// # Safety
/// `obj` is an exact str whose count reached zero.
unsafe fn str_dealloc(obj: *mut ObjHeader) {
    let p = obj as *mut PyObj<StrObj>;
    // SAFETY: the caller guarantees a dead exact str, laid out as `PyObj<StrObj>`.
    let (inline, len) = unsafe { ((*p).payload.is_inline(), (*p).payload.len) };
    if !inline {
        // SAFETY: made by `Value::alloc` with a `StrObj` payload owning its text.
        return unsafe { crate::object::dealloc_payload::<StrObj>(obj) };
    }
    // SAFETY: as above; the block was allocated by `try_alloc_str_with` with this layout.
    unsafe {
        let ty = (*obj).ty();
        std::ptr::drop_in_place(p);
        if let Some(layout) = inline_layout(len) {
            std::alloc::dealloc(p as *mut u8, layout);
        }
        if !ty.header.is_immortal() {
            crate::object::refcount::decref(&ty.header);
        }
    }
}

/// The str of one code point.
pub fn new_char(c: char) -> Value {
    if c.is_ascii() {
        if let Some(v) = ascii_char(c as u8) {
            return v;
        }
    }
    let mut buf = [0u8; 4];
    new_str(c.encode_utf8(&mut buf))
}

/// The text of a str (or str subclass instance).
#[inline]
pub fn as_str(v: &Value) -> Option<&str> {
    v.downcast::<StrObj>().map(|s| s.as_str())
}

/// The text of an exact str (not a subclass).
#[inline]
pub fn as_exact_str(v: &Value) -> Option<&str> {
    v.downcast_exact::<StrObj>().map(|s| s.as_str())
}

/// The payload of a str (or subclass instance).
#[inline]
pub fn as_strobj(v: &Value) -> Option<&StrObj> {
    v.downcast::<StrObj>()
}

// ---- hashing and interning ----------------------------------------------------------------

const HASH_KEY: u64 = 0x9e37_79b9_7f4a_7c15;

/// A fast keyed hash of text (not CPython's SipHash; str hashes are never printed).
fn hash_bytes(b: &[u8]) -> i64 {
    const M: u64 = 0xff51_afd7_ed55_8ccd;
    let mut h = HASH_KEY ^ (b.len() as u64).wrapping_mul(M);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let x = u64::from_le_bytes(w);
        h = (h.rotate_left(23) ^ x).wrapping_mul(M);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(23) ^ u64::from_le_bytes(w)).wrapping_mul(M);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of a str, computed once and cached.
#[inline]
pub fn str_hash(s: &StrObj) -> i64 {
    let h = s.hash.load(Ordering::Relaxed);
    if h != -1 {
        return h;
    }
    let h = hash_bytes(s.as_str().as_bytes());
    s.hash.store(h, Ordering::Relaxed);
    h
}

/// The hash `hash(s)` gives for text `s` (without making an object).
pub fn hash_text(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

/// Hashes intern-table keys with the str hash (much cheaper than SipHash for short names).
#[derive(Default, Clone, Copy)]
struct TextHasher(u64);

impl std::hash::Hasher for TextHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = self.0.rotate_left(29) ^ hash_bytes(bytes) as u64;
    }
}

type InternTable = HashMap<Box<str>, usize, std::hash::BuildHasherDefault<TextHasher>>;

static INTERNED: OnceLock<RwLock<InternTable>> = OnceLock::new();
/// The interned one-character ASCII strings (and the empty string at index 128).
static SMALL: [AtomicUsize; 129] = [const { AtomicUsize::new(0) }; 129];

fn table() -> &'static RwLock<InternTable> {
    INTERNED.get_or_init(|| RwLock::new(HashMap::default()))
}

/// Prepares the interning table and the cache of one-character strings. Called once at
/// start-up, after the `str` type exists.
pub fn init_interning() {
    for i in 0..128u8 {
        let v = intern(std::str::from_utf8(&[i]).unwrap_or("?"));
        SMALL[i as usize].store(v.into_raw(), Ordering::Relaxed);
    }
    let e = intern("");
    SMALL[128].store(e.into_raw(), Ordering::Relaxed);
}

fn small_at(i: usize) -> Option<Value> {
    let bits = SMALL.get(i)?.load(Ordering::Relaxed);
    if bits == 0 {
        return None;
    }
    // SAFETY: the word is the address of an immortal interned str stored by
    // `init_interning`; immortal objects are never freed.
    Some(unsafe { Value::from_header_ptr(bits as *const ObjHeader) })
}

fn ascii_char(b: u8) -> Option<Value> {
    small_at(b as usize)
}

fn cached_small(s: &str) -> Option<Value> {
    match s.as_bytes() {
        [] => small_at(128),
        [b] if b.is_ascii() => small_at(*b as usize),
        _ => None,
    }
}

/// The interned object at `bits` (an address from the table).
fn interned_at(bits: usize) -> Value {
    // SAFETY: every address in the table is an immortal interned str, never freed.
    unsafe { Value::from_header_ptr(bits as *const ObjHeader) }
}

/// A per-thread direct-mapped cache in front of the interning table, keyed by the text's
/// address and length (names in Rust code are string literals with fixed addresses) and
/// checked by content, so repeated interning of the same name (special-method lookups in
/// slot dispatch) neither hashes the text nor touches the shared table's lock.
struct InternCacheEntry {
    ptr: usize,
    len: usize,
    bits: usize,
}

const INTERN_CACHE_SIZE: usize = 256;

thread_local! {
    static INTERN_CACHE: std::cell::UnsafeCell<[InternCacheEntry; INTERN_CACHE_SIZE]> =
        const { std::cell::UnsafeCell::new([const { InternCacheEntry { ptr: 0, len: 0, bits: 0 } }; INTERN_CACHE_SIZE]) };
}

#[inline]
fn intern_cache_slot(s: &str) -> usize {
    (s.as_ptr() as usize >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56
}

/// The interned str with text `s`: immortal, and the same object for equal texts.
pub fn intern(s: &str) -> Value {
    let slot = intern_cache_slot(s);
    let cached = INTERN_CACHE.try_with(|c| {
        // SAFETY: thread-local, not borrowed across this closure.
        let e = unsafe { &(*c.get())[slot] };
        if e.ptr == s.as_ptr() as usize && e.len == s.len() && e.bits != 0 {
            let v = interned_at(e.bits);
            // The text at this address may have changed since (a non-literal): check it.
            if as_str(&v) == Some(s) {
                return Some(v);
            }
        }
        None
    });
    if let Ok(Some(v)) = cached {
        return v;
    }
    let v = intern_uncached(s);
    if !is_interned(&v) {
        return v;
    }
    let _ = INTERN_CACHE.try_with(|c| {
        // SAFETY: as above.
        let e = unsafe { &mut (*c.get())[slot] };
        *e = InternCacheEntry {
            ptr: s.as_ptr() as usize,
            len: s.len(),
            bits: v.bits(),
        };
    });
    v
}

fn intern_uncached(s: &str) -> Value {
    if let Ok(t) = table().read() {
        if let Some(&bits) = t.get(s) {
            return interned_at(bits);
        }
    }
    let Ok(mut t) = table().write() else {
        return new_str(s);
    };
    if let Some(&bits) = t.get(s) {
        return interned_at(bits);
    }
    let v = Value::alloc_immortal(builtin().str, StrObj::new(s.into()));
    v.header()
        .flags
        .set(v.header().flags.get() | header_flags::INTERNED);
    t.insert(s.into(), v.bits());
    v
}

/// The interned str equal to `v` (a str): `v` itself when already interned.
pub fn intern_value(v: &Value) -> Value {
    if is_interned(v) {
        return v.clone();
    }
    intern(as_str(v).unwrap_or(""))
}

/// True if `v` is an interned str.
#[inline]
pub fn is_interned(v: &Value) -> bool {
    !v.is_small_int() && v.header().flags.get() & header_flags::INTERNED != 0
}

// ---- shared helpers -----------------------------------------------------------------------

/// Turns a strlib error into the Python exception it names.
pub(crate) fn str_err(vm: &Vm, e: StrError) -> PyErr {
    match e {
        StrError::Value(m) => vm.value_error(m),
        StrError::Overflow(m) => vm.overflow_error(m),
        StrError::Memory => vm.memory_error(),
    }
}

/// Raises a codec error from strlib as CPython's exception (with `encoding`, `object`,
/// `start`, `end`, `reason` attributes for UnicodeError).
pub(crate) fn encode_err(vm: &Vm, e: strlib::EncodeError, obj: &Value) -> PyErr {
    use strlib::EncodeError as E;
    match e {
        E::UnknownEncoding(_) | E::UnknownErrorHandler(_) => {
            vm.new_error(builtin().lookup_error, e.message())
        }
        E::Unsupported(m) => vm.new_error(builtin().not_implemented_error, m),
        E::Unicode(ref u) => {
            let err = vm.new_error(builtin().unicode_encode_error, e.message());
            let x = &err.0;
            use crate::types::exceptions::set_attr;
            set_attr(x, "encoding", new_str(u.encoding));
            set_attr(x, "object", obj.clone());
            set_attr(x, "start", new_int_usize(u.start));
            set_attr(x, "end", new_int_usize(u.end));
            set_attr(x, "reason", new_str(u.reason));
            err
        }
    }
}

/// Raises a decode error from strlib as CPython's exception.
pub(crate) fn decode_err(vm: &Vm, e: strlib::DecodeError, obj: &Value) -> PyErr {
    use strlib::DecodeError as E;
    match e {
        E::UnknownEncoding(_) | E::UnknownErrorHandler(_) => {
            vm.new_error(builtin().lookup_error, e.message())
        }
        E::WrongHandler => vm.type_error(e.message()),
        E::Unsupported(m) => vm.new_error(builtin().not_implemented_error, m),
        E::Unicode(ref u) => {
            let err = vm.new_error(builtin().unicode_decode_error, e.message());
            let x = &err.0;
            use crate::types::exceptions::set_attr;
            set_attr(x, "encoding", new_str(u.encoding));
            set_attr(x, "object", obj.clone());
            set_attr(x, "start", new_int_usize(u.start));
            set_attr(x, "end", new_int_usize(u.end));
            set_attr(x, "reason", new_str(u.reason));
            err
        }
    }
}

fn self_str<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a StrObj> {
    args.first()
        .and_then(as_strobj)
        .ok_or_else(|| vm.type_error("descriptor requires a 'str' object"))
}

/// A str result that is `orig`'s text unchanged returns `orig` itself (when exactly a str).
fn result_str(orig: &Value, text: &str) -> Value {
    if orig.is_exact(builtin().str) {
        if let Some(o) = as_str(orig) {
            if o.len() == text.len() && std::ptr::eq(o.as_ptr(), text.as_ptr()) {
                return orig.clone();
            }
        }
    }
    new_str(text)
}

/// [`result_str`] for a text of `nchars` code points.
fn result_str_counted(orig: &Value, text: &str, nchars: usize) -> Value {
    if orig.is_exact(builtin().str) {
        if let Some(o) = as_str(orig) {
            if o.len() == text.len() && std::ptr::eq(o.as_ptr(), text.as_ptr()) {
                return orig.clone();
            }
        }
    }
    new_str_counted(text, nchars)
}

fn result_string(orig: &Value, text: String) -> Value {
    if orig.is_exact(builtin().str) && as_str(orig) == Some(text.as_str()) {
        return orig.clone();
    }
    new_string(text)
}

/// `must be str, not int`.
fn must_str<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| vm.type_error(format!("must be str, not {}", v.ty().name())))
}

/// A slice bound for find-like methods: None or an index-like value (clamped).
pub(crate) fn slice_bound(vm: &Vm, v: Option<&Value>) -> PyResult<Option<isize>> {
    match v {
        None => Ok(None),
        Some(v) if is_none(v) => Ok(None),
        Some(v) => match slice::try_index(vm, v, Overflow::Clamp)? {
            Some(i) => Ok(Some(i)),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// Parses `(sub[, start[, end]])` of find/count/index/startswith and friends.
pub(crate) fn find_args<'a>(
    vm: &Vm,
    fname: &str,
    args: &'a [Value],
    kwnames: Option<&[Value]>,
) -> PyResult<(&'a Value, Option<isize>, Option<isize>)> {
    native::no_kwargs(vm, fname, kwnames)?;
    let n = args.len().saturating_sub(1);
    if n < 1 {
        let fname = native::bare_name(fname);
        return Err(vm.type_error(format!("{fname}() takes at least 1 argument (0 given)")));
    }
    if n > 3 {
        let fname = native::bare_name(fname);
        return Err(vm.type_error(format!("{fname}() takes at most 3 arguments ({n} given)")));
    }
    if n == 1 {
        return Ok((&args[1], None, None));
    }
    let start = slice_bound(vm, args.get(2))?;
    let end = slice_bound(vm, args.get(3))?;
    Ok((&args[1], start, end))
}

/// The `keepends` flag of `splitlines`: an int used as a truth value (CPython's
/// `bool(accept={int})` converter).
pub(crate) fn keepends_arg(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => {
            let i = slice::to_index(vm, v, Overflow::SsizeT).map_err(|e| {
                if vm.err_matches(&e, builtin().overflow_error) {
                    vm.overflow_error("Python int too large to convert to C int")
                } else {
                    e
                }
            })?;
            if i32::try_from(i).is_err() {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            Ok(i != 0)
        }
    }
}

/// A width argument (`center`, `zfill`, ...): an index-like value; negatives count as 0;
/// widths beyond `MAX_TEXT_BYTES` raise MemoryError.
pub(crate) fn width_arg(vm: &Vm, v: &Value) -> PyResult<usize> {
    let i = slice::to_index(vm, v, Overflow::SsizeT)?;
    let w = i.max(0) as usize;
    if w > MAX_TEXT_BYTES {
        return Err(vm.memory_error());
    }
    Ok(w)
}

// ---- type creation ------------------------------------------------------------------------

pub fn make_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<StrObj>("str", Some(object))
        .flags(type_flags::BASETYPE)
        .dealloc(str_dealloc));
    let s = &t.slots;
    s.repr.set(Some(str_repr));
    s.str.set(Some(str_str));
    s.hash.set(Some(str_hash_slot));
    s.richcompare.set(Some(str_richcompare));
    s.len.set(Some(str_len));
    s.contains.set(Some(str_contains));
    s.getitem.set(Some(str_getitem));
    s.add.set(Some(str_add));
    s.mul.set(Some(str_mul));
    s.mod_.set(Some(str_mod));
    s.iter.set(Some(str_iter));
    s.new.set(Some(str_new));
    t
}

pub fn init_methods() {
    let t = builtin().str;
    let m = |name: &'static str, f: native::NativeFn| native::add_method(t, name, f);
    m("__format__", str_format_method);
    m("__getnewargs__", str_getnewargs);
    m("__sizeof__", str_sizeof);
    m("capitalize", str_capitalize);
    m("casefold", str_casefold);
    m("center", str_center);
    m("count", str_count);
    m("encode", str_encode);
    m("endswith", str_endswith);
    m("expandtabs", str_expandtabs);
    m("find", str_find);
    m("format", str_format);
    m("format_map", str_format_map);
    m("index", str_index);
    m("isalnum", str_isalnum);
    m("isalpha", str_isalpha);
    m("isascii", str_isascii);
    m("isdecimal", str_isdecimal);
    m("isdigit", str_isdigit);
    m("isidentifier", str_isidentifier);
    m("islower", str_islower);
    m("isnumeric", str_isnumeric);
    m("isprintable", str_isprintable);
    m("isspace", str_isspace);
    m("istitle", str_istitle);
    m("isupper", str_isupper);
    m("join", str_join);
    m("ljust", str_ljust);
    m("lower", str_lower);
    m("lstrip", str_lstrip);
    m("partition", str_partition);
    m("removeprefix", str_removeprefix);
    m("removesuffix", str_removesuffix);
    m("replace", str_replace);
    m("rfind", str_rfind);
    m("rindex", str_rindex);
    m("rjust", str_rjust);
    m("rpartition", str_rpartition);
    m("rsplit", str_rsplit);
    m("rstrip", str_rstrip);
    m("split", str_split);
    m("splitlines", str_splitlines);
    m("startswith", str_startswith);
    m("strip", str_strip);
    m("swapcase", str_swapcase);
    m("title", str_title);
    m("translate", str_translate);
    m("upper", str_upper);
    m("zfill", str_zfill);
    native::add_static_method(t, "maketrans", str_maketrans);
    // Concatenation is CPython's `sq_concat`: no `__radd__`.
    dict::dict_del_str(t.dict(), &intern("__radd__"));
}

// ---- slots --------------------------------------------------------------------------------

fn obj<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a StrObj> {
    as_strobj(v).ok_or_else(|| vm.type_error("descriptor requires a 'str' object"))
}

fn str_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(new_string(strlib::repr_str(obj(vm, v)?.as_str())))
}

fn str_str(vm: &Vm, v: &Value) -> PyResult<Value> {
    if v.is_exact(builtin().str) {
        return Ok(v.clone());
    }
    Ok(new_str(obj(vm, v)?.as_str()))
}

fn str_hash_slot(vm: &Vm, v: &Value) -> PyResult<i64> {
    Ok(str_hash(obj(vm, v)?))
}

fn str_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(obj(vm, v)?.char_len())
}

fn str_richcompare(_vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    match (as_str(a), as_str(b)) {
        (Some(x), Some(y)) => {
            if matches!(op, CompareOp::Eq | CompareOp::Ne) {
                let eq = a.is(b) || x == y;
                return Ok(new_bool(eq == (op == CompareOp::Eq)));
            }
            Ok(new_bool(cmp_holds(op, x.as_bytes().cmp(y.as_bytes()))))
        }
        _ => Ok(not_implemented()),
    }
}

fn str_contains(vm: &Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let hay = obj(vm, container)?.as_str();
    match as_str(item) {
        Some(needle) => Ok(hay.contains(needle)),
        None => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            item.ty().name()
        ))),
    }
}

fn str_getitem(vm: &Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let o = obj(vm, v)?;
    if let Some(sl) = slice::as_slice(key) {
        let (start, _stop, step, n) = sl.indices(vm, o.char_len())?;
        return Ok(slice_str(v, o, start, step, n));
    }
    let i = match slice::try_index(vm, key, Overflow::IndexError)? {
        Some(i) => i,
        None => {
            return Err(vm.type_error(format!(
                "string indices must be integers, not '{}'",
                key.ty().name()
            )))
        }
    };
    let len = o.char_len() as isize;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("string index out of range"));
    }
    match o.char_at(j as usize) {
        Some(c) => Ok(new_char(c)),
        None => Err(vm.index_error("string index out of range")),
    }
}

/// The substring selected by already-adjusted slice indices.
fn slice_str(v: &Value, o: &StrObj, start: isize, step: isize, n: usize) -> Value {
    if n == 0 {
        return new_str("");
    }
    if step == 1 {
        let s = start.max(0) as usize;
        return result_str_counted(v, o.slice_chars(s, s + n), n);
    }
    let mut out = String::with_capacity(n);
    if o.is_ascii() {
        let b = o.as_str().as_bytes();
        let mut i = start;
        for _ in 0..n {
            if let Some(&c) = usize::try_from(i).ok().and_then(|u| b.get(u)) {
                out.push(c as char);
            }
            i += step;
        }
    } else {
        let chars: Vec<char> = o.as_str().chars().collect();
        let mut i = start;
        for _ in 0..n {
            if let Some(&c) = usize::try_from(i).ok().and_then(|u| chars.get(u)) {
                out.push(c);
            }
            i += step;
        }
    }
    new_string(out)
}

fn str_add(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(xo) = as_strobj(a) else {
        return Ok(not_implemented());
    };
    let Some(yo) = as_strobj(b) else {
        // CPython's `sq_concat`: the other operand's `__radd__` is tried first, then the
        // concatenation fails with its own message.
        if let Some(r) = try_other_slot(vm, a, b, str_add, b.ty().slots.add.get())? {
            return Ok(r);
        }
        return Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            b.ty().name()
        )));
    };
    let (x, y) = (xo.as_str(), yo.as_str());
    if y.is_empty() && a.is_exact(builtin().str) {
        return Ok(a.clone());
    }
    if x.is_empty() && b.is_exact(builtin().str) {
        return Ok(b.clone());
    }
    let len = x.len().saturating_add(y.len());
    build_str(vm, len, xo.char_len() + yo.char_len(), |w| {
        w.push(x);
        w.push(y);
    })
}

/// The most bytes a str or bytes built by repetition or padding may hold before
/// MemoryError (32 GiB: far beyond real use, and small enough that an overcommitting
/// allocator never hands out memory the process cannot actually fill).
pub(crate) const MAX_TEXT_BYTES: usize = 1 << 35;

fn str_mul(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (s, n) = if as_str(a).is_some() { (a, b) } else { (b, a) };
    let Some(text) = as_str(s) else {
        return Ok(not_implemented());
    };
    if !slice::is_index(n) {
        if !s.is(a) {
            // The reflected call of `n * seq`: the caller reports the error.
            return Ok(not_implemented());
        }
        if let Some(r) = try_other_slot(vm, a, b, str_mul, b.ty().slots.mul.get())? {
            return Ok(r);
        }
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name()
        )));
    }
    let count = crate::types::tuple::repeat_count(vm, n)?.unwrap_or(0);
    if count == 1 && s.is_exact(builtin().str) {
        return Ok(s.clone());
    }
    repeat_text(vm, text, count).map(new_string)
}

/// `text * count` with MemoryError for absurd sizes.
pub(crate) fn repeat_text(vm: &Vm, text: &str, count: usize) -> PyResult<String> {
    if text.is_empty() || count == 0 {
        return Ok(String::new());
    }
    let total = match text.len().checked_mul(count) {
        Some(t) if t <= MAX_TEXT_BYTES => t,
        _ => return Err(vm.memory_error()),
    };
    let mut out = String::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(vm.memory_error());
    }
    for _ in 0..count {
        out.push_str(text);
    }
    Ok(out)
}

fn str_mod(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(template) = as_str(a) else {
        return Ok(not_implemented());
    };
    percent_format(vm, template, b, false).map(new_string)
}

fn str_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    obj(vm, v)?;
    Ok(crate::types::iterators::new_str_iterator(v.clone()))
}

// ---- str(...) -----------------------------------------------------------------------------

fn str_new(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let exact = crate::types::as_type(cls).is_none_or(|t| std::ptr::eq(t, builtin().str));
    let text: Value = if exact && kwnames.is_none() && args.len() == 1 {
        ops::str_(vm, &args[0])?
    } else if exact && kwnames.is_none() && args.is_empty() {
        return Ok(new_str(""));
    } else {
        let p = parse_args(
            vm,
            "str",
            &["object", "encoding", "errors"],
            args,
            kwnames,
            0,
        )?;
        match (&p[0], &p[1], &p[2]) {
            (None, _, _) => new_str(""),
            (Some(o), None, None) => ops::str_(vm, o)?,
            (Some(o), enc, errs) => {
                let encoding = match enc {
                    None => "utf-8",
                    Some(e) => as_str(e).ok_or_else(|| {
                        vm.type_error(format!(
                            "str() argument 'encoding' must be str, not {}",
                            arg_type_name(e)
                        ))
                    })?,
                };
                let errors = match errs {
                    None => "strict",
                    Some(e) => as_str(e).ok_or_else(|| {
                        vm.type_error(format!(
                            "str() argument 'errors' must be str, not {}",
                            arg_type_name(e)
                        ))
                    })?,
                };
                if as_str(o).is_some() {
                    return Err(vm.type_error("decoding str is not supported"));
                }
                let Some(data) = crate::types::bytes::as_bytes_like(o) else {
                    return Err(vm.type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        o.ty().name()
                    )));
                };
                let s = if data.is_empty() {
                    String::new()
                } else {
                    strlib::decode(&data, encoding, errors).map_err(|e| decode_err(vm, e, o))?
                };
                new_string(s)
            }
        }
    };
    if exact {
        return Ok(text);
    }
    let s = as_str(&text).unwrap_or("");
    crate::types::object::alloc_subclass_instance(vm, cls, StrObj::new(s.into()))
}

// ---- methods: simple transforms and predicates ---------------------------------------------

macro_rules! transform {
    ($name:ident, $py:literal, $f:expr) => {
        fn $name(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
            check_noargs(vm, $py, args, kwnames)?;
            let s = self_str(vm, args)?.as_str();
            let f: fn(&str) -> String = $f;
            Ok(result_string(&args[0], f(s)))
        }
    };
}

transform!(str_upper, "str.upper", |s| if s.is_ascii() {
    s.to_ascii_uppercase()
} else {
    strlib::upper(s)
});
transform!(str_lower, "str.lower", |s| if s.is_ascii() {
    s.to_ascii_lowercase()
} else {
    strlib::lower(s)
});
transform!(str_casefold, "str.casefold", strlib::casefold);
transform!(str_swapcase, "str.swapcase", strlib::swapcase);
transform!(str_title, "str.title", strlib::title);
transform!(str_capitalize, "str.capitalize", strlib::capitalize);

macro_rules! predicate {
    ($name:ident, $py:literal, $f:path) => {
        fn $name(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
            check_noargs(vm, $py, args, kwnames)?;
            Ok(new_bool($f(self_str(vm, args)?.as_str())))
        }
    };
}

predicate!(str_isalnum, "str.isalnum", strlib::isalnum);
predicate!(str_isalpha, "str.isalpha", strlib::isalpha);
predicate!(str_isascii, "str.isascii", strlib::isascii);
predicate!(str_isdecimal, "str.isdecimal", strlib::isdecimal);
predicate!(str_isdigit, "str.isdigit", strlib::isdigit);
predicate!(str_isidentifier, "str.isidentifier", strlib::isidentifier);
predicate!(str_islower, "str.islower", strlib::islower);
predicate!(str_isnumeric, "str.isnumeric", strlib::isnumeric);
predicate!(str_isprintable, "str.isprintable", strlib::isprintable);
predicate!(str_isspace, "str.isspace", strlib::isspace);
predicate!(str_istitle, "str.istitle", strlib::istitle);
predicate!(str_isupper, "str.isupper", strlib::isupper);

fn str_getnewargs(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "str.__getnewargs__", args, kwnames)?;
    let s = self_str(vm, args)?.as_str();
    Ok(new_tuple(vec![new_str(s)]))
}

fn str_sizeof(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "str.__sizeof__", args, kwnames)?;
    let o = self_str(vm, args)?;
    let n = o.char_len();
    let size = if o.is_ascii() {
        49 + n
    } else {
        let max = o.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
        let kind = if max < 256 {
            1
        } else if max < 65536 {
            2
        } else {
            4
        };
        72 + (n + 1) * kind
    };
    Ok(new_int_usize(size))
}

// ---- methods: searching -------------------------------------------------------------------

fn str_find(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let (sub, start, end) = find_args(vm, "str.find", args, kwnames)?;
    let o = self_str(vm, args)?;
    let sub = must_str(vm, sub)?;
    Ok(new_int(o.with_hay(|h| h.find(sub, start, end)) as i64))
}

fn str_rfind(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let (sub, start, end) = find_args(vm, "str.rfind", args, kwnames)?;
    let o = self_str(vm, args)?;
    let sub = must_str(vm, sub)?;
    Ok(new_int(o.with_hay(|h| h.rfind(sub, start, end)) as i64))
}

fn str_index(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let (sub, start, end) = find_args(vm, "str.index", args, kwnames)?;
    let o = self_str(vm, args)?;
    let sub = must_str(vm, sub)?;
    match o.with_hay(|h| h.find(sub, start, end)) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(new_int(i as i64)),
    }
}

fn str_rindex(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let (sub, start, end) = find_args(vm, "str.rindex", args, kwnames)?;
    let o = self_str(vm, args)?;
    let sub = must_str(vm, sub)?;
    match o.with_hay(|h| h.rfind(sub, start, end)) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(new_int(i as i64)),
    }
}

fn str_count(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let (sub, start, end) = find_args(vm, "str.count", args, kwnames)?;
    let o = self_str(vm, args)?;
    let sub = must_str(vm, sub)?;
    Ok(new_int_usize(o.with_hay(|h| h.count(sub, start, end))))
}

fn starts_ends(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&[Value]>,
    f: fn(strlib::Hay<'_>, &str, Option<isize>, Option<isize>) -> bool,
) -> PyResult<Value> {
    let (sub, start, end) = find_args(vm, fname, args, kwnames)?;
    let o = self_str(vm, args)?;
    if let Some(p) = as_str(sub) {
        return Ok(new_bool(o.with_hay(|h| f(h, p, start, end))));
    }
    let fname = native::bare_name(fname);
    if let Some(items) = as_tuple(sub) {
        for it in items {
            let p = as_str(it).ok_or_else(|| {
                vm.type_error(format!(
                    "tuple for {fname} must only contain str, not {}",
                    it.ty().name()
                ))
            })?;
            if o.with_hay(|h| f(h, p, start, end)) {
                return Ok(new_bool(true));
            }
        }
        return Ok(new_bool(false));
    }
    Err(vm.type_error(format!(
        "{fname} first arg must be str or a tuple of str, not {}",
        sub.ty().name()
    )))
}

fn str_startswith(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    starts_ends(vm, "str.startswith", args, kwnames, |h, p, a, b| {
        h.startswith(p, a, b)
    })
}

fn str_endswith(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    starts_ends(vm, "str.endswith", args, kwnames, |h, p, a, b| {
        h.endswith(p, a, b)
    })
}

fn str_replace(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    native::no_kwargs(vm, "str.replace", kwnames)?;
    check_count(vm, "replace", args.len().saturating_sub(1), 2, 3)?;
    let s = self_str(vm, args)?.as_str();
    let old = as_str(&args[1]).ok_or_else(|| {
        vm.type_error(format!(
            "replace() argument 1 must be str, not {}",
            arg_type_name(&args[1])
        ))
    })?;
    let new = as_str(&args[2]).ok_or_else(|| {
        vm.type_error(format!(
            "replace() argument 2 must be str, not {}",
            arg_type_name(&args[2])
        ))
    })?;
    let count = match args.get(3) {
        None => -1,
        Some(c) => slice::to_index(vm, c, Overflow::SsizeT)?,
    };
    let r = strlib::replace(s, old, new, count).map_err(|e| str_err(vm, e))?;
    Ok(result_string(&args[0], r))
}

fn partition_common(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&[Value]>,
    rev: bool,
) -> PyResult<Value> {
    check_args(vm, fname, args, kwnames, 1, 1)?;
    let s = self_str(vm, args)?.as_str();
    let sep = must_str(vm, &args[1])?;
    let (a, b, c) = if rev {
        strlib::rpartition(s, sep)
    } else {
        strlib::partition(s, sep)
    }
    .map_err(|e| str_err(vm, e))?;
    let part = |t: &str| result_str(&args[0], t);
    Ok(new_tuple(vec![part(a), part(b), part(c)]))
}

fn str_partition(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    partition_common(vm, "str.partition", args, kwnames, false)
}

fn str_rpartition(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    partition_common(vm, "str.rpartition", args, kwnames, true)
}

fn str_removeprefix(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "str.removeprefix", args, kwnames, 1, 1)?;
    let s = self_str(vm, args)?.as_str();
    let p = as_str(&args[1]).ok_or_else(|| {
        vm.type_error(format!(
            "removeprefix() argument must be str, not {}",
            arg_type_name(&args[1])
        ))
    })?;
    Ok(result_str(&args[0], strlib::removeprefix(s, p)))
}

fn str_removesuffix(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "str.removesuffix", args, kwnames, 1, 1)?;
    let s = self_str(vm, args)?.as_str();
    let p = as_str(&args[1]).ok_or_else(|| {
        vm.type_error(format!(
            "removesuffix() argument must be str, not {}",
            arg_type_name(&args[1])
        ))
    })?;
    Ok(result_str(&args[0], strlib::removesuffix(s, p)))
}

// ---- methods: splitting, stripping, joining ------------------------------------------------

fn split_common(
    vm: &Vm,
    fname: &'static str,
    args: &[Value],
    kwnames: Option<&[Value]>,
    rev: bool,
) -> PyResult<Value> {
    let parsed;
    let (sep_arg, max_arg) = if kwnames.is_none_or(|k| k.is_empty()) && args.len() <= 3 {
        // Positional arguments only (the common call): no keyword matching.
        (args.get(1), args.get(2))
    } else {
        parsed = parse_args(
            vm,
            fname,
            &["sep", "maxsplit"],
            args.get(1..).unwrap_or(&[]),
            kwnames,
            0,
        )?;
        (parsed[0].as_ref(), parsed[1].as_ref())
    };
    let s = self_str(vm, args)?.as_str();
    let maxsplit = match max_arg {
        None => -1,
        Some(v) => slice::to_index(vm, v, Overflow::SsizeT)?,
    };
    let sep =
        match sep_arg {
            None => None,
            Some(v) if is_none(v) => None,
            Some(v) => Some(as_str(v).ok_or_else(|| {
                vm.type_error(format!("must be str or None, not {}", v.ty().name()))
            })?),
        };
    let parts = if rev {
        strlib::rsplit(s, sep, maxsplit)
    } else {
        strlib::split(s, sep, maxsplit)
    }
    .map_err(|e| str_err(vm, e))?;
    // The parts of an ASCII text are ASCII: their lengths need no count.
    let ascii = as_strobj(&args[0]).is_some_and(|o| o.is_ascii());
    Ok(new_list(
        parts
            .into_iter()
            .map(|t| {
                if ascii && t.len() != s.len() {
                    new_str_counted(t, t.len())
                } else {
                    result_str(&args[0], t)
                }
            })
            .collect(),
    ))
}

fn str_split(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    split_common(vm, "split", args, kwnames, false)
}

fn str_rsplit(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    split_common(vm, "rsplit", args, kwnames, true)
}

fn str_splitlines(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let p = parse_args(
        vm,
        "splitlines",
        &["keepends"],
        args.get(1..).unwrap_or(&[]),
        kwnames,
        0,
    )?;
    let s = self_str(vm, args)?.as_str();
    let keep = keepends_arg(vm, p[0].as_ref())?;
    Ok(new_list(
        strlib::splitlines(s, keep)
            .into_iter()
            .map(|t| result_str(&args[0], t))
            .collect(),
    ))
}

fn strip_common(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&[Value]>,
    f: for<'a> fn(&'a str, Option<&str>) -> &'a str,
) -> PyResult<Value> {
    native::no_kwargs(vm, fname, kwnames)?;
    native::check_method_count(vm, fname, args.len().saturating_sub(1), 0, 1)?;
    let s = self_str(vm, args)?.as_str();
    let chars = match args.get(1) {
        None => None,
        Some(v) if is_none(v) => None,
        Some(v) => Some(as_str(v).ok_or_else(|| {
            let fname = native::bare_name(fname);
            vm.type_error(format!("{fname} arg must be None or str"))
        })?),
    };
    let part = f(s, chars);
    // A part of an ASCII text is ASCII.
    if as_strobj(&args[0]).is_some_and(|o| o.is_ascii()) {
        return Ok(result_str_counted(&args[0], part, part.len()));
    }
    Ok(result_str(&args[0], part))
}

fn str_strip(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    strip_common(vm, "str.strip", args, kwnames, strlib::strip)
}

fn str_lstrip(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    strip_common(vm, "str.lstrip", args, kwnames, strlib::lstrip)
}

fn str_rstrip(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    strip_common(vm, "str.rstrip", args, kwnames, strlib::rstrip)
}

fn str_join(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "str.join", args, kwnames, 1, 1)?;
    let sep_obj = self_str(vm, args)?;
    let sep = sep_obj.as_str();
    let iterable = &args[1];
    let t = iterable.ty();
    if !t.slots.iter.is_set() && !t.slots.getitem.is_set() {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = ops::collect(vm, iterable)?;
    if items.len() == 1 && items[0].is_exact(builtin().str) {
        return Ok(items[0].clone());
    }
    let mut total = 0usize;
    let mut nchars = 0usize;
    for (i, it) in items.iter().enumerate() {
        match as_strobj(it) {
            Some(s) => {
                total = total.saturating_add(s.len);
                nchars = nchars.saturating_add(s.char_len());
            }
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    it.ty().name()
                )))
            }
        }
    }
    let seps = items.len().saturating_sub(1);
    total = total.saturating_add(sep.len().saturating_mul(seps));
    nchars = nchars.saturating_add(sep_obj.char_len().saturating_mul(seps));
    build_str(vm, total, nchars, |w| {
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                w.push(sep);
            }
            w.push(as_str(it).unwrap_or(""));
        }
    })
}

// ---- methods: padding ----------------------------------------------------------------------

fn fill_char(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(v) => {
            let s = as_str(v).ok_or_else(|| {
                vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    v.ty().name()
                ))
            })?;
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
    }
}

fn justify(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&[Value]>,
    f: fn(&str, usize, char) -> Result<String, StrError>,
) -> PyResult<Value> {
    native::no_kwargs(vm, fname, kwnames)?;
    native::check_method_count(vm, fname, args.len().saturating_sub(1), 1, 2)?;
    let o = self_str(vm, args)?;
    let width = width_arg(vm, &args[1])?;
    let fill = fill_char(vm, args.get(2))?;
    if width <= o.char_len() {
        return Ok(result_str(&args[0], o.as_str()));
    }
    f(o.as_str(), width, fill)
        .map(new_string)
        .map_err(|e| str_err(vm, e))
}

fn str_center(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    justify(vm, "str.center", args, kwnames, strlib::center)
}

fn str_ljust(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    justify(vm, "str.ljust", args, kwnames, strlib::ljust)
}

fn str_rjust(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    justify(vm, "str.rjust", args, kwnames, strlib::rjust)
}

fn str_zfill(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "str.zfill", args, kwnames, 1, 1)?;
    let o = self_str(vm, args)?;
    let width = width_arg(vm, &args[1])?;
    if width <= o.char_len() {
        return Ok(result_str(&args[0], o.as_str()));
    }
    strlib::zfill(o.as_str(), width)
        .map(new_string)
        .map_err(|e| str_err(vm, e))
}

fn str_expandtabs(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let p = parse_args(
        vm,
        "expandtabs",
        &["tabsize"],
        args.get(1..).unwrap_or(&[]),
        kwnames,
        0,
    )?;
    let s = self_str(vm, args)?.as_str();
    let tabsize = match &p[0] {
        None => 8,
        Some(v) => slice::to_index(vm, v, Overflow::SsizeT)?,
    };
    if tabsize as usize > MAX_TEXT_BYTES && tabsize > 0 && s.contains('\t') {
        return Err(vm.memory_error());
    }
    strlib::expandtabs(s, tabsize)
        .map(|r| result_string(&args[0], r))
        .map_err(|e| str_err(vm, e))
}

// ---- methods: codecs and translation -------------------------------------------------------

fn str_encode(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let p = parse_args(
        vm,
        "encode",
        &["encoding", "errors"],
        args.get(1..).unwrap_or(&[]),
        kwnames,
        0,
    )?;
    let s = self_str(vm, args)?.as_str();
    let encoding = match &p[0] {
        None => "utf-8",
        Some(v) => as_str(v).ok_or_else(|| {
            vm.type_error(format!(
                "encode() argument 'encoding' must be str, not {}",
                arg_type_name(v)
            ))
        })?,
    };
    let errors = match &p[1] {
        None => "strict",
        Some(v) => as_str(v).ok_or_else(|| {
            vm.type_error(format!(
                "encode() argument 'errors' must be str, not {}",
                arg_type_name(v)
            ))
        })?,
    };
    let b = strlib::encode(s, encoding, errors).map_err(|e| encode_err(vm, e, &args[0]))?;
    Ok(crate::types::bytes::new_bytes(b))
}

fn str_maketrans(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    native::no_kwargs(vm, "maketrans", kwnames)?;
    check_count(vm, "maketrans", args.len(), 1, 3)?;
    let out = dict::new_dict();
    if args.len() == 1 {
        let d = &args[0];
        if dict::as_dict(d).is_none() {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        for (k, v) in dict::dict_items(d) {
            let key = if let Some(s) = as_str(&k) {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => new_int(c as i64),
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            } else if as_int(&k).is_some() {
                k.clone()
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            dict::dict_set(vm, &out, key, v)?;
        }
        return Ok(out);
    }
    // Argument clinic converts `y` and `z` before the body checks `x`.
    let y = as_str(&args[1]).ok_or_else(|| {
        vm.type_error(format!(
            "maketrans() argument 2 must be str, not {}",
            arg_type_name(&args[1])
        ))
    })?;
    let z = match args.get(2) {
        None => None,
        Some(z) => Some(as_str(z).ok_or_else(|| {
            vm.type_error(format!(
                "maketrans() argument 3 must be str, not {}",
                arg_type_name(z)
            ))
        })?),
    };
    let x = as_str(&args[0]).ok_or_else(|| {
        vm.type_error("first maketrans argument must be a string if there is a second argument")
    })?;
    if strlib::char_len(x) != strlib::char_len(y) {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        dict::dict_set(vm, &out, new_int(a as i64), new_int(b as i64))?;
    }
    if let Some(z) = z {
        for c in z.chars() {
            dict::dict_set(vm, &out, new_int(c as i64), none())?;
        }
    }
    Ok(out)
}

fn str_translate(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "str.translate", args, kwnames, 1, 1)?;
    let s = self_str(vm, args)?.as_str();
    let table = &args[1];
    let mut out = String::with_capacity(s.len());
    let mut cache: HashMap<char, Option<String>> = HashMap::new();
    for c in s.chars() {
        if let Some(r) = cache.get(&c) {
            if let Some(r) = r {
                out.push_str(r);
            }
            continue;
        }
        let key = new_int(c as i64);
        let mapped = match ops::getitem(vm, table, &key) {
            Ok(v) => Some(v),
            Err(e) if vm.err_matches(&e, builtin().lookup_error) => None,
            Err(e) => return Err(e),
        };
        let repl: Option<String> = match mapped {
            None => Some(c.to_string()),
            Some(v) if is_none(&v) => None,
            Some(v) => {
                if let Some(i) = as_int(&v) {
                    let cp = i.to_i64().unwrap_or(-1);
                    match u32::try_from(cp).ok().and_then(char::from_u32) {
                        Some(ch) if (0..0x110000).contains(&cp) => Some(ch.to_string()),
                        _ => {
                            return Err(
                                vm.value_error("character mapping must be in range(0x110000)")
                            )
                        }
                    }
                } else if let Some(t) = as_str(&v) {
                    Some(t.to_string())
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
        };
        if let Some(r) = &repl {
            out.push_str(r);
        }
        cache.insert(c, repl);
    }
    Ok(result_string(&args[0], out))
}

// ---- format(): __format__, str.format, format_map ------------------------------------------

fn str_format_method(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "str.__format__", args, kwnames, 1, 1)?;
    let s = self_str(vm, args)?.as_str();
    let spec = as_str(&args[1]).ok_or_else(|| {
        vm.type_error(format!(
            "__format__() argument must be str, not {}",
            arg_type_name(&args[1])
        ))
    })?;
    if spec.is_empty() {
        return ops::str_(vm, &args[0]);
    }
    format_text(vm, s, spec, args[0].ty().name()).map(new_string)
}

/// `format(s, spec)` for str text; `type_name` appears in error messages.
pub fn format_text(vm: &Vm, s: &str, spec: &str, type_name: &str) -> PyResult<String> {
    let fs = format::parse_format_spec_for(spec, type_name).map_err(|e| fmt_err(vm, e))?;
    check_spec_size(vm, &fs)?;
    format::format_str_named(s, &fs, type_name).map_err(|e| fmt_err(vm, e))
}

/// MemoryError for a format spec whose width or precision asks for an absurd result.
pub(crate) fn check_spec_size(vm: &Vm, fs: &format::FormatSpec) -> PyResult<()> {
    if fs.width.unwrap_or(0) > MAX_TEXT_BYTES || fs.precision.unwrap_or(0) > MAX_TEXT_BYTES {
        return Err(vm.memory_error());
    }
    Ok(())
}

/// `format(v, spec)` as text, with fast paths for exact str, int and float.
pub fn format_to_string(vm: &Vm, v: &Value, spec: &str) -> PyResult<String> {
    if let Some(s) = as_exact_str(v) {
        if spec.is_empty() {
            return Ok(s.to_string());
        }
        return format_text(vm, s, spec, "str");
    }
    if v.is_small_int() || v.is_exact(builtin().int) {
        if let Some(i) = as_int(v) {
            if spec.is_empty() {
                return crate::types::int::int_to_decimal(vm, i);
            }
            return format_intref(vm, i, spec, "int");
        }
    }
    if v.is_exact(builtin().float) {
        if let Some(x) = as_float(v) {
            if spec.is_empty() {
                return Ok(crate::types::float::float_repr_string(x));
            }
            return crate::types::float::format_f64(vm, x, spec, "float");
        }
    }
    let r = crate::builtins::format_value(vm, v, &new_str(spec))?;
    Ok(as_str(&r).unwrap_or("").to_string())
}

/// Where `str.format` finds keyword fields.
enum Kwargs<'a> {
    None,
    /// `str.format(**kw)`: names and values.
    Pairs(&'a [Value], &'a [Value]),
    /// `format_map(mapping)`.
    Mapping(&'a Value),
}

fn str_format(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let s = self_str(vm, args)?.as_str();
    let n = npos(args, kwnames);
    let pos = args.get(1..n).unwrap_or(&[]);
    let kw = match kwnames {
        Some(names) if !names.is_empty() => Kwargs::Pairs(names, &args[n..]),
        _ => Kwargs::None,
    };
    let mut auto = format::AutoNumber::new();
    render_template(vm, s, pos, &kw, &mut auto, 2).map(new_string)
}

fn str_format_map(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "str.format_map", args, kwnames, 1, 1)?;
    let s = self_str(vm, args)?.as_str();
    let kw = Kwargs::Mapping(&args[1]);
    let mut auto = format::AutoNumber::new();
    render_template(vm, s, &[], &kw, &mut auto, 2).map(new_string)
}

/// Expands a `str.format` template (`depth` is CPython's remaining recursion budget).
fn render_template(
    vm: &Vm,
    template: &str,
    pos: &[Value],
    kw: &Kwargs<'_>,
    auto: &mut format::AutoNumber,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let (pieces, trailing) = format::parse_format_template_partial(template);
    let mut out = String::with_capacity(template.len());
    for p in pieces {
        match p {
            FmtPiece::Literal(t) => out.push_str(&t),
            FmtPiece::Field {
                name,
                conversion,
                spec,
            } => {
                if matches!(kw, Kwargs::Mapping(_)) && !matches!(name.first, FieldFirst::Name(_)) {
                    return Err(vm.value_error("Format string contains positional fields"));
                }
                let mut v = match auto.resolve(&name.first).map_err(|e| fmt_err(vm, e))? {
                    Some(i) => match pos.get(i) {
                        Some(v) => v.clone(),
                        None => {
                            return Err(vm.index_error(format!(
                                "Replacement index {i} out of range for positional args tuple"
                            )))
                        }
                    },
                    None => {
                        let key = match &name.first {
                            FieldFirst::Name(k) => k.as_str(),
                            _ => "",
                        };
                        lookup_kw(vm, kw, key)?
                    }
                };
                for acc in &name.rest {
                    v = match acc {
                        FieldAccess::Attr(a) => ops::getattr_str(vm, &v, a)?,
                        FieldAccess::Index(i) => ops::getitem(vm, &v, &new_int_usize(*i))?,
                        FieldAccess::Key(k) => ops::getitem(vm, &v, &new_str(k))?,
                    };
                }
                if let Some(c) = conversion {
                    format::check_conversion(c).map_err(|e| fmt_err(vm, e))?;
                    v = match c {
                        'r' => ops::repr(vm, &v)?,
                        's' => ops::str_(vm, &v)?,
                        _ => crate::builtins::ascii(vm, &v)?,
                    };
                }
                let spec = if spec.contains('{') {
                    render_template(vm, &spec, pos, kw, auto, depth - 1)?
                } else {
                    spec
                };
                out.push_str(&format_to_string(vm, &v, &spec)?);
            }
        }
    }
    if let Some(e) = trailing {
        return Err(fmt_err(vm, e));
    }
    Ok(out)
}

fn lookup_kw(vm: &Vm, kw: &Kwargs<'_>, key: &str) -> PyResult<Value> {
    match kw {
        Kwargs::None => Err(vm.key_error(new_str(key))),
        Kwargs::Pairs(names, values) => {
            for (n, v) in names.iter().zip(values.iter()) {
                if as_str(n) == Some(key) {
                    return Ok(v.clone());
                }
            }
            Err(vm.key_error(new_str(key)))
        }
        Kwargs::Mapping(m) => ops::getitem(vm, m, &new_str(key)),
    }
}

// ---- % formatting (shared with bytes) ------------------------------------------------------

/// `template % args` for str (`bytes_mode` false) or bytes (`bytes_mode` true; the template
/// and the result are latin-1 text standing for bytes).
pub(crate) fn percent_format(
    vm: &Vm,
    template: &str,
    args: &Value,
    bytes_mode: bool,
) -> PyResult<String> {
    let parsed_template = if bytes_mode {
        bytes_template_for_parser(template)
    } else {
        Cow::Borrowed(template)
    };
    let tuple = as_tuple(args);
    let is_mapping = tuple.is_none()
        && as_str(args).is_none()
        && !(bytes_mode && crate::types::bytes::as_bytes_like(args).is_some())
        && args.ty().slots.getitem.is_set();
    // CPython's argument cursor: a tuple's items one by one, or a single argument
    // (`argidx == -2` until taken). After a `%(key)` conversion the value found under the
    // key becomes the single argument: its `*` widths and its value are taken from it, and
    // so are the arguments of keyless conversions after it.
    let (items, mut argidx, mut arglen): (&[Value], isize, isize) = match tuple {
        Some(t) => (t, 0, t.len() as isize),
        None => (std::slice::from_ref(args), -2, -1),
    };
    let mut single: Option<Value> = None;
    let next_arg =
        |vm: &Vm, argidx: &mut isize, arglen: isize, single: &Option<Value>| -> PyResult<Value> {
            if *argidx < arglen {
                if arglen < 0 {
                    *argidx = -1;
                    return Ok(single.clone().unwrap_or_else(|| args.clone()));
                }
                let v = items[*argidx as usize].clone();
                *argidx += 1;
                return Ok(v);
            }
            Err(vm.type_error("not enough arguments for format string"))
        };
    let mut out = String::with_capacity(template.len() + 16);
    let mut pos = 0;
    // Pieces are parsed as they are rendered: a template error after a conversion whose
    // argument fails is reported after that failure, as in CPython.
    loop {
        let start = pos;
        let Some(piece) = format::next_percent_piece(&parsed_template, &mut pos) else {
            break;
        };
        let piece = match piece {
            // CPython checks for a mapping on seeing `(`, before reading the key.
            Err(_) if !is_mapping && parsed_template.as_bytes().get(start + 1) == Some(&b'(') => {
                return Err(vm.type_error("format requires a mapping"));
            }
            other => other,
        };
        let (mut spec, unsupported) = match piece.map_err(|e| fmt_err(vm, e))? {
            PercentToken::Literal(t) => {
                out.push_str(t);
                continue;
            }
            PercentToken::Spec(s) => (s, None),
            PercentToken::Unsupported(s, e) => (s, Some(e)),
        };
        let mut width = None;
        let mut precision = None;
        if let Some(key) = &spec.key {
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            let k = if bytes_mode {
                crate::types::bytes::new_bytes(latin1_bytes(key))
            } else {
                new_str(key)
            };
            single = Some(ops::getitem(vm, args, &k)?);
            argidx = -2;
            arglen = -1;
        }
        match spec.width {
            PercentWidth::Star => {
                let w = next_arg(vm, &mut argidx, arglen, &single)?;
                let w = star_arg(vm, &w)?;
                if w < 0 {
                    spec.flags_left = true;
                    width = Some(w.unsigned_abs() as usize);
                } else {
                    width = Some(w as usize);
                }
            }
            PercentWidth::Value(w) => width = Some(w),
            PercentWidth::None => {}
        }
        match spec.precision {
            PercentWidth::Star => {
                let p = next_arg(vm, &mut argidx, arglen, &single)?;
                let p = star_arg(vm, &p)?;
                precision = Some(p.max(0) as usize);
            }
            PercentWidth::Value(p) => precision = Some(p),
            PercentWidth::None => {}
        }
        let v = next_arg(vm, &mut argidx, arglen, &single)?;
        if let Some(e) = unsupported {
            return Err(fmt_err(vm, e));
        }
        let plain = width.is_none()
            && precision.is_none()
            && !(spec.flags_plus || spec.flags_space || spec.flags_alt);
        let text = match spec.conv {
            's' if !bytes_mode && plain && as_exact_str(&v).is_some() => {
                // An exact str, unpadded and untruncated: its own text.
                out.push_str(as_exact_str(&v).unwrap_or(""));
                continue;
            }
            'd' | 'i' | 'u' if plain && matches!(as_int(&v), Some(IntRef::Small(_))) => {
                if let Some(IntRef::Small(i)) = as_int(&v) {
                    let _ = write!(out, "{i}");
                }
                continue;
            }
            's' | 'r' | 'a' | 'b' => {
                let s = match spec.conv {
                    's' | 'b' if bytes_mode => latin1_text(&bytes_of_percent_s(vm, &v)?),
                    's' => ops::str_string(vm, &v)?,
                    'r' if !bytes_mode => ops::repr_string(vm, &v)?,
                    _ => {
                        let a = crate::builtins::ascii(vm, &v)?;
                        as_str(&a).unwrap_or("").to_string()
                    }
                };
                format::percent_str_checked(&s, &spec, width, precision)
                    .map_err(|e| fmt_err(vm, e))?
            }
            'c' => {
                let c = if bytes_mode {
                    percent_c_bytes(vm, &v)?
                } else {
                    percent_c(vm, &v)?
                };
                format::percent_str_checked(&c.to_string(), &spec, width, None)
                    .map_err(|e| fmt_err(vm, e))?
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' if matches!(as_int(&v), Some(IntRef::Small(_))) => {
                let i = match as_int(&v) {
                    Some(IntRef::Small(i)) => i,
                    _ => 0,
                };
                format::percent_i64(i, &spec, width, precision).map_err(|e| fmt_err(vm, e))?
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let n = percent_int_arg(vm, &v, spec.conv)?;
                if matches!(spec.conv, 'd' | 'i' | 'u') {
                    format::int_str_digits_check(&n, crate::numeric::int_max_str_digits())
                        .map_err(|e| fmt_err(vm, e))?;
                }
                format::percent_int(&n, &spec, width, precision).map_err(|e| fmt_err(vm, e))?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = percent_float_arg(vm, &v, bytes_mode)?;
                format::percent_float(x, &spec, width, precision).map_err(|e| fmt_err(vm, e))?
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x})",
                    other, other as u32
                )))
            }
        };
        out.push_str(&text);
    }
    if argidx < arglen && !is_mapping {
        return Err(vm.type_error(if bytes_mode {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

/// The text of latin-1 bytes (each byte one code point below 256).
pub(crate) fn latin1_text(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// The bytes of latin-1 text (code points above 255 become `?`; never produced by
/// bytes formatting).
pub(crate) fn latin1_bytes(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| u8::try_from(c as u32).unwrap_or(b'?'))
        .collect()
}

fn bytes_of_percent_s(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::types::bytes::as_bytes_like(v) {
        return Ok(b.into_owned());
    }
    if let Some(m) = v.ty().lookup_str("__bytes__") {
        let r = ops::call(vm, &m, std::slice::from_ref(v), None)?;
        return match crate::types::bytes::as_bytes(&r) {
            Some(b) => Ok(b.to_vec()),
            None => Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                r.ty().name()
            ))),
        };
    }
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        v.ty().name()
    )))
}

fn star_arg(vm: &Vm, v: &Value) -> PyResult<isize> {
    match as_int(v) {
        Some(IntRef::Small(i)) => i32::try_from(i)
            .map(|i| i as isize)
            .map_err(|_| vm.overflow_error("Python int too large to convert to C int")),
        Some(IntRef::Big(_)) => Err(vm.overflow_error("Python int too large to convert to C int")),
        None => Err(vm.type_error("* wants int")),
    }
}

fn percent_c(vm: &Vm, v: &Value) -> PyResult<char> {
    if let Some(s) = as_str(v) {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(vm.type_error("%c requires int or char")),
        };
    }
    let Some(i) = as_int(v) else {
        if v.ty().slots.index.is_set() {
            let iv = ops::index_value(vm, v)?;
            return percent_c(vm, &iv);
        }
        return Err(vm.type_error("%c requires int or char"));
    };
    format::percent_char_from_int(&i.big()).map_err(|e| fmt_err(vm, e))
}

fn percent_c_bytes(vm: &Vm, v: &Value) -> PyResult<char> {
    if let Some(b) = crate::types::bytes::as_bytes_like(v) {
        if b.len() == 1 {
            return Ok(b[0] as char);
        }
        return Err(vm.type_error("%c requires an integer in range(256) or a single byte"));
    }
    let iv = match as_int(v) {
        Some(i) => i.to_i64(),
        None if v.ty().slots.index.is_set() => {
            let iv = ops::index_value(vm, v)?;
            as_int(&iv).and_then(|i| i.to_i64())
        }
        None => return Err(vm.type_error("%c requires an integer in range(256) or a single byte")),
    };
    match iv {
        Some(i) if (0..256).contains(&i) => Ok(i as u8 as char),
        _ => Err(vm.overflow_error("%c arg not in range(256)")),
    }
}

fn percent_int_arg(vm: &Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_bigint());
    }
    let ty = v.ty();
    if matches!(conv, 'o' | 'x' | 'X') {
        if ty.slots.index.is_set() {
            let iv = ops::index_value(vm, v)?;
            return Ok(as_int(&iv).map(|i| i.to_bigint()).unwrap_or_default());
        }
        return Err(vm.type_error(format!(
            "%{conv} format: an integer is required, not {}",
            ty.name()
        )));
    }
    if ty.slots.int.is_set() || ty.slots.index.is_set() || ty.slots.float.is_set() {
        let r = int_from_object(vm, v)?;
        return Ok(as_int(&r).map(|i| i.to_bigint()).unwrap_or_default());
    }
    Err(vm.type_error(format!(
        "%{conv} format: a real number is required, not {}",
        ty.name()
    )))
}

fn percent_float_arg(vm: &Vm, v: &Value, bytes_mode: bool) -> PyResult<f64> {
    if let Some(x) = as_float(v) {
        return Ok(x);
    }
    let ty = v.ty();
    if as_int(v).is_some() || ty.slots.float.is_set() || ty.slots.index.is_set() {
        return float_from_object(vm, v);
    }
    Err(vm.type_error(if bytes_mode {
        format!("float argument required, not {}", ty.name())
    } else {
        format!("must be real number, not {}", ty.name())
    }))
}

/// Bytes formatting accepts `%b` as a synonym of `%s`; the shared template parser knows
/// only str's conversions, so each `%b` conversion character is rewritten to `%s` (same
/// length, so error positions are unchanged). Follows the parser's grammar: `%%`,
/// `%(key)` with nested parentheses, flags, `*`/digits width and precision, length
/// modifiers.
fn bytes_template_for_parser(t: &str) -> Cow<'_, str> {
    if !t.contains('b') {
        return Cow::Borrowed(t);
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = chars.clone();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            i += 1;
            continue;
        }
        i += 1;
        if i < chars.len() && chars[i] == '%' {
            i += 1;
            continue;
        }
        if i < chars.len() && chars[i] == '(' {
            let mut depth = 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
        }
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            i += 1;
        }
        if i < chars.len() && chars[i] == '*' {
            i += 1;
        } else {
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                i += 1;
            } else {
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i < chars.len() {
            if chars[i] == 'b' {
                out[i] = 's';
            }
            i += 1;
        }
    }
    Cow::Owned(out.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_hash_is_never_minus_one_and_depends_on_content() {
        let samples = ["", "a", "ab", "abcdefgh", "abcdefghi", "héllo", "😀"];
        for s in samples {
            assert_ne!(hash_text(s), -1);
            assert_eq!(hash_text(s), hash_text(s));
        }
        assert_ne!(hash_text("ab"), hash_text("ba"));
        assert_ne!(hash_text("a"), hash_text("a\0"));
    }

    #[test]
    fn char_offsets_of_long_non_ascii_text() {
        let text: String = (0..500)
            .map(|i| {
                if i % 3 == 0 {
                    'é'
                } else if i % 7 == 0 {
                    '😀'
                } else {
                    'a'
                }
            })
            .collect();
        let o = StrObj::new(text.clone().into_boxed_str());
        let chars: Vec<char> = text.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            assert_eq!(o.char_at(i), Some(*c));
        }
        assert_eq!(o.char_at(chars.len()), None);
        let sub: String = chars[37..301].iter().collect();
        assert_eq!(o.slice_chars(37, 301), sub);
        assert_eq!(
            o.slice_chars(490, 9999),
            chars[490..].iter().collect::<String>()
        );
        assert_eq!(o.slice_chars(5, 5), "");
    }

    #[test]
    fn latin1_round_trip() {
        let all: Vec<u8> = (0..=255u8).collect();
        assert_eq!(latin1_bytes(&latin1_text(&all)), all);
    }
}
