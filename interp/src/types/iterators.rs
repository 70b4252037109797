//! The builtin iterator types: sequence iterators and the iterator-producing builtins.
//!
//! Owns: `list_iterator`, `list_reverseiterator`, `tuple_iterator`, `str_iterator`, the
//! generic `__getitem__`-protocol `iterator`, `callable_iterator` (`iter(f, sentinel)`),
//! `enumerate`, `zip` (with `strict=`), `map`, `filter` and `reversed`, and their
//! constructors. Must not: hold any lock while calling Python code; iterator positions are
//! atomics and other per-iterator state is guarded by the iterator's own header mutex,
//! taken only for the instant the state is read or written.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicUsize, Ordering};

use num_bigint::BigInt;

use crate::object::{ObjHeader, ObjLock, Payload, Value};
use crate::types::int::{self, new_int, new_int_big, IntRef};
use crate::types::list::as_list;
use crate::types::native::{check_count, no_kwargs};
use crate::types::tuple::as_tuple;
use crate::types::{builtin, none, str::as_str, TypeObject, TypeSpec};
use crate::vm::{PyResult, Vm};

/// The iterator types, made by `make_types`.
pub struct IterTypes {
    pub list_iterator: &'static TypeObject,
    pub list_reverseiterator: &'static TypeObject,
    pub tuple_iterator: &'static TypeObject,
    pub str_iterator: &'static TypeObject,
    pub seq_iterator: &'static TypeObject,
    pub callable_iterator: &'static TypeObject,
    pub enumerate: &'static TypeObject,
    pub zip: &'static TypeObject,
    pub map: &'static TypeObject,
    pub filter: &'static TypeObject,
    pub reversed: &'static TypeObject,
}

/// Sentinel position of an exhausted forward iterator.
const EXHAUSTED: usize = usize::MAX;

/// State inside an iterator payload, guarded by the iterator object's header mutex.
struct Guarded<T> {
    cell: UnsafeCell<T>,
}

impl<T> Guarded<T> {
    fn new(v: T) -> Guarded<T> {
        Guarded {
            cell: UnsafeCell::new(v),
        }
    }

    /// Runs `f` on the state with `owner`'s lock held. `f` must not call Python code or
    /// lock anything.
    ///
    /// # Safety
    /// `owner` is the header of the object whose payload contains `self`.
    unsafe fn with<R>(&self, owner: &ObjHeader, f: impl FnOnce(&mut T) -> R) -> R {
        let _g = ObjLock::lock(owner);
        // SAFETY: per the contract the lock guarding this cell is held, and `f` cannot
        // re-enter (it takes no locks and runs no Python code).
        f(unsafe { &mut *self.cell.get() })
    }
}

fn self_iter(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

pub fn make_types(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> IterTypes {
    let t = |name: &'static str, spec: TypeSpec, next: crate::types::typeobject::NextFn| {
        let _ = name;
        let ty = mk(spec);
        ty.slots.iter.set(Some(self_iter));
        ty.slots.next.set(Some(next));
        ty
    };
    let types = IterTypes {
        list_iterator: t(
            "list_iterator",
            TypeSpec::of::<ListIter>("list_iterator", Some(object)),
            listiter_next,
        ),
        list_reverseiterator: t(
            "list_reverseiterator",
            TypeSpec::of::<ListRevIter>("list_reverseiterator", Some(object)),
            listreviter_next,
        ),
        tuple_iterator: t(
            "tuple_iterator",
            TypeSpec::of::<TupleIter>("tuple_iterator", Some(object)),
            tupleiter_next,
        ),
        str_iterator: t(
            "str_iterator",
            TypeSpec::of::<StrIter>("str_ascii_iterator", Some(object)),
            striter_next,
        ),
        seq_iterator: t(
            "iterator",
            TypeSpec::of::<SeqIter>("iterator", Some(object)),
            seqiter_next,
        ),
        callable_iterator: t(
            "callable_iterator",
            TypeSpec::of::<CallableIter>("callable_iterator", Some(object)),
            calliter_next,
        ),
        enumerate: t(
            "enumerate",
            TypeSpec::of::<Enumerate>("enumerate", Some(object)),
            enumerate_next,
        ),
        zip: t("zip", TypeSpec::of::<Zip>("zip", Some(object)), zip_next),
        map: t(
            "map",
            TypeSpec::of::<MapIter>("map", Some(object)),
            map_next,
        ),
        filter: t(
            "filter",
            TypeSpec::of::<FilterIter>("filter", Some(object)),
            filter_next,
        ),
        reversed: t(
            "reversed",
            TypeSpec::of::<Reversed>("reversed", Some(object)),
            reversed_next,
        ),
    };
    types.enumerate.slots.new.set(Some(enumerate_new));
    types.zip.slots.new.set(Some(zip_new));
    types.map.slots.new.set(Some(map_new));
    types.filter.slots.new.set(Some(filter_new));
    types.reversed.slots.new.set(Some(reversed_new));
    types
}

pub fn init_methods() {
    let b = builtin();
    crate::types::native::add_method(b.list_iterator, "__length_hint__", listiter_len);
    crate::types::native::add_method(b.tuple_iterator, "__length_hint__", tupleiter_len);
    crate::types::native::add_method(b.list_reverseiterator, "__length_hint__", listreviter_len);
}

fn is_cls(cls: &Value, ty: &TypeObject) -> bool {
    crate::types::list::cls_is(cls, ty)
}

/// Allocates an instance of `cls` (the builtin type itself; subclasses are not supported).
fn alloc_for<T: Payload>(vm: &Vm, cls: &Value, payload: T) -> PyResult<Value> {
    if is_cls(cls, T::class()) {
        return Ok(Value::alloc(T::class(), payload));
    }
    crate::types::object::alloc_subclass_instance(vm, cls, payload)
}

// ---- list iterators ------------------------------------------------------------------------

/// `list_iterator`.
pub struct ListIter {
    pub list: Value,
    index: AtomicUsize,
}

impl Payload for ListIter {
    fn class() -> &'static TypeObject {
        builtin().list_iterator
    }
}

/// `iter(list)`.
pub fn new_list_iterator(list: Value) -> Value {
    Value::alloc(
        builtin().list_iterator,
        ListIter {
            list,
            index: AtomicUsize::new(0),
        },
    )
}

impl ListIter {
    /// The next item, `None` when exhausted (never calls Python).
    #[inline]
    pub fn next_item(&self) -> Option<Value> {
        let i = self.index.load(Ordering::Relaxed);
        if i == EXHAUSTED {
            return None;
        }
        match as_list(&self.list).and_then(|l| l.get(i)) {
            Some(v) => {
                self.index.store(i + 1, Ordering::Relaxed);
                Some(v)
            }
            None => {
                self.index.store(EXHAUSTED, Ordering::Relaxed);
                None
            }
        }
    }
}

fn listiter_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = v
        .downcast::<ListIter>()
        .ok_or_else(|| vm.type_error("expected a list iterator"))?;
    Ok(it.next_item())
}

fn listiter_len(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let it = args[0]
        .downcast::<ListIter>()
        .ok_or_else(|| vm.type_error("expected a list iterator"))?;
    let i = it.index.load(Ordering::Relaxed);
    let n = as_list(&it.list).map_or(0, |l| l.len());
    Ok(new_int(if i == EXHAUSTED {
        0
    } else {
        n.saturating_sub(i) as i64
    }))
}

/// `list_reverseiterator`.
pub struct ListRevIter {
    list: Value,
    index: AtomicIsize,
}

impl Payload for ListRevIter {
    fn class() -> &'static TypeObject {
        builtin().list_reverseiterator
    }
}

/// `reversed(list)`.
pub fn new_list_reverseiterator(list: Value) -> Value {
    let n = as_list(&list).map_or(0, |l| l.len());
    Value::alloc(
        builtin().list_reverseiterator,
        ListRevIter {
            list,
            index: AtomicIsize::new(n as isize - 1),
        },
    )
}

fn listreviter_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = v
        .downcast::<ListRevIter>()
        .ok_or_else(|| vm.type_error("expected a list reverse iterator"))?;
    let i = it.index.load(Ordering::Relaxed);
    if i >= 0 {
        if let Some(x) = as_list(&it.list).and_then(|l| l.get(i as usize)) {
            it.index.store(i - 1, Ordering::Relaxed);
            return Ok(Some(x));
        }
    }
    it.index.store(-1, Ordering::Relaxed);
    Ok(None)
}

fn listreviter_len(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let it = args[0]
        .downcast::<ListRevIter>()
        .ok_or_else(|| vm.type_error("expected a list reverse iterator"))?;
    let i = it.index.load(Ordering::Relaxed);
    let n = as_list(&it.list).map_or(0, |l| l.len()) as isize;
    Ok(new_int(if i < 0 || i >= n { 0 } else { i as i64 + 1 }))
}

// ---- tuple and str iterators -----------------------------------------------------------------

/// `tuple_iterator`.
pub struct TupleIter {
    pub tuple: Value,
    index: AtomicUsize,
}

impl Payload for TupleIter {
    fn class() -> &'static TypeObject {
        builtin().tuple_iterator
    }
}

/// `iter(tuple)`.
pub fn new_tuple_iterator(tuple: Value) -> Value {
    Value::alloc(
        builtin().tuple_iterator,
        TupleIter {
            tuple,
            index: AtomicUsize::new(0),
        },
    )
}

impl TupleIter {
    /// The next item, `None` when exhausted.
    #[inline]
    pub fn next_item(&self) -> Option<Value> {
        let i = self.index.load(Ordering::Relaxed);
        let item = as_tuple(&self.tuple).and_then(|t| t.get(i)).cloned();
        if item.is_some() {
            self.index.store(i + 1, Ordering::Relaxed);
        }
        item
    }
}

fn tupleiter_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = v
        .downcast::<TupleIter>()
        .ok_or_else(|| vm.type_error("expected a tuple iterator"))?;
    Ok(it.next_item())
}

fn tupleiter_len(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let it = args[0]
        .downcast::<TupleIter>()
        .ok_or_else(|| vm.type_error("expected a tuple iterator"))?;
    let n = as_tuple(&it.tuple).map_or(0, |t| t.len());
    Ok(new_int(
        n.saturating_sub(it.index.load(Ordering::Relaxed)) as i64
    ))
}

/// `str_iterator`: yields one-character strings.
pub struct StrIter {
    s: Value,
    /// Byte offset of the next character.
    pos: AtomicUsize,
}

impl Payload for StrIter {
    fn class() -> &'static TypeObject {
        builtin().str_iterator
    }
}

/// `iter(str)`.
pub fn new_str_iterator(s: Value) -> Value {
    Value::alloc(
        builtin().str_iterator,
        StrIter {
            s,
            pos: AtomicUsize::new(0),
        },
    )
}

fn striter_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = v
        .downcast::<StrIter>()
        .ok_or_else(|| vm.type_error("expected a str iterator"))?;
    let pos = it.pos.load(Ordering::Relaxed);
    let Some(s) = as_str(&it.s) else {
        return Ok(None);
    };
    let Some(c) = s.get(pos..).and_then(|rest| rest.chars().next()) else {
        return Ok(None);
    };
    it.pos.store(pos + c.len_utf8(), Ordering::Relaxed);
    let mut buf = [0u8; 4];
    Ok(Some(crate::types::str::new_str(c.encode_utf8(&mut buf))))
}

// ---- the sequence-protocol iterator and callable_iterator ------------------------------------------

/// `iterator`: `seq[0], seq[1], ...` until IndexError or StopIteration.
pub struct SeqIter {
    seq: Value,
    index: AtomicUsize,
}

impl Payload for SeqIter {
    fn class() -> &'static TypeObject {
        builtin().seq_iterator
    }
}

/// `iter(seq)` for objects with only `__getitem__`.
pub fn new_seq_iterator(seq: Value) -> Value {
    Value::alloc(
        builtin().seq_iterator,
        SeqIter {
            seq,
            index: AtomicUsize::new(0),
        },
    )
}

fn seqiter_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = v
        .downcast::<SeqIter>()
        .ok_or_else(|| vm.type_error("expected an iterator"))?;
    let i = it.index.load(Ordering::Relaxed);
    if i == EXHAUSTED {
        return Ok(None);
    }
    match crate::ops::getitem(vm, &it.seq, &new_int(i as i64)) {
        Ok(x) => {
            it.index.store(i + 1, Ordering::Relaxed);
            Ok(Some(x))
        }
        Err(e) => {
            let b = builtin();
            if vm.err_matches(&e, b.index_error) || vm.err_matches(&e, b.stop_iteration) {
                it.index.store(EXHAUSTED, Ordering::Relaxed);
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// `callable_iterator`: calls `callable()` until it returns `sentinel`.
pub struct CallableIter {
    callable: Value,
    sentinel: Value,
    done: AtomicBool,
}

impl Payload for CallableIter {
    fn class() -> &'static TypeObject {
        builtin().callable_iterator
    }
}

/// `iter(callable, sentinel)`.
pub fn new_callable_iterator(callable: Value, sentinel: Value) -> Value {
    Value::alloc(
        builtin().callable_iterator,
        CallableIter {
            callable,
            sentinel,
            done: AtomicBool::new(false),
        },
    )
}

fn calliter_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = v
        .downcast::<CallableIter>()
        .ok_or_else(|| vm.type_error("expected a callable_iterator"))?;
    if it.done.load(Ordering::Relaxed) {
        return Ok(None);
    }
    match crate::ops::call(vm, &it.callable, &[], None) {
        Ok(r) => {
            if crate::ops::eq(vm, &it.sentinel, &r)? {
                it.done.store(true, Ordering::Relaxed);
                Ok(None)
            } else {
                Ok(Some(r))
            }
        }
        Err(e) => {
            if vm.err_matches(&e, builtin().stop_iteration) {
                it.done.store(true, Ordering::Relaxed);
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

// ---- enumerate -------------------------------------------------------------------------------

enum Count {
    Small(i64),
    Big(BigInt),
}

/// `enumerate(iterable, start=0)`.
pub struct Enumerate {
    iter: Value,
    state: Guarded<EnumState>,
}

struct EnumState {
    count: Count,
    /// The last tuple returned, refilled in place for the next item when the caller has
    /// dropped it (`tuple::reuse_result`), as CPython's enumerate does.
    result: Option<Value>,
}

impl Payload for Enumerate {
    fn class() -> &'static TypeObject {
        builtin().enumerate
    }
}

/// Reports an unexpected keyword the way `enumerate` and `zip` do.
fn invalid_keyword(vm: &Vm, fname: &str, key: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "'{}' is an invalid keyword argument for {fname}()",
        as_str(key).unwrap_or("?")
    ))
}

fn enumerate_new(
    vm: &Vm,
    cls: &Value,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<Value> {
    let nkw = kwnames.map_or(0, |k| k.len());
    let npos = args.len().saturating_sub(nkw);
    if npos > 2 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let mut iterable = args.first().filter(|_| npos >= 1).cloned();
    let mut start = args.get(1).filter(|_| npos >= 2).cloned();
    if let Some(names) = kwnames {
        for (k, v) in names.iter().zip(&args[npos..]) {
            match as_str(k) {
                Some("iterable") if iterable.is_none() => iterable = Some(v.clone()),
                Some("start") if start.is_none() => start = Some(v.clone()),
                Some("iterable") | Some("start") => {
                    return Err(vm.type_error(format!(
                        "argument for enumerate() given by name ('{}') and position ({})",
                        as_str(k).unwrap_or("?"),
                        if as_str(k) == Some("iterable") { 1 } else { 2 }
                    )))
                }
                _ => return Err(invalid_keyword(vm, "enumerate", k)),
            }
        }
    }
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let count = match &start {
        None => Count::Small(0),
        Some(s) => {
            let iv = crate::types::slice::index_value(vm, s)?.ok_or_else(|| {
                vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    s.ty().name()
                ))
            })?;
            match int::as_int(&iv) {
                Some(IntRef::Small(i)) => Count::Small(i),
                Some(IntRef::Big(b)) => Count::Big(b.clone()),
                None => Count::Small(0),
            }
        }
    };
    let iter = crate::ops::iter(vm, &iterable)?;
    alloc_for(
        vm,
        cls,
        Enumerate {
            iter,
            state: Guarded::new(EnumState {
                count,
                result: None,
            }),
        },
    )
}

/// `next(it)` with the common builtin iterators stepped in place (no slot dispatch): what
/// `enumerate` and `zip` advance their underlying iterators with.
#[inline]
fn next_fast(vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
    if let Some(l) = it.downcast_exact::<ListIter>() {
        return Ok(l.next_item());
    }
    if let Some(t) = it.downcast_exact::<TupleIter>() {
        return Ok(t.next_item());
    }
    if let Some(Some(r)) = it
        .downcast_exact::<crate::types::range::RangeIter>()
        .map(|r| r.next_small())
    {
        return Ok(r.map(new_int));
    }
    crate::ops::next(vm, it)
}

/// `FOR_ITER_STR`, `FOR_ITER_ENUMERATE` and `FOR_ITER_ZIP`'s step: the next item of an
/// exact `str_iterator`, `enumerate` or `zip` (`kind` 0, 1, 2), `None` when `it` is not one.
#[inline]
pub fn adapter_step(vm: &Vm, it: &Value, kind: u8) -> Option<PyResult<Option<Value>>> {
    if it.is_small_int() {
        return None;
    }
    let b = builtin();
    let ty = it.ty();
    let want = match kind {
        0 => b.str_iterator,
        1 => b.enumerate,
        _ => b.zip,
    };
    if !std::ptr::eq(ty, want) {
        return None;
    }
    Some(match kind {
        0 => striter_next(vm, it),
        1 => enumerate_next(vm, it),
        _ => zip_next(vm, it),
    })
}

fn enumerate_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = v
        .downcast::<Enumerate>()
        .ok_or_else(|| vm.type_error("expected an enumerate object"))?;
    let Some(item) = next_fast(vm, &it.iter)? else {
        return Ok(None);
    };
    // SAFETY: `it` was downcast from `v`, so `v`'s header guards `it.state`.
    let (result, old) = unsafe {
        it.state.with(v.header(), |st| {
            let index = match &mut st.count {
                Count::Small(i) => {
                    let cur = *i;
                    match cur.checked_add(1) {
                        Some(n) => *i = n,
                        None => st.count = Count::Big(BigInt::from(cur) + 1),
                    }
                    new_int(cur)
                }
                Count::Big(b) => {
                    let cur = b.clone();
                    *b += 1;
                    new_int_big(cur)
                }
            };
            let mut items = [index, item];
            let t = crate::types::tuple::reuse_result(&mut st.result, &mut items);
            (t, items)
        })
    };
    // The replaced items drop after the lock is released (their finalizers may run Python).
    drop(old);
    Ok(Some(result))
}

// ---- zip, map, filter ------------------------------------------------------------------------

/// `zip(*iterables, strict=False)`.
pub struct Zip {
    iters: Vec<Value>,
    strict: bool,
    done: AtomicBool,
    /// The first result tuple, refilled in place while only this zip references it (as
    /// CPython's zip does; see `enumerate_next`).
    result: Guarded<Option<Value>>,
}

impl Payload for Zip {
    fn class() -> &'static TypeObject {
        builtin().zip
    }
}

fn zip_new(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let nkw = kwnames.map_or(0, |k| k.len());
    let npos = args.len().saturating_sub(nkw);
    let mut strict = false;
    if let Some(names) = kwnames {
        for (k, v) in names.iter().zip(&args[npos..]) {
            if as_str(k) == Some("strict") {
                strict = crate::ops::truthy(vm, v)?;
            } else {
                return Err(invalid_keyword(vm, "zip", k));
            }
        }
    }
    let mut iters = Vec::with_capacity(npos);
    for a in &args[..npos] {
        iters.push(crate::ops::iter(vm, a)?);
    }
    alloc_for(
        vm,
        cls,
        Zip {
            iters,
            strict,
            done: AtomicBool::new(false),
            result: Guarded::new(None),
        },
    )
}

fn zip_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let z = v
        .downcast::<Zip>()
        .ok_or_else(|| vm.type_error("expected a zip object"))?;
    if z.iters.is_empty() || z.done.load(Ordering::Relaxed) {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(z.iters.len());
    for (i, it) in z.iters.iter().enumerate() {
        match next_fast(vm, it)? {
            Some(x) => items.push(x),
            None => {
                if !z.strict {
                    z.done.store(true, Ordering::Relaxed);
                    return Ok(None);
                }
                z.done.store(true, Ordering::Relaxed);
                if i > 0 {
                    let plural = if i == 1 { " " } else { "s 1-" };
                    return Err(vm.value_error(format!(
                        "zip() argument {} is shorter than argument{plural}{i}",
                        i + 1
                    )));
                }
                for (j, other) in z.iters.iter().enumerate().skip(1) {
                    if crate::ops::next(vm, other)?.is_some() {
                        let plural = if j == 1 { " " } else { "s 1-" };
                        return Err(vm.value_error(format!(
                            "zip() argument {} is longer than argument{plural}{j}",
                            j + 1
                        )));
                    }
                }
                return Ok(None);
            }
        }
    }
    // SAFETY: `z` was downcast from `v`, so `v`'s header guards `z.result`.
    let result = unsafe {
        z.result.with(v.header(), |r| {
            crate::types::tuple::reuse_result(r, &mut items)
        })
    };
    // The replaced items (if any) drop after the lock is released.
    drop(items);
    Ok(Some(result))
}

/// `map(func, *iterables)`.
pub struct MapIter {
    func: Value,
    iters: Vec<Value>,
}

impl Payload for MapIter {
    fn class() -> &'static TypeObject {
        builtin().map
    }
}

fn map_new(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    if is_cls(cls, builtin().map) {
        no_kwargs(vm, "map", kwnames)?;
    }
    let npos = args.len().saturating_sub(kwnames.map_or(0, |k| k.len()));
    if npos < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(npos - 1);
    for a in &args[1..npos] {
        iters.push(crate::ops::iter(vm, a)?);
    }
    alloc_for(
        vm,
        cls,
        MapIter {
            func: args[0].clone(),
            iters,
        },
    )
}

fn map_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let m = v
        .downcast::<MapIter>()
        .ok_or_else(|| vm.type_error("expected a map object"))?;
    let mut items = Vec::with_capacity(m.iters.len());
    for it in &m.iters {
        match crate::ops::next(vm, it)? {
            Some(x) => items.push(x),
            None => return Ok(None),
        }
    }
    // A StopIteration raised by the function ends the iteration, as CPython's `map_next`
    // returning NULL with StopIteration set does for every consumer.
    stop_to_none(vm, crate::ops::call(vm, &m.func, &items, None))
}

/// Turns a StopIteration raised by a callback into exhaustion.
fn stop_to_none(vm: &Vm, r: PyResult<Value>) -> PyResult<Option<Value>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_matches(&e, builtin().stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `filter(function_or_None, iterable)`.
pub struct FilterIter {
    func: Value,
    iter: Value,
}

impl Payload for FilterIter {
    fn class() -> &'static TypeObject {
        builtin().filter
    }
}

fn filter_new(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    if is_cls(cls, builtin().filter) {
        no_kwargs(vm, "filter", kwnames)?;
    }
    let npos = args.len().saturating_sub(kwnames.map_or(0, |k| k.len()));
    check_count(vm, "filter", npos, 2, 2)?;
    let iter = crate::ops::iter(vm, &args[1])?;
    alloc_for(
        vm,
        cls,
        FilterIter {
            func: args[0].clone(),
            iter,
        },
    )
}

fn filter_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let f = v
        .downcast::<FilterIter>()
        .ok_or_else(|| vm.type_error("expected a filter object"))?;
    let plain = none::is_none(&f.func) || crate::types::list::cls_is(&f.func, builtin().bool);
    while let Some(item) = crate::ops::next(vm, &f.iter)? {
        let ok = if plain {
            crate::ops::truthy(vm, &item)?
        } else {
            let r = crate::ops::call(vm, &f.func, std::slice::from_ref(&item), None);
            match stop_to_none(vm, r)? {
                Some(r) => crate::ops::truthy(vm, &r)?,
                None => return Ok(None),
            }
        };
        if ok {
            return Ok(Some(item));
        }
    }
    Ok(None)
}

// ---- reversed --------------------------------------------------------------------------------

/// `reversed(seq)` over the sequence protocol.
pub struct Reversed {
    seq: Value,
    index: AtomicIsize,
}

impl Payload for Reversed {
    fn class() -> &'static TypeObject {
        builtin().reversed
    }
}

/// `reversed(seq)`: `seq.__reversed__()` if defined, else a reverse sequence iterator.
pub fn reversed_of(vm: &Vm, seq: &Value) -> PyResult<Value> {
    new_reversed(vm, &builtin().reversed.to_value(), seq)
}

fn not_reversible(vm: &Vm, seq: &Value) -> crate::vm::PyErr {
    vm.type_error(format!("'{}' object is not reversible", seq.ty().name()))
}

fn new_reversed(vm: &Vm, cls: &Value, seq: &Value) -> PyResult<Value> {
    if let Some(meth) = crate::ops::lookup_special(vm, seq, "__reversed__")? {
        if none::is_none(&meth) {
            return Err(not_reversible(vm, seq));
        }
        return crate::ops::call(vm, &meth, &[], None);
    }
    let is_sequence = seq.ty().slots.getitem.is_set() && crate::types::dict::as_dict(seq).is_none();
    if !is_sequence {
        return Err(not_reversible(vm, seq));
    }
    let n = crate::ops::len(vm, seq)?;
    alloc_for(
        vm,
        cls,
        Reversed {
            seq: seq.clone(),
            index: AtomicIsize::new(n as isize - 1),
        },
    )
}

fn reversed_new(
    vm: &Vm,
    cls: &Value,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<Value> {
    if is_cls(cls, builtin().reversed) {
        no_kwargs(vm, "reversed", kwnames)?;
    }
    let npos = args.len().saturating_sub(kwnames.map_or(0, |k| k.len()));
    if npos != 1 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {npos}")));
    }
    new_reversed(vm, cls, &args[0])
}

fn reversed_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let r = v
        .downcast::<Reversed>()
        .ok_or_else(|| vm.type_error("expected a reversed object"))?;
    let i = r.index.load(Ordering::Relaxed);
    if i >= 0 {
        match crate::ops::getitem(vm, &r.seq, &new_int(i as i64)) {
            Ok(x) => {
                r.index.store(i - 1, Ordering::Relaxed);
                return Ok(Some(x));
            }
            Err(e) => {
                let b = builtin();
                if !vm.err_matches(&e, b.index_error) && !vm.err_matches(&e, b.stop_iteration) {
                    return Err(e);
                }
            }
        }
    }
    r.index.store(-1, Ordering::Relaxed);
    Ok(None)
}
