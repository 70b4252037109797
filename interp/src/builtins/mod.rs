//! The `builtins` module: builtin functions and the names of the builtin types.
//!
//! Owns: the functions CPython keeps in `Python/bltinmodule.c` (print, len, isinstance,
//! min/max, sorted, getattr, format, exec/eval, ...), installing them with the builtin types
//! and exceptions into the builtins namespace. Must not: implement type behaviour (types
//! own their constructors and methods).

pub mod quitter;

use crate::bytecode::CompareOp;
use crate::object::Value;
use crate::ops;
use crate::types::native::{add_function, check_count, no_kwargs, Args, NativeFn};
use crate::types::{as_type, builtin, dict, int, list, none, str as pystr, tuple, TypeObject};
use crate::vm::{PyResult, Vm};

fn set(d: &Value, name: &'static str, f: NativeFn) {
    add_function(d, "builtins", name, f);
}

/// Fills the builtins namespace.
pub fn install(vm: &Vm) {
    let d = &vm.rt.builtins;
    let b = builtin();
    dict::dict_set_str(d, "__name__", pystr::new_str("builtins"));
    dict::dict_set_str(d, "__doc__", none::none());
    let types: [(&str, &TypeObject); 25] = [
        ("object", b.object),
        ("type", b.type_),
        ("int", b.int),
        ("bool", b.bool),
        ("float", b.float),
        ("complex", b.complex),
        ("str", b.str),
        ("bytes", b.bytes),
        ("bytearray", b.bytearray),
        ("list", b.list),
        ("tuple", b.tuple),
        ("dict", b.dict),
        ("set", b.set),
        ("frozenset", b.frozenset),
        ("range", b.range),
        ("slice", b.slice),
        ("property", b.property),
        ("staticmethod", b.staticmethod),
        ("classmethod", b.classmethod),
        ("super", b.super_),
        ("enumerate", b.enumerate),
        ("zip", b.zip),
        ("map", b.map),
        ("filter", b.filter),
        ("reversed", b.reversed),
    ];
    for (name, t) in types {
        dict::dict_set_str(d, name, t.to_value());
    }
    dict::dict_set_str(
        d,
        "memoryview",
        crate::types::memoryview::memoryview_type().to_value(),
    );
    for t in b.all() {
        if t.flags & crate::types::type_flags::EXCEPTION != 0 {
            dict::dict_set_str(d, leak_name(t.name()), t.to_value());
        }
    }
    dict::dict_set_str(d, "EnvironmentError", b.os_error.to_value());
    dict::dict_set_str(d, "IOError", b.os_error.to_value());
    dict::dict_set_str(d, "None", none::none());
    dict::dict_set_str(d, "Ellipsis", none::ellipsis());
    dict::dict_set_str(d, "NotImplemented", none::not_implemented());
    dict::dict_set_str(d, "True", int::new_bool(true));
    dict::dict_set_str(d, "False", int::new_bool(false));
    dict::dict_set_str(d, "__debug__", int::new_bool(true));
    dict::dict_set_str(d, "exit", quitter::new_quitter("exit"));
    dict::dict_set_str(d, "quit", quitter::new_quitter("quit"));
    set(d, "__build_class__", crate::types::type_::build_class);
    set(d, "__import__", builtin_import);
    set(d, "print", print);
    set(d, "len", len);
    set(d, "repr", repr);
    set(d, "ascii", ascii_fn);
    set(d, "abs", abs);
    set(d, "all", all);
    set(d, "any", any);
    set(d, "bin", bin);
    set(d, "oct", oct);
    set(d, "hex", hex);
    set(d, "callable", callable);
    set(d, "chr", chr);
    set(d, "ord", ord);
    set(d, "divmod", divmod);
    set(d, "format", format);
    set(d, "getattr", getattr);
    set(d, "setattr", setattr);
    set(d, "delattr", delattr);
    set(d, "hasattr", hasattr);
    set(d, "hash", hash);
    set(d, "id", id);
    set(d, "isinstance", isinstance);
    set(d, "issubclass", issubclass);
    set(d, "iter", iter);
    set(d, "next", next);
    set(d, "max", max);
    set(d, "min", min);
    set(d, "pow", pow);
    set(d, "round", round);
    set(d, "sorted", sorted);
    set(d, "sum", sum);
    set(d, "globals", globals);
    set(d, "locals", locals);
    set(d, "vars", vars);
    set(d, "dir", dir);
    set(d, "exec", exec);
    set(d, "eval", eval);
    set(d, "compile", compile);
    set(d, "input", input);
    set(d, "open", open);
}

/// `open(...)`: `io.open` (the io module is written in Python).
fn open(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let io = crate::modules::import_module(vm, "io")?;
    let f = ops::getattr_str(vm, &io, "open")?;
    ops::call(vm, &f, args, kw)
}

fn leak_name(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

fn builtin_import(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = Args::new(
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
    )
    .parse(vm, args, kw, 1)?;
    let name = a[0].clone().unwrap_or_else(none::none);
    let globals = a[1]
        .clone()
        .filter(|g| !none::is_none(g))
        .unwrap_or_else(dict::new_dict);
    let fromlist = a[3].clone().unwrap_or_else(none::none);
    let level = a[4].clone().unwrap_or_else(|| Value::small_int(0));
    if pystr::as_str(&name).is_none() {
        return Err(vm.type_error("module name must be a string"));
    }
    crate::modules::import_name(vm, &pystr::intern_value(&name), &globals, &fromlist, &level)
}

fn print(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let nkw = kw.map_or(0, |k| k.len());
    let npos = args.len() - nkw;
    let mut sep = None;
    let mut end = None;
    let mut file = None;
    let mut flush = false;
    if let Some(names) = kw {
        for (k, v) in names.iter().zip(&args[npos..]) {
            match pystr::as_str(k) {
                Some("sep") => sep = Some(v.clone()),
                Some("end") => end = Some(v.clone()),
                Some("file") => file = Some(v.clone()),
                Some("flush") => flush = ops::truthy(vm, v)?,
                Some(other) => {
                    return Err(vm.type_error(format!(
                        "'{other}' is an invalid keyword argument for print()"
                    )))
                }
                None => return Err(vm.type_error("keywords must be strings")),
            }
        }
    }
    let text_arg = |v: Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) if none::is_none(&v) => Ok(default.to_string()),
            Some(v) => match pystr::as_str(&v) {
                Some(s) => Ok(s.to_string()),
                None => Err(vm.type_error(format!(
                    "{what} must be None or a string, not {}",
                    v.ty().name()
                ))),
            },
        }
    };
    let sep = text_arg(sep, " ", "sep")?;
    let end = text_arg(end, "\n", "end")?;
    let file = match file.filter(|f| !none::is_none(f)) {
        Some(f) => Some(f),
        None => match crate::modules::sys::replaced_stdout(vm) {
            // print() to a missing stdout does nothing, as in CPython.
            Some(f) if none::is_none(&f) => return Ok(none::none()),
            other => other,
        },
    };
    let native_fd = match &file {
        None => Some(1),
        Some(f) => crate::modules::sys::native_text_stream_fd(f),
    };
    if let Some(fd) = native_fd {
        // weft's own stdout/stderr: format everything, then one write.
        let mut out = String::new();
        for (i, a) in args[..npos].iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            if let Some(s) = pystr::as_exact_str(a) {
                out.push_str(s);
            } else {
                out.push_str(&ops::str_string(vm, a)?);
            }
        }
        out.push_str(&end);
        match fd {
            1 => crate::modules::sys::write_stdout(vm, &out, flush)?,
            _ => crate::modules::sys::write_stderr(&out),
        }
        return Ok(none::none());
    }
    let Some(f) = file else {
        return Ok(none::none());
    };
    // Another file: one write() per piece, as CPython does.
    let w = ops::getattr_str(vm, &f, "write")?;
    for (i, a) in args[..npos].iter().enumerate() {
        if i > 0 {
            ops::call1(vm, &w, pystr::new_str(&sep))?;
        }
        ops::call1(vm, &w, ops::str_(vm, a)?)?;
    }
    ops::call1(vm, &w, pystr::new_str(&end))?;
    if flush {
        if let Some(fl) = ops::getattr_opt(vm, &f, &pystr::intern("flush"))? {
            ops::call0(vm, &fl)?;
        }
    }
    Ok(none::none())
}

fn one_arg<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    kw: Option<&[Value]>,
) -> PyResult<&'a Value> {
    no_kwargs(vm, name, kw)?;
    check_count(vm, name, args.len(), 1, 1)?;
    Ok(&args[0])
}

fn len(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let v = one_arg(vm, "len", args, kw)?;
    Ok(int::new_int(ops::len(vm, v)? as i64))
}

fn repr(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let v = one_arg(vm, "repr", args, kw)?;
    ops::repr(vm, v)
}

/// `ascii(v)`: repr with non-ASCII characters escaped.
pub fn ascii(vm: &Vm, v: &Value) -> PyResult<Value> {
    let r = ops::repr_string(vm, v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let cp = c as u32;
        if cp < 128 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    Ok(pystr::new_string(out))
}

fn ascii_fn(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let v = one_arg(vm, "ascii", args, kw)?;
    ascii(vm, v)
}

fn abs(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let v = one_arg(vm, "abs", args, kw)?;
    ops::abs(vm, v)
}

fn all(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let v = one_arg(vm, "all", args, kw)?;
    let it = ops::iter(vm, v)?;
    while let Some(x) = ops::next(vm, &it)? {
        if !ops::truthy(vm, &x)? {
            return Ok(int::new_bool(false));
        }
    }
    Ok(int::new_bool(true))
}

fn any(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let v = one_arg(vm, "any", args, kw)?;
    let it = ops::iter(vm, v)?;
    while let Some(x) = ops::next(vm, &it)? {
        if ops::truthy(vm, &x)? {
            return Ok(int::new_bool(true));
        }
    }
    Ok(int::new_bool(false))
}

fn radix(vm: &Vm, v: &Value, r: u32) -> PyResult<Value> {
    let iv = ops::index_value(vm, v)?;
    let big = int::to_bigint(&iv).ok_or_else(|| vm.type_error("an integer is required"))?;
    Ok(pystr::new_string(crate::numeric::int_to_radix_prefixed(
        &big, r,
    )))
}

fn bin(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    radix(vm, one_arg(vm, "bin", args, kw)?, 2)
}
fn oct(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    radix(vm, one_arg(vm, "oct", args, kw)?, 8)
}
fn hex(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    radix(vm, one_arg(vm, "hex", args, kw)?, 16)
}

fn callable(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let v = one_arg(vm, "callable", args, kw)?;
    Ok(int::new_bool(ops::is_callable(v)))
}

fn chr(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let v = one_arg(vm, "chr", args, kw)?;
    let i = match v.as_small_int() {
        Some(i) => i,
        None => {
            if v.ty().is_subtype(builtin().float) {
                return Err(vm.type_error("integer argument expected, got float"));
            }
            ops::to_isize(vm, v).map_err(|e| {
                if vm.err_matches(&e, builtin().type_error) {
                    e
                } else {
                    vm.overflow_error("Python int too large to convert to C int")
                }
            })? as i64
        }
    };
    match u32::try_from(i).ok().filter(|c| *c < 0x110000) {
        Some(c) => match char::from_u32(c) {
            Some(ch) => Ok(pystr::new_string(ch.to_string())),
            None => Err(vm.value_error("weft strings cannot hold lone surrogates")),
        },
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let v = one_arg(vm, "ord", args, kw)?;
    if let Some(s) = pystr::as_str(v) {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(int::new_int(c as i64)),
            _ => Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    let is_bytes_type =
        v.ty().is_subtype(builtin().bytes) || v.ty().is_subtype(builtin().bytearray);
    if let Some(b) = crate::types::bytes::as_bytes_like(v).filter(|_| is_bytes_type) {
        return if b.len() == 1 {
            Ok(int::new_int(b[0] as i64))
        } else {
            Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )))
        };
    }
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        v.ty().name()
    )))
}

fn divmod(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "divmod", kw)?;
    check_count(vm, "divmod", args.len(), 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    let ta = a.ty();
    let tb = b.ty();
    for (t, x, y) in [(ta, a, b), (tb, a, b)] {
        if let Some(f) = t.slots.divmod.get() {
            let r = f(vm, x, y)?;
            if !none::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        ta.name(),
        tb.name()
    )))
}

/// `format(value, spec)`: calls `type(value).__format__`.
pub fn format_value(vm: &Vm, v: &Value, spec: &Value) -> PyResult<Value> {
    let f = ops::lookup_special(vm, v, "__format__")?.ok_or_else(|| {
        vm.type_error(format!("Type {} doesn't define __format__", v.ty().name()))
    })?;
    let r = ops::call1(vm, &f, spec.clone())?;
    if pystr::as_str(&r).is_none() {
        return Err(vm.type_error(format!(
            "__format__ must return a str, not {}",
            r.ty().name()
        )));
    }
    Ok(r)
}

fn format(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "format", kw)?;
    check_count(vm, "format", args.len(), 1, 2)?;
    let spec = args.get(1).cloned().unwrap_or_else(|| pystr::new_str(""));
    if pystr::as_str(&spec).is_none() {
        return Err(vm.type_error(format!(
            "format() argument 2 must be str, not {}",
            spec.ty().name()
        )));
    }
    format_value(vm, &args[0], &spec)
}

fn attr_name(vm: &Vm, v: &Value, fname: &str) -> PyResult<Value> {
    if pystr::as_str(v).is_none() {
        let _ = fname;
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            v.ty().name()
        )));
    }
    Ok(pystr::intern_value(v))
}

fn getattr(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "getattr", kw)?;
    check_count(vm, "getattr", args.len(), 2, 3)?;
    let name = attr_name(vm, &args[1], "getattr")?;
    match args.get(2) {
        None => ops::getattr(vm, &args[0], &name),
        Some(default) => {
            Ok(ops::getattr_opt(vm, &args[0], &name)?.unwrap_or_else(|| default.clone()))
        }
    }
}

fn setattr(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "setattr", kw)?;
    check_count(vm, "setattr", args.len(), 3, 3)?;
    let name = attr_name(vm, &args[1], "setattr")?;
    ops::setattr(vm, &args[0], &name, args[2].clone())?;
    Ok(none::none())
}

fn delattr(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "delattr", kw)?;
    check_count(vm, "delattr", args.len(), 2, 2)?;
    let name = attr_name(vm, &args[1], "delattr")?;
    ops::delattr(vm, &args[0], &name)?;
    Ok(none::none())
}

fn hasattr(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "hasattr", kw)?;
    check_count(vm, "hasattr", args.len(), 2, 2)?;
    let name = attr_name(vm, &args[1], "hasattr")?;
    Ok(int::new_bool(
        ops::getattr_opt(vm, &args[0], &name)?.is_some(),
    ))
}

fn hash(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let v = one_arg(vm, "hash", args, kw)?;
    Ok(int::new_int(ops::hash(vm, v)?))
}

fn id(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let v = one_arg(vm, "id", args, kw)?;
    Ok(int::new_int_big(num_bigint::BigInt::from(v.bits())))
}

/// `isinstance(obj, cls)` with tuples and `__instancecheck__`.
pub fn is_instance(vm: &Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = as_type(cls) {
        if obj.ty().is_subtype(t) {
            return Ok(true);
        }
        if as_type(&cls.ty().to_value()).is_some_and(|m| std::ptr::eq(m, builtin().type_)) {
            // `obj.__class__` may differ from its type (proxies): CPython checks it too.
            // Skip the lookup when the type keeps object's own `__class__`.
            let name = crate::types::str::intern("__class__");
            let own = obj.ty().lookup(&name);
            let base = builtin().object.lookup(&name);
            if own
                .as_ref()
                .is_none_or(|o| base.as_ref().is_some_and(|b| o.is(b)))
            {
                return Ok(false);
            }
            return match ops::getattr_opt(vm, obj, &name)? {
                Some(c) if !c.is(&obj.ty().to_value()) => {
                    Ok(as_type(&c).is_some_and(|ct| ct.is_subtype(t)))
                }
                _ => Ok(false),
            };
        }
    }
    if let Some(items) = tuple::as_tuple(cls) {
        let _g = vm.enter(" in __instancecheck__")?;
        for c in items {
            if is_instance(vm, obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(check) = ops::lookup_special(vm, cls, "__instancecheck__")? {
        let r = ops::call1(vm, &check, obj.clone())?;
        return ops::truthy(vm, &r);
    }
    Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

fn isinstance(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "isinstance", kw)?;
    check_count(vm, "isinstance", args.len(), 2, 2)?;
    Ok(int::new_bool(is_instance(vm, &args[0], &args[1])?))
}

pub fn is_subclass(vm: &Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(items) = tuple::as_tuple(cls) {
        for c in items {
            if is_subclass(vm, sub, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(t) = as_type(cls) {
        if !std::ptr::eq(cls.ty(), builtin().type_) {
            if let Some(check) = ops::lookup_special(vm, cls, "__subclasscheck__")? {
                let r = ops::call1(vm, &check, sub.clone())?;
                return ops::truthy(vm, &r);
            }
        }
        let s = as_type(sub).ok_or_else(|| vm.type_error("issubclass() arg 1 must be a class"))?;
        return Ok(s.is_subtype(t));
    }
    if let Some(check) = ops::lookup_special(vm, cls, "__subclasscheck__")? {
        let r = ops::call1(vm, &check, sub.clone())?;
        return ops::truthy(vm, &r);
    }
    Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
}

fn issubclass(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "issubclass", kw)?;
    check_count(vm, "issubclass", args.len(), 2, 2)?;
    Ok(int::new_bool(is_subclass(vm, &args[0], &args[1])?))
}

fn iter(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "iter", kw)?;
    check_count(vm, "iter", args.len(), 1, 2)?;
    if args.len() == 2 {
        if !ops::is_callable(&args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::types::iterators::new_callable_iterator(
            args[0].clone(),
            args[1].clone(),
        ));
    }
    ops::iter(vm, &args[0])
}

fn next(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "next", kw)?;
    check_count(vm, "next", args.len(), 1, 2)?;
    if !args[0].ty().slots.next.is_set() {
        return Err(vm.type_error(format!(
            "'{}' object is not an iterator",
            args[0].ty().name()
        )));
    }
    // Generators and Python-level iterators keep their StopIteration (and its value).
    let raised = if args[0].ty().is_subtype(builtin().generator) {
        Some(crate::types::generator::next_raising(vm, &args[0]))
    } else if args[0].ty().is_heap() {
        Some(ops::call_method(vm, &args[0], "__next__", &[]))
    } else {
        None
    };
    if let Some(r) = raised {
        return match (r, args.get(1)) {
            (Err(e), Some(d)) if vm.err_matches(&e, builtin().stop_iteration) => Ok(d.clone()),
            (r, _) => r,
        };
    }
    match ops::next(vm, &args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(None)),
        },
    }
}

fn min_max(
    vm: &Vm,
    args: &[Value],
    kw: Option<&[Value]>,
    fname: &str,
    op: CompareOp,
) -> PyResult<Value> {
    let nkw = kw.map_or(0, |k| k.len());
    let npos = args.len() - nkw;
    let mut key = None;
    let mut default = None;
    if let Some(names) = kw {
        for (k, v) in names.iter().zip(&args[npos..]) {
            match pystr::as_str(k) {
                Some("key") => key = Some(v.clone()).filter(|k| !none::is_none(k)),
                Some("default") => default = Some(v.clone()),
                Some(o) => {
                    return Err(vm.type_error(format!(
                        "'{o}' is an invalid keyword argument for {fname}()"
                    )))
                }
                None => return Err(vm.type_error("keywords must be strings")),
            }
        }
    }
    if npos == 0 {
        return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0")));
    }
    let items: Vec<Value> = if npos == 1 {
        ops::collect(vm, &args[0])?
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {fname}() with multiple positional arguments"
            )));
        }
        args[..npos].to_vec()
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => ops::call1(vm, f, it.clone())?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                if ops::richcompare_bool(vm, &k, &bk, op)? {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => {
            default.ok_or_else(|| vm.value_error(format!("{fname}() arg is an empty sequence")))
        }
    }
}

fn max(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    min_max(vm, args, kw, "max", CompareOp::Gt)
}

fn min(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    min_max(vm, args, kw, "min", CompareOp::Lt)
}

fn pow(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = Args::new("pow", &["base", "exp", "mod"]).parse(vm, args, kw, 2)?;
    let base = a[0].clone().unwrap_or_else(none::none);
    let exp = a[1].clone().unwrap_or_else(none::none);
    let m = a[2].clone().unwrap_or_else(none::none);
    ops::pow3(vm, &base, &exp, &m)
}

fn round(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = Args::new("round", &["number", "ndigits"]).parse(vm, args, kw, 1)?;
    let num = a[0].clone().unwrap_or_else(none::none);
    let f = ops::lookup_special(vm, &num, "__round__")?.ok_or_else(|| {
        vm.type_error(format!(
            "type {} doesn't define __round__ method",
            num.ty().name()
        ))
    })?;
    match a[1].clone().filter(|n| !none::is_none(n)) {
        Some(n) => ops::call1(vm, &f, n),
        None => ops::call0(vm, &f),
    }
}

fn sorted(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let nkw = kw.map_or(0, |k| k.len());
    let npos = args.len() - nkw;
    if npos != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {npos}")));
    }
    let l = list::new_list(ops::collect(vm, &args[0])?);
    let sort = ops::getattr_str(vm, &l, "sort")?;
    ops::call(vm, &sort, &args[1..], kw)?;
    Ok(l)
}

fn sum(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = Args::new("sum", &["iterable", "/", "start"]).parse(vm, args, kw, 1)?;
    let iterable = a[0].clone().unwrap_or_else(none::none);
    let mut acc = a[1].clone().unwrap_or_else(|| Value::small_int(0));
    if pystr::as_str(&acc).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if acc.ty().is_subtype(builtin().bytes) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = ops::iter(vm, &iterable)?;
    while let Some(x) = ops::next(vm, &it)? {
        if let (Some(p), Some(q)) = (acc.as_small_int(), x.as_small_int()) {
            if let Some(r) = p.checked_add(q).filter(|r| Value::fits_small(*r)) {
                acc = Value::small_int(r);
                continue;
            }
        }
        acc = ops::binary_op(vm, &acc, &x, crate::bytecode::BinaryOp::Add)?;
    }
    Ok(acc)
}

pub fn current_frame_globals(vm: &Vm) -> Option<Value> {
    let f = vm.frame.get();
    if f.is_null() {
        return None;
    }
    // SAFETY: `vm.frame` is the innermost running frame, alive during this call.
    Some(unsafe { &*f }.globals().clone())
}

fn globals(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "globals", args.len(), 0, 0)?;
    Ok(current_frame_globals(vm).unwrap_or_else(dict::new_dict))
}

/// `locals()`: the frame's locals mapping, or a snapshot dict of a function's fast locals.
fn frame_locals(vm: &Vm) -> Value {
    let f = vm.frame.get();
    if f.is_null() {
        return dict::new_dict();
    }
    // SAFETY: `vm.frame` is the innermost running frame, alive during this call.
    locals_of(unsafe { &*f })
}

/// A running frame's locals: its locals mapping (module and class bodies), or a snapshot
/// dict of a function's fast locals and cells.
pub fn locals_of(f: &crate::eval::frame::Frame) -> Value {
    if let Some(l) = &f.locals {
        return l.clone();
    }
    let d = dict::new_dict();
    let co = f.code();
    for (i, name) in co.varnames.iter().enumerate() {
        if let Some(Some(v)) = f.fast().get(i) {
            dict::dict_set_str_value(&d, name.clone(), v.clone());
        }
    }
    let nvars = co.varnames.len();
    for (j, name) in co.derefnames.iter().enumerate() {
        if let Some(Some(c)) = f.fast().get(nvars + j) {
            if let Some(v) = crate::types::function::cell_get(c) {
                dict::dict_set_str_value(&d, name.clone(), v);
            }
        }
    }
    d
}

fn locals(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    check_count(vm, "locals", args.len(), 0, 0)?;
    Ok(frame_locals(vm))
}

fn vars(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "vars", kw)?;
    check_count(vm, "vars", args.len(), 0, 1)?;
    match args.first() {
        None => Ok(frame_locals(vm)),
        Some(o) => ops::getattr_opt(vm, o, &pystr::intern("__dict__"))?
            .ok_or_else(|| vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "dir", kw)?;
    check_count(vm, "dir", args.len(), 0, 1)?;
    let names = match args.first() {
        None => {
            let l = frame_locals(vm);
            dict::dict_items(&l)
                .into_iter()
                .map(|(k, _)| k)
                .collect::<Vec<_>>()
        }
        Some(o) => {
            if let Some(m) = o.downcast::<crate::types::module::ModuleObj>() {
                dict::dict_items(&m.dict)
                    .into_iter()
                    .map(|(k, _)| k)
                    .collect()
            } else if let Some(f) = o
                .ty()
                .lookup_str("__dir__")
                .filter(|f| as_type(o).is_some() && f.ty().is_subtype(builtin().function))
            {
                // A metaclass's own __dir__ (EnumType).
                let d = ops::call(vm, &f, std::slice::from_ref(o), None)?;
                ops::collect(vm, &d)?
            } else if let Some(t) = as_type(o) {
                let mut v = Vec::new();
                for m in t.mro() {
                    if let Some(mt) = as_type(m) {
                        v.extend(dict::dict_items(mt.dict()).into_iter().map(|(k, _)| k));
                    }
                }
                v
            } else {
                let d = ops::call_method(vm, o, "__dir__", &[])?;
                ops::collect(vm, &d)?
            }
        }
    };
    let mut strs: Vec<String> = names
        .iter()
        .filter_map(|n| pystr::as_str(n).map(|s| s.to_string()))
        .collect();
    strs.sort();
    strs.dedup();
    Ok(list::new_list(
        strs.iter().map(|s| pystr::new_str(s)).collect(),
    ))
}

fn source_of(vm: &Vm, v: &Value, fname: &str) -> PyResult<String> {
    if let Some(s) = pystr::as_str(v) {
        return Ok(s.to_string());
    }
    if let Some(b) = crate::types::bytes::as_bytes(v) {
        return String::from_utf8(b.to_vec())
            .map_err(|_| vm.value_error("source code is not valid UTF-8"));
    }
    Err(vm.type_error(format!(
        "{fname}() arg 1 must be a string, bytes or code object"
    )))
}

fn exec_or_eval(
    vm: &Vm,
    args: &[Value],
    kw: Option<&[Value]>,
    fname: &str,
    mode: crate::compile::CompileMode,
) -> PyResult<Value> {
    let a = Args::new(fname, &["source", "globals", "locals"]).parse(vm, args, kw, 1)?;
    let src = a[0].clone().unwrap_or_else(none::none);
    let globals = a[1]
        .clone()
        .filter(|g| !none::is_none(g))
        .or_else(|| current_frame_globals(vm))
        .unwrap_or_else(dict::new_dict);
    if dict::as_dict(&globals).is_none() {
        return Err(vm.type_error(format!(
            "{fname}() globals must be a dict, not {}",
            globals.ty().name()
        )));
    }
    let locals = a[2]
        .clone()
        .filter(|l| !none::is_none(l))
        .unwrap_or_else(|| {
            if a[1].as_ref().is_some_and(|g| !none::is_none(g)) {
                globals.clone()
            } else {
                frame_locals(vm)
            }
        });
    let code = if src.ty().is_subtype(builtin().code) {
        src
    } else {
        let text = source_of(vm, &src, fname)?;
        // eval() ignores leading spaces and tabs of a string source, as CPython does.
        let text = if matches!(mode, crate::compile::CompileMode::Eval) {
            text.trim_start_matches([' ', '\t']).to_string()
        } else {
            text
        };
        crate::modules::compile_source(vm, &text, "<string>", mode)?
    };
    if dict::dict_get_str(&globals, &pystr::intern("__builtins__")).is_none() {
        dict::dict_set_str(
            &globals,
            "__builtins__",
            crate::modules::builtins_module(vm),
        );
    }
    let r = crate::eval::run_code_with_locals(vm, code, &globals, &locals)?;
    Ok(if matches!(mode, crate::compile::CompileMode::Eval) {
        r
    } else {
        none::none()
    })
}

fn exec(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    exec_or_eval(vm, args, kw, "exec", crate::compile::CompileMode::Exec)
}

fn eval(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    exec_or_eval(vm, args, kw, "eval", crate::compile::CompileMode::Eval)
}

fn compile(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = Args::new(
        "compile",
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )
    .parse(vm, args, kw, 3)?;
    let src = source_of(vm, a[0].as_ref().unwrap_or(&none::none()), "compile")?;
    let filename = a[1]
        .as_ref()
        .map(|f| ops::str_string(vm, f))
        .transpose()?
        .unwrap_or_default();
    let mode = match a[2].as_ref().and_then(pystr::as_str) {
        Some("exec") => crate::compile::CompileMode::Exec,
        Some("eval") => crate::compile::CompileMode::Eval,
        Some("single") => crate::compile::CompileMode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    crate::modules::compile_source(vm, &src, &filename, mode)
}

fn input(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "input", kw)?;
    check_count(vm, "input", args.len(), 0, 1)?;
    let out = crate::modules::sys::replaced_stdout(vm);
    let inp = crate::modules::sys::replaced_stdin(vm);
    if let Some(p) = args.first() {
        let s = ops::str_(vm, p)?;
        match &out {
            None => crate::modules::sys::write_stdout(vm, pystr::as_str(&s).unwrap_or(""), true)?,
            Some(o) => {
                ops::call_method(vm, o, "write", &[s])?;
            }
        }
    }
    if let Some(o) = &out {
        if let Some(fl) = ops::getattr_opt(vm, o, &pystr::intern("flush"))? {
            ops::call0(vm, &fl)?;
        }
    }
    let line = match inp {
        Some(i) => {
            let l = ops::call_method(vm, &i, "readline", &[])?;
            match pystr::as_str(&l) {
                Some(t) => t.to_string(),
                None => return Err(vm.type_error("object.readline() returned non-string")),
            }
        }
        None => {
            let b = crate::modules::sys::read_stdin_line(vm, None)?;
            String::from_utf8_lossy(&b).into_owned()
        }
    };
    if line.is_empty() {
        return Err(vm.new_error(builtin().eof_error, "EOF when reading a line"));
    }
    let mut line = line;
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(pystr::new_string(line))
}

/// How CPython names a callable in call errors (`_PyObject_FunctionStr`):
/// `module.qualname()` for functions outside builtins, `qualname()` otherwise.
pub fn function_str(vm: &Vm, c: &Value) -> String {
    let qual = ops::getattr_opt(vm, c, &pystr::intern("__qualname__"))
        .ok()
        .flatten()
        .and_then(|q| pystr::as_str(&q).map(|s| s.to_string()));
    let Some(qual) = qual else {
        return ops::str_string(vm, c).unwrap_or_else(|_| "function".into());
    };
    let module = ops::getattr_opt(vm, c, &pystr::intern("__module__"))
        .ok()
        .flatten()
        .filter(|m| !none::is_none(m))
        .and_then(|m| pystr::as_str(&m).map(|s| s.to_string()));
    match module {
        Some(m) if m != "builtins" => format!("{m}.{qual}()"),
        _ => format!("{qual}()"),
    }
}
