//! `bytes` and `bytearray`.
//!
//! Owns: the immutable `BytesObj` (with a cached hash) and the mutable `ByteArrayObj` (its
//! buffer guarded by the object's header mutex), their slots (indexing to ints, slicing,
//! concatenation, repetition, containment of ints or subsequences, comparison, `%`
//! formatting), construction (`bytes(n)`, `bytes(iterable)`, `bytes(str, encoding)`, ...)
//! and their methods, written once and shared by both types (results take the receiver's
//! type). Must not: implement the byte algorithms (searching, splitting, case, hex, codecs,
//! repr): those are `crate::strlib`'s.

use std::borrow::Cow;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicI64, Ordering};

use crate::bytecode::CompareOp;
use crate::object::{ObjLock, Payload, Value};
use crate::ops;
use crate::strlib::{self, StrError};
use crate::types::int::{
    arg_type_name, check_args, check_noargs, cmp_holds, new_bool, new_int, new_int_usize, npos,
    parse_args,
};
use crate::types::list::new_list;
use crate::types::native::{self, check_count};
use crate::types::none::{is_none, none, not_implemented};
use crate::types::slice::{self, Overflow};
use crate::types::str::{
    as_str, decode_err, encode_err, find_args, hash_text, keepends_arg, latin1_bytes, latin1_text,
    new_str, new_string, percent_format, str_err, width_arg, MAX_TEXT_BYTES,
};
use crate::types::tuple::{as_tuple, new_tuple, try_other_slot};
use crate::types::{builtin, type_flags, TypeObject, TypeSpec};
use crate::vm::{PyResult, Vm};

/// The payload of `bytes`: immutable data and its hash once computed.
pub struct BytesObj {
    data: Box<[u8]>,
    /// -1 until computed.
    hash: AtomicI64,
}

impl Payload for BytesObj {
    fn class() -> &'static TypeObject {
        builtin().bytes
    }
}

impl BytesObj {
    pub fn new(data: Vec<u8>) -> BytesObj {
        BytesObj {
            data: data.into_boxed_slice(),
            hash: AtomicI64::new(-1),
        }
    }

    #[inline]
    pub fn as_slice(&self) -> &[u8] {
        &self.data
    }
}

/// The payload of `bytearray`: a buffer read and written only under the object's mutex.
pub struct ByteArrayObj {
    data: UnsafeCell<Vec<u8>>,
    /// Live memoryviews of this buffer; while non-zero the buffer must not be resized.
    exports: std::sync::atomic::AtomicUsize,
}

// SAFETY: `data` is only accessed inside `with_buf`, which holds the owning object's header
// mutex for the whole access, so no two threads touch the buffer at once.
unsafe impl Sync for ByteArrayObj {}
// SAFETY: as above; the buffer is plain owned data.
unsafe impl Send for ByteArrayObj {}

impl Payload for ByteArrayObj {
    fn class() -> &'static TypeObject {
        builtin().bytearray
    }
}

impl ByteArrayObj {
    pub fn new(data: Vec<u8>) -> ByteArrayObj {
        ByteArrayObj {
            data: UnsafeCell::new(data),
            exports: std::sync::atomic::AtomicUsize::new(0),
        }
    }
}

/// Runs `f` on the buffer of bytearray `v` with its mutex held. `f` must not call Python.
fn with_buf<R>(v: &Value, f: impl FnOnce(&mut Vec<u8>) -> R) -> Option<R> {
    let ba = v.downcast::<ByteArrayObj>()?;
    let _g = ObjLock::lock(v.header());
    // SAFETY: the header mutex of the object owning `ba` is held for the whole access, and
    // every access to the buffer goes through this function.
    let buf = unsafe { &mut *ba.data.get() };
    Some(f(buf))
}

/// Runs `f` on the buffer of bytearray `v` with its mutex held (for memoryviews, which
/// never change its size). `f` must not call Python.
pub fn with_bytearray<R>(v: &Value, f: impl FnOnce(&mut Vec<u8>) -> R) -> Option<R> {
    with_buf(v, f)
}

/// Counts a new memoryview of bytearray `v` (false if `v` is not a bytearray).
pub fn bytearray_export(v: &Value) -> bool {
    match v.downcast::<ByteArrayObj>() {
        Some(ba) => {
            ba.exports.fetch_add(1, Ordering::AcqRel);
            true
        }
        None => false,
    }
}

/// Ends one memoryview export of bytearray `v`.
pub fn bytearray_unexport(v: &Value) {
    if let Some(ba) = v.downcast::<ByteArrayObj>() {
        ba.exports.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Fails with CPython's BufferError when bytearray `v` has live memoryviews.
fn check_resizable(vm: &Vm, v: &Value) -> PyResult<()> {
    match v.downcast::<ByteArrayObj>() {
        Some(ba) if ba.exports.load(Ordering::Acquire) > 0 => Err(vm.new_error(
            builtin().buffer_error,
            "Existing exports of data: object cannot be re-sized",
        )),
        _ => Ok(()),
    }
}

/// A new bytes object.
pub fn new_bytes(data: Vec<u8>) -> Value {
    Value::alloc(builtin().bytes, BytesObj::new(data))
}

/// A new bytearray object.
pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::alloc(builtin().bytearray, ByteArrayObj::new(data))
}

/// The data of a `bytes` (or subclass) object.
#[inline]
pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    v.downcast::<BytesObj>().map(|b| b.as_slice())
}

/// The data of any bytes-like object (bytes borrowed, bytearray copied under its lock).
pub fn as_bytes_like(v: &Value) -> Option<Cow<'_, [u8]>> {
    if let Some(b) = as_bytes(v) {
        return Some(Cow::Borrowed(b));
    }
    with_buf(v, |b| Cow::Owned(b.clone()))
        .or_else(|| crate::types::memoryview::view_bytes(v).map(Cow::Owned))
}

fn is_bytearray(v: &Value) -> bool {
    v.downcast::<ByteArrayObj>().is_some()
}

/// A result of the receiver's kind: bytearray for a bytearray, bytes otherwise.
fn like(receiver: &Value, data: Vec<u8>) -> Value {
    if is_bytearray(receiver) {
        new_bytearray(data)
    } else {
        new_bytes(data)
    }
}

/// A bytes result equal to the receiver's data returns the receiver itself when it is
/// exactly `bytes` (bytearray methods always return a new object).
fn like_slice(receiver: &Value, data: &[u8]) -> Value {
    if receiver.is_exact(builtin().bytes) {
        if let Some(b) = as_bytes(receiver) {
            if b.len() == data.len() && std::ptr::eq(b.as_ptr(), data.as_ptr()) {
                return receiver.clone();
            }
        }
    }
    like(receiver, data.to_vec())
}

/// `bytes(v)` for `int.from_bytes` and friends (CPython's `PyObject_Bytes` then
/// `PyBytes_FromObject`): bytes-like objects, `__bytes__`, iterables of ints.
pub fn bytes_from_object(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes_like(v) {
        return Ok(b.into_owned());
    }
    if let Some(m) = v.ty().lookup_str("__bytes__") {
        let r = ops::call(vm, &m, std::slice::from_ref(v), None)?;
        return match as_bytes(&r) {
            Some(b) => Ok(b.to_vec()),
            None => Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                r.ty().name()
            ))),
        };
    }
    let t = v.ty();
    if as_str(v).is_some() || (!t.slots.iter.is_set() && !t.slots.getitem.is_set()) {
        return Err(vm.type_error(format!("cannot convert '{}' object to bytes", t.name())));
    }
    bytes_from_iterable(vm, v, "bytes")
}

/// The bytes of an iterable of ints in range(256); `what` names the range error's subject
/// ("bytes" for `bytes(...)`, "byte" for bytearray).
fn bytes_from_iterable(vm: &Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    let items = ops::collect(vm, v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        let i = slice::to_index(vm, it, Overflow::Clamp)?;
        out.push(
            u8::try_from(i)
                .map_err(|_| vm.value_error(format!("{what} must be in range(0, 256)")))?,
        );
    }
    Ok(out)
}

/// One byte from an index-like value: "byte must be in range(0, 256)".
fn byte_value(vm: &Vm, v: &Value) -> PyResult<u8> {
    let i = slice::to_index(vm, v, Overflow::Clamp)?;
    u8::try_from(i).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

// ---- type creation ------------------------------------------------------------------------

pub fn make_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<BytesObj>("bytes", Some(object)).flags(type_flags::BASETYPE));
    let s = &t.slots;
    s.repr.set(Some(bytes_repr));
    s.str.set(Some(bytes_repr));
    s.hash.set(Some(bytes_hash));
    s.richcompare.set(Some(bytes_richcompare));
    s.len.set(Some(bytes_len));
    s.contains.set(Some(bytes_contains));
    s.getitem.set(Some(bytes_getitem));
    s.add.set(Some(bytes_add));
    s.mul.set(Some(bytes_mul));
    s.mod_.set(Some(bytes_mod));
    s.new.set(Some(bytes_new));
    t
}

pub fn make_bytearray_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<ByteArrayObj>("bytearray", Some(object)).flags(type_flags::BASETYPE));
    let s = &t.slots;
    s.repr.set(Some(bytes_repr));
    s.str.set(Some(bytes_repr));
    s.hash.set(Some(bytearray_hash));
    s.richcompare.set(Some(bytearray_richcompare));
    s.len.set(Some(bytes_len));
    s.contains.set(Some(bytes_contains));
    s.getitem.set(Some(bytes_getitem));
    s.setitem.set(Some(bytearray_setitem));
    s.add.set(Some(bytes_add));
    s.mul.set(Some(bytes_mul));
    s.iadd.set(Some(bytearray_iadd));
    s.imul.set(Some(bytearray_imul));
    s.mod_.set(Some(bytearray_mod));
    s.new.set(Some(bytearray_new));
    s.init.set(Some(bytearray_init));
    t
}

pub fn init_methods() {
    for t in [builtin().bytes, builtin().bytearray] {
        let m = |name: &'static str, f: native::NativeFn| native::add_method(t, name, f);
        m("capitalize", b_capitalize);
        m("center", b_center);
        m("count", b_count);
        m("decode", b_decode);
        m("endswith", b_endswith);
        m("expandtabs", b_expandtabs);
        m("find", b_find);
        m("hex", b_hex);
        m("index", b_index);
        m("isalnum", b_isalnum);
        m("isalpha", b_isalpha);
        m("isascii", b_isascii);
        m("isdigit", b_isdigit);
        m("islower", b_islower);
        m("isspace", b_isspace);
        m("istitle", b_istitle);
        m("isupper", b_isupper);
        m("join", b_join);
        m("ljust", b_ljust);
        m("lower", b_lower);
        m("lstrip", b_lstrip);
        m("partition", b_partition);
        m("removeprefix", b_removeprefix);
        m("removesuffix", b_removesuffix);
        m("replace", b_replace);
        m("rfind", b_rfind);
        m("rindex", b_rindex);
        m("rjust", b_rjust);
        m("rpartition", b_rpartition);
        m("rsplit", b_rsplit);
        m("rstrip", b_rstrip);
        m("split", b_split);
        m("splitlines", b_splitlines);
        m("startswith", b_startswith);
        m("strip", b_strip);
        m("swapcase", b_swapcase);
        m("title", b_title);
        m("translate", b_translate);
        m("upper", b_upper);
        m("zfill", b_zfill);
        native::add_class_method(t, "fromhex", b_fromhex);
        native::add_static_method(t, "maketrans", b_maketrans);
    }
    native::add_method(builtin().bytes, "__getnewargs__", b_getnewargs);
    native::add_method(builtin().bytes, "__bytes__", b_bytes);
    // Concatenation is CPython's `sq_concat`: no `__radd__`.
    for t in [builtin().bytes, builtin().bytearray] {
        crate::types::dict::dict_del_str(t.dict(), &crate::types::str::intern("__radd__"));
    }
    let ba = builtin().bytearray;
    native::add_method(ba, "append", ba_append);
    native::add_method(ba, "clear", ba_clear);
    native::add_method(ba, "copy", ba_copy);
    native::add_method(ba, "extend", ba_extend);
    native::add_method(ba, "insert", ba_insert);
    native::add_method(ba, "pop", ba_pop);
    native::add_method(ba, "remove", ba_remove);
    native::add_method(ba, "reverse", ba_reverse);
}

// ---- slots --------------------------------------------------------------------------------

/// The receiver's data (bytes borrowed, bytearray copied).
fn data<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    as_bytes_like(v).ok_or_else(|| vm.type_error("descriptor requires a 'bytes' object"))
}

fn bytes_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let d = data(vm, v)?;
    let r = strlib::repr_bytes(&d);
    if is_bytearray(v) {
        Ok(new_string(format!("{}({})", v.ty().name(), r)))
    } else {
        Ok(new_string(r))
    }
}

fn bytes_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let b = v
        .downcast::<BytesObj>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'bytes' object"))?;
    let h = b.hash.load(Ordering::Relaxed);
    if h != -1 {
        return Ok(h);
    }
    // Equal to the hash of the str with the same (ASCII) text, as in CPython.
    let h = match std::str::from_utf8(&b.data) {
        Ok(s) => hash_text(s),
        Err(_) => hash_text(&latin1_text(&b.data)),
    };
    b.hash.store(h, Ordering::Relaxed);
    Ok(h)
}

fn bytearray_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    Err(vm.type_error(format!("unhashable type: '{}'", v.ty().name())))
}

/// `bytes` compares only with `bytes` (a bytearray operand answers the reflected call).
fn bytes_richcompare(_vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_bytes(a), as_bytes(b)) else {
        return Ok(not_implemented());
    };
    Ok(new_bool(cmp_holds(op, x.cmp(y))))
}

/// `bytearray` compares with any bytes-like object.
fn bytearray_richcompare(_vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_bytes_like(a), as_bytes_like(b)) else {
        return Ok(not_implemented());
    };
    Ok(new_bool(cmp_holds(op, x.as_ref().cmp(y.as_ref()))))
}

fn bytes_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    if let Some(b) = as_bytes(v) {
        return Ok(b.len());
    }
    with_buf(v, |b| b.len()).ok_or_else(|| vm.type_error("expected bytes"))
}

/// A search argument: a bytes-like subsequence or a single byte given as an int.
fn needle(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes_like(v) {
        return Ok(b.into_owned());
    }
    if slice::is_index(v) {
        return Ok(vec![byte_value(vm, v)?]);
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        v.ty().name()
    )))
}

/// A bytes-like argument: "a bytes-like object is required, not 'str'".
fn bytes_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    as_bytes_like(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.ty().name()
        ))
    })
}

fn bytes_contains(vm: &Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let d = data(vm, container)?;
    if slice::is_index(item) {
        let b = byte_value(vm, item)?;
        return Ok(d.contains(&b));
    }
    let n = bytes_arg(vm, item)?;
    Ok(strlib::bytes_find(&d, &n, None, None) >= 0)
}

fn bytes_getitem(vm: &Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let d = data(vm, v)?;
    if let Some(sl) = slice::as_slice(key) {
        let (start, _stop, step, n) = sl.indices(vm, d.len())?;
        if step == 1 {
            let s = start.max(0) as usize;
            let part = d.get(s..s + n).unwrap_or(&[]);
            return Ok(like_slice(v, part));
        }
        let mut out = Vec::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            if let Some(&c) = usize::try_from(i).ok().and_then(|u| d.get(u)) {
                out.push(c);
            }
            i += step;
        }
        return Ok(like(v, out));
    }
    let Some(i) = slice::try_index(vm, key, Overflow::IndexError)? else {
        let what = if is_bytearray(v) { "bytearray" } else { "byte" };
        return Err(vm.type_error(format!(
            "{what} indices must be integers or slices, not {}",
            key.ty().name()
        )));
    };
    let len = d.len() as isize;
    let j = if i < 0 { i + len } else { i };
    match usize::try_from(j).ok().and_then(|u| d.get(u)) {
        Some(&b) => Ok(new_int(i64::from(b))),
        None => Err(vm.index_error(if is_bytearray(v) {
            "bytearray index out of range"
        } else {
            "index out of range"
        })),
    }
}

fn bytes_add(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(x) = as_bytes_like(a) else {
        return Ok(not_implemented());
    };
    let Some(y) = as_bytes_like(b) else {
        if let Some(r) = try_other_slot(vm, a, b, bytes_add, b.ty().slots.add.get())? {
            return Ok(r);
        }
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            b.ty().name(),
            a.ty().name()
        )));
    };
    if y.is_empty() && a.is_exact(builtin().bytes) {
        return Ok(a.clone());
    }
    let mut out = Vec::new();
    if out.try_reserve_exact(x.len() + y.len()).is_err() {
        return Err(vm.memory_error());
    }
    out.extend_from_slice(&x);
    out.extend_from_slice(&y);
    Ok(like(a, out))
}

fn repeat_bytes(vm: &Vm, d: &[u8], count: usize) -> PyResult<Vec<u8>> {
    if d.is_empty() || count == 0 {
        return Ok(Vec::new());
    }
    let total = match d.len().checked_mul(count) {
        Some(t) if t <= MAX_TEXT_BYTES => t,
        _ => return Err(vm.memory_error()),
    };
    let mut out = Vec::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(vm.memory_error());
    }
    for _ in 0..count {
        out.extend_from_slice(d);
    }
    Ok(out)
}

fn bytes_mul(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (s, n) = if as_bytes_like(a).is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let Some(d) = as_bytes_like(s) else {
        return Ok(not_implemented());
    };
    if !slice::is_index(n) {
        if !s.is(a) {
            // The reflected call of `n * seq`: the caller reports the error.
            return Ok(not_implemented());
        }
        if let Some(r) = try_other_slot(vm, a, b, bytes_mul, b.ty().slots.mul.get())? {
            return Ok(r);
        }
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name()
        )));
    }
    let count = crate::types::tuple::repeat_count(vm, n)?.unwrap_or(0);
    if count == 1 && s.is_exact(builtin().bytes) {
        return Ok(s.clone());
    }
    Ok(like(s, repeat_bytes(vm, &d, count)?))
}

/// `bytes % args` (the left operand must be bytes; bytearray has its own slot).
fn bytes_mod(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if as_bytes(a).is_none() {
        return Ok(not_implemented());
    }
    bytes_like_mod(vm, a, b)
}

/// `bytearray % args`.
fn bytearray_mod(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_bytearray(a) {
        return Ok(not_implemented());
    }
    bytes_like_mod(vm, a, b)
}

fn bytes_like_mod(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(d) = as_bytes_like(a) else {
        return Ok(not_implemented());
    };
    let template = latin1_text(&d);
    let out = percent_format(vm, &template, b, true)?;
    Ok(like(a, latin1_bytes(&out)))
}

// ---- bytearray mutation slots ---------------------------------------------------------------

fn bytearray_setitem(vm: &Vm, v: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
    if let Some(sl) = slice::as_slice(key) {
        let repl: Vec<u8> = match &value {
            None => Vec::new(),
            Some(x) => {
                if let Some(b) = as_bytes_like(x) {
                    b.into_owned()
                } else if slice::is_index(x) || as_str(x).is_some() {
                    return Err(vm.type_error(
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                    ));
                } else {
                    bytes_from_iterable(vm, x, "byte")?
                }
            }
        };
        let len = bytes_len(vm, v)?;
        let (start, stop, step, n) = sl.indices(vm, len)?;
        if (value.is_none() && n > 0) || (step == 1 && repl.len() != n) {
            check_resizable(vm, v)?;
        }
        let res = with_buf(v, |buf| -> Result<(), String> {
            if step == 1 {
                let s = (start.max(0) as usize).min(buf.len());
                let e = (stop.max(start).max(0) as usize).min(buf.len()).max(s);
                buf.splice(s..e, repl);
                return Ok(());
            }
            if value.is_none() {
                let mut idx: Vec<usize> = (0..n)
                    .map(|k| (start + k as isize * step) as usize)
                    .collect();
                idx.sort_unstable();
                for i in idx.into_iter().rev() {
                    if i < buf.len() {
                        buf.remove(i);
                    }
                }
                return Ok(());
            }
            if repl.len() != n {
                return Err(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    repl.len(),
                    n
                ));
            }
            for (k, b) in repl.into_iter().enumerate() {
                let i = (start + k as isize * step) as usize;
                if let Some(slot) = buf.get_mut(i) {
                    *slot = b;
                }
            }
            Ok(())
        });
        return match res {
            Some(Ok(())) => Ok(()),
            Some(Err(m)) => Err(vm.value_error(m)),
            None => Err(vm.type_error("expected a bytearray")),
        };
    }
    let Some(i) = slice::try_index(vm, key, Overflow::IndexError)? else {
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            key.ty().name()
        )));
    };
    let byte = match &value {
        Some(x) => Some(byte_value(vm, x)?),
        None => {
            check_resizable(vm, v)?;
            None
        }
    };
    let ok = with_buf(v, |buf| {
        let len = buf.len() as isize;
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return false;
        }
        match byte {
            Some(b) => buf[j as usize] = b,
            None => {
                buf.remove(j as usize);
            }
        }
        true
    })
    .unwrap_or(false);
    if ok {
        Ok(())
    } else {
        Err(vm.index_error("bytearray index out of range"))
    }
}

fn bytearray_iadd(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(y) = as_bytes_like(b) else {
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            b.ty().name(),
            a.ty().name()
        )));
    };
    let y = y.into_owned();
    if !y.is_empty() {
        check_resizable(vm, a)?;
    }
    with_buf(a, |buf| buf.extend_from_slice(&y));
    Ok(a.clone())
}

fn bytearray_imul(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !slice::is_index(b) {
        return Ok(not_implemented());
    }
    let count = crate::types::tuple::repeat_count(vm, b)?.unwrap_or(0);
    let d = data(vm, a)?.into_owned();
    let r = repeat_bytes(vm, &d, count)?;
    if r.len() != d.len() {
        check_resizable(vm, a)?;
    }
    with_buf(a, |buf| *buf = r);
    Ok(a.clone())
}

// ---- construction -------------------------------------------------------------------------

/// The data for `bytes(...)`/`bytearray(...)` from `(source, encoding, errors)`.
fn construct_data(
    vm: &Vm,
    fname: &str,
    src: Option<&Value>,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Vec<u8>> {
    let Some(x) = src else {
        if encoding.is_some() || errors.is_some() {
            return Err(vm.type_error(if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = as_str(x) {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let enc = as_str(enc).ok_or_else(|| {
            vm.type_error(format!(
                "{fname}() argument 'encoding' must be str, not {}",
                arg_type_name(enc)
            ))
        })?;
        let errs = match errors {
            None => "strict",
            Some(e) => as_str(e).ok_or_else(|| {
                vm.type_error(format!(
                    "{fname}() argument 'errors' must be str, not {}",
                    arg_type_name(e)
                ))
            })?,
        };
        return strlib::encode(s, enc, errs).map_err(|e| encode_err(vm, e, x));
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(b) = as_bytes_like(x) {
        return Ok(b.into_owned());
    }
    if let Some(m) = x.ty().lookup_str("__bytes__") {
        let r = ops::call(vm, &m, std::slice::from_ref(x), None)?;
        return match as_bytes(&r) {
            Some(b) => Ok(b.to_vec()),
            None => Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                r.ty().name()
            ))),
        };
    }
    if slice::is_index(x) {
        let n = slice::to_index(vm, x, Overflow::OverflowError)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        let n = n as usize;
        if n > MAX_TEXT_BYTES {
            return Err(vm.memory_error());
        }
        let mut v = Vec::new();
        if v.try_reserve_exact(n).is_err() {
            return Err(vm.memory_error());
        }
        v.resize(n, 0);
        return Ok(v);
    }
    let t = x.ty();
    if !t.slots.iter.is_set() && !t.slots.getitem.is_set() {
        return Err(vm.type_error(format!("cannot convert '{}' object to {fname}", t.name())));
    }
    bytes_from_iterable(vm, x, if fname == "bytes" { "bytes" } else { "byte" })
}

fn bytes_new(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let p = parse_args(
        vm,
        "bytes",
        &["source", "encoding", "errors"],
        args,
        kwnames,
        0,
    )?;
    if p[1].is_none() && p[2].is_none() {
        if let Some(x) = &p[0] {
            if x.is_exact(builtin().bytes) {
                let exact =
                    crate::types::as_type(cls).is_none_or(|t| std::ptr::eq(t, builtin().bytes));
                if exact {
                    return Ok(x.clone());
                }
            }
        }
    }
    let d = construct_data(vm, "bytes", p[0].as_ref(), p[1].as_ref(), p[2].as_ref())?;
    let t = crate::types::as_type(cls).unwrap_or(builtin().bytes);
    if std::ptr::eq(t, builtin().bytes) {
        Ok(new_bytes(d))
    } else {
        crate::types::object::alloc_subclass_instance(vm, cls, BytesObj::new(d))
    }
}

fn bytearray_new(
    vm: &Vm,
    cls: &Value,
    _args: &[Value],
    _kwnames: Option<&[Value]>,
) -> PyResult<Value> {
    let t = crate::types::as_type(cls).unwrap_or(builtin().bytearray);
    if std::ptr::eq(t, builtin().bytearray) {
        Ok(new_bytearray(Vec::new()))
    } else {
        crate::types::object::alloc_subclass_instance(vm, cls, ByteArrayObj::new(Vec::new()))
    }
}

fn bytearray_init(vm: &Vm, v: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<()> {
    let p = parse_args(
        vm,
        "bytearray",
        &["source", "encoding", "errors"],
        args,
        kwnames,
        0,
    )?;
    let d = construct_data(vm, "bytearray", p[0].as_ref(), p[1].as_ref(), p[2].as_ref())?;
    with_buf(v, |buf| *buf = d);
    Ok(())
}

// ---- methods ------------------------------------------------------------------------------

fn self_data<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<Cow<'a, [u8]>> {
    match args.first() {
        Some(v) => data(vm, v),
        None => Err(vm.type_error("descriptor requires a 'bytes' object")),
    }
}

/// `startswith`/`endswith` of strlib: (data, affix, start, end).
type BytesMatchFn = fn(&[u8], &[u8], Option<isize>, Option<isize>) -> bool;
/// `center`/`ljust`/`rjust` of strlib: (data, width, fill).
type BytesPadFn = fn(&[u8], usize, u8) -> Result<Vec<u8>, StrError>;

/// `"bytes.name"` or `"bytearray.name"` after the receiver's kind, for messages.
fn qual(args: &[Value], name: &str) -> String {
    let kind = if args.first().is_some_and(is_bytearray) {
        "bytearray"
    } else {
        "bytes"
    };
    format!("{kind}.{name}")
}

macro_rules! b_transform {
    ($name:ident, $py:literal, $f:path) => {
        fn $name(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
            check_noargs(vm, &qual(args, $py), args, kwnames)?;
            let d = self_data(vm, args)?;
            Ok(like(&args[0], $f(&d)))
        }
    };
}

b_transform!(b_upper, "upper", strlib::bytes_upper);
b_transform!(b_lower, "lower", strlib::bytes_lower);
b_transform!(b_swapcase, "swapcase", strlib::bytes_swapcase);
b_transform!(b_title, "title", strlib::bytes_title);
b_transform!(b_capitalize, "capitalize", strlib::bytes_capitalize);

macro_rules! b_predicate {
    ($name:ident, $py:literal, $f:path) => {
        fn $name(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
            check_noargs(vm, &qual(args, $py), args, kwnames)?;
            Ok(new_bool($f(&self_data(vm, args)?)))
        }
    };
}

b_predicate!(b_isalnum, "isalnum", strlib::bytes_isalnum);
b_predicate!(b_isalpha, "isalpha", strlib::bytes_isalpha);
b_predicate!(b_isascii, "isascii", strlib::bytes_isascii);
b_predicate!(b_isdigit, "isdigit", strlib::bytes_isdigit);
b_predicate!(b_islower, "islower", strlib::bytes_islower);
b_predicate!(b_isspace, "isspace", strlib::bytes_isspace);
b_predicate!(b_istitle, "istitle", strlib::bytes_istitle);
b_predicate!(b_isupper, "isupper", strlib::bytes_isupper);

fn b_getnewargs(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "bytes.__getnewargs__", args, kwnames)?;
    let d = self_data(vm, args)?;
    Ok(new_tuple(vec![new_bytes(d.into_owned())]))
}

fn b_bytes(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "bytes.__bytes__", args, kwnames)?;
    if args[0].is_exact(builtin().bytes) {
        return Ok(args[0].clone());
    }
    Ok(new_bytes(self_data(vm, args)?.into_owned()))
}

fn b_decode(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let p = parse_args(
        vm,
        "decode",
        &["encoding", "errors"],
        args.get(1..).unwrap_or(&[]),
        kwnames,
        0,
    )?;
    let d = self_data(vm, args)?;
    let encoding = match &p[0] {
        None => "utf-8",
        Some(v) => as_str(v).ok_or_else(|| {
            vm.type_error(format!(
                "decode() argument 'encoding' must be str, not {}",
                arg_type_name(v)
            ))
        })?,
    };
    let errors = match &p[1] {
        None => "strict",
        Some(v) => as_str(v).ok_or_else(|| {
            vm.type_error(format!(
                "decode() argument 'errors' must be str, not {}",
                arg_type_name(v)
            ))
        })?,
    };
    if d.is_empty() {
        // CPython returns '' for empty input without looking the codec up.
        return Ok(new_str(""));
    }
    let s = strlib::decode(&d, encoding, errors).map_err(|e| decode_err(vm, e, &args[0]))?;
    Ok(new_string(s))
}

fn b_hex(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let p = parse_args(
        vm,
        "hex",
        &["sep", "bytes_per_sep"],
        args.get(1..).unwrap_or(&[]),
        kwnames,
        0,
    )?;
    let d = self_data(vm, args)?;
    let per = match &p[1] {
        None => 1,
        Some(v) => slice::to_index(vm, v, Overflow::SsizeT)?,
    };
    let sep_owned: Option<String> = match &p[0] {
        None => None,
        Some(v) => {
            if let Some(s) = as_str(v) {
                Some(s.to_string())
            } else if let Some(b) = as_bytes_like(v) {
                Some(latin1_text(&b))
            } else if ops::len(vm, v)? != 1 {
                return Err(vm.value_error("sep must be length 1."));
            } else {
                return Err(vm.type_error("sep must be str or bytes."));
            }
        }
    };
    strlib::bytes_hex(&d, sep_owned.as_deref(), per)
        .map(new_string)
        .map_err(|e| str_err(vm, e))
}

fn b_fromhex(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let kind = match args.first().and_then(crate::types::as_type) {
        Some(t) if t.is_subtype(builtin().bytearray) => "bytearray.fromhex",
        _ => "bytes.fromhex",
    };
    check_args(vm, kind, args, kwnames, 1, 1)?;
    let s = as_str(&args[1]).ok_or_else(|| {
        vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            arg_type_name(&args[1])
        ))
    })?;
    let d = strlib::bytes_fromhex(s).map_err(|e| str_err(vm, e))?;
    let cls = &args[0];
    let t = crate::types::as_type(cls).unwrap_or(builtin().bytes);
    if std::ptr::eq(t, builtin().bytes) {
        Ok(new_bytes(d))
    } else if std::ptr::eq(t, builtin().bytearray) {
        Ok(new_bytearray(d))
    } else {
        ops::call(vm, cls, &[new_bytes(d)], None)
    }
}

fn b_find_common(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&[Value]>,
    rev: bool,
) -> PyResult<isize> {
    let (sub, start, end) = find_args(vm, &qual(args, fname), args, kwnames)?;
    let d = self_data(vm, args)?;
    let n = needle(vm, sub)?;
    Ok(if rev {
        strlib::bytes_rfind(&d, &n, start, end)
    } else {
        strlib::bytes_find(&d, &n, start, end)
    })
}

fn b_find(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_int(
        b_find_common(vm, "find", args, kwnames, false)? as i64
    ))
}

fn b_rfind(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_int(
        b_find_common(vm, "rfind", args, kwnames, true)? as i64
    ))
}

fn b_index(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    match b_find_common(vm, "index", args, kwnames, false)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(new_int(i as i64)),
    }
}

fn b_rindex(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    match b_find_common(vm, "rindex", args, kwnames, true)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(new_int(i as i64)),
    }
}

fn b_count(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let (sub, start, end) = find_args(vm, &qual(args, "count"), args, kwnames)?;
    let d = self_data(vm, args)?;
    let n = needle(vm, sub)?;
    Ok(new_int_usize(strlib::bytes_count(&d, &n, start, end)))
}

fn b_starts_ends(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&[Value]>,
    f: BytesMatchFn,
) -> PyResult<Value> {
    let (sub, start, end) = find_args(vm, &qual(args, fname), args, kwnames)?;
    let d = self_data(vm, args)?;
    if let Some(items) = as_tuple(sub) {
        for it in items {
            let p = as_bytes_like(it).ok_or_else(|| {
                vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    it.ty().name()
                ))
            })?;
            if f(&d, &p, start, end) {
                return Ok(new_bool(true));
            }
        }
        return Ok(new_bool(false));
    }
    let p = as_bytes_like(sub).ok_or_else(|| {
        vm.type_error(format!(
            "{fname} first arg must be bytes or a tuple of bytes, not {}",
            sub.ty().name()
        ))
    })?;
    Ok(new_bool(f(&d, &p, start, end)))
}

fn b_startswith(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    b_starts_ends(vm, "startswith", args, kwnames, strlib::bytes_startswith)
}

fn b_endswith(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    b_starts_ends(vm, "endswith", args, kwnames, strlib::bytes_endswith)
}

fn b_replace(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    native::no_kwargs(vm, &qual(args, "replace"), kwnames)?;
    check_count(vm, "replace", args.len().saturating_sub(1), 2, 3)?;
    let d = self_data(vm, args)?;
    let old = bytes_arg(vm, &args[1])?;
    let new = bytes_arg(vm, &args[2])?;
    let count = match args.get(3) {
        None => -1,
        Some(c) => slice::to_index(vm, c, Overflow::SsizeT)?,
    };
    let r = strlib::bytes_replace(&d, &old, &new, count).map_err(|e| str_err(vm, e))?;
    Ok(like(&args[0], r))
}

fn b_partition_common(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&[Value]>,
    rev: bool,
) -> PyResult<Value> {
    check_args(vm, &qual(args, fname), args, kwnames, 1, 1)?;
    let d = self_data(vm, args)?;
    let sep = bytes_arg(vm, &args[1])?;
    let parts = if rev {
        strlib::bytes_rpartition(&d, &sep)
    } else {
        strlib::bytes_partition(&d, &sep)
    }
    .map_err(|e| str_err(vm, e))?;
    let (a, b, c) = parts;
    let mk = |x: &[u8]| like(&args[0], x.to_vec());
    Ok(new_tuple(vec![mk(a), mk(b), mk(c)]))
}

fn b_partition(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    b_partition_common(vm, "partition", args, kwnames, false)
}

fn b_rpartition(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    b_partition_common(vm, "rpartition", args, kwnames, true)
}

fn b_removeprefix(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, &qual(args, "removeprefix"), args, kwnames, 1, 1)?;
    let d = self_data(vm, args)?;
    let p = bytes_arg(vm, &args[1])?;
    Ok(like_slice(&args[0], strlib::bytes_removeprefix(&d, &p)))
}

fn b_removesuffix(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, &qual(args, "removesuffix"), args, kwnames, 1, 1)?;
    let d = self_data(vm, args)?;
    let p = bytes_arg(vm, &args[1])?;
    Ok(like_slice(&args[0], strlib::bytes_removesuffix(&d, &p)))
}

fn b_split_common(
    vm: &Vm,
    fname: &'static str,
    args: &[Value],
    kwnames: Option<&[Value]>,
    rev: bool,
) -> PyResult<Value> {
    let p = parse_args(
        vm,
        fname,
        &["sep", "maxsplit"],
        args.get(1..).unwrap_or(&[]),
        kwnames,
        0,
    )?;
    let d = self_data(vm, args)?;
    let maxsplit = match &p[1] {
        None => -1,
        Some(v) => slice::to_index(vm, v, Overflow::SsizeT)?,
    };
    let sep = match &p[0] {
        None => None,
        Some(v) if is_none(v) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let parts = if rev {
        strlib::bytes_rsplit(&d, sep.as_deref(), maxsplit)
    } else {
        strlib::bytes_split(&d, sep.as_deref(), maxsplit)
    }
    .map_err(|e| str_err(vm, e))?;
    Ok(new_list(
        parts
            .into_iter()
            .map(|t| like(&args[0], t.to_vec()))
            .collect(),
    ))
}

fn b_split(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    b_split_common(vm, "split", args, kwnames, false)
}

fn b_rsplit(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    b_split_common(vm, "rsplit", args, kwnames, true)
}

fn b_splitlines(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let p = parse_args(
        vm,
        "splitlines",
        &["keepends"],
        args.get(1..).unwrap_or(&[]),
        kwnames,
        0,
    )?;
    let d = self_data(vm, args)?;
    let keep = keepends_arg(vm, p[0].as_ref())?;
    Ok(new_list(
        strlib::bytes_splitlines(&d, keep)
            .into_iter()
            .map(|t| like(&args[0], t.to_vec()))
            .collect(),
    ))
}

fn b_strip_common(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&[Value]>,
    f: for<'a> fn(&'a [u8], Option<&[u8]>) -> &'a [u8],
) -> PyResult<Value> {
    native::no_kwargs(vm, &qual(args, fname), kwnames)?;
    check_count(vm, fname, args.len().saturating_sub(1), 0, 1)?;
    let d = self_data(vm, args)?;
    let chars = match args.get(1) {
        None => None,
        Some(v) if is_none(v) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    Ok(like_slice(&args[0], f(&d, chars.as_deref())))
}

fn b_strip(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    b_strip_common(vm, "strip", args, kwnames, strlib::bytes_strip)
}

fn b_lstrip(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    b_strip_common(vm, "lstrip", args, kwnames, strlib::bytes_lstrip)
}

fn b_rstrip(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    b_strip_common(vm, "rstrip", args, kwnames, strlib::bytes_rstrip)
}

fn b_join(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, &qual(args, "join"), args, kwnames, 1, 1)?;
    let sep = self_data(vm, args)?;
    let t = args[1].ty();
    if !t.slots.iter.is_set() && !t.slots.getitem.is_set() {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = ops::collect(vm, &args[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(b) = as_bytes_like(it) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                it.ty().name()
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(like(&args[0], out))
}

fn b_fill(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<u8> {
    match v {
        None => Ok(b' '),
        Some(v) => match as_bytes_like(v) {
            Some(b) if b.len() == 1 => Ok(b[0]),
            _ => Err(vm.type_error(format!(
                "{fname}() argument 2 must be a byte string of length 1, not {}",
                arg_type_name(v)
            ))),
        },
    }
}

fn b_justify(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&[Value]>,
    f: BytesPadFn,
) -> PyResult<Value> {
    native::no_kwargs(vm, &qual(args, fname), kwnames)?;
    check_count(vm, fname, args.len().saturating_sub(1), 1, 2)?;
    let d = self_data(vm, args)?;
    let width = width_arg(vm, &args[1])?;
    let fill = b_fill(vm, fname, args.get(2))?;
    f(&d, width, fill)
        .map(|r| like(&args[0], r))
        .map_err(|e| str_err(vm, e))
}

fn b_center(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    b_justify(vm, "center", args, kwnames, strlib::bytes_center)
}

fn b_ljust(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    b_justify(vm, "ljust", args, kwnames, strlib::bytes_ljust)
}

fn b_rjust(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    b_justify(vm, "rjust", args, kwnames, strlib::bytes_rjust)
}

fn b_zfill(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, &qual(args, "zfill"), args, kwnames, 1, 1)?;
    let d = self_data(vm, args)?;
    let width = width_arg(vm, &args[1])?;
    strlib::bytes_zfill(&d, width)
        .map(|r| like(&args[0], r))
        .map_err(|e| str_err(vm, e))
}

fn b_expandtabs(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let p = parse_args(
        vm,
        "expandtabs",
        &["tabsize"],
        args.get(1..).unwrap_or(&[]),
        kwnames,
        0,
    )?;
    let d = self_data(vm, args)?;
    let tabsize = match &p[0] {
        None => 8,
        Some(v) => slice::to_index(vm, v, Overflow::SsizeT)?,
    };
    if tabsize as usize > MAX_TEXT_BYTES && tabsize > 0 && d.contains(&b'\t') {
        return Err(vm.memory_error());
    }
    strlib::bytes_expandtabs(&d, tabsize)
        .map(|r| like(&args[0], r))
        .map_err(|e| str_err(vm, e))
}

fn b_translate(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    if npos(args, kwnames) < 2 {
        return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let p = parse_args(
        vm,
        "translate",
        &["table", "/", "delete"],
        args.get(1..).unwrap_or(&[]),
        kwnames,
        1,
    )?;
    let d = self_data(vm, args)?;
    let table: Option<Vec<u8>> = match &p[0] {
        Some(t) if !is_none(t) => {
            let t = bytes_arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t.into_owned())
        }
        _ => None,
    };
    let delete: Vec<u8> = match &p[1] {
        Some(x) => bytes_arg(vm, x)?.into_owned(),
        None => Vec::new(),
    };
    let out: Vec<u8> = d
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| match &table {
            Some(t) => t[b as usize],
            None => b,
        })
        .collect();
    Ok(like(&args[0], out))
}

fn b_maketrans(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    native::no_kwargs(vm, "maketrans", kwnames)?;
    check_count(vm, "maketrans", args.len(), 2, 2)?;
    let from = bytes_arg(vm, &args[0])?;
    let to = bytes_arg(vm, &args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (&a, &b) in from.iter().zip(to.iter()) {
        t[a as usize] = b;
    }
    Ok(new_bytes(t))
}

// ---- bytearray methods --------------------------------------------------------------------

fn ba_self<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Value> {
    match args.first() {
        Some(v) if is_bytearray(v) => Ok(v),
        _ => Err(vm.type_error("descriptor requires a 'bytearray' object")),
    }
}

fn ba_append(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "bytearray.append", args, kwnames, 1, 1)?;
    let v = ba_self(vm, args)?;
    let b = byte_value(vm, &args[1])?;
    check_resizable(vm, v)?;
    with_buf(v, |buf| buf.push(b));
    Ok(none())
}

fn ba_clear(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "bytearray.clear", args, kwnames)?;
    let v = ba_self(vm, args)?;
    check_resizable(vm, v)?;
    with_buf(v, |buf| buf.clear());
    Ok(none())
}

fn ba_copy(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "bytearray.copy", args, kwnames)?;
    let v = ba_self(vm, args)?;
    Ok(new_bytearray(data(vm, v)?.into_owned()))
}

fn ba_extend(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "bytearray.extend", args, kwnames, 1, 1)?;
    let v = ba_self(vm, args)?;
    let x = &args[1];
    let extra = if let Some(b) = as_bytes_like(x) {
        b.into_owned()
    } else {
        let t = x.ty();
        if !t.slots.iter.is_set() && !t.slots.getitem.is_set() {
            return Err(vm.type_error(format!("can't extend bytearray with {}", t.name())));
        }
        bytes_from_iterable(vm, x, "byte")?
    };
    check_resizable(vm, v)?;
    with_buf(v, |buf| buf.extend_from_slice(&extra));
    Ok(none())
}

fn ba_insert(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "bytearray.insert", args, kwnames, 2, 2)?;
    let v = ba_self(vm, args)?;
    let i = slice::to_index(vm, &args[1], Overflow::SsizeT)?;
    let b = byte_value(vm, &args[2])?;
    check_resizable(vm, v)?;
    with_buf(v, |buf| {
        let len = buf.len() as isize;
        let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
        buf.insert(j as usize, b);
    });
    Ok(none())
}

fn ba_pop(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "bytearray.pop", args, kwnames, 0, 1)?;
    let v = ba_self(vm, args)?;
    let i = match args.get(1) {
        None => -1,
        Some(x) => slice::to_index(vm, x, Overflow::SsizeT)?,
    };
    check_resizable(vm, v)?;
    let r = with_buf(v, |buf| {
        if buf.is_empty() {
            return Err("pop from empty bytearray");
        }
        let len = buf.len() as isize;
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return Err("pop index out of range");
        }
        Ok(buf.remove(j as usize))
    });
    match r {
        Some(Ok(b)) => Ok(new_int(i64::from(b))),
        Some(Err(m)) => Err(vm.index_error(m)),
        None => Err(vm.type_error("expected a bytearray")),
    }
}

fn ba_remove(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_args(vm, "bytearray.remove", args, kwnames, 1, 1)?;
    let v = ba_self(vm, args)?;
    let b = byte_value(vm, &args[1])?;
    if with_buf(v, |buf| buf.contains(&b)) == Some(true) {
        check_resizable(vm, v)?;
    }
    let found = with_buf(v, |buf| match buf.iter().position(|&x| x == b) {
        Some(p) => {
            buf.remove(p);
            true
        }
        None => false,
    })
    .unwrap_or(false);
    if found {
        Ok(none())
    } else {
        Err(vm.value_error("value not found in bytearray"))
    }
}

fn ba_reverse(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    check_noargs(vm, "bytearray.reverse", args, kwnames)?;
    let v = ba_self(vm, args)?;
    with_buf(v, |buf| buf.reverse());
    Ok(none())
}
