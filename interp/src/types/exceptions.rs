//! The exception hierarchy, exception objects, tracebacks and their printing.
//!
//! Owns: every builtin exception type, `BaseException`'s state (args, traceback entries,
//! cause, context), the special attributes of particular exceptions (`StopIteration.value`,
//! `SystemExit.code`, `SyntaxError`'s location, ...), and printing an uncaught exception the
//! way CPython does (chained causes and contexts). Must not: unwind frames (that is `eval`).

use std::sync::Mutex;

use crate::object::{Payload, PyObj, Value};
use crate::ops;
use crate::types::attrs::InstanceAttrs;
use crate::types::descriptors::add_getset;
use crate::types::native::add_method;
use crate::types::{
    as_type, builtin, none, str::as_str, str::intern, str::new_str, tuple, type_flags, TypeObject,
    TypeSpec,
};
use crate::vm::{PyErr, PyResult, Vm};

/// One traceback entry: where an exception passed through a frame.
#[derive(Clone)]
pub struct TbEntry {
    pub filename: Value,
    pub name: Value,
    pub line: u32,
    /// The index of the instruction that raised or called (`NO_LASTI` when unknown): its
    /// source location gives the `^~~` markers under the source line.
    pub lasti: u32,
    /// The frame's code object and globals (for `tb_frame`).
    pub code: Value,
    pub globals: Value,
}

struct ExcState {
    args: Value,
    /// Innermost frame last.
    traceback: Vec<TbEntry>,
    cause: Option<Value>,
    context: Option<Value>,
    suppress_context: bool,
    /// The `__traceback__` chain last built, and how many entries it covers.
    tb_cache: Option<(usize, Value)>,
    /// An exception group's message and exceptions (a tuple).
    group: Option<(Value, Value)>,
}

/// The payload of every exception instance.
pub struct ExceptionObj {
    state: Mutex<ExcState>,
    pub attrs: InstanceAttrs,
}

impl Payload for ExceptionObj {
    fn class() -> &'static TypeObject {
        builtin().base_exception
    }
}

fn state(e: &Value) -> Option<std::sync::MutexGuard<'_, ExcState>> {
    let x = e.downcast::<ExceptionObj>()?;
    Some(match x.state.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    })
}

/// All builtin exception types.
pub struct ExcTypes {
    pub base_exception: &'static TypeObject,
    pub exception: &'static TypeObject,
    pub type_error: &'static TypeObject,
    pub value_error: &'static TypeObject,
    pub index_error: &'static TypeObject,
    pub key_error: &'static TypeObject,
    pub lookup_error: &'static TypeObject,
    pub attribute_error: &'static TypeObject,
    pub name_error: &'static TypeObject,
    pub unbound_local_error: &'static TypeObject,
    pub zero_division_error: &'static TypeObject,
    pub arithmetic_error: &'static TypeObject,
    pub overflow_error: &'static TypeObject,
    pub runtime_error: &'static TypeObject,
    pub recursion_error: &'static TypeObject,
    pub not_implemented_error: &'static TypeObject,
    pub stop_iteration: &'static TypeObject,
    pub assertion_error: &'static TypeObject,
    pub import_error: &'static TypeObject,
    pub module_not_found_error: &'static TypeObject,
    pub memory_error: &'static TypeObject,
    pub system_exit: &'static TypeObject,
    pub keyboard_interrupt: &'static TypeObject,
    pub generator_exit: &'static TypeObject,
    pub syntax_error: &'static TypeObject,
    pub indentation_error: &'static TypeObject,
    pub tab_error: &'static TypeObject,
    pub os_error: &'static TypeObject,
    pub file_not_found_error: &'static TypeObject,
    pub eof_error: &'static TypeObject,
    pub unicode_error: &'static TypeObject,
    pub unicode_decode_error: &'static TypeObject,
    pub unicode_encode_error: &'static TypeObject,
    pub unicode_translate_error: &'static TypeObject,
    pub floating_point_error: &'static TypeObject,
    pub buffer_error: &'static TypeObject,
    pub warning: &'static TypeObject,
    pub user_warning: &'static TypeObject,
    pub deprecation_warning: &'static TypeObject,
    pub runtime_warning: &'static TypeObject,
    pub syntax_warning: &'static TypeObject,
    pub stop_async_iteration: &'static TypeObject,
    pub permission_error: &'static TypeObject,
    pub file_exists_error: &'static TypeObject,
    pub is_a_directory_error: &'static TypeObject,
    pub not_a_directory_error: &'static TypeObject,
    pub timeout_error: &'static TypeObject,
    pub connection_error: &'static TypeObject,
    pub broken_pipe_error: &'static TypeObject,
    pub child_process_error: &'static TypeObject,
    pub interrupted_error: &'static TypeObject,
    pub process_lookup_error: &'static TypeObject,
    pub blocking_io_error: &'static TypeObject,
    pub reference_error: &'static TypeObject,
    pub future_warning: &'static TypeObject,
    pub import_warning: &'static TypeObject,
    pub unicode_warning: &'static TypeObject,
    pub bytes_warning: &'static TypeObject,
    pub resource_warning: &'static TypeObject,
    pub pending_deprecation_warning: &'static TypeObject,
    pub encoding_warning: &'static TypeObject,
    pub connection_aborted_error: &'static TypeObject,
    pub connection_refused_error: &'static TypeObject,
    pub connection_reset_error: &'static TypeObject,
    pub system_error: &'static TypeObject,
    pub base_exception_group: &'static TypeObject,
    pub exception_group: &'static TypeObject,
}

pub fn make_types(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> ExcTypes {
    let off = std::mem::offset_of!(PyObj<ExceptionObj>, payload)
        + std::mem::offset_of!(ExceptionObj, attrs);
    let e = |name: &'static str, base: &'static TypeObject| {
        let t = mk(TypeSpec::of::<ExceptionObj>(name, Some(base))
            .flags(type_flags::BASETYPE | type_flags::EXCEPTION)
            .attrs_offset(off));
        crate::types::share_layout(t, base_layout_of(base));
        t
    };
    let base_exception = mk(TypeSpec::of::<ExceptionObj>("BaseException", Some(object))
        .flags(type_flags::BASETYPE | type_flags::EXCEPTION)
        .attrs_offset(off));
    base_exception.slots.new.set(Some(exc_new));
    base_exception.slots.init.set(Some(exc_init));
    base_exception.slots.repr.set(Some(exc_repr));
    base_exception.slots.str.set(Some(exc_str));
    let exception = e("Exception", base_exception);
    let arithmetic_error = e("ArithmeticError", exception);
    let lookup_error = e("LookupError", exception);
    let name_error = e("NameError", exception);
    let import_error = e("ImportError", exception);
    let os_error = e("OSError", exception);
    let runtime_error = e("RuntimeError", exception);
    let syntax_error = e("SyntaxError", exception);
    let indentation_error = e("IndentationError", syntax_error);
    let value_error = e("ValueError", exception);
    let unicode_error = e("UnicodeError", value_error);
    let warning = e("Warning", exception);
    let connection_error = e("ConnectionError", os_error);
    let base_exception_group = e("BaseExceptionGroup", base_exception);
    let exception_group = e("ExceptionGroup", base_exception_group);
    {
        // ExceptionGroup(BaseExceptionGroup, Exception): the second base joins the MRO
        // before BaseException.
        // SAFETY: start-up, before the type is visible to any other code.
        let inner = unsafe { exception_group.inner_mut() };
        inner.bases = vec![base_exception_group.to_value(), exception.to_value()];
        inner.mro = vec![
            exception_group.to_value(),
            base_exception_group.to_value(),
            exception.to_value(),
            base_exception.to_value(),
            object.to_value(),
        ];
    }
    ExcTypes {
        system_error: e("SystemError", exception),
        base_exception_group,
        exception_group,
        base_exception,
        exception,
        type_error: e("TypeError", exception),
        value_error,
        index_error: e("IndexError", lookup_error),
        key_error: e("KeyError", lookup_error),
        lookup_error,
        attribute_error: e("AttributeError", exception),
        name_error,
        unbound_local_error: e("UnboundLocalError", name_error),
        zero_division_error: e("ZeroDivisionError", arithmetic_error),
        overflow_error: e("OverflowError", arithmetic_error),
        floating_point_error: e("FloatingPointError", arithmetic_error),
        arithmetic_error,
        recursion_error: e("RecursionError", runtime_error),
        not_implemented_error: e("NotImplementedError", runtime_error),
        runtime_error,
        stop_iteration: e("StopIteration", exception),
        stop_async_iteration: e("StopAsyncIteration", exception),
        assertion_error: e("AssertionError", exception),
        module_not_found_error: e("ModuleNotFoundError", import_error),
        import_error,
        memory_error: e("MemoryError", exception),
        system_exit: e("SystemExit", base_exception),
        keyboard_interrupt: e("KeyboardInterrupt", base_exception),
        generator_exit: e("GeneratorExit", base_exception),
        tab_error: e("TabError", indentation_error),
        indentation_error,
        syntax_error,
        file_not_found_error: e("FileNotFoundError", os_error),
        permission_error: e("PermissionError", os_error),
        file_exists_error: e("FileExistsError", os_error),
        is_a_directory_error: e("IsADirectoryError", os_error),
        not_a_directory_error: e("NotADirectoryError", os_error),
        timeout_error: e("TimeoutError", os_error),
        broken_pipe_error: e("BrokenPipeError", connection_error),
        connection_aborted_error: e("ConnectionAbortedError", connection_error),
        connection_refused_error: e("ConnectionRefusedError", connection_error),
        connection_reset_error: e("ConnectionResetError", connection_error),
        connection_error,
        child_process_error: e("ChildProcessError", os_error),
        interrupted_error: e("InterruptedError", os_error),
        process_lookup_error: e("ProcessLookupError", os_error),
        blocking_io_error: e("BlockingIOError", os_error),
        os_error,
        eof_error: e("EOFError", exception),
        unicode_decode_error: e("UnicodeDecodeError", unicode_error),
        unicode_encode_error: e("UnicodeEncodeError", unicode_error),
        unicode_translate_error: e("UnicodeTranslateError", unicode_error),
        unicode_error,
        buffer_error: e("BufferError", exception),
        reference_error: e("ReferenceError", exception),
        user_warning: e("UserWarning", warning),
        deprecation_warning: e("DeprecationWarning", warning),
        pending_deprecation_warning: e("PendingDeprecationWarning", warning),
        runtime_warning: e("RuntimeWarning", warning),
        syntax_warning: e("SyntaxWarning", warning),
        future_warning: e("FutureWarning", warning),
        import_warning: e("ImportWarning", warning),
        unicode_warning: e("UnicodeWarning", warning),
        bytes_warning: e("BytesWarning", warning),
        resource_warning: e("ResourceWarning", warning),
        encoding_warning: e("EncodingWarning", warning),
        warning,
    }
}

fn base_layout_of(base: &'static TypeObject) -> &'static TypeObject {
    // SAFETY: builtin types' layout pointers point at immortal builtin types.
    unsafe { &*base.layout }
}

/// A new exception instance of type `ty` with `args`.
pub fn new_exception(ty: &TypeObject, args: Vec<Value>) -> Value {
    let e = Value::alloc(
        ty,
        ExceptionObj {
            state: Mutex::new(ExcState {
                args: tuple::new_tuple(args.clone()),
                traceback: Vec::new(),
                tb_cache: None,
                group: None,
                cause: None,
                context: None,
                suppress_context: false,
            }),
            attrs: InstanceAttrs::new(),
        },
    );
    init_special_attrs(&e, &args);
    e
}

fn init_special_attrs(e: &Value, args: &[Value]) {
    let b = builtin();
    let ty = e.ty();
    let first = || args.first().cloned().unwrap_or_else(none::none);
    if ty.is_subtype(b.stop_iteration) {
        set_attr(e, "value", first());
    } else if ty.is_subtype(b.system_exit) {
        let code = match args.len() {
            0 => none::none(),
            1 => first(),
            _ => tuple::new_tuple(args.to_vec()),
        };
        set_attr(e, "code", code);
    } else if ty.is_subtype(b.syntax_error) {
        set_attr(e, "msg", first());
        let detail = args
            .get(1)
            .and_then(|d| tuple::as_tuple(d).map(|t| t.to_vec()));
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (i, n) in names.iter().enumerate() {
            let v = detail
                .as_ref()
                .and_then(|d| d.get(i).cloned())
                .unwrap_or_else(none::none);
            set_attr(e, n, v);
        }
        set_attr(e, "print_file_and_line", none::none());
    } else if ty.is_subtype(b.import_error) {
        set_attr(e, "msg", first());
        set_attr(e, "name", none::none());
        set_attr(e, "path", none::none());
    } else if ty.is_subtype(b.name_error) || ty.is_subtype(b.attribute_error) {
        set_attr(e, "name", none::none());
        if ty.is_subtype(b.attribute_error) {
            set_attr(e, "obj", none::none());
        }
    } else if ty.is_subtype(b.os_error) {
        let (errno, strerror) = if (2..=5).contains(&args.len()) {
            (args[0].clone(), args[1].clone())
        } else {
            (none::none(), none::none())
        };
        set_attr(e, "errno", errno);
        set_attr(e, "strerror", strerror);
        let filename = match args.len() {
            3..=5 => args[2].clone(),
            _ => none::none(),
        };
        let filename2 = match args.len() {
            5 => args[4].clone(),
            _ => none::none(),
        };
        // As in CPython, a filename is not part of `args`.
        if (3..=5).contains(&args.len()) {
            if let Some(mut s) = state(e) {
                s.args = tuple::new_tuple(args[..2].to_vec());
            }
        }
        set_attr(e, "filename", filename);
        set_attr(e, "filename2", filename2);
    }
}

/// The OSError subclass CPython picks for an errno (`OSError(2, ...)` is a
/// FileNotFoundError).
pub fn os_error_subclass(errno: i64) -> &'static TypeObject {
    let b = builtin();
    match errno {
        1 | 13 => b.permission_error,
        2 => b.file_not_found_error,
        3 => b.process_lookup_error,
        4 => b.interrupted_error,
        10 => b.child_process_error,
        11 | 114 | 115 => b.blocking_io_error,
        17 => b.file_exists_error,
        20 => b.not_a_directory_error,
        21 => b.is_a_directory_error,
        32 | 108 => b.broken_pipe_error,
        103 => b.connection_aborted_error,
        104 => b.connection_reset_error,
        110 => b.timeout_error,
        111 => b.connection_refused_error,
        _ => b.os_error,
    }
}

/// Sets an attribute directly in an exception's storage.
pub fn set_attr(e: &Value, name: &str, v: Value) {
    if let Some(x) = e.downcast::<ExceptionObj>() {
        x.attrs.set(e.header(), &intern(name), v);
    }
}

pub fn get_attr(e: &Value, name: &str) -> Option<Value> {
    let x = e.downcast::<ExceptionObj>()?;
    x.attrs.get(e.header(), &intern(name))
}

fn exc_new(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let ty = as_type(cls).ok_or_else(|| vm.type_error("exception class expected"))?;
    let npos = args.len() - kwnames.map_or(0, |k| k.len());
    let mut ty = ty;
    if std::ptr::eq(ty, builtin().os_error) && (2..=5).contains(&npos) {
        if let Some(n) = args[0].as_small_int() {
            ty = os_error_subclass(n);
        }
    }
    Ok(new_exception(ty, args[..npos].to_vec()))
}

fn exc_init(vm: &Vm, e: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<()> {
    let npos = args.len() - kwnames.map_or(0, |k| k.len());
    let b = builtin();
    let ty = e.ty();
    // Keyword arguments CPython's builtin exceptions accept.
    let allowed: &[&str] = if ty.is_subtype(b.attribute_error) {
        &["name", "obj"]
    } else if ty.is_subtype(b.name_error) {
        &["name"]
    } else if ty.is_subtype(b.import_error) {
        &["name", "path"]
    } else {
        &[]
    };
    let mut given = Vec::new();
    for (k, v) in kwnames.unwrap_or(&[]).iter().zip(&args[npos..]) {
        let key = crate::types::str::as_str(k).unwrap_or("");
        if allowed.contains(&key) {
            given.push((key.to_string(), v.clone()));
        } else if !ty.is_heap() {
            return Err(if allowed.is_empty() {
                vm.type_error(format!("{}() takes no keyword arguments", ty.name()))
            } else {
                vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {}()",
                    ty.name()
                ))
            });
        }
    }
    if let Some(mut s) = state(e) {
        s.args = tuple::new_tuple(args[..npos].to_vec());
    }
    init_special_attrs(e, &args[..npos]);
    for (k, v) in given {
        set_attr(e, &k, v);
    }
    Ok(())
}

/// Records an exception group's message and exceptions tuple.
pub fn set_group(e: &Value, message: Value, excs: Value) {
    if let Some(mut s) = state(e) {
        s.group = Some((message, excs));
    }
}

/// An exception group's message and exceptions tuple.
pub fn group_of(e: &Value) -> Option<(Value, Value)> {
    state(e).and_then(|s| s.group.clone())
}

/// `BaseException.__new__` (for exception-group constructors).
pub fn base_new(
    vm: &Vm,
    cls: &Value,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<Value> {
    exc_new(vm, cls, args, kwnames)
}

/// `e.args` as a vector.
pub fn args_of(e: &Value) -> Vec<Value> {
    state(e)
        .and_then(|s| tuple::as_tuple(&s.args).map(|t| t.to_vec()))
        .unwrap_or_default()
}

fn exc_str(vm: &Vm, e: &Value) -> PyResult<Value> {
    let b = builtin();
    let ty = e.ty();
    let args = args_of(e);
    if ty.is_subtype(b.key_error) && args.len() == 1 {
        return ops::repr(vm, &args[0]);
    }
    if ty.is_subtype(b.syntax_error) {
        let msg = get_attr(e, "msg").unwrap_or_else(none::none);
        let msg_s = if none::is_none(&msg) {
            String::new()
        } else {
            ops::str_string(vm, &msg)?
        };
        let filename = get_attr(e, "filename").filter(|f| !none::is_none(f));
        let lineno = get_attr(e, "lineno").filter(|f| !none::is_none(f));
        return Ok(new_str(&match (filename, lineno) {
            (Some(f), Some(l)) => {
                let f = ops::str_string(vm, &f)?;
                let base = std::path::Path::new(&f)
                    .file_name()
                    .map(|s| s.to_string_lossy().to_string())
                    .unwrap_or(f);
                format!("{} ({}, line {})", msg_s, base, ops::str_string(vm, &l)?)
            }
            (Some(f), None) => format!("{} ({})", msg_s, ops::str_string(vm, &f)?),
            (None, Some(l)) => format!("{} (line {})", msg_s, ops::str_string(vm, &l)?),
            (None, None) => msg_s,
        }));
    }
    if ty.is_subtype(b.os_error) {
        let attr = |n| get_attr(e, n).filter(|v| !none::is_none(v));
        if let (Some(errno), Some(strerror)) = (
            get_attr(e, "errno").or_else(|| args.first().cloned()),
            get_attr(e, "strerror").or_else(|| args.get(1).cloned()),
        ) {
            if !none::is_none(&errno) || !none::is_none(&strerror) {
                let errno = ops::str_string(vm, &errno)?;
                let strerror = ops::str_string(vm, &strerror)?;
                return Ok(new_str(&match (attr("filename"), attr("filename2")) {
                    (Some(f), Some(f2)) => format!(
                        "[Errno {}] {}: {} -> {}",
                        errno,
                        strerror,
                        ops::repr_string(vm, &f)?,
                        ops::repr_string(vm, &f2)?
                    ),
                    (Some(f), None) => format!(
                        "[Errno {}] {}: {}",
                        errno,
                        strerror,
                        ops::repr_string(vm, &f)?
                    ),
                    _ => format!("[Errno {errno}] {strerror}"),
                }));
            }
        }
    }
    if (ty.is_subtype(b.unicode_decode_error) || ty.is_subtype(b.unicode_encode_error))
        && args.len() == 5
    {
        if let Some(s) = unicode_error_str(vm, e, &args)? {
            return Ok(new_str(&s));
        }
    }
    match args.len() {
        0 => Ok(new_str("")),
        1 => ops::str_(vm, &args[0]),
        _ => ops::str_(vm, &tuple::new_tuple(args)),
    }
}

/// `str()` of a UnicodeDecodeError/UnicodeEncodeError built from its five arguments.
fn unicode_error_str(vm: &Vm, e: &Value, args: &[Value]) -> PyResult<Option<String>> {
    let enc = ops::str_string(vm, &args[0])?;
    let (Some(start), Some(end)) = (args[2].as_small_int(), args[3].as_small_int()) else {
        return Ok(None);
    };
    let reason = ops::str_string(vm, &args[4])?;
    if e.ty().is_subtype(builtin().unicode_decode_error) {
        let bytes = crate::types::bytes::as_bytes_like(&args[1]);
        if end == start + 1 {
            if let Some(byte) = bytes.as_ref().and_then(|b| b.get(start as usize).copied()) {
                return Ok(Some(format!(
                    "'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
                )));
            }
        }
        return Ok(Some(format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )));
    }
    let text = crate::types::str::as_str(&args[1]).unwrap_or("");
    if end == start + 1 {
        if let Some(ch) = text.chars().nth(start as usize) {
            let c = ch as u32;
            let shown = if c < 0x100 {
                format!("\\x{c:02x}")
            } else if c < 0x10000 {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            return Ok(Some(format!(
                "'{enc}' codec can't encode character '{shown}' in position {start}: {reason}"
            )));
        }
    }
    Ok(Some(format!(
        "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
        end - 1
    )))
}

fn exc_repr(vm: &Vm, e: &Value) -> PyResult<Value> {
    let args = args_of(e);
    let name = e.ty().name().to_string();
    Ok(new_str(&match args.len() {
        1 => format!("{}({})", name, ops::repr_string(vm, &args[0])?),
        _ => format!("{}{}", name, ops::repr_string(vm, &tuple::new_tuple(args))?),
    }))
}

// ---- state used by the eval loop ---------------------------------------------------------

pub fn traceback_len(e: &Value) -> usize {
    state(e).map_or(0, |s| s.traceback.len())
}

/// `TbEntry::lasti` for an entry without a known instruction.
pub const NO_LASTI: u32 = u32::MAX;

pub fn add_traceback(e: &Value, code: &Value, globals: &Value, line: u32, lasti: u32) {
    let Some(co) = code.downcast::<crate::types::function::CodeObject>() else {
        return;
    };
    if let Some(mut s) = state(e) {
        s.traceback.push(TbEntry {
            filename: co.filename.clone(),
            name: co.name.clone(),
            line,
            lasti,
            code: code.clone(),
            globals: globals.clone(),
        });
    }
}

pub fn traceback_entries(e: &Value) -> Vec<TbEntry> {
    state(e).map(|s| s.traceback.clone()).unwrap_or_default()
}

/// What `__traceback__` shows: weft keeps traceback entries inside the exception and
/// builds the chain of traceback objects on demand (cached until an entry is added).
pub fn traceback_value(e: &Value) -> Value {
    let Some(mut s) = state(e) else {
        return none::none();
    };
    if let Some((n, tb)) = &s.tb_cache {
        if *n == s.traceback.len() {
            return tb.clone();
        }
    }
    let tb = crate::types::traceback::chain_from_entries(&s.traceback);
    s.tb_cache = Some((s.traceback.len(), tb.clone()));
    tb
}

/// Replaces the recorded traceback (`__traceback__` assignment, `with_traceback`).
fn set_traceback(vm: &Vm, e: &Value, v: &Value) -> PyResult<()> {
    let entries = if none::is_none(v) {
        Vec::new()
    } else {
        crate::types::traceback::entries_from_chain(v)
            .ok_or_else(|| vm.type_error("__traceback__ must be a traceback or None"))?
    };
    if let Some(mut s) = state(e) {
        s.traceback = entries;
        s.tb_cache = None;
    }
    Ok(())
}

pub fn set_context_if_unset(e: &Value, ctx: Value) {
    // Avoid making a cycle: ctx must not already lead back to e.
    let mut cur = Some(ctx.clone());
    let mut steps = 0;
    while let Some(c) = cur {
        if c.is(e) || steps > 100 {
            return;
        }
        cur = state(&c).and_then(|s| s.context.clone());
        steps += 1;
    }
    if let Some(mut s) = state(e) {
        if s.context.is_none() {
            s.context = Some(ctx);
        }
    }
}

pub fn context_of(e: &Value) -> Option<Value> {
    state(e).and_then(|s| s.context.clone())
}

pub fn cause_of(e: &Value) -> Option<Value> {
    state(e).and_then(|s| s.cause.clone())
}

/// `raise X from Y`: sets the cause (None suppresses the context).
pub fn set_cause(vm: &Vm, e: &Value, cause: Value) -> PyResult<()> {
    let cause = if none::is_none(&cause) {
        None
    } else if let Some(t) = as_type(&cause) {
        if !t.is_subtype(builtin().base_exception) {
            return Err(vm.type_error("exception causes must derive from BaseException"));
        }
        Some(ops::call0(vm, &cause)?)
    } else if cause.ty().is_subtype(builtin().base_exception) {
        Some(cause)
    } else {
        return Err(vm.type_error("exception causes must derive from BaseException"));
    };
    if let Some(mut s) = state(e) {
        s.cause = cause;
        s.suppress_context = true;
    }
    Ok(())
}

/// `raise X`: instantiates a class, checks the type.
pub fn make_raisable(vm: &Vm, v: Value) -> PyResult<PyErr> {
    if let Some(t) = as_type(&v) {
        if t.is_subtype(builtin().base_exception) {
            let e = ops::call0(vm, &v)?;
            if !e.ty().is_subtype(builtin().base_exception) {
                return Err(vm.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    ops::repr_string(vm, &v)?,
                    e.ty().name()
                )));
            }
            return Ok(PyErr(e));
        }
    } else if v.ty().is_subtype(builtin().base_exception) {
        return Ok(PyErr(v));
    }
    Err(vm.type_error("exceptions must derive from BaseException"))
}

/// `except T:` matching, with CPython's check that T is an exception class or tuple.
pub fn exception_matches(vm: &Vm, e: &Value, t: &Value) -> PyResult<bool> {
    if let Some(items) = tuple::as_tuple(t) {
        for it in items {
            if exception_matches(vm, e, it)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match as_type(t) {
        Some(ty) if ty.is_subtype(builtin().base_exception) => Ok(e.ty().is_subtype(ty)),
        _ => Err(
            vm.type_error("catching classes that do not inherit from BaseException is not allowed")
        ),
    }
}

// ---- printing ----------------------------------------------------------------------------

pub fn source_line(filename: &str, line: u32) -> Option<String> {
    raw_source_line(filename, line).map(|l| l.trim().to_string())
}

/// Line `line` (1-based) of `filename` as written, without its line ending.
pub fn raw_source_line(filename: &str, line: u32) -> Option<String> {
    let text = match crate::modules::stdlib::source_for_filename(filename) {
        Some(t) => t,
        None => std::fs::read_to_string(filename).ok()?,
    };
    text.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(|l| l.to_string())
}

/// The source location of the instruction a traceback entry points at.
pub fn entry_location(entry: &TbEntry) -> Option<crate::bytecode::Location> {
    location_at(&entry.code, entry.lasti)
}

/// The source location of instruction `lasti` of code object `code`.
pub fn location_at(code: &Value, lasti: u32) -> Option<crate::bytecode::Location> {
    let co = code.downcast::<crate::types::function::CodeObject>()?;
    co.unit.locations.get(lasti as usize).copied()
}

/// The last line CPython prints for an exception: `Type: message`.
pub fn format_exception_only(vm: &Vm, e: &Value) -> String {
    let ty = e.ty();
    let mut name = ty.inner().qualname.clone();
    if ty.is_heap() {
        if let Some(m) = crate::types::dict::dict_get_str(ty.dict(), &intern("__module__")) {
            if let Some(m) = as_str(&m) {
                if m != "__main__" && m != "builtins" {
                    name = format!("{m}.{name}");
                }
            }
        }
    }
    let msg = match ops::str_string(vm, e) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if ty.is_subtype(builtin().syntax_error) {
        return format_syntax_error(vm, e, &name);
    }
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

fn format_syntax_error(vm: &Vm, e: &Value, name: &str) -> String {
    let mut out = String::new();
    let filename = get_attr(e, "filename").filter(|f| !none::is_none(f));
    let lineno = get_attr(e, "lineno").and_then(|l| l.as_small_int());
    if let (Some(f), Some(l)) = (&filename, lineno) {
        let f = ops::str_string(vm, f).unwrap_or_default();
        out.push_str(&format!("  File \"{f}\", line {l}\n"));
        let text = get_attr(e, "text")
            .filter(|t| !none::is_none(t))
            .and_then(|t| as_str(&t).map(|s| s.to_string()));
        if let Some(text) = text {
            let line = text.trim_end_matches(['\n', '\r']);
            let stripped = line.trim_start();
            let indent = line.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {stripped}\n"));
            let offset = get_attr(e, "offset")
                .and_then(|o| o.as_small_int())
                .unwrap_or(0);
            let end = get_attr(e, "end_offset")
                .and_then(|o| o.as_small_int())
                .unwrap_or(0);
            let end_line = get_attr(e, "end_lineno")
                .and_then(|o| o.as_small_int())
                .unwrap_or(l);
            if offset >= 1 {
                let col = (offset as usize - 1).saturating_sub(indent);
                let width = if end_line == l && end > offset {
                    (end - offset) as usize
                } else {
                    1
                };
                let width = width.min(stripped.chars().count().saturating_sub(col).max(1));
                out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
            }
        }
    }
    let msg = get_attr(e, "msg")
        .filter(|m| !none::is_none(m))
        .map(|m| ops::str_string(vm, &m).unwrap_or_default())
        .unwrap_or_default();
    out.push_str(&format!("{name}: {msg}"));
    out
}

/// Renders an uncaught exception, with its causes and contexts, as CPython prints it.
pub fn format_exception(vm: &Vm, e: &Value) -> String {
    let mut out = String::new();
    format_chain(vm, e, &mut out, &mut Vec::new());
    out
}

fn format_chain(vm: &Vm, e: &Value, out: &mut String, seen: &mut Vec<usize>) {
    if seen.contains(&e.bits()) || seen.len() > 100 {
        return;
    }
    seen.push(e.bits());
    let (cause, context, suppress) = match state(e) {
        Some(s) => (s.cause.clone(), s.context.clone(), s.suppress_context),
        None => (None, None, false),
    };
    if let Some(c) = cause {
        format_chain(vm, &c, out, seen);
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if let (Some(c), false) = (context, suppress) {
        format_chain(vm, &c, out, seen);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    let tb = traceback_entries(e);
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        // Like CPython, a run of more than three identical entries (recursion) prints
        // three of them and a "[Previous line repeated N more times]" line.
        let mut last: Option<(&str, u32, &str)> = None;
        let mut count = 0usize;
        let repeated = |out: &mut String, count: usize| {
            if count > 3 {
                let n = count - 3;
                let s = if n > 1 { "s" } else { "" };
                out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
            }
        };
        for entry in tb.iter().rev() {
            let f = as_str(&entry.filename).unwrap_or("?");
            let n = as_str(&entry.name).unwrap_or("?");
            let key = (f, entry.line, n);
            if last != Some(key) {
                repeated(out, count);
                last = Some(key);
                count = 0;
            }
            count += 1;
            if count > 3 {
                continue;
            }
            out.push_str(&format!("  File \"{f}\", line {}, in {n}\n", entry.line));
            if let Some(raw) = raw_source_line(f, entry.line) {
                let src = raw.trim();
                if !src.is_empty() {
                    out.push_str(&format!("    {src}\n"));
                    if let Some(markers) = entry_location(entry)
                        .and_then(|loc| crate::types::carets::caret_line(&raw, loc))
                    {
                        out.push_str(&markers);
                        out.push('\n');
                    }
                }
            }
        }
        repeated(out, count);
    }
    out.push_str(&format_exception_only(vm, e));
    out.push('\n');
    if let Some(notes) = get_attr(e, "__notes__") {
        if let Some(l) = crate::types::list::as_list(&notes) {
            for n in l.snapshot() {
                out.push_str(&ops::str_string(vm, &n).unwrap_or_default());
                out.push('\n');
            }
        }
    }
}

// ---- attributes ----------------------------------------------------------------------------

fn g_args(_vm: &Vm, e: &Value) -> PyResult<Value> {
    Ok(state(e)
        .map(|s| s.args.clone())
        .unwrap_or_else(|| tuple::new_tuple(vec![])))
}
fn s_args(vm: &Vm, e: &Value, v: Option<Value>) -> PyResult<()> {
    let v = v.ok_or_else(|| vm.type_error("args may not be deleted"))?;
    let t = tuple::new_tuple(ops::collect(vm, &v)?);
    if let Some(mut s) = state(e) {
        s.args = t;
    }
    Ok(())
}
fn g_cause(_vm: &Vm, e: &Value) -> PyResult<Value> {
    Ok(cause_of(e).unwrap_or_else(none::none))
}
fn s_cause(vm: &Vm, e: &Value, v: Option<Value>) -> PyResult<()> {
    let v = v.unwrap_or_else(none::none);
    if !none::is_none(&v) && !v.ty().is_subtype(builtin().base_exception) {
        return Err(vm.type_error("exception cause must be None or derive from BaseException"));
    }
    if let Some(mut s) = state(e) {
        s.cause = if none::is_none(&v) { None } else { Some(v) };
        s.suppress_context = true;
    }
    Ok(())
}
fn g_context(_vm: &Vm, e: &Value) -> PyResult<Value> {
    Ok(context_of(e).unwrap_or_else(none::none))
}
fn s_context(_vm: &Vm, e: &Value, v: Option<Value>) -> PyResult<()> {
    let v = v.unwrap_or_else(none::none);
    if let Some(mut s) = state(e) {
        s.context = if none::is_none(&v) { None } else { Some(v) };
    }
    Ok(())
}
fn g_suppress(_vm: &Vm, e: &Value) -> PyResult<Value> {
    Ok(crate::types::int::new_bool(
        state(e).is_some_and(|s| s.suppress_context),
    ))
}
fn s_suppress(vm: &Vm, e: &Value, v: Option<Value>) -> PyResult<()> {
    let b = match v {
        Some(v) => ops::truthy(vm, &v)?,
        None => false,
    };
    if let Some(mut s) = state(e) {
        s.suppress_context = b;
    }
    Ok(())
}
fn g_traceback(_vm: &Vm, e: &Value) -> PyResult<Value> {
    Ok(traceback_value(e))
}
fn s_traceback(vm: &Vm, e: &Value, v: Option<Value>) -> PyResult<()> {
    match v {
        Some(v) => set_traceback(vm, e, &v),
        None => Err(vm.type_error("__traceback__ may not be deleted")),
    }
}

fn with_traceback(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::check_count(vm, "with_traceback", args.len(), 2, 2)?;
    set_traceback(vm, &args[0], &args[1])?;
    Ok(args[0].clone())
}

fn add_note(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::check_count(vm, "add_note", args.len(), 2, 2)?;
    if as_str(&args[1]).is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", args[1].ty().name())));
    }
    let notes = match get_attr(&args[0], "__notes__") {
        Some(n) => n,
        None => {
            let l = crate::types::list::new_list(Vec::new());
            set_attr(&args[0], "__notes__", l.clone());
            l
        }
    };
    match crate::types::list::as_list(&notes) {
        Some(l) => l.push(args[1].clone()),
        None => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(none::none())
}

pub fn init_methods() {
    let b = builtin();
    let be = b.base_exception;
    add_getset(be, "args", g_args, Some(s_args));
    add_getset(be, "__cause__", g_cause, Some(s_cause));
    add_getset(be, "__context__", g_context, Some(s_context));
    add_getset(be, "__suppress_context__", g_suppress, Some(s_suppress));
    add_getset(be, "__traceback__", g_traceback, Some(s_traceback));
    add_method(be, "with_traceback", with_traceback);
    add_method(be, "add_note", add_note);
}
