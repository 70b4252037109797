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

/// `source_line(filename, lineno)`: the line (without its end of line) or None.
fn source_line(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "source_line", kw)?;
    check_count(vm, "source_line", args.len(), 2, 2)?;
    let Some(filename) = as_str(&args[0]) else {
        return Ok(none::none());
    };
    let line = crate::types::int::index_to_i64(vm, &args[1])?;
    if line < 1 {
        return Ok(none::none());
    }
    let text = match crate::modules::stdlib::source_for_filename(filename) {
        Some(t) => t,
        None => match std::fs::read_to_string(filename) {
            Ok(t) => t,
            Err(_) => return Ok(none::none()),
        },
    };
    Ok(match text.lines().nth((line - 1) as usize) {
        Some(l) => new_str(l),
        None => none::none(),
    })
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
