//! `list`: the mutable sequence, its sort, and plumbing shared by the container types.
//!
//! Owns: `ListObj` (a vector of values guarded by the list object's header mutex) and every
//! list method and slot (indexing, slice assignment, concatenation, repetition, comparison,
//! repr, `sort`), the stable TimSort-style merge sort used by `list.sort`/`sorted`, the
//! per-thread repr recursion guard (`Py_ReprEnter`), the per-thread free list of exact-list
//! object blocks (`new_list`/`list_dealloc`), and `payload_header`, how a container
//! payload finds the header (and so the mutex) of the object it lives in.
//!
//! Must not: hold a list's lock while running Python code (comparisons, `__eq__`,
//! `__index__`, key functions, iteration of other objects) or while dropping values that
//! may be the last reference to something; and must not lock two objects at once. Every
//! critical section copies what it needs out and releases the lock before calling out.

use std::cell::{Cell, RefCell, UnsafeCell};

use crate::bytecode::CompareOp;
use crate::object::{ObjHeader, ObjLock, Payload, PyObj, Value};
use crate::types::int::{self, new_int};
use crate::types::native::{add_method, check_count, no_kwargs, Args};
use crate::types::object::Subclassed;
use crate::types::slice::{self, as_slice, Overflow};
use crate::types::tuple::{
    join_reprs, repeat_count, repeat_items, seq_contains, seq_count, seq_index, seq_richcompare,
    slice_items, try_other_slot, MAX_SEQ_ITEMS,
};
use crate::types::{builtin, none, str::new_string, TypeObject, TypeSpec};
use crate::vm::{PyResult, Vm};

// ---- shared plumbing ------------------------------------------------------------------------

/// The header of the heap object whose payload is `payload`.
///
/// # Safety
/// `payload` must live inside a heap object laid out as `PyObj<T>` or as
/// `PyObj<Subclassed<T>>` (whose payload starts with the `T`, at the same offset: checked at
/// compile time for each container type below).
#[inline(always)]
pub unsafe fn payload_header<T>(payload: &T) -> &ObjHeader {
    let off = std::mem::offset_of!(PyObj<T>, payload);
    // SAFETY: per the contract, the header starts `off` bytes before the payload in the
    // same allocation, and lives as long as the payload does.
    unsafe { &*((payload as *const T as *const u8).sub(off) as *const ObjHeader) }
}

/// True if `cls` is exactly the type `ty`.
#[inline]
pub fn cls_is(cls: &Value, ty: &TypeObject) -> bool {
    std::ptr::eq(cls.as_header_ptr(), &ty.header as *const ObjHeader)
}

thread_local! {
    /// Containers whose repr is being computed on this thread (`Py_ReprEnter`).
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Marks a container as being repr'd on this thread; dropped when its repr is done.
pub struct ReprGuard(usize);

/// `Py_ReprEnter`: `None` if `v`'s repr is already being computed on this thread (the
/// caller prints `[...]`, `{...}` or the like).
pub fn repr_enter(v: &Value) -> Option<ReprGuard> {
    let key = v.bits();
    REPR_ACTIVE
        .try_with(|r| {
            let mut r = r.borrow_mut();
            if r.contains(&key) {
                None
            } else {
                r.push(key);
                Some(ReprGuard(key))
            }
        })
        .ok()
        .flatten()
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        let key = self.0;
        let _ = REPR_ACTIVE.try_with(|r| {
            let mut r = r.borrow_mut();
            if let Some(p) = r.iter().rposition(|k| *k == key) {
                r.remove(p);
            }
        });
    }
}

/// Normalises a possibly negative index against `len`; `None` if out of range.
#[inline]
pub fn norm_index(i: isize, len: usize) -> Option<usize> {
    let idx = if i < 0 {
        i.checked_add(len as isize)?
    } else {
        i
    };
    if idx >= 0 && (idx as usize) < len {
        Some(idx as usize)
    } else {
        None
    }
}

// ---- the payload ---------------------------------------------------------------------------

/// A list's payload: its items, guarded by the list object's header mutex.
pub struct ListObj {
    items: UnsafeCell<Vec<Value>>,
}

impl Drop for ListObj {
    fn drop(&mut self) {
        crate::types::tuple::drop_reversed(std::mem::take(self.items.get_mut()));
    }
}

// SAFETY: `items` is only touched through `ListObj::with`, which holds the owning object's
// header mutex for the duration of the access.
unsafe impl Sync for ListObj {}

const _: () = assert!(
    std::mem::offset_of!(PyObj<ListObj>, payload)
        == std::mem::offset_of!(PyObj<Subclassed<ListObj>>, payload)
);

impl Payload for ListObj {
    fn class() -> &'static TypeObject {
        builtin().list
    }
}

impl ListObj {
    fn new(items: Vec<Value>) -> ListObj {
        ListObj {
            items: UnsafeCell::new(items),
        }
    }

    /// Runs `f` on the items with the list's lock held. `f` must not call Python code,
    /// lock any object, or drop values (return them instead, to be dropped after).
    #[inline]
    fn with<R>(&self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        // SAFETY: a `ListObj` is only created by this module (its field is private) and is
        // moved straight into a heap object by `Value::alloc` or `alloc_subclass_instance`.
        let h = unsafe { payload_header(self) };
        let _g = ObjLock::lock(h);
        // SAFETY: the header mutex is held, and every access to `items` goes through this
        // function, whose callers never re-enter it (no Python code, no other locks).
        f(unsafe { &mut *self.items.get() })
    }

    pub fn len(&self) -> usize {
        self.with(|v| v.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item at index `i` (negative counts from the end), if in range.
    #[inline]
    pub fn get_signed(&self, i: i64) -> Option<Value> {
        self.with(|v| norm_index(i as isize, v.len()).map(|u| v[u].clone()))
    }

    /// Replaces the item at index `i` (negative counts from the end), handing back the old
    /// item; gives `x` back if `i` is out of range.
    #[inline]
    pub fn set_signed(&self, i: i64, x: Value) -> Result<Value, Value> {
        self.with(|v| match norm_index(i as isize, v.len()) {
            Some(u) => Ok(std::mem::replace(&mut v[u], x)),
            None => Err(x),
        })
    }

    /// The item at `i`, if in range.
    pub fn get(&self, i: usize) -> Option<Value> {
        self.with(|v| v.get(i).cloned())
    }

    pub fn push(&self, x: Value) {
        self.with(|v| v.push(x));
    }

    /// A copy of the items.
    pub fn snapshot(&self) -> Vec<Value> {
        self.with(|v| v.clone())
    }

    /// Replaces the item at `i`; false if `i` is out of range.
    pub fn set(&self, i: usize, x: Value) -> bool {
        let old = self.with(|v| v.get_mut(i).map(|slot| std::mem::replace(slot, x)));
        old.is_some()
    }

    /// Swaps the items at `i` and `j`; false (nothing changed) if either is out of range.
    #[inline]
    pub fn swap(&self, i: usize, j: usize) -> bool {
        self.with(|v| {
            if i < v.len() && j < v.len() {
                v.swap(i, j);
                true
            } else {
                false
            }
        })
    }

    /// Removes and returns the last item.
    pub fn pop_last(&self) -> Option<Value> {
        self.with(|v| v.pop())
    }

    /// Replaces all items, returning the old ones.
    pub fn replace_all(&self, items: Vec<Value>) -> Vec<Value> {
        self.with(|v| std::mem::replace(v, items))
    }

    /// Appends all of `items`.
    pub fn extend_from(&self, items: Vec<Value>) -> PyResult<()> {
        self.with(|v| v.extend(items));
        Ok(())
    }
}

/// A new list holding `items`.
pub fn new_list(items: Vec<Value>) -> Value {
    let block = FREE_LISTS
        .try_with(|f| {
            let head = f.head.get();
            if !head.is_null() {
                // SAFETY: blocks on the free list are dead list objects whose first word
                // holds the next block (see `list_dealloc`).
                f.head.set(unsafe { *(head as *const *mut PyObj<ListObj>) });
                f.len.set(f.len.get() - 1);
            }
            head
        })
        .unwrap_or(std::ptr::null_mut());
    if block.is_null() {
        return Value::alloc(builtin().list, ListObj::new(items));
    }
    // SAFETY: the block is an unused allocation of a `PyObj<ListObj>`, now owned here; it
    // is initialised whole, as `Value::alloc` would (`list` is immortal: no type reference
    // to take).
    unsafe {
        block.write(PyObj {
            header: ObjHeader::new(builtin().list),
            payload: ListObj::new(items),
        });
        Value::from_raw(block as usize)
    }
}

/// How many freed exact-list blocks a thread keeps for reuse (CPython keeps 80).
const FREE_LISTS_MAX: usize = 80;

/// A thread's free list of list object blocks (header and payload; the items vector is
/// freed with the list), linked through their first word. Blocks are plain allocations,
/// so one thread may free a block another allocated.
struct FreeLists {
    head: Cell<*mut PyObj<ListObj>>,
    len: Cell<usize>,
}

thread_local! {
    static FREE_LISTS: FreeLists = const {
        FreeLists { head: Cell::new(std::ptr::null_mut()), len: Cell::new(0) }
    };
}

/// The deallocator of exact lists: releases the items (last first), then keeps the block
/// on the thread's free list.
///
/// # Safety
/// `obj` is an exact list whose count reached zero.
unsafe fn list_dealloc(obj: *mut ObjHeader) {
    let p = obj as *mut PyObj<ListObj>;
    // SAFETY: the object is dead and nothing else references it; its payload is dropped
    // exactly once, here (that may run finalizers, which may make and free lists: the free
    // list is only touched below).
    unsafe { std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).payload)) };
    let kept = FREE_LISTS
        .try_with(|f| {
            if f.len.get() >= FREE_LISTS_MAX {
                return false;
            }
            // SAFETY: the block is dead and its payload dropped: its first word may hold
            // the link.
            unsafe { *(p as *mut *mut PyObj<ListObj>) = f.head.get() };
            f.head.set(p);
            f.len.set(f.len.get() + 1);
            true
        })
        .unwrap_or(false);
    if !kept {
        // SAFETY: the block was allocated as a `Box<PyObj<ListObj>>` (by `Value::alloc`, or
        // reused from the free list, which only holds such blocks); it holds nothing left
        // to drop.
        drop(unsafe { Box::from_raw(p as *mut std::mem::MaybeUninit<PyObj<ListObj>>) });
    }
}

/// Frees this thread's cached list blocks (at thread exit).
pub fn free_thread_lists() {
    let _ = FREE_LISTS.try_with(|f| {
        let mut p = f.head.replace(std::ptr::null_mut());
        f.len.set(0);
        while !p.is_null() {
            // SAFETY: a listed block: its first word links the next; it was allocated as a
            // `Box<PyObj<ListObj>>` and holds nothing to drop.
            unsafe {
                let next = *(p as *const *mut PyObj<ListObj>);
                drop(Box::from_raw(
                    p as *mut std::mem::MaybeUninit<PyObj<ListObj>>,
                ));
                p = next;
            }
        }
    });
}

/// The payload of a list (or list subclass instance).
#[inline]
pub fn as_list(v: &Value) -> Option<&ListObj> {
    v.downcast::<ListObj>()
}

fn lst<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ListObj> {
    as_list(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            v.ty().name()
        ))
    })
}

/// The items of `iterable` as a vector (fast for lists and tuples).
pub fn items_of(vm: &Vm, iterable: &Value) -> PyResult<Vec<Value>> {
    if let Some(l) = as_list(iterable) {
        return Ok(l.snapshot());
    }
    if let Some(t) = crate::types::tuple::as_tuple(iterable) {
        return Ok(t.to_vec());
    }
    crate::ops::collect(vm, iterable)
}

/// `list.extend(iterable)`: lists and tuples are copied first (so `l.extend(l)` doubles);
/// other iterables are appended item by item as they are produced.
pub fn list_extend_impl(vm: &Vm, l: &Value, iterable: &Value) -> PyResult<()> {
    let me = lst(vm, l)?;
    if as_list(iterable).is_some() || crate::types::tuple::as_tuple(iterable).is_some() {
        let items = items_of(vm, iterable)?;
        let total = me.len().saturating_add(items.len());
        if total > MAX_SEQ_ITEMS {
            return Err(vm.memory_error());
        }
        return me.extend_from(items);
    }
    if let Some(items) = crate::ops::container_snapshot(iterable) {
        return me.extend_from(items);
    }
    let it = crate::ops::iter(vm, iterable)?;
    while let Some(x) = crate::ops::next(vm, &it)? {
        me.push(x);
    }
    Ok(())
}

// ---- the type ------------------------------------------------------------------------------

pub fn make_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<ListObj>("list", Some(object))
        .flags(crate::types::type_flags::BASETYPE)
        .dealloc(list_dealloc));
    t.slots.new.set(Some(list_new));
    t.slots.init.set(Some(list_init));
    t.slots.repr.set(Some(list_repr));
    t.slots.hash.set(Some(list_hash));
    t.slots.richcompare.set(Some(list_richcompare));
    t.slots.len.set(Some(list_len));
    t.slots.getitem.set(Some(list_getitem));
    t.slots.setitem.set(Some(list_setitem));
    t.slots.contains.set(Some(list_contains));
    t.slots.iter.set(Some(list_iter));
    t.slots.add.set(Some(list_add));
    t.slots.iadd.set(Some(list_iadd));
    t.slots.mul.set(Some(list_mul));
    t.slots.imul.set(Some(list_imul));
    t
}

pub fn init_methods() {
    let t = builtin().list;
    add_method(t, "append", list_append);
    add_method(t, "extend", list_extend);
    add_method(t, "insert", list_insert);
    add_method(t, "pop", list_pop);
    add_method(t, "remove", list_remove);
    add_method(t, "clear", list_clear);
    add_method(t, "copy", list_copy);
    add_method(t, "index", list_index);
    add_method(t, "count", list_count);
    add_method(t, "reverse", list_reverse);
    add_method(t, "sort", list_sort);
    add_method(t, "__reversed__", list_reversed);
    add_method(t, "__sizeof__", list_sizeof);
    crate::types::dict::dict_set_str(t.dict(), "__hash__", none::none());
}

fn list_new(vm: &Vm, cls: &Value, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    if cls_is(cls, builtin().list) {
        return Ok(new_list(Vec::new()));
    }
    crate::types::object::alloc_subclass_instance(vm, cls, ListObj::new(Vec::new()))
}

fn list_init(vm: &Vm, obj: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<()> {
    let nkw = kwnames.map_or(0, |k| k.len());
    if nkw > 0 {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let me = lst(vm, obj)?;
    let old = me.replace_all(Vec::new());
    drop(old);
    if let Some(it) = args.first() {
        list_extend_impl(vm, obj, it)?;
    }
    Ok(())
}

fn list_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let me = lst(vm, v)?;
    if me.is_empty() {
        return Ok(new_string("[]".to_string()));
    }
    let Some(_guard) = repr_enter(v) else {
        return Ok(new_string("[...]".to_string()));
    };
    let mut s = String::from("[");
    let mut i = 0;
    while let Some(item) = me.get(i) {
        if i > 0 {
            s.push_str(", ");
        }
        let _d = vm.enter(" while getting the repr of an object")?;
        s.push_str(&crate::ops::repr_string(vm, &item)?);
        i += 1;
    }
    s.push(']');
    Ok(new_string(s))
}

/// The hash slot of unhashable containers.
pub fn unhashable(vm: &Vm, v: &Value) -> PyResult<i64> {
    Err(vm.type_error(format!("unhashable type: '{}'", v.ty().name())))
}

fn list_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    unhashable(vm, v)
}

fn list_richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_list(a), as_list(b)) else {
        return Ok(none::not_implemented());
    };
    seq_richcompare(
        vm,
        &|| x.len(),
        &|i| x.get(i),
        &|| y.len(),
        &|i| y.get(i),
        op,
    )
}

fn list_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(lst(vm, v)?.len())
}

fn list_getitem(vm: &Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let me = lst(vm, v)?;
    if let Some(i) = key.as_small_int() {
        return me
            .with(|items| norm_index(i as isize, items.len()).map(|u| items[u].clone()))
            .ok_or_else(|| vm.index_error("list index out of range"));
    }
    // Slices before `__index__`: a slice is never index-like (the type cannot be
    // subclassed and has no `__index__`), so the order changes nothing but the cost.
    if let Some(s) = as_slice(key) {
        let (start, stop, step) = s.unpack(vm)?;
        let items = me.with(|items| {
            let (start, _, step, n) = slice::adjust_indices(items.len(), start, stop, step);
            slice_items(items, start, step, n)
        });
        return Ok(new_list(items));
    }
    if let Some(i) = slice::try_index(vm, key, Overflow::IndexError)? {
        return me
            .with(|items| norm_index(i, items.len()).map(|u| items[u].clone()))
            .ok_or_else(|| vm.index_error("list index out of range"));
    }
    Err(vm.type_error(format!(
        "list indices must be integers or slices, not {}",
        key.ty().name()
    )))
}

fn list_setitem(vm: &Vm, v: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
    let me = lst(vm, v)?;
    let index = match key.as_small_int() {
        Some(i) => Some(i as isize),
        None => {
            // Slices first, as in `list_getitem`.
            if let Some(s) = as_slice(key) {
                return list_ass_subscript_slice(vm, v, me, s, value);
            }
            slice::try_index(vm, key, Overflow::IndexError)?
        }
    };
    if let Some(i) = index {
        let old = me.with(|items| {
            let u = norm_index(i, items.len())?;
            Some(match value {
                Some(x) => std::mem::replace(&mut items[u], x),
                None => items.remove(u),
            })
        });
        return match old {
            Some(_) => Ok(()),
            None => Err(vm.index_error("list assignment index out of range")),
        };
    }
    Err(vm.type_error(format!(
        "list indices must be integers or slices, not {}",
        key.ty().name()
    )))
}

/// The items of `val` for a slice assignment into the list `v`: moved out of `val` when it
/// is an exact list that nothing else references (a temporary such as `a[k::-1]`, which
/// is dropped right after anyway: no copy, no reference counting per item), else copied.
/// `None` if `val` is neither a list nor a tuple.
fn assigned_items(vm: &Vm, v: &Value, val: &Value) -> PyResult<Option<Vec<Value>>> {
    if val.is(v) {
        return Ok(Some(as_list(v).map(|l| l.snapshot()).unwrap_or_default()));
    }
    if let Some(l) = val.downcast_exact::<ListObj>() {
        // SAFETY: `val` is a live heap value (an exact list) the caller holds a reference to.
        if unsafe { crate::object::refcount::is_sole_reference(val.as_header_ptr()) } {
            // The caller's reference is the only one, so no other code can observe the list
            // being emptied before it is freed.
            return Ok(Some(l.replace_all(Vec::new())));
        }
        return Ok(Some(l.snapshot()));
    }
    if as_list(val).is_some() || crate::types::tuple::as_tuple(val).is_some() {
        return items_of(vm, val).map(Some);
    }
    Ok(None)
}

fn list_ass_subscript_slice(
    vm: &Vm,
    v: &Value,
    me: &ListObj,
    s: &slice::SliceObj,
    value: Option<Value>,
) -> PyResult<()> {
    let (start, stop, step) = s.unpack(vm)?;
    let (start, mut stop, step, n) = slice::adjust_indices(me.len(), start, stop, step);
    if step == 1 {
        return list_ass_slice(vm, v, me, start, stop, value);
    }
    if (step < 0 && start < stop) || (step > 0 && start > stop) {
        stop = start;
    }
    let _ = stop;
    match value {
        None => {
            if n == 0 {
                return Ok(());
            }
            let removed = me.with(|items| {
                let len = items.len();
                let mut doomed = vec![false; len];
                let mut i = start;
                for _ in 0..n {
                    if let Some(u) = usize::try_from(i).ok().filter(|u| *u < len) {
                        doomed[u] = true;
                    }
                    i += step;
                }
                let old = std::mem::take(items);
                let mut removed = Vec::with_capacity(n);
                for (x, d) in old.into_iter().zip(doomed) {
                    if d {
                        removed.push(x);
                    } else {
                        items.push(x);
                    }
                }
                removed
            });
            crate::types::tuple::drop_reversed(removed);
            Ok(())
        }
        Some(val) => {
            let seq = if let Some(seq) = assigned_items(vm, v, &val)? {
                seq
            } else {
                match crate::ops::iter(vm, &val) {
                    Ok(it) => {
                        let mut out = Vec::new();
                        while let Some(x) = crate::ops::next(vm, &it)? {
                            out.push(x);
                        }
                        out
                    }
                    Err(e) => {
                        if vm.err_matches(&e, builtin().type_error) {
                            return Err(vm.type_error("must assign iterable to extended slice"));
                        }
                        return Err(e);
                    }
                }
            };
            if seq.len() != n {
                return Err(vm.value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    seq.len(),
                    n
                )));
            }
            if n == 0 {
                return Ok(());
            }
            let old = me.with(|items| {
                let len = items.len();
                let mut old = Vec::with_capacity(n);
                let mut i = start;
                for x in seq {
                    if let Some(u) = usize::try_from(i).ok().filter(|u| *u < len) {
                        old.push(std::mem::replace(&mut items[u], x));
                    } else {
                        old.push(x);
                    }
                    i += step;
                }
                old
            });
            drop(old);
            Ok(())
        }
    }
}

/// `a[ilow:ihigh] = v` (or `del a[ilow:ihigh]` for `None`), CPython's `list_ass_slice`.
fn list_ass_slice(
    vm: &Vm,
    v: &Value,
    me: &ListObj,
    ilow: isize,
    ihigh: isize,
    value: Option<Value>,
) -> PyResult<()> {
    let mut new_items = match value {
        None => Vec::new(),
        Some(val) => {
            if let Some(seq) = assigned_items(vm, v, &val)? {
                seq
            } else {
                match crate::ops::iter(vm, &val) {
                    Ok(it) => {
                        let mut out = Vec::new();
                        while let Some(x) = crate::ops::next(vm, &it)? {
                            out.push(x);
                        }
                        out
                    }
                    Err(e) => {
                        if vm.err_matches(&e, builtin().type_error) {
                            return Err(vm.type_error("can only assign an iterable"));
                        }
                        return Err(e);
                    }
                }
            }
        }
    };
    let fits = me.with(|items| {
        let len = items.len() as isize;
        let lo = ilow.clamp(0, len);
        let hi = ihigh.clamp(lo, len);
        let total = items.len() - (hi - lo) as usize + new_items.len();
        if total > MAX_SEQ_ITEMS {
            return false;
        }
        let (lo, hi) = (lo as usize, hi as usize);
        // The common length is exchanged in place; `new_items` then holds the replaced
        // items, in order, and collects any further removed ones after them.
        let m = (hi - lo).min(new_items.len());
        items[lo..lo + m].swap_with_slice(&mut new_items[..m]);
        if new_items.len() > m {
            items.splice(lo + m..lo + m, new_items.drain(m..));
        } else if hi - lo > m {
            new_items.extend(items.drain(lo + m..hi));
        }
        true
    });
    if !fits {
        return Err(vm.memory_error());
    }
    // The removed items, released last first as CPython does.
    crate::types::tuple::drop_reversed(new_items);
    Ok(())
}

fn list_contains(vm: &Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let me = lst(vm, v)?;
    seq_contains(vm, &|i| me.get(i), x)
}

fn list_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    lst(vm, v)?;
    Ok(crate::types::iterators::new_list_iterator(v.clone()))
}

fn list_add(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(x) = as_list(a) else {
        return Ok(none::not_implemented());
    };
    match as_list(b) {
        Some(y) => {
            let mut items = x.snapshot();
            let more = y.snapshot();
            if items.len().saturating_add(more.len()) > MAX_SEQ_ITEMS {
                return Err(vm.memory_error());
            }
            items.extend(more);
            Ok(new_list(items))
        }
        None => {
            if let Some(r) = try_other_slot(vm, a, b, list_add, b.ty().slots.add.get())? {
                return Ok(r);
            }
            Err(vm.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                b.ty().name()
            )))
        }
    }
}

fn list_iadd(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if as_list(a).is_none() {
        return Ok(none::not_implemented());
    }
    list_extend_impl(vm, a, b)?;
    Ok(a.clone())
}

fn list_mul(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (seq, n) = if as_list(a).is_some() { (a, b) } else { (b, a) };
    let Some(me) = as_list(seq) else {
        return Ok(none::not_implemented());
    };
    if seq.is(a) && int::as_int(b).is_none() {
        if let Some(r) = try_other_slot(vm, a, b, list_mul, b.ty().slots.mul.get())? {
            return Ok(r);
        }
    }
    let Some(count) = repeat_count(vm, n)? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name()
        )));
    };
    let items = me.snapshot();
    Ok(new_list(repeat_items(vm, &items, count)?))
}

fn list_imul(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(me) = as_list(a) else {
        return Ok(none::not_implemented());
    };
    if int::as_int(b).is_none() {
        if let Some(r) = try_other_slot(vm, a, b, list_mul, b.ty().slots.mul.get())? {
            return Ok(r);
        }
    }
    let Some(count) = repeat_count(vm, b)? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            b.ty().name()
        )));
    };
    if count == 1 {
        return Ok(a.clone());
    }
    let items = me.snapshot();
    let repeated = repeat_items(vm, &items, count)?;
    drop(items);
    let old = me.replace_all(repeated);
    drop(old);
    Ok(a.clone())
}

// ---- methods -------------------------------------------------------------------------------

fn nargs(args: &[Value], kwnames: Option<&[Value]>) -> usize {
    args.len()
        .saturating_sub(1 + kwnames.map_or(0, |k| k.len()))
}

fn list_append(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "list.append", kwnames)?;
    check_count(vm, "list.append", nargs(args, kwnames), 1, 1)?;
    let me = lst(vm, &args[0])?;
    if me.len() >= MAX_SEQ_ITEMS {
        return Err(vm.memory_error());
    }
    me.push(args[1].clone());
    Ok(none::none())
}

fn list_extend(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "list.extend", kwnames)?;
    check_count(vm, "list.extend", nargs(args, kwnames), 1, 1)?;
    list_extend_impl(vm, &args[0], &args[1])?;
    Ok(none::none())
}

fn list_insert(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "insert", kwnames)?;
    check_count(vm, "insert", nargs(args, kwnames), 2, 2)?;
    let me = lst(vm, &args[0])?;
    let i = slice::to_index(vm, &args[1], Overflow::SsizeT)?;
    let x = args[2].clone();
    me.with(|items| {
        let n = items.len() as isize;
        let mut w = i;
        if w < 0 {
            w += n;
            if w < 0 {
                w = 0;
            }
        }
        if w > n {
            w = n;
        }
        items.insert(w as usize, x);
    });
    Ok(none::none())
}

fn list_pop(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "pop", kwnames)?;
    check_count(vm, "pop", nargs(args, kwnames), 0, 1)?;
    let me = lst(vm, &args[0])?;
    let i = match args.get(1) {
        Some(v) => slice::to_index(vm, v, Overflow::SsizeT)?,
        None => -1,
    };
    let r = me.with(|items| {
        if items.is_empty() {
            return Err(true);
        }
        match norm_index(i, items.len()) {
            Some(u) => Ok(items.remove(u)),
            None => Err(false),
        }
    });
    match r {
        Ok(v) => Ok(v),
        Err(true) => Err(vm.index_error("pop from empty list")),
        Err(false) => Err(vm.index_error("pop index out of range")),
    }
}

fn list_remove(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "list.remove", kwnames)?;
    check_count(vm, "list.remove", nargs(args, kwnames), 1, 1)?;
    let me = lst(vm, &args[0])?;
    let x = &args[1];
    let mut i = 0;
    while let Some(item) = me.get(i) {
        if item.is(x) || crate::ops::eq(vm, &item, x)? {
            let removed = me.with(|items| (i < items.len()).then(|| items.remove(i)));
            drop(removed);
            return Ok(none::none());
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_clear(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "list.clear", kwnames)?;
    check_count(vm, "list.clear", nargs(args, kwnames), 0, 0)?;
    let old = lst(vm, &args[0])?.replace_all(Vec::new());
    crate::types::tuple::drop_reversed(old);
    Ok(none::none())
}

fn list_copy(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "list.copy", kwnames)?;
    check_count(vm, "list.copy", nargs(args, kwnames), 0, 0)?;
    Ok(new_list(lst(vm, &args[0])?.snapshot()))
}

fn list_index(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "index", kwnames)?;
    let n = nargs(args, kwnames);
    if n < 1 {
        return Err(vm.type_error(format!("index expected at least 1 argument, got {n}")));
    }
    if n > 3 {
        return Err(vm.type_error(format!("index expected at most 3 arguments, got {n}")));
    }
    let me = lst(vm, &args[0])?;
    let (start, stop) = slice::index_range(vm, args.get(2), args.get(3), me.len())?;
    match seq_index(vm, &|i| me.get(i), &args[1], start, stop)? {
        Some(i) => Ok(new_int(i as i64)),
        None => {
            let r = crate::ops::repr_string(vm, &args[1])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "list.count", kwnames)?;
    check_count(vm, "list.count", nargs(args, kwnames), 1, 1)?;
    let me = lst(vm, &args[0])?;
    Ok(new_int(seq_count(vm, &|i| me.get(i), &args[1])? as i64))
}

fn list_reverse(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "list.reverse", kwnames)?;
    check_count(vm, "list.reverse", nargs(args, kwnames), 0, 0)?;
    lst(vm, &args[0])?.with(|items| items.reverse());
    Ok(none::none())
}

fn list_reversed(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "list.__reversed__", kwnames)?;
    check_count(vm, "list.__reversed__", nargs(args, kwnames), 0, 0)?;
    lst(vm, &args[0])?;
    Ok(crate::types::iterators::new_list_reverseiterator(
        args[0].clone(),
    ))
}

fn list_sizeof(vm: &Vm, args: &[Value], _kwnames: Option<&[Value]>) -> PyResult<Value> {
    let me = lst(vm, &args[0])?;
    let cap = me.with(|items| items.capacity());
    Ok(new_int(40 + 8 * cap as i64))
}

fn list_sort(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    const SPEC: Args = Args::new("sort", &["*", "key", "reverse"]);
    let nkw = kwnames.map_or(0, |k| k.len());
    if nkw > 2 && args.len() == nkw + 1 {
        return Err(vm.type_error(format!(
            "sort() takes at most 2 keyword arguments ({nkw} given)"
        )));
    }
    let p = SPEC.parse(vm, &args[1..], kwnames, 0)?;
    let key = p[0].clone().filter(|k| !none::is_none(k));
    let reverse = match &p[1] {
        None => false,
        Some(r) => slice::to_index(vm, r, Overflow::SsizeT)? != 0,
    };
    sort_list(vm, &args[0], key, reverse)?;
    Ok(none::none())
}

// ---- sorting -------------------------------------------------------------------------------

/// `list.sort(key=key, reverse=reverse)`. While sorting, the list appears empty; if it was
/// modified meanwhile, the sorted items are restored and ValueError "list modified during
/// sort" is raised.
pub fn sort_list(vm: &Vm, l: &Value, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let me = lst(vm, l)?;
    // Take the items out, leaving an unallocated vector: any append during the sort
    // allocates, which is how a modification is detected afterwards.
    let mut items = me.replace_all(Vec::new());
    let keys: Option<Vec<Value>> = match &key {
        None => None,
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for x in &items {
                match crate::ops::call(vm, f, std::slice::from_ref(x), None) {
                    Ok(k) => ks.push(k),
                    Err(e) => {
                        restore_after_sort(me, items);
                        return Err(e);
                    }
                }
            }
            Some(ks)
        }
    };
    if reverse {
        items.reverse();
    }
    let mut keys = keys;
    if reverse {
        if let Some(k) = keys.as_mut() {
            k.reverse();
        }
    }
    let mut perm: Vec<usize> = (0..items.len()).collect();
    let result = {
        let ks: &[Value] = keys.as_deref().unwrap_or(&items);
        sort_permutation(vm, ks, &mut perm)
    };
    drop(keys);
    // Apply the permutation (a valid one even when a comparison failed part-way).
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    let mut sorted: Vec<Value> = Vec::with_capacity(slots.len());
    for &i in &perm {
        if let Some(v) = slots.get_mut(i).and_then(|s| s.take()) {
            sorted.push(v);
        }
    }
    drop(slots);
    if reverse {
        sorted.reverse();
    }
    let modified = restore_after_sort(me, sorted);
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

/// Puts `items` back into the list after a sort; true if the list was modified meanwhile
/// (whatever it was modified into is discarded, as CPython does).
fn restore_after_sort(me: &ListObj, items: Vec<Value>) -> bool {
    let garbage = me.replace_all(items);
    let modified = garbage.capacity() != 0 || !garbage.is_empty();
    drop(garbage);
    modified
}

/// Keys of one kind that compare without calling Python code.
enum FastKeys<'a> {
    Ints(Vec<i64>),
    Floats(Vec<f64>),
    Strs(Vec<&'a str>),
}

fn fast_keys(keys: &[Value]) -> Option<FastKeys<'_>> {
    let first = keys.first()?;
    if first.is_small_int() {
        let mut v = Vec::with_capacity(keys.len());
        for k in keys {
            v.push(k.as_small_int()?);
        }
        return Some(FastKeys::Ints(v));
    }
    let b = builtin();
    if first.is_exact(b.float) {
        let mut v = Vec::with_capacity(keys.len());
        for k in keys {
            if !k.is_exact(b.float) {
                return None;
            }
            v.push(crate::types::float::as_float(k)?);
        }
        return Some(FastKeys::Floats(v));
    }
    if first.is_exact(b.str) {
        let mut v = Vec::with_capacity(keys.len());
        for k in keys {
            if !k.is_exact(b.str) {
                return None;
            }
            v.push(crate::types::str::as_str(k)?);
        }
        return Some(FastKeys::Strs(v));
    }
    None
}

/// Sorts `perm` (indices into `keys`) stably by `keys[i] < keys[j]`. On a comparison error
/// `perm` is left a valid permutation and the error returned.
pub fn sort_permutation(vm: &Vm, keys: &[Value], perm: &mut [usize]) -> PyResult<()> {
    match fast_keys(keys) {
        Some(FastKeys::Ints(v)) => timsort(perm, &mut |a, b| Ok(v[a] < v[b])),
        Some(FastKeys::Floats(v)) => timsort(perm, &mut |a, b| Ok(v[a] < v[b])),
        Some(FastKeys::Strs(v)) => timsort(perm, &mut |a, b| Ok(v[a] < v[b])),
        None => timsort(perm, &mut |a, b| {
            crate::ops::richcompare_bool(vm, &keys[a], &keys[b], CompareOp::Lt)
        }),
    }
}

type LtFn<'a> = dyn FnMut(usize, usize) -> PyResult<bool> + 'a;

struct Run {
    start: usize,
    len: usize,
    power: u32,
}

/// CPython's `merge_compute_minrun`.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// CPython's powersort `powerloop`.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// CPython's `count_run`: the length of the run starting at `a[0]` and whether it is
/// strictly descending.
fn count_run(a: &[usize], lt: &mut LtFn) -> PyResult<(usize, bool)> {
    if a.len() == 1 {
        return Ok((1, false));
    }
    let mut n = 2;
    if lt(a[1], a[0])? {
        while n < a.len() && lt(a[n], a[n - 1])? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < a.len() && !lt(a[n], a[n - 1])? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// CPython's `binarysort`: `a[..start]` is sorted; inserts the rest one by one.
fn binary_sort(a: &mut [usize], mut start: usize, lt: &mut LtFn) -> PyResult<()> {
    if start == 0 {
        start = 1;
    }
    while start < a.len() {
        let pivot = a[start];
        let mut l = 0;
        let mut r = start;
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(pivot, a[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        a.copy_within(l..start, l + 1);
        a[l] = pivot;
        start += 1;
    }
    Ok(())
}

const MIN_GALLOP: usize = 7;

/// State shared by the merges of one sort (CPython's `MergeState`).
struct MergeState {
    runs: Vec<Run>,
    tmp: Vec<usize>,
    min_gallop: usize,
}

fn timsort(a: &mut [usize], lt: &mut LtFn) -> PyResult<()> {
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = compute_minrun(n);
    let mut ms = MergeState {
        runs: Vec::new(),
        tmp: Vec::new(),
        min_gallop: MIN_GALLOP,
    };
    let mut lo = 0;
    while lo < n {
        let remaining = n - lo;
        let (mut len, descending) = count_run(&a[lo..], lt)?;
        if descending {
            a[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = remaining.min(minrun);
            binary_sort(&mut a[lo..lo + force], len, lt)?;
            len = force;
        }
        if let Some(last) = ms.runs.last() {
            let power = powerloop(last.start, last.len, len, n);
            while ms.runs.len() > 1 && ms.runs[ms.runs.len() - 2].power > power {
                let at = ms.runs.len() - 2;
                merge_at(a, &mut ms, at, lt)?;
            }
            if let Some(last) = ms.runs.last_mut() {
                last.power = power;
            }
        }
        ms.runs.push(Run {
            start: lo,
            len,
            power: 0,
        });
        lo += len;
    }
    while ms.runs.len() > 1 {
        let mut i = ms.runs.len() - 2;
        if i > 0 && ms.runs[i - 1].len < ms.runs[i + 1].len {
            i -= 1;
        }
        merge_at(a, &mut ms, i, lt)?;
    }
    Ok(())
}

/// CPython's `merge_at`: merges runs `i` and `i + 1`.
fn merge_at(a: &mut [usize], ms: &mut MergeState, i: usize, lt: &mut LtFn) -> PyResult<()> {
    let (base_a, mut na) = (ms.runs[i].start, ms.runs[i].len);
    let (base_b, nb) = (ms.runs[i + 1].start, ms.runs[i + 1].len);
    ms.runs[i].len = na + nb;
    ms.runs.remove(i + 1);
    // Where does B start in A? Elements of A before that are already in place.
    let k = gallop_right(a[base_b], &a[base_a..base_a + na], 0, lt)?;
    let base_a = base_a + k;
    na -= k;
    if na == 0 {
        return Ok(());
    }
    // Where does A end in B? Elements of B after that are already in place.
    let nb = gallop_left(a[base_a + na - 1], &a[base_b..base_b + nb], nb - 1, lt)?;
    if nb == 0 {
        return Ok(());
    }
    if na <= nb {
        merge_lo(a, ms, base_a, na, nb, lt)
    } else {
        merge_hi(a, ms, base_a, na, nb, lt)
    }
}

/// CPython's `gallop_left`: the position in sorted `arr` where `key` belongs, before any
/// equal elements, searching exponentially from `hint`.
fn gallop_left(key: usize, arr: &[usize], hint: usize, lt: &mut LtFn) -> PyResult<usize> {
    let n = arr.len() as isize;
    let hint = hint as isize;
    let mut lastofs: isize = 0;
    let mut ofs: isize = 1;
    if lt(arr[hint as usize], key)? {
        // arr[hint] < key: gallop right until arr[hint+lastofs] < key <= arr[hint+ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(arr[(hint + ofs) as usize], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        lastofs += hint;
        ofs += hint;
    } else {
        // key <= arr[hint]: gallop left until arr[hint-ofs] < key <= arr[hint-lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(arr[(hint - ofs) as usize], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(arr[m as usize], key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// CPython's `gallop_right`: like `gallop_left` but after any equal elements.
fn gallop_right(key: usize, arr: &[usize], hint: usize, lt: &mut LtFn) -> PyResult<usize> {
    let n = arr.len() as isize;
    let hint = hint as isize;
    let mut lastofs: isize = 0;
    let mut ofs: isize = 1;
    if lt(key, arr[hint as usize])? {
        // key < arr[hint]: gallop left until arr[hint-ofs] <= key < arr[hint-lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, arr[(hint - ofs) as usize])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        // arr[hint] <= key: gallop right until arr[hint+lastofs] <= key < arr[hint+ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, arr[(hint + ofs) as usize])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        lastofs += hint;
        ofs += hint;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, arr[m as usize])? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

/// CPython's `merge_lo`: merges `a[base..base+na]` with the following `nb` elements,
/// copying the first (shorter) run aside. On a comparison error the slice is left a valid
/// permutation.
fn merge_lo(
    a: &mut [usize],
    ms: &mut MergeState,
    base: usize,
    mut na: usize,
    mut nb: usize,
    lt: &mut LtFn,
) -> PyResult<()> {
    let mut tmp = std::mem::take(&mut ms.tmp);
    tmp.clear();
    tmp.extend_from_slice(&a[base..base + na]);
    let mut pa = 0usize; // next of A, in tmp
    let mut pb = base + na; // next of B, in a
    let mut dest = base;
    let mut result: PyResult<()> = Ok(());

    // Outcome of the merge loop.
    enum End {
        Done,
        CopyB,
    }
    a[dest] = a[pb];
    dest += 1;
    pb += 1;
    nb -= 1;
    let end = 'merge: {
        if nb == 0 {
            break 'merge End::Done;
        }
        if na == 1 {
            break 'merge End::CopyB;
        }
        let mut min_gallop = ms.min_gallop;
        loop {
            let mut acount = 0usize;
            let mut bcount = 0usize;
            // Straightforward merging until one run wins consistently.
            loop {
                match lt(a[pb], tmp[pa]) {
                    Err(e) => {
                        result = Err(e);
                        break 'merge End::Done;
                    }
                    Ok(true) => {
                        a[dest] = a[pb];
                        dest += 1;
                        pb += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'merge End::Done;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                    Ok(false) => {
                        a[dest] = tmp[pa];
                        dest += 1;
                        pa += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            break 'merge End::CopyB;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
            }
            // Galloping mode.
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                ms.min_gallop = min_gallop;
                let k = match gallop_right(a[pb], &tmp[pa..pa + na], 0, lt) {
                    Ok(k) => k,
                    Err(e) => {
                        result = Err(e);
                        break 'merge End::Done;
                    }
                };
                acount = k;
                if k > 0 {
                    a[dest..dest + k].copy_from_slice(&tmp[pa..pa + k]);
                    dest += k;
                    pa += k;
                    na -= k;
                    if na == 1 {
                        break 'merge End::CopyB;
                    }
                    if na == 0 {
                        break 'merge End::Done;
                    }
                }
                a[dest] = a[pb];
                dest += 1;
                pb += 1;
                nb -= 1;
                if nb == 0 {
                    break 'merge End::Done;
                }
                let k = match gallop_left(tmp[pa], &a[pb..pb + nb], 0, lt) {
                    Ok(k) => k,
                    Err(e) => {
                        result = Err(e);
                        break 'merge End::Done;
                    }
                };
                bcount = k;
                if k > 0 {
                    a.copy_within(pb..pb + k, dest);
                    dest += k;
                    pb += k;
                    nb -= k;
                    if nb == 0 {
                        break 'merge End::Done;
                    }
                }
                a[dest] = tmp[pa];
                dest += 1;
                pa += 1;
                na -= 1;
                if na == 1 {
                    break 'merge End::CopyB;
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            ms.min_gallop = min_gallop;
        }
    };
    match end {
        End::Done => {
            if na > 0 {
                a[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]);
            }
        }
        End::CopyB => {
            // The last element of A belongs at the end of the merge.
            a.copy_within(pb..pb + nb, dest);
            a[dest + nb] = tmp[pa];
        }
    }
    ms.tmp = tmp;
    result
}

/// CPython's `merge_hi`: like `merge_lo` but copies the second (shorter) run aside and
/// merges from the right.
fn merge_hi(
    a: &mut [usize],
    ms: &mut MergeState,
    base_a: usize,
    mut na: usize,
    mut nb: usize,
    lt: &mut LtFn,
) -> PyResult<()> {
    let mut tmp = std::mem::take(&mut ms.tmp);
    tmp.clear();
    let base_b = base_a + na;
    tmp.extend_from_slice(&a[base_b..base_b + nb]);
    // Positions of the last remaining elements (signed: they may pass below the base).
    let mut pa = (base_a + na) as isize - 1; // in a
    let mut pb = nb as isize - 1; // in tmp
    let mut dest = (base_b + nb) as isize - 1; // in a
    let mut result: PyResult<()> = Ok(());
    enum End {
        Done,
        CopyA,
    }
    let at = |i: isize| i as usize;
    a[at(dest)] = a[at(pa)];
    dest -= 1;
    pa -= 1;
    na -= 1;
    let end = 'merge: {
        if na == 0 {
            break 'merge End::Done;
        }
        if nb == 1 {
            break 'merge End::CopyA;
        }
        let mut min_gallop = ms.min_gallop;
        loop {
            let mut acount = 0usize;
            let mut bcount = 0usize;
            loop {
                match lt(tmp[at(pb)], a[at(pa)]) {
                    Err(e) => {
                        result = Err(e);
                        break 'merge End::Done;
                    }
                    Ok(true) => {
                        a[at(dest)] = a[at(pa)];
                        dest -= 1;
                        pa -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'merge End::Done;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                    Ok(false) => {
                        a[at(dest)] = tmp[at(pb)];
                        dest -= 1;
                        pb -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            break 'merge End::CopyA;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                ms.min_gallop = min_gallop;
                let k = match gallop_right(tmp[at(pb)], &a[base_a..base_a + na], na - 1, lt) {
                    Ok(k) => na - k,
                    Err(e) => {
                        result = Err(e);
                        break 'merge End::Done;
                    }
                };
                acount = k;
                if k > 0 {
                    let ki = k as isize;
                    dest -= ki;
                    pa -= ki;
                    a.copy_within(at(pa + 1)..at(pa + 1 + ki), at(dest + 1));
                    na -= k;
                    if na == 0 {
                        break 'merge End::Done;
                    }
                }
                a[at(dest)] = tmp[at(pb)];
                dest -= 1;
                pb -= 1;
                nb -= 1;
                if nb == 1 {
                    break 'merge End::CopyA;
                }
                let k = match gallop_left(a[at(pa)], &tmp[..nb], nb - 1, lt) {
                    Ok(k) => nb - k,
                    Err(e) => {
                        result = Err(e);
                        break 'merge End::Done;
                    }
                };
                bcount = k;
                if k > 0 {
                    let ki = k as isize;
                    dest -= ki;
                    pb -= ki;
                    a[at(dest + 1)..at(dest + 1 + ki)]
                        .copy_from_slice(&tmp[at(pb + 1)..at(pb + 1 + ki)]);
                    nb -= k;
                    if nb == 1 {
                        break 'merge End::CopyA;
                    }
                    if nb == 0 {
                        break 'merge End::Done;
                    }
                }
                a[at(dest)] = a[at(pa)];
                dest -= 1;
                pa -= 1;
                na -= 1;
                if na == 0 {
                    break 'merge End::Done;
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            ms.min_gallop = min_gallop;
        }
    };
    match end {
        End::Done => {
            if nb > 0 {
                let start = at(dest + 1) - nb;
                a[start..start + nb].copy_from_slice(&tmp[..nb]);
            }
        }
        End::CopyA => {
            // The first element of B belongs at the front of the merge.
            let nai = na as isize;
            a.copy_within(at(pa + 1 - nai)..at(pa + 1), at(dest + 1 - nai));
            dest -= nai;
            a[at(dest)] = tmp[at(pb)];
        }
    }
    ms.tmp = tmp;
    result
}

/// A new list of the items of `iterable`, sorted (`sorted(iterable, key=, reverse=)`).
pub fn sorted(vm: &Vm, iterable: &Value, key: Option<Value>, reverse: bool) -> PyResult<Value> {
    let l = new_list(items_of(vm, iterable)?);
    sort_list(vm, &l, key, reverse)?;
    Ok(l)
}

/// `bool(list)`.
pub fn list_truthy(v: &Value) -> bool {
    as_list(v).is_some_and(|l| !l.is_empty())
}

/// Joins the reprs of a list's current items (for reprs of wrappers around lists).
pub fn list_items_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    let items = lst(vm, v)?.snapshot();
    join_reprs(vm, &items)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn timsort_is_a_stable_sort() {
        let mut seed = 7;
        for n in [0usize, 1, 2, 3, 31, 32, 63, 64, 65, 100, 257, 1000, 5000] {
            for modulus in [1u64, 3, 50, 1 << 30] {
                let keys: Vec<u64> = (0..n).map(|_| lcg(&mut seed) % modulus).collect();
                let mut perm: Vec<usize> = (0..n).collect();
                timsort(&mut perm, &mut |a, b| Ok(keys[a] < keys[b])).unwrap();
                let mut expected: Vec<usize> = (0..n).collect();
                expected.sort_by_key(|&i| keys[i]);
                assert_eq!(perm, expected, "n={n} modulus={modulus}");
            }
        }
    }

    #[test]
    fn timsort_handles_runs_and_reversed_input() {
        let keys: Vec<i64> = (0..3000)
            .map(|i| if i < 1500 { i } else { 4000 - i })
            .chain((0..700).rev())
            .collect();
        let mut perm: Vec<usize> = (0..keys.len()).collect();
        timsort(&mut perm, &mut |a, b| Ok(keys[a] < keys[b])).unwrap();
        let mut expected: Vec<usize> = (0..keys.len()).collect();
        expected.sort_by_key(|&i| keys[i]);
        assert_eq!(perm, expected);
    }

    #[test]
    fn timsort_leaves_a_permutation_on_error() {
        let mut seed = 99;
        let keys: Vec<u64> = (0..2000).map(|_| lcg(&mut seed) % 1000).collect();
        for fail_at in [0usize, 1, 10, 100, 1000, 5000, 15000] {
            let mut perm: Vec<usize> = (0..keys.len()).collect();
            let mut calls = 0usize;
            let r = timsort(&mut perm, &mut |a, b| {
                calls += 1;
                if calls > fail_at {
                    Err(crate::vm::PyErr(Value::small_int(0)))
                } else {
                    Ok(keys[a] < keys[b])
                }
            });
            assert!(r.is_err());
            let mut seen = perm.clone();
            seen.sort_unstable();
            assert_eq!(
                seen,
                (0..keys.len()).collect::<Vec<_>>(),
                "fail_at={fail_at}"
            );
        }
    }

    #[test]
    fn timsort_survives_inconsistent_comparisons() {
        let mut seed = 3;
        let n = 3000;
        let mut perm: Vec<usize> = (0..n).collect();
        timsort(&mut perm, &mut |_, _| Ok(lcg(&mut seed).is_multiple_of(2))).unwrap();
        perm.sort_unstable();
        assert_eq!(perm, (0..n).collect::<Vec<_>>());
    }

    #[test]
    fn minrun_matches_cpython() {
        assert_eq!(compute_minrun(63), 63);
        assert_eq!(compute_minrun(64), 32);
        assert_eq!(compute_minrun(65), 33);
        assert_eq!(compute_minrun(2112), 33);
    }
}
