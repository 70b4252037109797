//! The `sys` module and the process's standard streams.
//!
//! Owns: `sys` attributes and functions, and the buffered writers behind `sys.stdout` and
//! `sys.stderr` (stdout is flushed before anything goes to stderr, at exit, and when it
//! grows, so output interleaves as in CPython). Must not: format tracebacks (exceptions).

use std::io::Write;
use std::sync::atomic::Ordering;
use std::sync::Mutex;

use crate::object::{Payload, Value};
use crate::ops;
use crate::types::native::{add_function, add_method, check_count, NativeFn};
use crate::types::{
    builtin, dict, int, list, module, none, str as pystr, tuple, TypeObject, TypeSpec,
};
use crate::vm::{PyResult, Vm};

static STDOUT_BUF: Mutex<Vec<u8>> = Mutex::new(Vec::new());

const STDOUT_LIMIT: usize = 1 << 16;

fn stdout_is_tty() -> bool {
    use std::io::IsTerminal;
    static TTY: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *TTY.get_or_init(|| std::io::stdout().is_terminal())
}

/// Writes to the process's stdout through weft's buffer.
pub fn write_stdout(vm: &Vm, s: &str, flush: bool) -> PyResult<()> {
    let mut buf = match STDOUT_BUF.lock() {
        Ok(b) => b,
        Err(p) => p.into_inner(),
    };
    buf.extend_from_slice(s.as_bytes());
    if flush || buf.len() >= STDOUT_LIMIT || (stdout_is_tty() && s.contains('\n')) {
        let data = std::mem::take(&mut *buf);
        drop(buf);
        let mut out = std::io::stdout().lock();
        if out.write_all(&data).and_then(|_| out.flush()).is_err() {
            return Err(vm.new_error(builtin().broken_pipe_error, "[Errno 32] Broken pipe"));
        }
    }
    Ok(())
}

/// `sys.stdout` when a program has replaced it (e.g. `contextlib.redirect_stdout`): the
/// object `print` must write to. None while it is weft's own stdout stream.
pub fn redirected_stdout(vm: &Vm) -> PyResult<Option<Value>> {
    let modules = &crate::vm::runtime().modules;
    let Some(sys) = dict::dict_get_str(modules, &crate::types::str::intern("sys")) else {
        return Ok(None);
    };
    let out = crate::ops::getattr_str(vm, &sys, "stdout")?;
    if out.downcast::<StreamObj>().is_some_and(|s| s.fd == 1) {
        return Ok(None);
    }
    Ok(Some(out))
}

/// Flushes weft's stdout buffer (before stderr output and at exit).
pub fn flush_stdout() {
    let data = match STDOUT_BUF.lock() {
        Ok(mut b) => std::mem::take(&mut *b),
        Err(p) => std::mem::take(&mut *p.into_inner()),
    };
    if !data.is_empty() {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&data);
        let _ = out.flush();
    }
}

/// Writes to stderr, after flushing stdout.
pub fn write_stderr(s: &str) {
    flush_stdout();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(s.as_bytes());
    let _ = err.flush();
}

/// `sys.stdout`/`sys.stderr`: a text stream over a file descriptor.
pub struct StreamObj {
    pub fd: i32,
}

impl Payload for StreamObj {
    fn class() -> &'static TypeObject {
        stream_type()
    }
}

fn stream_type() -> &'static TypeObject {
    static T: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let p = *T.get_or_init(|| {
        let t = crate::types::new_builtin_type(TypeSpec::of::<StreamObj>(
            "TextIOWrapper",
            Some(builtin().object),
        ));
        t.header.ty.store(
            builtin().type_ as *const TypeObject as *mut TypeObject,
            Ordering::Relaxed,
        );
        // SAFETY: the new type is not shared yet.
        unsafe { t.inner_mut() }.dict = dict::new_dict();
        add_method(t, "write", stream_write);
        add_method(t, "flush", stream_flush);
        add_method(t, "isatty", stream_isatty);
        add_method(t, "fileno", stream_fileno);
        add_method(t, "readline", stream_readline);
        add_method(t, "read", stream_read);
        t as *const TypeObject as usize
    });
    // SAFETY: leaked immortal type created once above.
    unsafe { &*(p as *const TypeObject) }
}

fn stream(vm: &Vm, v: &Value) -> PyResult<i32> {
    v.downcast::<StreamObj>()
        .map(|s| s.fd)
        .ok_or_else(|| vm.type_error("expected a stream"))
}

fn stream_write(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "write", args.len(), 2, 2)?;
    let fd = stream(vm, &args[0])?;
    let s = pystr::as_str(&args[1]).ok_or_else(|| {
        vm.type_error(format!(
            "write() argument must be str, not {}",
            args[1].ty().name()
        ))
    })?;
    match fd {
        1 => write_stdout(vm, s, false)?,
        2 => write_stderr(s),
        _ => return Err(vm.value_error("stream is not writable")),
    }
    Ok(int::new_int(s.chars().count() as i64))
}

fn stream_flush(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "flush", args.len(), 1, 1)?;
    if stream(vm, &args[0])? == 1 {
        write_stdout(vm, "", true)?;
    }
    Ok(none::none())
}

fn stream_isatty(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "isatty", args.len(), 1, 1)?;
    use std::io::IsTerminal;
    let fd = stream(vm, &args[0])?;
    Ok(int::new_bool(match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }))
}

fn stream_fileno(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "fileno", args.len(), 1, 1)?;
    Ok(int::new_int(stream(vm, &args[0])? as i64))
}

fn stream_readline(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "readline", args.len(), 1, 2)?;
    if stream(vm, &args[0])? != 0 {
        return Err(vm.value_error("stream is not readable"));
    }
    flush_stdout();
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    Ok(pystr::new_string(line))
}

fn stream_read(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "read", args.len(), 1, 2)?;
    if stream(vm, &args[0])? != 0 {
        return Err(vm.value_error("stream is not readable"));
    }
    flush_stdout();
    let mut s = String::new();
    let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
    Ok(pystr::new_string(s))
}

fn set(d: &Value, name: &'static str, f: NativeFn) {
    add_function(d, "sys", name, f);
}

pub fn init(vm: &Vm, d: &Value) -> PyResult<()> {
    let o = &vm.rt.options;
    let argv: Vec<Value> = o.argv.iter().map(|a| pystr::new_str(a)).collect();
    dict::dict_set_str(d, "argv", list::new_list(argv));
    let mut path = vec![pystr::new_str(o.script_dir.as_deref().unwrap_or(""))];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for p in pp.split(':').filter(|p| !p.is_empty()) {
            path.push(pystr::new_str(p));
        }
    }
    dict::dict_set_str(d, "path", list::new_list(path));
    dict::dict_set_str(d, "modules", vm.rt.modules.clone());
    dict::dict_set_str(d, "maxsize", int::new_int(i64::MAX));
    dict::dict_set_str(d, "maxunicode", int::new_int(0x10ffff));
    dict::dict_set_str(
        d,
        "byteorder",
        pystr::new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    dict::dict_set_str(d, "platform", pystr::new_str("linux"));
    dict::dict_set_str(d, "version", pystr::new_str("3.11.7 (weft 0.1)"));
    dict::dict_set_str(
        d,
        "version_info",
        tuple::new_tuple(vec![
            int::new_int(3),
            int::new_int(11),
            int::new_int(7),
            pystr::new_str("final"),
            int::new_int(0),
        ]),
    );
    dict::dict_set_str(d, "hexversion", int::new_int(0x030b07f0));
    dict::dict_set_str(
        d,
        "executable",
        pystr::new_str(
            &std::env::current_exe()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default(),
        ),
    );
    dict::dict_set_str(
        d,
        "copyright",
        pystr::new_str("weft: a free-threaded Python VM"),
    );
    let imp = module::new_module("implementation");
    let id = module::module_dict(&imp);
    dict::dict_set_str(&id, "name", pystr::new_str("weft"));
    dict::dict_set_str(&id, "cache_tag", none::none());
    dict::dict_set_str(
        &id,
        "version",
        tuple::new_tuple(vec![
            int::new_int(0),
            int::new_int(1),
            int::new_int(0),
            pystr::new_str("alpha"),
            int::new_int(0),
        ]),
    );
    dict::dict_set_str(d, "implementation", imp);
    let stdin = Value::alloc(stream_type(), StreamObj { fd: 0 });
    let stdout = Value::alloc(stream_type(), StreamObj { fd: 1 });
    let stderr = Value::alloc(stream_type(), StreamObj { fd: 2 });
    dict::dict_set_str(d, "stdin", stdin.clone());
    dict::dict_set_str(d, "stdout", stdout.clone());
    dict::dict_set_str(d, "stderr", stderr.clone());
    dict::dict_set_str(d, "__stdin__", stdin);
    dict::dict_set_str(d, "__stdout__", stdout);
    dict::dict_set_str(d, "__stderr__", stderr);
    set(d, "exit", exit);
    set(d, "getrecursionlimit", getrecursionlimit);
    set(d, "setrecursionlimit", setrecursionlimit);
    set(d, "intern", intern);
    set(d, "_is_gil_enabled", is_gil_enabled);
    set(d, "getrefcount", getrefcount);
    set(d, "exc_info", exc_info);
    set(d, "exception", exception);
    set(d, "getdefaultencoding", getdefaultencoding);
    set(d, "set_int_max_str_digits", set_int_max_str_digits);
    set(d, "get_int_max_str_digits", get_int_max_str_digits);
    set(d, "getswitchinterval", getswitchinterval);
    Ok(())
}

fn exit(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "exit", args.len(), 0, 1)?;
    Err(vm.new_error_args(builtin().system_exit, args.to_vec()))
}

fn getrecursionlimit(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "getrecursionlimit", args.len(), 0, 0)?;
    Ok(int::new_int(
        vm.rt.recursion_limit.load(Ordering::Relaxed) as i64
    ))
}

fn setrecursionlimit(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "setrecursionlimit", args.len(), 1, 1)?;
    if crate::types::float::as_float(&args[0]).is_some() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = ops::to_isize(vm, &args[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let n = n.min(u32::MAX as isize) as u32;
    if n <= vm.depth() {
        return Err(vm.new_error(
            builtin().recursion_error,
            format!(
                "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                n,
                vm.depth()
            ),
        ));
    }
    vm.rt.recursion_limit.store(n, Ordering::Relaxed);
    Ok(none::none())
}

fn intern(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "intern", args.len(), 1, 1)?;
    if !args[0].is_exact(builtin().str) {
        return Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            args[0].ty().name()
        )));
    }
    Ok(pystr::intern_value(&args[0]))
}

fn is_gil_enabled(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "_is_gil_enabled", args.len(), 0, 0)?;
    Ok(int::new_bool(
        vm.rt.options.thread_mode == crate::vm::ThreadMode::Gil,
    ))
}

fn getrefcount(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "getrefcount", args.len(), 1, 1)?;
    if args[0].is_small_int() {
        return Ok(int::new_int(u32::MAX as i64));
    }
    let n = args[0].header().refcount();
    Ok(int::new_int(if n == isize::MAX {
        u32::MAX as i64
    } else {
        n as i64
    }))
}

fn exc_info(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "exc_info", args.len(), 0, 0)?;
    let cur = vm.handled.borrow().last().cloned();
    Ok(match cur {
        Some(e) => tuple::new_tuple(vec![
            e.ty().to_value(),
            e.clone(),
            crate::types::exceptions::traceback_value(&e),
        ]),
        None => tuple::new_tuple(vec![none::none(), none::none(), none::none()]),
    })
}

fn exception(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "exception", args.len(), 0, 0)?;
    Ok(vm
        .handled
        .borrow()
        .last()
        .cloned()
        .unwrap_or_else(none::none))
}

fn getdefaultencoding(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "getdefaultencoding", args.len(), 0, 0)?;
    Ok(pystr::new_str("utf-8"))
}

fn set_int_max_str_digits(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "set_int_max_str_digits", args.len(), 1, 1)?;
    let n = ops::to_isize(vm, &args[0])?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::numeric::set_int_max_str_digits(n as usize);
    Ok(none::none())
}

fn get_int_max_str_digits(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "get_int_max_str_digits", args.len(), 0, 0)?;
    Ok(int::new_int(crate::numeric::int_max_str_digits() as i64))
}

fn getswitchinterval(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "getswitchinterval", args.len(), 0, 0)?;
    Ok(crate::types::float::new_float(0.005))
}
