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
        // A write to a pipe may block: detach (release the GIL) around it. The buffer stays
        // locked meanwhile, so flushes from several threads keep their order.
        let written = crate::thread::blocking(|| {
            let mut out = std::io::stdout().lock();
            out.write_all(&data).and_then(|_| out.flush())
        });
        drop(buf);
        if written.is_err() {
            return Err(vm.new_error(builtin().broken_pipe_error, "[Errno 32] Broken pipe"));
        }
    }
    Ok(())
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

/// `sys.stdin`/`sys.stdout`/`sys.stderr` (text, `binary == false`) and their `.buffer`
/// objects (binary): streams over the process's standard file descriptors. stdout goes
/// through weft's buffer; stdin through Rust's (shared by `input()`).
pub struct StreamObj {
    pub fd: i32,
    pub binary: bool,
}

impl Payload for StreamObj {
    fn class() -> &'static TypeObject {
        stream_type()
    }
}

fn new_stream_type(name: &'static str) -> &'static TypeObject {
    let t = crate::types::new_builtin_type(TypeSpec::of::<StreamObj>(name, Some(builtin().object)));
    t.header.ty.store(
        builtin().type_ as *const TypeObject as *mut TypeObject,
        Ordering::Relaxed,
    );
    // SAFETY: the new type is not shared yet.
    unsafe { t.inner_mut() }.dict = dict::new_dict();
    t.slots.iter.set(Some(stream_iter));
    t.slots.next.set(Some(stream_next));
    crate::types::native::add_slot_wrappers(t);
    add_method(t, "write", stream_write);
    add_method(t, "writelines", stream_writelines);
    add_method(t, "flush", stream_flush);
    add_method(t, "isatty", stream_isatty);
    add_method(t, "fileno", stream_fileno);
    add_method(t, "readline", stream_readline);
    add_method(t, "readlines", stream_readlines);
    add_method(t, "read", stream_read);
    add_method(t, "readable", stream_readable);
    add_method(t, "writable", stream_writable);
    add_method(t, "seekable", stream_false);
    add_method(t, "close", stream_flush);
    add_method(t, "__enter__", stream_enter);
    add_method(t, "__exit__", stream_exit);
    use crate::types::descriptors::add_getset;
    add_getset(
        t,
        "name",
        |_vm, v| {
            Ok(pystr::new_str(match stream_fd(v) {
                0 => "<stdin>",
                1 => "<stdout>",
                _ => "<stderr>",
            }))
        },
        None,
    );
    add_getset(
        t,
        "mode",
        |_vm, v| {
            let bin = v.downcast::<StreamObj>().is_some_and(|s| s.binary);
            Ok(pystr::new_str(match (stream_fd(v), bin) {
                (0, false) => "r",
                (0, true) => "rb",
                (_, false) => "w",
                (_, true) => "wb",
            }))
        },
        None,
    );
    add_getset(t, "closed", |_vm, _v| Ok(int::new_bool(false)), None);
    t
}

fn text_stream_type() -> &'static TypeObject {
    static T: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let p = *T.get_or_init(|| {
        let t = new_stream_type("TextIOWrapper");
        use crate::types::descriptors::add_getset;
        add_getset(t, "encoding", |_vm, _v| Ok(pystr::new_str("utf-8")), None);
        add_getset(
            t,
            "errors",
            |_vm, v| {
                Ok(pystr::new_str(if stream_fd(v) == 2 {
                    "backslashreplace"
                } else {
                    "strict"
                }))
            },
            None,
        );
        add_getset(t, "newlines", |_vm, _v| Ok(none::none()), None);
        add_getset(
            t,
            "line_buffering",
            |_vm, v| {
                Ok(int::new_bool(
                    stream_fd(v) != 0 && stream_is_tty(stream_fd(v)),
                ))
            },
            None,
        );
        add_getset(
            t,
            "buffer",
            |_vm, v| {
                Ok(Value::alloc(
                    binary_stream_type(),
                    StreamObj {
                        fd: stream_fd(v),
                        binary: true,
                    },
                ))
            },
            None,
        );
        t as *const TypeObject as usize
    });
    // SAFETY: leaked immortal type created once above.
    unsafe { &*(p as *const TypeObject) }
}

fn binary_stream_type() -> &'static TypeObject {
    static T: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let p = *T.get_or_init(|| {
        let t = new_stream_type("BufferedStream");
        // Same payload as the text streams, so `downcast::<StreamObj>` accepts both.
        crate::types::share_layout(t, text_stream_type());
        t as *const TypeObject as usize
    });
    // SAFETY: leaked immortal type created once above.
    unsafe { &*(p as *const TypeObject) }
}

fn stream_type() -> &'static TypeObject {
    text_stream_type()
}

fn stream_fd(v: &Value) -> i32 {
    v.downcast::<StreamObj>().map_or(1, |s| s.fd)
}

fn stream_is_tty(fd: i32) -> bool {
    use std::io::IsTerminal;
    match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }
}

fn stream(vm: &Vm, v: &Value) -> PyResult<(i32, bool)> {
    v.downcast::<StreamObj>()
        .map(|s| (s.fd, s.binary))
        .ok_or_else(|| vm.type_error("expected a stream"))
}

fn unsupported(vm: &Vm, what: &str) -> crate::vm::PyErr {
    // io.UnsupportedOperation when io is importable, else OSError.
    let ty = crate::modules::import_module(vm, "io")
        .ok()
        .and_then(|io| ops::getattr_str(vm, &io, "UnsupportedOperation").ok());
    match ty {
        Some(t) => match ops::call1(vm, &t, pystr::new_str(what)) {
            Ok(e) => crate::vm::PyErr(e),
            Err(e) => e,
        },
        None => vm.new_error(builtin().os_error, what),
    }
}

/// `sys.stdout` when a program replaced it with another object (None for weft's own
/// stream, which `print` writes to directly).
pub fn replaced_stdout(vm: &Vm) -> Option<Value> {
    let sysm = dict::dict_get_str(&vm.rt.modules, &pystr::intern("sys"))?;
    let out = dict::dict_get_str(&module::module_dict(&sysm), &pystr::intern("stdout"))?;
    match out.downcast::<StreamObj>() {
        Some(s) if s.fd == 1 && !s.binary => None,
        _ => Some(out),
    }
}

/// The descriptor of one of weft's own writable text streams (1 or 2), for `print`'s
/// fast path.
pub fn native_text_stream_fd(v: &Value) -> Option<i32> {
    match v.downcast_exact::<StreamObj>() {
        Some(s) if !s.binary && s.fd != 0 => Some(s.fd),
        _ => None,
    }
}

/// `sys.stdin` when a program replaced it (None for weft's own stream).
pub fn replaced_stdin(vm: &Vm) -> Option<Value> {
    let sysm = dict::dict_get_str(&vm.rt.modules, &pystr::intern("sys"))?;
    let inp = dict::dict_get_str(&module::module_dict(&sysm), &pystr::intern("stdin"))?;
    match inp.downcast::<StreamObj>() {
        Some(s) if s.fd == 0 && !s.binary => None,
        _ => Some(inp),
    }
}

fn write_fd_bytes(vm: &Vm, fd: i32, data: &[u8]) -> PyResult<()> {
    match fd {
        1 => {
            // Bytes go through the same buffer so text and binary output interleave.
            let mut buf = match STDOUT_BUF.lock() {
                Ok(b) => b,
                Err(p) => p.into_inner(),
            };
            buf.extend_from_slice(data);
            let big = buf.len() >= STDOUT_LIMIT;
            drop(buf);
            if big {
                write_stdout(vm, "", true)?;
            }
            Ok(())
        }
        _ => {
            flush_stdout();
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(data);
            let _ = err.flush();
            Ok(())
        }
    }
}

fn stream_write(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "write", args.len(), 2, 2)?;
    let (fd, binary) = stream(vm, &args[0])?;
    if fd == 0 {
        return Err(unsupported(vm, "not writable"));
    }
    if binary {
        let data = crate::types::bytes::as_bytes_like(&args[1]).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                args[1].ty().name()
            ))
        })?;
        write_fd_bytes(vm, fd, &data)?;
        return Ok(int::new_int(data.len() as i64));
    }
    let s = pystr::as_str(&args[1]).ok_or_else(|| {
        vm.type_error(format!(
            "write() argument must be str, not {}",
            args[1].ty().name()
        ))
    })?;
    match fd {
        1 => write_stdout(vm, s, false)?,
        _ => write_stderr(s),
    }
    Ok(int::new_int(s.chars().count() as i64))
}

fn stream_writelines(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "writelines", args.len(), 2, 2)?;
    for line in ops::collect(vm, &args[1])? {
        stream_write(vm, &[args[0].clone(), line], None)?;
    }
    Ok(none::none())
}

fn stream_flush(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "flush", args.len(), 1, 1)?;
    if stream(vm, &args[0])?.0 == 1 {
        write_stdout(vm, "", true)?;
    }
    Ok(none::none())
}

fn stream_enter(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "__enter__", args.len(), 1, 1)?;
    Ok(args[0].clone())
}

fn stream_exit(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    stream_flush(vm, &args[..1], None)
}

fn stream_isatty(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "isatty", args.len(), 1, 1)?;
    Ok(int::new_bool(stream_is_tty(stream(vm, &args[0])?.0)))
}

fn stream_readable(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "readable", args.len(), 1, 1)?;
    Ok(int::new_bool(stream(vm, &args[0])?.0 == 0))
}

fn stream_writable(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "writable", args.len(), 1, 1)?;
    Ok(int::new_bool(stream(vm, &args[0])?.0 != 0))
}

fn stream_false(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "seekable", args.len(), 1, 1)?;
    Ok(int::new_bool(false))
}

fn stream_fileno(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "fileno", args.len(), 1, 1)?;
    Ok(int::new_int(stream(vm, &args[0])?.0 as i64))
}

/// Reads one line (with its newline) from stdin; empty at end of input.
pub fn read_stdin_line(vm: &Vm, limit: Option<usize>) -> PyResult<Vec<u8>> {
    flush_stdout();
    let mut line = Vec::new();
    let r = crate::thread::blocking(|| {
        use std::io::BufRead;
        let mut inp = std::io::stdin().lock();
        match limit {
            None => inp.read_until(b'\n', &mut line).map(|_| ()),
            Some(n) => {
                while line.len() < n {
                    let buf = inp.fill_buf()?;
                    if buf.is_empty() {
                        break;
                    }
                    let want = n - line.len();
                    let take = match buf.iter().take(want).position(|&b| b == b'\n') {
                        Some(i) => i + 1,
                        None => buf.len().min(want),
                    };
                    line.extend_from_slice(&buf[..take]);
                    let done = line.last() == Some(&b'\n');
                    inp.consume(take);
                    if done {
                        break;
                    }
                }
                Ok(())
            }
        }
    });
    r.map_err(|e| super::posix::io_error(vm, &e, None))?;
    Ok(line)
}

fn stdin_result(vm: &Vm, binary: bool, data: Vec<u8>) -> PyResult<Value> {
    if binary {
        return Ok(crate::types::bytes::new_bytes(data));
    }
    match String::from_utf8(data) {
        // Universal newlines, as CPython's text stdin.
        Ok(s) if s.contains('\r') => Ok(pystr::new_string(s.replace("\r\n", "\n"))),
        Ok(s) => Ok(pystr::new_string(s)),
        Err(e) => {
            let bytes = crate::types::bytes::new_bytes(e.as_bytes().to_vec());
            ops::call_method(vm, &bytes, "decode", &[pystr::new_str("utf-8")])
        }
    }
}

fn limit_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if none::is_none(v) => Ok(None),
        Some(v) => {
            let n = ops::to_isize(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn stream_readline(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "readline", args.len(), 1, 2)?;
    let (fd, binary) = stream(vm, &args[0])?;
    if fd != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    let limit = limit_arg(vm, args.get(1))?;
    let line = read_stdin_line(vm, limit)?;
    stdin_result(vm, binary, line)
}

fn stream_readlines(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "readlines", args.len(), 1, 2)?;
    let (fd, binary) = stream(vm, &args[0])?;
    if fd != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    let mut out = Vec::new();
    loop {
        let line = read_stdin_line(vm, None)?;
        if line.is_empty() {
            break;
        }
        out.push(stdin_result(vm, binary, line)?);
    }
    Ok(list::new_list(out))
}

fn stream_read(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "read", args.len(), 1, 2)?;
    let (fd, binary) = stream(vm, &args[0])?;
    if fd != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    flush_stdout();
    let limit = limit_arg(vm, args.get(1))?;
    let mut data = Vec::new();
    let r = crate::thread::blocking(|| {
        use std::io::Read;
        let inp = std::io::stdin().lock();
        match limit {
            None => inp.take(u64::MAX).read_to_end(&mut data).map(|_| ()),
            Some(n) if binary => inp.take(n as u64).read_to_end(&mut data).map(|_| ()),
            Some(n) => {
                // n characters: read bytes until n code points are complete.
                let mut inp = inp;
                let mut chars = 0;
                let mut b = [0u8; 1];
                while chars < n {
                    if inp.read(&mut b)? == 0 {
                        break;
                    }
                    data.push(b[0]);
                    if b[0] & 0xC0 != 0x80 {
                        chars += 1;
                    }
                }
                // Complete the last character's continuation bytes.
                loop {
                    let buf = std::io::BufRead::fill_buf(&mut inp)?;
                    match buf.first() {
                        Some(&c) if c & 0xC0 == 0x80 => {
                            data.push(c);
                            std::io::BufRead::consume(&mut inp, 1);
                        }
                        _ => break,
                    }
                }
                Ok(())
            }
        }
    });
    r.map_err(|e| super::posix::io_error(vm, &e, None))?;
    stdin_result(vm, binary, data)
}

fn stream_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    stream(vm, v)?;
    Ok(v.clone())
}

fn stream_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let (fd, binary) = stream(vm, v)?;
    if fd != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    let line = read_stdin_line(vm, None)?;
    if line.is_empty() {
        return Ok(None);
    }
    stdin_result(vm, binary, line).map(Some)
}

/// `sys._getframe(depth=0)`: a snapshot of the caller's frame (`depth` frames further
/// out) with its locals, linked by `f_back` to snapshots of the outer frames.
fn getframe(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::native::no_kwargs(vm, "sys._getframe", kw)?;
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "_getframe expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let depth = match args.first() {
        Some(d) => crate::types::slice::to_index(vm, d, crate::types::slice::Overflow::SsizeT)?,
        None => 0,
    };
    let f = crate::types::traceback::snapshot_stack(vm, depth.max(0) as usize, true);
    if crate::types::none::is_none(&f) {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    Ok(f)
}

fn set(d: &Value, name: &'static str, f: NativeFn) {
    add_function(d, "sys", name, f);
}

pub fn init(vm: &Vm, d: &Value) -> PyResult<()> {
    let o = &vm.rt.options;
    let argv: Vec<Value> = o.argv.iter().map(|a| pystr::new_str(a)).collect();
    dict::dict_set_str(d, "argv", list::new_list(argv));
    // A script's directory, made absolute as CPython does ('' for -c and the REPL).
    let first = match o.script_dir.as_deref() {
        Some(dir) => {
            let d = if dir.is_empty() { "." } else { dir };
            std::fs::canonicalize(d)
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_else(|_| dir.to_string())
        }
        None => String::new(),
    };
    let mut path = vec![pystr::new_str(&first)];
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
    let text = |fd| Value::alloc(text_stream_type(), StreamObj { fd, binary: false });
    let (stdin, stdout, stderr) = (text(0), text(1), text(2));
    dict::dict_set_str(d, "stdin", stdin.clone());
    dict::dict_set_str(d, "stdout", stdout.clone());
    dict::dict_set_str(d, "stderr", stderr.clone());
    dict::dict_set_str(d, "__stdin__", stdin);
    dict::dict_set_str(d, "__stdout__", stdout);
    dict::dict_set_str(d, "__stderr__", stderr);
    set(d, "exit", exit);
    set(d, "_getframe", getframe);
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
    set(d, "setswitchinterval", setswitchinterval);
    set(d, "excepthook", excepthook);
    if let Some(h) = dict::dict_get_str(d, &pystr::intern("excepthook")) {
        dict::dict_set_str(d, "__excepthook__", h);
    }
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
    Ok(crate::types::float::new_float(
        crate::thread::gil::switch_interval(),
    ))
}

fn setswitchinterval(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "sys.setswitchinterval() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let secs = match crate::types::float::as_float(&args[0]) {
        Some(f) => f,
        None => match crate::types::int::as_int(&args[0]) {
            Some(_) => ops::to_isize(vm, &args[0])? as f64,
            None => {
                return Err(
                    vm.type_error(format!("must be real number, not {}", args[0].ty().name()))
                )
            }
        },
    };
    if secs.is_nan() || secs <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    crate::thread::gil::set_switch_interval(secs);
    Ok(none::none())
}

/// `sys.excepthook(type, value, traceback)`: prints the exception as the top-level
/// handler does.
fn excepthook(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "excepthook", args.len(), 3, 3)?;
    let e = &args[1];
    let text = if e.ty().is_subtype(builtin().base_exception) {
        crate::types::exceptions::format_exception(vm, e)
    } else {
        format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            e.ty().name()
        )
    };
    write_stderr(&text);
    Ok(none::none())
}
