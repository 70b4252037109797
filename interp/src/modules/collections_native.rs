//! The `_collections` module: the native `collections.deque` and its iterator types
//! (`_collections._deque_iterator`, `_collections._deque_reverse_iterator`).
//!
//! Owns: `DequeObj` (a ring buffer of values, its optional `maxlen` and a mutation counter,
//! all guarded by the deque object's header mutex), every deque method and slot with
//! CPython 3.11's behaviour and messages, and iteration with mutation detection.
//! Must not: hold a deque's lock while running Python code (comparisons, `__eq__`,
//! `__index__`, `repr`, iteration of other objects) or while dropping values that may be the
//! last reference to something (evicted and popped items are handed out of the critical
//! section first), and must not lock two objects at once.

use std::cell::UnsafeCell;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::bytecode::CompareOp;
use crate::modules::modtype::{new_type, LazyType};
use crate::object::{ObjLock, Payload, Value};
use crate::ops;
use crate::types::int::{self, new_int};
use crate::types::list::{self, payload_header, repr_enter};
use crate::types::native::{add_class_method, add_method, check_count, no_kwargs, Args};
use crate::types::slice::{self, Overflow};
use crate::types::tuple::{self, repeat_count, seq_richcompare, MAX_SEQ_ITEMS};
use crate::types::{dict, none, str as pystr, TypeObject};
use crate::vm::{PyResult, Vm};

/// The state a deque's lock guards.
struct Inner {
    items: VecDeque<Value>,
    /// `None`: unbounded.
    maxlen: Option<usize>,
    /// Bumped by every mutation that invalidates iterators.
    state: usize,
}

/// The payload of `collections.deque`.
pub struct DequeObj {
    inner: UnsafeCell<Inner>,
}

// SAFETY: `inner` is only accessed through `DequeObj::with`, which holds the owning object's
// header mutex for the whole access.
unsafe impl Sync for DequeObj {}
// SAFETY: as above; the state is plain owned data.
unsafe impl Send for DequeObj {}

static DEQUE_TYPE: LazyType = LazyType::new();
static ITER_TYPE: LazyType = LazyType::new();
static RITER_TYPE: LazyType = LazyType::new();

impl Payload for DequeObj {
    fn class() -> &'static TypeObject {
        deque_type()
    }
}

impl DequeObj {
    fn new(items: VecDeque<Value>, maxlen: Option<usize>) -> DequeObj {
        DequeObj {
            inner: UnsafeCell::new(Inner {
                items,
                maxlen,
                state: 0,
            }),
        }
    }

    /// Runs `f` with the lock held. `f` must not call Python code, lock another object or
    /// drop values (it returns them to be dropped after).
    #[inline]
    fn with<R>(&self, f: impl FnOnce(&mut Inner) -> R) -> R {
        // SAFETY: a `DequeObj` only lives inside a heap object made by this module
        // (`PyObj<DequeObj>` or a subclass layout starting with it).
        let h = unsafe { payload_header(self) };
        let _g = ObjLock::lock(h);
        // SAFETY: the header mutex is held for the whole access (see the Sync impl), and
        // callers never re-enter `with` from `f`.
        f(unsafe { &mut *self.inner.get() })
    }

    fn len(&self) -> usize {
        self.with(|d| d.items.len())
    }

    fn maxlen(&self) -> Option<usize> {
        self.with(|d| d.maxlen)
    }

    fn snapshot(&self) -> Vec<Value> {
        self.with(|d| d.items.iter().cloned().collect())
    }

    /// Appends on the right; returns the item evicted on the left (to drop unlocked).
    #[inline]
    fn push_back(&self, x: Value) -> Option<Value> {
        self.with(|d| {
            d.state = d.state.wrapping_add(1);
            d.items.push_back(x);
            match d.maxlen {
                Some(m) if d.items.len() > m => d.items.pop_front(),
                _ => None,
            }
        })
    }

    /// Appends on the left; returns the item evicted on the right.
    #[inline]
    fn push_front(&self, x: Value) -> Option<Value> {
        self.with(|d| {
            d.state = d.state.wrapping_add(1);
            d.items.push_front(x);
            match d.maxlen {
                Some(m) if d.items.len() > m => d.items.pop_back(),
                _ => None,
            }
        })
    }

    /// The item at `i` if the deque is still in mutation state `state`; `Err` if mutated.
    fn get_checked(&self, i: usize, state: usize) -> Result<Option<Value>, ()> {
        self.with(|d| {
            if d.state != state {
                Err(())
            } else {
                Ok(d.items.get(i).cloned())
            }
        })
    }
}

fn deque_type() -> &'static TypeObject {
    DEQUE_TYPE.get(|| {
        let t = new_type::<DequeObj>("collections.deque", None, true, |t| {
            let s = &t.slots;
            s.new.set(Some(deque_new));
            s.init.set(Some(deque_init));
            s.repr.set(Some(deque_repr));
            s.hash.set(Some(list::unhashable));
            s.richcompare.set(Some(deque_richcompare));
            s.len.set(Some(deque_len));
            s.getitem.set(Some(deque_getitem));
            s.setitem.set(Some(deque_setitem));
            s.contains.set(Some(deque_contains));
            s.iter.set(Some(deque_iter));
            s.add.set(Some(deque_add));
            s.mul.set(Some(deque_mul));
            s.iadd.set(Some(deque_iadd));
            s.imul.set(Some(deque_imul));
            add_method(t, "append", d_append);
            add_method(t, "appendleft", d_appendleft);
            add_method(t, "pop", d_pop);
            add_method(t, "popleft", d_popleft);
            add_method(t, "extend", d_extend);
            add_method(t, "extendleft", d_extendleft);
            add_method(t, "clear", d_clear);
            add_method(t, "copy", d_copy);
            add_method(t, "__copy__", d_copy);
            add_method(t, "count", d_count);
            add_method(t, "index", d_index);
            add_method(t, "insert", d_insert);
            add_method(t, "remove", d_remove);
            add_method(t, "reverse", d_reverse);
            add_method(t, "rotate", d_rotate);
            add_method(t, "__reversed__", d_reversed);
            add_method(t, "__reduce__", d_reduce);
            add_method(t, "__sizeof__", d_sizeof);
            add_class_method(t, "__class_getitem__", d_class_getitem);
            crate::types::descriptors::add_getset(
                t,
                "maxlen",
                |vm, v| {
                    Ok(match deq(vm, v)?.maxlen() {
                        Some(m) => int::new_int_usize(m),
                        None => none::none(),
                    })
                },
                None,
            );
            dict::dict_set_str(
                t.dict(),
                "__doc__",
                pystr::new_str(
                    "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence \
                     optimized for data accesses near its endpoints.",
                ),
            );
        });
        // After the slot wrappers, which would expose the hash slot as `__hash__`.
        dict::dict_set_str(t.dict(), "__hash__", none::none());
        t
    })
}

fn iter_type(reverse: bool) -> &'static TypeObject {
    fn setup(t: &'static TypeObject) {
        t.slots.iter.set(Some(|_vm, v| Ok(v.clone())));
        t.slots.next.set(Some(dequeiter_next));
        add_method(t, "__length_hint__", dequeiter_length_hint);
    }
    if reverse {
        RITER_TYPE.get(|| {
            new_type::<DequeRevIter>("_collections._deque_reverse_iterator", None, false, setup)
        })
    } else {
        ITER_TYPE.get(|| new_type::<DequeIter>("_collections._deque_iterator", None, false, setup))
    }
}

pub fn init(_vm: &Vm, d: &Value) -> PyResult<()> {
    dict::dict_set_str(d, "deque", deque_type().to_value());
    dict::dict_set_str(d, "_deque_iterator", iter_type(false).to_value());
    dict::dict_set_str(d, "_deque_reverse_iterator", iter_type(true).to_value());
    Ok(())
}

#[inline]
fn deq<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a DequeObj> {
    v.downcast::<DequeObj>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'collections.deque' object but received a '{}'",
            v.ty().name()
        ))
    })
}

fn mutated(vm: &Vm) -> crate::vm::PyErr {
    vm.runtime_error("deque mutated during iteration")
}

// ---- construction -------------------------------------------------------------------------

fn deque_new(vm: &Vm, cls: &Value, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    if list::cls_is(cls, deque_type()) {
        return Ok(Value::alloc(
            deque_type(),
            DequeObj::new(VecDeque::new(), None),
        ));
    }
    crate::types::object::alloc_subclass_instance(vm, cls, DequeObj::new(VecDeque::new(), None))
}

static INIT_ARGS: Args = Args::new("deque", &["iterable", "maxlen"]);

fn deque_init(vm: &Vm, obj: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<()> {
    let me = deq(vm, obj)?;
    let a = INIT_ARGS.parse(vm, args, kwnames, 0)?;
    let maxlen = match &a[1] {
        None => None,
        Some(m) if none::is_none(m) => None,
        Some(m) => {
            let Some(iv) = slice::index_value(vm, m)? else {
                return Err(vm.type_error("an integer is required"));
            };
            let n = slice::int_to_isize(vm, &iv, Overflow::SsizeT)?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let old = me.with(|d| {
        d.maxlen = maxlen;
        if d.items.is_empty() {
            VecDeque::new()
        } else {
            d.state = d.state.wrapping_add(1);
            std::mem::take(&mut d.items)
        }
    });
    drop(old);
    if let Some(it) = &a[0] {
        extend_impl(vm, obj, it, false)?;
    }
    Ok(())
}

/// A new exact deque holding `items` (trimmed from the left to `maxlen`).
fn new_deque(items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    Value::alloc(deque_type(), DequeObj::new(items, maxlen))
}

// ---- the ends -----------------------------------------------------------------------------

fn one_arg<'a>(
    vm: &Vm,
    fname: &str,
    args: &'a [Value],
    kw: Option<&[Value]>,
) -> PyResult<&'a Value> {
    no_kwargs(vm, fname, kw)?;
    check_count(vm, fname, args.len().saturating_sub(1), 1, 1)?;
    Ok(&args[1])
}

fn no_args(vm: &Vm, fname: &str, args: &[Value], kw: Option<&[Value]>) -> PyResult<()> {
    no_kwargs(vm, fname, kw)?;
    check_count(vm, fname, args.len().saturating_sub(1), 0, 0)
}

fn d_append(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let x = one_arg(vm, "deque.append", args, kw)?;
    let evicted = deq(vm, &args[0])?.push_back(x.clone());
    drop(evicted);
    Ok(none::none())
}

fn d_appendleft(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let x = one_arg(vm, "deque.appendleft", args, kw)?;
    let evicted = deq(vm, &args[0])?.push_front(x.clone());
    drop(evicted);
    Ok(none::none())
}

fn d_pop(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_args(vm, "deque.pop", args, kw)?;
    let r = deq(vm, &args[0])?.with(|d| {
        let x = d.items.pop_back();
        if x.is_some() {
            d.state = d.state.wrapping_add(1);
        }
        x
    });
    r.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn d_popleft(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_args(vm, "deque.popleft", args, kw)?;
    let r = deq(vm, &args[0])?.with(|d| {
        let x = d.items.pop_front();
        if x.is_some() {
            d.state = d.state.wrapping_add(1);
        }
        x
    });
    r.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

/// `extend`/`extendleft`: lists, tuples and the deque itself are copied first; other
/// iterables are consumed item by item (a `maxlen` of 0 still consumes them).
fn extend_impl(vm: &Vm, obj: &Value, iterable: &Value, left: bool) -> PyResult<()> {
    let me = deq(vm, obj)?;
    let snapshot = if iterable.is(obj) {
        Some(me.snapshot())
    } else if list::as_list(iterable).is_some() || tuple::as_tuple(iterable).is_some() {
        Some(list::items_of(vm, iterable)?)
    } else {
        ops::container_snapshot(iterable)
    };
    if let Some(items) = snapshot {
        let evicted: Vec<Value> = me.with(|d| {
            d.state = d.state.wrapping_add(1);
            let mut out = Vec::new();
            for x in items {
                if left {
                    d.items.push_front(x);
                } else {
                    d.items.push_back(x);
                }
                if let Some(m) = d.maxlen {
                    if d.items.len() > m {
                        out.extend(if left {
                            d.items.pop_back()
                        } else {
                            d.items.pop_front()
                        });
                    }
                }
            }
            out
        });
        drop(evicted);
        return Ok(());
    }
    let it = ops::iter(vm, iterable)?;
    while let Some(x) = ops::next(vm, &it)? {
        let evicted = if left {
            me.push_front(x)
        } else {
            me.push_back(x)
        };
        drop(evicted);
    }
    Ok(())
}

fn d_extend(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let x = one_arg(vm, "deque.extend", args, kw)?;
    extend_impl(vm, &args[0], x, false)?;
    Ok(none::none())
}

fn d_extendleft(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let x = one_arg(vm, "deque.extendleft", args, kw)?;
    extend_impl(vm, &args[0], x, true)?;
    Ok(none::none())
}

fn d_clear(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_args(vm, "deque.clear", args, kw)?;
    let old = deq(vm, &args[0])?.with(|d| {
        d.state = d.state.wrapping_add(1);
        std::mem::take(&mut d.items)
    });
    drop(old);
    Ok(none::none())
}

/// `deque.copy()`: an exact deque copies natively; a subclass is called as
/// `type(d)(d)` or `type(d)(d, maxlen)`, as CPython does.
fn copy_of(vm: &Vm, v: &Value) -> PyResult<Value> {
    let me = deq(vm, v)?;
    let (items, maxlen) = me.with(|d| (d.items.clone(), d.maxlen));
    if std::ptr::eq(v.ty(), deque_type()) {
        return Ok(new_deque(items, maxlen));
    }
    drop(items);
    let cls = v.ty().to_value();
    match maxlen {
        None => ops::call(vm, &cls, std::slice::from_ref(v), None),
        Some(m) => ops::call(vm, &cls, &[v.clone(), int::new_int_usize(m)], None),
    }
}

fn d_copy(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_args(vm, "deque.copy", args, kw)?;
    copy_of(vm, &args[0])
}

// ---- searching ----------------------------------------------------------------------------

fn d_count(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let x = one_arg(vm, "deque.count", args, kw)?;
    let me = deq(vm, &args[0])?;
    let state = me.with(|d| d.state);
    let mut n = 0usize;
    let mut i = 0;
    loop {
        match me.get_checked(i, state) {
            Err(()) => return Err(mutated(vm)),
            Ok(None) => break,
            Ok(Some(item)) => {
                if ops::eq(vm, &item, x)? {
                    n += 1;
                }
            }
        }
        i += 1;
    }
    if me.with(|d| d.state) != state {
        return Err(mutated(vm));
    }
    Ok(int::new_int_usize(n))
}

/// The position of the first item equal to `x` in `start..stop`; RuntimeError if the deque
/// is mutated by a comparison.
fn find(vm: &Vm, me: &DequeObj, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let state = me.with(|d| d.state);
    for i in start..stop {
        match me.get_checked(i, state) {
            Err(()) => return Err(mutated(vm)),
            Ok(None) => break,
            Ok(Some(item)) => {
                let found = ops::eq(vm, &item, x)?;
                if me.with(|d| d.state) != state {
                    return Err(mutated(vm));
                }
                if found {
                    return Ok(Some(i));
                }
            }
        }
    }
    Ok(None)
}

fn not_in_deque(vm: &Vm, x: &Value) -> PyResult<crate::vm::PyErr> {
    Ok(vm.value_error(format!("{} is not in deque", ops::repr_string(vm, x)?)))
}

fn d_index(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "index", kw)?;
    let n = args.len().saturating_sub(1);
    if n == 0 {
        return Err(vm.type_error("index() takes at least 1 argument (0 given)"));
    }
    if n > 3 {
        return Err(vm.type_error(format!("index() takes at most 3 arguments ({n} given)")));
    }
    let me = deq(vm, &args[0])?;
    let bound = |v: Option<&Value>, dflt: isize| -> PyResult<isize> {
        match v {
            None => Ok(dflt),
            Some(v) => slice::slice_index_not_none(vm, v),
        }
    };
    let mut start = bound(args.get(2), 0)?;
    let mut stop = bound(args.get(3), isize::MAX)?;
    let len = me.len() as isize;
    if start < 0 {
        start = (start + len).max(0);
    }
    if stop < 0 {
        stop = (stop + len).max(0);
    }
    let stop = stop.min(len);
    if start < stop {
        if let Some(i) = find(vm, me, &args[1], start as usize, stop as usize)? {
            return Ok(int::new_int_usize(i));
        }
    }
    Err(not_in_deque(vm, &args[1])?)
}

fn d_insert(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "insert", kw)?;
    let n = args.len().saturating_sub(1);
    if n != 2 {
        return Err(vm.type_error(format!("insert() takes exactly 2 arguments ({n} given)")));
    }
    let me = deq(vm, &args[0])?;
    let i = slice::to_index(vm, &args[1], Overflow::SsizeT)?;
    let x = args[2].clone();
    let full = me.with(|d| {
        if d.maxlen.is_some_and(|m| d.items.len() >= m) {
            return Err(x);
        }
        let len = d.items.len() as isize;
        let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
        d.state = d.state.wrapping_add(1);
        d.items.insert(at as usize, x);
        Ok(())
    });
    if let Err(x) = full {
        drop(x);
        return Err(vm.index_error("deque already at its maximum size"));
    }
    Ok(none::none())
}

fn d_remove(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let x = one_arg(vm, "deque.remove", args, kw)?;
    let me = deq(vm, &args[0])?;
    let state = me.with(|d| d.state);
    let mut i = 0;
    loop {
        let item = match me.get_checked(i, state) {
            Err(()) => return Err(vm.index_error("deque mutated during iteration")),
            Ok(None) => return Err(not_in_deque(vm, x)?),
            Ok(Some(item)) => item,
        };
        let found = ops::eq(vm, &item, x)?;
        if found {
            let removed = me.with(|d| {
                if d.state != state {
                    return Err(());
                }
                d.state = d.state.wrapping_add(1);
                Ok(d.items.remove(i))
            });
            return match removed {
                Ok(v) => {
                    drop(v);
                    Ok(none::none())
                }
                Err(()) => Err(vm.index_error("deque mutated during iteration")),
            };
        }
        i += 1;
    }
}

fn d_reverse(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_args(vm, "deque.reverse", args, kw)?;
    deq(vm, &args[0])?.with(|d| {
        d.state = d.state.wrapping_add(1);
        d.items.make_contiguous().reverse();
    });
    Ok(none::none())
}

fn d_rotate(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "rotate", kw)?;
    let n = args.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.type_error(format!("deque.rotate expected at most 1 argument, got {n}")));
    }
    let me = deq(vm, &args[0])?;
    let k = match args.get(1) {
        None => 1,
        Some(v) => slice::to_index(vm, v, Overflow::SsizeT)?,
    };
    me.with(|d| {
        d.state = d.state.wrapping_add(1);
        let len = d.items.len();
        if len > 1 {
            let k = k.rem_euclid(len as isize) as usize;
            d.items.rotate_right(k);
        }
    });
    Ok(none::none())
}

// ---- slots --------------------------------------------------------------------------------

fn deque_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(deq(vm, v)?.len())
}

/// A subscript as a machine index (CPython's sequence-protocol messages).
fn item_index(vm: &Vm, i: &Value) -> PyResult<isize> {
    match slice::try_index(vm, i, Overflow::IndexError)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!(
            "sequence index must be integer, not '{}'",
            i.ty().name()
        ))),
    }
}

fn deque_getitem(vm: &Vm, v: &Value, i: &Value) -> PyResult<Value> {
    let me = deq(vm, v)?;
    let i = item_index(vm, i)?;
    me.with(|d| list::norm_index(i, d.items.len()).map(|u| d.items[u].clone()))
        .ok_or_else(|| vm.index_error("deque index out of range"))
}

fn deque_setitem(vm: &Vm, v: &Value, i: &Value, x: Option<Value>) -> PyResult<()> {
    let me = deq(vm, v)?;
    let i = item_index(vm, i)?;
    let old = me.with(|d| {
        let u = list::norm_index(i, d.items.len())?;
        Some(match x {
            Some(x) => std::mem::replace(&mut d.items[u], x),
            None => {
                d.state = d.state.wrapping_add(1);
                d.items.remove(u)?
            }
        })
    });
    match old {
        Some(o) => {
            drop(o);
            Ok(())
        }
        None => Err(vm.index_error("deque index out of range")),
    }
}

fn deque_contains(vm: &Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let me = deq(vm, v)?;
    let len = me.len();
    Ok(find(vm, me, x, 0, len)?.is_some())
}

fn deque_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let me = deq(vm, v)?;
    let Some(_guard) = repr_enter(v) else {
        return Ok(pystr::new_str("[...]"));
    };
    let items = me.snapshot();
    let body = {
        let _d = vm.enter(" while getting the repr of an object")?;
        tuple::join_reprs(vm, &items)?
    };
    let name = v.ty().name().to_string();
    let name = name.rsplit('.').next().unwrap_or("deque").to_string();
    Ok(pystr::new_string(match me.maxlen() {
        None => format!("{name}([{body}])"),
        Some(m) => format!("{name}([{body}], maxlen={m})"),
    }))
}

fn deque_richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<DequeObj>(), b.downcast::<DequeObj>()) else {
        return Ok(none::not_implemented());
    };
    seq_richcompare(
        vm,
        &|| x.len(),
        &|i| x.with(|d| d.items.get(i).cloned()),
        &|| y.len(),
        &|i| y.with(|d| d.items.get(i).cloned()),
        op,
    )
}

fn deque_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    new_iter(vm, v, false)
}

fn deque_add(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if a.downcast::<DequeObj>().is_none() {
        return Ok(none::not_implemented());
    }
    if b.downcast::<DequeObj>().is_none() {
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            b.ty().name()
        )));
    }
    let r = copy_of(vm, a)?;
    if r.downcast::<DequeObj>().is_some() {
        extend_impl(vm, &r, b, false)?;
        Ok(r)
    } else {
        ops::call_method(vm, &r, "extend", std::slice::from_ref(b))?;
        Ok(r)
    }
}

fn deque_iadd(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if a.downcast::<DequeObj>().is_none() {
        return Ok(none::not_implemented());
    }
    extend_impl(vm, a, b, false)?;
    Ok(a.clone())
}

/// Repeats the items of `me` in place `n` times, keeping the last `maxlen` of them.
fn repeat_in_place(vm: &Vm, me: &DequeObj, n: usize) -> PyResult<()> {
    let (items, maxlen) = me.with(|d| (d.items.clone(), d.maxlen));
    let len = items.len();
    if n == 1 || len == 0 {
        return Ok(());
    }
    let mut total = len.saturating_mul(n);
    if let Some(m) = maxlen {
        total = total.min(m);
    }
    if n == 0 {
        total = 0;
    }
    if total > MAX_SEQ_ITEMS {
        return Err(vm.memory_error());
    }
    // The result is the last `total` items of `items * n`.
    let full = len.saturating_mul(n);
    let skip = full - total;
    let mut out = VecDeque::new();
    out.try_reserve_exact(total)
        .map_err(|_| vm.memory_error())?;
    for k in skip..full {
        out.push_back(items[k % len].clone());
    }
    drop(items);
    let old = me.with(|d| {
        d.state = d.state.wrapping_add(1);
        std::mem::replace(&mut d.items, out)
    });
    drop(old);
    Ok(())
}

fn repeat_arg(vm: &Vm, n: &Value) -> PyResult<usize> {
    repeat_count(vm, n)?.ok_or_else(|| {
        vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name()
        ))
    })
}

fn deque_mul(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (seq, n) = if a.downcast::<DequeObj>().is_some() {
        (a, b)
    } else {
        (b, a)
    };
    if seq.downcast::<DequeObj>().is_none() {
        return Ok(none::not_implemented());
    }
    if !slice::is_index(n) {
        if seq.is(a) {
            if let Some(r) = tuple::try_other_slot(vm, a, b, deque_mul, b.ty().slots.mul.get())? {
                return Ok(r);
            }
        }
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name()
        )));
    }
    let count = repeat_arg(vm, n)?;
    let r = copy_of(vm, seq)?;
    match r.downcast::<DequeObj>() {
        Some(d) => repeat_in_place(vm, d, count)?,
        None => return Ok(none::not_implemented()),
    }
    Ok(r)
}

fn deque_imul(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(me) = a.downcast::<DequeObj>() else {
        return Ok(none::not_implemented());
    };
    if !slice::is_index(b) {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            b.ty().name()
        )));
    }
    let count = repeat_arg(vm, b)?;
    repeat_in_place(vm, me, count)?;
    Ok(a.clone())
}

fn d_reversed(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_args(vm, "deque.__reversed__", args, kw)?;
    new_iter(vm, &args[0], true)
}

fn d_reduce(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_args(vm, "deque.__reduce__", args, kw)?;
    let v = &args[0];
    let me = deq(vm, v)?;
    let cls_args = match me.maxlen() {
        None => tuple::new_tuple(Vec::new()),
        Some(m) => tuple::new_tuple(vec![tuple::new_tuple(Vec::new()), int::new_int_usize(m)]),
    };
    let state = match crate::types::object::instance_attrs(v) {
        Some(_) => {
            let d = ops::getattr_str(vm, v, "__dict__")?;
            if dict::as_dict(&d).is_some_and(|x| !x.is_empty()) {
                d
            } else {
                none::none()
            }
        }
        None => none::none(),
    };
    Ok(tuple::new_tuple(vec![
        v.ty().to_value(),
        cls_args,
        state,
        new_iter(vm, v, false)?,
    ]))
}

fn d_sizeof(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_args(vm, "deque.__sizeof__", args, kw)?;
    let me = deq(vm, &args[0])?;
    // CPython: the object plus its 64-slot blocks.
    let blocks = me.len() / 64 + 1;
    Ok(int::new_int_usize(624 + blocks * 528 - 528))
}

fn d_class_getitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "__class_getitem__", args.len(), 2, 2)?;
    Ok(crate::types::genericalias::new_generic_alias(
        vm,
        args[0].clone(),
        &args[1],
    ))
}

// ---- iterators ----------------------------------------------------------------------------

/// `_deque_iterator` / `_deque_reverse_iterator`: the deque, the next position (from the
/// left, or from the right when reversed), the items left, and the deque's mutation state
/// when the iterator was made.
pub struct DequeIter {
    deque: Value,
    pos: AtomicUsize,
    left: AtomicUsize,
    state: usize,
    reverse: bool,
}

impl Payload for DequeIter {
    fn class() -> &'static TypeObject {
        iter_type(false)
    }
}

/// The payload of `_deque_reverse_iterator` (its own type, so its own payload type).
pub struct DequeRevIter(DequeIter);

impl Payload for DequeRevIter {
    fn class() -> &'static TypeObject {
        iter_type(true)
    }
}

fn iter_payload(v: &Value) -> Option<&DequeIter> {
    v.downcast::<DequeIter>()
        .or_else(|| v.downcast::<DequeRevIter>().map(|r| &r.0))
}

fn new_iter(vm: &Vm, v: &Value, reverse: bool) -> PyResult<Value> {
    let me = deq(vm, v)?;
    let (len, state) = me.with(|d| (d.items.len(), d.state));
    let it = DequeIter {
        deque: v.clone(),
        pos: AtomicUsize::new(0),
        left: AtomicUsize::new(len),
        state,
        reverse,
    };
    Ok(if reverse {
        Value::alloc(iter_type(true), DequeRevIter(it))
    } else {
        Value::alloc(iter_type(false), it)
    })
}

fn dequeiter_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = iter_payload(v) else {
        return Err(vm.type_error("descriptor requires a deque iterator"));
    };
    let Some(me) = it.deque.downcast::<DequeObj>() else {
        return Ok(None);
    };
    let r = me.with(|d| {
        if d.state != it.state {
            return Err(());
        }
        if it.left.load(Ordering::Relaxed) == 0 {
            return Ok(None);
        }
        let p = it.pos.load(Ordering::Relaxed);
        let len = d.items.len();
        let idx = if it.reverse {
            len.checked_sub(p + 1)
        } else {
            Some(p)
        };
        let x = idx.and_then(|i| d.items.get(i).cloned());
        if x.is_some() {
            it.pos.store(p + 1, Ordering::Relaxed);
            it.left.fetch_sub(1, Ordering::Relaxed);
        }
        Ok(x)
    });
    match r {
        Ok(x) => Ok(x),
        Err(()) => {
            it.left.store(0, Ordering::Relaxed);
            Err(mutated(vm))
        }
    }
}

fn dequeiter_length_hint(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let it = args
        .first()
        .and_then(iter_payload)
        .ok_or_else(|| vm.type_error("descriptor requires a deque iterator"))?;
    Ok(new_int(it.left.load(Ordering::Relaxed) as i64))
}
