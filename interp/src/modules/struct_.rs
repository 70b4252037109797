//! The `_struct` module (re-exported by `interp/lib/struct.py`): packing values into bytes
//! and back by format strings.
//!
//! Owns: format parsing (byte orders `@ = < > !`, counts, x86-64 Linux native sizes and
//! alignment for `@`), packing and unpacking every format character
//! (`x c b B ? h H i I l L q Q n N e f d s p P`) with CPython's range checks and
//! `struct.error` messages, IEEE half floats, the `Struct` type and the module functions.
//! Must not: hold any object lock while calling Python code (argument conversion may run
//! `__index__`/`__float__`).

use std::borrow::Cow;
use std::sync::OnceLock;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::modules::modtype::{new_type, LazyType};
use crate::object::{Payload, Value};
use crate::ops;
use crate::types::int::{self, IntRef};
use crate::types::native::{add_function, add_method, check_count, no_kwargs, Args};
use crate::types::slice::{self, Overflow};
use crate::types::{builtin, bytes, dict, float, list, none, str as pystr, tuple, TypeObject};
use crate::vm::{PyErr, PyResult, Vm};

// ---- formats -------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Order {
    /// `@` (or no prefix): native sizes, alignment and byte order.
    Native,
    Little,
    Big,
}

/// One format item: a code with its count, at byte `offset` of the packed data.
#[derive(Clone, Copy, Debug)]
struct Item {
    code: u8,
    count: usize,
    offset: usize,
}

/// A parsed format.
#[derive(Clone, Debug)]
pub struct Format {
    order: Order,
    items: Vec<Item>,
    /// Total packed size in bytes.
    size: usize,
    /// Number of values packed/unpacked.
    nvalues: usize,
}

/// The size of one `code` item (None: not a format character in this mode).
fn code_size(code: u8, order: Order) -> Option<usize> {
    let native = order == Order::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

/// Parses a format; errors are `(message)` for struct.error.
fn parse_format(fmt: &[u8]) -> Result<Format, &'static str> {
    let (order, body) = match fmt.first() {
        Some(b'@') => (Order::Native, &fmt[1..]),
        Some(b'=') | Some(b'<') => (Order::Little, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    const TOO_LONG: &str = "total struct size too long";
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut nvalues = 0usize;
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let count = if c.is_ascii_digit() {
            let mut n: usize = usize::from(c - b'0');
            loop {
                let Some(&d) = body.get(i) else {
                    return Err("repeat count given without format specifier");
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(usize::from(d - b'0')))
                    .filter(|n| *n <= isize::MAX as usize)
                    .ok_or(TOO_LONG)?;
            }
            n
        } else {
            1
        };
        let isz = code_size(c, order).ok_or("bad char in struct format")?;
        match c {
            b's' | b'p' => nvalues += 1,
            b'x' => {}
            _ => nvalues += count,
        }
        if order == Order::Native && size > 0 && !matches!(c, b's' | b'p' | b'x') {
            let extra = (isz - 1) - (size - 1) % isz;
            size = size.checked_add(extra).ok_or(TOO_LONG)?;
        }
        items.push(Item {
            code: c,
            count,
            offset: size,
        });
        size = count
            .checked_mul(isz)
            .and_then(|n| n.checked_add(size))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or(TOO_LONG)?;
    }
    Ok(Format {
        order,
        items,
        size,
        nvalues,
    })
}

// ---- half floats ---------------------------------------------------------------------------

/// IEEE 754 binary16 bits of `x`, rounded half to even; `None` on overflow.
pub fn pack_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    let bits = a.to_bits();
    let exp = (bits >> 52) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, q) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    // a = m * 2^q; floor(log2 a):
    let e2 = 63 - m.leading_zeros() as i32 + q;
    if e2 > 15 {
        return None;
    }
    // The unit of the last half-precision digit at this magnitude (2^-24 for subnormals).
    let unit = (e2 - 10).max(-24);
    let shift = unit - q;
    let r: u64 = if shift <= 0 {
        m << (-shift)
    } else if shift > 63 {
        0
    } else {
        let whole = m >> shift;
        let rem = m & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        if rem > half || (rem == half && whole & 1 == 1) {
            whole + 1
        } else {
            whole
        }
    };
    let enc = (((unit + 24) as u64) << 10) + r;
    if enc >= 0x7c00 {
        return None;
    }
    Some(sign | enc as u16)
}

/// The value of binary16 bits `h`.
pub fn unpack_half(h: u16) -> f64 {
    let neg = h & 0x8000 != 0;
    let e = i32::from((h >> 10) & 0x1f);
    let f = f64::from(h & 0x3ff);
    let v = if e == 0 {
        f * 2f64.powi(-24)
    } else if e == 31 {
        if f == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else {
        (1.0 + f / 1024.0) * 2f64.powi(e - 15)
    };
    if neg {
        -v
    } else {
        v
    }
}

// ---- errors and argument conversion ---------------------------------------------------------

static ERROR: OnceLock<Value> = OnceLock::new();

/// The `struct.error` exception class.
fn error_class(vm: &Vm) -> PyResult<&'static Value> {
    if let Some(e) = ERROR.get() {
        return Ok(e);
    }
    let ns = dict::new_dict();
    dict::dict_set_str(&ns, "__module__", pystr::new_str("struct"));
    let cls = ops::call(
        vm,
        &builtin().type_.to_value(),
        &[
            pystr::new_str("error"),
            tuple::new_tuple(vec![builtin().exception.to_value()]),
            ns,
        ],
        None,
    )?;
    Ok(ERROR.get_or_init(|| cls))
}

fn struct_error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    match error_class(vm) {
        Ok(cls) => match crate::types::as_type(cls) {
            Some(t) => vm.new_error(t, msg),
            None => vm.type_error(msg),
        },
        Err(e) => e,
    }
}

/// `get_pylong`: an int (through `__index__`), or struct.error.
fn get_int(vm: &Vm, v: &Value) -> PyResult<Option<i128>> {
    let conv = |iv: &Value| match int::as_int(iv) {
        Some(IntRef::Small(i)) => Some(i128::from(i)),
        Some(IntRef::Big(b)) => b.to_i128(),
        None => None,
    };
    if int::as_int(v).is_some() {
        return Ok(conv(v));
    }
    if v.ty().slots.index.is_set() {
        let iv = ops::index_value(vm, v)?;
        return Ok(conv(&iv));
    }
    Err(struct_error(vm, "required argument is not an integer"))
}

fn get_float(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = float::as_float(v) {
        return Ok(f);
    }
    crate::modules::math::to_f64(vm, v)
        .map_err(|_| struct_error(vm, "required argument is not a float"))
}

/// The bytes of a bytes-like argument (bytes, bytearray, array.array).
pub fn buffer_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if let Some(b) = bytes::as_bytes_like(v) {
        return Ok(b);
    }
    if let Some(b) = crate::modules::array::array_bytes(v) {
        return Ok(Cow::Owned(b));
    }
    Err(vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        v.ty().name()
    )))
}

// ---- packing --------------------------------------------------------------------------------

fn put(out: &mut [u8], order: Order, le: &[u8]) {
    match order {
        Order::Big => {
            for (d, s) in out.iter_mut().zip(le.iter().rev()) {
                *d = *s;
            }
        }
        _ => out[..le.len()].copy_from_slice(le),
    }
}

/// The range error of `code`. Native and little-endian formats share CPython's native
/// packers (whose messages for b, B, h and H name the C type); big-endian ones use the
/// generic message for h and H.
fn range_error(vm: &Vm, code: u8, order: Order, size: usize, unsigned: bool) -> PyErr {
    let big = order == Order::Big;
    let msg = match code {
        b'b' => "byte format requires -128 <= number <= 127".to_string(),
        b'B' => "ubyte format requires 0 <= number <= 255".to_string(),
        b'h' if !big => "short format requires -32768 <= number <= 32767".to_string(),
        b'H' if !big => "ushort format requires 0 <= number <= 65535".to_string(),
        _ => {
            let ulargest: u64 = if size >= 8 {
                u64::MAX
            } else {
                (1u64 << (size * 8)) - 1
            };
            if unsigned {
                format!(
                    "'{}' format requires 0 <= number <= {}",
                    code as char, ulargest
                )
            } else {
                let largest = (ulargest >> 1) as i64;
                format!(
                    "'{}' format requires {} <= number <= {}",
                    code as char, !largest, largest
                )
            }
        }
    };
    struct_error(vm, msg)
}

/// Packs one value of a single-value code into `out` (exactly the code's size).
fn pack_one(vm: &Vm, code: u8, order: Order, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let size = out.len();
    let out_of_range = || struct_error(vm, "argument out of range");
    match code {
        b'c' => match bytes::as_bytes(v) {
            Some(b) if b.len() == 1 => out[0] = b[0],
            _ => {
                return Err(struct_error(
                    vm,
                    "char format requires a bytes object of length 1",
                ))
            }
        },
        b'?' => out[0] = u8::from(ops::truthy(vm, v)?),
        b'e' => {
            let x = get_float(vm, v)?;
            let h = pack_half(x)
                .ok_or_else(|| vm.overflow_error("float too large to pack with e format"))?;
            put(out, order, &h.to_le_bytes());
        }
        b'f' => {
            let x = get_float(vm, v)?;
            let y = x as f32;
            if order != Order::Native && y.is_infinite() && !x.is_infinite() {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            put(out, order, &y.to_le_bytes());
        }
        b'd' => {
            let x = get_float(vm, v)?;
            put(out, order, &x.to_le_bytes());
        }
        b'P' => {
            let x = get_int(vm, v)?;
            let w = match x {
                Some(x) if x >= i128::from(i64::MIN) && x <= i128::from(u64::MAX) => x as u64,
                _ => return Err(struct_error(vm, "int too large to convert")),
            };
            put(out, order, &w.to_le_bytes());
        }
        _ => {
            let x = get_int(vm, v)?;
            let unsigned = matches!(code, b'B' | b'H' | b'I' | b'L' | b'Q' | b'N');
            // Small codes convert through a C long first, then check their own range;
            // 4-byte unsigned codes through an unsigned long.
            let x = match x {
                Some(x) => x,
                None => return Err(out_of_range()),
            };
            let in_long = x >= i128::from(i64::MIN) && x <= i128::from(i64::MAX);
            let in_ulong = x >= 0 && x <= i128::from(u64::MAX);
            let w: u64 = match (code, size) {
                (b'H', _) if order == Order::Big => {
                    if !in_ulong {
                        return Err(out_of_range());
                    }
                    if x > 65535 {
                        return Err(range_error(vm, code, order, size, true));
                    }
                    x as u64
                }
                (b'b' | b'B' | b'h' | b'H', _) => {
                    if !in_long {
                        return Err(out_of_range());
                    }
                    let (lo, hi) = match code {
                        b'b' => (-128, 127),
                        b'B' => (0, 255),
                        b'h' => (-32768, 32767),
                        _ => (0, 65535),
                    };
                    if x < lo || x > hi {
                        return Err(range_error(vm, code, order, size, unsigned));
                    }
                    x as u64
                }
                (_, 4) if unsigned => {
                    if !in_ulong {
                        return Err(out_of_range());
                    }
                    if x > i128::from(u32::MAX) {
                        return Err(range_error(vm, code, order, size, true));
                    }
                    x as u64
                }
                (_, 4) => {
                    if !in_long {
                        return Err(out_of_range());
                    }
                    if x < i128::from(i32::MIN) || x > i128::from(i32::MAX) {
                        return Err(range_error(vm, code, order, size, false));
                    }
                    x as u64
                }
                // Big-endian 8-byte codes convert through a byte array.
                (b'q' | b'Q', _) if order == Order::Big => {
                    let fits = if unsigned { in_ulong } else { in_long };
                    if !fits {
                        return Err(struct_error(vm, "int too large to convert"));
                    }
                    x as u64
                }
                _ if unsigned => {
                    if !in_ulong {
                        return Err(out_of_range());
                    }
                    x as u64
                }
                _ => {
                    if !in_long {
                        return Err(out_of_range());
                    }
                    x as u64
                }
            };
            put(out, order, &w.to_le_bytes()[..size]);
        }
    }
    Ok(())
}

/// Packs `values` by `f` into `out` (of exactly `f.size` bytes, zero-filled).
fn pack_into_slice(vm: &Vm, f: &Format, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut vi = 0;
    for it in &f.items {
        let isz = code_size(it.code, f.order).unwrap_or(1);
        match it.code {
            b'x' => {}
            b's' | b'p' => {
                let v = &values[vi];
                vi += 1;
                let data = match bytes::as_bytes_like(v) {
                    Some(d) => d,
                    None => {
                        return Err(struct_error(
                            vm,
                            format!("argument for '{}' must be a bytes object", it.code as char),
                        ))
                    }
                };
                let dst = &mut out[it.offset..it.offset + it.count];
                if it.code == b's' {
                    let n = data.len().min(it.count);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1).min(255);
                    dst[0] = n as u8;
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            _ => {
                for k in 0..it.count {
                    let off = it.offset + k * isz;
                    pack_one(vm, it.code, f.order, &values[vi], &mut out[off..off + isz])?;
                    vi += 1;
                }
            }
        }
    }
    Ok(())
}

fn pack_values(vm: &Vm, f: &Format, values: &[Value]) -> PyResult<Vec<u8>> {
    if values.len() != f.nvalues {
        return Err(struct_error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                f.nvalues,
                values.len()
            ),
        ));
    }
    let mut out = zeroed(vm, f.size)?;
    pack_into_slice(vm, f, values, &mut out)?;
    Ok(out)
}

/// `size` zero bytes, or MemoryError (a format may describe far more than memory holds).
fn zeroed(vm: &Vm, size: usize) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    out.try_reserve_exact(size).map_err(|_| vm.memory_error())?;
    out.resize(size, 0);
    Ok(out)
}

// ---- unpacking ------------------------------------------------------------------------------

fn get_le(data: &[u8], order: Order) -> u64 {
    let mut w = 0u64;
    match order {
        Order::Big => {
            for &b in data {
                w = (w << 8) | u64::from(b);
            }
        }
        _ => {
            for &b in data.iter().rev() {
                w = (w << 8) | u64::from(b);
            }
        }
    }
    w
}

fn unpack_one(code: u8, order: Order, data: &[u8]) -> Value {
    let size = data.len();
    let w = get_le(data, order);
    match code {
        b'c' => bytes::new_bytes(vec![data[0]]),
        b'?' => int::new_bool(data[0] != 0),
        b'e' => float::new_float(unpack_half(w as u16)),
        b'f' => float::new_float(f64::from(f32::from_bits(w as u32))),
        b'd' => float::new_float(f64::from_bits(w)),
        b'B' | b'H' | b'I' | b'L' | b'Q' | b'N' | b'P' => {
            if w > i64::MAX as u64 {
                int::new_int_big(BigInt::from(w))
            } else {
                int::new_int(w as i64)
            }
        }
        _ => {
            // Sign-extend from `size` bytes.
            let shift = 64 - 8 * size as u32;
            int::new_int(((w << shift) as i64) >> shift)
        }
    }
}

fn unpack_values(f: &Format, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(f.nvalues);
    for it in &f.items {
        let isz = code_size(it.code, f.order).unwrap_or(1);
        match it.code {
            b'x' => {}
            b's' => out.push(bytes::new_bytes(
                data[it.offset..it.offset + it.count].to_vec(),
            )),
            b'p' => {
                if it.count == 0 {
                    out.push(bytes::new_bytes(Vec::new()));
                } else {
                    let n = usize::from(data[it.offset]).min(it.count - 1);
                    out.push(bytes::new_bytes(
                        data[it.offset + 1..it.offset + 1 + n].to_vec(),
                    ));
                }
            }
            _ => {
                for k in 0..it.count {
                    let off = it.offset + k * isz;
                    out.push(unpack_one(it.code, f.order, &data[off..off + isz]));
                }
            }
        }
    }
    tuple::new_tuple(out)
}

// ---- the Struct type ------------------------------------------------------------------------

/// The payload of `_struct.Struct`: the format text and its parsed form (immutable).
pub struct StructObj {
    format: String,
    parsed: Format,
}

static STRUCT_TYPE: LazyType = LazyType::new();

impl Payload for StructObj {
    fn class() -> &'static TypeObject {
        struct_type()
    }
}

fn struct_type() -> &'static TypeObject {
    STRUCT_TYPE.get(|| {
        new_type::<StructObj>("_struct.Struct", None, true, |t| {
            t.slots.new.set(Some(struct_new));
            add_method(t, "pack", s_pack);
            add_method(t, "pack_into", s_pack_into);
            add_method(t, "unpack", s_unpack);
            add_method(t, "unpack_from", s_unpack_from);
            add_method(t, "iter_unpack", s_iter_unpack);
            crate::types::descriptors::add_getset(
                t,
                "format",
                |vm, v| Ok(pystr::new_str(&this(vm, v)?.format)),
                None,
            );
            crate::types::descriptors::add_getset(
                t,
                "size",
                |vm, v| Ok(int::new_int(this(vm, v)?.parsed.size as i64)),
                None,
            );
        })
    })
}

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a StructObj> {
    v.downcast::<StructObj>()
        .ok_or_else(|| vm.type_error("descriptor requires a '_struct.Struct' object"))
}

/// Parses a format argument (str or bytes).
fn format_arg(vm: &Vm, v: &Value) -> PyResult<(String, Format)> {
    let text = if let Some(s) = pystr::as_str(v) {
        s.to_string()
    } else if let Some(b) = bytes::as_bytes(v) {
        String::from_utf8_lossy(b).into_owned()
    } else {
        return Err(vm.type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            v.ty().name()
        )));
    };
    let parsed = parse_format(text.as_bytes()).map_err(|m| struct_error(vm, m))?;
    Ok((text, parsed))
}

fn struct_new(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let p = Args::new("Struct", &["format"]).parse(vm, args, kwnames, 1)?;
    let fmt = p[0].clone().unwrap_or_else(none::none);
    let (format, parsed) = format_arg(vm, &fmt)?;
    crate::types::object::alloc_subclass_instance(vm, cls, StructObj { format, parsed })
}

fn s_pack(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "pack", kwnames)?;
    let s = this(vm, &args[0])?;
    Ok(bytes::new_bytes(pack_values(vm, &s.parsed, &args[1..])?))
}

fn s_unpack(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "unpack", kwnames)?;
    check_count(vm, "unpack", args.len().saturating_sub(1), 1, 1)?;
    let s = this(vm, &args[0])?;
    unpack_impl(vm, &s.parsed, &args[1])
}

fn unpack_impl(vm: &Vm, f: &Format, buf: &Value) -> PyResult<Value> {
    let data = buffer_arg(vm, buf)?;
    if data.len() != f.size {
        return Err(struct_error(
            vm,
            format!("unpack requires a buffer of {} bytes", f.size),
        ));
    }
    Ok(unpack_values(f, &data))
}

fn unpack_from_impl(vm: &Vm, f: &Format, buf: &Value, offset: Option<&Value>) -> PyResult<Value> {
    let data = buffer_arg(vm, buf)?;
    let mut off = match offset {
        Some(o) => slice::to_index(vm, o, Overflow::SsizeT)?,
        None => 0,
    };
    let len = data.len() as isize;
    if off < 0 {
        if off + len < 0 {
            return Err(struct_error(
                vm,
                format!("offset {off} out of range for {len}-byte buffer"),
            ));
        }
        if off + f.size as isize > 0 {
            return Err(struct_error(
                vm,
                format!("not enough data to unpack {} bytes at offset {off}", f.size),
            ));
        }
        off += len;
    }
    if len - off < f.size as isize {
        return Err(struct_error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at \
                 offset {} (actual buffer size is {})",
                f.size as isize + off,
                f.size,
                off,
                len
            ),
        ));
    }
    let off = off as usize;
    Ok(unpack_values(f, &data[off..off + f.size]))
}

fn s_unpack_from(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let s = this(vm, &args[0])?;
    let p = Args::new("unpack_from", &["buffer", "offset"]).parse(vm, &args[1..], kwnames, 1)?;
    let buf = p[0].clone().unwrap_or_else(none::none);
    unpack_from_impl(vm, &s.parsed, &buf, p[1].as_ref())
}

fn iter_unpack_impl(vm: &Vm, f: &Format, buf: &Value) -> PyResult<Value> {
    let data = buffer_arg(vm, buf)?;
    if f.size == 0 {
        return Err(struct_error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % f.size != 0 {
        return Err(struct_error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                f.size
            ),
        ));
    }
    let items: Vec<Value> = data
        .chunks_exact(f.size)
        .map(|chunk| unpack_values(f, chunk))
        .collect();
    ops::iter(vm, &list::new_list(items))
}

fn s_iter_unpack(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "iter_unpack", kwnames)?;
    check_count(vm, "iter_unpack", args.len().saturating_sub(1), 1, 1)?;
    let s = this(vm, &args[0])?;
    iter_unpack_impl(vm, &s.parsed, &args[1])
}

/// Writes `data` into writable buffer `buf` at `off` (bytearray or array.array).
fn write_buffer(vm: &Vm, buf: &Value, off: usize, data: Vec<u8>) -> PyResult<()> {
    if crate::modules::array::array_write_bytes(buf, off, &data) {
        return Ok(());
    }
    let end = off + data.len();
    let key = crate::types::slice::new_slice(
        int::new_int(off as i64),
        int::new_int(end as i64),
        none::none(),
    );
    ops::setitem(vm, buf, &key, bytes::new_bytes(data))
}

fn pack_into_impl(vm: &Vm, f: &Format, args: &[Value]) -> PyResult<Value> {
    let Some(buf) = args.first() else {
        return Err(struct_error(vm, "pack_into expected buffer argument"));
    };
    let Some(offset) = args.get(1) else {
        return Err(struct_error(vm, "pack_into expected offset argument"));
    };
    let values = &args[2..];
    if values.len() != f.nvalues {
        return Err(struct_error(
            vm,
            format!(
                "pack_into expected {} items for packing (got {})",
                f.nvalues,
                values.len()
            ),
        ));
    }
    let writable = buf.ty().is_subtype(builtin().bytearray)
        || crate::modules::array::array_bytes(buf).is_some();
    if !writable {
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            buf.ty().name()
        )));
    }
    let len = buffer_arg(vm, buf)?.len() as isize;
    let mut off = slice::to_index(vm, offset, Overflow::SsizeT)?;
    let size = f.size as isize;
    if off < 0 {
        if off + size > 0 {
            return Err(struct_error(
                vm,
                format!("no space to pack {size} bytes at offset {off}"),
            ));
        }
        if off + len < 0 {
            return Err(struct_error(
                vm,
                format!("offset {off} out of range for {len}-byte buffer"),
            ));
        }
        off += len;
    }
    if len - off < size {
        return Err(struct_error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at \
                 offset {} (actual buffer size is {})",
                size + off,
                size,
                off,
                len
            ),
        ));
    }
    let mut out = zeroed(vm, f.size)?;
    pack_into_slice(vm, f, values, &mut out)?;
    write_buffer(vm, buf, off as usize, out)?;
    Ok(none::none())
}

fn s_pack_into(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "pack_into", kwnames)?;
    let s = this(vm, &args[0])?;
    pack_into_impl(vm, &s.parsed, &args[1..])
}

// ---- module functions ------------------------------------------------------------------------

pub fn init(vm: &Vm, d: &Value) -> PyResult<()> {
    dict::dict_set_str(d, "Struct", struct_type().to_value());
    dict::dict_set_str(d, "error", error_class(vm)?.clone());
    add_function(d, "_struct", "pack", m_pack);
    add_function(d, "_struct", "unpack", m_unpack);
    add_function(d, "_struct", "calcsize", m_calcsize);
    add_function(d, "_struct", "iter_unpack", m_iter_unpack);
    add_function(d, "_struct", "pack_into", m_pack_into);
    add_function(d, "_struct", "unpack_from", m_unpack_from);
    add_function(d, "_struct", "_clearcache", m_clearcache);
    Ok(())
}

fn m_pack(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "pack", kwnames)?;
    let Some(fmt) = args.first() else {
        return Err(vm.type_error("missing format argument"));
    };
    let (_, f) = format_arg(vm, fmt)?;
    Ok(bytes::new_bytes(pack_values(vm, &f, &args[1..])?))
}

fn m_unpack(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "unpack", kwnames)?;
    check_count(vm, "unpack", args.len(), 2, 2)?;
    let (_, f) = format_arg(vm, &args[0])?;
    unpack_impl(vm, &f, &args[1])
}

fn m_calcsize(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "calcsize", kwnames)?;
    check_count(vm, "calcsize", args.len(), 1, 1)?;
    let (_, f) = format_arg(vm, &args[0])?;
    Ok(int::new_int(f.size as i64))
}

fn m_iter_unpack(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "iter_unpack", kwnames)?;
    check_count(vm, "iter_unpack", args.len(), 2, 2)?;
    let (_, f) = format_arg(vm, &args[0])?;
    iter_unpack_impl(vm, &f, &args[1])
}

fn m_pack_into(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "pack_into", kwnames)?;
    let Some(fmt) = args.first() else {
        return Err(vm.type_error("missing format argument"));
    };
    let (_, f) = format_arg(vm, fmt)?;
    pack_into_impl(vm, &f, &args[1..])
}

fn m_unpack_from(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let p = Args::new("unpack_from", &["format", "/", "buffer", "offset"])
        .parse(vm, args, kwnames, 2)?;
    let fmt = p[0].clone().unwrap_or_else(none::none);
    let buf = p[1].clone().unwrap_or_else(none::none);
    let (_, f) = format_arg(vm, &fmt)?;
    unpack_from_impl(vm, &f, &buf, p[2].as_ref())
}

fn m_clearcache(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "_clearcache", kwnames)?;
    check_count(vm, "_clearcache", args.len(), 0, 0)?;
    Ok(none::none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_alignment() {
        let f = parse_format(b"bi0l").unwrap();
        assert_eq!(f.size, 8);
        assert_eq!(parse_format(b"=ci").unwrap().size, 5);
        assert_eq!(parse_format(b"ci").unwrap().size, 8);
        assert_eq!(parse_format(b"<5si").unwrap().size, 9);
        assert!(parse_format(b"<P").is_err());
    }

    #[test]
    fn half_floats() {
        assert_eq!(pack_half(1.0), Some(0x3c00));
        assert_eq!(pack_half(65504.0), Some(0x7bff));
        assert_eq!(pack_half(65520.0), None);
        assert_eq!(pack_half(2f64.powi(-24) * 1.5), Some(2));
        assert_eq!(pack_half(2f64.powi(-25)), Some(0));
        assert_eq!(unpack_half(0x3c00), 1.0);
        assert_eq!(unpack_half(0x0001), 2f64.powi(-24));
    }
}
