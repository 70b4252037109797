//! Generators: suspended frames resumed by `next`, `send`, `throw` and `close`.
//!
//! Owns: the generator object and its states, delegation of `yield from` (including
//! forwarding `throw`/`close` to the sub-iterator), turning a frame's return into
//! StopIteration, and PEP 479 (a StopIteration escaping the body becomes RuntimeError).
//! Must not: execute instructions itself (frames run in `eval`).

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicU8, Ordering};

use crate::bytecode::Opcode;
use crate::eval::{self, Exit, Frame};
use crate::object::{Payload, Value};
use crate::ops;
use crate::types::descriptors::add_getset;
use crate::types::function::FunctionObj;
use crate::types::native::{add_method, check_count};
use crate::types::{builtin, none, str::new_str, TypeObject, TypeSpec};
use crate::vm::{PyErr, PyResult, Vm};

const CREATED: u8 = 0;
const SUSPENDED: u8 = 1;
const RUNNING: u8 = 2;
const FINISHED: u8 = 3;

pub struct GeneratorObj {
    frame: UnsafeCell<Option<Box<Frame>>>,
    state: AtomicU8,
    pub name: Value,
    pub qualname: Value,
}

// SAFETY: the frame is touched only by the thread that moved the state to RUNNING (a
// compare-exchange), so two threads can never run or inspect it at once.
unsafe impl Sync for GeneratorObj {}

impl Payload for GeneratorObj {
    fn class() -> &'static TypeObject {
        builtin().generator
    }
}

pub fn make_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<GeneratorObj>("generator", Some(object)));
    t.slots.iter.set(Some(gen_iter));
    t.slots.next.set(Some(gen_next));
    t.slots.repr.set(Some(gen_repr));
    t
}

pub fn init_methods() {
    let g = builtin().generator;
    add_method(g, "send", gen_send_method);
    add_method(g, "throw", gen_throw_method);
    add_method(g, "close", gen_close_method);
    add_method(g, "__next__", gen_next_method);
    add_getset(g, "__name__", |_vm, g| Ok(gen(g).name.clone()), None);
    add_getset(
        g,
        "__qualname__",
        |_vm, g| Ok(gen(g).qualname.clone()),
        None,
    );
    add_getset(
        g,
        "gi_running",
        |_vm, g| {
            Ok(crate::types::int::new_bool(
                gen(g).state.load(Ordering::Relaxed) == RUNNING,
            ))
        },
        None,
    );
}

/// Wraps a frame ready to run the body of generator function `func`.
pub fn new_generator(frame: Frame, func: &FunctionObj) -> Value {
    Value::alloc(
        builtin().generator,
        GeneratorObj {
            frame: UnsafeCell::new(Some(Box::new(frame))),
            state: AtomicU8::new(CREATED),
            name: func.name.get(),
            qualname: func.qualname.get(),
        },
    )
}

fn gen(v: &Value) -> &GeneratorObj {
    // SAFETY: callers only pass generator objects (slots installed on `generator`).
    unsafe { v.payload_unchecked::<GeneratorObj>() }
}

/// Result of resuming a generator or sending to a sub-iterator.
pub enum SendResult {
    Yield(Value),
    Return(Value),
}

enum Resume {
    Send(Value),
    Throw(PyErr),
}

/// Claims the generator for running; the guard puts the state back.
struct Running<'a> {
    g: &'a GeneratorObj,
    finished: bool,
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.g.state.store(
            if self.finished { FINISHED } else { SUSPENDED },
            Ordering::Release,
        );
    }
}

fn resume(vm: &Vm, gv: &Value, how: Resume) -> PyResult<SendResult> {
    let g = gen(gv);
    let st = g.state.load(Ordering::Acquire);
    if st == RUNNING {
        return Err(vm.value_error("generator already executing"));
    }
    if st == FINISHED {
        return match how {
            Resume::Send(_) => Err(vm.stop_iteration(None)),
            Resume::Throw(e) => Err(e),
        };
    }
    if st == CREATED {
        if let Resume::Send(v) = &how {
            if !none::is_none(v) {
                return Err(vm.type_error("can't send non-None value to a just-started generator"));
            }
        }
    }
    if g.state
        .compare_exchange(st, RUNNING, Ordering::AcqRel, Ordering::Acquire)
        .is_err()
    {
        return Err(vm.value_error("generator already executing"));
    }
    let mut running = Running { g, finished: false };
    // SAFETY: the RUNNING state acquired above gives this thread exclusive use of the frame.
    let slot = unsafe { &mut *g.frame.get() };
    let Some(frame) = slot.as_mut() else {
        running.finished = true;
        return Err(vm.stop_iteration(None));
    };
    let _depth = vm.enter("")?;
    let result = match how {
        Resume::Send(v) => {
            if st != CREATED {
                frame.push(v);
            }
            eval::run_frame(vm, frame)
        }
        Resume::Throw(e) => {
            if st == CREATED {
                running.finished = true;
                *slot = None;
                return Err(e);
            }
            throw_into(vm, frame, e)
        }
    };
    match result {
        Ok(Exit::Yield(v)) => Ok(SendResult::Yield(v)),
        Ok(Exit::Return(v)) => {
            running.finished = true;
            *slot = None;
            Ok(SendResult::Return(v))
        }
        Err(e) => {
            running.finished = true;
            *slot = None;
            if vm.err_matches(&e, builtin().stop_iteration) {
                let re = vm.runtime_error("generator raised StopIteration");
                crate::types::exceptions::set_context_if_unset(&re.0, e.0.clone());
                let _ = crate::types::exceptions::set_cause(vm, &re.0, e.0);
                return Err(re);
            }
            Err(e)
        }
    }
}

/// Raises `e` inside a suspended frame; a frame paused in `yield from` forwards it to the
/// sub-iterator first.
fn throw_into(vm: &Vm, frame: &mut Frame, e: PyErr) -> PyResult<Exit> {
    let code = frame.code();
    let pc = frame.pc as usize;
    let in_yield_from = pc >= 1
        && code
            .unit
            .instructions
            .get(pc - 1)
            .is_some_and(|i| i.op() == Opcode::YieldValue && i.arg() == 1);
    if in_yield_from {
        if let Some(sub) = frame.top().cloned() {
            let send_target = pc
                .checked_sub(2)
                .and_then(|i| code.unit.instructions.get(i))
                .filter(|i| i.op() == Opcode::Send)
                .map(|i| i.arg());
            let is_exit = vm.err_matches(&e, builtin().generator_exit);
            let outcome: PyResult<SendResult> = if is_exit {
                // close() the sub-iterator, then raise GeneratorExit here.
                match close_sub(vm, &sub) {
                    Ok(()) => Err(e),
                    Err(err) => Err(err),
                }
            } else if sub.ty().is_subtype(builtin().generator) {
                resume(vm, &sub, Resume::Throw(e))
            } else {
                match ops::getattr_opt(vm, &sub, &crate::types::str::intern("throw"))? {
                    Some(t) => match ops::call1(vm, &t, e.0) {
                        Ok(v) => Ok(SendResult::Yield(v)),
                        Err(err) if vm.err_matches(&err, builtin().stop_iteration) => {
                            let v = crate::types::exceptions::get_attr(&err.0, "value")
                                .unwrap_or_else(none::none);
                            Ok(SendResult::Return(v))
                        }
                        Err(err) => Err(err),
                    },
                    None => Err(e),
                }
            };
            return match outcome {
                Ok(SendResult::Yield(v)) => Ok(Exit::Yield(v)),
                Ok(SendResult::Return(v)) => {
                    frame.pop_discard();
                    frame.push(v);
                    if let Some(t) = send_target {
                        frame.pc = t;
                    }
                    eval::run_frame(vm, frame)
                }
                Err(err) => eval::resume_with_error(vm, frame, err),
            };
        }
    }
    eval::resume_with_error(vm, frame, e)
}

fn close_sub(vm: &Vm, sub: &Value) -> PyResult<()> {
    if sub.ty().is_subtype(builtin().generator) {
        return close(vm, sub);
    }
    if let Some(c) = ops::getattr_opt(vm, sub, &crate::types::str::intern("close"))? {
        ops::call0(vm, &c)?;
    }
    Ok(())
}

/// `generator.close()`.
pub fn close(vm: &Vm, gv: &Value) -> PyResult<()> {
    let g = gen(gv);
    let st = g.state.load(Ordering::Acquire);
    if st == FINISHED {
        return Ok(());
    }
    if st == CREATED {
        g.state.store(FINISHED, Ordering::Release);
        // SAFETY: a created generator that is not running is used by no one else.
        unsafe { *g.frame.get() = None };
        return Ok(());
    }
    let exit = vm.new_error_args(builtin().generator_exit, vec![]);
    match resume(vm, gv, Resume::Throw(exit)) {
        Ok(SendResult::Yield(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(SendResult::Return(_)) => Ok(()),
        Err(e)
            if vm.err_matches(&e, builtin().generator_exit)
                || vm.err_matches(&e, builtin().stop_iteration) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// One step of `yield from`/SEND: sends `value` into `sub`.
pub fn send_to(vm: &Vm, sub: &Value, value: Value) -> PyResult<SendResult> {
    if sub.ty().is_subtype(builtin().generator) {
        return resume(vm, sub, Resume::Send(value));
    }
    let r = if none::is_none(&value) {
        ops::next(vm, sub)
    } else {
        let send = ops::getattr_str(vm, sub, "send")?;
        match ops::call1(vm, &send, value) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.err_matches(&e, builtin().stop_iteration) => {
                let v =
                    crate::types::exceptions::get_attr(&e.0, "value").unwrap_or_else(none::none);
                return Ok(SendResult::Return(v));
            }
            Err(e) => Err(e),
        }
    };
    match r {
        Ok(Some(v)) => Ok(SendResult::Yield(v)),
        Ok(None) => Ok(SendResult::Return(none::none())),
        Err(e) if vm.err_matches(&e, builtin().stop_iteration) => {
            let v = crate::types::exceptions::get_attr(&e.0, "value").unwrap_or_else(none::none);
            Ok(SendResult::Return(v))
        }
        Err(e) => Err(e),
    }
}

fn gen_iter(_vm: &Vm, g: &Value) -> PyResult<Value> {
    Ok(g.clone())
}

fn gen_next(vm: &Vm, g: &Value) -> PyResult<Option<Value>> {
    match resume(vm, g, Resume::Send(none::none())) {
        Ok(SendResult::Yield(v)) => Ok(Some(v)),
        Ok(SendResult::Return(_)) => Ok(None),
        Err(e)
            if vm.err_matches(&e, builtin().stop_iteration)
                && crate::types::exceptions::traceback_len(&e.0) == 0 =>
        {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `next(generator)` and `generator.__next__()`: a return value becomes
/// `StopIteration(value)`.
pub fn next_raising(vm: &Vm, g: &Value) -> PyResult<Value> {
    finish_send(vm, resume(vm, g, Resume::Send(none::none())))
}

fn gen_next_method(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "__next__", args.len(), 1, 1)?;
    next_raising(vm, &args[0])
}

fn finish_send(vm: &Vm, r: PyResult<SendResult>) -> PyResult<Value> {
    match r? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => {
            Err(vm.stop_iteration(if none::is_none(&v) { None } else { Some(v) }))
        }
    }
}

fn gen_send_method(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "send", args.len(), 2, 2)?;
    finish_send(vm, resume(vm, &args[0], Resume::Send(args[1].clone())))
}

fn gen_throw_method(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "throw", args.len(), 2, 4)?;
    let mut e = args[1].clone();
    if let (Some(_), Some(v)) = (crate::types::as_type(&e), args.get(2)) {
        if !none::is_none(v) {
            e = if v.ty().is_subtype(builtin().base_exception) {
                v.clone()
            } else {
                ops::call1(vm, &e, v.clone())?
            };
        }
    }
    let err = crate::types::exceptions::make_raisable(vm, e).map_err(|_| {
        vm.type_error(
            "exceptions must be classes or instances deriving from BaseException, not type",
        )
    })?;
    finish_send(vm, resume(vm, &args[0], Resume::Throw(err)))
}

fn gen_close_method(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "close", args.len(), 1, 1)?;
    close(vm, &args[0])?;
    Ok(none::none())
}

fn gen_repr(_vm: &Vm, g: &Value) -> PyResult<Value> {
    let q = gen(g).qualname.clone();
    Ok(new_str(&format!(
        "<generator object {} at {:#x}>",
        crate::types::str::as_str(&q).unwrap_or("?"),
        g.bits()
    )))
}

impl Drop for GeneratorObj {
    fn drop(&mut self) {
        // A suspended generator is closed when it dies, so its `finally` blocks run.
        let suspended = *self.state.get_mut() == SUSPENDED;
        let has_handlers = self
            .frame
            .get_mut()
            .as_ref()
            .is_some_and(|f| !f.code().unit.exception_table.is_empty());
        if !(suspended && has_handlers) {
            return;
        }
        let Some(mut frame) = self.frame.get_mut().take() else {
            return;
        };
        let vm = Vm::new();
        let exit = vm.new_error_args(builtin().generator_exit, vec![]);
        if let Ok(Exit::Yield(_)) = throw_into(&vm, &mut frame, exit) {
            let msg = "Exception ignored in: <generator object>\nRuntimeError: generator ignored GeneratorExit\n";
            crate::modules::sys::write_stderr(msg);
        }
    }
}
