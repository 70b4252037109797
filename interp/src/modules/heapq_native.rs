//! The `_heapq` module: native heap primitives that `lib/heapq.py` re-exports
//! (`heappush`, `heappop`, `heapify`, `heapreplace`, `heappushpop` and the private max-heap
//! helpers `_heappop_max`, `_heapreplace_max`, `_heapify_max`).
//!
//! Owns: the sift algorithms, with CPython's comparison order (only `<`, through the
//! rich-comparison protocol) so results and ties match exactly, and its checks: the heap
//! must be a list, and a comparison that changes the list's size is a RuntimeError.
//! Must not: hold the list's lock across a comparison (items are read, compared unlocked,
//! then swapped by index under the lock, as CPython does). `nlargest`, `nsmallest` and
//! `merge` stay in Python.

use crate::bytecode::CompareOp;
use crate::object::Value;
use crate::ops;
use crate::types::list::{self, ListObj};
use crate::types::native::{add_function, no_kwargs};
use crate::types::{float, none};
use crate::vm::{PyResult, Vm};

pub fn init(_vm: &Vm, d: &Value) -> PyResult<()> {
    add_function(d, "_heapq", "heappush", heappush);
    add_function(d, "_heapq", "heappop", heappop);
    add_function(d, "_heapq", "heapify", heapify);
    add_function(d, "_heapq", "heapreplace", heapreplace);
    add_function(d, "_heapq", "heappushpop", heappushpop);
    add_function(d, "_heapq", "_heappop_max", heappop_max);
    add_function(d, "_heapq", "_heapreplace_max", heapreplace_max);
    add_function(d, "_heapq", "_heapify_max", heapify_max);
    Ok(())
}

/// `a < b`, natively for two small ints or two floats.
#[inline]
fn lt(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x < y);
    }
    if a.is_exact(crate::types::builtin().float) && b.is_exact(crate::types::builtin().float) {
        if let (Some(x), Some(y)) = (float::as_float(a), float::as_float(b)) {
            return Ok(x < y);
        }
    }
    ops::richcompare_bool(vm, a, b, CompareOp::Lt)
}

/// The heap argument: a list (or subclass), with Argument Clinic's message otherwise.
fn heap_arg<'a>(
    vm: &Vm,
    fname: &str,
    which: &str,
    args: &'a [Value],
    kw: Option<&[Value]>,
    n: usize,
) -> PyResult<&'a ListObj> {
    no_kwargs(vm, &format!("_heapq.{fname}"), kw)?;
    if args.len() != n {
        return Err(vm.type_error(if n == 1 {
            format!(
                "_heapq.{fname}() takes exactly one argument ({} given)",
                args.len()
            )
        } else {
            format!("{fname} expected {n} arguments, got {}", args.len())
        }));
    }
    list::as_list(&args[0]).ok_or_else(|| {
        let got = if none::is_none(&args[0]) {
            "None".to_string()
        } else {
            args[0].ty().name().to_string()
        };
        vm.type_error(format!("{fname}() {which} must be list, not {got}"))
    })
}

fn changed(vm: &Vm) -> crate::vm::PyErr {
    vm.runtime_error("list changed size during iteration")
}

fn item(vm: &Vm, h: &ListObj, i: usize) -> PyResult<Value> {
    h.get(i).ok_or_else(|| changed(vm))
}

/// Moves the item at `pos` up towards `start` while it is smaller than its parent
/// (`max`: larger).
fn siftdown(vm: &Vm, h: &ListObj, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = h.len();
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let newitem = item(vm, h, pos)?;
        let parent = item(vm, h, parentpos)?;
        let smaller = if max {
            lt(vm, &parent, &newitem)?
        } else {
            lt(vm, &newitem, &parent)?
        };
        if h.len() != size {
            return Err(changed(vm));
        }
        if !smaller {
            break;
        }
        h.swap(parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

/// Bubbles the smaller child up from `pos` to a leaf, then sifts the item there down.
fn siftup(vm: &Vm, h: &ListObj, mut pos: usize, max: bool) -> PyResult<()> {
    let end = h.len();
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let a = item(vm, h, child)?;
            let b = item(vm, h, child + 1)?;
            let first_smaller = if max {
                lt(vm, &b, &a)?
            } else {
                lt(vm, &a, &b)?
            };
            if !first_smaller {
                child += 1;
            }
            if h.len() != end {
                return Err(changed(vm));
            }
        }
        h.swap(child, pos);
        pos = child;
    }
    siftdown(vm, h, start, pos, max)
}

fn heappush(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let h = heap_arg(vm, "heappush", "argument 1", args, kw, 2)?;
    h.push(args[1].clone());
    let n = h.len();
    siftdown(vm, h, 0, n - 1, false)?;
    Ok(none::none())
}

fn pop_impl(vm: &Vm, h: &ListObj, max: bool) -> PyResult<Value> {
    let last = h
        .pop_last()
        .ok_or_else(|| vm.index_error("index out of range"))?;
    if h.is_empty() {
        return Ok(last);
    }
    let Some(first) = h.get(0) else {
        return Ok(last);
    };
    h.set(0, last);
    siftup(vm, h, 0, max)?;
    Ok(first)
}

fn heappop(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let h = heap_arg(vm, "heappop", "argument", args, kw, 1)?;
    pop_impl(vm, h, false)
}

fn heappop_max(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let h = heap_arg(vm, "_heappop_max", "argument", args, kw, 1)?;
    pop_impl(vm, h, true)
}

fn replace_impl(vm: &Vm, h: &ListObj, x: &Value, max: bool) -> PyResult<Value> {
    let Some(first) = h.get(0) else {
        return Err(vm.index_error("index out of range"));
    };
    h.set(0, x.clone());
    siftup(vm, h, 0, max)?;
    Ok(first)
}

fn heapreplace(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let h = heap_arg(vm, "heapreplace", "argument 1", args, kw, 2)?;
    replace_impl(vm, h, &args[1], false)
}

fn heapreplace_max(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let h = heap_arg(vm, "_heapreplace_max", "argument 1", args, kw, 2)?;
    replace_impl(vm, h, &args[1], true)
}

fn heappushpop(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let h = heap_arg(vm, "heappushpop", "argument 1", args, kw, 2)?;
    let x = &args[1];
    let Some(top) = h.get(0) else {
        return Ok(x.clone());
    };
    if !lt(vm, &top, x)? {
        return Ok(x.clone());
    }
    let Some(first) = h.get(0) else {
        return Err(vm.index_error("index out of range"));
    };
    h.set(0, x.clone());
    siftup(vm, h, 0, false)?;
    Ok(first)
}

fn heapify_impl(vm: &Vm, h: &ListObj, max: bool) -> PyResult<Value> {
    let n = h.len();
    for i in (0..n / 2).rev() {
        siftup(vm, h, i, max)?;
    }
    Ok(none::none())
}

fn heapify(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let h = heap_arg(vm, "heapify", "argument", args, kw, 1)?;
    heapify_impl(vm, h, false)
}

fn heapify_max(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let h = heap_arg(vm, "_heapify_max", "argument", args, kw, 1)?;
    heapify_impl(vm, h, true)
}
