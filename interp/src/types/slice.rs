//! `slice` objects, and the index conversions every sequence type shares.
//!
//! Owns: the `slice` type (attributes, `indices()`, repr, comparison, the per-thread cache
//! of one freed slice block that `new_slice` reuses), CPython's
//! `PySlice_Unpack`/`PySlice_AdjustIndices` (`SliceObj::indices`), and the helpers that turn
//! an index-like value (`int`, `bool`, anything with `__index__`) into a machine index with
//! each of CPython's overflow behaviours. Must not: know any particular sequence's storage.

use std::cell::Cell;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::bytecode::CompareOp;
use crate::object::{ObjHeader, Payload, PyObj, Value};
use crate::types::descriptors::add_getset;
use crate::types::int::{self, IntRef};
use crate::types::native::{add_method, check_count, no_kwargs};
use crate::types::{builtin, none, str::new_string, TypeObject, TypeSpec};
use crate::vm::{PyResult, Vm};

/// A slice object: three arbitrary values, as Python wrote them.
pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Payload for SliceObj {
    fn class() -> &'static TypeObject {
        builtin().slice
    }
}

/// A new slice object.
#[inline]
pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    let block = SLICE_CACHE
        .try_with(|c| c.replace(std::ptr::null_mut()))
        .unwrap_or(std::ptr::null_mut());
    if block.is_null() {
        return Value::alloc(builtin().slice, SliceObj { start, stop, step });
    }
    // SAFETY: the cached block is an unused allocation of a `PyObj<SliceObj>`, now owned
    // here; it is initialised whole, as `Value::alloc` would (`slice` is immortal: no type
    // reference to take).
    unsafe {
        block.write(PyObj {
            header: ObjHeader::new(builtin().slice),
            payload: SliceObj { start, stop, step },
        });
        Value::from_raw(block as usize)
    }
}

thread_local! {
    /// One freed slice block kept for the next `new_slice` on this thread (CPython keeps
    /// one too): nearly every slice lives for one subscript, so `a[i:j]` in a loop
    /// allocates no memory. A plain allocation, so any thread may free or reuse it.
    static SLICE_CACHE: Cell<*mut PyObj<SliceObj>> = const { Cell::new(std::ptr::null_mut()) };
}

/// The deallocator of slices: releases the bounds, then keeps the block in the thread's
/// cache when it is empty.
///
/// # Safety
/// `obj` is a slice whose count reached zero.
unsafe fn slice_dealloc(obj: *mut ObjHeader) {
    let p = obj as *mut PyObj<SliceObj>;
    // SAFETY: the object is dead and nothing else references it; its payload is dropped
    // exactly once, here (that may run Python code, which may use the cache: it is only
    // read below).
    unsafe { std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).payload)) };
    let kept = SLICE_CACHE
        .try_with(|c| {
            if c.get().is_null() {
                c.set(p);
                true
            } else {
                false
            }
        })
        .unwrap_or(false);
    if !kept {
        // SAFETY: the block was allocated as a `Box<PyObj<SliceObj>>` by `Value::alloc`
        // (or reused from the cache, which only holds such blocks); its payload is already
        // dropped and its header owns nothing.
        drop(unsafe { Box::from_raw(p as *mut std::mem::MaybeUninit<PyObj<SliceObj>>) });
    }
}

/// Frees this thread's cached slice block (at thread exit).
pub fn free_thread_slices() {
    let _ = SLICE_CACHE.try_with(|c| {
        let p = c.replace(std::ptr::null_mut());
        if !p.is_null() {
            // SAFETY: a cached block: allocated as a `Box<PyObj<SliceObj>>`, holding nothing
            // to drop.
            drop(unsafe { Box::from_raw(p as *mut std::mem::MaybeUninit<PyObj<SliceObj>>) });
        }
    });
}

/// The slice payload of `v`, if it is a slice.
pub fn as_slice(v: &Value) -> Option<&SliceObj> {
    v.downcast::<SliceObj>()
}

// ---- index conversions ------------------------------------------------------------------

/// What to do when an index-like value does not fit a machine index.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Overflow {
    /// Clamp to `isize::MIN..=isize::MAX` (`PyNumber_AsSsize_t(v, NULL)`).
    Clamp,
    /// IndexError "cannot fit 'int' into an index-sized integer" (subscripts).
    IndexError,
    /// OverflowError "cannot fit 'int' into an index-sized integer" (sequence repeat).
    OverflowError,
    /// OverflowError "Python int too large to convert to C ssize_t" (`PyLong_AsSsize_t`).
    SsizeT,
}

/// `v.__index__()` as an int value, or `None` if `v`'s type has no `__index__`.
pub fn index_value(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    if int::as_int(v).is_some() {
        return Ok(Some(v.clone()));
    }
    match v.ty().slots.index.get() {
        Some(f) => {
            let r = f(vm, v)?;
            if int::as_int(&r).is_none() {
                return Err(vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    r.ty().name()
                )));
            }
            Ok(Some(r))
        }
        None => Ok(None),
    }
}

/// True if `v` can be used as an index (`PyIndex_Check`).
pub fn is_index(v: &Value) -> bool {
    int::as_int(v).is_some() || v.ty().slots.index.is_set()
}

/// Converts an int value (as returned by `index_value`) to `isize` per `mode`.
pub fn int_to_isize(vm: &Vm, v: &Value, mode: Overflow) -> PyResult<isize> {
    match int::as_int(v) {
        Some(IntRef::Small(i)) => Ok(i as isize),
        Some(IntRef::Big(b)) => match b.to_isize() {
            Some(i) => Ok(i),
            None => match mode {
                Overflow::Clamp => Ok(if b.is_negative() {
                    isize::MIN
                } else {
                    isize::MAX
                }),
                Overflow::IndexError => {
                    Err(vm.index_error("cannot fit 'int' into an index-sized integer"))
                }
                Overflow::OverflowError => {
                    Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
                }
                Overflow::SsizeT => {
                    Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
                }
            },
        },
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.ty().name()
        ))),
    }
}

/// `v` as a machine index if it is index-like (`None` otherwise), converting per `mode`.
pub fn try_index(vm: &Vm, v: &Value, mode: Overflow) -> PyResult<Option<isize>> {
    if let Some(IntRef::Small(i)) = int::as_int(v) {
        return Ok(Some(i as isize));
    }
    match index_value(vm, v)? {
        Some(iv) => int_to_isize(vm, &iv, mode).map(Some),
        None => Ok(None),
    }
}

/// `v` as a machine index; TypeError "'X' object cannot be interpreted as an integer" if it
/// is not index-like.
pub fn to_index(vm: &Vm, v: &Value, mode: Overflow) -> PyResult<isize> {
    match try_index(vm, v, mode)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.ty().name()
        ))),
    }
}

/// `v.__index__()` as a BigInt, or `None` if not index-like.
pub fn try_index_big(vm: &Vm, v: &Value) -> PyResult<Option<BigInt>> {
    Ok(index_value(vm, v)?.and_then(|iv| int::to_bigint(&iv)))
}

/// `_PyEval_SliceIndex`: a slice bound (not None) as a clamped index.
pub fn slice_index(vm: &Vm, v: &Value) -> PyResult<isize> {
    match try_index(vm, v, Overflow::Clamp)? {
        Some(i) => Ok(i),
        None => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// `_PyEval_SliceIndexNotNone`: a `start`/`stop` argument of `index()`-style methods.
pub fn slice_index_not_none(vm: &Vm, v: &Value) -> PyResult<isize> {
    match try_index(vm, v, Overflow::Clamp)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

/// Normalises the optional `start`/`stop` arguments of `seq.index(x, start, stop)` against
/// `len` the way CPython does (negative values count from the end, clamped at 0).
pub fn index_range(
    vm: &Vm,
    start: Option<&Value>,
    stop: Option<&Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let len_i = len as isize;
    let mut s = match start {
        Some(v) => slice_index_not_none(vm, v)?,
        None => 0,
    };
    let mut e = match stop {
        Some(v) => slice_index_not_none(vm, v)?,
        None => isize::MAX,
    };
    if s < 0 {
        s += len_i;
        if s < 0 {
            s = 0;
        }
    }
    if e < 0 {
        e += len_i;
        if e < 0 {
            e = 0;
        }
    }
    Ok((s as usize, e.max(0) as usize))
}

impl SliceObj {
    /// `PySlice_Unpack`: (start, stop, step) with None replaced by the defaults and every
    /// bound clamped to the machine range.
    #[inline]
    pub fn unpack(&self, vm: &Vm) -> PyResult<(isize, isize, isize)> {
        // Bounds that are small ints or None (nearly all slices) need no conversion calls.
        let small = |v: &Value| v.as_small_int().map(|i| Some(i as isize));
        let bound = |v: &Value| {
            if none::is_none(v) {
                Some(None)
            } else {
                small(v)
            }
        };
        if let (Some(start), Some(stop), Some(step)) =
            (bound(&self.start), bound(&self.stop), bound(&self.step))
        {
            let step = match step {
                None => 1,
                Some(0) => return Err(vm.value_error("slice step cannot be zero")),
                // A small int is far from `isize::MIN`: no clamp needed.
                Some(s) => s,
            };
            let start = start.unwrap_or(if step < 0 { isize::MAX } else { 0 });
            let stop = stop.unwrap_or(if step < 0 { isize::MIN } else { isize::MAX });
            return Ok((start, stop, step));
        }
        self.unpack_slow(vm)
    }

    #[inline(never)]
    fn unpack_slow(&self, vm: &Vm) -> PyResult<(isize, isize, isize)> {
        let step = if none::is_none(&self.step) {
            1
        } else {
            let s = slice_index(vm, &self.step)?;
            if s == 0 {
                return Err(vm.value_error("slice step cannot be zero"));
            }
            s.max(-isize::MAX)
        };
        let start = if none::is_none(&self.start) {
            if step < 0 {
                isize::MAX
            } else {
                0
            }
        } else {
            slice_index(vm, &self.start)?
        };
        let stop = if none::is_none(&self.stop) {
            if step < 0 {
                isize::MIN
            } else {
                isize::MAX
            }
        } else {
            slice_index(vm, &self.stop)?
        };
        Ok((start, stop, step))
    }

    /// `PySlice_Unpack` then `PySlice_AdjustIndices` against a sequence of length `len`:
    /// (start, stop, step, slicelength).
    pub fn indices(&self, vm: &Vm, len: usize) -> PyResult<(isize, isize, isize, usize)> {
        let (start, stop, step) = self.unpack(vm)?;
        Ok(adjust_indices(len, start, stop, step))
    }
}

/// `PySlice_AdjustIndices`.
pub fn adjust_indices(
    len: usize,
    mut start: isize,
    mut stop: isize,
    step: isize,
) -> (isize, isize, isize, usize) {
    let length = len.min(isize::MAX as usize) as isize;
    if start < 0 {
        start += length;
        if start < 0 {
            start = if step < 0 { -1 } else { 0 };
        }
    } else if start >= length {
        start = if step < 0 { length - 1 } else { length };
    }
    if stop < 0 {
        stop += length;
        if stop < 0 {
            stop = if step < 0 { -1 } else { 0 };
        }
    } else if stop >= length {
        stop = if step < 0 { length - 1 } else { length };
    }
    let n = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    (start, stop, step, n)
}

// ---- the slice type -----------------------------------------------------------------------

pub fn make_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<SliceObj>("slice", Some(object)).dealloc(slice_dealloc));
    t.slots.new.set(Some(slice_new));
    t.slots.repr.set(Some(slice_repr));
    t.slots.richcompare.set(Some(slice_richcompare));
    t.slots.hash.set(Some(slice_hash));
    t
}

pub fn init_methods() {
    let t = builtin().slice;
    add_method(t, "indices", slice_indices);
    add_method(t, "__reduce__", slice_reduce);
    add_getset(t, "start", |_vm, v| Ok(slice_part(v, 0)), None);
    add_getset(t, "stop", |_vm, v| Ok(slice_part(v, 1)), None);
    add_getset(t, "step", |_vm, v| Ok(slice_part(v, 2)), None);
    crate::types::dict::dict_set_str(t.dict(), "__hash__", none::none());
}

fn slice_part(v: &Value, which: usize) -> Value {
    match as_slice(v) {
        Some(s) => match which {
            0 => s.start.clone(),
            1 => s.stop.clone(),
            _ => s.step.clone(),
        },
        None => none::none(),
    }
}

fn slice_new(vm: &Vm, _cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "slice", kwnames)?;
    match args.len() {
        0 => Err(vm.type_error("slice expected at least 1 argument, got 0")),
        1 => Ok(new_slice(none::none(), args[0].clone(), none::none())),
        2 => Ok(new_slice(args[0].clone(), args[1].clone(), none::none())),
        3 => Ok(new_slice(args[0].clone(), args[1].clone(), args[2].clone())),
        n => Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    }
}

fn slice_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let s = as_slice(v).ok_or_else(|| vm.type_error("expected a slice"))?;
    let a = crate::ops::repr_string(vm, &s.start)?;
    let b = crate::ops::repr_string(vm, &s.stop)?;
    let c = crate::ops::repr_string(vm, &s.step)?;
    Ok(new_string(format!("slice({a}, {b}, {c})")))
}

fn slice_hash(vm: &Vm, _v: &Value) -> PyResult<i64> {
    Err(vm.type_error("unhashable type: 'slice'"))
}

fn slice_richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_slice(a), as_slice(b)) else {
        return Ok(none::not_implemented());
    };
    let t1 = crate::types::tuple::new_tuple(vec![x.start.clone(), x.stop.clone(), x.step.clone()]);
    let t2 = crate::types::tuple::new_tuple(vec![y.start.clone(), y.stop.clone(), y.step.clone()]);
    crate::ops::richcompare(vm, &t1, &t2, op)
}

fn slice_reduce(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "__reduce__", kwnames)?;
    check_count(vm, "__reduce__", args.len().saturating_sub(1), 0, 0)?;
    let s = as_slice(&args[0]).ok_or_else(|| vm.type_error("expected a slice"))?;
    Ok(crate::types::tuple::new_tuple(vec![
        builtin().slice.to_value(),
        crate::types::tuple::new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]),
    ]))
}

/// `slice.indices(length)`: arbitrary-precision, as `_PySlice_GetLongIndices`.
fn slice_indices(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "indices", kwnames)?;
    check_count(vm, "indices", args.len().saturating_sub(1), 1, 1)?;
    let s = as_slice(&args[0]).ok_or_else(|| vm.type_error("expected a slice"))?;
    let length = match try_index_big(vm, &args[1])? {
        Some(l) => l,
        None => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                args[1].ty().name()
            )))
        }
    };
    if length.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = s.long_indices(vm, &length)?;
    Ok(crate::types::tuple::new_tuple(vec![
        int::new_int_big(start),
        int::new_int_big(stop),
        int::new_int_big(step),
    ]))
}

impl SliceObj {
    /// `_PySlice_GetLongIndices`: (start, stop, step) adjusted to a sequence of
    /// non-negative `length`, in arbitrary precision.
    pub fn long_indices(&self, vm: &Vm, length: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
        let bound = |v: &Value| -> PyResult<BigInt> {
            match try_index_big(vm, v)? {
                Some(b) => Ok(b),
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = if none::is_none(&self.step) {
            BigInt::from(1)
        } else {
            let st = bound(&self.step)?;
            if st.is_zero() {
                return Err(vm.value_error("slice step cannot be zero"));
            }
            st
        };
        let neg = step.is_negative();
        let (lower, upper) = if neg {
            (BigInt::from(-1), length - 1)
        } else {
            (BigInt::zero(), length.clone())
        };
        let clamp = |v: &Value, default: &BigInt| -> PyResult<BigInt> {
            if none::is_none(v) {
                return Ok(default.clone());
            }
            let mut i = bound(v)?;
            if i.is_negative() {
                i += length;
                if i < lower {
                    i = lower.clone();
                }
            } else if i > upper {
                i = upper.clone();
            }
            Ok(i)
        };
        let start = clamp(&self.start, if neg { &upper } else { &lower })?;
        let stop = clamp(&self.stop, if neg { &lower } else { &upper })?;
        Ok((start, stop, step))
    }
}
