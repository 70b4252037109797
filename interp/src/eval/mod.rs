//! The tier-1 interpreter: the eval loop and the calling of Python functions.
//!
//! Owns: executing a frame instruction by instruction, exception unwinding through the
//! code's exception table, traceback entries, generator suspension points, calls into
//! Python functions, running module and class bodies. Must not: implement type behaviour
//! (that goes through `ops` and the type slots) or decide specialization policy.

pub mod frame;

use crate::bytecode::{make_function, BinaryOp, CompareOp, Family, Instr, Opcode};
use crate::object::Value;
use crate::ops;
use crate::specialize::{self, Quickened};
use crate::types::exceptions as exc;
use crate::types::function::{cell_get, cell_set, new_function, FunctionObj};
use crate::types::{builtin, dict, int, list, none, str as pystr, tuple};
use crate::vm::{PyErr, PyResult, Vm};
use std::sync::atomic::Ordering::Relaxed;

pub use frame::Frame;
use frame::Running;

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// The call slot of `function`.
pub fn call_function_slot(
    vm: &Vm,
    callable: &Value,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<Value> {
    // SAFETY: installed only on `function`, whose payload is `FunctionObj`.
    let func = unsafe { callable.payload_unchecked::<FunctionObj>() };
    call_python(vm, callable, func, args, kwnames)
}

/// Calls a Python function.
#[inline]
pub fn call_python(
    vm: &Vm,
    callable: &Value,
    func: &FunctionObj,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<Value> {
    let is_generator = func.code().unit.is_generator();
    let mut frame = Frame::for_function(vm, callable.clone(), None, is_generator);
    frame::bind_arguments(vm, &mut frame, func, args, kwnames)?;
    if is_generator {
        return Ok(crate::types::generator::new_generator(frame, func));
    }
    let _g = vm.enter("")?;
    match run_frame(vm, &mut frame)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(vm.runtime_error("yield in a function that is not a generator")),
    }
}

/// Runs module-level code with `globals` as its namespace.
pub fn run_module_code(vm: &Vm, code: Value, globals: &Value) -> PyResult<Value> {
    let builtins = vm.rt.builtins.clone();
    if dict::dict_get_str(globals, &pystr::intern("__builtins__")).is_none() {
        dict::dict_set_str(globals, "__builtins__", crate::modules::builtins_module(vm));
    }
    let mut frame = Frame::new(vm, code, globals.clone(), builtins, Some(globals.clone()));
    match run_frame(vm, &mut frame)? {
        Exit::Return(v) | Exit::Yield(v) => Ok(v),
    }
}

/// Runs code with explicit globals and locals mappings (`exec`/`eval`).
pub fn run_code_with_locals(
    vm: &Vm,
    code: Value,
    globals: &Value,
    locals: &Value,
) -> PyResult<Value> {
    let builtins = vm.rt.builtins.clone();
    let mut frame = Frame::new(vm, code, globals.clone(), builtins, Some(locals.clone()));
    let _g = vm.enter("")?;
    match run_frame(vm, &mut frame)? {
        Exit::Return(v) | Exit::Yield(v) => Ok(v),
    }
}

/// Runs a class body function with `ns` as its locals mapping.
pub fn run_class_body(vm: &Vm, body: &Value, ns: &Value) -> PyResult<Value> {
    let func = body
        .downcast::<FunctionObj>()
        .ok_or_else(|| vm.type_error("__build_class__: func must be a function"))?;
    let mut frame = Frame::for_function(vm, body.clone(), Some(ns.clone()), false);
    frame::init_cells(&mut frame, func);
    let _g = vm.enter("")?;
    match run_frame(vm, &mut frame)? {
        Exit::Return(v) | Exit::Yield(v) => Ok(v),
    }
}

/// `super()` with no arguments: the enclosing method's first argument and `__class__`.
pub fn zero_arg_super(vm: &Vm) -> PyResult<(Value, Option<Value>)> {
    let fp = vm.frame.get();
    if fp.is_null() {
        return Err(vm.runtime_error("super(): no current frame"));
    }
    // SAFETY: `vm.frame` points at the innermost running frame, alive while it runs (it is
    // reset on every frame exit), and we are called from within that frame's execution.
    let f = unsafe { &*fp };
    let co = f.code();
    if co.unit.argcount == 0 && co.unit.flags & crate::bytecode::code_flags::VARARGS == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let first = match co.unit.cell2arg.iter().position(|c| *c == Some(0)) {
        Some(ci) => f.fast()[co.unit.varnames.len() + ci]
            .as_ref()
            .and_then(cell_get),
        None => f.fast().first().cloned().flatten(),
    };
    let first = first.ok_or_else(|| vm.runtime_error("super(): arg[0] deleted"))?;
    let nvars = co.unit.varnames.len();
    let idx = co
        .unit
        .freevars
        .iter()
        .position(|n| n == "__class__")
        .map(|i| nvars + co.ncells + i)
        .ok_or_else(|| vm.runtime_error("super(): __class__ cell not found"))?;
    let cls = f.fast()[idx]
        .as_ref()
        .and_then(cell_get)
        .ok_or_else(|| vm.runtime_error("super(): empty __class__ cell"))?;
    if crate::types::as_type(&cls).is_none() {
        return Err(vm.runtime_error("super(): __class__ is not a type"));
    }
    Ok((cls, Some(first)))
}

/// Restores `vm.frame` and the handled-exception stack when a frame stops.
struct FrameGuard<'a> {
    vm: &'a Vm,
    prev: *const Frame,
    handled_base: usize,
}

impl Drop for FrameGuard<'_> {
    fn drop(&mut self) {
        self.vm.frame.set(self.prev);
        let mut h = self.vm.handled.borrow_mut();
        if h.len() > self.handled_base {
            h.truncate(self.handled_base);
        }
    }
}

/// Runs `frame` until it returns, yields, or raises an exception it does not handle.
pub fn run_frame(vm: &Vm, frame: &mut Frame) -> PyResult<Exit> {
    enter_frame(vm, frame, None)
}

/// Resumes `frame` by raising `err` at its current instruction (generator `throw`).
pub fn resume_with_error(vm: &Vm, frame: &mut Frame, err: PyErr) -> PyResult<Exit> {
    enter_frame(vm, frame, Some(err))
}

/// Makes `frame` the running one (restoring the exceptions a suspended generator was
/// handling), runs it, and saves them again if it yields.
fn enter_frame(vm: &Vm, frame: &mut Frame, pending: Option<PyErr>) -> PyResult<Exit> {
    let handled_base = vm.handled_len();
    if !frame.saved_handled.is_empty() {
        let saved = std::mem::take(&mut frame.saved_handled);
        vm.handled.borrow_mut().extend(saved);
    }
    let guard = FrameGuard {
        vm,
        prev: vm.frame.get(),
        handled_base,
    };
    frame.back = vm.frame.get();
    vm.frame.set(frame as *const Frame);
    let result = run_frame_with_error(vm, frame, pending, handled_base);
    if let Ok(Exit::Yield(_)) = &result {
        let mut h = vm.handled.borrow_mut();
        if h.len() > handled_base {
            frame.saved_handled = h.split_off(handled_base);
        }
    }
    drop(guard);
    result
}

/// Runs `frame` until it returns, yields or raises, with every frame its specialized
/// Python-to-Python calls push (`Frame::push_inline`): `execute` runs those in the same
/// native activation (a call makes the callee current: `back` links it to the caller,
/// `vm.frame` points at it; its return pops it and pushes the value on the caller's stack).
/// Exceptions are handled here, in the frame `vm.frame` says was running: traceback entry,
/// exception table; an inline frame without a handler is popped and the exception raised
/// again in its caller at the call instruction, as CPython 3.11 does.
fn run_frame_with_error(
    vm: &Vm,
    frame: &mut Frame,
    mut pending: Option<PyErr>,
    handled_base: usize,
) -> PyResult<Exit> {
    let entry: *mut Frame = frame;
    loop {
        let err = match pending.take() {
            Some(e) => e,
            // SAFETY: `entry` is borrowed mutably for this call; `vm.frame` is `entry` or
            // an inline frame above it that only this activation runs.
            None => match execute(vm, unsafe { &mut *(vm.frame.get() as *mut Frame) }) {
                Ok(exit) => return Ok(exit),
                Err(e) => e,
            },
        };
        let cur = vm.frame.get() as *mut Frame;
        // SAFETY: the innermost running frame of this activation (`entry` or an inline
        // frame pushed by `execute` for it), live until popped below.
        let f = unsafe { &mut *cur };
        let lasti = f.pc.saturating_sub(1);
        if !f.reraising {
            if exc::traceback_len(&err.0) == 0 {
                // A fresh exception: chain the one being handled as its context.
                let ctx = vm.handled.borrow().last().cloned();
                if let Some(ctx) = ctx {
                    if !ctx.is(&err.0) {
                        exc::set_context_if_unset(&err.0, ctx);
                    }
                }
            }
            exc::add_traceback(&err.0, f.code_value(), f.globals(), f.line_at(lasti), lasti);
        }
        f.reraising = false;
        let handler = f.code().unit.handler_for(lasti).copied();
        match handler {
            Some(h) => {
                f.truncate(h.depth as usize);
                if h.push_lasti {
                    f.push(Value::small_int(lasti as i64));
                }
                f.push(err.0);
                f.pc = h.handler;
            }
            None if f.inline && cur != entry => {
                // SAFETY: the innermost inline frame, nothing else refers to it.
                unsafe { pop_inline(vm, cur) };
                pending = Some(err);
            }
            None => {
                f.clear_stack();
                let mut hs = vm.handled.borrow_mut();
                if hs.len() > handled_base {
                    hs.truncate(handled_base);
                }
                return Err(err);
            }
        }
    }
}

/// Makes the fresh inline frame `callee` (holding its arguments) the running one.
///
/// # Safety
/// `callee` comes from `Frame::push_inline` and `caller` is the frame running now.
#[inline(always)]
unsafe fn link_inline(vm: &Vm, caller: *const Frame, callee: *mut Frame) {
    // SAFETY: per the contract, nothing else refers to `callee` yet.
    let c = unsafe { &mut *callee };
    c.back = caller;
    c.handled_base = vm.handled_len();
    vm.frame.set(callee);
}

/// Pops the innermost inline frame `f`: makes its caller current again, restores the
/// handled-exception stack and the recursion depth, and frees the frame (with its
/// `init_self`, which a return takes first). Returns the caller.
///
/// # Safety
/// `f` is the most recently pushed inline frame, live, with `back` pointing at its caller.
#[inline(always)]
unsafe fn pop_inline(vm: &Vm, f: *mut Frame) -> *mut Frame {
    // SAFETY: per the contract.
    let (caller, hb) = unsafe { ((*f).back as *mut Frame, (*f).handled_base) };
    vm.frame.set(caller);
    vm.truncate_handled(hb);
    // SAFETY: per the contract; nothing refers to the frame any more (`vm.frame` moved).
    unsafe { vm.data_stack.pop_frame(f) };
    vm.leave();
    caller
}

#[inline(always)]
fn top(frame: &Running) -> PyResult<&Value> {
    match frame.top() {
        Some(v) => Ok(v),
        None => Err(stack_underflow()),
    }
}

/// The two top values `(second, top)`.
#[inline(always)]
fn top2(frame: &Running) -> PyResult<(&Value, &Value)> {
    match frame.stack() {
        [.., a, b] => Ok((a, b)),
        _ => Err(stack_underflow()),
    }
}

#[cold]
fn stack_underflow() -> PyErr {
    Vm::new().runtime_error("internal error: value stack underflow")
}

fn name_error(vm: &Vm, name: &Value) -> PyErr {
    let n = pystr::as_str(name).unwrap_or("?");
    let e = vm.name_error(format!("name '{n}' is not defined"));
    exc::set_attr(&e.0, "name", name.clone());
    e
}

fn unbound_local(vm: &Vm, frame: &Frame, idx: usize) -> PyErr {
    let n = frame
        .code()
        .unit
        .varnames
        .get(idx)
        .map(|s| s.as_str())
        .unwrap_or("?");
    vm.new_error(
        builtin().unbound_local_error,
        format!("cannot access local variable '{n}' where it is not associated with a value"),
    )
}

fn deref_error(vm: &Vm, frame: &Frame, idx: usize) -> PyErr {
    let u = &frame.code().unit;
    if idx < u.cellvars.len() {
        vm.new_error(
            builtin().unbound_local_error,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                u.cellvars[idx]
            ),
        )
    } else {
        let n = u
            .freevars
            .get(idx - u.cellvars.len())
            .map(|s| s.as_str())
            .unwrap_or("?");
        vm.name_error(format!(
            "cannot access free variable '{n}' where it is not associated with a value in enclosing scope"
        ))
    }
}

/// `LOAD_GLOBAL`: module globals, then builtins.
#[inline]
fn load_global(vm: &Vm, frame: &Frame, name: &Value) -> PyResult<Value> {
    if let Some(v) = dict::dict_get_str(frame.globals(), name) {
        return Ok(v);
    }
    if let Some(v) = dict::dict_get_str(frame.builtins(), name) {
        return Ok(v);
    }
    Err(name_error(vm, name))
}

/// Whether a namespace is a plain dict (a subclass's `__getitem__`/`__setitem__` must run,
/// as for a metaclass's `__prepare__` namespace).
#[inline(always)]
fn is_exact_dict(v: &Value) -> bool {
    std::ptr::eq(v.ty(), builtin().dict)
}

fn load_name(vm: &Vm, frame: &Frame, name: &Value) -> PyResult<Value> {
    if let Some(locals) = &frame.locals {
        if is_exact_dict(locals) {
            if let Some(v) = dict::dict_get(vm, locals, name)? {
                return Ok(v);
            }
        } else {
            match ops::getitem(vm, locals, name) {
                Ok(v) => return Ok(v),
                Err(e) if vm.err_matches(&e, builtin().key_error) => {}
                Err(e) => return Err(e),
            }
        }
    }
    load_global(vm, frame, name)
}

/// Small-int fast paths of `BINARY_OP`; `None` when the generic path must run.
#[inline(always)]
fn binary_small(op: u32, a: i64, b: i64) -> Option<Value> {
    let r = match op {
        0 | 13 => a.checked_add(b)?,
        10 | 23 => a.checked_sub(b)?,
        5 | 18 => a.checked_mul(b)?,
        1 | 14 => a & b,
        7 | 20 => a | b,
        12 | 25 => a ^ b,
        2 | 15 => crate::numeric::i64_floordiv(a, b).ok()??,
        6 | 19 => crate::numeric::i64_mod(a, b).ok()??,
        _ => return None,
    };
    if Value::fits_small(r) {
        Some(Value::small_int(r))
    } else {
        None
    }
}

/// An exact float, or a small int as a float (for mixed arithmetic), else `None`.
#[inline(always)]
fn float_operand(v: &Value) -> Option<f64> {
    if let Some(i) = v.as_small_int() {
        return Some(i as f64);
    }
    v.downcast_exact::<crate::types::float::FloatObj>()
        .map(|f| f.value)
}

/// Like `float_operand`, but only for ints a float represents exactly (|i| <= 2**53), as
/// comparisons between ints and floats must be exact.
#[inline(always)]
fn exact_float_operand(v: &Value) -> Option<f64> {
    if let Some(i) = v.as_small_int() {
        return if i.unsigned_abs() <= 1 << 53 {
            Some(i as f64)
        } else {
            None
        };
    }
    v.downcast_exact::<crate::types::float::FloatObj>()
        .map(|f| f.value)
}

/// Float fast paths of `BINARY_OP` (at least one operand an exact float, the other an
/// exact float or small int): the result, to be stored with `float::float_into`; `None`
/// when the generic path must run (including every case that raises).
#[inline(always)]
fn binary_float(op: u32, a: &Value, b: &Value) -> Option<f64> {
    if a.is_small_int() && b.is_small_int() {
        return None;
    }
    let x = float_operand(a)?;
    let y = float_operand(b)?;
    let r = match op {
        0 | 13 => x + y,
        10 | 23 => x - y,
        5 | 18 => x * y,
        11 | 24 => {
            if y == 0.0 {
                return None;
            }
            x / y
        }
        // `**`: only a finite positive base and finite exponent with a finite result, where
        // `float.__pow__` is the C library's `pow` (an underflow to 0 is not an error);
        // the generic path handles complex results, zero division, overflow, inf and nan.
        8 | 21 => {
            if !(x > 0.0 && x.is_finite() && y.is_finite()) {
                return None;
            }
            let r = x.powf(y);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(r)
}

fn binary_op_generic(vm: &Vm, a: &Value, b: &Value, arg: u32) -> PyResult<Value> {
    let (op, inplace) = BinaryOp::decode(arg).ok_or_else(|| vm.runtime_error("bad BINARY_OP"))?;
    if inplace {
        ops::inplace_op(vm, a, b, op)
    } else {
        ops::binary_op(vm, a, b, op)
    }
}

/// Executes instructions until the frame returns or yields (`Ok`) or an exception is
/// raised (`Err`, with `frame.pc` just past the failing instruction).
fn execute(vm: &Vm, frame: &mut Frame) -> PyResult<Exit> {
    // Keep the code alive independently of `frame` so instruction reads need no borrow of it.
    // SAFETY: the frame's owner keeps its code object alive while the frame exists, and the
    // frame outlives this call; the reference is detached from `frame`'s borrow so the loop
    // can mutate the frame.
    // The frame being run: `frame` or an inline frame above it. Each pass of the outer
    // loop (re)loads the running frame's code and instruction array, so the inner loop
    // keeps them in registers.
    let mut cur: *mut Frame = frame;
    // With specialization on, the loop runs this thread's quickened copy of the code (same
    // indices as the code's own instructions, so frames and exception tables need not know
    // which they run); otherwise the code's own, immutable instructions.
    let specializing = vm.rt.options.specialize;
    'frames: loop {
        // SAFETY: `cur` is `frame` or an inline frame of this activation (see
        // `run_frame_with_error`), only reached through this reference while it runs.
        let mut frame = unsafe { Running::new(cur) };
        let co = unsafe { &*(frame.f().code() as *const crate::types::function::CodeObject) };
        let quick: Option<&Quickened> = if specializing {
            Some(specialize::quickened(co))
        } else {
            None
        };
        let (iptr, ilen) = match quick {
            Some(q) => (q.instrs().as_ptr() as *const Instr, q.instrs().len()),
            None => (co.unit.instructions.as_ptr(), co.unit.instructions.len()),
        };
        // The next instruction's index lives in a register (`next_pc`), not only in the
        // frame: reading it back from the frame's `pc` put a store-to-load round trip on
        // every dispatch. The frame's `pc` is still written at each dispatch (tracebacks and
        // line numbers read it); jumps go through `jump!`, which sets both.
        let mut next_pc = frame.f().pc as usize;
        macro_rules! jump {
            ($target:expr) => {{
                let target: u32 = $target;
                next_pc = target as usize;
                frame.f().pc = target;
            }};
        }
        // Enters an inline callee: it becomes the running frame.
        macro_rules! call_inline {
            ($callee:expr) => {{
                let callee: *mut Frame = $callee;
                // SAFETY: a fresh inline frame; `frame` is the running one.
                unsafe { link_inline(vm, frame.as_ptr(), callee) };
                cur = callee;
                continue 'frames;
            }};
        }
        // A compare's boolean result: when the next instruction is a conditional jump on
        // it, takes the branch directly (no bool pushed, tested and popped: CPython 3.11's
        // COMPARE_OP_*_JUMP); otherwise pushes it.
        macro_rules! compare_result {
            ($pc:expr, $r:expr) => {{
                let r: bool = $r;
                let pc: usize = $pc;
                // SAFETY: a compare is not a terminator, so `check_stack` verified that its
                // fall-through `pc + 1` is an instruction of the code.
                let next = unsafe { iptr.add(pc + 1).read() };
                match next.op().base() {
                    Opcode::PopJumpIfFalse => {
                        jump!(if r { pc as u32 + 2 } else { next.arg() });
                    }
                    Opcode::PopJumpIfTrue => {
                        jump!(if r { next.arg() } else { pc as u32 + 2 });
                    }
                    _ => frame.push(int::new_bool(r)),
                }
                continue;
            }};
        }
        // The halves of the fast-local superinstructions, and the second half's argument.
        macro_rules! load_fast {
            ($i:expr) => {{
                let i: usize = $i;
                // SAFETY: `check_stack` verified local indices are in range.
                match unsafe { frame.f().fast_slot(i) } {
                    Some(v) => {
                        let v = v.clone();
                        frame.push(v)
                    }
                    None => return Err(unbound_local(vm, frame.f(), i)),
                }
            }};
        }
        macro_rules! load_const {
            ($i:expr) => {{
                let i: usize = $i;
                debug_assert!(i < co.consts.len());
                // SAFETY: `check_stack` verified the index is in range.
                let v = unsafe { co.consts.get_unchecked(i) }.clone();
                frame.push(v)
            }};
        }
        macro_rules! store_fast {
            ($i:expr) => {{
                let i: usize = $i;
                let v = frame.pop();
                // SAFETY: `check_stack` verified local indices are in range.
                *unsafe { frame.f().fast_slot(i) } = Some(v);
            }};
        }
        macro_rules! second_arg {
            ($pc:expr) => {{
                let pc: usize = $pc;
                // SAFETY: see the superinstructions' arms.
                unsafe { iptr.add(pc + 1).read() }.arg() as usize
            }};
        }
        // Frame entry (and return to a caller): the eval-breaker check.
        if vm.breaker_pending() {
            crate::thread::eval_breaker(vm)?;
        }
        loop {
            let pc = next_pc;
            debug_assert!(pc < ilen);
            // SAFETY: `pc < ilen`: `compile::check_stack` verified that every jump target,
            // handler and fall-through of the code is an instruction index, and frames
            // start at 0 or resume where they stopped; the array lives as long as the code
            // object (or, for the quickened copy, until this thread exits); a quickened word
            // may be rewritten by this thread (through `Cell`), never while this read is in
            // progress.
            let ins = unsafe { iptr.add(pc).read() };
            next_pc = pc + 1;
            frame.f().pc = next_pc as u32;
            let arg = ins.arg();
            match ins.op() {
                Opcode::Nop => {}
                Opcode::PopTop => {
                    frame.pop_discard();
                }
                Opcode::PushNull => frame.push(none::null()),
                Opcode::Copy => {
                    let n = frame.stack_len();
                    let v = frame.stack()[n - arg as usize].clone();
                    frame.push(v);
                }
                Opcode::Swap => {
                    let n = frame.stack_len();
                    frame.stack_mut().swap(n - 1, n - arg as usize);
                }
                Opcode::LoadConst => load_const!(arg as usize),
                Opcode::LoadFast => load_fast!(arg as usize),
                Opcode::StoreFast => store_fast!(arg as usize),
                // Superinstructions: the second half's argument is the next word's, which
                // `check_stack` verified like any reachable instruction's (the first half
                // is not a terminator, so the next word is reached and in range). An error
                // in the second half is reported at the second instruction.
                Opcode::LoadFastLoadFast => {
                    load_fast!(arg as usize);
                    jump!(pc as u32 + 2);
                    load_fast!(second_arg!(pc));
                }
                Opcode::LoadFastLoadConst => {
                    load_fast!(arg as usize);
                    jump!(pc as u32 + 2);
                    load_const!(second_arg!(pc));
                }
                Opcode::LoadConstLoadFast => {
                    load_const!(arg as usize);
                    jump!(pc as u32 + 2);
                    load_fast!(second_arg!(pc));
                }
                Opcode::StoreFastLoadFast => {
                    store_fast!(arg as usize);
                    jump!(pc as u32 + 2);
                    load_fast!(second_arg!(pc));
                }
                Opcode::StoreFastStoreFast => {
                    store_fast!(arg as usize);
                    jump!(pc as u32 + 2);
                    store_fast!(second_arg!(pc));
                }
                Opcode::DeleteFast => {
                    if frame.f().fast_mut()[arg as usize].take().is_none() {
                        return Err(unbound_local(vm, frame.f(), arg as usize));
                    }
                }
                Opcode::LoadDeref => {
                    let idx = co.unit.varnames.len() + arg as usize;
                    let v = frame.f().fast_mut()[idx].as_ref().and_then(cell_get);
                    match v {
                        Some(v) => frame.push(v),
                        None => return Err(deref_error(vm, frame.f(), arg as usize)),
                    }
                }
                Opcode::StoreDeref => {
                    let v = frame.pop();
                    let idx = co.unit.varnames.len() + arg as usize;
                    if let Some(c) = &frame.f().fast_mut()[idx] {
                        drop(cell_set(c, Some(v)));
                    }
                }
                Opcode::DeleteDeref => {
                    let idx = co.unit.varnames.len() + arg as usize;
                    let old = frame.f().fast_mut()[idx]
                        .as_ref()
                        .and_then(|c| cell_set(c, None));
                    if old.is_none() {
                        return Err(deref_error(vm, frame.f(), arg as usize));
                    }
                }
                Opcode::LoadClosure => {
                    let idx = co.unit.varnames.len() + arg as usize;
                    let c = frame.f().fast_mut()[idx].clone().unwrap_or_else(none::none);
                    frame.push(c);
                }
                Opcode::LoadClassDeref => {
                    let name = &co.derefnames[arg as usize];
                    let from_ns = match &frame.f().locals {
                        Some(l) if is_exact_dict(l) => dict::dict_get(vm, l, name)?,
                        Some(l) => match ops::getitem(vm, l, name) {
                            Ok(v) => Some(v),
                            Err(e) if vm.err_matches(&e, builtin().key_error) => None,
                            Err(e) => return Err(e),
                        },
                        None => None,
                    };
                    match from_ns {
                        Some(v) => frame.push(v),
                        None => {
                            let idx = co.unit.varnames.len() + arg as usize;
                            match frame.f().fast_mut()[idx].as_ref().and_then(cell_get) {
                                Some(v) => frame.push(v),
                                None => return Err(deref_error(vm, frame.f(), arg as usize)),
                            }
                        }
                    }
                }
                Opcode::LoadGlobal => {
                    if let Some(q) = quick {
                        if q.tick(pc) {
                            let name = &co.names[arg as usize];
                            specialize::load_global(
                                q,
                                pc,
                                frame.fref().globals(),
                                frame.fref().builtins(),
                                name,
                            );
                        }
                    }
                    let v = load_global(vm, frame.f(), &co.names[arg as usize])?;
                    frame.push(v);
                }
                Opcode::StoreGlobal => {
                    let v = frame.pop();
                    dict::dict_set_str_value(
                        frame.f().globals(),
                        co.names[arg as usize].clone(),
                        v,
                    );
                }
                Opcode::DeleteGlobal => {
                    let name = &co.names[arg as usize];
                    if !dict::dict_del_str(frame.f().globals(), name) {
                        return Err(name_error(vm, name));
                    }
                }
                Opcode::LoadName => {
                    let v = load_name(vm, frame.f(), &co.names[arg as usize])?;
                    frame.push(v);
                }
                Opcode::StoreName => {
                    let v = frame.pop();
                    let name = co.names[arg as usize].clone();
                    match &frame.f().locals {
                        Some(l) => {
                            if is_exact_dict(l) {
                                dict::dict_set(vm, l, name, v)?;
                            } else {
                                ops::setitem(vm, l, &name, v)?;
                            }
                        }
                        None => return Err(vm.runtime_error("no locals found when storing a name")),
                    }
                }
                Opcode::DeleteName => {
                    let name = &co.names[arg as usize];
                    let removed = match &frame.f().locals {
                        Some(l) if is_exact_dict(l) => dict::dict_del(vm, l, name)?,
                        Some(l) => match ops::delitem(vm, l, name) {
                            Ok(()) => true,
                            Err(e) if vm.err_matches(&e, builtin().key_error) => false,
                            Err(e) => return Err(e),
                        },
                        None => false,
                    };
                    if !removed {
                        return Err(name_error(vm, name));
                    }
                }
                Opcode::LoadAttr => {
                    if let Some(q) = quick {
                        if q.tick(pc) {
                            specialize::load_attr(
                                q,
                                pc,
                                top(&frame)?,
                                &co.names[arg as usize],
                                false,
                            );
                        }
                    }
                    let obj = frame.pop();
                    let v = ops::getattr(vm, &obj, &co.names[arg as usize])?;
                    frame.push(v);
                }
                Opcode::LoadMethod => {
                    if let Some(q) = quick {
                        if q.tick(pc) {
                            specialize::load_attr(
                                q,
                                pc,
                                top(&frame)?,
                                &co.names[arg as usize],
                                true,
                            );
                        }
                    }
                    let obj = frame.pop();
                    let name = &co.names[arg as usize];
                    frame.call(|f| load_method(vm, f, obj, name))?;
                }
                Opcode::StoreAttr => {
                    if let Some(q) = quick {
                        if q.tick(pc) {
                            specialize::store_attr(q, pc, top(&frame)?, &co.names[arg as usize]);
                        }
                    }
                    let obj = frame.pop();
                    let v = frame.pop();
                    ops::setattr(vm, &obj, &co.names[arg as usize], v)?;
                }
                Opcode::DeleteAttr => {
                    let obj = frame.pop();
                    ops::delattr(vm, &obj, &co.names[arg as usize])?;
                }
                Opcode::BinaryOp => {
                    if let Some(q) = quick {
                        if q.tick(pc) {
                            let (a, b) = top2(&frame)?;
                            specialize::binary_op(q, pc, a, b, arg);
                        }
                    }
                    let b = frame.pop();
                    let a = frame.pop();
                    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                        if let Some(r) = binary_small(arg, x, y) {
                            frame.push(r);
                            continue;
                        }
                    } else if let Some(r) = binary_float(arg, &a, &b) {
                        frame.push(crate::types::float::float_into(a, b, r));
                        continue;
                    }
                    let r = binary_op_generic(vm, &a, &b, arg)?;
                    frame.push(r);
                }
                Opcode::UnaryNegative => {
                    let v = frame.pop();
                    let r = match v.as_small_int() {
                        Some(i) if i != crate::object::SMALL_INT_MIN => Value::small_int(-i),
                        _ => ops::neg(vm, &v)?,
                    };
                    frame.push(r);
                }
                Opcode::UnaryPositive => {
                    let v = frame.pop();
                    let r = ops::pos(vm, &v)?;
                    frame.push(r);
                }
                Opcode::UnaryNot => {
                    let v = frame.pop();
                    let t = ops::truthy(vm, &v)?;
                    frame.push(int::new_bool(!t));
                }
                Opcode::UnaryInvert => {
                    let v = frame.pop();
                    let r = ops::invert(vm, &v)?;
                    frame.push(r);
                }
                Opcode::CompareOp => {
                    if let Some(q) = quick {
                        if q.tick(pc) {
                            let (a, b) = top2(&frame)?;
                            specialize::compare_op(q, pc, a, b);
                        }
                    }
                    let b = frame.pop();
                    let a = frame.pop();
                    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                        let op = CompareOp::decode(arg).unwrap_or(CompareOp::Eq);
                        frame.push(int::new_bool(ops::cmp_result(x.cmp(&y), op)));
                        continue;
                    }
                    let op =
                        CompareOp::decode(arg).ok_or_else(|| vm.runtime_error("bad COMPARE_OP"))?;
                    if let (Some(x), Some(y)) = (exact_float_operand(&a), exact_float_operand(&b)) {
                        // NaN compares false except for `!=`, as in CPython.
                        let r = match op {
                            CompareOp::Lt => x < y,
                            CompareOp::Le => x <= y,
                            CompareOp::Eq => x == y,
                            CompareOp::Ne => x != y,
                            CompareOp::Gt => x > y,
                            CompareOp::Ge => x >= y,
                        };
                        frame.push(int::new_bool(r));
                        continue;
                    }
                    let r = ops::richcompare(vm, &a, &b, op)?;
                    frame.push(r);
                }
                Opcode::IsOp => {
                    let b = frame.pop();
                    let a = frame.pop();
                    frame.push(int::new_bool(a.is(&b) != (arg != 0)));
                }
                Opcode::ContainsOp => {
                    if let Some(q) = quick {
                        if q.tick(pc) {
                            let (item, container) = top2(&frame)?;
                            specialize::contains_op(q, pc, container, item);
                        }
                    }
                    let container = frame.pop();
                    let item = frame.pop();
                    let r = ops::contains(vm, &container, &item)?;
                    frame.push(int::new_bool(r != (arg != 0)));
                }
                Opcode::BinarySubscr => {
                    if let Some(q) = quick {
                        if q.tick(pc) {
                            let (obj, key) = top2(&frame)?;
                            specialize::binary_subscr(q, pc, obj, key);
                        }
                    }
                    let key = frame.pop();
                    let obj = frame.pop();
                    if let Some(i) = key.as_small_int() {
                        // Exact lists and tuples indexed by a small int: no slot dispatch.
                        if let Some(l) = obj.downcast_exact::<list::ListObj>() {
                            if let Some(v) = l.get_signed(i) {
                                frame.push(v);
                                continue;
                            }
                        } else if obj.is_exact(builtin().tuple) {
                            let items = tuple::as_tuple(&obj).unwrap_or(&[]);
                            if let Some(v) =
                                list::norm_index(i as isize, items.len()).map(|u| &items[u])
                            {
                                frame.push(v.clone());
                                continue;
                            }
                        }
                    }
                    let r = ops::getitem(vm, &obj, &key)?;
                    frame.push(r);
                }
                Opcode::StoreSubscr => {
                    if let Some(q) = quick {
                        if q.tick(pc) {
                            let (obj, key) = top2(&frame)?;
                            specialize::store_subscr(q, pc, obj, key);
                        }
                    }
                    let key = frame.pop();
                    let obj = frame.pop();
                    let v = frame.pop();
                    let v = match (key.as_small_int(), obj.downcast_exact::<list::ListObj>()) {
                        (Some(i), Some(l)) => match l.set_signed(i, v) {
                            Ok(old) => {
                                drop(old);
                                continue;
                            }
                            Err(v) => v,
                        },
                        _ => v,
                    };
                    ops::setitem(vm, &obj, &key, v)?;
                }
                Opcode::DeleteSubscr => {
                    let key = frame.pop();
                    let obj = frame.pop();
                    ops::delitem(vm, &obj, &key)?;
                }
                Opcode::BuildSlice => {
                    let step = if arg == 3 { frame.pop() } else { none::none() };
                    let stop = frame.pop();
                    let start = frame.pop();
                    frame.push(crate::types::slice::new_slice(start, stop, step));
                }
                Opcode::BuildTuple => {
                    let items = frame.split_off(frame.stack_len() - arg as usize);
                    frame.push(tuple::new_tuple(items));
                }
                Opcode::BuildList => {
                    let items = frame.split_off(frame.stack_len() - arg as usize);
                    frame.push(list::new_list(items));
                }
                Opcode::BuildSet => {
                    let items = frame.split_off(frame.stack_len() - arg as usize);
                    let s = crate::types::set::new_set(vm, items)?;
                    frame.push(s);
                }
                Opcode::BuildMap => {
                    let items = frame.split_off(frame.stack_len() - 2 * arg as usize);
                    let d = dict::new_dict();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        dict::dict_set(vm, &d, k, v)?;
                    }
                    frame.push(d);
                }
                Opcode::BuildConstKeyMap => {
                    let keys = frame.pop();
                    let values = frame.split_off(frame.stack_len() - arg as usize);
                    let d = dict::new_dict();
                    if let Some(ks) = tuple::as_tuple(&keys) {
                        for (k, v) in ks.iter().zip(values) {
                            dict::dict_set(vm, &d, k.clone(), v)?;
                        }
                    }
                    frame.push(d);
                }
                Opcode::BuildString => {
                    let items = frame.split_off(frame.stack_len() - arg as usize);
                    let mut s = String::new();
                    for it in &items {
                        s.push_str(pystr::as_str(it).unwrap_or(""));
                    }
                    frame.push(pystr::new_string(s));
                }
                Opcode::ListAppend => {
                    let v = frame.pop();
                    let n = frame.stack_len();
                    let l = &frame.stack()[n - arg as usize];
                    if let Some(l) = list::as_list(l) {
                        l.push(v);
                    }
                }
                Opcode::SetAdd => {
                    let v = frame.pop();
                    let n = frame.stack_len();
                    let s = frame.stack()[n - arg as usize].clone();
                    crate::types::set::set_add(vm, &s, v)?;
                }
                Opcode::MapAdd => {
                    let v = frame.pop();
                    let k = frame.pop();
                    let n = frame.stack_len();
                    let d = frame.stack()[n - arg as usize].clone();
                    dict::dict_set(vm, &d, k, v)?;
                }
                Opcode::ListExtend => {
                    let it = frame.pop();
                    let n = frame.stack_len();
                    let l = frame.stack()[n - arg as usize].clone();
                    let items = match ops::collect(vm, &it) {
                        Ok(i) => i,
                        Err(e)
                            if vm.err_matches(&e, builtin().type_error)
                                && !it.ty().slots.iter.is_set()
                                && !it.ty().slots.getitem.is_set() =>
                        {
                            // Below the list: `[callable, NULL]` when building call arguments.
                            let in_call = n >= arg as usize + 2
                                && none::is_null(&frame.stack()[n - arg as usize - 1]);
                            return Err(vm.type_error(if in_call {
                                format!(
                                    "{} argument after * must be an iterable, not {}",
                                    crate::builtins::function_str(
                                        vm,
                                        &frame.stack()[n - arg as usize - 2]
                                    ),
                                    it.ty().name()
                                )
                            } else {
                                format!("Value after * must be an iterable, not {}", it.ty().name())
                            }));
                        }
                        Err(e) => return Err(e),
                    };
                    if let Some(l) = list::as_list(&l) {
                        for x in items {
                            l.push(x);
                        }
                    }
                }
                Opcode::SetUpdate => {
                    let it = frame.pop();
                    let n = frame.stack_len();
                    let s = frame.stack()[n - arg as usize].clone();
                    crate::types::set::set_update(vm, &s, &it)?;
                }
                Opcode::DictUpdate => {
                    let m = frame.pop();
                    let n = frame.stack_len();
                    let d = frame.stack()[n - arg as usize].clone();
                    if dict::as_dict(&m).is_none()
                        && ops::getattr_opt(vm, &m, &pystr::intern("keys"))?.is_none()
                    {
                        return Err(
                            vm.type_error(format!("'{}' object is not a mapping", m.ty().name()))
                        );
                    }
                    dict::dict_update(vm, &d, &m)?;
                }
                Opcode::DictMerge => {
                    let m = frame.pop();
                    let n = frame.stack_len();
                    let d = frame.stack()[n - arg as usize].clone();
                    // `[callable, NULL, args_tuple, kwargs_dict]`: the callable is three below.
                    let callable = (n as u32)
                        .checked_sub(arg + 3)
                        .and_then(|i| frame.stack().get(i as usize))
                        .cloned();
                    dict_merge_kwargs(vm, &d, &m, callable.as_ref())?;
                }
                Opcode::ListToTuple => {
                    let l = frame.pop();
                    let items = list::as_list(&l).map(|l| l.snapshot()).unwrap_or_default();
                    frame.push(tuple::new_tuple(items));
                }
                Opcode::FormatValue => {
                    let spec = if arg & 4 != 0 {
                        Some(frame.pop())
                    } else {
                        None
                    };
                    let v = frame.pop();
                    let v = match arg & 3 {
                        1 => ops::str_(vm, &v)?,
                        2 => ops::repr(vm, &v)?,
                        3 => crate::builtins::ascii(vm, &v)?,
                        _ => v,
                    };
                    let r = match spec {
                        None if v.is_exact(builtin().str) => v,
                        None => crate::builtins::format_value(vm, &v, &pystr::new_str(""))?,
                        Some(s) => crate::builtins::format_value(vm, &v, &s)?,
                    };
                    frame.push(r);
                }
                Opcode::Jump => jump!(arg),
                Opcode::JumpBackward => {
                    if vm.breaker_pending() {
                        crate::thread::eval_breaker(vm)?;
                    }
                    jump!(arg);
                }
                Opcode::PopJumpIfFalse => {
                    if let Some(q) = quick {
                        if q.tick(pc) {
                            specialize::to_bool(q, pc, top(&frame)?);
                        }
                    }
                    let v = frame.pop();
                    if !ops::truthy(vm, &v)? {
                        jump!(arg);
                    }
                }
                Opcode::PopJumpIfTrue => {
                    if let Some(q) = quick {
                        if q.tick(pc) {
                            specialize::to_bool(q, pc, top(&frame)?);
                        }
                    }
                    let v = frame.pop();
                    if ops::truthy(vm, &v)? {
                        jump!(arg);
                    }
                }
                Opcode::PopJumpIfNone => {
                    let v = frame.pop();
                    if none::is_none(&v) {
                        jump!(arg);
                    }
                }
                Opcode::PopJumpIfNotNone => {
                    let v = frame.pop();
                    if !none::is_none(&v) {
                        jump!(arg);
                    }
                }
                Opcode::JumpIfFalseOrPop => {
                    if !ops::truthy(vm, top(&frame)?)? {
                        jump!(arg);
                    } else {
                        frame.pop_discard();
                    }
                }
                Opcode::JumpIfTrueOrPop => {
                    if ops::truthy(vm, top(&frame)?)? {
                        jump!(arg);
                    } else {
                        frame.pop_discard();
                    }
                }
                Opcode::GetIter => {
                    let v = frame.pop();
                    let it = ops::iter(vm, &v)?;
                    frame.push(it);
                }
                Opcode::ForIter => {
                    if let Some(q) = quick {
                        if q.tick(pc) {
                            specialize::for_iter(q, pc, top(&frame)?);
                        }
                    }
                    let next = ops::next(vm, top(&frame)?)?;
                    match next {
                        Some(v) => frame.push(v),
                        None => {
                            frame.pop_discard();
                            jump!(arg);
                        }
                    }
                }
                Opcode::UnpackSequence => {
                    if let Some(q) = quick {
                        if q.tick(pc) {
                            specialize::unpack_sequence(q, pc, top(&frame)?, arg as usize);
                        }
                    }
                    let seq = frame.pop();
                    frame.call(|f| unpack_sequence(vm, f, seq, arg as usize))?;
                }
                Opcode::UnpackEx => {
                    let seq = frame.pop();
                    frame.call(|f| {
                        unpack_ex(vm, f, seq, (arg & 0xff) as usize, (arg >> 8) as usize)
                    })?;
                }
                Opcode::Call => {
                    if let Some(q) = quick {
                        if q.tick(pc) {
                            let n = frame.stack_len();
                            let base = n - arg as usize - 2;
                            let st = frame.stack();
                            let has_self = !none::is_null(&st[base + 1]);
                            specialize::call(q, pc, &st[base], has_self, arg as usize);
                        }
                    }
                    let r = frame.call(|f| do_call(vm, f, arg as usize, None))?;
                    frame.push(r);
                }
                Opcode::CallKw => {
                    if let Some(q) = quick {
                        if q.tick(pc) {
                            let n = frame.stack_len();
                            let base = n - arg as usize - 3;
                            let st = frame.stack();
                            let has_self = !none::is_null(&st[base + 1]);
                            specialize::call_kw(
                                q,
                                pc,
                                &st[base],
                                has_self,
                                arg as usize,
                                &st[n - 1],
                            );
                        }
                    }
                    let names = frame.pop();
                    let r = frame.call(|f| do_call(vm, f, arg as usize, Some(names)))?;
                    frame.push(r);
                }
                Opcode::CallKwPy => {
                    let q = quick_or_err(quick)?;
                    let argc = arg as usize;
                    let n = frame.stack_len();
                    let base = n - argc - 3;
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let (ver, want, layout, want_names) = {
                        let c = unsafe { q.cache(pc) };
                        (
                            c.a,
                            c.obj.as_ref().map_or(0, |o| o.bits()),
                            c.b,
                            c.c as usize,
                        )
                    };
                    let (npos, first_default) = specialize::kw_call_layout(layout);
                    let st = frame.stack();
                    let nargs = argc + !none::is_null(&st[base + 1]) as usize;
                    let nkw = tuple::as_tuple(&st[n - 1]).map_or(0, |t| t.len());
                    if st[base].bits() == want
                        && st[n - 1].bits() == want_names
                        && nargs == npos + nkw
                    {
                        // SAFETY: the cached object is an exact function (checked when
                        // cached) and the callable is that very object.
                        let f = unsafe { st[base].payload_unchecked::<FunctionObj>() };
                        let argcount = f.code().unit.argcount as usize;
                        let ndefaults = tuple::as_tuple(&f.defaults.get()).map_or(0, |d| d.len());
                        if f.version.load(Relaxed) == ver && argcount - first_default <= ndefaults {
                            q.hit(Family::Call);
                            vm.enter_inline()?;
                            frame.pop_discard();
                            // SAFETY: checked above: an exact function at `base`, then
                            // `nargs` values (a self or the null, then the arguments).
                            let (callee, f) =
                                unsafe { push_inline_call(vm, &mut frame, base, nargs) };
                            // SAFETY: a fresh inline frame, referred to by nothing else.
                            finish_kw_args(unsafe { &mut *callee }, f, npos, nkw, layout);
                            call_inline!(callee);
                        }
                    }
                    q.miss(pc);
                    let names = frame.pop();
                    let r = frame.call(|f| do_call(vm, f, argc, Some(names)))?;
                    frame.push(r);
                }
                Opcode::CallFunctionEx => {
                    let kwargs = if arg & 1 != 0 {
                        Some(frame.pop())
                    } else {
                        None
                    };
                    let args = frame.pop();
                    let self_or_null = frame.pop();
                    let callable = frame.pop();
                    let mut pos: Vec<Value> = Vec::new();
                    if !none::is_null(&self_or_null) {
                        pos.push(self_or_null);
                    }
                    match tuple::as_tuple(&args) {
                        Some(t) => pos.extend_from_slice(t),
                        None => pos.extend(ops::collect(vm, &args)?),
                    }
                    let mut names = Vec::new();
                    if let Some(kw) = kwargs {
                        for (k, v) in dict::dict_items(&kw) {
                            if pystr::as_str(&k).is_none() {
                                return Err(vm.type_error("keywords must be strings"));
                            }
                            names.push(pystr::intern_value(&k));
                            pos.push(v);
                        }
                    }
                    let r = ops::call(
                        vm,
                        &callable,
                        &pos,
                        if names.is_empty() { None } else { Some(&names) },
                    )?;
                    frame.push(r);
                }
                Opcode::MakeFunction => {
                    let code = frame.pop();
                    let closure = if arg & make_function::CLOSURE != 0 {
                        frame.pop()
                    } else {
                        none::none()
                    };
                    let annotations = if arg & make_function::ANNOTATIONS != 0 {
                        Some(frame.pop())
                    } else {
                        None
                    };
                    let kwdefaults = if arg & make_function::KW_DEFAULTS != 0 {
                        frame.pop()
                    } else {
                        none::none()
                    };
                    let defaults = if arg & make_function::DEFAULTS != 0 {
                        frame.pop()
                    } else {
                        none::none()
                    };
                    let f = new_function(
                        code,
                        frame.f().globals().clone(),
                        frame.f().builtins().clone(),
                        defaults,
                        kwdefaults,
                        closure,
                    );
                    if let Some(a) = annotations {
                        crate::types::function::set_annotations(&f, a);
                    }
                    frame.push(f);
                }
                Opcode::ReturnValue => {
                    let v = frame.pop();
                    if frame.f().inline {
                        // SAFETY: the running frame is an inline frame of this activation (its
                        // caller runs in this loop too), and nothing else refers to it.
                        let init_self = frame.f().init_self.take();
                        let caller = unsafe { pop_inline(vm, frame.release()) };
                        cur = caller;
                        // SAFETY: the caller is live and runs next in this loop.
                        let caller = unsafe { &mut *caller };
                        match init_self {
                            None => caller.push(v),
                            Some(obj) => {
                                if !none::is_none(&v) {
                                    return Err(vm.type_error(format!(
                                        "__init__() should return None, not '{}'",
                                        v.ty().name()
                                    )));
                                }
                                caller.push(obj);
                            }
                        }
                        continue 'frames;
                    }
                    return Ok(Exit::Return(v));
                }
                Opcode::YieldValue => {
                    let v = frame.pop();
                    if frame.f().inline {
                        return Err(vm.runtime_error("yield in a function that is not a generator"));
                    }
                    return Ok(Exit::Yield(v));
                }
                Opcode::GetYieldFromIter => {
                    let v = frame.pop();
                    if v.ty().is_subtype(builtin().generator) {
                        frame.push(v);
                    } else {
                        let it = ops::iter(vm, &v)?;
                        frame.push(it);
                    }
                }
                Opcode::Send => {
                    let value = frame.pop();
                    let sub = top(&frame)?.clone();
                    match crate::types::generator::send_to(vm, &sub, value)? {
                        crate::types::generator::SendResult::Yield(v) => frame.push(v),
                        crate::types::generator::SendResult::Return(v) => {
                            frame.pop_discard();
                            frame.push(v);
                            jump!(arg);
                        }
                    }
                }
                Opcode::LoadBuildClass => {
                    let v =
                        dict::dict_get_str(frame.f().builtins(), &pystr::intern("__build_class__"))
                            .ok_or_else(|| vm.name_error("__build_class__ not found"))?;
                    frame.push(v);
                }
                Opcode::LoadAssertionError => frame.push(builtin().assertion_error.to_value()),
                Opcode::RaiseVarargs => {
                    return Err(match arg {
                        0 => {
                            let cur = vm.handled.borrow().last().cloned();
                            match cur {
                                Some(e) => {
                                    frame.f().reraising = true;
                                    PyErr(e)
                                }
                                None => vm.runtime_error("No active exception to reraise"),
                            }
                        }
                        1 => {
                            let e = frame.pop();
                            exc::make_raisable(vm, e)?
                        }
                        _ => {
                            let cause = frame.pop();
                            let e = frame.pop();
                            let e = exc::make_raisable(vm, e)?;
                            exc::set_cause(vm, &e.0, cause)?;
                            e
                        }
                    });
                }
                Opcode::PushExcInfo => {
                    let e = frame.pop();
                    let prev = vm
                        .handled
                        .borrow()
                        .last()
                        .cloned()
                        .unwrap_or_else(none::none);
                    frame.push(prev);
                    vm.handled.borrow_mut().push(e.clone());
                    frame.push(e);
                }
                Opcode::PopExcept => {
                    frame.pop_discard();
                    vm.handled.borrow_mut().pop();
                }
                Opcode::CheckExcMatch => {
                    let ty = frame.pop();
                    let e = top(&frame)?.clone();
                    let m = exc::exception_matches(vm, &e, &ty)?;
                    frame.push(int::new_bool(m));
                }
                Opcode::Reraise => {
                    let e = frame.pop();
                    if arg != 0 {
                        frame.pop_discard();
                    }
                    frame.f().reraising = true;
                    return Err(PyErr(e));
                }
                Opcode::BeforeWith => {
                    let mgr = frame.pop();
                    let enter = ops::lookup_special(vm, &mgr, "__enter__")?;
                    let exit = ops::lookup_special(vm, &mgr, "__exit__")?;
                    let (Some(enter), Some(exit)) = (enter.clone(), exit) else {
                        return Err(vm.type_error(format!(
                            "'{}' object does not support the context manager protocol{}",
                            mgr.ty().name(),
                            if enter.is_some() {
                                " (missed __exit__ method)"
                            } else {
                                ""
                            }
                        )));
                    };
                    frame.push(exit);
                    let r = ops::call0(vm, &enter)?;
                    frame.push(r);
                }
                Opcode::WithExceptStart => {
                    let n = frame.stack_len();
                    let e = frame.stack()[n - 1].clone();
                    let exit = frame.stack()[n - 4].clone();
                    let tb = exc::traceback_value(&e);
                    let r = ops::call(vm, &exit, &[e.ty().to_value(), e, tb], None)?;
                    frame.push(r);
                }
                Opcode::ImportName => {
                    let fromlist = frame.pop();
                    let level = frame.pop();
                    let name = co.names[arg as usize].clone();
                    let m = crate::modules::import_name(
                        vm,
                        &name,
                        frame.f().globals(),
                        &fromlist,
                        &level,
                    )?;
                    frame.push(m);
                }
                Opcode::ImportFrom => {
                    let name = &co.names[arg as usize];
                    let v = crate::modules::import_from(vm, top(&frame)?, name)?;
                    frame.push(v);
                }
                Opcode::ImportStar => {
                    let m = frame.pop();
                    let target = frame
                        .f()
                        .locals
                        .clone()
                        .unwrap_or_else(|| frame.f().globals().clone());
                    crate::modules::import_star(vm, &m, &target)?;
                }

                // ---- specialized forms (only in quickened copies) ---------------------------
                // Each checks its guard against the inline cache at `pc`; on a miss it counts
                // the miss (which may despecialize it) and runs the generic behaviour.
                Opcode::LoadAttrSlot => {
                    let q = quick_or_err(quick)?;
                    // SAFETY: `pc` is in bounds; the reference ends before anything can run
                    // Python code (the copy is private to this thread).
                    let (ver, shape, idx) = {
                        let c = unsafe { q.cache(pc) };
                        (c.a, c.b as u32, c.c as usize)
                    };
                    let obj = frame.pop();
                    if obj.ty().version.load(Relaxed) == ver {
                        if let Some(v) = crate::types::object::instance_attrs(&obj)
                            .and_then(|a| a.get_slot(obj.header(), shape, idx))
                        {
                            q.hit(Family::LoadAttr);
                            drop(obj);
                            frame.push(v);
                            continue;
                        }
                    }
                    let name = &co.names[arg as usize];
                    if let Some(v) = poly_load_slot(q, pc, &obj, name) {
                        q.hit(Family::LoadAttr);
                        drop(obj);
                        frame.push(v);
                        continue;
                    }
                    q.miss(pc);
                    let v = ops::getattr(vm, &obj, name)?;
                    frame.push(v);
                }
                Opcode::LoadAttrClass => {
                    let q = quick_or_err(quick)?;
                    let obj = frame.pop();
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let name = &co.names[arg as usize];
                    let hit = {
                        let c = unsafe { q.cache(pc) };
                        if obj.ty().version.load(Relaxed) == c.a && shape_is(&obj, c.b) {
                            c.obj.clone()
                        } else {
                            None
                        }
                    }
                    .or_else(|| q.poly_entry(pc, &obj, name).and_then(|e| e.obj));
                    if let Some(v) = hit {
                        q.hit(Family::LoadAttr);
                        drop(obj);
                        frame.push(v);
                        continue;
                    }
                    q.miss(pc);
                    let v = ops::getattr(vm, &obj, name)?;
                    frame.push(v);
                }
                Opcode::LoadAttrProperty => {
                    let q = quick_or_err(quick)?;
                    let obj = frame.pop();
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let main = {
                        let c = unsafe { q.cache(pc) };
                        (obj.ty().version.load(Relaxed) == c.a)
                            .then(|| (c.obj.clone(), c.b as u32, c.c != 0))
                    };
                    let (fget, fver, finish) = main
                        .or_else(|| {
                            q.poly_entry(pc, &obj, &co.names[arg as usize])
                                .map(|e| (e.obj, e.b as u32, e.c != 0))
                        })
                        .unwrap_or((None, 0, false));
                    if let Some(fget) = fget {
                        let ok = fget.downcast_exact::<FunctionObj>().is_some_and(|f| {
                            f.version.load(Relaxed) == fver && (!finish || defaults_cover(f, 1))
                        });
                        if ok {
                            q.hit(Family::LoadAttr);
                            vm.enter_inline()?;
                            // SAFETY: `fget` is an exact function (checked above); the
                            // callee frame's owner keeps it alive.
                            let f = unsafe {
                                &*(fget.payload_unchecked::<FunctionObj>() as *const FunctionObj)
                            };
                            // The getter runs inline: its return pushes the attribute.
                            let callee =
                                frame.call(|f| Frame::push_inline(vm, fget, Some(obj), f, 0));
                            if finish {
                                // SAFETY: a fresh inline frame, referred to by nothing else.
                                finish_inline_args(unsafe { &mut *callee }, f, 1);
                            }
                            call_inline!(callee);
                        }
                    }
                    q.miss(pc);
                    let v = ops::getattr(vm, &obj, &co.names[arg as usize])?;
                    frame.push(v);
                }
                Opcode::LoadAttrMember => {
                    let q = quick_or_err(quick)?;
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let (ver, idx, off) = {
                        let c = unsafe { q.cache(pc) };
                        (c.a, c.b as usize, c.c as usize)
                    };
                    let obj = frame.pop();
                    let entry = if obj.ty().version.load(Relaxed) == ver {
                        Some((idx, off))
                    } else {
                        q.poly_entry(pc, &obj, &co.names[arg as usize])
                            .map(|e| (e.b as usize, e.c as usize))
                    };
                    if let Some((idx, off)) = entry {
                        // SAFETY: the type version guard (the main entry's or the
                        // polymorphic entry's) means `obj`'s type is the one the member was
                        // found on, whose instances keep their storage at `off`.
                        let attrs = unsafe { crate::types::object::attrs_at(&obj, off) };
                        if let Some(v) = attrs.get_member(obj.header(), idx) {
                            q.hit(Family::LoadAttr);
                            drop(obj);
                            frame.push(v);
                            continue;
                        }
                    }
                    q.miss(pc);
                    let v = ops::getattr(vm, &obj, &co.names[arg as usize])?;
                    frame.push(v);
                }
                Opcode::LoadAttrModule | Opcode::LoadMethodModule => {
                    let q = quick_or_err(quick)?;
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let ix = unsafe { q.cache(pc) }.b as usize;
                    let name = &co.names[arg as usize];
                    let obj = frame.pop();
                    let hit = obj
                        .downcast_exact::<crate::types::module::ModuleObj>()
                        .and_then(|m| dict::dict_value_at_index(&m.dict, ix, name));
                    let v = match hit {
                        Some(v) => {
                            q.hit(Family::LoadAttr);
                            v
                        }
                        None => {
                            q.miss(pc);
                            ops::getattr(vm, &obj, name)?
                        }
                    };
                    drop(obj);
                    frame.push(v);
                    if ins.op() == Opcode::LoadMethodModule {
                        frame.push(none::null());
                    }
                }
                Opcode::LoadAttrType => {
                    let q = quick_or_err(quick)?;
                    let obj = frame.pop();
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let hit = {
                        let c = unsafe { q.cache(pc) };
                        match crate::types::as_type(&obj) {
                            Some(t) if t.version.load(Relaxed) == c.a => c.obj.clone(),
                            _ => None,
                        }
                    };
                    if let Some(v) = hit {
                        q.hit(Family::LoadAttr);
                        drop(obj);
                        frame.push(v);
                        continue;
                    }
                    q.miss(pc);
                    let v = ops::getattr(vm, &obj, &co.names[arg as usize])?;
                    frame.push(v);
                }
                Opcode::LoadMethodFunc => {
                    let q = quick_or_err(quick)?;
                    let obj = frame.pop();
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let name = &co.names[arg as usize];
                    let hit = {
                        let c = unsafe { q.cache(pc) };
                        if obj.ty().version.load(Relaxed) == c.a && shape_is(&obj, c.b) {
                            c.obj.clone()
                        } else {
                            None
                        }
                    }
                    .or_else(|| q.poly_entry(pc, &obj, name).and_then(|e| e.obj));
                    if let Some(m) = hit {
                        q.hit(Family::LoadAttr);
                        frame.push(m);
                        frame.push(obj);
                        continue;
                    }
                    q.miss(pc);
                    frame.call(|f| load_method(vm, f, obj, name))?;
                }
                Opcode::StoreAttrSlot | Opcode::StoreAttrAdd => {
                    let q = quick_or_err(quick)?;
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let (ver, shape, c) = {
                        let c = unsafe { q.cache(pc) };
                        (c.a, c.b as u32, c.c)
                    };
                    let obj = frame.pop();
                    let v = frame.pop();
                    let v = match crate::types::object::instance_attrs(&obj) {
                        Some(attrs) if obj.ty().version.load(Relaxed) == ver => {
                            let r = if ins.op() == Opcode::StoreAttrSlot {
                                attrs.set_slot(obj.header(), shape, c as usize, v)
                            } else {
                                // SAFETY: the specializer stored a pointer to an immortal
                                // (leaked) shape in `c`.
                                let to =
                                    unsafe { &*(c as usize as *const crate::types::attrs::Shape) };
                                attrs.add_slot(obj.header(), shape, to, v)
                            };
                            match r {
                                Ok(()) => {
                                    q.hit(Family::StoreAttr);
                                    continue;
                                }
                                Err(v) => v,
                            }
                        }
                        _ => v,
                    };
                    let name = &co.names[arg as usize];
                    let v = match poly_store_slot(q, pc, &obj, name, v) {
                        Ok(()) => {
                            q.hit(Family::StoreAttr);
                            continue;
                        }
                        Err(v) => v,
                    };
                    q.miss(pc);
                    ops::setattr(vm, &obj, name, v)?;
                }
                Opcode::StoreAttrMember => {
                    let q = quick_or_err(quick)?;
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let (ver, idx, off) = {
                        let c = unsafe { q.cache(pc) };
                        (c.a, c.b as usize, c.c as usize)
                    };
                    let obj = frame.pop();
                    let v = frame.pop();
                    let ty = obj.ty();
                    let entry = if ty.version.load(Relaxed) == ver {
                        Some((idx, off))
                    } else {
                        q.poly_entry(pc, &obj, &co.names[arg as usize])
                            .map(|e| (e.b as usize, e.c as usize))
                    };
                    if let Some((idx, off)) = entry {
                        // SAFETY: as in LOAD_ATTR_MEMBER.
                        let attrs = unsafe { crate::types::object::attrs_at(&obj, off) };
                        attrs.set_member(obj.header(), idx, ty.nslots, Some(v));
                        q.hit(Family::StoreAttr);
                        continue;
                    }
                    q.miss(pc);
                    ops::setattr(vm, &obj, &co.names[arg as usize], v)?;
                }
                Opcode::StoreAttrProperty => {
                    let q = quick_or_err(quick)?;
                    let obj = frame.pop();
                    let v = frame.pop();
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let fset = {
                        let c = unsafe { q.cache(pc) };
                        if obj.ty().version.load(Relaxed) == c.a {
                            c.obj.clone()
                        } else {
                            None
                        }
                    }
                    .or_else(|| {
                        q.poly_entry(pc, &obj, &co.names[arg as usize])
                            .and_then(|e| e.obj)
                    });
                    if let Some(fset) = fset {
                        if let Some(f) = fset.downcast_exact::<FunctionObj>() {
                            q.hit(Family::StoreAttr);
                            call_python(vm, &fset, f, &[obj, v], None)?;
                            continue;
                        }
                    }
                    q.miss(pc);
                    ops::setattr(vm, &obj, &co.names[arg as usize], v)?;
                }
                Opcode::LoadGlobalModule => {
                    let q = quick_or_err(quick)?;
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let ix = unsafe { q.cache(pc) }.c as usize;
                    let name = &co.names[arg as usize];
                    match dict::dict_value_at_index(frame.f().globals(), ix, name) {
                        Some(v) => {
                            q.hit(Family::LoadGlobal);
                            frame.push(v);
                        }
                        None => {
                            q.miss(pc);
                            let v = load_global(vm, frame.f(), name)?;
                            frame.push(v);
                        }
                    }
                }
                Opcode::LoadGlobalBuiltin => {
                    let q = quick_or_err(quick)?;
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let (keys, ix) = {
                        let c = unsafe { q.cache(pc) };
                        (c.b, c.c as usize)
                    };
                    let name = &co.names[arg as usize];
                    let hit = if dict::dict_keys_version(frame.f().globals()) == keys {
                        dict::dict_value_at_index(frame.f().builtins(), ix, name)
                    } else {
                        None
                    };
                    match hit {
                        Some(v) => {
                            q.hit(Family::LoadGlobal);
                            frame.push(v);
                        }
                        None => {
                            q.miss(pc);
                            let v = load_global(vm, frame.f(), name)?;
                            frame.push(v);
                        }
                    }
                }
                Opcode::BinaryOpAddInt
                | Opcode::BinaryOpSubInt
                | Opcode::BinaryOpMulInt
                | Opcode::BinaryOpInt => {
                    let q = quick_or_err(quick)?;
                    let b = frame.pop();
                    let a = frame.pop();
                    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                        let r = match ins.op() {
                            Opcode::BinaryOpAddInt => x.checked_add(y),
                            Opcode::BinaryOpSubInt => x.checked_sub(y),
                            Opcode::BinaryOpMulInt => x.checked_mul(y),
                            _ => small_int_op(arg, x, y),
                        };
                        if let Some(r) = r.filter(|r| Value::fits_small(*r)) {
                            q.hit(Family::BinaryOp);
                            frame.push(Value::small_int(r));
                            continue;
                        }
                    }
                    q.miss(pc);
                    let r = binary_op_generic(vm, &a, &b, arg)?;
                    frame.push(r);
                }
                Opcode::BinaryOpFloat => {
                    let q = quick_or_err(quick)?;
                    let b = frame.pop();
                    let a = frame.pop();
                    if let Some(r) = binary_float(arg, &a, &b) {
                        q.hit(Family::BinaryOp);
                        frame.push(crate::types::float::float_into(a, b, r));
                        continue;
                    }
                    q.miss(pc);
                    let r = binary_op_generic(vm, &a, &b, arg)?;
                    frame.push(r);
                }
                Opcode::BinaryOpAddStr => {
                    let q = quick_or_err(quick)?;
                    let b = frame.pop();
                    let a = frame.pop();
                    let st = builtin().str;
                    if a.is_exact(st) && b.is_exact(st) {
                        q.hit(Family::BinaryOp);
                        let (x, y) = (
                            pystr::as_str(&a).unwrap_or(""),
                            pystr::as_str(&b).unwrap_or(""),
                        );
                        let r = if y.is_empty() {
                            a
                        } else if x.is_empty() {
                            b
                        } else {
                            let mut s = String::with_capacity(x.len() + y.len());
                            s.push_str(x);
                            s.push_str(y);
                            pystr::new_string(s)
                        };
                        frame.push(r);
                        continue;
                    }
                    q.miss(pc);
                    let r = binary_op_generic(vm, &a, &b, arg)?;
                    frame.push(r);
                }
                Opcode::BinarySubscrListInt => {
                    let q = quick_or_err(quick)?;
                    let key = frame.pop();
                    let obj = frame.pop();
                    if let (Some(i), Some(l)) =
                        (key.as_small_int(), obj.downcast_exact::<list::ListObj>())
                    {
                        if let Some(v) = l.get_signed(i) {
                            q.hit(Family::BinarySubscr);
                            frame.push(v);
                            continue;
                        }
                    }
                    q.miss(pc);
                    let r = ops::getitem(vm, &obj, &key)?;
                    frame.push(r);
                }
                Opcode::BinarySubscrTupleInt => {
                    let q = quick_or_err(quick)?;
                    let key = frame.pop();
                    let obj = frame.pop();
                    if let (Some(i), true) = (key.as_small_int(), obj.is_exact(builtin().tuple)) {
                        let items = tuple::as_tuple(&obj).unwrap_or(&[]);
                        if let Some(u) = list::norm_index(i as isize, items.len()) {
                            q.hit(Family::BinarySubscr);
                            let v = items[u].clone();
                            drop(obj);
                            frame.push(v);
                            continue;
                        }
                    }
                    q.miss(pc);
                    let r = ops::getitem(vm, &obj, &key)?;
                    frame.push(r);
                }
                Opcode::BinarySubscrDict => {
                    let q = quick_or_err(quick)?;
                    let key = frame.pop();
                    let obj = frame.pop();
                    if obj.is_exact(builtin().dict) {
                        q.hit(Family::BinarySubscr);
                        if let Some(v) = dict::dict_get(vm, &obj, &key)? {
                            frame.push(v);
                            continue;
                        }
                        // Missing: the generic path raises KeyError.
                    } else {
                        q.miss(pc);
                    }
                    let r = ops::getitem(vm, &obj, &key)?;
                    frame.push(r);
                }
                Opcode::StoreSubscrListInt => {
                    let q = quick_or_err(quick)?;
                    let key = frame.pop();
                    let obj = frame.pop();
                    let v = frame.pop();
                    let v = match (key.as_small_int(), obj.downcast_exact::<list::ListObj>()) {
                        (Some(i), Some(l)) => match l.set_signed(i, v) {
                            Ok(old) => {
                                q.hit(Family::StoreSubscr);
                                drop(old);
                                continue;
                            }
                            Err(v) => v,
                        },
                        _ => v,
                    };
                    q.miss(pc);
                    ops::setitem(vm, &obj, &key, v)?;
                }
                Opcode::StoreSubscrDict => {
                    let q = quick_or_err(quick)?;
                    let key = frame.pop();
                    let obj = frame.pop();
                    let v = frame.pop();
                    if obj.is_exact(builtin().dict) {
                        q.hit(Family::StoreSubscr);
                        dict::dict_set(vm, &obj, key, v)?;
                        continue;
                    }
                    q.miss(pc);
                    ops::setitem(vm, &obj, &key, v)?;
                }
                Opcode::CompareOpInt => {
                    let q = quick_or_err(quick)?;
                    let b = frame.pop();
                    let a = frame.pop();
                    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                        q.hit(Family::CompareOp);
                        let op = CompareOp::decode(arg).unwrap_or(CompareOp::Eq);
                        compare_result!(pc, ops::cmp_result(x.cmp(&y), op));
                    }
                    q.miss(pc);
                    let r = compare_generic(vm, &a, &b, arg)?;
                    frame.push(r);
                }
                Opcode::CompareOpFloat => {
                    let q = quick_or_err(quick)?;
                    let b = frame.pop();
                    let a = frame.pop();
                    if let (Some(x), Some(y)) = (exact_float_operand(&a), exact_float_operand(&b)) {
                        q.hit(Family::CompareOp);
                        compare_result!(pc, float_compare(x, y, arg));
                    }
                    q.miss(pc);
                    let r = compare_generic(vm, &a, &b, arg)?;
                    frame.push(r);
                }
                Opcode::CompareOpStr => {
                    let q = quick_or_err(quick)?;
                    let b = frame.pop();
                    let a = frame.pop();
                    let st = builtin().str;
                    if a.is_exact(st) && b.is_exact(st) {
                        q.hit(Family::CompareOp);
                        let (x, y) = (
                            pystr::as_str(&a).unwrap_or(""),
                            pystr::as_str(&b).unwrap_or(""),
                        );
                        let op = CompareOp::decode(arg).unwrap_or(CompareOp::Eq);
                        let r = if a.is(&b) {
                            ops::cmp_result(std::cmp::Ordering::Equal, op)
                        } else {
                            ops::cmp_result(x.cmp(y), op)
                        };
                        drop((a, b));
                        compare_result!(pc, r);
                    }
                    q.miss(pc);
                    let r = compare_generic(vm, &a, &b, arg)?;
                    frame.push(r);
                }
                Opcode::ContainsOpDict | Opcode::ContainsOpSet | Opcode::ContainsOpStr => {
                    let q = quick_or_err(quick)?;
                    let container = frame.pop();
                    let item = frame.pop();
                    let bt = builtin();
                    let r = match ins.op() {
                        Opcode::ContainsOpDict if container.is_exact(bt.dict) => {
                            Some(dict::dict_contains(vm, &container, &item)?)
                        }
                        Opcode::ContainsOpSet
                            if container.is_exact(bt.set) || container.is_exact(bt.frozenset) =>
                        {
                            Some(crate::types::set::set_contains(vm, &container, &item)?)
                        }
                        Opcode::ContainsOpStr
                            if container.is_exact(bt.str) && item.is_exact(bt.str) =>
                        {
                            let (c, i) = (
                                pystr::as_str(&container).unwrap_or(""),
                                pystr::as_str(&item).unwrap_or(""),
                            );
                            Some(c.contains(i))
                        }
                        _ => None,
                    };
                    let r = match r {
                        Some(r) => {
                            q.hit(Family::Contains);
                            r
                        }
                        None => {
                            q.miss(pc);
                            ops::contains(vm, &container, &item)?
                        }
                    };
                    drop((container, item));
                    compare_result!(pc, r != (arg != 0));
                }
                Opcode::ForIterRange => {
                    let q = quick_or_err(quick)?;
                    let step = top(&frame)?
                        .downcast_exact::<crate::types::range::RangeIter>()
                        .and_then(|it| it.next_small());
                    match step {
                        Some(Some(i)) => {
                            q.hit(Family::ForIter);
                            frame.push(int::new_int(i));
                        }
                        Some(None) => {
                            q.hit(Family::ForIter);
                            frame.pop_discard();
                            jump!(arg);
                        }
                        None => {
                            q.miss(pc);
                            if !frame.call(|f| for_iter_generic(vm, f))? {
                                jump!(arg);
                            }
                        }
                    }
                }
                Opcode::ForIterList | Opcode::ForIterTuple => {
                    let q = quick_or_err(quick)?;
                    let it = top(&frame)?;
                    let step = if ins.op() == Opcode::ForIterList {
                        it.downcast_exact::<crate::types::iterators::ListIter>()
                            .map(|it| it.next_item())
                    } else {
                        it.downcast_exact::<crate::types::iterators::TupleIter>()
                            .map(|it| it.next_item())
                    };
                    match step {
                        Some(Some(v)) => {
                            q.hit(Family::ForIter);
                            frame.push(v);
                        }
                        Some(None) => {
                            q.hit(Family::ForIter);
                            frame.pop_discard();
                            jump!(arg);
                        }
                        None => {
                            q.miss(pc);
                            if !frame.call(|f| for_iter_generic(vm, f))? {
                                jump!(arg);
                            }
                        }
                    }
                }
                Opcode::UnpackSequenceTwoTuple | Opcode::UnpackSequenceTuple => {
                    let q = quick_or_err(quick)?;
                    let seq = frame.pop();
                    let n = arg as usize;
                    if seq.is_exact(builtin().tuple) {
                        if let Some(items) = tuple::as_tuple(&seq).filter(|t| t.len() == n) {
                            q.hit(Family::UnpackSequence);
                            for v in items.iter().rev() {
                                frame.push(v.clone());
                            }
                            continue;
                        }
                    }
                    q.miss(pc);
                    frame.call(|f| unpack_sequence(vm, f, seq, n))?;
                }
                Opcode::UnpackSequenceList => {
                    let q = quick_or_err(quick)?;
                    let seq = frame.pop();
                    let n = arg as usize;
                    if let Some(l) = seq.downcast_exact::<list::ListObj>() {
                        let items = l.snapshot();
                        if items.len() == n {
                            q.hit(Family::UnpackSequence);
                            for v in items.into_iter().rev() {
                                frame.push(v);
                            }
                            continue;
                        }
                    }
                    q.miss(pc);
                    frame.call(|f| unpack_sequence(vm, f, seq, n))?;
                }
                Opcode::CallPyExactArgs => {
                    let q = quick_or_err(quick)?;
                    let argc = arg as usize;
                    let base = frame.stack_len() - argc - 2;
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let (ver, want, nargs, finish) = {
                        let c = unsafe { q.cache(pc) };
                        (
                            c.a,
                            c.obj.as_ref().map_or(0, |o| o.bits()),
                            c.b as usize,
                            c.c != 0,
                        )
                    };
                    let st = frame.stack();
                    let callable = &st[base];
                    let has_self = !none::is_null(&st[base + 1]);
                    if callable.bits() == want && argc + has_self as usize == nargs {
                        // SAFETY: the cached object is an exact function (checked when cached)
                        // and `callable` is that very object.
                        let f = unsafe { callable.payload_unchecked::<FunctionObj>() };
                        if f.version.load(Relaxed) == ver && (!finish || defaults_cover(f, nargs)) {
                            q.hit(Family::Call);
                            vm.enter_inline()?;
                            // SAFETY: `callable` at `base` is an exact function (above),
                            // then `nargs` values: a self or the null, then the arguments.
                            let (callee, f) =
                                unsafe { push_inline_call(vm, &mut frame, base, nargs) };
                            if finish {
                                // SAFETY: a fresh inline frame, referred to by nothing else.
                                finish_inline_args(unsafe { &mut *callee }, f, nargs);
                            }
                            call_inline!(callee);
                        }
                    }
                    if let Some(callee) = push_inline_uncached(vm, &mut frame, base, argc)? {
                        q.hit(Family::Call);
                        call_inline!(callee);
                    }
                    q.miss(pc);
                    let r = frame.call(|f| do_call(vm, f, argc, None))?;
                    frame.push(r);
                }
                Opcode::CallBoundMethodExactArgs => {
                    let q = quick_or_err(quick)?;
                    let argc = arg as usize;
                    let base = frame.stack_len() - argc - 2;
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let (ver, want, finish) = {
                        let c = unsafe { q.cache(pc) };
                        (c.a, c.obj.as_ref().map_or(0, |o| o.bits()), c.c != 0)
                    };
                    let st = frame.stack();
                    let bm = st[base]
                        .downcast_exact::<crate::types::function::BoundMethod>()
                        .filter(|m| m.func.bits() == want && none::is_null(&st[base + 1]));
                    if let Some(m) = bm {
                        // SAFETY: the cached object is an exact function, and `m.func` is it.
                        let f = unsafe { m.func.payload_unchecked::<FunctionObj>() };
                        if f.version.load(Relaxed) == ver
                            && (!finish || defaults_cover(f, argc + 1))
                        {
                            q.hit(Family::Call);
                            vm.enter_inline()?;
                            let func = m.func.clone();
                            let self_ = m.self_.clone();
                            // SAFETY: `func` is an exact function; the frame's owner keeps
                            // it alive.
                            let f = unsafe {
                                &*(func.payload_unchecked::<FunctionObj>() as *const FunctionObj)
                            };
                            let callee =
                                frame.call(|f| Frame::push_inline(vm, func, Some(self_), f, argc));
                            if finish {
                                // SAFETY: a fresh inline frame, referred to by nothing else.
                                finish_inline_args(unsafe { &mut *callee }, f, argc + 1);
                            }
                            frame.truncate(base);
                            call_inline!(callee);
                        }
                    }
                    if let Some(callee) = push_inline_uncached(vm, &mut frame, base, argc)? {
                        q.hit(Family::Call);
                        call_inline!(callee);
                    }
                    q.miss(pc);
                    let r = frame.call(|f| do_call(vm, f, argc, None))?;
                    frame.push(r);
                }
                Opcode::CallPyClass => {
                    let q = quick_or_err(quick)?;
                    let argc = arg as usize;
                    let base = frame.stack_len() - argc - 2;
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let (ver, init) = {
                        let c = unsafe { q.cache(pc) };
                        (c.a, c.obj.clone())
                    };
                    let st = frame.stack();
                    let cls = &st[base];
                    let ok = none::is_null(&st[base + 1])
                        && crate::types::as_type(cls)
                            .is_some_and(|t| t.version.load(Relaxed) == ver);
                    if let (true, Some(init)) = (ok, init) {
                        let cls = cls.clone();
                        if let Some(callee) =
                            frame.call(|f| instantiate(vm, f, &cls, init, argc))?
                        {
                            q.hit(Family::Call);
                            frame.truncate(base);
                            call_inline!(callee);
                        }
                    }
                    q.miss(pc);
                    let r = frame.call(|f| do_call(vm, f, argc, None))?;
                    frame.push(r);
                }
                Opcode::CallBuiltin
                | Opcode::CallMethodDescr
                | Opcode::CallLen
                | Opcode::CallIsinstance
                | Opcode::CallListAppend => {
                    let q = quick_or_err(quick)?;
                    let argc = arg as usize;
                    let base = frame.stack_len() - argc - 2;
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let want = unsafe { q.cache(pc) }.obj.as_ref().map_or(0, |o| o.bits());
                    let r = {
                        let st = frame.stack();
                        let has_self = !none::is_null(&st[base + 1]);
                        if st[base].bits() != want {
                            None
                        } else {
                            match ins.op() {
                                Opcode::CallBuiltin if !has_self => {
                                    // SAFETY: the cached object is an exact builtin function
                                    // and `st[base]` is that object.
                                    let f = unsafe {
                                        st[base]
                                        .payload_unchecked::<crate::types::native::BuiltinFunction>(
                                        )
                                    };
                                    Some((f.func)(vm, &st[base + 2..], None))
                                }
                                Opcode::CallLen if !has_self => Some(
                                    ops::len(vm, &st[base + 2]).map(|n| int::new_int(n as i64)),
                                ),
                                Opcode::CallIsinstance if !has_self => Some(
                                    crate::builtins::is_instance(vm, &st[base + 2], &st[base + 3])
                                        .map(int::new_bool),
                                ),
                                Opcode::CallMethodDescr if has_self => {
                                    // SAFETY: as for CALL_BUILTIN, a method descriptor.
                                    let d = unsafe {
                                        st[base]
                                            .payload_unchecked::<crate::types::native::MethodDescr>(
                                            )
                                    };
                                    if st[base + 1].ty().is_subtype(d.owner) {
                                        Some((d.func)(vm, &st[base + 1..], None))
                                    } else {
                                        None
                                    }
                                }
                                Opcode::CallListAppend if has_self => {
                                    match st[base + 1].downcast_exact::<list::ListObj>() {
                                        Some(l) => {
                                            l.push(st[base + 2].clone());
                                            Some(Ok(none::none()))
                                        }
                                        None => None,
                                    }
                                }
                                _ => None,
                            }
                        }
                    };
                    match r {
                        Some(r) => {
                            q.hit(Family::Call);
                            frame.truncate(base);
                            frame.push(r?);
                        }
                        None => {
                            q.miss(pc);
                            let r = frame.call(|f| do_call(vm, f, argc, None))?;
                            frame.push(r);
                        }
                    }
                }
                // ---- truthiness (`POP_JUMP_IF_FALSE`/`TRUE` forms) --------------------------
                // Each tests the kind of value it was specialized for; anything else is a miss
                // and takes the generic truth test.
                Opcode::PopJumpIfFalseBool | Opcode::PopJumpIfTrueBool => {
                    let q = quick_or_err(quick)?;
                    let v = frame.pop();
                    let t = if int::is_true(&v) {
                        q.hit(Family::ToBool);
                        true
                    } else if int::is_false(&v) {
                        q.hit(Family::ToBool);
                        false
                    } else {
                        q.miss(pc);
                        ops::truthy(vm, &v)?
                    };
                    if t == (ins.op() == Opcode::PopJumpIfTrueBool) {
                        jump!(arg);
                    }
                }
                Opcode::PopJumpIfFalseInt | Opcode::PopJumpIfTrueInt => {
                    let q = quick_or_err(quick)?;
                    let v = frame.pop();
                    let t = match v.as_small_int() {
                        Some(i) => {
                            q.hit(Family::ToBool);
                            i != 0
                        }
                        None => {
                            q.miss(pc);
                            ops::truthy(vm, &v)?
                        }
                    };
                    if t == (ins.op() == Opcode::PopJumpIfTrueInt) {
                        jump!(arg);
                    }
                }
                Opcode::PopJumpIfFalseNone | Opcode::PopJumpIfTrueNone => {
                    let q = quick_or_err(quick)?;
                    let v = frame.pop();
                    let t = if none::is_none(&v) {
                        q.hit(Family::ToBool);
                        false
                    } else {
                        q.miss(pc);
                        ops::truthy(vm, &v)?
                    };
                    if t == (ins.op() == Opcode::PopJumpIfTrueNone) {
                        jump!(arg);
                    }
                }
                Opcode::PopJumpIfFalseSized | Opcode::PopJumpIfTrueSized => {
                    let q = quick_or_err(quick)?;
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let kind = unsafe { q.cache(pc) }.a;
                    let v = frame.pop();
                    let n = match kind {
                        specialize::SIZED_LIST => {
                            v.downcast_exact::<list::ListObj>().map(|l| l.len())
                        }
                        specialize::SIZED_TUPLE if v.is_exact(builtin().tuple) => {
                            tuple::as_tuple(&v).map(|t| t.len())
                        }
                        specialize::SIZED_STR => {
                            v.downcast_exact::<pystr::StrObj>().map(|s| s.char_len())
                        }
                        specialize::SIZED_DICT => {
                            v.downcast_exact::<dict::DictObj>().map(|d| d.len())
                        }
                        _ => None,
                    };
                    let t = match n {
                        Some(n) => {
                            q.hit(Family::ToBool);
                            n != 0
                        }
                        None => {
                            q.miss(pc);
                            ops::truthy(vm, &v)?
                        }
                    };
                    if t == (ins.op() == Opcode::PopJumpIfTrueSized) {
                        jump!(arg);
                    }
                }
                Opcode::PopJumpIfFalseObj | Opcode::PopJumpIfTrueObj => {
                    let q = quick_or_err(quick)?;
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let ver = unsafe { q.cache(pc) }.a;
                    let v = frame.pop();
                    // Versions are process-unique: the cached one names the type, unchanged
                    // since it was seen to have neither `__bool__` nor `__len__`.
                    let t = if v.ty().version.load(Relaxed) == ver {
                        q.hit(Family::ToBool);
                        true
                    } else if none::is_none(&v) {
                        q.hit(Family::ToBool);
                        false
                    } else {
                        q.miss(pc);
                        ops::truthy(vm, &v)?
                    };
                    if t == (ins.op() == Opcode::PopJumpIfTrueObj) {
                        jump!(arg);
                    }
                }
                // ---- iteration over dicts --------------------------------------------------
                Opcode::ForIterDict
                | Opcode::ForIterStr
                | Opcode::ForIterEnumerate
                | Opcode::ForIterZip => {
                    let q = quick_or_err(quick)?;
                    let it = top(&frame)?;
                    let step = match ins.op() {
                        Opcode::ForIterDict => dict::dict_iter_step(vm, it),
                        Opcode::ForIterStr => crate::types::iterators::adapter_step(vm, it, 0),
                        Opcode::ForIterEnumerate => {
                            crate::types::iterators::adapter_step(vm, it, 1)
                        }
                        _ => crate::types::iterators::adapter_step(vm, it, 2),
                    };
                    match step {
                        Some(r) => {
                            q.hit(Family::ForIter);
                            match r? {
                                Some(v) => frame.push(v),
                                None => {
                                    frame.pop_discard();
                                    jump!(arg);
                                }
                            }
                        }
                        None => {
                            q.miss(pc);
                            if !frame.call(|f| for_iter_generic(vm, f))? {
                                jump!(arg);
                            }
                        }
                    }
                }
                // ---- `range(...)` --------------------------------------------------------------
                Opcode::CallRange => {
                    let q = quick_or_err(quick)?;
                    let argc = arg as usize;
                    let base = frame.stack_len() - argc - 2;
                    // SAFETY: as in LOAD_ATTR_SLOT.
                    let want = unsafe { q.cache(pc) }.obj.as_ref().map_or(0, |o| o.bits());
                    let r = {
                        let st = frame.stack();
                        if st[base].bits() == want
                            && none::is_null(&st[base + 1])
                            && st[base + 2..].iter().all(|v| v.is_small_int())
                        {
                            builtin()
                                .range
                                .slots
                                .new
                                .get()
                                .map(|new| new(vm, &st[base], &st[base + 2..], None))
                        } else {
                            None
                        }
                    };
                    match r {
                        Some(r) => {
                            q.hit(Family::Call);
                            frame.truncate(base);
                            frame.push(r?);
                        }
                        None => {
                            q.miss(pc);
                            let r = frame.call(|f| do_call(vm, f, argc, None))?;
                            frame.push(r);
                        }
                    }
                }
            }
        }
    }
}

// ---- helpers of the specialized instructions ---------------------------------------------

/// The thread's quickened copy; specialized instructions exist only there, so `None` is an
/// internal error (never a crash).
#[inline(always)]
fn quick_or_err(quick: Option<&Quickened>) -> PyResult<&Quickened> {
    match quick {
        Some(q) => Ok(q),
        None => Err(internal_error()),
    }
}

#[cold]
fn internal_error() -> PyErr {
    Vm::new().runtime_error("internal error: specialized instruction outside quickened code")
}

/// `LOAD_ATTR_SLOT` on a receiver its main entry does not cover: the slot of the site's
/// polymorphic entry for the receiver's type and shape.
#[inline(never)]
fn poly_load_slot(q: &Quickened, pc: usize, obj: &Value, name: &Value) -> Option<Value> {
    let e = q.poly_entry(pc, obj, name)?;
    crate::types::object::instance_attrs(obj)?.get_slot(obj.header(), e.b as u32, e.c as usize)
}

/// `STORE_ATTR_SLOT` / `STORE_ATTR_ADD` on a receiver the main entry does not cover,
/// through the site's polymorphic entry; gives `v` back on a miss.
#[inline(never)]
fn poly_store_slot(
    q: &Quickened,
    pc: usize,
    obj: &Value,
    name: &Value,
    v: Value,
) -> Result<(), Value> {
    let Some(e) = q.poly_entry(pc, obj, name) else {
        return Err(v);
    };
    let Some(attrs) = crate::types::object::instance_attrs(obj) else {
        return Err(v);
    };
    if q.instrs()[pc].get().op() == Opcode::StoreAttrSlot {
        attrs.set_slot(obj.header(), e.b as u32, e.c as usize, v)
    } else {
        // SAFETY: the specializer stored a pointer to an immortal (leaked) shape in `c`.
        let to = unsafe { &*(e.c as usize as *const crate::types::attrs::Shape) };
        attrs.add_slot(obj.header(), e.b as u32, to, v)
    }
}

/// Whether `obj`'s attribute storage matches the cached guard: shape id `want`, or 0 for
/// an instance without attribute storage.
#[inline(always)]
fn shape_is(obj: &Value, want: u64) -> bool {
    match crate::types::object::instance_attrs(obj) {
        None => want == 0,
        Some(a) => a.shape().is_some_and(|s| s.id as u64 == want),
    }
}

/// Small-int operators for `BINARY_OP_INT` (`None`: leave it to the generic path, which
/// also raises for division by zero and negative shifts).
#[inline(always)]
fn small_int_op(op: u32, a: i64, b: i64) -> Option<i64> {
    match op {
        3 | 16 => {
            // `<<`: exact when shifting back gives the operand again.
            if !(0..64).contains(&b) {
                return None;
            }
            let r = a.checked_shl(b as u32)?;
            (r >> b == a).then_some(r)
        }
        9 | 22 => {
            if b < 0 {
                return None;
            }
            Some(a >> b.min(63))
        }
        _ => binary_small(op, a, b).and_then(|v| v.as_small_int()),
    }
}

/// `COMPARE_OP`'s generic behaviour.
fn compare_generic(vm: &Vm, a: &Value, b: &Value, arg: u32) -> PyResult<Value> {
    let op = CompareOp::decode(arg).ok_or_else(|| vm.runtime_error("bad COMPARE_OP"))?;
    ops::richcompare(vm, a, b, op)
}

/// A float comparison; NaN compares false except for `!=`, as in CPython.
#[inline(always)]
fn float_compare(x: f64, y: f64, arg: u32) -> bool {
    match CompareOp::decode(arg).unwrap_or(CompareOp::Eq) {
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    }
}

/// `FOR_ITER`'s generic behaviour, but for the jump: pushes the next value (true), or
/// pops the exhausted iterator (false; the caller jumps past the loop).
fn for_iter_generic(vm: &Vm, frame: &mut Frame) -> PyResult<bool> {
    let next = ops::next(vm, frame.top().ok_or_else(stack_underflow)?)?;
    match next {
        Some(v) => {
            frame.push(v);
            Ok(true)
        }
        None => {
            frame.pop_discard();
            Ok(false)
        }
    }
}

/// Whether a specialized call passing `nargs` positional arguments to `f` (whose code the
/// site's version guard fixed: plain positional parameters) finds defaults for the rest.
#[inline(always)]
fn defaults_cover(f: &FunctionObj, nargs: usize) -> bool {
    let argcount = f.code().unit.argcount as usize;
    nargs == argcount
        || nargs < argcount
            && tuple::as_tuple(&f.defaults.get()).is_some_and(|d| d.len() >= argcount - nargs)
}

/// Whether a call passing `nargs` positional arguments to `f` can run as an inline frame
/// without the specializer's version guard: plain positional parameters (cells and free
/// variables are fine), enough defaults for the rest, not a generator or coroutine.
#[inline]
fn inline_compatible(f: &FunctionObj, nargs: usize) -> bool {
    let unit = &f.code().unit;
    unit.inline_callable() && nargs <= unit.argcount as usize && defaults_cover(f, nargs)
}

/// The guard-miss path of the specialized Python calls: when the callable (`argc`
/// arguments, at stack index `base` of `caller`) is another exact function than the one
/// cached, or a bound method of one, as at a polymorphic call site, and it takes the
/// arguments as plain positionals, pushes its inline frame anyway (CPython's generic
/// `CALL` runs any Python function in the same eval loop too) and returns it; `None`,
/// with nothing done, when the generic call must run.
#[inline(never)]
fn push_inline_uncached(
    vm: &Vm,
    caller: &mut Running,
    base: usize,
    argc: usize,
) -> PyResult<Option<*mut Frame>> {
    let st = caller.stack();
    let has_self = !none::is_null(&st[base + 1]);
    if let Some(f) = st[base].downcast_exact::<FunctionObj>() {
        let nargs = argc + has_self as usize;
        if !inline_compatible(f, nargs) {
            return Ok(None);
        }
        vm.enter_inline()?;
        // SAFETY: an exact function at `base` (above), then a self or the null, then the
        // arguments.
        let (callee, f) = unsafe { push_inline_call(vm, caller, base, nargs) };
        // SAFETY: a fresh inline frame, referred to by nothing else.
        finish_inline_args(unsafe { &mut *callee }, f, nargs);
        return Ok(Some(callee));
    }
    if has_self {
        return Ok(None);
    }
    let Some(m) = st[base].downcast_exact::<crate::types::function::BoundMethod>() else {
        return Ok(None);
    };
    let Some(f) = m.func.downcast_exact::<FunctionObj>() else {
        return Ok(None);
    };
    if !inline_compatible(f, argc + 1) {
        return Ok(None);
    }
    vm.enter_inline()?;
    let func = m.func.clone();
    let self_ = m.self_.clone();
    // SAFETY: an exact function (above); the callee frame's owner keeps it alive.
    let f = unsafe { &*(func.payload_unchecked::<FunctionObj>() as *const FunctionObj) };
    let callee = caller.call(|fr| Frame::push_inline(vm, func, Some(self_), fr, argc));
    // SAFETY: a fresh inline frame, referred to by nothing else.
    finish_inline_args(unsafe { &mut *callee }, f, argc + 1);
    caller.truncate(base);
    Ok(Some(callee))
}

/// Completes a fresh inline frame of `f` holding its first `nargs` arguments: defaults
/// for the missing parameters (`defaults_cover` checked there are enough), then cells.
#[inline(always)]
fn finish_inline_args(callee: &mut Frame, f: &FunctionObj, nargs: usize) {
    let co = f.code();
    let argcount = co.unit.argcount as usize;
    if nargs < argcount {
        let defaults = f.defaults.get();
        if let Some(d) = tuple::as_tuple(&defaults) {
            let first = argcount - d.len().min(argcount);
            let fast = callee.fast_mut();
            for i in nargs.max(first)..argcount {
                fast[i] = Some(d[i - first].clone());
            }
        }
    }
    if co.ncells != 0 || !co.unit.freevars.is_empty() {
        frame::init_cells(callee, f);
    }
}

/// The specialized Python calls' frame push: moves the exact function at stack index
/// `base` of the running frame and the top `nargs` values (a self then the arguments, or
/// just the arguments above the null) into a fresh inline frame, and lowers the stack to
/// `base`. Returns the frame and the function (which the frame's owner keeps alive).
///
/// # Safety
/// The value at `base` is an exact function object; between it and the top `nargs` values
/// lies at most the null (immortal).
#[inline(always)]
unsafe fn push_inline_call<'f>(
    vm: &Vm,
    frame: &mut Running,
    base: usize,
    nargs: usize,
) -> (*mut Frame, &'f FunctionObj) {
    // The callee's frame takes over the stack's reference; the emptied slot goes with
    // `forget_above` below.
    // SAFETY: per the contract, `base` is in the stack.
    let callable = unsafe { frame.take_at(base) };
    // SAFETY: an exact function per the contract; the callee frame's owner keeps it alive.
    let f = unsafe { &*(callable.payload_unchecked::<FunctionObj>() as *const FunctionObj) };
    let callee = frame.call(|fr| Frame::push_inline(vm, callable, None, fr, nargs));
    // SAFETY: above `base` remain the emptied callable slot and at most the null.
    unsafe { frame.forget_above(base) };
    (callee, f)
}

/// `CALL_KW_PY`'s argument binding in the fresh inline frame `callee`, whose slots
/// `0..npos + nkw` hold the positional then the keyword arguments: moves each keyword
/// argument to its parameter's slot (`layout`, see `specialize::kw_call_layout`), fills
/// the parameters left unbound from the defaults (which the caller checked are enough),
/// then sets up cells.
fn finish_kw_args(callee: &mut Frame, f: &FunctionObj, npos: usize, nkw: usize, layout: u64) {
    let co = f.code();
    let argcount = co.unit.argcount as usize;
    let (_, first_default) = specialize::kw_call_layout(layout);
    let fast = callee.fast_mut();
    let mut by_keyword: [Option<Value>; specialize::KW_CALL_MAX] = Default::default();
    for (i, v) in by_keyword.iter_mut().enumerate().take(nkw) {
        *v = fast[npos + i].take();
    }
    for (i, v) in by_keyword.iter_mut().enumerate().take(nkw) {
        let j = ((layout >> (8 * i)) & 0xff) as usize;
        fast[j] = v.take();
    }
    if first_default < argcount {
        let defaults = f.defaults.get();
        if let Some(d) = tuple::as_tuple(&defaults) {
            let first = argcount - d.len().min(argcount);
            for j in first_default.max(first)..argcount {
                if fast[j].is_none() {
                    fast[j] = Some(d[j - first].clone());
                }
            }
        }
    }
    if co.ncells != 0 || !co.unit.freevars.is_empty() {
        frame::init_cells(callee, f);
    }
}

/// `cls(*args)` for a class whose `__new__` is `object.__new__` and whose `__init__` is
/// the Python function `init` taking exactly the arguments (as `type.__call__` would do):
/// makes the instance and pushes the inline `__init__` frame, which the eval loop runs;
/// its return checks for None and pushes the instance. `None` (nothing done) when the
/// defaults no longer cover the missing parameters.
fn instantiate(
    vm: &Vm,
    caller: &mut Frame,
    cls: &Value,
    init: Value,
    argc: usize,
) -> PyResult<Option<*mut Frame>> {
    let new = crate::types::as_type(cls)
        .and_then(|t| t.slots.new.get())
        .ok_or_else(internal_error)?;
    // SAFETY: the specializer cached an exact function as `__init__`.
    let f = unsafe { &*(init.payload_unchecked::<FunctionObj>() as *const FunctionObj) };
    if !defaults_cover(f, argc + 1) {
        return Ok(None);
    }
    // `object.__new__` rejects arguments only when `__new__` is overridden or `__init__`
    // is not; the site's type-version guard fixed neither (new is object's, `__init__` the
    // Python function `init`), so passing none spares it looking both up again.
    debug_assert!(caller.stack_len() >= argc);
    // The recursion check comes first, as CPython's does for the whole class call: at the
    // limit no instance is made (its `__del__` would see it without `__init__` run).
    vm.enter_inline()?;
    let obj = match new(vm, cls, &[], None) {
        Ok(obj) => obj,
        Err(e) => {
            vm.leave();
            return Err(e);
        }
    };
    let callee = Frame::push_inline(vm, init, Some(obj.clone()), caller, argc);
    // SAFETY: a fresh inline frame, referred to by nothing else.
    let c = unsafe { &mut *callee };
    c.init_self = Some(obj);
    finish_inline_args(c, f, argc + 1);
    Ok(Some(callee))
}

/// `LOAD_METHOD`: pushes `[function, self]` for a plain function found on the type (no
/// bound method is made), else `[attribute, null]`.
fn load_method(vm: &Vm, frame: &mut Frame, obj: Value, name: &Value) -> PyResult<()> {
    let ty = obj.ty();
    let generic =
        ty.slots.getattr.get().is_none_or(|f| {
            f as usize == crate::types::object::generic_getattr as *const () as usize
        });
    if generic {
        if let Some(d) = ty.lookup(name) {
            let dty = d.ty();
            let b = builtin();
            if std::ptr::eq(dty, b.function)
                || std::ptr::eq(dty, b.method_descriptor) && !is_class_or_static(&d)
            {
                let shadowed = crate::types::object::instance_attrs(&obj)
                    .and_then(|a| a.get(obj.header(), name));
                match shadowed {
                    Some(v) => {
                        frame.push(v);
                        frame.push(none::null());
                    }
                    None => {
                        frame.push(d);
                        frame.push(obj);
                    }
                }
                return Ok(());
            }
        }
    }
    let v = ops::getattr(vm, &obj, name)?;
    frame.push(v);
    frame.push(none::null());
    Ok(())
}

fn is_class_or_static(d: &Value) -> bool {
    d.downcast::<crate::types::native::MethodDescr>()
        .is_some_and(|m| m.class_method || m.static_method)
}

/// `CALL`/`CALL_KW`: stack `[callable, self_or_null, args...]`.
fn do_call(vm: &Vm, frame: &mut Frame, argc: usize, kwnames: Option<Value>) -> PyResult<Value> {
    let n = frame.stack_len();
    let base = n - argc - 2;
    let names_owned = kwnames;
    let names: Option<&[Value]> = match &names_owned {
        Some(t) => tuple::as_tuple(t),
        None => None,
    };
    let result = {
        let stack = frame.stack();
        let has_self = !none::is_null(&stack[base + 1]);
        let args_start = if has_self { base + 1 } else { base + 2 };
        // The callable and arguments stay on the stack (owned by this frame) for the call.
        let callable = &stack[base];
        let args = &stack[args_start..];
        if let Some(f) = callable.downcast_exact::<FunctionObj>() {
            call_python(vm, callable, f, args, names)
        } else {
            ops::call(vm, callable, args, names)
        }
    };
    frame.truncate(base);
    result
}

fn unpack_sequence(vm: &Vm, frame: &mut Frame, seq: Value, n: usize) -> PyResult<()> {
    let items: Vec<Value> = if let Some(t) = tuple::as_tuple(&seq) {
        t.to_vec()
    } else if let Some(l) = list::as_list(&seq) {
        l.snapshot()
    } else {
        let it = ops::iter(vm, &seq).map_err(|e| {
            if vm.err_matches(&e, builtin().type_error) {
                vm.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    seq.ty().name()
                ))
            } else {
                e
            }
        })?;
        let mut out = Vec::with_capacity(n);
        while let Some(x) = ops::next(vm, &it)? {
            if out.len() == n {
                return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
            }
            out.push(x);
        }
        out
    };
    if items.len() != n {
        return Err(vm.value_error(if items.len() > n {
            format!("too many values to unpack (expected {n})")
        } else {
            format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )
        }));
    }
    for v in items.into_iter().rev() {
        frame.push(v);
    }
    Ok(())
}

fn unpack_ex(vm: &Vm, frame: &mut Frame, seq: Value, before: usize, after: usize) -> PyResult<()> {
    let items = ops::collect(vm, &seq).map_err(|e| {
        if vm.err_matches(&e, builtin().type_error) && !seq.ty().slots.iter.is_set() {
            vm.type_error(format!(
                "cannot unpack non-iterable {} object",
                seq.ty().name()
            ))
        } else {
            e
        }
    })?;
    if items.len() < before + after {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mid_end = items.len() - after;
    let mut pushed: Vec<Value> = Vec::with_capacity(before + after + 1);
    pushed.extend_from_slice(&items[..before]);
    pushed.push(list::new_list(items[before..mid_end].to_vec()));
    pushed.extend_from_slice(&items[mid_end..]);
    for v in pushed.into_iter().rev() {
        frame.push(v);
    }
    Ok(())
}

fn dict_merge_kwargs(vm: &Vm, d: &Value, m: &Value, callable: Option<&Value>) -> PyResult<()> {
    let fname = || -> String {
        callable
            .map(|c| crate::builtins::function_str(vm, c))
            .unwrap_or_else(|| "function".to_string())
    };
    let items: Vec<(Value, Value)> = if dict::as_dict(m).is_some() {
        dict::dict_items(m)
    } else {
        let keys = match ops::getattr_opt(vm, m, &pystr::intern("keys"))? {
            Some(k) => ops::call0(vm, &k)?,
            None => {
                return Err(vm.type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    fname(),
                    m.ty().name()
                )))
            }
        };
        let mut out = Vec::new();
        for k in ops::collect(vm, &keys)? {
            let v = ops::getitem(vm, m, &k)?;
            out.push((k, v));
        }
        out
    };
    for (k, v) in items {
        if pystr::as_str(&k).is_none() {
            return Err(vm.type_error("keywords must be strings"));
        }
        if dict::dict_get(vm, d, &k)?.is_some() {
            return Err(vm.type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                fname(),
                pystr::as_str(&k).unwrap_or("")
            )));
        }
        dict::dict_set(vm, d, k, v)?;
    }
    Ok(())
}
