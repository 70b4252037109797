//! The abstract object protocol: every generic operation on values (repr, hash, compare,
//! attribute and item access, iteration, calls, arithmetic) dispatched through type slots.
//!
//! Owns: CPython's `Objects/abstract.c` and `object.c` rules — reflected operands and
//! subclass priority for binary operators, `NotImplemented` handling, the TypeError
//! messages when nothing applies. Fast paths for the common builtin types live here too,
//! so every caller (eval loop, builtins, types) gets them. Must not: know bytecode or frames.

use crate::bytecode::{BinaryOp, CompareOp};
use crate::object::Value;
use crate::types::native::SlotCallFn;
use crate::types::typeobject::BinaryFn;
use crate::types::{as_type, builtin, int, none, str as pystr, TypeObject};
use crate::vm::{PyResult, Vm};

#[inline]
pub fn type_name(v: &Value) -> &str {
    v.ty().name()
}

// ---- repr / str / hash ---------------------------------------------------------------

pub fn repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = v.ty().slots.repr.get();
    match f {
        Some(f) => {
            let r = f(vm, v)?;
            if pystr::as_str(&r).is_none() {
                return Err(vm.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    r.ty().name()
                )));
            }
            Ok(r)
        }
        None => Ok(pystr::new_str(&format!(
            "<{} object at {:#x}>",
            v.ty().name(),
            v.bits()
        ))),
    }
}

pub fn repr_string(vm: &Vm, v: &Value) -> PyResult<String> {
    let r = repr(vm, v)?;
    Ok(pystr::as_str(&r).unwrap_or("").to_string())
}

pub fn str_(vm: &Vm, v: &Value) -> PyResult<Value> {
    if v.is_exact(builtin().str) {
        return Ok(v.clone());
    }
    match v.ty().slots.str.get() {
        Some(f) => {
            let r = f(vm, v)?;
            if pystr::as_str(&r).is_none() {
                return Err(vm.type_error(format!(
                    "__str__ returned non-string (type {})",
                    r.ty().name()
                )));
            }
            Ok(r)
        }
        None => repr(vm, v),
    }
}

pub fn str_string(vm: &Vm, v: &Value) -> PyResult<String> {
    let r = str_(vm, v)?;
    Ok(pystr::as_str(&r).unwrap_or("").to_string())
}

pub fn hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(crate::numeric::hash_i64(i));
    }
    match v.ty().slots.hash.get() {
        Some(f) => f(vm, v),
        None => Err(vm.type_error(format!("unhashable type: '{}'", v.ty().name()))),
    }
}

// ---- comparison ----------------------------------------------------------------------

/// `a op b`, as the `COMPARE_OP` instruction: may return any object.
pub fn richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(int::new_bool(cmp_result(x.cmp(&y), op)));
    }
    let _g = vm.enter(" in comparison")?;
    let ta = a.ty();
    let tb = b.ty();
    let mut checked_reverse = false;
    if !std::ptr::eq(ta, tb) && tb.is_subtype(ta) {
        if let Some(f) = tb.slots.richcompare.get() {
            checked_reverse = true;
            let r = f(vm, b, a, op.swapped())?;
            if !none::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = ta.slots.richcompare.get() {
        let r = f(vm, a, b, op)?;
        if !none::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !checked_reverse {
        if let Some(f) = tb.slots.richcompare.get() {
            let r = f(vm, b, a, op.swapped())?;
            if !none::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(int::new_bool(a.is(b))),
        CompareOp::Ne => Ok(int::new_bool(!a.is(b))),
        _ => Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            ta.name(),
            tb.name()
        ))),
    }
}

#[inline]
pub fn cmp_result(o: std::cmp::Ordering, op: CompareOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CompareOp::Lt => o == Less,
        CompareOp::Le => o != Greater,
        CompareOp::Eq => o == Equal,
        CompareOp::Ne => o != Equal,
        CompareOp::Gt => o == Greater,
        CompareOp::Ge => o != Less,
    }
}

pub fn richcompare_bool(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    let r = richcompare(vm, a, b, op)?;
    truthy(vm, &r)
}

/// `a == b` with the identity shortcut containers use.
#[inline]
pub fn eq(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Ok(false);
    }
    if let (Some(x), Some(y)) = (pystr::as_exact_str(a), pystr::as_exact_str(b)) {
        return Ok(x == y);
    }
    richcompare_bool(vm, a, b, CompareOp::Eq)
}

// ---- truth -----------------------------------------------------------------------------

#[inline]
pub fn truthy(vm: &Vm, v: &Value) -> PyResult<bool> {
    if let Some(i) = v.as_small_int() {
        return Ok(i != 0);
    }
    let b = builtin();
    let ty = v.ty();
    if std::ptr::eq(ty, b.bool) {
        return Ok(int::is_true(v));
    }
    if std::ptr::eq(ty, b.none) {
        return Ok(false);
    }
    if let Some(f) = ty.slots.bool_.get() {
        return f(vm, v);
    }
    if let Some(f) = ty.slots.len.get() {
        return Ok(f(vm, v)? != 0);
    }
    Ok(true)
}

// ---- attributes ------------------------------------------------------------------------

#[inline]
pub fn getattr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    match obj.ty().slots.getattr.get() {
        Some(f) => f(vm, obj, name),
        None => crate::types::object::generic_getattr(vm, obj, name),
    }
}

pub fn getattr_str(vm: &Vm, obj: &Value, name: &str) -> PyResult<Value> {
    getattr(vm, obj, &pystr::intern(name))
}

/// `getattr(obj, name, None)`-like: `None` when the attribute is missing (AttributeError),
/// other errors propagate.
pub fn getattr_opt(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    match getattr(vm, obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_matches(&e, builtin().attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn setattr(vm: &Vm, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    match obj.ty().slots.setattr.get() {
        Some(f) => f(vm, obj, name, Some(value)),
        None => crate::types::object::generic_setattr(vm, obj, name, Some(value)),
    }
}

pub fn delattr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<()> {
    match obj.ty().slots.setattr.get() {
        Some(f) => f(vm, obj, name, None),
        None => crate::types::object::generic_setattr(vm, obj, name, None),
    }
}

/// Looks up a special method on the type (not the instance), binding it to `obj`.
pub fn lookup_special(vm: &Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let ty = obj.ty();
    match ty.lookup_str(name) {
        None => Ok(None),
        Some(d) => match d.ty().slots.descr_get.get() {
            Some(get) => get(vm, &d, Some(obj), &ty.to_value()).map(Some),
            None => Ok(Some(d)),
        },
    }
}

// ---- items -----------------------------------------------------------------------------

pub fn getitem(vm: &Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    if let Some(f) = obj.ty().slots.getitem.get() {
        return f(vm, obj, key);
    }
    if let Some(t) = as_type(obj) {
        if let Some(cg) = t.lookup_str("__class_getitem__") {
            let bound = match cg.ty().slots.descr_get.get() {
                Some(get) => get(vm, &cg, None, obj)?,
                None => cg,
            };
            return call1(vm, &bound, key.clone());
        }
        if std::ptr::eq(t, builtin().type_) {
            return Ok(obj.clone());
        }
        return Err(vm.type_error(format!("type '{}' is not subscriptable", t.name())));
    }
    Err(vm.type_error(format!("'{}' object is not subscriptable", obj.ty().name())))
}

pub fn setitem(vm: &Vm, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    match obj.ty().slots.setitem.get() {
        Some(f) => f(vm, obj, key, Some(value)),
        None => Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            obj.ty().name()
        ))),
    }
}

pub fn delitem(vm: &Vm, obj: &Value, key: &Value) -> PyResult<()> {
    match obj.ty().slots.setitem.get() {
        Some(f) => f(vm, obj, key, None),
        None => Err(vm.type_error(format!(
            "'{}' object doesn't support item deletion",
            obj.ty().name()
        ))),
    }
}

pub fn len(vm: &Vm, v: &Value) -> PyResult<usize> {
    match v.ty().slots.len.get() {
        Some(f) => f(vm, v),
        None => Err(vm.type_error(format!("object of type '{}' has no len()", v.ty().name()))),
    }
}

pub fn contains(vm: &Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(f) = container.ty().slots.contains.get() {
        return f(vm, container, item);
    }
    if container.ty().slots.iter.is_set() || container.ty().slots.getitem.is_set() {
        let it = iter(vm, container).map_err(|e| {
            if vm.err_matches(&e, builtin().type_error) {
                vm.type_error(format!(
                    "argument of type '{}' is not iterable",
                    container.ty().name()
                ))
            } else {
                e
            }
        })?;
        while let Some(x) = next(vm, &it)? {
            if eq(vm, &x, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(vm.type_error(format!(
        "argument of type '{}' is not iterable",
        container.ty().name()
    )))
}

// ---- iteration -------------------------------------------------------------------------

pub fn iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    let ty = v.ty();
    if let Some(f) = ty.slots.iter.get() {
        let it = f(vm, v)?;
        if !it.ty().slots.next.is_set() {
            return Err(vm.type_error(format!(
                "iter() returned non-iterator of type '{}'",
                it.ty().name()
            )));
        }
        return Ok(it);
    }
    if ty.slots.getitem.is_set() {
        return Ok(crate::types::iterators::new_seq_iterator(v.clone()));
    }
    Err(vm.type_error(format!("'{}' object is not iterable", ty.name())))
}

/// The next item, `None` when exhausted. A StopIteration raised by the iterator also
/// means exhaustion (CPython's `PyIter_Next`).
#[inline]
pub fn next(vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
    match it.ty().slots.next.get() {
        Some(f) => match f(vm, it) {
            Err(e) if vm.err_matches(&e, builtin().stop_iteration) => Ok(None),
            r => r,
        },
        None => Err(vm.type_error(format!("'{}' object is not an iterator", it.ty().name()))),
    }
}

/// What iterating an exact dict, dict view, set or frozenset would produce, taken in one
/// step under the container's lock: consuming such a container whole (`list(d)`,
/// `sorted(s)`) is one operation, never "changed size during iteration" when another
/// thread mutates it meanwhile. `None` for other iterables.
pub fn container_snapshot(iterable: &Value) -> Option<Vec<Value>> {
    if let Some(items) = crate::types::dict::iteration_snapshot(iterable) {
        return Some(items);
    }
    if iterable.is_exact(builtin().set) || iterable.is_exact(builtin().frozenset) {
        return Some(crate::types::set::set_items(iterable));
    }
    None
}

/// All items of an iterable (fast for lists and tuples).
pub fn collect(vm: &Vm, iterable: &Value) -> PyResult<Vec<Value>> {
    if let Some(t) = crate::types::tuple::as_tuple(iterable) {
        if iterable.is_exact(builtin().tuple) {
            return Ok(t.to_vec());
        }
    }
    if iterable.is_exact(builtin().list) {
        if let Some(l) = crate::types::list::as_list(iterable) {
            return Ok(l.snapshot());
        }
    }
    if let Some(items) = container_snapshot(iterable) {
        return Ok(items);
    }
    let it = iter(vm, iterable)?;
    let mut out = Vec::new();
    while let Some(x) = next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

// ---- calls -----------------------------------------------------------------------------

/// Calls `callable` with positional `args` whose last `kwnames.len()` are keyword values.
#[inline]
pub fn call(
    vm: &Vm,
    callable: &Value,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<Value> {
    match callable.ty().slots.call.get() {
        Some(f) => f(vm, callable, args, kwnames),
        None => Err(vm.type_error(format!("'{}' object is not callable", callable.ty().name()))),
    }
}

pub fn call0(vm: &Vm, callable: &Value) -> PyResult<Value> {
    call(vm, callable, &[], None)
}

pub fn call1(vm: &Vm, callable: &Value, a: Value) -> PyResult<Value> {
    call(vm, callable, &[a], None)
}

pub fn call_method(vm: &Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = getattr_str(vm, obj, name)?;
    call(vm, &m, args, None)
}

pub fn is_callable(v: &Value) -> bool {
    v.ty().slots.call.is_set()
}

// ---- arithmetic ------------------------------------------------------------------------

fn slot_of(ty: &TypeObject, op: BinaryOp) -> Option<BinaryFn> {
    let s = &ty.slots;
    match op {
        BinaryOp::Add => s.add.get(),
        BinaryOp::Subtract => s.sub.get(),
        BinaryOp::Multiply => s.mul.get(),
        BinaryOp::TrueDivide => s.truediv.get(),
        BinaryOp::FloorDivide => s.floordiv.get(),
        BinaryOp::Remainder => s.mod_.get(),
        BinaryOp::LShift => s.lshift.get(),
        BinaryOp::RShift => s.rshift.get(),
        BinaryOp::And => s.and.get(),
        BinaryOp::Or => s.or.get(),
        BinaryOp::Xor => s.xor.get(),
        BinaryOp::MatMul => s.matmul.get(),
        BinaryOp::Power => None,
    }
}

fn inplace_slot_of(ty: &TypeObject, op: BinaryOp) -> Option<BinaryFn> {
    let s = &ty.slots;
    match op {
        BinaryOp::Add => s.iadd.get(),
        BinaryOp::Subtract => s.isub.get(),
        BinaryOp::Multiply => s.imul.get(),
        BinaryOp::TrueDivide => s.itruediv.get(),
        BinaryOp::FloorDivide => s.ifloordiv.get(),
        BinaryOp::Remainder => s.imod.get(),
        BinaryOp::LShift => s.ilshift.get(),
        BinaryOp::RShift => s.irshift.get(),
        BinaryOp::And => s.iand.get(),
        BinaryOp::Or => s.ior.get(),
        BinaryOp::Xor => s.ixor.get(),
        BinaryOp::MatMul => s.imatmul.get(),
        BinaryOp::Power => s.ipow.get(),
    }
}

/// Tries `a op b` then the reflected form (subclass first), CPython's `binary_op1`.
/// Returns NotImplemented if neither operand supports it.
fn binary_op1(vm: &Vm, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
    let ta = a.ty();
    let tb = b.ty();
    if op == BinaryOp::Power {
        return ternary_pow1(vm, a, b, &none::none());
    }
    let fa = slot_of(ta, op);
    let fb = if std::ptr::eq(ta, tb) {
        None
    } else {
        slot_of(tb, op)
    };
    let fb = match (fa, fb) {
        (Some(x), Some(y)) if x as usize == y as usize => None,
        (_, y) => y,
    };
    if let Some(fa) = fa {
        if let Some(fbf) = fb {
            if tb.is_subtype(ta) {
                let r = fbf(vm, a, b)?;
                if !none::is_not_implemented(&r) {
                    return Ok(r);
                }
                let r = fa(vm, a, b)?;
                return Ok(r);
            }
        }
        let r = fa(vm, a, b)?;
        if !none::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(fb) = fb {
        return fb(vm, a, b);
    }
    Ok(none::not_implemented())
}

fn ternary_pow1(vm: &Vm, a: &Value, b: &Value, c: &Value) -> PyResult<Value> {
    let ta = a.ty();
    let tb = b.ty();
    let fa = ta.slots.pow.get();
    let fb = if std::ptr::eq(ta, tb) {
        None
    } else {
        tb.slots.pow.get()
    };
    let fb = match (fa, fb) {
        (Some(x), Some(y)) if x as usize == y as usize => None,
        (_, y) => y,
    };
    if let Some(fa) = fa {
        if let Some(fbf) = fb {
            if tb.is_subtype(ta) {
                let r = fbf(vm, a, b, c)?;
                if !none::is_not_implemented(&r) {
                    return Ok(r);
                }
                return fa(vm, a, b, c);
            }
        }
        let r = fa(vm, a, b, c)?;
        if !none::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(fb) = fb {
        return fb(vm, a, b, c);
    }
    Ok(none::not_implemented())
}

/// `pow(a, b, c)`.
pub fn pow3(vm: &Vm, a: &Value, b: &Value, c: &Value) -> PyResult<Value> {
    let r = ternary_pow1(vm, a, b, c)?;
    if none::is_not_implemented(&r) {
        if none::is_none(c) {
            return Err(binop_type_error(vm, a, b, BinaryOp::Power, false));
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            a.ty().name(),
            b.ty().name(),
            c.ty().name()
        )));
    }
    Ok(r)
}

fn binop_type_error(
    vm: &Vm,
    a: &Value,
    b: &Value,
    op: BinaryOp,
    inplace: bool,
) -> crate::vm::PyErr {
    let sym = if inplace && op != BinaryOp::Power {
        format!("{}=", op.symbol())
    } else if inplace {
        "**=".to_string()
    } else {
        op.symbol().to_string()
    };
    if op == BinaryOp::Add && !inplace {
        if let Some(_s) = pystr::as_str(a) {
            if !b.ty().is_subtype(builtin().str) {
                return vm.type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    b.ty().name()
                ));
            }
        }
        if a.ty().is_subtype(builtin().list) && !b.ty().is_subtype(builtin().list) {
            return vm.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                b.ty().name()
            ));
        }
        if a.ty().is_subtype(builtin().tuple) && !b.ty().is_subtype(builtin().tuple) {
            return vm.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                b.ty().name()
            ));
        }
    }
    if op == BinaryOp::Multiply {
        let seq = |v: &Value| {
            let t = v.ty();
            t.is_subtype(builtin().str)
                || t.is_subtype(builtin().list)
                || t.is_subtype(builtin().tuple)
                || t.is_subtype(builtin().bytes)
        };
        if seq(a) || seq(b) {
            let other = if seq(a) { b } else { a };
            return vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.ty().name()
            ));
        }
    }
    vm.type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        a.ty().name(),
        b.ty().name()
    ))
}

/// `a op b` for a `BINARY_OP` operator (not in-place).
pub fn binary_op(vm: &Vm, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
    let r = binary_op1(vm, a, b, op)?;
    if none::is_not_implemented(&r) {
        return Err(binop_type_error(vm, a, b, op, false));
    }
    Ok(r)
}

/// `a op= b`: the in-place slot of `a`'s type first, then the binary operator.
pub fn inplace_op(vm: &Vm, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
    if let Some(f) = inplace_slot_of(a.ty(), op) {
        let r = f(vm, a, b)?;
        if !none::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let r = binary_op1(vm, a, b, op)?;
    if none::is_not_implemented(&r) {
        return Err(binop_type_error(vm, a, b, op, true));
    }
    Ok(r)
}

fn unary(
    vm: &Vm,
    v: &Value,
    f: Option<crate::types::typeobject::UnaryFn>,
    sym: &str,
) -> PyResult<Value> {
    match f {
        Some(f) => f(vm, v),
        None => Err(vm.type_error(format!("bad operand type for {}: '{}'", sym, v.ty().name()))),
    }
}

pub fn neg(vm: &Vm, v: &Value) -> PyResult<Value> {
    unary(vm, v, v.ty().slots.neg.get(), "unary -")
}

pub fn pos(vm: &Vm, v: &Value) -> PyResult<Value> {
    unary(vm, v, v.ty().slots.pos.get(), "unary +")
}

pub fn invert(vm: &Vm, v: &Value) -> PyResult<Value> {
    unary(vm, v, v.ty().slots.invert.get(), "unary ~")
}

pub fn abs(vm: &Vm, v: &Value) -> PyResult<Value> {
    unary(vm, v, v.ty().slots.abs.get(), "abs()")
}

// ---- index conversion -------------------------------------------------------------------

/// `operator.index(v)` as an int value.
pub fn index_value(vm: &Vm, v: &Value) -> PyResult<Value> {
    if v.is_small_int() || v.ty().is_subtype(builtin().int) {
        return Ok(v.clone());
    }
    match v.ty().slots.index.get() {
        Some(f) => {
            let r = f(vm, v)?;
            if !r.is_small_int() && !r.ty().is_subtype(builtin().int) {
                return Err(vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    r.ty().name()
                )));
            }
            Ok(r)
        }
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.ty().name()
        ))),
    }
}

/// An index as `isize`; ints too large raise IndexError ("cannot fit 'int' into an
/// index-sized integer").
pub fn to_index(vm: &Vm, v: &Value) -> PyResult<isize> {
    if let Some(i) = v.as_small_int() {
        return Ok(i as isize);
    }
    let iv = index_value(vm, v)?;
    match int::as_int(&iv) {
        Some(int::IntRef::Small(i)) => Ok(i as isize),
        Some(int::IntRef::Big(b)) => {
            use num_traits::ToPrimitive;
            b.to_isize().ok_or_else(|| {
                vm.index_error(format!(
                    "cannot fit '{}' into an index-sized integer",
                    v.ty().name()
                ))
            })
        }
        None => Err(vm.type_error("an integer is required")),
    }
}

/// Like `to_index` but for sizes/counts: too large is OverflowError.
pub fn to_isize(vm: &Vm, v: &Value) -> PyResult<isize> {
    if let Some(i) = v.as_small_int() {
        return Ok(i as isize);
    }
    let iv = index_value(vm, v)?;
    match int::as_int(&iv) {
        Some(int::IntRef::Small(i)) => Ok(i as isize),
        Some(int::IntRef::Big(b)) => {
            use num_traits::ToPrimitive;
            b.to_isize()
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        None => Err(vm.type_error("an integer is required")),
    }
}

// ---- dunder wrappers for builtin slots ---------------------------------------------------

macro_rules! binary_wrapper {
    ($name:ident, $slot:ident, reflected = $refl:expr) => {
        fn $name(
            vm: &Vm,
            owner: &TypeObject,
            args: &[Value],
            _kw: Option<&[Value]>,
        ) -> PyResult<Value> {
            crate::types::native::check_count(vm, stringify!($name), args.len(), 2, 2)?;
            let f = owner.slots.$slot.get();
            match f {
                Some(f) => {
                    if $refl {
                        f(vm, &args[1], &args[0])
                    } else {
                        f(vm, &args[0], &args[1])
                    }
                }
                None => Ok(none::not_implemented()),
            }
        }
    };
}

binary_wrapper!(w_add, add, reflected = false);
binary_wrapper!(w_radd, add, reflected = true);
binary_wrapper!(w_sub, sub, reflected = false);
binary_wrapper!(w_rsub, sub, reflected = true);
binary_wrapper!(w_mul, mul, reflected = false);
binary_wrapper!(w_rmul, mul, reflected = true);
binary_wrapper!(w_truediv, truediv, reflected = false);
binary_wrapper!(w_rtruediv, truediv, reflected = true);
binary_wrapper!(w_floordiv, floordiv, reflected = false);
binary_wrapper!(w_rfloordiv, floordiv, reflected = true);
binary_wrapper!(w_mod, mod_, reflected = false);
binary_wrapper!(w_rmod, mod_, reflected = true);
binary_wrapper!(w_divmod, divmod, reflected = false);
binary_wrapper!(w_rdivmod, divmod, reflected = true);
binary_wrapper!(w_lshift, lshift, reflected = false);
binary_wrapper!(w_rlshift, lshift, reflected = true);
binary_wrapper!(w_rshift, rshift, reflected = false);
binary_wrapper!(w_rrshift, rshift, reflected = true);
binary_wrapper!(w_and, and, reflected = false);
binary_wrapper!(w_rand, and, reflected = true);
binary_wrapper!(w_or, or, reflected = false);
binary_wrapper!(w_ror, or, reflected = true);
binary_wrapper!(w_xor, xor, reflected = false);
binary_wrapper!(w_rxor, xor, reflected = true);
binary_wrapper!(w_iadd, iadd, reflected = false);
binary_wrapper!(w_imul, imul, reflected = false);
binary_wrapper!(w_getitem, getitem, reflected = false);

fn w_pow(vm: &Vm, owner: &TypeObject, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__pow__", args.len(), 2, 3)?;
    let m = args.get(2).cloned().unwrap_or_else(none::none);
    match owner.slots.pow.get() {
        Some(f) => f(vm, &args[0], &args[1], &m),
        None => Ok(none::not_implemented()),
    }
}

fn w_rpow(vm: &Vm, owner: &TypeObject, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__rpow__", args.len(), 2, 3)?;
    let m = args.get(2).cloned().unwrap_or_else(none::none);
    match owner.slots.pow.get() {
        Some(f) => f(vm, &args[1], &args[0], &m),
        None => Ok(none::not_implemented()),
    }
}

macro_rules! unary_wrapper {
    ($name:ident, $slot:ident) => {
        fn $name(
            vm: &Vm,
            owner: &TypeObject,
            args: &[Value],
            _kw: Option<&[Value]>,
        ) -> PyResult<Value> {
            crate::types::native::check_count(vm, stringify!($name), args.len(), 1, 1)?;
            match owner.slots.$slot.get() {
                Some(f) => f(vm, &args[0]),
                None => Err(vm.type_error("operation not supported")),
            }
        }
    };
}

unary_wrapper!(w_repr, repr);
unary_wrapper!(w_str, str);
unary_wrapper!(w_iter, iter);
unary_wrapper!(w_neg, neg);
unary_wrapper!(w_pos, pos);
unary_wrapper!(w_invert, invert);
unary_wrapper!(w_abs, abs);
unary_wrapper!(w_int, int);
unary_wrapper!(w_float, float);
unary_wrapper!(w_index, index);

fn w_hash(vm: &Vm, owner: &TypeObject, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__hash__", args.len(), 1, 1)?;
    match owner.slots.hash.get() {
        Some(f) => Ok(int::new_int(f(vm, &args[0])?)),
        None => Err(vm.type_error(format!("unhashable type: '{}'", args[0].ty().name()))),
    }
}

fn w_len(vm: &Vm, owner: &TypeObject, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__len__", args.len(), 1, 1)?;
    match owner.slots.len.get() {
        Some(f) => Ok(int::new_int(f(vm, &args[0])? as i64)),
        None => Err(vm.type_error("operation not supported")),
    }
}

fn w_bool(vm: &Vm, owner: &TypeObject, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__bool__", args.len(), 1, 1)?;
    match owner.slots.bool_.get() {
        Some(f) => Ok(int::new_bool(f(vm, &args[0])?)),
        None => Ok(int::new_bool(true)),
    }
}

fn w_next(vm: &Vm, owner: &TypeObject, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__next__", args.len(), 1, 1)?;
    let r = match owner.slots.next.get() {
        Some(f) => f(vm, &args[0])?,
        None => return Err(vm.type_error("operation not supported")),
    };
    match r {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

fn w_contains(
    vm: &Vm,
    owner: &TypeObject,
    args: &[Value],
    _kw: Option<&[Value]>,
) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__contains__", args.len(), 2, 2)?;
    match owner.slots.contains.get() {
        Some(f) => Ok(int::new_bool(f(vm, &args[0], &args[1])?)),
        None => Err(vm.type_error("operation not supported")),
    }
}

fn w_setitem(
    vm: &Vm,
    owner: &TypeObject,
    args: &[Value],
    _kw: Option<&[Value]>,
) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__setitem__", args.len(), 3, 3)?;
    match owner.slots.setitem.get() {
        Some(f) => f(vm, &args[0], &args[1], Some(args[2].clone())).map(|_| none::none()),
        None => Err(vm.type_error("operation not supported")),
    }
}

fn w_delitem(
    vm: &Vm,
    owner: &TypeObject,
    args: &[Value],
    _kw: Option<&[Value]>,
) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__delitem__", args.len(), 2, 2)?;
    match owner.slots.setitem.get() {
        Some(f) => f(vm, &args[0], &args[1], None).map(|_| none::none()),
        None => Err(vm.type_error("operation not supported")),
    }
}

fn w_getattribute(
    vm: &Vm,
    owner: &TypeObject,
    args: &[Value],
    _kw: Option<&[Value]>,
) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__getattribute__", args.len(), 2, 2)?;
    let name = pystr::intern_value(&args[1]);
    match owner.slots.getattr.get() {
        Some(f) => f(vm, &args[0], &name),
        None => crate::types::object::generic_getattr(vm, &args[0], &name),
    }
}

fn w_setattr(
    vm: &Vm,
    owner: &TypeObject,
    args: &[Value],
    _kw: Option<&[Value]>,
) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__setattr__", args.len(), 3, 3)?;
    let name = pystr::intern_value(&args[1]);
    match owner.slots.setattr.get() {
        Some(f) => f(vm, &args[0], &name, Some(args[2].clone()))?,
        None => crate::types::object::generic_setattr(vm, &args[0], &name, Some(args[2].clone()))?,
    }
    Ok(none::none())
}

fn w_delattr(
    vm: &Vm,
    owner: &TypeObject,
    args: &[Value],
    _kw: Option<&[Value]>,
) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__delattr__", args.len(), 2, 2)?;
    let name = pystr::intern_value(&args[1]);
    match owner.slots.setattr.get() {
        Some(f) => f(vm, &args[0], &name, None)?,
        None => crate::types::object::generic_setattr(vm, &args[0], &name, None)?,
    }
    Ok(none::none())
}

fn w_richcompare(vm: &Vm, owner: &TypeObject, args: &[Value], op: CompareOp) -> PyResult<Value> {
    crate::types::native::check_count(vm, "comparison", args.len(), 2, 2)?;
    match owner.slots.richcompare.get() {
        Some(f) => f(vm, &args[0], &args[1], op),
        None => Ok(none::not_implemented()),
    }
}

fn w_lt(vm: &Vm, owner: &TypeObject, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    w_richcompare(vm, owner, a, CompareOp::Lt)
}
fn w_le(vm: &Vm, owner: &TypeObject, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    w_richcompare(vm, owner, a, CompareOp::Le)
}
fn w_eq(vm: &Vm, owner: &TypeObject, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    w_richcompare(vm, owner, a, CompareOp::Eq)
}
fn w_ne(vm: &Vm, owner: &TypeObject, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    w_richcompare(vm, owner, a, CompareOp::Ne)
}
fn w_gt(vm: &Vm, owner: &TypeObject, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    w_richcompare(vm, owner, a, CompareOp::Gt)
}
fn w_ge(vm: &Vm, owner: &TypeObject, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    w_richcompare(vm, owner, a, CompareOp::Ge)
}

fn w_call(vm: &Vm, owner: &TypeObject, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("__call__ needs an argument"));
    }
    match owner.slots.call.get() {
        Some(f) => f(vm, &args[0], &args[1..], kw),
        None => Err(vm.type_error("object is not callable")),
    }
}

fn w_new(vm: &Vm, owner: &TypeObject, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let Some(cls) = args.first() else {
        return Err(vm.type_error(format!("{}.__new__(): not enough arguments", owner.name())));
    };
    let t = as_type(cls).ok_or_else(|| {
        vm.type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            owner.name(),
            cls.ty().name()
        ))
    })?;
    if !t.is_subtype(owner) {
        return Err(vm.type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            owner.name(),
            t.name(),
            t.name(),
            owner.name()
        )));
    }
    match owner.slots.new.get() {
        Some(f) => f(vm, cls, &args[1..], kw),
        None => Err(vm.type_error(format!("cannot create '{}' instances", t.name()))),
    }
}

fn w_init(vm: &Vm, owner: &TypeObject, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let Some(obj) = args.first() else {
        return Err(vm.type_error("__init__(): not enough arguments"));
    };
    match owner.slots.init.get() {
        Some(f) => f(vm, obj, &args[1..], kw).map(|_| none::none()),
        None => Ok(none::none()),
    }
}

fn w_get(vm: &Vm, owner: &TypeObject, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__get__", args.len(), 2, 3)?;
    let inst = Some(&args[1]).filter(|v| !none::is_none(v));
    let cls = args
        .get(2)
        .cloned()
        .unwrap_or_else(|| args[1].ty().to_value());
    match owner.slots.descr_get.get() {
        Some(f) => f(vm, &args[0], inst, &cls),
        None => Ok(args[0].clone()),
    }
}

fn w_set(vm: &Vm, owner: &TypeObject, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__set__", args.len(), 3, 3)?;
    match owner.slots.descr_set.get() {
        Some(f) => f(vm, &args[0], &args[1], Some(args[2].clone())).map(|_| none::none()),
        None => Err(vm.type_error("descriptor has no __set__")),
    }
}

fn w_delete(vm: &Vm, owner: &TypeObject, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::check_count(vm, "__delete__", args.len(), 2, 2)?;
    match owner.slots.descr_set.get() {
        Some(f) => f(vm, &args[0], &args[1], None).map(|_| none::none()),
        None => Err(vm.type_error("descriptor has no __delete__")),
    }
}

/// The dunder methods a builtin type exposes for its slots:
/// `(name, wrapper, slot function as a word, 0 if empty)`.
pub fn slot_dunders(ty: &TypeObject) -> Vec<(&'static str, SlotCallFn, usize)> {
    let s = &ty.slots;
    vec![
        ("__repr__", w_repr as SlotCallFn, s.repr.raw()),
        ("__str__", w_str, s.str.raw()),
        ("__hash__", w_hash, s.hash.raw()),
        ("__lt__", w_lt, s.richcompare.raw()),
        ("__le__", w_le, s.richcompare.raw()),
        ("__eq__", w_eq, s.richcompare.raw()),
        ("__ne__", w_ne, s.richcompare.raw()),
        ("__gt__", w_gt, s.richcompare.raw()),
        ("__ge__", w_ge, s.richcompare.raw()),
        ("__getattribute__", w_getattribute, s.getattr.raw()),
        ("__setattr__", w_setattr, s.setattr.raw()),
        ("__delattr__", w_delattr, s.setattr.raw()),
        ("__call__", w_call, s.call.raw()),
        ("__iter__", w_iter, s.iter.raw()),
        ("__next__", w_next, s.next.raw()),
        ("__get__", w_get, s.descr_get.raw()),
        ("__set__", w_set, s.descr_set.raw()),
        ("__delete__", w_delete, s.descr_set.raw()),
        ("__new__", w_new, s.new.raw()),
        ("__init__", w_init, s.init.raw()),
        ("__len__", w_len, s.len.raw()),
        ("__getitem__", w_getitem, s.getitem.raw()),
        ("__setitem__", w_setitem, s.setitem.raw()),
        ("__delitem__", w_delitem, s.setitem.raw()),
        ("__contains__", w_contains, s.contains.raw()),
        ("__bool__", w_bool, s.bool_.raw()),
        ("__add__", w_add, s.add.raw()),
        ("__radd__", w_radd, s.add.raw()),
        ("__sub__", w_sub, s.sub.raw()),
        ("__rsub__", w_rsub, s.sub.raw()),
        ("__mul__", w_mul, s.mul.raw()),
        ("__rmul__", w_rmul, s.mul.raw()),
        ("__truediv__", w_truediv, s.truediv.raw()),
        ("__rtruediv__", w_rtruediv, s.truediv.raw()),
        ("__floordiv__", w_floordiv, s.floordiv.raw()),
        ("__rfloordiv__", w_rfloordiv, s.floordiv.raw()),
        ("__mod__", w_mod, s.mod_.raw()),
        ("__rmod__", w_rmod, s.mod_.raw()),
        ("__divmod__", w_divmod, s.divmod.raw()),
        ("__rdivmod__", w_rdivmod, s.divmod.raw()),
        ("__pow__", w_pow, s.pow.raw()),
        ("__rpow__", w_rpow, s.pow.raw()),
        ("__lshift__", w_lshift, s.lshift.raw()),
        ("__rlshift__", w_rlshift, s.lshift.raw()),
        ("__rshift__", w_rshift, s.rshift.raw()),
        ("__rrshift__", w_rrshift, s.rshift.raw()),
        ("__and__", w_and, s.and.raw()),
        ("__rand__", w_rand, s.and.raw()),
        ("__or__", w_or, s.or.raw()),
        ("__ror__", w_ror, s.or.raw()),
        ("__xor__", w_xor, s.xor.raw()),
        ("__rxor__", w_rxor, s.xor.raw()),
        ("__iadd__", w_iadd, s.iadd.raw()),
        ("__imul__", w_imul, s.imul.raw()),
        ("__neg__", w_neg, s.neg.raw()),
        ("__pos__", w_pos, s.pos.raw()),
        ("__invert__", w_invert, s.invert.raw()),
        ("__abs__", w_abs, s.abs.raw()),
        ("__int__", w_int, s.int.raw()),
        ("__float__", w_float, s.float.raw()),
        ("__index__", w_index, s.index.raw()),
    ]
}

/// Is `name` the dunder of some slot? Used by heap types to install slot dispatchers.
pub fn is_slot_dunder(name: &str) -> bool {
    name.starts_with("__") && name.ends_with("__") && DUNDERS.contains(&name)
}

const DUNDERS: &[&str] = &[
    "__repr__",
    "__str__",
    "__hash__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__getattribute__",
    "__getattr__",
    "__setattr__",
    "__delattr__",
    "__call__",
    "__iter__",
    "__next__",
    "__get__",
    "__set__",
    "__delete__",
    "__new__",
    "__init__",
    "__del__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__bool__",
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__matmul__",
    "__rmatmul__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__itruediv__",
    "__ifloordiv__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ior__",
    "__ixor__",
    "__imatmul__",
    "__neg__",
    "__pos__",
    "__invert__",
    "__abs__",
    "__int__",
    "__float__",
    "__index__",
];
