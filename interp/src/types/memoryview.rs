//! `memoryview`: one-dimensional views of byte buffers (bytes, bytearray).
//!
//! Owns: the memoryview type (created on first use), its slots (length, indexing to
//! items, slicing to views, item and slice assignment through writable views, equality,
//! hashing of read-only views), its methods (tobytes, tolist, hex, cast to 'B'/'b'/'c',
//! release, toreadonly, context management) and `view_bytes`, through which bytes-like
//! consumers (`bytes(mv)`, `b'' + mv`, file writes) read a view. A view of a bytearray
//! counts as an export: the bytearray refuses to resize while one is alive.
//! Must not: store data of its own (the exporter owns it) or resize the exporter.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::bytecode::CompareOp;
use crate::object::{Payload, Value};
use crate::ops;
use crate::types::bytes::{
    as_bytes, bytearray_export, bytearray_unexport, new_bytes, with_bytearray,
};
use crate::types::int::{new_bool, new_int};
use crate::types::native::{add_method, check_count, Args};
use crate::types::none::{none, not_implemented};
use crate::types::slice::{self, Overflow};
use crate::types::str::new_str;
use crate::types::{builtin, dict, TypeObject, TypeSpec};
use crate::vm::{PyResult, Vm};

/// A view: `len` items of one byte each, the first at byte `start` of the exporter, then
/// every `step` bytes.
pub struct MemoryViewObj {
    obj: Value,
    start: usize,
    len: usize,
    step: isize,
    /// b'B' (unsigned), b'b' (signed) or b'c' (bytes of length 1).
    format: u8,
    readonly: bool,
    released: AtomicBool,
}

impl Payload for MemoryViewObj {
    fn class() -> &'static TypeObject {
        memoryview_type()
    }
}

impl Drop for MemoryViewObj {
    fn drop(&mut self) {
        if !self.released.swap(true, Ordering::AcqRel) {
            bytearray_unexport(&self.obj);
        }
    }
}

/// The `memoryview` type.
pub fn memoryview_type() -> &'static TypeObject {
    static T: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let p = *T.get_or_init(|| {
        let t = crate::types::new_builtin_type(TypeSpec::of::<MemoryViewObj>(
            "memoryview",
            Some(builtin().object),
        ));
        t.header.ty.store(
            builtin().type_ as *const TypeObject as *mut TypeObject,
            Ordering::Relaxed,
        );
        // SAFETY: the new type is not shared yet.
        unsafe { t.inner_mut() }.dict = dict::new_dict();
        let s = &t.slots;
        s.new.set(Some(mv_new));
        s.repr.set(Some(mv_repr));
        s.len.set(Some(mv_len));
        s.getitem.set(Some(mv_getitem));
        s.setitem.set(Some(mv_setitem));
        s.richcompare.set(Some(mv_richcompare));
        s.hash.set(Some(mv_hash));
        crate::types::native::add_slot_wrappers(t);
        dict::dict_set_str(t.dict(), "__doc__", none());
        add_method(t, "tobytes", mv_tobytes);
        add_method(t, "tolist", mv_tolist);
        add_method(t, "hex", mv_hex);
        add_method(t, "release", mv_release);
        add_method(t, "cast", mv_cast);
        add_method(t, "toreadonly", mv_toreadonly);
        add_method(t, "__enter__", mv_enter);
        add_method(t, "__exit__", mv_exit);
        use crate::types::descriptors::add_getset;
        add_getset(t, "obj", |vm, v| Ok(live(vm, v)?.obj.clone()), None);
        add_getset(
            t,
            "readonly",
            |vm, v| Ok(new_bool(live(vm, v)?.readonly)),
            None,
        );
        add_getset(
            t,
            "format",
            |vm, v| Ok(new_str(&(live(vm, v)?.format as char).to_string())),
            None,
        );
        add_getset(t, "itemsize", |vm, v| live(vm, v).map(|_| new_int(1)), None);
        add_getset(t, "ndim", |vm, v| live(vm, v).map(|_| new_int(1)), None);
        add_getset(
            t,
            "nbytes",
            |vm, v| Ok(new_int(live(vm, v)?.len as i64)),
            None,
        );
        add_getset(
            t,
            "shape",
            |vm, v| {
                Ok(crate::types::tuple::new_tuple(vec![new_int(
                    live(vm, v)?.len as i64,
                )]))
            },
            None,
        );
        add_getset(
            t,
            "strides",
            |vm, v| {
                Ok(crate::types::tuple::new_tuple(vec![new_int(
                    live(vm, v)?.step as i64,
                )]))
            },
            None,
        );
        add_getset(
            t,
            "contiguous",
            |vm, v| Ok(new_bool(contiguous(live(vm, v)?))),
            None,
        );
        add_getset(
            t,
            "c_contiguous",
            |vm, v| Ok(new_bool(contiguous(live(vm, v)?))),
            None,
        );
        add_getset(
            t,
            "f_contiguous",
            |vm, v| Ok(new_bool(contiguous(live(vm, v)?))),
            None,
        );
        add_getset(
            t,
            "released",
            |_vm, v| {
                Ok(new_bool(
                    mv(v).is_none_or(|m| m.released.load(Ordering::Acquire)),
                ))
            },
            None,
        );
        t as *const TypeObject as usize
    });
    // SAFETY: leaked immortal type created once above.
    unsafe { &*(p as *const TypeObject) }
}

fn mv(v: &Value) -> Option<&MemoryViewObj> {
    v.downcast::<MemoryViewObj>()
}

fn contiguous(m: &MemoryViewObj) -> bool {
    m.step == 1 || m.len <= 1
}

/// The view, or CPython's error for a released one.
fn live<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MemoryViewObj> {
    let m = mv(v).ok_or_else(|| vm.type_error("descriptor requires a 'memoryview' object"))?;
    if m.released.load(Ordering::Acquire) {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(m)
}

/// Reads the viewed bytes.
fn read(m: &MemoryViewObj) -> Vec<u8> {
    let pick = |d: &[u8]| -> Vec<u8> {
        if m.step == 1 {
            return d.get(m.start..m.start + m.len).unwrap_or(&[]).to_vec();
        }
        (0..m.len)
            .filter_map(|k| {
                let i = m.start as isize + k as isize * m.step;
                usize::try_from(i).ok().and_then(|u| d.get(u).copied())
            })
            .collect()
    };
    match as_bytes(&m.obj) {
        Some(d) => pick(d),
        None => with_bytearray(&m.obj, |d| pick(d)).unwrap_or_default(),
    }
}

/// The bytes a (live) memoryview shows, for bytes-like consumers; `None` if `v` is not a
/// memoryview or is released.
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    let m = mv(v)?;
    if m.released.load(Ordering::Acquire) {
        return None;
    }
    Some(read(m))
}

fn new_view(
    obj: Value,
    start: usize,
    len: usize,
    step: isize,
    format: u8,
    readonly: bool,
) -> Value {
    bytearray_export(&obj);
    Value::alloc(
        memoryview_type(),
        MemoryViewObj {
            obj,
            start,
            len,
            step,
            format,
            readonly,
            released: AtomicBool::new(false),
        },
    )
}

/// `memoryview(obj)`.
pub fn memoryview_of(vm: &Vm, obj: &Value) -> PyResult<Value> {
    if mv(obj).is_some() {
        let m = live(vm, obj)?;
        return Ok(new_view(
            m.obj.clone(),
            m.start,
            m.len,
            m.step,
            m.format,
            m.readonly,
        ));
    }
    if let Some(b) = as_bytes(obj) {
        return Ok(new_view(obj.clone(), 0, b.len(), 1, b'B', true));
    }
    if let Some(n) = with_bytearray(obj, |d| d.len()) {
        return Ok(new_view(obj.clone(), 0, n, 1, b'B', false));
    }
    Err(vm.type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        obj.ty().name()
    )))
}

fn mv_new(vm: &Vm, _cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = Args::new("memoryview", &["object"]).parse(vm, args, kw, 1)?;
    memoryview_of(vm, a[0].as_ref().unwrap())
}

fn mv_repr(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let released = mv(v).is_none_or(|m| m.released.load(Ordering::Acquire));
    Ok(new_str(&format!(
        "<{}memory at {:#x}>",
        if released { "released " } else { "" },
        v.bits()
    )))
}

fn mv_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(live(vm, v)?.len)
}

fn item(m: &MemoryViewObj, byte: u8) -> Value {
    match m.format {
        b'b' => new_int(byte as i8 as i64),
        b'c' => new_bytes(vec![byte]),
        _ => new_int(byte as i64),
    }
}

fn byte_at(m: &MemoryViewObj, k: usize) -> u8 {
    let i = (m.start as isize + k as isize * m.step) as usize;
    match as_bytes(&m.obj) {
        Some(d) => d.get(i).copied().unwrap_or(0),
        None => with_bytearray(&m.obj, |d| d.get(i).copied().unwrap_or(0)).unwrap_or(0),
    }
}

fn index_of(vm: &Vm, m: &MemoryViewObj, key: &Value) -> PyResult<Option<usize>> {
    let Some(i) = slice::try_index(vm, key, Overflow::IndexError)? else {
        return Ok(None);
    };
    let j = if i < 0 { i + m.len as isize } else { i };
    if j < 0 || j >= m.len as isize {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(Some(j as usize))
}

fn bad_index(vm: &Vm) -> crate::vm::PyErr {
    vm.type_error("memoryview: invalid slice key")
}

fn mv_getitem(vm: &Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let m = live(vm, v)?;
    if let Some(sl) = slice::as_slice(key) {
        let (start, _stop, step, n) = sl.indices(vm, m.len)?;
        let first = if n == 0 {
            m.start as isize
        } else {
            m.start as isize + start * m.step
        };
        return Ok(new_view(
            m.obj.clone(),
            first.max(0) as usize,
            n,
            m.step * step,
            m.format,
            m.readonly,
        ));
    }
    if crate::types::tuple::as_tuple(key).is_some() {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    match index_of(vm, m, key)? {
        Some(k) => Ok(item(m, byte_at(m, k))),
        None => Err(bad_index(vm)),
    }
}

fn value_byte(vm: &Vm, m: &MemoryViewObj, x: &Value) -> PyResult<u8> {
    let bad = || {
        vm.value_error(format!(
            "memoryview: invalid value for format '{}'",
            m.format as char
        ))
    };
    match m.format {
        b'c' => match as_bytes(x) {
            Some(b) if b.len() == 1 => Ok(b[0]),
            _ => Err(bad()),
        },
        f => {
            if !slice::is_index(x) {
                return Err(vm.type_error(format!(
                    "memoryview: invalid type for format '{}'",
                    f as char
                )));
            }
            let i = ops::to_isize(vm, x).map_err(|_| bad())?;
            if f == b'b' {
                i8::try_from(i).map(|b| b as u8).map_err(|_| bad())
            } else {
                u8::try_from(i).map_err(|_| bad())
            }
        }
    }
}

fn mv_setitem(vm: &Vm, v: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
    let m = live(vm, v)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Some(value) = value else {
        return Err(vm.type_error("cannot delete memory"));
    };
    let positions: Vec<usize>;
    let data: Vec<u8>;
    if let Some(sl) = slice::as_slice(key) {
        let (start, _stop, step, n) = sl.indices(vm, m.len)?;
        let src = crate::types::bytes::as_bytes_like(&value).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                value.ty().name()
            ))
        })?;
        if src.len() != n {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        data = src.into_owned();
        positions = (0..n)
            .map(|k| (m.start as isize + (start + k as isize * step) * m.step) as usize)
            .collect();
    } else {
        let Some(k) = index_of(vm, m, key)? else {
            return Err(bad_index(vm));
        };
        data = vec![value_byte(vm, m, &value)?];
        positions = vec![(m.start as isize + k as isize * m.step) as usize];
    }
    with_bytearray(&m.obj, |d| {
        for (p, b) in positions.iter().zip(data) {
            if let Some(slot) = d.get_mut(*p) {
                *slot = b;
            }
        }
    });
    Ok(())
}

/// The items of a bytes-like object or memoryview for comparison: (is 'c' format, bytes,
/// signed).
fn cmp_items(vm: &Vm, v: &Value) -> PyResult<Option<(u8, Vec<u8>)>> {
    if mv(v).is_some() {
        let m = live(vm, v)?;
        return Ok(Some((m.format, read(m))));
    }
    Ok(crate::types::bytes::as_bytes_like(v).map(|b| (b'B', b.into_owned())))
}

fn mv_richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let released = |v: &Value| mv(v).is_some_and(|m| m.released.load(Ordering::Acquire));
    let eq = if released(a) || released(b) {
        a.is(b)
    } else {
        match (cmp_items(vm, a)?, cmp_items(vm, b)?) {
            (Some((fa, da)), Some((fb, db))) => {
                let norm = |f: u8, d: &[u8]| -> Vec<i32> {
                    d.iter()
                        .map(|&x| match f {
                            b'b' => x as i8 as i32,
                            b'c' => 1000 + x as i32,
                            _ => x as i32,
                        })
                        .collect()
                };
                norm(fa, &da) == norm(fb, &db)
            }
            _ => return Ok(not_implemented()),
        }
    };
    Ok(new_bool(if matches!(op, CompareOp::Eq) { eq } else { !eq }))
}

fn mv_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let m = live(vm, v)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    ops::hash(vm, &new_bytes(read(m)))
}

fn self_live<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a MemoryViewObj> {
    live(vm, &args[0])
}

fn mv_tobytes(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    Args::new("tobytes", &["order"]).parse(vm, &args[1..], kw, 0)?;
    Ok(new_bytes(read(self_live(vm, args)?)))
}

fn mv_tolist(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "tolist", args.len() - 1, 0, 0)?;
    let m = self_live(vm, args)?;
    Ok(crate::types::list::new_list(
        read(m).into_iter().map(|b| item(m, b)).collect(),
    ))
}

fn mv_hex(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let b = new_bytes(read(self_live(vm, args)?));
    let f = ops::getattr_str(vm, &b, "hex")?;
    ops::call(vm, &f, &args[1..], kw)
}

fn mv_release(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "release", args.len() - 1, 0, 0)?;
    let m = mv(&args[0]).ok_or_else(|| vm.type_error("expected a memoryview"))?;
    if !m.released.swap(true, Ordering::AcqRel) {
        bytearray_unexport(&m.obj);
    }
    Ok(none())
}

fn mv_cast(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = Args::new("cast", &["format", "shape"]).parse(vm, &args[1..], kw, 1)?;
    let m = self_live(vm, args)?;
    let f = a[0].as_ref().unwrap();
    let fs = crate::types::str::as_str(f).ok_or_else(|| {
        vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            f.ty().name()
        ))
    })?;
    if !contiguous(m) {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if a[1].is_some() {
        return Err(
            vm.type_error("memoryview: cast to a multi-dimensional shape is not supported by weft")
        );
    }
    let format = match fs {
        "B" | "@B" => b'B',
        "b" | "@b" => b'b',
        "c" | "@c" => b'c',
        _ => {
            return Err(vm.value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    Ok(new_view(
        m.obj.clone(),
        m.start,
        m.len,
        m.step,
        format,
        m.readonly,
    ))
}

fn mv_toreadonly(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "toreadonly", args.len() - 1, 0, 0)?;
    let m = self_live(vm, args)?;
    Ok(new_view(
        m.obj.clone(),
        m.start,
        m.len,
        m.step,
        m.format,
        true,
    ))
}

fn mv_enter(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "__enter__", args.len() - 1, 0, 0)?;
    self_live(vm, args)?;
    Ok(args[0].clone())
}

fn mv_exit(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    mv_release(vm, &args[..1], kw)
}
