//! The `array` module: `array.array`, a mutable sequence of fixed-size numbers stored packed.
//!
//! Owns: the `array.array` type (typecodes `b B u h H i I l L q Q f d` with x86-64 Linux
//! sizes; elements stored as native little-endian bytes), its conversions with CPython's
//! OverflowError/TypeError messages, indexing and slicing (assignment and deletion too),
//! concatenation, repetition, comparison, repr, its methods, its iterator type
//! (`array.arrayiterator`), and byte access for other native modules (`struct`).
//! Must not: hold the array's lock while calling Python code (element conversion runs
//! `__index__`/`__float__`, comparisons run `__eq__`): values are converted before locking
//! and decoded after unlocking.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::Sign;
use num_traits::ToPrimitive;

use crate::bytecode::CompareOp;
use crate::modules::modtype::{new_type, LazyType};
use crate::object::{ObjLock, Payload, Value};
use crate::ops;
use crate::types::int::{self, IntRef};
use crate::types::list::{self, payload_header};
use crate::types::native::{add_method, check_count, no_kwargs};
use crate::types::slice::{self, Overflow};
use crate::types::tuple::{repeat_count, try_other_slot};
use crate::types::{builtin, bytes, dict, float, none, str as pystr, tuple, TypeObject};
use crate::vm::{PyErr, PyResult, Vm};

/// Every typecode, in CPython's order.
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// Size in bytes of one item of typecode `tc`.
#[inline]
fn itemsize(tc: u8) -> usize {
    match tc {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' => 4,
        _ => 8,
    }
}

// ---- element conversion ---------------------------------------------------------------------

/// An int argument: its value if it fits i128, else just its sign.
enum IntArg {
    Fits(i128),
    Huge { negative: bool },
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<IntArg> {
    let conv = |iv: &Value| -> Option<IntArg> {
        match int::as_int(iv)? {
            IntRef::Small(i) => Some(IntArg::Fits(i128::from(i))),
            IntRef::Big(b) => Some(match b.to_i128() {
                Some(x) => IntArg::Fits(x),
                None => IntArg::Huge {
                    negative: b.sign() == Sign::Minus,
                },
            }),
        }
    };
    if let Some(a) = conv(v) {
        return Ok(a);
    }
    let iv = slice::index_value(vm, v)?.ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.ty().name()
        ))
    })?;
    conv(&iv).ok_or_else(|| vm.type_error("__index__ returned non-int"))
}

/// Converts `v` to the bits stored for one item of typecode `tc` (low `itemsize` bytes).
fn encode(vm: &Vm, tc: u8, v: &Value) -> PyResult<u64> {
    let ovf = |m: &str| -> PyErr { vm.overflow_error(m.to_string()) };
    match tc {
        b'f' => {
            let x = crate::modules::math::to_f64(vm, v)?;
            return Ok(u64::from((x as f32).to_bits()));
        }
        b'd' => {
            let x = crate::modules::math::to_f64(vm, v)?;
            return Ok(x.to_bits());
        }
        b'u' => {
            let mut it = pystr::as_str(v).map(|s| s.chars());
            return match it.as_mut().map(|c| (c.next(), c.next())) {
                Some((Some(c), None)) => Ok(u64::from(u32::from(c))),
                _ => Err(vm.type_error("array item must be unicode character")),
            };
        }
        _ => {}
    }
    if let Some(i) = v.as_small_int() {
        // Fast path for the common case: a small int in range.
        let ok = match tc {
            b'b' => (-128..=127).contains(&i),
            b'B' => (0..=255).contains(&i),
            b'h' => (-32768..=32767).contains(&i),
            b'H' => (0..=65535).contains(&i),
            b'i' => i32::try_from(i).is_ok(),
            b'I' => u32::try_from(i).is_ok(),
            b'l' | b'q' => true,
            _ => i >= 0,
        };
        if ok {
            return Ok(i as u64);
        }
    }
    let x = int_arg(vm, v)?;
    let too_large_long = "Python int too large to convert to C long";
    let signed_range = |x: i128, lo: i128, hi: i128, what: &str| -> PyResult<u64> {
        if x < lo {
            Err(ovf(&format!("{what} is less than minimum")))
        } else if x > hi {
            Err(ovf(&format!("{what} is greater than maximum")))
        } else {
            Ok(x as u64)
        }
    };
    let long = |x: &IntArg| -> PyResult<i128> {
        match x {
            IntArg::Fits(x) if *x >= i128::from(i64::MIN) && *x <= i128::from(i64::MAX) => Ok(*x),
            _ => Err(ovf(too_large_long)),
        }
    };
    match tc {
        b'b' => {
            let x = long(&x)?;
            signed_range(x, -32768, 32767, "signed short integer")?;
            signed_range(x, -128, 127, "signed char")
        }
        b'B' => signed_range(long(&x)?, 0, 255, "unsigned byte integer"),
        b'h' => signed_range(long(&x)?, -32768, 32767, "signed short integer"),
        b'H' => {
            let x = long(&x)?;
            signed_range(
                x,
                i128::from(i32::MIN),
                i128::from(i32::MAX),
                "signed integer",
            )?;
            signed_range(x, 0, 65535, "unsigned short")
        }
        b'i' => signed_range(
            long(&x)?,
            i128::from(i32::MIN),
            i128::from(i32::MAX),
            "signed integer",
        ),
        b'l' => Ok(long(&x)? as u64),
        b'q' => match x {
            IntArg::Fits(x) if x >= i128::from(i64::MIN) && x <= i128::from(i64::MAX) => {
                Ok(x as u64)
            }
            _ => Err(ovf("int too big to convert")),
        },
        b'I' | b'L' => match x {
            IntArg::Fits(x) if x < 0 => Err(ovf("can't convert negative value to unsigned int")),
            IntArg::Huge { negative: true } => {
                Err(ovf("can't convert negative value to unsigned int"))
            }
            IntArg::Fits(x) if x <= i128::from(u64::MAX) => {
                if tc == b'I' && x > i128::from(u32::MAX) {
                    Err(ovf("unsigned int is greater than maximum"))
                } else {
                    Ok(x as u64)
                }
            }
            _ => Err(ovf("Python int too large to convert to C unsigned long")),
        },
        _ => match x {
            // 'Q'
            IntArg::Fits(x) if x < 0 => Err(ovf("can't convert negative int to unsigned")),
            IntArg::Huge { negative: true } => Err(ovf("can't convert negative int to unsigned")),
            IntArg::Fits(x) if x <= i128::from(u64::MAX) => Ok(x as u64),
            _ => Err(ovf("int too big to convert")),
        },
    }
}

/// Writes the low `itemsize` bytes of `bits` at item `i` of `buf`.
#[inline]
fn store(tc: u8, buf: &mut [u8], i: usize, bits: u64) {
    let n = itemsize(tc);
    buf[i * n..i * n + n].copy_from_slice(&bits.to_le_bytes()[..n]);
}

/// The raw bits of item `i` of `buf`.
#[inline]
fn load(tc: u8, buf: &[u8], i: usize) -> u64 {
    let n = itemsize(tc);
    let mut w = [0u8; 8];
    w[..n].copy_from_slice(&buf[i * n..i * n + n]);
    u64::from_le_bytes(w)
}

/// The Python value of an item's bits.
fn decode(vm: &Vm, tc: u8, bits: u64) -> PyResult<Value> {
    Ok(match tc {
        b'b' => int::new_int(i64::from(bits as u8 as i8)),
        b'h' => int::new_int(i64::from(bits as u16 as i16)),
        b'i' => int::new_int(i64::from(bits as u32 as i32)),
        b'l' | b'q' => int::new_int(bits as i64),
        b'B' | b'H' | b'I' => int::new_int(bits as i64),
        b'L' | b'Q' => {
            if bits > i64::MAX as u64 {
                int::new_int_big(num_bigint::BigInt::from(bits))
            } else {
                int::new_int(bits as i64)
            }
        }
        b'f' => float::new_float(f64::from(f32::from_bits(bits as u32))),
        b'd' => float::new_float(f64::from_bits(bits)),
        _ => {
            // 'u'
            let c = char::from_u32(bits as u32).ok_or_else(|| {
                vm.value_error(format!(
                    "character U+{:x} is not in range [U+0000; U+10ffff]",
                    bits as u32
                ))
            })?;
            let mut b = [0u8; 4];
            pystr::new_str(c.encode_utf8(&mut b))
        }
    })
}

// ---- the payload ----------------------------------------------------------------------------

/// The payload of `array.array`: the typecode and the packed items, guarded by the object's
/// header mutex.
pub struct ArrayObj {
    code: u8,
    data: UnsafeCell<Vec<u8>>,
}

// SAFETY: `data` is only accessed through `ArrayObj::with`, which holds the owning object's
// header mutex for the whole access.
unsafe impl Sync for ArrayObj {}
// SAFETY: as above; the buffer is plain owned data.
unsafe impl Send for ArrayObj {}

static ARRAY_TYPE: LazyType = LazyType::new();
static ITER_TYPE: LazyType = LazyType::new();

impl Payload for ArrayObj {
    fn class() -> &'static TypeObject {
        array_type()
    }
}

impl ArrayObj {
    /// Runs `f` on the packed items with the lock held (`f` must not call Python code).
    #[inline]
    fn with<R>(&self, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        // SAFETY: an `ArrayObj` only lives inside a heap object allocated by this module
        // (`PyObj<ArrayObj>` or a subclass layout starting with it).
        let h = unsafe { payload_header(self) };
        let _g = ObjLock::lock(h);
        // SAFETY: the header mutex is held for the whole access (see the Sync impl).
        f(unsafe { &mut *self.data.get() })
    }

    fn len(&self) -> usize {
        self.with(|b| b.len()) / itemsize(self.code)
    }

    fn bytes(&self) -> Vec<u8> {
        self.with(|b| b.clone())
    }
}

fn new_array(code: u8, data: Vec<u8>) -> Value {
    Value::alloc(
        array_type(),
        ArrayObj {
            code,
            data: UnsafeCell::new(data),
        },
    )
}

/// The packed bytes of an `array.array` (for `struct` and `bytes(...)`-like consumers).
pub fn array_bytes(v: &Value) -> Option<Vec<u8>> {
    v.downcast::<ArrayObj>().map(|a| a.bytes())
}

/// Overwrites bytes `off..off + data.len()` of an array's buffer; false if `v` is not an
/// array or the range does not fit.
pub fn array_write_bytes(v: &Value, off: usize, data: &[u8]) -> bool {
    match v.downcast::<ArrayObj>() {
        Some(a) => a.with(|b| match b.get_mut(off..off + data.len()) {
            Some(dst) => {
                dst.copy_from_slice(data);
                true
            }
            None => false,
        }),
        None => false,
    }
}

fn array_type() -> &'static TypeObject {
    ARRAY_TYPE.get(|| {
        new_type::<ArrayObj>("array.array", None, true, |t| {
            let s = &t.slots;
            s.new.set(Some(array_new));
            s.repr.set(Some(array_repr));
            s.hash.set(Some(list::unhashable));
            s.richcompare.set(Some(array_richcompare));
            s.len.set(Some(array_len));
            s.getitem.set(Some(array_getitem));
            s.setitem.set(Some(array_setitem));
            s.contains.set(Some(array_contains));
            s.iter.set(Some(array_iter));
            s.add.set(Some(array_add));
            s.mul.set(Some(array_mul));
            s.iadd.set(Some(array_iadd));
            s.imul.set(Some(array_imul));
            add_method(t, "append", a_append);
            add_method(t, "buffer_info", a_buffer_info);
            add_method(t, "byteswap", a_byteswap);
            add_method(t, "count", a_count);
            add_method(t, "extend", a_extend);
            add_method(t, "frombytes", a_frombytes);
            add_method(t, "fromlist", a_fromlist);
            add_method(t, "fromunicode", a_fromunicode);
            add_method(t, "index", a_index);
            add_method(t, "insert", a_insert);
            add_method(t, "pop", a_pop);
            add_method(t, "remove", a_remove);
            add_method(t, "reverse", a_reverse);
            add_method(t, "tobytes", a_tobytes);
            add_method(t, "tolist", a_tolist);
            add_method(t, "tounicode", a_tounicode);
            add_method(t, "__copy__", a_copy);
            add_method(t, "__deepcopy__", a_deepcopy);
            crate::types::descriptors::add_getset(
                t,
                "typecode",
                |vm, v| {
                    let a = arr(vm, v)?;
                    Ok(pystr::new_str(&(a.code as char).to_string()))
                },
                None,
            );
            crate::types::descriptors::add_getset(
                t,
                "itemsize",
                |vm, v| Ok(int::new_int(itemsize(arr(vm, v)?.code) as i64)),
                None,
            );
        })
    })
}

fn iter_type() -> &'static TypeObject {
    ITER_TYPE.get(|| {
        new_type::<ArrayIter>("array.arrayiterator", None, false, |t| {
            t.slots.iter.set(Some(|_vm, v| Ok(v.clone())));
            t.slots.next.set(Some(arrayiter_next));
        })
    })
}

pub fn init(_vm: &Vm, d: &Value) -> PyResult<()> {
    let t = array_type().to_value();
    dict::dict_set_str(d, "array", t.clone());
    dict::dict_set_str(d, "ArrayType", t);
    dict::dict_set_str(d, "typecodes", pystr::new_str(TYPECODES));
    Ok(())
}

#[inline]
fn arr<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ArrayObj> {
    v.downcast::<ArrayObj>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'array.array' object but received a '{}'",
            v.ty().name()
        ))
    })
}

/// A new array of the receiver's class when it is exactly `array.array`, else a plain array
/// (CPython's slicing and concatenation make plain arrays too).
fn like(a: &ArrayObj, data: Vec<u8>) -> Value {
    new_array(a.code, data)
}

// ---- construction ---------------------------------------------------------------------------

fn typecode_arg(vm: &Vm, v: &Value) -> PyResult<u8> {
    let s = pystr::as_str(v).ok_or_else(|| {
        vm.type_error(format!(
            "array() argument 1 must be a unicode character, not {}",
            v.ty().name()
        ))
    })?;
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Ok(if c.is_ascii() { c as u8 } else { 0 }),
        _ => Err(vm.type_error(format!(
            "array() argument 1 must be a unicode character, not {}",
            v.ty().name()
        ))),
    }
}

fn array_new(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let is_exact = crate::types::as_type(cls).is_some_and(|t| std::ptr::eq(t, array_type()));
    if is_exact {
        no_kwargs(vm, "array.array", kwnames)?;
    }
    let npos = args.len() - kwnames.map_or(0, |k| k.len());
    if npos > 2 {
        return Err(vm.type_error(format!("array() takes at most 2 arguments ({npos} given)")));
    }
    if npos == 0 {
        return Err(vm.type_error("array() takes at least 1 argument (0 given)"));
    }
    let code = typecode_arg(vm, &args[0])?;
    let init = if npos == 2 { Some(&args[1]) } else { None };
    let b = builtin();
    if let Some(i) = init {
        if code != b'u' {
            if pystr::as_str(i).is_some() {
                return Err(vm.type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    code as char
                )));
            }
            if i.downcast::<ArrayObj>().is_some_and(|a| a.code == b'u') {
                return Err(vm.type_error(format!(
                    "cannot use a unicode array to initialize an array with typecode '{}'",
                    code as char
                )));
            }
        }
    }
    // Other initializers are iterated (before the typecode is checked, as in CPython).
    let mut iterator = None;
    if let Some(i) = init {
        let direct = i.ty().is_subtype(b.list)
            || i.ty().is_subtype(b.tuple)
            || i.ty().is_subtype(b.bytes)
            || i.ty().is_subtype(b.bytearray)
            || (code == b'u' && pystr::as_str(i).is_some())
            || i.downcast::<ArrayObj>().is_some_and(|a| a.code == code);
        if !direct {
            iterator = Some(ops::iter(vm, i)?);
        }
    }
    if !TYPECODES.as_bytes().contains(&code) {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    }
    let mut data = Vec::new();
    if let (Some(i), None) = (init, &iterator) {
        if let Some(items) = crate::types::tuple::as_tuple(i) {
            data = encode_all(vm, code, items)?;
        } else if let Some(l) = list::as_list(i) {
            data = encode_all(vm, code, &l.snapshot())?;
        } else if let Some(raw) = bytes::as_bytes_like(i) {
            if raw.len() % itemsize(code) != 0 {
                return Err(vm.value_error("bytes length not a multiple of item size"));
            }
            data = raw.into_owned();
        } else if let Some(s) = pystr::as_str(i) {
            data = encode_str(s);
        } else if let Some(a) = i.downcast::<ArrayObj>() {
            data = a.bytes();
        }
    }
    let obj = crate::types::object::alloc_subclass_instance(
        vm,
        cls,
        ArrayObj {
            code,
            data: UnsafeCell::new(data),
        },
    )?;
    if let Some(it) = iterator {
        let a = arr(vm, &obj)?;
        while let Some(x) = ops::next(vm, &it)? {
            let bits = encode(vm, code, &x)?;
            push_bits(a, bits);
        }
    }
    Ok(obj)
}

fn encode_all(vm: &Vm, code: u8, items: &[Value]) -> PyResult<Vec<u8>> {
    let n = itemsize(code);
    let mut out = Vec::with_capacity(items.len() * n);
    for x in items {
        let bits = encode(vm, code, x)?;
        out.extend_from_slice(&bits.to_le_bytes()[..n]);
    }
    Ok(out)
}

fn encode_str(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 4);
    for c in s.chars() {
        out.extend_from_slice(&u32::from(c).to_le_bytes());
    }
    out
}

fn push_bits(a: &ArrayObj, bits: u64) {
    let n = itemsize(a.code);
    a.with(|b| b.extend_from_slice(&bits.to_le_bytes()[..n]));
}

// ---- slots ------------------------------------------------------------------------------------

fn array_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(arr(vm, v)?.len())
}

/// All items as Python values.
fn items_of(vm: &Vm, a: &ArrayObj) -> PyResult<Vec<Value>> {
    let data = a.bytes();
    let n = itemsize(a.code);
    (0..data.len() / n)
        .map(|i| decode(vm, a.code, load(a.code, &data, i)))
        .collect()
}

fn array_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let a = arr(vm, v)?;
    let name = v.ty().name().to_string();
    let name = if v.ty().is_heap() {
        name
    } else {
        "array".to_string()
    };
    if a.len() == 0 {
        return Ok(pystr::new_string(format!("{name}('{}')", a.code as char)));
    }
    let body = if a.code == b'u' {
        let s = unicode_of(vm, a)?;
        ops::repr_string(vm, &pystr::new_string(s))?
    } else {
        let items = items_of(vm, a)?;
        format!("[{}]", crate::types::tuple::join_reprs(vm, &items)?)
    };
    Ok(pystr::new_string(format!(
        "{name}('{}', {body})",
        a.code as char
    )))
}

fn item_at(vm: &Vm, a: &ArrayObj, i: isize) -> PyResult<Option<Value>> {
    let code = a.code;
    let n = itemsize(code);
    let bits = a.with(|b| {
        let len = (b.len() / n) as isize;
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            None
        } else {
            Some(load(code, b, j as usize))
        }
    });
    match bits {
        Some(bits) => decode(vm, code, bits).map(Some),
        None => Ok(None),
    }
}

fn array_getitem(vm: &Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let a = arr(vm, v)?;
    if let Some(i) = key.as_small_int() {
        return item_at(vm, a, i as isize)?
            .ok_or_else(|| vm.index_error("array index out of range"));
    }
    if let Some(sl) = slice::as_slice(key) {
        let code = a.code;
        let n = itemsize(code);
        let len = a.len();
        let (start, _stop, step, count) = sl.indices(vm, len)?;
        let data = a.with(|b| {
            let mut out = Vec::with_capacity(count * n);
            let mut i = start;
            for _ in 0..count {
                let u = i as usize;
                if let Some(src) = b.get(u * n..u * n + n) {
                    out.extend_from_slice(src);
                }
                i += step;
            }
            out
        });
        return Ok(like(a, data));
    }
    let Some(i) = slice::try_index(vm, key, Overflow::IndexError)? else {
        return Err(vm.type_error("array indices must be integers"));
    };
    item_at(vm, a, i)?.ok_or_else(|| vm.index_error("array index out of range"))
}

fn array_setitem(vm: &Vm, v: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
    let a = arr(vm, v)?;
    let code = a.code;
    let n = itemsize(code);
    if let Some(sl) = slice::as_slice(key) {
        let repl: Option<Vec<u8>> = match &value {
            None => None,
            Some(x) => match x.downcast::<ArrayObj>() {
                Some(o) if o.code == code => Some(o.bytes()),
                Some(_) => return Err(vm.type_error("bad argument type for built-in operation")),
                None => {
                    return Err(vm.type_error(format!(
                        "can only assign array (not \"{}\") to array slice",
                        x.ty().name()
                    )))
                }
            },
        };
        let len = a.len();
        let (start, stop, step, count) = sl.indices(vm, len)?;
        let res = a.with(|buf| -> Result<(), String> {
            let len = buf.len() / n;
            if step == 1 {
                let s = (start.max(0) as usize).min(len);
                let e = (stop.max(start).max(0) as usize).min(len).max(s);
                buf.splice(s * n..e * n, repl.unwrap_or_default());
                return Ok(());
            }
            match repl {
                None => {
                    let mut idx: Vec<usize> = (0..count)
                        .map(|k| (start + k as isize * step) as usize)
                        .collect();
                    idx.sort_unstable();
                    let mut out = Vec::with_capacity(buf.len());
                    let mut next = idx.iter().peekable();
                    for i in 0..len {
                        if next.peek() == Some(&&i) {
                            next.next();
                            continue;
                        }
                        out.extend_from_slice(&buf[i * n..i * n + n]);
                    }
                    *buf = out;
                    Ok(())
                }
                Some(r) => {
                    if r.len() / n != count {
                        return Err(format!(
                            "attempt to assign array of size {} to extended slice of size {}",
                            r.len() / n,
                            count
                        ));
                    }
                    for k in 0..count {
                        let i = (start + k as isize * step) as usize;
                        if let Some(dst) = buf.get_mut(i * n..i * n + n) {
                            dst.copy_from_slice(&r[k * n..k * n + n]);
                        }
                    }
                    Ok(())
                }
            }
        });
        return res.map_err(|m| vm.value_error(m));
    }
    let Some(i) = slice::try_index(vm, key, Overflow::IndexError)? else {
        return Err(vm.type_error("array indices must be integers"));
    };
    let bits = match &value {
        Some(x) => Some(encode(vm, code, x)?),
        None => None,
    };
    let ok = a.with(|buf| {
        let len = (buf.len() / n) as isize;
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return false;
        }
        let j = j as usize;
        match bits {
            Some(bits) => store(code, buf, j, bits),
            None => {
                buf.drain(j * n..j * n + n);
            }
        }
        true
    });
    if ok {
        Ok(())
    } else {
        Err(vm.index_error("array assignment index out of range"))
    }
}

fn array_contains(vm: &Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let a = arr(vm, v)?;
    Ok(find(vm, a, x, 0, usize::MAX)?.is_some())
}

/// The first index in `start..stop` whose item equals `x`.
fn find(vm: &Vm, a: &ArrayObj, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        if i >= stop {
            return Ok(None);
        }
        let Some(item) = item_at(vm, a, i as isize)? else {
            return Ok(None);
        };
        if ops::eq(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn array_richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<ArrayObj>(), b.downcast::<ArrayObj>()) else {
        return Ok(none::not_implemented());
    };
    if x.code == y.code
        && matches!(op, CompareOp::Eq | CompareOp::Ne)
        && x.code != b'f'
        && x.code != b'd'
    {
        let same = x.bytes() == y.bytes();
        return Ok(int::new_bool(same == (op == CompareOp::Eq)));
    }
    let get = |arr: &ArrayObj, i: usize| item_at(vm, arr, i as isize).ok().flatten();
    crate::types::tuple::seq_richcompare(
        vm,
        &|| x.len(),
        &|i| get(x, i),
        &|| y.len(),
        &|i| get(y, i),
        op,
    )
}

fn array_add(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(x) = a.downcast::<ArrayObj>() else {
        return Ok(none::not_implemented());
    };
    match b.downcast::<ArrayObj>() {
        Some(y) if y.code == x.code => {
            let mut d = x.bytes();
            d.extend_from_slice(&y.bytes());
            Ok(like(x, d))
        }
        Some(_) => Err(vm.type_error("bad argument type for built-in operation")),
        None => {
            if let Some(r) = try_other_slot(vm, a, b, array_add, b.ty().slots.add.get())? {
                return Ok(r);
            }
            Err(vm.type_error(format!(
                "can only append array (not \"{}\") to array",
                b.ty().name()
            )))
        }
    }
}

fn repeat(vm: &Vm, data: &[u8], count: usize) -> PyResult<Vec<u8>> {
    if data.is_empty() || count == 0 {
        return Ok(Vec::new());
    }
    let total = data
        .len()
        .checked_mul(count)
        .filter(|t| *t <= isize::MAX as usize)
        .ok_or_else(|| vm.memory_error())?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| vm.memory_error())?;
    for _ in 0..count {
        out.extend_from_slice(data);
    }
    Ok(out)
}

fn array_mul(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (seq, n) = if a.downcast::<ArrayObj>().is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let Some(x) = seq.downcast::<ArrayObj>() else {
        return Ok(none::not_implemented());
    };
    if seq.is(a) && int::as_int(b).is_none() {
        if let Some(r) = try_other_slot(vm, a, b, array_mul, b.ty().slots.mul.get())? {
            return Ok(r);
        }
    }
    let Some(count) = repeat_count(vm, n)? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name()
        )));
    };
    let d = repeat(vm, &x.bytes(), count)?;
    Ok(like(x, d))
}

fn array_iadd(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let x = arr(vm, a)?;
    match b.downcast::<ArrayObj>() {
        Some(y) if y.code == x.code => {
            let d = y.bytes();
            x.with(|buf| buf.extend_from_slice(&d));
            Ok(a.clone())
        }
        Some(_) => Err(vm.type_error("can only extend with array of same kind")),
        None => Err(vm.type_error(format!(
            "can only extend array with array (not \"{}\")",
            b.ty().name()
        ))),
    }
}

fn array_imul(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let x = arr(vm, a)?;
    let Some(count) = repeat_count(vm, b)? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            b.ty().name()
        )));
    };
    let d = repeat(vm, &x.bytes(), count)?;
    x.with(|buf| *buf = d);
    Ok(a.clone())
}

// ---- iteration --------------------------------------------------------------------------------

/// `array.arrayiterator`: walks an array by index (seeing later changes, as CPython's).
pub struct ArrayIter {
    arr: Value,
    index: AtomicUsize,
}

impl Payload for ArrayIter {
    fn class() -> &'static TypeObject {
        iter_type()
    }
}

const EXHAUSTED: usize = usize::MAX;

fn array_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    arr(vm, v)?;
    Ok(Value::alloc(
        iter_type(),
        ArrayIter {
            arr: v.clone(),
            index: AtomicUsize::new(0),
        },
    ))
}

fn arrayiter_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = v
        .downcast::<ArrayIter>()
        .ok_or_else(|| vm.type_error("expected an array iterator"))?;
    let i = it.index.load(Ordering::Relaxed);
    if i == EXHAUSTED {
        return Ok(None);
    }
    let a = arr(vm, &it.arr)?;
    match item_at(vm, a, i as isize)? {
        Some(x) => {
            it.index.store(i + 1, Ordering::Relaxed);
            Ok(Some(x))
        }
        None => {
            it.index.store(EXHAUSTED, Ordering::Relaxed);
            Ok(None)
        }
    }
}

// ---- methods ------------------------------------------------------------------------------------

fn method_args<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    kwnames: Option<&[Value]>,
    min: usize,
    max: usize,
) -> PyResult<&'a ArrayObj> {
    no_kwargs(vm, &format!("array.{name}"), kwnames)?;
    let n = args.len().saturating_sub(1);
    if n < min || n > max {
        let fname = format!("array.{name}");
        return Err(if min == max && min == 1 {
            vm.type_error(format!("{fname}() takes exactly one argument ({n} given)"))
        } else if min == max && min == 0 {
            vm.type_error(format!("{fname}() takes no arguments ({n} given)"))
        } else {
            match check_count(vm, &fname, n, min, max) {
                Err(e) => e,
                Ok(()) => vm.type_error("bad arguments"),
            }
        });
    }
    arr(vm, &args[0])
}

fn a_append(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "append", args, kw, 1, 1)?;
    let bits = encode(vm, a.code, &args[1])?;
    push_bits(a, bits);
    Ok(none::none())
}

fn a_buffer_info(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "buffer_info", args, kw, 0, 0)?;
    let n = itemsize(a.code);
    let (addr, len) = a.with(|b| (b.as_ptr() as usize, b.len() / n));
    Ok(tuple::new_tuple(vec![
        int::new_int(addr as i64),
        int::new_int(len as i64),
    ]))
}

fn a_byteswap(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "byteswap", args, kw, 0, 0)?;
    let n = itemsize(a.code);
    a.with(|b| {
        for chunk in b.chunks_exact_mut(n) {
            chunk.reverse();
        }
    });
    Ok(none::none())
}

fn a_count(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "count", args, kw, 1, 1)?;
    let mut count = 0;
    for item in items_of(vm, a)? {
        if ops::eq(vm, &item, &args[1])? {
            count += 1;
        }
    }
    Ok(int::new_int(count))
}

fn extend_from(vm: &Vm, a: &ArrayObj, other: &Value) -> PyResult<()> {
    if let Some(o) = other.downcast::<ArrayObj>() {
        if o.code != a.code {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        let d = o.bytes();
        a.with(|b| b.extend_from_slice(&d));
        return Ok(());
    }
    let it = ops::iter(vm, other)?;
    while let Some(x) = ops::next(vm, &it)? {
        let bits = encode(vm, a.code, &x)?;
        push_bits(a, bits);
    }
    Ok(())
}

fn a_extend(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "extend", args, kw, 1, 1)?;
    extend_from(vm, a, &args[1])?;
    Ok(none::none())
}

fn a_frombytes(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "frombytes", args, kw, 1, 1)?;
    let data = crate::modules::struct_::buffer_arg(vm, &args[1])?;
    if data.len() % itemsize(a.code) != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    let data = data.into_owned();
    a.with(|b| b.extend_from_slice(&data));
    Ok(none::none())
}

fn a_fromlist(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "fromlist", args, kw, 1, 1)?;
    let Some(l) = list::as_list(&args[1]) else {
        return Err(vm.type_error("arg must be list"));
    };
    let data = encode_all(vm, a.code, &l.snapshot())?;
    a.with(|b| b.extend_from_slice(&data));
    Ok(none::none())
}

fn a_fromunicode(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "fromunicode", args, kw, 1, 1)?;
    let Some(s) = pystr::as_str(&args[1]) else {
        return Err(vm.type_error(format!(
            "fromunicode() argument must be str, not {}",
            args[1].ty().name()
        )));
    };
    if a.code != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let data = encode_str(s);
    a.with(|b| b.extend_from_slice(&data));
    Ok(none::none())
}

fn a_index(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "index", args, kw, 1, 3)?;
    let len = a.len() as isize;
    let bound = |v: Option<&Value>, default: isize| -> PyResult<usize> {
        let Some(v) = v else {
            return Ok(default as usize);
        };
        let mut i = slice::to_index(vm, v, Overflow::Clamp)?;
        if i < 0 {
            i = (i + len).max(0);
        }
        Ok(i as usize)
    };
    let start = bound(args.get(2), 0)?;
    let stop = bound(args.get(3), len)?;
    match find(vm, a, &args[1], start, stop)? {
        Some(i) => Ok(int::new_int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn a_insert(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "insert", args, kw, 2, 2)?;
    let i = slice::to_index(vm, &args[1], Overflow::Clamp)?;
    let bits = encode(vm, a.code, &args[2])?;
    let n = itemsize(a.code);
    a.with(|b| {
        let len = (b.len() / n) as isize;
        let mut j = if i < 0 { (i + len).max(0) } else { i };
        if j > len {
            j = len;
        }
        let at = j as usize * n;
        let bytes = bits.to_le_bytes();
        b.splice(at..at, bytes[..n].iter().copied());
    });
    Ok(none::none())
}

fn a_pop(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "pop", args, kw, 0, 1)?;
    let i = match args.get(1) {
        Some(v) => slice::to_index(vm, v, Overflow::SsizeT)?,
        None => -1,
    };
    let code = a.code;
    let n = itemsize(code);
    let r = a.with(|b| {
        let len = (b.len() / n) as isize;
        if len == 0 {
            return Err("pop from empty array");
        }
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return Err("pop index out of range");
        }
        let j = j as usize;
        let bits = load(code, b, j);
        b.drain(j * n..j * n + n);
        Ok(bits)
    });
    match r {
        Ok(bits) => decode(vm, code, bits),
        Err(m) => Err(vm.index_error(m)),
    }
}

fn a_remove(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "remove", args, kw, 1, 1)?;
    match find(vm, a, &args[1], 0, usize::MAX)? {
        Some(i) => {
            let n = itemsize(a.code);
            a.with(|b| {
                if b.len() >= i * n + n {
                    b.drain(i * n..i * n + n);
                }
            });
            Ok(none::none())
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

fn a_reverse(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "reverse", args, kw, 0, 0)?;
    let n = itemsize(a.code);
    a.with(|b| {
        let len = b.len() / n;
        for i in 0..len / 2 {
            let j = len - 1 - i;
            for k in 0..n {
                b.swap(i * n + k, j * n + k);
            }
        }
    });
    Ok(none::none())
}

fn a_tobytes(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "tobytes", args, kw, 0, 0)?;
    Ok(bytes::new_bytes(a.bytes()))
}

fn a_tolist(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "tolist", args, kw, 0, 0)?;
    Ok(list::new_list(items_of(vm, a)?))
}

fn unicode_of(vm: &Vm, a: &ArrayObj) -> PyResult<String> {
    let data = a.bytes();
    let mut s = String::with_capacity(data.len() / 4);
    for i in 0..data.len() / 4 {
        let cp = load(b'u', &data, i) as u32;
        let c = char::from_u32(cp).ok_or_else(|| {
            vm.value_error(format!(
                "character U+{cp:x} is not in range [U+0000; U+10ffff]"
            ))
        })?;
        s.push(c);
    }
    Ok(s)
}

fn a_tounicode(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "tounicode", args, kw, 0, 0)?;
    if a.code != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    Ok(pystr::new_string(unicode_of(vm, a)?))
}

fn a_copy(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "__copy__", args, kw, 0, 0)?;
    Ok(like(a, a.bytes()))
}

fn a_deepcopy(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = method_args(vm, "__deepcopy__", args, kw, 1, 1)?;
    Ok(like(a, a.bytes()))
}
