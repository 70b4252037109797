//! `range` and its iterator.
//!
//! Owns: `RangeObj` (arbitrary-precision start/stop/step/length, with an `i64` fast form
//! when everything fits), the range type's behaviour (length, indexing and slicing to new
//! ranges, O(1) membership/count/index for ints, equality and hash as sequences, repr,
//! `reversed`), and `range_iterator`, whose fast form counts over `i64`.
//! Must not: materialise a range's elements (everything is computed arithmetically).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::bytecode::CompareOp;
use crate::object::{Payload, Value};
use crate::types::descriptors::add_getset;
use crate::types::int::{self, new_bool, new_int, new_int_big, IntRef};
use crate::types::native::{add_method, check_count, no_kwargs};
use crate::types::slice::{self, as_slice};
use crate::types::tuple::{hash_items, new_tuple};
use crate::types::{builtin, none, str::new_string, TypeObject, TypeSpec};
use crate::vm::{PyResult, Vm};

/// The `i64` form of a range whose bounds and length all fit.
#[derive(Clone, Copy, Debug)]
pub struct SmallRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: i64,
}

/// A range's payload.
pub struct RangeObj {
    /// The range in machine ints, when all four fit (nearly always).
    pub small: Option<SmallRange>,
    /// The range in big ints: made when first asked for (a range of small ints, as
    /// `for i in range(n)` makes, never needs them), or at creation for the others.
    big: OnceLock<BigRange>,
}

struct BigRange {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
    len: BigInt,
}

impl Payload for RangeObj {
    fn class() -> &'static TypeObject {
        builtin().range
    }
}

/// CPython's `compute_range_length`.
fn range_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if start < stop {
            (stop - start - 1u8) / step + 1u8
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - 1u8) / (-step) + 1u8
    } else {
        BigInt::zero()
    }
}

impl RangeObj {
    fn new(start: BigInt, stop: BigInt, step: BigInt) -> RangeObj {
        if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
            if let Some(r) = RangeObj::small_only(a, b, c) {
                return r;
            }
        }
        RangeObj::new_big(start, stop, step)
    }

    /// `range(start, stop, step)` of small ints (`step` not zero), without big ints unless
    /// its length does not fit an i64.
    pub fn new_small(start: i64, stop: i64, step: i64) -> RangeObj {
        RangeObj::small_only(start, stop, step)
            .unwrap_or_else(|| RangeObj::new_big(start.into(), stop.into(), step.into()))
    }

    /// The range in machine ints alone; `None` when its length does not fit an i64 (a huge
    /// span with step 1).
    fn small_only(start: i64, stop: i64, step: i64) -> Option<RangeObj> {
        debug_assert!(step != 0);
        let (lo, hi, by) = (start as i128, stop as i128, step as i128);
        let len = if by > 0 && lo < hi {
            (hi - lo - 1) / by + 1
        } else if by < 0 && lo > hi {
            (lo - hi - 1) / (-by) + 1
        } else {
            0
        };
        Some(RangeObj {
            small: Some(SmallRange {
                start,
                stop,
                step,
                len: i64::try_from(len).ok()?,
            }),
            big: OnceLock::new(),
        })
    }

    fn new_big(start: BigInt, stop: BigInt, step: BigInt) -> RangeObj {
        let len = range_len(&start, &stop, &step);
        RangeObj {
            small: None,
            big: OnceLock::from(BigRange {
                start,
                stop,
                step,
                len,
            }),
        }
    }

    fn big(&self) -> &BigRange {
        self.big.get_or_init(|| {
            let s = self.small.expect("a range without big ints has small ones");
            BigRange {
                start: s.start.into(),
                stop: s.stop.into(),
                step: s.step.into(),
                len: s.len.into(),
            }
        })
    }

    pub fn start(&self) -> &BigInt {
        &self.big().start
    }

    pub fn stop(&self) -> &BigInt {
        &self.big().stop
    }

    pub fn step(&self) -> &BigInt {
        &self.big().step
    }

    pub fn len_big(&self) -> &BigInt {
        &self.big().len
    }

    /// The `i`-th element (`0 <= i < len`).
    fn item(&self, i: &BigInt) -> BigInt {
        self.start() + i * self.step()
    }

    /// Whether int `x` is an element.
    fn contains_int(&self, x: &BigInt) -> bool {
        let inside = if self.step().is_positive() {
            self.start() <= x && x < self.stop()
        } else {
            self.stop() < x && x <= self.start()
        };
        inside && (x - self.start()).mod_floor(self.step()).is_zero()
    }
}

/// A new range (`step` must be non-zero).
pub fn new_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    Value::alloc(builtin().range, RangeObj::new(start, stop, step))
}

/// The payload of a range.
pub fn as_range(v: &Value) -> Option<&RangeObj> {
    v.downcast::<RangeObj>()
}

fn rng<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RangeObj> {
    as_range(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'range' object but received a '{}'",
            v.ty().name()
        ))
    })
}

/// `PyNumber_Index(v)` as a BigInt, with CPython's TypeError.
fn index_big(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(IntRef::Small(i)) = int::as_int(v) {
        return Ok(BigInt::from(i));
    }
    match slice::try_index_big(vm, v)? {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.ty().name()
        ))),
    }
}

/// True for values compared arithmetically (`PyLong_CheckExact || PyBool_Check`).
fn is_exact_int(v: &Value) -> bool {
    v.is_small_int() || v.is_exact(builtin().int) || v.is_exact(builtin().bool)
}

pub fn make_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<RangeObj>("range", Some(object)));
    t.slots.new.set(Some(range_new));
    t.slots.repr.set(Some(range_repr));
    t.slots.hash.set(Some(range_hash));
    t.slots.richcompare.set(Some(range_richcompare));
    t.slots.len.set(Some(range_len_slot));
    t.slots.bool_.set(Some(range_bool));
    t.slots.getitem.set(Some(range_getitem));
    t.slots.contains.set(Some(range_contains));
    t.slots.iter.set(Some(range_iter));
    t
}

pub fn make_iter_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<RangeIter>("range_iterator", Some(object)));
    t.slots.iter.set(Some(|_vm, v| Ok(v.clone())));
    t.slots.next.set(Some(rangeiter_next));
    t
}

pub fn init_methods() {
    let t = builtin().range;
    add_method(t, "count", range_count);
    add_method(t, "index", range_index);
    add_method(t, "__reversed__", range_reversed);
    add_method(t, "__reduce__", range_reduce);
    add_getset(
        t,
        "start",
        |vm, v| Ok(new_int_big(rng(vm, v)?.start().clone())),
        None,
    );
    add_getset(
        t,
        "stop",
        |vm, v| Ok(new_int_big(rng(vm, v)?.stop().clone())),
        None,
    );
    add_getset(
        t,
        "step",
        |vm, v| Ok(new_int_big(rng(vm, v)?.step().clone())),
        None,
    );
    add_method(
        builtin().range_iterator,
        "__length_hint__",
        rangeiter_length_hint,
    );
}

fn range_new(vm: &Vm, _cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "range", kwnames)?;
    // Small-int arguments (the `for i in range(n)` case) make no big ints at all.
    let small = |v: &Value| v.as_small_int();
    let bounds = match args {
        [stop] => small(stop).map(|e| (0, e, 1)),
        [start, stop] => small(start).zip(small(stop)).map(|(s, e)| (s, e, 1)),
        [start, stop, step] => small(start)
            .zip(small(stop))
            .zip(small(step))
            .map(|((s, e), d)| (s, e, d)),
        _ => None,
    };
    if let Some((start, stop, step)) = bounds.filter(|b| b.2 != 0) {
        return Ok(Value::alloc(
            builtin().range,
            RangeObj::new_small(start, stop, step),
        ));
    }
    let (start, stop, step) = match args.len() {
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        1 => (BigInt::zero(), index_big(vm, &args[0])?, BigInt::one()),
        2 => (
            index_big(vm, &args[0])?,
            index_big(vm, &args[1])?,
            BigInt::one(),
        ),
        3 => {
            let start = index_big(vm, &args[0])?;
            let stop = index_big(vm, &args[1])?;
            let step = index_big(vm, &args[2])?;
            if step.is_zero() {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            (start, stop, step)
        }
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    Ok(new_range(start, stop, step))
}

fn range_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let r = rng(vm, v)?;
    Ok(new_string(if r.step().is_one() {
        format!("range({}, {})", r.start(), r.stop())
    } else {
        format!("range({}, {}, {})", r.start(), r.stop(), r.step())
    }))
}

fn range_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let r = rng(vm, v)?;
    let len = new_int_big(r.len_big().clone());
    let (a, b) = if r.len_big().is_zero() {
        (none::none(), none::none())
    } else if r.len_big().is_one() {
        (new_int_big(r.start().clone()), none::none())
    } else {
        (
            new_int_big(r.start().clone()),
            new_int_big(r.step().clone()),
        )
    };
    let hashes = [
        crate::ops::hash(vm, &len)?,
        crate::ops::hash(vm, &a)?,
        crate::ops::hash(vm, &b)?,
    ];
    Ok(hash_items(&hashes))
}

fn range_equal(a: &RangeObj, b: &RangeObj) -> bool {
    if a.len_big() != b.len_big() {
        return false;
    }
    if a.len_big().is_zero() {
        return true;
    }
    if a.start() != b.start() {
        return false;
    }
    if a.len_big().is_one() {
        return true;
    }
    a.step() == b.step()
}

fn range_richcompare(_vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_range(a), as_range(b)) else {
        return Ok(none::not_implemented());
    };
    match op {
        CompareOp::Eq => Ok(new_bool(a.is(b) || range_equal(x, y))),
        CompareOp::Ne => Ok(new_bool(!(a.is(b) || range_equal(x, y)))),
        _ => Ok(none::not_implemented()),
    }
}

fn range_len_slot(vm: &Vm, v: &Value) -> PyResult<usize> {
    let r = rng(vm, v)?;
    if let Some(s) = r.small {
        return Ok(s.len as usize);
    }
    match r.len_big().to_isize() {
        Some(n) => Ok(n as usize),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_bool(vm: &Vm, v: &Value) -> PyResult<bool> {
    let r = rng(vm, v)?;
    Ok(match r.small {
        Some(s) => s.len != 0,
        None => !r.len_big().is_zero(),
    })
}

fn range_getitem(vm: &Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let r = rng(vm, v)?;
    if let (Some(s), Some(i)) = (r.small, key.as_small_int()) {
        let idx = if i < 0 {
            i as i128 + s.len as i128
        } else {
            i as i128
        };
        if idx < 0 || idx >= s.len as i128 {
            return Err(vm.index_error("range object index out of range"));
        }
        let x = s.start as i128 + idx * s.step as i128;
        return Ok(match i64::try_from(x) {
            Ok(x) => new_int(x),
            Err(_) => new_int_big(BigInt::from(x)),
        });
    }
    if slice::is_index(key) {
        let mut i = index_big(vm, key)?;
        if i.is_negative() {
            i += r.len_big();
        }
        if i.is_negative() || i >= *r.len_big() {
            return Err(vm.index_error("range object index out of range"));
        }
        return Ok(new_int_big(r.item(&i)));
    }
    if let Some(s) = as_slice(key) {
        let (start, stop, step) = s.long_indices(vm, r.len_big())?;
        let substep = r.step() * &step;
        let substart = r.item(&start);
        let substop = r.item(&stop);
        return Ok(new_range(substart, substop, substep));
    }
    Err(vm.type_error(format!(
        "range indices must be integers or slices, not {}",
        key.ty().name()
    )))
}

fn range_contains(vm: &Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let r = rng(vm, v)?;
    if is_exact_int(x) {
        if let (Some(s), Some(i)) = (r.small, x.as_small_int()) {
            let inside = if s.step > 0 {
                s.start <= i && i < s.stop
            } else {
                s.stop < i && i <= s.start
            };
            return Ok(inside && (i as i128 - s.start as i128).rem_euclid(s.step as i128) == 0);
        }
        if let Some(b) = int::to_bigint(x) {
            return Ok(r.contains_int(&b));
        }
    }
    let it = range_iter(vm, v)?;
    while let Some(item) = crate::ops::next(vm, &it)? {
        if crate::ops::eq(vm, &item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn nargs(args: &[Value], kwnames: Option<&[Value]>) -> usize {
    args.len()
        .saturating_sub(1 + kwnames.map_or(0, |k| k.len()))
}

fn range_count(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "range.count", kwnames)?;
    check_count(vm, "range.count", nargs(args, kwnames), 1, 1)?;
    let x = &args[1];
    if is_exact_int(x) {
        return Ok(new_int(range_contains(vm, &args[0], x)? as i64));
    }
    let it = range_iter(vm, &args[0])?;
    let mut n = 0i64;
    while let Some(item) = crate::ops::next(vm, &it)? {
        if crate::ops::eq(vm, &item, x)? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn range_index(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "range.index", kwnames)?;
    check_count(vm, "range.index", nargs(args, kwnames), 1, 1)?;
    let r = rng(vm, &args[0])?;
    let x = &args[1];
    if is_exact_int(x) {
        if let Some(b) = int::to_bigint(x) {
            if r.contains_int(&b) {
                return Ok(new_int_big((b - r.start()) / r.step()));
            }
        }
        let s = crate::ops::repr_string(vm, x)?;
        return Err(vm.value_error(format!("{s} is not in range")));
    }
    let it = range_iter(vm, &args[0])?;
    let mut i = 0i64;
    while let Some(item) = crate::ops::next(vm, &it)? {
        if crate::ops::eq(vm, &item, x)? {
            return Ok(new_int(i));
        }
        i += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn range_reversed(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "range.__reversed__", kwnames)?;
    let r = rng(vm, &args[0])?;
    if let Some(s) = r.small {
        // The last element lies between start and stop, so it fits; `-step` may not.
        let last = s.start + (s.len - 1).max(0) * s.step;
        if let Some(back) = s.step.checked_neg() {
            return Ok(small_range_iter(last, back, s.len as u64));
        }
    }
    let last = if r.len_big().is_zero() {
        r.start().clone()
    } else {
        r.item(&(r.len_big() - 1u8))
    };
    Ok(new_range_iter(last, -r.step(), r.len_big().clone()))
}

fn range_reduce(vm: &Vm, args: &[Value], _kwnames: Option<&[Value]>) -> PyResult<Value> {
    let r = rng(vm, &args[0])?;
    Ok(new_tuple(vec![
        builtin().range.to_value(),
        new_tuple(vec![
            new_int_big(r.start().clone()),
            new_int_big(r.stop().clone()),
            new_int_big(r.step().clone()),
        ]),
    ]))
}

fn range_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    let r = rng(vm, v)?;
    if let Some(s) = r.small {
        return Ok(small_range_iter(s.start, s.step, s.len as u64));
    }
    Ok(new_range_iter(
        r.start().clone(),
        r.step().clone(),
        r.len_big().clone(),
    ))
}

// ---- the iterator --------------------------------------------------------------------------

enum IterKind {
    /// Every element fits in i64 (they lie between start and stop).
    Small { start: i64, step: i64, len: u64 },
    Big {
        start: BigInt,
        step: BigInt,
        len: BigInt,
    },
}

/// `range_iterator`: yields `start + i * step` for `i` in `0..len`.
pub struct RangeIter {
    kind: IterKind,
    /// How many items were taken.
    index: AtomicU64,
}

impl Payload for RangeIter {
    fn class() -> &'static TypeObject {
        builtin().range_iterator
    }
}

/// A range iterator over `start, start + step, ...` (`len` items).
/// An iterator over `len` elements from `start` by `step`, all of which fit an i64.
fn small_range_iter(start: i64, step: i64, len: u64) -> Value {
    Value::alloc(
        builtin().range_iterator,
        RangeIter {
            kind: IterKind::Small { start, step, len },
            index: AtomicU64::new(0),
        },
    )
}

fn new_range_iter(start: BigInt, step: BigInt, len: BigInt) -> Value {
    let last_ok = len.is_zero() || (&start + (&len - 1u8) * &step).to_i64().is_some();
    if let (Some(s), Some(st), Some(n), true) =
        (start.to_i64(), step.to_i64(), len.to_u64(), last_ok)
    {
        return small_range_iter(s, st, n);
    }
    let kind = IterKind::Big { start, step, len };
    Value::alloc(
        builtin().range_iterator,
        RangeIter {
            kind,
            index: AtomicU64::new(0),
        },
    )
}

impl RangeIter {
    /// The next element if this iterator counts over `i64` (`None` when exhausted or not
    /// small): the fast path for `FOR_ITER` specialisations.
    #[inline]
    pub fn next_small(&self) -> Option<Option<i64>> {
        match &self.kind {
            IterKind::Small { start, step, len } => {
                let i = self.index.load(Ordering::Relaxed);
                if i >= *len {
                    return Some(None);
                }
                self.index.store(i + 1, Ordering::Relaxed);
                let x = *start as i128 + i as i128 * *step as i128;
                Some(Some(x as i64))
            }
            IterKind::Big { .. } => None,
        }
    }

    fn remaining(&self) -> BigInt {
        let i = self.index.load(Ordering::Relaxed);
        match &self.kind {
            IterKind::Small { len, .. } => BigInt::from(len.saturating_sub(i)),
            IterKind::Big { len, .. } => {
                let r = len - BigInt::from(i);
                if r.is_negative() {
                    BigInt::zero()
                } else {
                    r
                }
            }
        }
    }
}

fn rangeiter_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = v
        .downcast::<RangeIter>()
        .ok_or_else(|| vm.type_error("expected a range iterator"))?;
    match &it.kind {
        IterKind::Small { .. } => Ok(it.next_small().flatten().map(new_int)),
        IterKind::Big { start, step, len } => {
            let i = it.index.load(Ordering::Relaxed);
            let bi = BigInt::from(i);
            if &bi >= len {
                return Ok(None);
            }
            it.index.store(i + 1, Ordering::Relaxed);
            Ok(Some(new_int_big(start + bi * step)))
        }
    }
}

fn rangeiter_length_hint(vm: &Vm, args: &[Value], _kwnames: Option<&[Value]>) -> PyResult<Value> {
    let it = args[0]
        .downcast::<RangeIter>()
        .ok_or_else(|| vm.type_error("expected a range iterator"))?;
    Ok(new_int_big(it.remaining()))
}
