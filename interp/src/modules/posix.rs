//! The native `posix` module: the operating-system calls behind `os`, `os.path` and `io`.
//!
//! Owns: file-descriptor I/O (`open`, `read`, `write`, `lseek`, `close`, `fstat`,
//! `ftruncate`, `isatty`, ...), file-system calls (`stat`, `listdir`, `mkdir`, `rename`,
//! ...), process facts (`getpid`, `getcwd`, `environ`, `cpu_count`, `urandom`), and turning
//! `errno` into the OSError subclass CPython raises (`raise_errno`). Path arguments are
//! str, bytes or os.PathLike. Blocking calls run inside `crate::thread::blocking`.
//! Must not: buffer or decode (that is `io.py`), or implement path algebra (`posixpath.py`);
//! `os.py` builds the Python-level API (environ mapping, stat_result, walk, scandir) on it.

use std::collections::HashMap;
use std::ffi::{CString, OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::Path;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Mutex;

use crate::object::{Payload, Value};
use crate::ops;
use crate::types::bytes::{as_bytes, as_bytes_like, new_bytes};
use crate::types::native::{add_function, Args, NativeFn};
use crate::types::{
    builtin, dict, exceptions, float::new_float, int::new_bool, int::new_int, list::new_list, none,
    str as pystr, tuple::new_tuple, TypeObject, TypeSpec,
};
use crate::vm::{PyErr, PyResult, Vm};

fn set(d: &Value, name: &'static str, f: NativeFn) {
    add_function(d, "posix", name, f);
}

pub fn init(_vm: &Vm, d: &Value) -> PyResult<()> {
    set(d, "open", p_open);
    set(d, "close", p_close);
    set(d, "read", p_read);
    set(d, "write", p_write);
    set(d, "lseek", p_lseek);
    set(d, "fstat", p_fstat);
    set(d, "ftruncate", p_ftruncate);
    set(d, "truncate", p_truncate);
    set(d, "isatty", p_isatty);
    set(d, "fsync", p_fsync);
    set(d, "dup", p_dup);
    set(d, "stat", p_stat);
    set(d, "lstat", p_lstat);
    set(d, "listdir", p_listdir);
    set(d, "mkdir", p_mkdir);
    set(d, "rmdir", p_rmdir);
    set(d, "unlink", p_unlink);
    set(d, "remove", p_unlink);
    set(d, "rename", p_rename);
    set(d, "replace", p_rename);
    set(d, "link", p_link);
    set(d, "symlink", p_symlink);
    set(d, "readlink", p_readlink);
    set(d, "chmod", p_chmod);
    set(d, "access", p_access);
    set(d, "utime", p_utime);
    set(d, "getcwd", p_getcwd);
    set(d, "getcwdb", p_getcwdb);
    set(d, "chdir", p_chdir);
    set(d, "umask", p_umask);
    set(d, "getpid", p_getpid);
    set(d, "getppid", p_getppid);
    set(d, "getuid", p_getuid);
    set(d, "geteuid", p_geteuid);
    set(d, "getgid", p_getgid);
    set(d, "getegid", p_getegid);
    set(d, "cpu_count", p_cpu_count);
    set(d, "urandom", p_urandom);
    set(d, "strerror", p_strerror);
    set(d, "putenv", p_putenv);
    set(d, "unsetenv", p_unsetenv);
    set(d, "get_terminal_size", p_get_terminal_size);
    set(d, "times", p_times);
    set(d, "_exit", p_exit);
    set(d, "fspath", p_fspath);
    set(d, "_buf_write", p_buf_write);
    set(d, "_buf_flush", p_buf_flush);
    set(d, "_buf_pending", p_buf_pending);
    dict::dict_set_str(d, "_FdGuard", fd_guard_type().to_value());
    let env = dict::new_dict();
    for (k, v) in std::env::vars_os() {
        dict::dict_set_str_value(
            &env,
            pystr::new_str(&k.to_string_lossy()),
            pystr::new_str(&v.to_string_lossy()),
        );
    }
    dict::dict_set_str(d, "environ", env);
    let consts: &[(&'static str, i64)] = &[
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_CLOEXEC", libc::O_CLOEXEC as i64),
        ("O_NONBLOCK", libc::O_NONBLOCK as i64),
        ("O_DIRECTORY", libc::O_DIRECTORY as i64),
        ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
        ("O_SYNC", libc::O_SYNC as i64),
        ("O_NOCTTY", libc::O_NOCTTY as i64),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
        ("EX_OK", 0),
    ];
    for (n, v) in consts {
        dict::dict_set_str(d, n, new_int(*v));
    }
    Ok(())
}

// ---- errors -------------------------------------------------------------------------------

/// The text of an errno, as `os.strerror` gives it.
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The OSError (subclass chosen by errno) for `errno`, naming `filename` (and `filename2`).
pub fn errno_error(
    vm: &Vm,
    errno: i32,
    filename: Option<&Value>,
    filename2: Option<&Value>,
) -> PyErr {
    let ty = exceptions::os_error_subclass(errno as i64);
    let mut args = vec![new_int(errno as i64), pystr::new_str(&strerror(errno))];
    if let Some(f) = filename {
        args.push(f.clone());
        if let Some(f2) = filename2 {
            args.push(none::none());
            args.push(f2.clone());
        }
    }
    vm.new_error_args(ty, args)
}

/// The OSError for a failed std or libc call.
pub fn io_error(vm: &Vm, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    match e.raw_os_error() {
        Some(n) => errno_error(vm, n, filename, None),
        None => vm.new_error(builtin().os_error, e.to_string()),
    }
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn last_error(vm: &Vm, filename: Option<&Value>) -> PyErr {
    errno_error(vm, last_errno(), filename, None)
}

// ---- arguments ----------------------------------------------------------------------------

/// A path argument: its bytes, whether the caller gave bytes (results then are bytes), and
/// the original object (for error messages).
pub struct PathArg {
    pub bytes: Vec<u8>,
    pub is_bytes: bool,
    pub orig: Value,
}

impl PathArg {
    pub fn path(&self) -> &Path {
        Path::new(OsStr::from_bytes(&self.bytes))
    }

    fn cstring(&self) -> CString {
        // Interior NULs were rejected when the argument was converted.
        CString::new(self.bytes.clone()).unwrap_or_default()
    }
}

/// `os.fspath(v)`: str and bytes as they are, else `__fspath__()`.
pub fn fspath(vm: &Vm, v: &Value) -> PyResult<Value> {
    if pystr::as_str(v).is_some() || as_bytes(v).is_some() {
        return Ok(v.clone());
    }
    match v.ty().lookup_str("__fspath__") {
        Some(m) => {
            let r = ops::call(vm, &m, std::slice::from_ref(v), None)?;
            if pystr::as_str(&r).is_some() || as_bytes(&r).is_some() {
                Ok(r)
            } else {
                Err(vm.type_error(format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    v.ty().name(),
                    r.ty().name()
                )))
            }
        }
        None => Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            v.ty().name()
        ))),
    }
}

fn path_arg(vm: &Vm, fname: &str, argname: &str, v: &Value, allow_fd: bool) -> PyResult<PathArg> {
    let bad = || {
        vm.type_error(format!(
            "{fname}: {argname} should be string, bytes{} os.PathLike{}, not {}",
            if allow_fd { "," } else { " or" },
            if allow_fd { " or integer" } else { "" },
            v.ty().name()
        ))
    };
    let p = if pystr::as_str(v).is_some() || as_bytes(v).is_some() {
        v.clone()
    } else if v.ty().lookup_str("__fspath__").is_some() {
        fspath(vm, v)?
    } else {
        return Err(bad());
    };
    let (bytes, is_bytes) = match pystr::as_str(&p) {
        Some(s) => (s.as_bytes().to_vec(), false),
        None => match as_bytes(&p) {
            Some(b) => (b.to_vec(), true),
            None => return Err(bad()),
        },
    };
    if bytes.contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(PathArg {
        bytes,
        is_bytes,
        orig: v.clone(),
    })
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    Ok(ops::to_isize(vm, v)? as i64)
}

fn fd_arg(vm: &Vm, v: &Value) -> PyResult<i32> {
    let n = int_arg(vm, v)?;
    i32::try_from(n).map_err(|_| vm.overflow_error("fd is greater than maximum"))
}

fn parse<'a>(
    vm: &Vm,
    fname: &'a str,
    spec: &'a [&'a str],
    args: &[Value],
    kw: Option<&[Value]>,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    Args::new(fname, spec).parse(vm, args, kw, required)
}

fn path_result(s: &[u8], as_bytes_result: bool) -> Value {
    if as_bytes_result {
        new_bytes(s.to_vec())
    } else {
        pystr::new_str(&String::from_utf8_lossy(s))
    }
}

fn follow(vm: &Vm, v: &Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(v) => ops::truthy(vm, v),
    }
}

// ---- file descriptors ---------------------------------------------------------------------

fn p_open(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(
        vm,
        "open",
        &["path", "flags", "mode", "*", "dir_fd"],
        args,
        kw,
        2,
    )?;
    let path = path_arg(vm, "open", "path", a[0].as_ref().unwrap(), false)?;
    let flags = int_arg(vm, a[1].as_ref().unwrap())? as i32 | libc::O_CLOEXEC;
    let mode = match &a[2] {
        Some(m) => int_arg(vm, m)? as libc::c_uint,
        None => 0o777,
    };
    let c = path.cstring();
    loop {
        // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
        let fd = crate::thread::blocking(|| unsafe { libc::open(c.as_ptr(), flags, mode) });
        if fd >= 0 {
            return Ok(new_int(fd as i64));
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(errno_error(vm, e, Some(&path.orig), None));
        }
    }
}

fn p_close(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "close", &["fd"], args, kw, 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    if fd == 1 || fd == 2 {
        super::sys::flush_stdout();
    }
    // SAFETY: closing a descriptor number is memory-safe; a bad one gives EBADF.
    if unsafe { libc::close(fd) } < 0 {
        return Err(last_error(vm, None));
    }
    Ok(none::none())
}

/// Reads up to `n` bytes from `fd`, retrying on EINTR.
pub fn read_fd(fd: i32, n: usize) -> Result<Vec<u8>, i32> {
    let mut buf = vec![0u8; n];
    loop {
        // SAFETY: `buf` has room for `n` bytes and lives across the call.
        let r = crate::thread::blocking(|| unsafe {
            libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, n)
        });
        if r >= 0 {
            buf.truncate(r as usize);
            return Ok(buf);
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(e);
        }
    }
}

/// Writes `data` to `fd` once (a short write returns the count), retrying on EINTR.
pub fn write_fd(fd: i32, data: &[u8]) -> Result<usize, i32> {
    if fd == 1 || fd == 2 {
        super::sys::flush_stdout();
    }
    loop {
        // SAFETY: `data` is valid for `data.len()` bytes during the call.
        let r = crate::thread::blocking(|| unsafe {
            libc::write(fd, data.as_ptr() as *const libc::c_void, data.len())
        });
        if r >= 0 {
            return Ok(r as usize);
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(e);
        }
    }
}

fn p_read(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "read", &["fd", "length", "/"], args, kw, 2)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    let n = int_arg(vm, a[1].as_ref().unwrap())?;
    if n < 0 {
        return Err(vm.value_error("negative length"));
    }
    if fd == 0 {
        super::sys::flush_stdout();
    }
    match read_fd(fd, n as usize) {
        Ok(b) => Ok(new_bytes(b)),
        Err(e) => Err(errno_error(vm, e, None, None)),
    }
}

fn p_write(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "write", &["fd", "data", "/"], args, kw, 2)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    let v = a[1].as_ref().unwrap();
    let data = as_bytes_like(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.ty().name()
        ))
    })?;
    match write_fd(fd, &data) {
        Ok(n) => Ok(new_int(n as i64)),
        Err(e) => Err(errno_error(vm, e, None, None)),
    }
}

fn p_lseek(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "lseek", &["fd", "position", "whence", "/"], args, kw, 3)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    let pos = int_arg(vm, a[1].as_ref().unwrap())?;
    let how = int_arg(vm, a[2].as_ref().unwrap())? as i32;
    // SAFETY: lseek on a descriptor number is memory-safe.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, how) };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    Ok(new_int(r as i64))
}

fn p_ftruncate(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "ftruncate", &["fd", "length", "/"], args, kw, 2)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    let n = int_arg(vm, a[1].as_ref().unwrap())?;
    // SAFETY: ftruncate on a descriptor number is memory-safe.
    if crate::thread::blocking(|| unsafe { libc::ftruncate(fd, n as libc::off_t) }) < 0 {
        return Err(last_error(vm, None));
    }
    Ok(none::none())
}

fn p_truncate(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "truncate", &["path", "length"], args, kw, 2)?;
    let p = path_arg(vm, "truncate", "path", a[0].as_ref().unwrap(), false)?;
    let n = int_arg(vm, a[1].as_ref().unwrap())?;
    let c = p.cstring();
    // SAFETY: `c` is a valid NUL-terminated path.
    if crate::thread::blocking(|| unsafe { libc::truncate(c.as_ptr(), n as libc::off_t) }) < 0 {
        return Err(last_error(vm, Some(&p.orig)));
    }
    Ok(none::none())
}

fn p_isatty(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "isatty", &["fd", "/"], args, kw, 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    // SAFETY: isatty on a descriptor number is memory-safe.
    Ok(new_bool(unsafe { libc::isatty(fd) } == 1))
}

fn p_fsync(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "fsync", &["fd"], args, kw, 1)?;
    let fd = match a[0].as_ref().unwrap() {
        v if v.is_small_int() => fd_arg(vm, v)?,
        v => fd_arg(vm, &ops::call_method(vm, v, "fileno", &[])?)?,
    };
    // SAFETY: fsync on a descriptor number is memory-safe.
    if crate::thread::blocking(|| unsafe { libc::fsync(fd) }) < 0 {
        return Err(last_error(vm, None));
    }
    Ok(none::none())
}

fn p_dup(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "dup", &["fd", "/"], args, kw, 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    // SAFETY: fcntl(F_DUPFD_CLOEXEC) on a descriptor number is memory-safe.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    Ok(new_int(r as i64))
}

// ---- stat ---------------------------------------------------------------------------------

/// The fields of a stat result as a tuple, in the order `os.stat_result` takes them:
/// the ten classic fields (integer times), then float times, nanosecond times, blksize,
/// blocks, rdev.
fn stat_tuple(st: &libc::stat) -> Value {
    let t = |s: i64, ns: i64| {
        (
            s,
            s as f64 + ns as f64 * 1e-9,
            s as i128 * 1_000_000_000 + ns as i128,
        )
    };
    let (a, af, an) = t(st.st_atime, st.st_atime_nsec);
    let (m, mf, mn) = t(st.st_mtime, st.st_mtime_nsec);
    let (c, cf, cn) = t(st.st_ctime, st.st_ctime_nsec);
    let big = |n: i128| crate::types::int::new_int_big(num_bigint::BigInt::from(n));
    new_tuple(vec![
        new_int(st.st_mode as i64),
        new_int(st.st_ino as i64),
        new_int(st.st_dev as i64),
        new_int(st.st_nlink as i64),
        new_int(st.st_uid as i64),
        new_int(st.st_gid as i64),
        new_int(st.st_size),
        new_int(a),
        new_int(m),
        new_int(c),
        new_float(af),
        new_float(mf),
        new_float(cf),
        big(an),
        big(mn),
        big(cn),
        new_int(st.st_blksize),
        new_int(st.st_blocks),
        new_int(st.st_rdev as i64),
    ])
}

fn do_stat(vm: &Vm, fname: &str, v: &Value, follow_links: bool) -> PyResult<Value> {
    // SAFETY: `libc::stat` is plain old data; all-zero is a valid value.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if v.is_small_int() || v.ty().is_subtype(builtin().int) {
        let fd = fd_arg(vm, v)?;
        // SAFETY: `st` is a valid out-pointer for the call.
        if unsafe { libc::fstat(fd, &mut st) } < 0 {
            return Err(last_error(vm, None));
        }
        return Ok(stat_tuple(&st));
    }
    let p = path_arg(vm, fname, "path", v, true)?;
    let c = p.cstring();
    // SAFETY: `c` is a valid NUL-terminated path and `st` a valid out-pointer.
    let r = crate::thread::blocking(|| unsafe {
        if follow_links {
            libc::stat(c.as_ptr(), &mut st)
        } else {
            libc::lstat(c.as_ptr(), &mut st)
        }
    });
    if r < 0 {
        return Err(last_error(vm, Some(&p.orig)));
    }
    Ok(stat_tuple(&st))
}

fn p_stat(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(
        vm,
        "stat",
        &["path", "*", "dir_fd", "follow_symlinks"],
        args,
        kw,
        1,
    )?;
    let f = follow(vm, &a[2])?;
    do_stat(vm, "stat", a[0].as_ref().unwrap(), f)
}

fn p_lstat(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "lstat", &["path", "*", "dir_fd"], args, kw, 1)?;
    do_stat(vm, "lstat", a[0].as_ref().unwrap(), false)
}

fn p_fstat(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "fstat", &["fd"], args, kw, 1)?;
    let v = a[0].as_ref().unwrap();
    fd_arg(vm, v)?;
    do_stat(vm, "fstat", v, true)
}

// ---- directories and names ----------------------------------------------------------------

fn p_listdir(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "listdir", &["path"], args, kw, 0)?;
    let p = match &a[0] {
        None => path_arg(vm, "listdir", "path", &pystr::new_str("."), false)?,
        Some(v) if none::is_none(v) => {
            path_arg(vm, "listdir", "path", &pystr::new_str("."), false)?
        }
        Some(v) => path_arg(vm, "listdir", "path", v, true)?,
    };
    let rd = crate::thread::blocking(|| std::fs::read_dir(p.path()))
        .map_err(|e| io_error(vm, &e, Some(&p.orig)))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| io_error(vm, &e, Some(&p.orig)))?;
        out.push(path_result(ent.file_name().as_bytes(), p.is_bytes));
    }
    Ok(new_list(out))
}

fn mode_arg(vm: &Vm, v: &Option<Value>, default: u32) -> PyResult<u32> {
    match v {
        None => Ok(default),
        Some(v) => Ok(int_arg(vm, v)? as u32),
    }
}

fn p_mkdir(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "mkdir", &["path", "mode", "*", "dir_fd"], args, kw, 1)?;
    let p = path_arg(vm, "mkdir", "path", a[0].as_ref().unwrap(), false)?;
    let mode = mode_arg(vm, &a[1], 0o777)?;
    let c = p.cstring();
    // SAFETY: `c` is a valid NUL-terminated path.
    if unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) } < 0 {
        return Err(last_error(vm, Some(&p.orig)));
    }
    Ok(none::none())
}

fn one_path_call(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kw: Option<&[Value]>,
    f: fn(&Path) -> std::io::Result<()>,
) -> PyResult<Value> {
    let a = parse(vm, fname, &["path", "*", "dir_fd"], args, kw, 1)?;
    let p = path_arg(vm, fname, "path", a[0].as_ref().unwrap(), false)?;
    crate::thread::blocking(|| f(p.path())).map_err(|e| io_error(vm, &e, Some(&p.orig)))?;
    Ok(none::none())
}

fn p_rmdir(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    one_path_call(vm, "rmdir", args, kw, |p| std::fs::remove_dir(p))
}

fn p_unlink(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    one_path_call(vm, "remove", args, kw, |p| std::fs::remove_file(p))
}

fn p_chdir(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "chdir", &["path"], args, kw, 1)?;
    let p = path_arg(vm, "chdir", "path", a[0].as_ref().unwrap(), false)?;
    std::env::set_current_dir(p.path()).map_err(|e| io_error(vm, &e, Some(&p.orig)))?;
    Ok(none::none())
}

fn two_paths(
    vm: &Vm,
    fname: &str,
    names: &[&str],
    args: &[Value],
    kw: Option<&[Value]>,
) -> PyResult<(PathArg, PathArg, Vec<Option<Value>>)> {
    let a = parse(vm, fname, names, args, kw, 2)?;
    let s = path_arg(vm, fname, names[0], a[0].as_ref().unwrap(), false)?;
    let d = path_arg(vm, fname, names[1], a[1].as_ref().unwrap(), false)?;
    Ok((s, d, a))
}

fn two_path_error(vm: &Vm, e: &std::io::Error, s: &PathArg, d: &PathArg) -> PyErr {
    match e.raw_os_error() {
        Some(n) => errno_error(vm, n, Some(&s.orig), Some(&d.orig)),
        None => vm.new_error(builtin().os_error, e.to_string()),
    }
}

fn p_rename(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let (s, d, _) = two_paths(
        vm,
        "rename",
        &["src", "dst", "*", "src_dir_fd", "dst_dir_fd"],
        args,
        kw,
    )?;
    crate::thread::blocking(|| std::fs::rename(s.path(), d.path()))
        .map_err(|e| two_path_error(vm, &e, &s, &d))?;
    Ok(none::none())
}

fn p_link(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let (s, d, _) = two_paths(
        vm,
        "link",
        &[
            "src",
            "dst",
            "*",
            "src_dir_fd",
            "dst_dir_fd",
            "follow_symlinks",
        ],
        args,
        kw,
    )?;
    std::fs::hard_link(s.path(), d.path()).map_err(|e| two_path_error(vm, &e, &s, &d))?;
    Ok(none::none())
}

fn p_symlink(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let (s, d, _) = two_paths(
        vm,
        "symlink",
        &["src", "dst", "target_is_directory", "*", "dir_fd"],
        args,
        kw,
    )?;
    std::os::unix::fs::symlink(s.path(), d.path()).map_err(|e| two_path_error(vm, &e, &s, &d))?;
    Ok(none::none())
}

fn p_readlink(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "readlink", &["path", "*", "dir_fd"], args, kw, 1)?;
    let p = path_arg(vm, "readlink", "path", a[0].as_ref().unwrap(), false)?;
    let t = std::fs::read_link(p.path()).map_err(|e| io_error(vm, &e, Some(&p.orig)))?;
    Ok(path_result(t.as_os_str().as_bytes(), p.is_bytes))
}

fn p_chmod(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(
        vm,
        "chmod",
        &["path", "mode", "*", "dir_fd", "follow_symlinks"],
        args,
        kw,
        2,
    )?;
    let p = path_arg(vm, "chmod", "path", a[0].as_ref().unwrap(), false)?;
    let mode = mode_arg(vm, &a[1], 0)?;
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p.path(), std::fs::Permissions::from_mode(mode))
        .map_err(|e| io_error(vm, &e, Some(&p.orig)))?;
    Ok(none::none())
}

fn p_access(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(
        vm,
        "access",
        &[
            "path",
            "mode",
            "*",
            "dir_fd",
            "effective_ids",
            "follow_symlinks",
        ],
        args,
        kw,
        2,
    )?;
    let p = path_arg(vm, "access", "path", a[0].as_ref().unwrap(), false)?;
    let mode = int_arg(vm, a[1].as_ref().unwrap())? as i32;
    let c = p.cstring();
    // SAFETY: `c` is a valid NUL-terminated path.
    Ok(new_bool(unsafe { libc::access(c.as_ptr(), mode) } == 0))
}

fn p_utime(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(
        vm,
        "utime",
        &["path", "times", "*", "ns", "dir_fd", "follow_symlinks"],
        args,
        kw,
        1,
    )?;
    let p = path_arg(vm, "utime", "path", a[0].as_ref().unwrap(), false)?;
    let to_ts = |secs: f64| libc::timespec {
        tv_sec: secs.floor() as libc::time_t,
        tv_nsec: ((secs - secs.floor()) * 1e9) as libc::c_long,
    };
    let times = match (&a[1], &a[2]) {
        (Some(t), _) if !none::is_none(t) => {
            let items = ops::collect(vm, t)?;
            if items.len() != 2 || crate::types::tuple::as_tuple(t).is_none() {
                return Err(
                    vm.type_error("utime: 'times' must be either a tuple of two ints or None")
                );
            }
            let f = |v: &Value| -> PyResult<f64> {
                crate::types::float::as_float(v)
                    .map(Ok)
                    .unwrap_or_else(|| Ok(int_arg(vm, v)? as f64))
            };
            Some([to_ts(f(&items[0])?), to_ts(f(&items[1])?)])
        }
        (_, Some(ns)) => {
            let items = ops::collect(vm, ns)?;
            if items.len() != 2 {
                return Err(vm.type_error("utime: 'ns' must be a tuple of two ints"));
            }
            let f = |v: &Value| -> PyResult<libc::timespec> {
                let n = int_arg(vm, v)?;
                Ok(libc::timespec {
                    tv_sec: n.div_euclid(1_000_000_000) as libc::time_t,
                    tv_nsec: n.rem_euclid(1_000_000_000) as libc::c_long,
                })
            };
            Some([f(&items[0])?, f(&items[1])?])
        }
        _ => None,
    };
    let c = p.cstring();
    let ptr = match &times {
        Some(t) => t.as_ptr(),
        None => std::ptr::null(),
    };
    // SAFETY: `c` is a valid path; `ptr` is null or points at two timespecs alive here.
    if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ptr, 0) } < 0 {
        return Err(last_error(vm, Some(&p.orig)));
    }
    Ok(none::none())
}

fn p_getcwd(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    parse(vm, "getcwd", &[], args, kw, 0)?;
    let d = std::env::current_dir().map_err(|e| io_error(vm, &e, None))?;
    Ok(path_result(d.as_os_str().as_bytes(), false))
}

fn p_getcwdb(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    parse(vm, "getcwdb", &[], args, kw, 0)?;
    let d = std::env::current_dir().map_err(|e| io_error(vm, &e, None))?;
    Ok(path_result(d.as_os_str().as_bytes(), true))
}

fn p_umask(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "umask", &["mask", "/"], args, kw, 1)?;
    let m = int_arg(vm, a[0].as_ref().unwrap())?;
    // SAFETY: umask only swaps the process's file-mode mask.
    Ok(new_int(unsafe { libc::umask(m as libc::mode_t) } as i64))
}

// ---- process ------------------------------------------------------------------------------

fn p_getpid(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    parse(vm, "getpid", &[], args, kw, 0)?;
    Ok(new_int(std::process::id() as i64))
}

fn p_getppid(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    parse(vm, "getppid", &[], args, kw, 0)?;
    Ok(new_int(std::os::unix::process::parent_id() as i64))
}

fn p_getuid(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    parse(vm, "getuid", &[], args, kw, 0)?;
    // SAFETY: getuid cannot fail and touches no memory.
    Ok(new_int(unsafe { libc::getuid() } as i64))
}

fn p_geteuid(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    parse(vm, "geteuid", &[], args, kw, 0)?;
    // SAFETY: geteuid cannot fail and touches no memory.
    Ok(new_int(unsafe { libc::geteuid() } as i64))
}

fn p_getgid(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    parse(vm, "getgid", &[], args, kw, 0)?;
    // SAFETY: getgid cannot fail and touches no memory.
    Ok(new_int(unsafe { libc::getgid() } as i64))
}

fn p_getegid(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    parse(vm, "getegid", &[], args, kw, 0)?;
    // SAFETY: getegid cannot fail and touches no memory.
    Ok(new_int(unsafe { libc::getegid() } as i64))
}

fn p_cpu_count(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    parse(vm, "cpu_count", &[], args, kw, 0)?;
    // SAFETY: sysconf reads a system constant.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n > 0 {
        new_int(n as i64)
    } else {
        none::none()
    })
}

fn p_urandom(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "urandom", &["size", "/"], args, kw, 1)?;
    let n = int_arg(vm, a[0].as_ref().unwrap())?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| io_error(vm, &e, None))?;
    Ok(new_bytes(buf))
}

fn p_strerror(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "strerror", &["code", "/"], args, kw, 1)?;
    let n = int_arg(vm, a[0].as_ref().unwrap())?;
    Ok(pystr::new_str(&strerror(n as i32)))
}

fn env_name(vm: &Vm, fname: &str, v: &Value) -> PyResult<OsString> {
    match pystr::as_str(v) {
        Some(s) => {
            if s.contains('\0') {
                return Err(vm.value_error("embedded null character"));
            }
            Ok(OsString::from(s))
        }
        None => match as_bytes(v) {
            Some(b) => Ok(OsString::from_vec(b.to_vec())),
            None => Err(vm.type_error(format!(
                "{fname}: expected str, bytes or os.PathLike object, not {}",
                v.ty().name()
            ))),
        },
    }
}

fn p_putenv(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "putenv", &["name", "value", "/"], args, kw, 2)?;
    let k = env_name(vm, "putenv", a[0].as_ref().unwrap())?;
    let v = env_name(vm, "putenv", a[1].as_ref().unwrap())?;
    if k.is_empty() || k.as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(none::none())
}

fn p_unsetenv(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "unsetenv", &["name", "/"], args, kw, 1)?;
    let k = env_name(vm, "unsetenv", a[0].as_ref().unwrap())?;
    if k.is_empty() || k.as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(none::none())
}

fn p_get_terminal_size(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "get_terminal_size", &["fd", "/"], args, kw, 0)?;
    let fd = match &a[0] {
        Some(v) => fd_arg(vm, v)?,
        None => 1,
    };
    // SAFETY: `winsize` is plain old data; all-zero is valid.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one `winsize` through the valid pointer.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } < 0 {
        return Err(last_error(vm, None));
    }
    Ok(new_tuple(vec![
        new_int(ws.ws_col as i64),
        new_int(ws.ws_row as i64),
    ]))
}

fn p_times(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    parse(vm, "times", &[], args, kw, 0)?;
    // SAFETY: `tms` is plain old data; all-zero is valid.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: `times` writes one `tms` through the valid pointer.
    let elapsed = unsafe { libc::times(&mut t) };
    // SAFETY: sysconf reads a system constant.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    Ok(new_tuple(vec![
        new_float(t.tms_utime as f64 / hz),
        new_float(t.tms_stime as f64 / hz),
        new_float(t.tms_cutime as f64 / hz),
        new_float(t.tms_cstime as f64 / hz),
        new_float(elapsed as f64 / hz),
    ]))
}

fn p_exit(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "_exit", &["status"], args, kw, 1)?;
    let n = int_arg(vm, a[0].as_ref().unwrap())?;
    std::process::exit(n as i32)
}

fn p_fspath(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "fspath", &["path"], args, kw, 1)?;
    fspath(vm, a[0].as_ref().unwrap())
}

// ---- write-behind buffers of files ---------------------------------------------------------

/// The write-behind buffers of files `io` opened, by descriptor. They live here rather
/// than in Python objects so that a file dropped without `close()` (`open(p, 'w').write(s)`)
/// is still written: its `_FdGuard` flushes and closes it when freed, and
/// `flush_open_files` writes whatever is left at exit.
static FILE_BUFS: Mutex<Option<HashMap<i32, Vec<u8>>>> = Mutex::new(None);

const FILE_BUF_LIMIT: usize = 8192;

fn file_bufs() -> std::sync::MutexGuard<'static, Option<HashMap<i32, Vec<u8>>>> {
    match FILE_BUFS.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

/// Writes all of `data` to `fd`.
fn write_all_fd(fd: i32, mut data: &[u8]) -> Result<(), i32> {
    while !data.is_empty() {
        let n = write_fd(fd, data)?;
        if n == 0 {
            return Err(libc::EIO);
        }
        data = &data[n..];
    }
    Ok(())
}

/// Writes out `fd`'s pending bytes (none is fine).
fn flush_fd_buf(fd: i32) -> Result<(), i32> {
    let data = file_bufs().as_mut().and_then(|m| m.remove(&fd));
    match data {
        Some(d) if !d.is_empty() => write_all_fd(fd, &d),
        _ => Ok(()),
    }
}

/// Writes every file's pending bytes (at exit).
pub fn flush_open_files() {
    let all: Vec<(i32, Vec<u8>)> = file_bufs()
        .as_mut()
        .map(|m| m.drain().collect())
        .unwrap_or_default();
    for (fd, data) in all {
        let _ = write_all_fd(fd, &data);
    }
}

fn p_buf_write(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "_buf_write", &["fd", "data", "/"], args, kw, 2)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    let v = a[1].as_ref().unwrap();
    let data = as_bytes_like(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.ty().name()
        ))
    })?;
    let n = data.len();
    let full = {
        let mut g = file_bufs();
        let buf = g.get_or_insert_with(HashMap::new).entry(fd).or_default();
        buf.extend_from_slice(&data);
        buf.len() >= FILE_BUF_LIMIT
    };
    if full {
        flush_fd_buf(fd).map_err(|e| errno_error(vm, e, None, None))?;
    }
    Ok(new_int(n as i64))
}

fn p_buf_flush(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "_buf_flush", &["fd", "/"], args, kw, 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    flush_fd_buf(fd).map_err(|e| errno_error(vm, e, None, None))?;
    Ok(none::none())
}

fn p_buf_pending(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "_buf_pending", &["fd", "/"], args, kw, 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    let n = file_bufs()
        .as_ref()
        .and_then(|m| m.get(&fd).map(|b| b.len()))
        .unwrap_or(0);
    Ok(new_int(n as i64))
}

/// `posix._FdGuard(fd, closefd)`: owns an open descriptor for a FileIO. `close()` (or
/// being freed) writes the descriptor's pending bytes and closes it when `closefd`.
pub struct FdGuard {
    fd: AtomicI32,
    closefd: bool,
}

impl Payload for FdGuard {
    fn class() -> &'static TypeObject {
        fd_guard_type()
    }
}

impl FdGuard {
    fn finish(&self) -> Result<(), i32> {
        let fd = self.fd.swap(-1, Ordering::AcqRel);
        if fd < 0 {
            return Ok(());
        }
        let flushed = flush_fd_buf(fd);
        if self.closefd {
            // SAFETY: the guard owns `fd` (handed over by FileIO); it is closed once.
            if unsafe { libc::close(fd) } < 0 && flushed.is_ok() {
                return Err(last_errno());
            }
        }
        flushed
    }
}

impl Drop for FdGuard {
    fn drop(&mut self) {
        let _ = self.finish();
    }
}

fn fd_guard_type() -> &'static TypeObject {
    static T: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let p = *T.get_or_init(|| {
        let t = crate::types::new_builtin_type(TypeSpec::of::<FdGuard>(
            "_FdGuard",
            Some(builtin().object),
        ));
        t.header.ty.store(
            builtin().type_ as *const TypeObject as *mut TypeObject,
            Ordering::Relaxed,
        );
        // SAFETY: the new type is not shared yet.
        unsafe { t.inner_mut() }.dict = dict::new_dict();
        t.slots.new.set(Some(fd_guard_new));
        crate::types::native::add_slot_wrappers(t);
        crate::types::native::add_method(t, "close", fd_guard_close);
        t as *const TypeObject as usize
    });
    // SAFETY: leaked immortal type created once above.
    unsafe { &*(p as *const TypeObject) }
}

fn fd_guard_new(vm: &Vm, _cls: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = parse(vm, "_FdGuard", &["fd", "closefd"], args, kw, 2)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    let closefd = ops::truthy(vm, a[1].as_ref().unwrap())?;
    Ok(Value::alloc(
        fd_guard_type(),
        FdGuard {
            fd: AtomicI32::new(fd),
            closefd,
        },
    ))
}

fn fd_guard_close(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let g = args
        .first()
        .and_then(|v| v.downcast::<FdGuard>())
        .ok_or_else(|| vm.type_error("expected an _FdGuard"))?;
    g.finish().map_err(|e| errno_error(vm, e, None, None))?;
    Ok(none::none())
}
