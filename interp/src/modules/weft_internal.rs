//! `_weft`: private helpers that weft's Python-written standard library needs from the VM.
//!
//! Owns: frame snapshots of the running stack (`_getframe`, for `warnings` and
//! `traceback.extract_stack`), source lines as tracebacks show them (`source_line`), and
//! the exception formatter weft uses for uncaught exceptions (`format_exception_only`), so
//! `traceback` prints exactly what the interpreter prints. Must not: be imported by user
//! programs as a public API (names may change) or hold state of its own.

use crate::object::Value;
use crate::types::native::{add_function, check_count, no_kwargs, NativeFn};
use crate::types::{builtin, none, str::as_str, str::new_str};
use crate::vm::{PyResult, Vm};

fn set(d: &Value, name: &'static str, f: NativeFn) {
    add_function(d, "_weft", name, f);
}

pub fn init(_vm: &Vm, d: &Value) -> PyResult<()> {
    set(d, "_getframe", getframe);
    set(d, "source_line", source_line);
    set(d, "format_exception_only", format_exception_only);
    set(d, "tb_positions", tb_positions);
    set(d, "caret_line", caret_line);
    set(d, "print_unraisable", print_unraisable);
    Ok(())
}

/// `_getframe(depth=0)`: a snapshot of the caller's frame (`depth` frames further out),
/// with `f_back` links to the outer ones.
fn getframe(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "_getframe", kw)?;
    check_count(vm, "_getframe", args.len(), 0, 1)?;
    let depth = match args.first() {
        Some(d) => crate::types::int::index_to_i64(vm, d)?,
        None => 0,
    };
    let f = crate::types::traceback::snapshot_stack(vm, depth.max(0) as usize, false);
    if none::is_none(&f) {
        return Err(vm.new_error(builtin().value_error, "call stack is not deep enough"));
    }
    Ok(f)
}

/// `tb_positions(tb)`: `(lineno, end_lineno, colno, end_colno)` of the instruction a
/// traceback entry points at (character columns), or four Nones when unknown.
fn tb_positions(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "tb_positions", kw)?;
    check_count(vm, "tb_positions", args.len(), 1, 1)?;
    use crate::types::traceback::{FrameObj, TracebackObj};
    let tb = args[0].downcast::<TracebackObj>();
    let loc = tb.and_then(|t| {
        let frame = t.frame.downcast::<FrameObj>()?;
        crate::types::exceptions::location_at(&frame.code, t.lasti)
    });
    let items = match (tb, loc) {
        (Some(t), Some(l)) if l.line != 0 => vec![
            Value::small_int(t.lineno as i64),
            Value::small_int(l.end_line as i64),
            Value::small_int(l.col as i64),
            Value::small_int(l.end_col as i64),
        ],
        (Some(t), _) => vec![
            Value::small_int(t.lineno as i64),
            none::none(),
            none::none(),
            none::none(),
        ],
        _ => vec![none::none(), none::none(), none::none(), none::none()],
    };
    Ok(crate::types::tuple::new_tuple(items))
}

/// `caret_line(line, lineno, end_lineno, colno, end_colno)`: the `^~~` line the
/// interpreter prints under `line` (as written) for that range, or None.
fn caret_line(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "caret_line", kw)?;
    check_count(vm, "caret_line", args.len(), 5, 5)?;
    let Some(line) = as_str(&args[0]) else {
        return Ok(none::none());
    };
    let mut nums = [0u32; 4];
    for (slot, v) in nums.iter_mut().zip(&args[1..]) {
        match v.as_small_int() {
            Some(n) if (0..=u32::MAX as i64).contains(&n) => *slot = n as u32,
            _ => return Ok(none::none()),
        }
    }
    let loc = crate::bytecode::Location {
        line: nums[0],
        end_line: nums[1],
        col: nums[2],
        end_col: nums[3],
    };
    Ok(crate::types::carets::caret_line(line, loc).map_or_else(none::none, |m| new_str(&m)))
}

/// `print_unraisable(exc, message, obj)`: reports an exception that cannot propagate, as
/// CPython does (`Exception ignored <message>: <repr(obj)>` and the traceback).
fn print_unraisable(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "print_unraisable", kw)?;
    check_count(vm, "print_unraisable", args.len(), 3, 3)?;
    let message = as_str(&args[1]).unwrap_or("in").to_string();
    crate::modules::_thread::print_unraisable(vm, &args[0], Some((&message, &args[2])));
    Ok(none::none())
}

/// `source_line(filename, lineno)`: the line (without its end of line) or None.
fn source_line(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "source_line", kw)?;
    check_count(vm, "source_line", args.len(), 2, 2)?;
    let Some(filename) = as_str(&args[0]) else {
        return Ok(none::none());
    };
    let line = crate::types::int::index_to_i64(vm, &args[1])?;
    let Ok(line) = u32::try_from(line) else {
        return Ok(none::none());
    };
    Ok(crate::types::exceptions::raw_source_line(filename, line)
        .map_or_else(none::none, |l| new_str(&l)))
}

/// `format_exception_only(exc)`: the final line(s) weft prints for an uncaught exception.
fn format_exception_only(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "format_exception_only", kw)?;
    check_count(vm, "format_exception_only", args.len(), 1, 1)?;
    if !args[0].ty().is_subtype(builtin().base_exception) {
        return Err(vm.type_error("format_exception_only() argument must be an exception"));
    }
    Ok(new_str(&crate::types::exceptions::format_exception_only(
        vm, &args[0],
    )))
}
