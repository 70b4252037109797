//! `tuple`: the immutable sequence, plus the sequence algorithms lists share with it.
//!
//! Owns: `TupleObj` and the tuple type's behaviour (construction, repr, CPython's xxHash
//! tuple hash, lexicographic comparison, indexing and slicing, concatenation, repetition,
//! `count`/`index`), and the generic helpers for comparing, searching and repeating
//! sequences of values that `list` reuses. Must not: mutate a tuple after it is published
//! (tuples have no lock; their items are fixed at creation), except one whose only
//! reference its caller holds (`reuse_result`).

use std::sync::OnceLock;

use crate::bytecode::CompareOp;
use crate::object::{Payload, Value};
use crate::types::int::{new_bool, new_int};
use crate::types::list::{repr_enter, ReprGuard};
use crate::types::native::{add_method, check_count, no_kwargs};
use crate::types::slice::{self, as_slice, Overflow};
use crate::types::{builtin, none, str::new_string, TypeObject, TypeSpec};
use crate::vm::{PyResult, Vm};

/// A tuple's payload: its items, fixed at creation.
pub struct TupleObj {
    pub items: Box<[Value]>,
}

impl Drop for TupleObj {
    fn drop(&mut self) {
        drop_reversed(std::mem::take(&mut self.items).into_vec());
    }
}

/// Releases items last first, as CPython's tuple and list deallocation and removal do
/// (finalizers run in that order).
pub(crate) fn drop_reversed(mut items: Vec<Value>) {
    while let Some(v) = items.pop() {
        drop(v);
    }
}

impl Payload for TupleObj {
    fn class() -> &'static TypeObject {
        builtin().tuple
    }
}

static EMPTY: OnceLock<usize> = OnceLock::new();

/// The empty tuple (a shared immortal singleton, as in CPython: `() is ()`).
pub fn empty_tuple() -> Value {
    let raw = *EMPTY.get_or_init(|| {
        Value::alloc_immortal(
            builtin().tuple,
            TupleObj {
                items: Box::new([]),
            },
        )
        .into_raw()
    });
    // SAFETY: `raw` is an immortal object made above and never freed; immortal objects
    // ignore reference counting, so copying the word is a valid new reference.
    unsafe { Value::from_raw(raw) }
}

/// A new tuple holding `items`.
pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return empty_tuple();
    }
    Value::alloc(
        builtin().tuple,
        TupleObj {
            items: items.into_boxed_slice(),
        },
    )
}

/// Refills `t`, an exact tuple of `items.len()` items that the caller holds the only
/// reference to, with `items`, which then hold its old items (for the caller to drop);
/// false, nothing changed, if `t` does not qualify. What `enumerate` and `zip` do with the
/// result tuple they keep when the loop that took it has dropped it (CPython reuses it
/// the same way): nobody else can see the tuple change.
fn refill_unshared(t: &Value, items: &mut [Value]) -> bool {
    let fits = t.is_exact(builtin().tuple)
        && as_tuple(t).is_some_and(|x| x.len() == items.len())
        // SAFETY: `t` is a live heap value (an exact tuple) the caller holds a reference to.
        && unsafe { crate::object::refcount::is_sole_reference(t.as_header_ptr()) };
    if !fits {
        return false;
    }
    let obj = t.as_header_ptr() as *mut crate::object::PyObj<TupleObj>;
    // SAFETY: the caller's reference is the only one (checked above), so no other reader
    // exists on any thread and no Rust reference into the payload is live; the object was
    // allocated mutable by `Value::alloc`.
    let slots = unsafe { &mut (*obj).payload.items };
    slots.swap_with_slice(items);
    true
}

/// The result tuple of an iterator that keeps its first one and reuses it (`enumerate`,
/// `zip`, as CPython's): `keep`'s tuple refilled with `items` when only the iterator still
/// references it, otherwise a fresh tuple, kept when none is yet. `items` is left holding
/// what the caller drops once it has released its lock (the replaced items, or `None`s):
/// their finalizers may run Python code.
pub fn reuse_result(keep: &mut Option<Value>, items: &mut [Value]) -> Value {
    if let Some(t) = keep {
        if refill_unshared(t, items) {
            return t.clone();
        }
    }
    let t = new_tuple(
        items
            .iter_mut()
            .map(|x| std::mem::replace(x, crate::types::none::none()))
            .collect(),
    );
    if keep.is_none() {
        *keep = Some(t.clone());
    }
    t
}

/// The items of a tuple (or tuple subclass instance).
#[inline]
pub fn as_tuple(v: &Value) -> Option<&[Value]> {
    v.downcast::<TupleObj>().map(|t| &*t.items)
}

fn tup<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a [Value]> {
    as_tuple(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'tuple' object but received a '{}'",
            v.ty().name()
        ))
    })
}

// ---- CPython's tuple hash ------------------------------------------------------------------

/// CPython 3.11's tuple hash (xxHash-based) of the given item hashes.
#[inline]
pub fn hash_items(item_hashes: &[i64]) -> i64 {
    crate::numeric::hash_tuple(item_hashes)
}

// ---- generic sequence helpers (shared with list) -------------------------------------------

/// Lexicographic rich comparison of two sequences read through `get` (`None` past the end;
/// lists may change length while their items' `__eq__` runs), as CPython's
/// `list_richcompare`/`tuplerichcompare`.
pub fn seq_richcompare(
    vm: &Vm,
    len_a: &dyn Fn() -> usize,
    get_a: &dyn Fn(usize) -> Option<Value>,
    len_b: &dyn Fn() -> usize,
    get_b: &dyn Fn(usize) -> Option<Value>,
    op: CompareOp,
) -> PyResult<Value> {
    if len_a() != len_b() && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(new_bool(op == CompareOp::Ne));
    }
    let mut i = 0usize;
    let differing = loop {
        let (Some(x), Some(y)) = (get_a(i), get_b(i)) else {
            break None;
        };
        if !x.is(&y) && !crate::ops::eq(vm, &x, &y)? {
            break Some((x, y));
        }
        i += 1;
    };
    match differing {
        None => {
            let (la, lb) = (len_a(), len_b());
            Ok(new_bool(match op {
                CompareOp::Lt => la < lb,
                CompareOp::Le => la <= lb,
                CompareOp::Eq => la == lb,
                CompareOp::Ne => la != lb,
                CompareOp::Gt => la > lb,
                CompareOp::Ge => la >= lb,
            }))
        }
        Some((x, y)) => match op {
            CompareOp::Eq => Ok(new_bool(false)),
            CompareOp::Ne => Ok(new_bool(true)),
            _ => {
                let _g = vm.enter(" in comparison")?;
                crate::ops::richcompare(vm, &x, &y, op)
            }
        },
    }
}

/// `x in seq` by identity then `==`, reading items through `get`.
pub fn seq_contains(vm: &Vm, get: &dyn Fn(usize) -> Option<Value>, x: &Value) -> PyResult<bool> {
    let mut i = 0;
    while let Some(item) = get(i) {
        if item.is(x) || crate::ops::eq(vm, &item, x)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

/// `seq.count(x)`.
pub fn seq_count(vm: &Vm, get: &dyn Fn(usize) -> Option<Value>, x: &Value) -> PyResult<usize> {
    let mut i = 0;
    let mut n = 0;
    while let Some(item) = get(i) {
        if item.is(x) || crate::ops::eq(vm, &item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(n)
}

/// `seq.index(x, start, stop)`: the first index in `start..stop` holding `x`.
pub fn seq_index(
    vm: &Vm,
    get: &dyn Fn(usize) -> Option<Value>,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = get(i) else { break };
        if item.is(x) || crate::ops::eq(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// The items selected by a slice with already-adjusted indices.
pub fn slice_items(items: &[Value], start: isize, step: isize, n: usize) -> Vec<Value> {
    if step == 1 {
        let s = start.max(0) as usize;
        return items.get(s..s + n).map(|x| x.to_vec()).unwrap_or_default();
    }
    if step == -1 && n > 0 {
        // `start` down to `start - n + 1` (adjusted indices are in range).
        if let Some(run) = usize::try_from(start + 1 - n as isize)
            .ok()
            .and_then(|lo| items.get(lo..=start as usize))
        {
            let mut out = Vec::with_capacity(n);
            for v in run.iter().rev() {
                out.push(v.clone());
            }
            return out;
        }
    }
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        if let Some(v) = usize::try_from(i).ok().and_then(|u| items.get(u)) {
            out.push(v.clone());
        }
        i += step;
    }
    out
}

/// The repeat count of `seq * n` (`n` an index-like value), or `None` if `n` is not
/// index-like. Negative counts are 0; counts beyond the machine range raise OverflowError.
pub fn repeat_count(vm: &Vm, n: &Value) -> PyResult<Option<usize>> {
    Ok(slice::try_index(vm, n, Overflow::OverflowError)?.map(|i| i.max(0) as usize))
}

/// The most items any repeated sequence may hold before MemoryError (far beyond any real
/// memory: 2^36 items is 512 GiB of pointers).
pub const MAX_SEQ_ITEMS: usize = 1 << 36;

/// `items * n` as a vector; MemoryError when the result cannot be allocated.
pub fn repeat_items(vm: &Vm, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    if items.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    let total = match items.len().checked_mul(n) {
        Some(t) if t <= MAX_SEQ_ITEMS => t,
        _ => return Err(vm.memory_error()),
    };
    let mut out: Vec<Value> = Vec::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(vm.memory_error());
    }
    if items.len() == 1 {
        out.resize(total, items[0].clone());
    } else {
        for _ in 0..n {
            out.extend_from_slice(items);
        }
    }
    Ok(out)
}

/// Handles `a op b` where the left operand is a sequence and `b` is not a sequence of the
/// same kind: tries `b`'s own slot first (CPython tries `nb_*` slots of both operands
/// before the sequence slots), returning its result if it implemented the operation.
pub fn try_other_slot(
    vm: &Vm,
    a: &Value,
    b: &Value,
    mine: crate::types::typeobject::BinaryFn,
    other_slot: Option<crate::types::typeobject::BinaryFn>,
) -> PyResult<Option<Value>> {
    if let Some(f) = other_slot {
        if f as usize != mine as usize && !b.is_small_int() {
            let r = f(vm, a, b)?;
            if !none::is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

/// Joins the reprs of `items` with ", " (for tuple, list, set and dict-view reprs).
pub fn join_reprs(vm: &Vm, items: &[Value]) -> PyResult<String> {
    let mut s = String::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&crate::ops::repr_string(vm, v)?);
    }
    Ok(s)
}

// ---- the tuple type --------------------------------------------------------------------------

pub fn make_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t =
        mk(TypeSpec::of::<TupleObj>("tuple", Some(object))
            .flags(crate::types::type_flags::BASETYPE));
    t.slots.new.set(Some(tuple_new));
    t.slots.repr.set(Some(tuple_repr));
    t.slots.hash.set(Some(tuple_hash));
    t.slots.richcompare.set(Some(tuple_richcompare));
    t.slots.len.set(Some(tuple_len));
    t.slots.getitem.set(Some(tuple_getitem));
    t.slots.contains.set(Some(tuple_contains));
    t.slots.iter.set(Some(tuple_iter));
    t.slots.add.set(Some(tuple_add));
    t.slots.mul.set(Some(tuple_mul));
    t
}

pub fn init_methods() {
    let t = builtin().tuple;
    add_method(t, "count", tuple_count);
    add_method(t, "index", tuple_index);
    add_method(t, "__getnewargs__", tuple_getnewargs);
}

fn tuple_new(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let exact = cls.is(&builtin().tuple.to_value());
    if exact {
        no_kwargs(vm, "tuple", kwnames)?;
    }
    let npos = args.len().saturating_sub(kwnames.map_or(0, |k| k.len()));
    if npos > 1 {
        return Err(vm.type_error(format!("tuple expected at most 1 argument, got {npos}")));
    }
    let items: Vec<Value> = match args.first().filter(|_| npos == 1) {
        None => Vec::new(),
        Some(it) => {
            if exact && it.is_exact(builtin().tuple) {
                return Ok(it.clone());
            }
            if let Some(t) = as_tuple(it) {
                t.to_vec()
            } else {
                crate::ops::collect(vm, it)?
            }
        }
    };
    if exact {
        return Ok(new_tuple(items));
    }
    crate::types::object::alloc_subclass_instance(
        vm,
        cls,
        TupleObj {
            items: items.into_boxed_slice(),
        },
    )
}

fn tuple_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let items = tup(vm, v)?;
    if items.is_empty() {
        return Ok(new_string("()".to_string()));
    }
    let Some(_guard): Option<ReprGuard> = repr_enter(v) else {
        return Ok(new_string("(...)".to_string()));
    };
    let _d = vm.enter(" while getting the repr of an object")?;
    let inner = join_reprs(vm, items)?;
    Ok(new_string(if items.len() == 1 {
        format!("({inner},)")
    } else {
        format!("({inner})")
    }))
}

fn tuple_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let items = tup(vm, v)?;
    let mut hashes = Vec::with_capacity(items.len());
    for it in items {
        hashes.push(crate::ops::hash(vm, it)?);
    }
    Ok(hash_items(&hashes))
}

fn tuple_richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_tuple(a), as_tuple(b)) else {
        return Ok(none::not_implemented());
    };
    seq_richcompare(
        vm,
        &|| x.len(),
        &|i| x.get(i).cloned(),
        &|| y.len(),
        &|i| y.get(i).cloned(),
        op,
    )
}

fn tuple_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(tup(vm, v)?.len())
}

fn tuple_getitem(vm: &Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let items = tup(vm, v)?;
    // Slices before `__index__`: a slice is never index-like, so the order only saves the
    // index conversion attempt.
    if let Some(s) = as_slice(key) {
        let (start, _stop, step, n) = s.indices(vm, items.len())?;
        if n == items.len() && step == 1 && v.is_exact(builtin().tuple) {
            return Ok(v.clone());
        }
        return Ok(new_tuple(slice_items(items, start, step, n)));
    }
    if let Some(i) = slice::try_index(vm, key, Overflow::IndexError)? {
        let idx = if i < 0 { i + items.len() as isize } else { i };
        return usize::try_from(idx)
            .ok()
            .and_then(|u| items.get(u))
            .cloned()
            .ok_or_else(|| vm.index_error("tuple index out of range"));
    }
    Err(vm.type_error(format!(
        "tuple indices must be integers or slices, not {}",
        key.ty().name()
    )))
}

fn tuple_contains(vm: &Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let items = tup(vm, v)?;
    seq_contains(vm, &|i| items.get(i).cloned(), x)
}

fn tuple_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    tup(vm, v)?;
    Ok(crate::types::iterators::new_tuple_iterator(v.clone()))
}

fn tuple_add(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(x) = as_tuple(a) else {
        return Ok(none::not_implemented());
    };
    match as_tuple(b) {
        Some(y) => {
            if y.is_empty() && a.is_exact(builtin().tuple) {
                return Ok(a.clone());
            }
            if x.is_empty() && b.is_exact(builtin().tuple) {
                return Ok(b.clone());
            }
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            Ok(new_tuple(v))
        }
        None => {
            if let Some(r) = try_other_slot(vm, a, b, tuple_add, b.ty().slots.add.get())? {
                return Ok(r);
            }
            Err(vm.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                b.ty().name()
            )))
        }
    }
}

fn tuple_mul(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (seq, n) = if as_tuple(a).is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let Some(items) = as_tuple(seq) else {
        return Ok(none::not_implemented());
    };
    if seq.is(a) && crate::types::int::as_int(b).is_none() {
        if let Some(r) = try_other_slot(vm, a, b, tuple_mul, b.ty().slots.mul.get())? {
            return Ok(r);
        }
    }
    let Some(count) = repeat_count(vm, n)? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name()
        )));
    };
    if count == 1 && seq.is_exact(builtin().tuple) {
        return Ok(seq.clone());
    }
    Ok(new_tuple(repeat_items(vm, items, count)?))
}

fn tuple_count(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "tuple.count", kwnames)?;
    check_count(vm, "tuple.count", args.len().saturating_sub(1), 1, 1)?;
    let items = tup(vm, &args[0])?;
    let n = seq_count(vm, &|i| items.get(i).cloned(), &args[1])?;
    Ok(new_int(n as i64))
}

fn tuple_index(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "index", kwnames)?;
    let n = args.len().saturating_sub(1);
    if n < 1 {
        return Err(vm.type_error(format!("index expected at least 1 argument, got {n}")));
    }
    if n > 3 {
        return Err(vm.type_error(format!("index expected at most 3 arguments, got {n}")));
    }
    let items = tup(vm, &args[0])?;
    let (start, stop) = slice::index_range(vm, args.get(2), args.get(3), items.len())?;
    match seq_index(vm, &|i| items.get(i).cloned(), &args[1], start, stop)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(vm.value_error("tuple.index(x): x not in tuple")),
    }
}

fn tuple_getnewargs(vm: &Vm, args: &[Value], _kwnames: Option<&[Value]>) -> PyResult<Value> {
    let items = tup(vm, &args[0])?;
    Ok(new_tuple(vec![new_tuple(items.to_vec())]))
}
