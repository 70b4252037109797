//! The `_itertools` module: native versions of the hottest `itertools` iterators, which
//! `lib/itertools.py` re-exports (`count`, `repeat`, `chain`, `islice`, `cycle`, `compress`,
//! `takewhile`, `dropwhile`, `filterfalse`, `starmap`, `pairwise`, `zip_longest`,
//! `accumulate`, `product`, `permutations`, `combinations`,
//! `combinations_with_replacement`). `groupby` and `tee` stay in Python.
//!
//! Owns: one subclassable type per iterator (`itertools.NAME`), their constructors with
//! CPython 3.11's argument checks and messages, `__next__`, and `repr`/`__reduce__`/
//! `__length_hint__` where CPython has them.
//! Must not: hold an iterator's lock while running Python code (`next()` of an underlying
//! iterator, predicates, `__add__`): mutable state is read under the iterator's header
//! mutex, the call runs unlocked, and the result is written back under the mutex, so
//! concurrent use of one iterator may repeat or skip items (as in CPython) but never
//! corrupts it. The combinatoric iterators compute each result entirely under the lock
//! (no Python code runs there).

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};

use crate::bytecode::BinaryOp;
use crate::modules::modtype::{new_type, LazyType};
use crate::object::{ObjLock, Payload, Value};
use crate::ops;
use crate::types::int::{self, new_int};
use crate::types::list::{cls_is, payload_header};
use crate::types::native::{add_class_method, add_method, check_count, no_kwargs, Args};
use crate::types::slice::{self, Overflow};
use crate::types::{builtin, dict, none, str as pystr, tuple, TypeObject};
use crate::vm::{PyResult, Vm};

/// An iterator payload: state `S` guarded by the object's header mutex.
pub struct It<S> {
    st: UnsafeCell<S>,
}

// SAFETY: `st` is only accessed through `It::with` (which holds the owning object's header
// mutex) or, for fields that are atomics or never change after construction, through
// shared references.
unsafe impl<S> Sync for It<S> {}
// SAFETY: as above; the state is owned data.
unsafe impl<S> Send for It<S> {}

impl<S> It<S> {
    fn new(s: S) -> It<S> {
        It {
            st: UnsafeCell::new(s),
        }
    }

    /// Runs `f` with the lock held. `f` must not call Python code, lock another object or
    /// drop values that may be the last reference to something (return them instead).
    #[inline]
    fn with<R>(&self, f: impl FnOnce(&mut S) -> R) -> R {
        // SAFETY: an `It<S>` only lives inside a heap object made by this module
        // (`PyObj<It<S>>` or a subclass layout starting with it).
        let h = unsafe { payload_header(self) };
        let _g = ObjLock::lock(h);
        // SAFETY: the header mutex is held; `with` is never re-entered from `f`.
        f(unsafe { &mut *self.st.get() })
    }

    /// The state, for fields that never change after construction or are atomics.
    #[inline]
    fn fixed(&self) -> &S {
        // SAFETY: callers only read immutable or atomic fields through this reference;
        // mutable fields are only touched under `with`.
        unsafe { &*self.st.get() }
    }
}

macro_rules! itertype {
    ($S:ty, $cell:ident, $getter:ident, $name:literal, $doc:literal, |$t:ident| $setup:block) => {
        static $cell: LazyType = LazyType::new();
        impl Payload for It<$S> {
            fn class() -> &'static TypeObject {
                $getter()
            }
        }
        fn $getter() -> &'static TypeObject {
            $cell.get(|| {
                new_type::<It<$S>>(concat!("itertools.", $name), None, true, |$t| {
                    $t.slots.iter.set(Some(|_vm, v| Ok(v.clone())));
                    dict::dict_set_str($t.dict(), "__doc__", pystr::new_str($doc));
                    $setup
                })
            })
        }
    };
}

/// Allocates an iterator of class `cls` (the native type `ty` or a subclass of it).
fn alloc<S: 'static>(vm: &Vm, cls: &Value, ty: &TypeObject, s: S) -> PyResult<Value>
where
    It<S>: Payload,
{
    if cls_is(cls, ty) {
        return Ok(Value::alloc(ty, It::new(s)));
    }
    crate::types::object::alloc_subclass_instance(vm, cls, It::new(s))
}

fn me<'a, S: 'static>(vm: &Vm, v: &'a Value) -> PyResult<&'a It<S>>
where
    It<S>: Payload,
{
    v.downcast::<It<S>>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '__next__' requires a '{}' object but received a '{}'",
            <It<S> as Payload>::class().name(),
            v.ty().name()
        ))
    })
}

/// The type's short name for reprs (`count`, or a subclass's name).
fn short_name(v: &Value) -> String {
    let n = v.ty().name().to_string();
    n.rsplit('.').next().unwrap_or(&n).to_string()
}

pub fn init(_vm: &Vm, d: &Value) -> PyResult<()> {
    for t in [
        count_type(),
        repeat_type(),
        chain_type(),
        islice_type(),
        cycle_type(),
        compress_type(),
        takewhile_type(),
        dropwhile_type(),
        filterfalse_type(),
        starmap_type(),
        pairwise_type(),
        zip_longest_type(),
        accumulate_type(),
        product_type(),
        permutations_type(),
        combinations_type(),
        cwr_type(),
    ] {
        let name = t.name().rsplit('.').next().unwrap_or("").to_string();
        dict::dict_set_str(d, Box::leak(name.into_boxed_str()), t.to_value());
    }
    Ok(())
}

// ---- count --------------------------------------------------------------------------------

struct CountSt {
    n: Value,
    step: Value,
}

itertype!(
    CountSt,
    COUNT,
    count_type,
    "count",
    "Return a count object whose .__next__() method returns consecutive values.",
    |t| {
        t.slots.new.set(Some(count_new));
        t.slots.next.set(Some(count_next));
        t.slots.repr.set(Some(count_repr));
        add_method(t, "__reduce__", count_reduce);
    }
);

/// `PyNumber_Check`: ints, floats, complex numbers and anything with `__index__`,
/// `__int__` or `__float__`.
fn is_number(v: &Value) -> bool {
    let s = &v.ty().slots;
    int::as_int(v).is_some()
        || crate::types::float::as_float(v).is_some()
        || s.index.is_set()
        || s.int.is_set()
        || s.float.is_set()
        || v.ty().name() == "complex"
}

static COUNT_ARGS: Args = Args::new("count", &["start", "step"]);

fn count_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = COUNT_ARGS.parse(vm, args, kw, 0)?;
    let n = a[0].clone().unwrap_or_else(|| new_int(0));
    let step = a[1].clone().unwrap_or_else(|| new_int(1));
    if !is_number(&n) || !is_number(&step) {
        return Err(vm.type_error("a number is required"));
    }
    alloc(vm, cls, count_type(), CountSt { n, step })
}

fn count_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = me::<CountSt>(vm, v)?;
    let fast = it.with(|s| {
        let (Some(n), Some(st)) = (s.n.as_small_int(), s.step.as_small_int()) else {
            return None;
        };
        let next = new_int(n.checked_add(st)?);
        Some(std::mem::replace(&mut s.n, next))
    });
    if let Some(x) = fast {
        return Ok(Some(x));
    }
    let (n, step) = it.with(|s| (s.n.clone(), s.step.clone()));
    let next = ops::binary_op(vm, &n, &step, BinaryOp::Add)?;
    let old = it.with(|s| std::mem::replace(&mut s.n, next));
    drop(old);
    Ok(Some(n))
}

fn step_is_one(step: &Value) -> bool {
    step.as_small_int() == Some(1)
}

fn count_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let it = me::<CountSt>(vm, v)?;
    let (n, step) = it.with(|s| (s.n.clone(), s.step.clone()));
    let name = short_name(v);
    let n = ops::repr_string(vm, &n)?;
    Ok(pystr::new_string(if step_is_one(&step) {
        format!("{name}({n})")
    } else {
        format!("{name}({n}, {})", ops::repr_string(vm, &step)?)
    }))
}

fn count_reduce(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "count.__reduce__", kw)?;
    let v = &args[0];
    let it = me::<CountSt>(vm, v)?;
    let (n, step) = it.with(|s| (s.n.clone(), s.step.clone()));
    let a = if step_is_one(&step) {
        vec![n]
    } else {
        vec![n, step]
    };
    Ok(tuple::new_tuple(vec![
        v.ty().to_value(),
        tuple::new_tuple(a),
    ]))
}

// ---- repeat -------------------------------------------------------------------------------

struct RepeatSt {
    obj: Value,
    /// Items left; -1: forever.
    times: AtomicIsize,
}

itertype!(
    RepeatSt,
    REPEAT,
    repeat_type,
    "repeat",
    "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.",
    |t| {
        t.slots.new.set(Some(repeat_new));
        t.slots.next.set(Some(repeat_next));
        t.slots.repr.set(Some(repeat_repr));
        add_method(t, "__length_hint__", repeat_length_hint);
        add_method(t, "__reduce__", repeat_reduce);
    }
);

static REPEAT_ARGS: Args = Args::new("repeat", &["object", "times"]);

fn repeat_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = REPEAT_ARGS.parse(vm, args, kw, 1)?;
    let obj = a[0].clone().unwrap_or_else(none::none);
    let times = match &a[1] {
        None => -1,
        Some(t) => slice::to_index(vm, t, Overflow::SsizeT)?.max(0),
    };
    alloc(
        vm,
        cls,
        repeat_type(),
        RepeatSt {
            obj,
            times: AtomicIsize::new(times),
        },
    )
}

fn repeat_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let s = me::<RepeatSt>(vm, v)?.fixed();
    if s.times.load(Ordering::Relaxed) < 0 {
        return Ok(Some(s.obj.clone()));
    }
    let taken = s
        .times
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |t| {
            if t > 0 {
                Some(t - 1)
            } else {
                None
            }
        })
        .is_ok();
    Ok(taken.then(|| s.obj.clone()))
}

fn repeat_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let s = me::<RepeatSt>(vm, v)?.fixed();
    let name = short_name(v);
    let obj = ops::repr_string(vm, &s.obj)?;
    let t = s.times.load(Ordering::Relaxed);
    Ok(pystr::new_string(if t < 0 {
        format!("{name}({obj})")
    } else {
        format!("{name}({obj}, {t})")
    }))
}

fn repeat_length_hint(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let s = me::<RepeatSt>(vm, &args[0])?.fixed();
    let t = s.times.load(Ordering::Relaxed);
    if t < 0 {
        return Err(vm.type_error("len() of unsized object"));
    }
    Ok(new_int(t as i64))
}

fn repeat_reduce(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let v = &args[0];
    let s = me::<RepeatSt>(vm, v)?.fixed();
    let t = s.times.load(Ordering::Relaxed);
    let a = if t < 0 {
        vec![s.obj.clone()]
    } else {
        vec![s.obj.clone(), new_int(t as i64)]
    };
    Ok(tuple::new_tuple(vec![
        v.ty().to_value(),
        tuple::new_tuple(a),
    ]))
}

// ---- chain --------------------------------------------------------------------------------

struct ChainSt {
    source: Option<Value>,
    active: Option<Value>,
}

itertype!(
    ChainSt,
    CHAIN,
    chain_type,
    "chain",
    "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.",
    |t| {
        t.slots.new.set(Some(chain_new));
        t.slots.next.set(Some(chain_next));
        add_class_method(t, "from_iterable", chain_from_iterable);
        add_class_method(t, "__class_getitem__", class_getitem);
    }
);

fn class_getitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "__class_getitem__", args.len(), 2, 2)?;
    Ok(crate::types::genericalias::new_generic_alias(
        vm,
        args[0].clone(),
        &args[1],
    ))
}

fn chain_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    if cls_is(cls, chain_type()) {
        no_kwargs(vm, "chain", kw)?;
    }
    let npos = args.len() - kw.map_or(0, |k| k.len());
    let source = ops::iter(vm, &tuple::new_tuple(args[..npos].to_vec()))?;
    alloc(
        vm,
        cls,
        chain_type(),
        ChainSt {
            source: Some(source),
            active: None,
        },
    )
}

fn chain_from_iterable(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "chain.from_iterable", kw)?;
    check_count(vm, "chain.from_iterable", args.len() - 1, 1, 1)?;
    let source = ops::iter(vm, &args[1])?;
    alloc(
        vm,
        &args[0],
        chain_type(),
        ChainSt {
            source: Some(source),
            active: None,
        },
    )
}

fn chain_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = me::<ChainSt>(vm, v)?;
    loop {
        let (active, source) = it.with(|s| (s.active.clone(), s.source.clone()));
        if let Some(a) = active {
            if let Some(x) = ops::next(vm, &a)? {
                return Ok(Some(x));
            }
            let old = it.with(|s| match &s.active {
                Some(cur) if cur.is(&a) => s.active.take(),
                _ => None,
            });
            drop(old);
            continue;
        }
        let Some(src) = source else {
            return Ok(None);
        };
        match ops::next(vm, &src)? {
            None => {
                let old = it.with(|s| s.source.take());
                drop(old);
                return Ok(None);
            }
            Some(iterable) => {
                let sub = ops::iter(vm, &iterable)?;
                let old = it.with(|s| s.active.replace(sub));
                drop(old);
            }
        }
    }
}

// ---- islice -------------------------------------------------------------------------------

struct IsliceSt {
    it: Option<Value>,
    next: usize,
    stop: Option<usize>,
    step: usize,
    cnt: usize,
}

itertype!(
    IsliceSt,
    ISLICE,
    islice_type,
    "islice",
    "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step defines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.",
    |t| {
        t.slots.new.set(Some(islice_new));
        t.slots.next.set(Some(islice_next));
    }
);

/// islice's `Py_ssize_t` conversion: -1 for anything not index-like or out of range.
fn ssize(vm: &Vm, v: &Value) -> PyResult<isize> {
    match slice::index_value(vm, v)? {
        None => Ok(-1),
        Some(iv) => Ok(slice::int_to_isize(vm, &iv, Overflow::SsizeT).unwrap_or(-1)),
    }
}

fn islice_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    if cls_is(cls, islice_type()) {
        no_kwargs(vm, "islice", kw)?;
    }
    let n = args.len() - kw.map_or(0, |k| k.len());
    let args = &args[..n];
    if n < 2 {
        return Err(vm.type_error(format!("islice expected at least 2 arguments, got {n}")));
    }
    if n > 4 {
        return Err(vm.type_error(format!("islice expected at most 4 arguments, got {n}")));
    }
    let stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (mut start, mut stop, mut step) = (0isize, None, 1isize);
    if n == 2 {
        if !none::is_none(&args[1]) {
            let s = ssize(vm, &args[1])?;
            if s == -1 {
                return Err(vm.value_error(stop_msg));
            }
            stop = Some(s);
        }
    } else {
        if !none::is_none(&args[1]) {
            start = ssize(vm, &args[1])?;
        }
        if !none::is_none(&args[2]) {
            let s = ssize(vm, &args[2])?;
            if s == -1 {
                return Err(vm.value_error(stop_msg));
            }
            stop = Some(s);
        }
    }
    if start < 0 || stop.is_some_and(|s| s < -1) {
        return Err(vm.value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    if n == 4 && !none::is_none(&args[3]) {
        step = ssize(vm, &args[3])?;
        if step < 1 {
            return Err(vm.value_error("Step for islice() must be a positive integer or None."));
        }
    }
    let it = ops::iter(vm, &args[0])?;
    alloc(
        vm,
        cls,
        islice_type(),
        IsliceSt {
            it: Some(it),
            next: start as usize,
            stop: stop.map(|s| s as usize),
            step: step as usize,
            cnt: 0,
        },
    )
}

fn islice_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let me_ = me::<IsliceSt>(vm, v)?;
    let (it, next, stop, step, mut cnt) =
        me_.with(|s| (s.it.clone(), s.next, s.stop, s.step, s.cnt));
    let Some(it) = it else {
        return Ok(None);
    };
    let finish = |cnt: usize| {
        let old = me_.with(|s| {
            s.cnt = cnt;
            s.it.take()
        });
        drop(old);
    };
    while cnt < next {
        if stop.is_some_and(|s| cnt >= s) {
            finish(cnt);
            return Ok(None);
        }
        match ops::next(vm, &it) {
            Ok(Some(_)) => cnt += 1,
            Ok(None) => {
                finish(cnt);
                return Ok(None);
            }
            Err(e) => {
                me_.with(|s| s.cnt = cnt);
                return Err(e);
            }
        }
    }
    if stop.is_some_and(|s| cnt >= s) {
        finish(cnt);
        return Ok(None);
    }
    match ops::next(vm, &it)? {
        None => {
            finish(cnt);
            Ok(None)
        }
        Some(x) => {
            let mut nx = next.saturating_add(step);
            if let Some(s) = stop {
                nx = nx.min(s);
            }
            me_.with(|s| {
                s.cnt = cnt + 1;
                s.next = nx;
            });
            Ok(Some(x))
        }
    }
}

// ---- cycle --------------------------------------------------------------------------------

struct CycleSt {
    it: Option<Value>,
    saved: Vec<Value>,
    idx: usize,
    first: bool,
}

itertype!(
    CycleSt,
    CYCLE,
    cycle_type,
    "cycle",
    "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
    |t| {
        t.slots.new.set(Some(cycle_new));
        t.slots.next.set(Some(cycle_next));
    }
);

fn cycle_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    if cls_is(cls, cycle_type()) {
        no_kwargs(vm, "cycle", kw)?;
    }
    let n = args.len() - kw.map_or(0, |k| k.len());
    if n != 1 {
        return Err(vm.type_error(format!("cycle expected 1 argument, got {n}")));
    }
    let it = ops::iter(vm, &args[0])?;
    alloc(
        vm,
        cls,
        cycle_type(),
        CycleSt {
            it: Some(it),
            saved: Vec::new(),
            idx: 0,
            first: true,
        },
    )
}

fn cycle_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let me_ = me::<CycleSt>(vm, v)?;
    let src = me_.with(|s| if s.first { s.it.clone() } else { None });
    if let Some(src) = src {
        match ops::next(vm, &src)? {
            Some(x) => {
                me_.with(|s| s.saved.push(x.clone()));
                return Ok(Some(x));
            }
            None => {
                let old = me_.with(|s| {
                    s.first = false;
                    s.it.take()
                });
                drop(old);
            }
        }
    }
    Ok(me_.with(|s| {
        let n = s.saved.len();
        if n == 0 {
            return None;
        }
        let i = s.idx % n;
        s.idx = (i + 1) % n;
        Some(s.saved[i].clone())
    }))
}

// ---- compress, takewhile, dropwhile, filterfalse, starmap ----------------------------------

/// Two fixed values (never replaced after construction) and a one-way flag.
struct PairSt {
    a: Value,
    b: Value,
    done: AtomicBool,
}

itertype!(
    PairSt,
    COMPRESS,
    compress_type,
    "compress",
    "Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.",
    |t| {
        t.slots.new.set(Some(compress_new));
        t.slots.next.set(Some(compress_next));
    }
);

static COMPRESS_ARGS: Args = Args::new("compress", &["data", "selectors"]);

fn compress_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = COMPRESS_ARGS.parse(vm, args, kw, 2)?;
    let data = ops::iter(vm, a[0].as_ref().unwrap_or(&none::none()))?;
    let sel = ops::iter(vm, a[1].as_ref().unwrap_or(&none::none()))?;
    alloc(
        vm,
        cls,
        compress_type(),
        PairSt {
            a: data,
            b: sel,
            done: AtomicBool::new(false),
        },
    )
}

fn compress_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let s = me::<PairSt>(vm, v)?.fixed();
    loop {
        let Some(d) = ops::next(vm, &s.a)? else {
            return Ok(None);
        };
        let Some(sel) = ops::next(vm, &s.b)? else {
            return Ok(None);
        };
        if ops::truthy(vm, &sel)? {
            return Ok(Some(d));
        }
    }
}

/// The same payload shape for the predicate iterators, each its own type.
macro_rules! pred_type {
    ($W:ident, $cell:ident, $getter:ident, $name:literal, $doc:literal, $new:ident, $next:ident) => {
        pub struct $W(PairSt);
        itertype!($W, $cell, $getter, $name, $doc, |t| {
            t.slots.new.set(Some($new));
            t.slots.next.set(Some($next));
        });
        fn $new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
            if cls_is(cls, $getter()) {
                no_kwargs(vm, $name, kw)?;
            }
            let n = args.len() - kw.map_or(0, |k| k.len());
            check_count(vm, $name, n, 2, 2)?;
            let it = ops::iter(vm, &args[1])?;
            alloc(
                vm,
                cls,
                $getter(),
                $W(PairSt {
                    a: args[0].clone(),
                    b: it,
                    done: AtomicBool::new(false),
                }),
            )
        }
    };
}

pred_type!(
    TakeWhile,
    TAKEWHILE,
    takewhile_type,
    "takewhile",
    "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.",
    takewhile_new,
    takewhile_next
);
pred_type!(
    DropWhile,
    DROPWHILE,
    dropwhile_type,
    "dropwhile",
    "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.",
    dropwhile_new,
    dropwhile_next
);
pred_type!(
    FilterFalse,
    FILTERFALSE,
    filterfalse_type,
    "filterfalse",
    "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.",
    filterfalse_new,
    filterfalse_next
);
pred_type!(
    StarMap,
    STARMAP,
    starmap_type,
    "starmap",
    "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.",
    starmap_new,
    starmap_next
);

fn takewhile_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let s = &me::<TakeWhile>(vm, v)?.fixed().0;
    if s.done.load(Ordering::Relaxed) {
        return Ok(None);
    }
    let Some(x) = ops::next(vm, &s.b)? else {
        return Ok(None);
    };
    let r = ops::call1(vm, &s.a, x.clone())?;
    if ops::truthy(vm, &r)? {
        return Ok(Some(x));
    }
    s.done.store(true, Ordering::Relaxed);
    Ok(None)
}

fn dropwhile_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let s = &me::<DropWhile>(vm, v)?.fixed().0;
    loop {
        let Some(x) = ops::next(vm, &s.b)? else {
            return Ok(None);
        };
        if s.done.load(Ordering::Relaxed) {
            return Ok(Some(x));
        }
        let r = ops::call1(vm, &s.a, x.clone())?;
        if !ops::truthy(vm, &r)? {
            s.done.store(true, Ordering::Relaxed);
            return Ok(Some(x));
        }
    }
}

fn filterfalse_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let s = &me::<FilterFalse>(vm, v)?.fixed().0;
    let no_pred = none::is_none(&s.a) || s.a.is(&builtin().bool.to_value());
    loop {
        let Some(x) = ops::next(vm, &s.b)? else {
            return Ok(None);
        };
        let keep = if no_pred {
            !ops::truthy(vm, &x)?
        } else {
            let r = ops::call1(vm, &s.a, x.clone())?;
            !ops::truthy(vm, &r)?
        };
        if keep {
            return Ok(Some(x));
        }
    }
}

fn starmap_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let s = &me::<StarMap>(vm, v)?.fixed().0;
    let Some(args) = ops::next(vm, &s.b)? else {
        return Ok(None);
    };
    let r = match tuple::as_tuple(&args) {
        Some(items) if args.is_exact(builtin().tuple) => ops::call(vm, &s.a, items, None)?,
        _ => {
            let items = ops::collect(vm, &args).map_err(|e| {
                if vm.err_matches(&e, builtin().type_error) {
                    vm.type_error(format!("'{}' object is not iterable", args.ty().name()))
                } else {
                    e
                }
            })?;
            ops::call(vm, &s.a, &items, None)?
        }
    };
    Ok(Some(r))
}

// ---- pairwise -----------------------------------------------------------------------------

struct PairwiseSt {
    it: Option<Value>,
    old: Option<Value>,
}

itertype!(
    PairwiseSt,
    PAIRWISE,
    pairwise_type,
    "pairwise",
    "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...",
    |t| {
        t.slots.new.set(Some(pairwise_new));
        t.slots.next.set(Some(pairwise_next));
    }
);

fn pairwise_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    if cls_is(cls, pairwise_type()) {
        no_kwargs(vm, "pairwise", kw)?;
    }
    let n = args.len() - kw.map_or(0, |k| k.len());
    if n != 1 {
        return Err(vm.type_error(format!("pairwise expected 1 argument, got {n}")));
    }
    let it = ops::iter(vm, &args[0])?;
    alloc(
        vm,
        cls,
        pairwise_type(),
        PairwiseSt {
            it: Some(it),
            old: None,
        },
    )
}

fn pairwise_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let me_ = me::<PairwiseSt>(vm, v)?;
    let (it, old) = me_.with(|s| (s.it.clone(), s.old.clone()));
    let Some(it) = it else {
        return Ok(None);
    };
    let stop = || {
        let gone = me_.with(|s| (s.it.take(), s.old.take()));
        drop(gone);
    };
    let old = match old {
        Some(o) => o,
        None => match ops::next(vm, &it)? {
            Some(o) => o,
            None => {
                stop();
                return Ok(None);
            }
        },
    };
    let Some(new) = ops::next(vm, &it)? else {
        stop();
        return Ok(None);
    };
    let prev = me_.with(|s| s.old.replace(new.clone()));
    drop(prev);
    Ok(Some(tuple::new_tuple(vec![old, new])))
}

// ---- zip_longest --------------------------------------------------------------------------

struct ZipLongestSt {
    its: Vec<Option<Value>>,
    fill: Value,
    active: usize,
}

itertype!(
    ZipLongestSt,
    ZIP_LONGEST,
    zip_longest_type,
    "zip_longest",
    "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.",
    |t| {
        t.slots.new.set(Some(zip_longest_new));
        t.slots.next.set(Some(zip_longest_next));
    }
);

fn zip_longest_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let nkw = kw.map_or(0, |k| k.len());
    let npos = args.len() - nkw;
    let mut fill = none::none();
    if let Some(k) = kw {
        for (name, val) in k.iter().zip(&args[npos..]) {
            if pystr::as_str(name) == Some("fillvalue") && nkw == 1 {
                fill = val.clone();
            } else {
                return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
            }
        }
    }
    let its = args[..npos]
        .iter()
        .map(|a| ops::iter(vm, a).map(Some))
        .collect::<PyResult<Vec<_>>>()?;
    let active = its.len();
    alloc(
        vm,
        cls,
        zip_longest_type(),
        ZipLongestSt { its, fill, active },
    )
}

fn zip_longest_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let me_ = me::<ZipLongestSt>(vm, v)?;
    let (its, fill, active) = me_.with(|s| (s.its.clone(), s.fill.clone(), s.active));
    if its.is_empty() || active == 0 {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(its.len());
    for (i, it) in its.iter().enumerate() {
        let Some(it) = it else {
            out.push(fill.clone());
            continue;
        };
        match ops::next(vm, it)? {
            Some(x) => out.push(x),
            None => {
                let (left, old) = me_.with(|s| {
                    let old = s.its.get_mut(i).and_then(|slot| slot.take());
                    if old.is_some() {
                        s.active = s.active.saturating_sub(1);
                    }
                    let left = s.active;
                    (left, old)
                });
                drop(old);
                if left == 0 {
                    let gone = me_.with(|s| std::mem::take(&mut s.its));
                    drop(gone);
                    return Ok(None);
                }
                out.push(fill.clone());
            }
        }
    }
    Ok(Some(tuple::new_tuple(out)))
}

// ---- accumulate ---------------------------------------------------------------------------

struct AccumulateSt {
    it: Value,
    func: Option<Value>,
    total: Option<Value>,
    initial: Option<Value>,
}

itertype!(
    AccumulateSt,
    ACCUMULATE,
    accumulate_type,
    "accumulate",
    "Return series of accumulated sums (or other binary function results).",
    |t| {
        t.slots.new.set(Some(accumulate_new));
        t.slots.next.set(Some(accumulate_next));
    }
);

static ACCUMULATE_ARGS: Args = Args::new("accumulate", &["iterable", "func", "*", "initial"]);

fn accumulate_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = ACCUMULATE_ARGS.parse(vm, args, kw, 1)?;
    let it = ops::iter(vm, a[0].as_ref().unwrap_or(&none::none()))?;
    let func = a[1].clone().filter(|f| !none::is_none(f));
    let initial = a[2].clone().filter(|f| !none::is_none(f));
    alloc(
        vm,
        cls,
        accumulate_type(),
        AccumulateSt {
            it,
            func,
            total: None,
            initial,
        },
    )
}

fn accumulate_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let me_ = me::<AccumulateSt>(vm, v)?;
    let (it, func, total, initial) = me_.with(|s| {
        let init = s.initial.take();
        if let Some(i) = &init {
            s.total = Some(i.clone());
        }
        (s.it.clone(), s.func.clone(), s.total.clone(), init)
    });
    if let Some(i) = initial {
        return Ok(Some(i));
    }
    let Some(x) = ops::next(vm, &it)? else {
        return Ok(None);
    };
    let new = match (total, func) {
        (None, _) => x,
        (Some(t), None) => ops::binary_op(vm, &t, &x, BinaryOp::Add)?,
        (Some(t), Some(f)) => ops::call(vm, &f, &[t, x], None)?,
    };
    let old = me_.with(|s| s.total.replace(new.clone()));
    drop(old);
    Ok(Some(new))
}

// ---- combinatorics ------------------------------------------------------------------------

/// The most pools or indices a combinatoric iterator allocates; more is a MemoryError (as
/// CPython's allocation of the index array fails), never an attempt to fill terabytes.
const MAX_INDICES: usize = 1 << 28;

struct ProductSt {
    pools: Vec<Vec<Value>>,
    indices: Vec<usize>,
    started: bool,
    stopped: bool,
}

itertype!(
    ProductSt,
    PRODUCT,
    product_type,
    "product",
    "product(*iterables, repeat=1) --> product object\n\nCartesian product of input iterables.  Equivalent to nested for-loops.",
    |t| {
        t.slots.new.set(Some(product_new));
        t.slots.next.set(Some(product_next));
    }
);

fn product_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let nkw = kw.map_or(0, |k| k.len());
    let npos = args.len() - nkw;
    let mut repeat = 1usize;
    if let Some(k) = kw {
        if nkw > 1 {
            return Err(vm.type_error(format!(
                "product() takes at most 1 keyword argument ({nkw} given)"
            )));
        }
        for (name, val) in k.iter().zip(&args[npos..]) {
            let n = pystr::as_str(name).unwrap_or("");
            if n != "repeat" {
                return Err(vm.type_error(format!(
                    "'{n}' is an invalid keyword argument for product()"
                )));
            }
            let r = slice::to_index(vm, val, Overflow::SsizeT)?;
            if r < 0 {
                return Err(vm.value_error("repeat argument cannot be negative"));
            }
            repeat = r as usize;
        }
    }
    let base = args[..npos]
        .iter()
        .map(|a| ops::collect(vm, a))
        .collect::<PyResult<Vec<_>>>()?;
    let npools = if base.is_empty() {
        0
    } else {
        // CPython's bound: the index array (one word per pool) must be addressable.
        if repeat > 0 && base.len() > isize::MAX as usize / 8 / repeat {
            return Err(vm.overflow_error("repeat argument too large"));
        }
        base.len() * repeat
    };
    if npools > MAX_INDICES {
        return Err(vm.memory_error());
    }
    let mut pools = Vec::new();
    pools
        .try_reserve_exact(npools)
        .map_err(|_| vm.memory_error())?;
    if npools > 0 {
        for _ in 0..repeat {
            pools.extend(base.iter().cloned());
        }
    }
    let n = pools.len();
    alloc(
        vm,
        cls,
        product_type(),
        ProductSt {
            pools,
            indices: vec![0; n],
            started: false,
            stopped: false,
        },
    )
}

fn product_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let me_ = me::<ProductSt>(vm, v)?;
    Ok(me_.with(|s| {
        if s.stopped {
            return None;
        }
        if !s.started {
            s.started = true;
            if s.pools.iter().any(|p| p.is_empty()) {
                s.stopped = true;
                return None;
            }
        } else {
            let mut i = s.pools.len();
            loop {
                if i == 0 {
                    s.stopped = true;
                    return None;
                }
                i -= 1;
                s.indices[i] += 1;
                if s.indices[i] < s.pools[i].len() {
                    break;
                }
                s.indices[i] = 0;
            }
        }
        let items = s
            .pools
            .iter()
            .zip(&s.indices)
            .map(|(p, &k)| p[k].clone())
            .collect();
        Some(tuple::new_tuple(items))
    }))
}

struct PermSt {
    pool: Vec<Value>,
    r: usize,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    started: bool,
    stopped: bool,
}

itertype!(
    PermSt,
    PERMUTATIONS,
    permutations_type,
    "permutations",
    "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)",
    |t| {
        t.slots.new.set(Some(permutations_new));
        t.slots.next.set(Some(permutations_next));
    }
);

static PERM_ARGS: Args = Args::new("permutations", &["iterable", "r"]);

fn permutations_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = PERM_ARGS.parse(vm, args, kw, 1)?;
    let pool = ops::collect(vm, a[0].as_ref().unwrap_or(&none::none()))?;
    let n = pool.len();
    let r = match &a[1] {
        None => n,
        Some(r) if none::is_none(r) => n,
        Some(r) => {
            if int::as_int(r).is_none() {
                return Err(vm.type_error("Expected int as r"));
            }
            let r = slice::to_index(vm, r, Overflow::SsizeT)?;
            if r < 0 {
                return Err(vm.value_error("r must be non-negative"));
            }
            r as usize
        }
    };
    let stopped = r > n;
    alloc(
        vm,
        cls,
        permutations_type(),
        PermSt {
            pool,
            r,
            indices: (0..n).collect(),
            cycles: if stopped {
                Vec::new()
            } else {
                (n - r + 1..=n).rev().collect()
            },
            started: false,
            stopped,
        },
    )
}

fn permutations_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let me_ = me::<PermSt>(vm, v)?;
    Ok(me_.with(|s| {
        if s.stopped {
            return None;
        }
        let n = s.pool.len();
        let r = s.r;
        if !s.started {
            s.started = true;
        } else {
            if n == 0 {
                s.stopped = true;
                return None;
            }
            let mut i = r;
            loop {
                if i == 0 {
                    s.stopped = true;
                    return None;
                }
                i -= 1;
                s.cycles[i] -= 1;
                if s.cycles[i] == 0 {
                    let j = s.indices.remove(i);
                    s.indices.push(j);
                    s.cycles[i] = n - i;
                } else {
                    let j = n - s.cycles[i];
                    s.indices.swap(i, j);
                    break;
                }
            }
        }
        let items = s.indices[..r].iter().map(|&k| s.pool[k].clone()).collect();
        Some(tuple::new_tuple(items))
    }))
}

struct CombSt {
    pool: Vec<Value>,
    indices: Vec<usize>,
    started: bool,
    stopped: bool,
}

/// `combinations` and `combinations_with_replacement` arguments: the pool and `r`.
fn comb_args(
    vm: &Vm,
    spec: &Args,
    args: &[Value],
    kw: Option<&[Value]>,
) -> PyResult<(Vec<Value>, usize)> {
    let a = spec.parse(vm, args, kw, 2)?;
    let pool = ops::collect(vm, a[0].as_ref().unwrap_or(&none::none()))?;
    let r = slice::to_index(vm, a[1].as_ref().unwrap_or(&none::none()), Overflow::SsizeT)?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    // CPython allocates the `r` indices before anything else.
    if r as usize > MAX_INDICES {
        return Err(vm.memory_error());
    }
    Ok((pool, r as usize))
}

itertype!(
    CombSt,
    COMBINATIONS,
    combinations_type,
    "combinations",
    "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)",
    |t| {
        t.slots.new.set(Some(combinations_new));
        t.slots.next.set(Some(combinations_next));
    }
);

static COMB_ARGS: Args = Args::new("combinations", &["iterable", "r"]);

fn combinations_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let (pool, r) = comb_args(vm, &COMB_ARGS, args, kw)?;
    let stopped = r > pool.len();
    alloc(
        vm,
        cls,
        combinations_type(),
        CombSt {
            pool,
            indices: if stopped {
                Vec::new()
            } else {
                (0..r).collect()
            },
            started: false,
            stopped,
        },
    )
}

fn combinations_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let me_ = me::<CombSt>(vm, v)?;
    Ok(me_.with(|s| {
        if s.stopped {
            return None;
        }
        let n = s.pool.len();
        let r = s.indices.len();
        if !s.started {
            s.started = true;
        } else {
            let mut i = r;
            loop {
                if i == 0 {
                    s.stopped = true;
                    return None;
                }
                i -= 1;
                if s.indices[i] != i + n - r {
                    break;
                }
            }
            s.indices[i] += 1;
            for j in i + 1..r {
                s.indices[j] = s.indices[j - 1] + 1;
            }
        }
        let items = s.indices.iter().map(|&k| s.pool[k].clone()).collect();
        Some(tuple::new_tuple(items))
    }))
}

pub struct CwrSt(CombSt);

itertype!(
    CwrSt,
    CWR,
    cwr_type,
    "combinations_with_replacement",
    "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')",
    |t| {
        t.slots.new.set(Some(cwr_new));
        t.slots.next.set(Some(cwr_next));
    }
);

static CWR_ARGS: Args = Args::new("combinations_with_replacement", &["iterable", "r"]);

fn cwr_new(vm: &Vm, cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let (pool, r) = comb_args(vm, &CWR_ARGS, args, kw)?;
    let stopped = pool.is_empty() && r > 0;
    let mut indices = Vec::new();
    if !stopped {
        indices
            .try_reserve_exact(r)
            .map_err(|_| vm.memory_error())?;
        indices.resize(r, 0);
    }
    alloc(
        vm,
        cls,
        cwr_type(),
        CwrSt(CombSt {
            pool,
            indices,
            started: false,
            stopped,
        }),
    )
}

fn cwr_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let me_ = me::<CwrSt>(vm, v)?;
    Ok(me_.with(|w| {
        let s = &mut w.0;
        if s.stopped {
            return None;
        }
        let n = s.pool.len();
        let r = s.indices.len();
        if !s.started {
            s.started = true;
        } else {
            let mut i = r;
            loop {
                if i == 0 {
                    s.stopped = true;
                    return None;
                }
                i -= 1;
                if s.indices[i] != n - 1 {
                    break;
                }
            }
            let nv = s.indices[i] + 1;
            for j in i..r {
                s.indices[j] = nv;
            }
        }
        let items = s.indices.iter().map(|&k| s.pool[k].clone()).collect();
        Some(tuple::new_tuple(items))
    }))
}
