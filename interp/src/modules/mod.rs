//! Modules built into weft and the import system.
//!
//! Owns: the registry of builtin modules (`sys`, `math`, `time`, ...), compiling source into
//! code objects (compile errors become SyntaxError), running scripts as `__main__`, and
//! `import` (absolute and relative, packages, `sys.path` search, `sys.modules` caching,
//! `from x import y`, `from x import *`). Must not: implement builtin functions (that is
//! `builtins/`).

pub mod _thread;
pub mod array;
pub mod cmath;
pub mod collections_native;
pub mod heapq_native;
pub mod itertools_native;
pub mod json_native;
pub mod math;
pub mod modtype;
pub mod posix;
pub mod random;
pub mod stdlib;
pub mod struct_;
pub mod sys;
pub mod time;
pub mod weft_internal;
pub mod weft_re;

use crate::compile::{CompileErrorKind, CompileMode};
use crate::object::Value;
use crate::ops;
use crate::types::{builtin, dict, list, module, none, str as pystr, tuple};
use crate::vm::{PyResult, Vm};

/// A builtin module: its name and the function that fills a fresh module's namespace.
type ModuleInit = fn(&Vm, &Value) -> PyResult<()>;

const BUILTIN_MODULES: &[(&str, ModuleInit)] = &[
    ("sys", sys::init),
    ("math", math::init),
    ("time", time::init),
    ("_thread", _thread::init),
    ("_random", random::init),
    ("_struct", struct_::init),
    ("array", array::init),
    ("cmath", cmath::init),
    ("posix", posix::init),
    ("_weakref", crate::types::weakref::init_module),
    ("_weft", weft_internal::init),
    ("_json", json_native::init),
    ("_weft_re", weft_re::init),
    ("_collections", collections_native::init),
    ("_heapq", heapq_native::init),
    ("_itertools", itertools_native::init),
];

/// Registers the always-present modules (`builtins`, `sys`) at start-up.
pub fn install(vm: &Vm) {
    // The `builtins` module's namespace is the runtime's builtins dict itself.
    let m = Value::alloc(
        builtin().module,
        module::ModuleObj {
            dict: vm.rt.builtins.clone(),
        },
    );
    dict::dict_set_str(&vm.rt.modules, "builtins", m);
    let _ = import_builtin(vm, "sys");
}

/// The `builtins` module object.
pub fn builtins_module(vm: &Vm) -> Value {
    dict::dict_get_str(&vm.rt.modules, &pystr::intern("builtins")).unwrap_or_else(none::none)
}

fn import_builtin(vm: &Vm, name: &str) -> PyResult<Option<Value>> {
    let Some((_, init)) = BUILTIN_MODULES.iter().find(|(n, _)| *n == name) else {
        return Ok(None);
    };
    let m = module::new_module(name);
    dict::dict_set_str(&vm.rt.modules, leak(name), m.clone());
    init(vm, &module::module_dict(&m))?;
    Ok(Some(m))
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

/// Compiles source text to a code object; compile errors become SyntaxError (or
/// IndentationError, TabError, RecursionError) exceptions.
pub fn compile_source(vm: &Vm, source: &str, filename: &str, mode: CompileMode) -> PyResult<Value> {
    match crate::compile::compile(source, filename, mode) {
        Ok(unit) => Ok(crate::types::function::load_code(unit)),
        Err(e) => {
            let b = builtin();
            let ty = match e.kind {
                CompileErrorKind::SyntaxError => b.syntax_error,
                CompileErrorKind::IndentationError => b.indentation_error,
                CompileErrorKind::TabError => b.tab_error,
                CompileErrorKind::RecursionError => {
                    return Err(vm.new_error(b.recursion_error, e.msg));
                }
            };
            let detail = tuple::new_tuple(vec![
                pystr::new_str(&e.filename),
                crate::types::int::new_int(e.line as i64),
                crate::types::int::new_int(e.col as i64),
                match &e.text {
                    Some(t) => pystr::new_str(t),
                    None => none::none(),
                },
                crate::types::int::new_int(e.end_line as i64),
                crate::types::int::new_int(e.end_col as i64),
            ]);
            Err(vm.new_error_args(ty, vec![pystr::new_str(&e.msg), detail]))
        }
    }
}

/// Runs a script file as `__main__`.
pub fn run_main_file(vm: &Vm, path: &str) -> PyResult<()> {
    let source = std::fs::read(path)
        .map_err(|e| vm.new_error(builtin().os_error, format!("can't open file '{path}': {e}")))?;
    let source = String::from_utf8(source).map_err(|_| {
        vm.new_error(
            builtin().syntax_error,
            format!("Non-UTF-8 code in file {path}"),
        )
    })?;
    run_main_source(vm, &source, path, Some(path))
}

/// Runs source text as `__main__` (`-c` and files).
pub fn run_main_source(vm: &Vm, source: &str, filename: &str, file: Option<&str>) -> PyResult<()> {
    let code = compile_source(vm, source, filename, CompileMode::Exec)?;
    let m = module::new_module("__main__");
    let d = module::module_dict(&m);
    if let Some(f) = file {
        dict::dict_set_str(&d, "__file__", pystr::new_str(f));
    }
    dict::dict_set_str(&d, "__builtins__", builtins_module(vm));
    dict::dict_set_str(&d, "__spec__", none::none());
    dict::dict_set_str(&vm.rt.modules, "__main__", m.clone());
    crate::eval::run_module_code(vm, code, &d)?;
    Ok(())
}

fn module_search_path(vm: &Vm) -> Vec<String> {
    let sysm = dict::dict_get_str(&vm.rt.modules, &pystr::intern("sys"));
    let path =
        sysm.and_then(|s| dict::dict_get_str(&module::module_dict(&s), &pystr::intern("path")));
    match path.as_ref().and_then(list::as_list) {
        Some(l) => l
            .snapshot()
            .iter()
            .filter_map(|p| pystr::as_str(p).map(|s| s.to_string()))
            .collect(),
        None => Vec::new(),
    }
}

fn find_module_file(dirs: &[String], name: &str) -> Option<(String, bool)> {
    for d in dirs {
        let base = if d.is_empty() {
            ".".to_string()
        } else {
            d.clone()
        };
        let pkg = format!("{base}/{name}/__init__.py");
        if std::path::Path::new(&pkg).is_file() {
            return Some((pkg, true));
        }
        let file = format!("{base}/{name}.py");
        if std::path::Path::new(&file).is_file() {
            return Some((file, false));
        }
    }
    None
}

fn module_not_found(vm: &Vm, name: &str) -> crate::vm::PyErr {
    let e = vm.new_error(
        builtin().module_not_found_error,
        format!("No module named '{name}'"),
    );
    crate::types::exceptions::set_attr(&e.0, "name", pystr::new_str(name));
    e
}

/// Modules whose code is running right now (for "partially initialized module" errors).
static INITIALIZING: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

fn initializing(name: &str) -> bool {
    INITIALIZING
        .lock()
        .map(|l| l.iter().any(|n| n == name))
        .unwrap_or(false)
}

fn set_initializing(name: &str, on: bool) {
    if let Ok(mut l) = INITIALIZING.lock() {
        if on {
            l.push(name.to_string());
        } else if let Some(i) = l.iter().rposition(|n| n == name) {
            l.remove(i);
        }
    }
}

/// The class of module specs (`module.__spec__`), made once: a plain heap class whose
/// instances carry CPython's `ModuleSpec` attributes.
fn spec_class(vm: &Vm) -> PyResult<Value> {
    static CLASS: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    if let Some(c) = CLASS.get() {
        return Ok(c.clone());
    }
    let ns = dict::new_dict();
    dict::dict_set_str(&ns, "__module__", pystr::new_str("importlib._bootstrap"));
    let cls = crate::types::type_::new_class(
        vm,
        &builtin().type_.to_value(),
        "ModuleSpec",
        Vec::new(),
        &ns,
        &[],
    )?;
    Ok(CLASS.get_or_init(|| cls).clone())
}

/// A `ModuleSpec`-like object for a module loaded from `origin`.
fn new_spec(vm: &Vm, name: &str, origin: &str, is_pkg: bool) -> PyResult<Value> {
    let spec = ops::call0(vm, &spec_class(vm)?)?;
    let parent = if is_pkg {
        name.to_string()
    } else {
        name.rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default()
    };
    let set = |k: &str, v: Value| ops::setattr(vm, &spec, &pystr::intern(k), v);
    set("name", pystr::new_str(name))?;
    set("loader", none::none())?;
    set("origin", pystr::new_str(origin))?;
    set("parent", pystr::new_str(&parent))?;
    set("has_location", crate::types::int::new_bool(true))?;
    set("cached", none::none())?;
    let locations = if is_pkg {
        let dir = std::path::Path::new(origin)
            .parent()
            .map(|p| p.to_string_lossy().to_string())
            .unwrap_or_default();
        list::new_list(vec![pystr::new_str(&dir)])
    } else {
        none::none()
    };
    set("submodule_search_locations", locations)?;
    Ok(spec)
}

/// Imports one fully qualified module (its parent already imported), or returns it from
/// `sys.modules`.
fn import_one(vm: &Vm, fullname: &str) -> PyResult<Value> {
    if let Some(m) = dict::dict_get_str(&vm.rt.modules, &pystr::intern(fullname)) {
        if none::is_none(&m) {
            let e = vm.new_error(
                builtin().module_not_found_error,
                format!("import of {fullname} halted; None in sys.modules"),
            );
            crate::types::exceptions::set_attr(&e.0, "name", pystr::new_str(fullname));
            return Err(e);
        }
        return Ok(m);
    }
    if let Some(m) = import_builtin(vm, fullname)? {
        return Ok(m);
    }
    let (parent, leaf) = match fullname.rfind('.') {
        Some(i) => (Some(&fullname[..i]), &fullname[i + 1..]),
        None => (None, fullname),
    };
    let dirs = match parent {
        Some(p) => {
            let pm = import_one(vm, p)?;
            let pd = module::module_dict(&pm);
            match dict::dict_get_str(&pd, &pystr::intern("__path__"))
                .as_ref()
                .and_then(list::as_list)
            {
                Some(l) => l
                    .snapshot()
                    .iter()
                    .filter_map(|x| pystr::as_str(x).map(|s| s.to_string()))
                    .collect(),
                None => {
                    return Err(vm.new_error(
                        builtin().module_not_found_error,
                        format!("No module named '{fullname}'; '{p}' is not a package"),
                    ))
                }
            }
        }
        None => module_search_path(vm),
    };
    // The search path first (a script's own `random.py` shadows the library's), then the
    // modules weft ships.
    let (source, file, is_pkg) = match find_module_file(&dirs, leaf) {
        Some((file, is_pkg)) => {
            let source = std::fs::read_to_string(&file).map_err(|e| {
                vm.new_error(builtin().import_error, format!("cannot read {file}: {e}"))
            })?;
            (source, file, is_pkg)
        }
        None => match stdlib::find(fullname) {
            Some(found) => (found.source, found.filename, found.is_package),
            None => return Err(module_not_found(vm, fullname)),
        },
    };
    let code = compile_source(vm, &source, &file, CompileMode::Exec)?;
    let m = module::new_module(fullname);
    let d = module::module_dict(&m);
    dict::dict_set_str(&d, "__file__", pystr::new_str(&file));
    dict::dict_set_str(&d, "__builtins__", builtins_module(vm));
    dict::dict_set_str(&d, "__spec__", new_spec(vm, fullname, &file, is_pkg)?);
    if is_pkg {
        let dir = std::path::Path::new(&file)
            .parent()
            .map(|p| p.to_string_lossy().to_string())
            .unwrap_or_default();
        dict::dict_set_str(&d, "__path__", list::new_list(vec![pystr::new_str(&dir)]));
        dict::dict_set_str(&d, "__package__", pystr::new_str(fullname));
    } else {
        dict::dict_set_str(&d, "__package__", pystr::new_str(parent.unwrap_or("")));
    }
    dict::dict_set_str_value(&vm.rt.modules, pystr::intern(fullname), m.clone());
    set_initializing(fullname, true);
    let ran = crate::eval::run_module_code(vm, code, &d);
    set_initializing(fullname, false);
    if let Err(e) = ran {
        dict::dict_del_str(&vm.rt.modules, &pystr::intern(fullname));
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    let m = dict::dict_get_str(&vm.rt.modules, &pystr::intern(fullname)).unwrap_or(m);
    if let Some(p) = parent {
        if let Some(pm) = dict::dict_get_str(&vm.rt.modules, &pystr::intern(p)) {
            ops::setattr(vm, &pm, &pystr::intern(leaf), m.clone())?;
        }
    }
    Ok(m)
}

fn resolve_relative(vm: &Vm, name: &str, globals: &Value, level: usize) -> PyResult<String> {
    let package = dict::dict_get_str(globals, &pystr::intern("__package__"))
        .filter(|p| !none::is_none(p))
        .and_then(|p| pystr::as_str(&p).map(|s| s.to_string()));
    let package = match package {
        Some(p) => p,
        None => {
            let modname = dict::dict_get_str(globals, &pystr::intern("__name__"))
                .and_then(|n| pystr::as_str(&n).map(|s| s.to_string()))
                .unwrap_or_default();
            if dict::dict_get_str(globals, &pystr::intern("__path__")).is_some() {
                modname
            } else {
                modname
                    .rsplit_once('.')
                    .map(|(a, _)| a.to_string())
                    .unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        return Err(vm.new_error(
            builtin().import_error,
            "attempted relative import with no known parent package",
        ));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return Err(vm.new_error(
            builtin().import_error,
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// Imports module `name` (dotted, absolute) and returns it (the leaf, not the top
/// package), for native code that needs a library module (`open` needs `io`).
pub fn import_module(vm: &Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = dict::dict_get_str(&vm.rt.modules, &pystr::intern(name)) {
        return Ok(m);
    }
    let mut prefix = String::new();
    let mut last = None;
    for part in name.split('.') {
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        last = Some(import_one(vm, &prefix)?);
    }
    last.ok_or_else(|| module_not_found(vm, name))
}

/// The `IMPORT_NAME` instruction and `__import__`.
pub fn import_name(
    vm: &Vm,
    name: &Value,
    globals: &Value,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let name_s = pystr::as_str(name)
        .ok_or_else(|| vm.type_error("module name must be a string"))?
        .to_string();
    let level = level.as_small_int().unwrap_or(0).max(0) as usize;
    let full = if level > 0 {
        resolve_relative(vm, &name_s, globals, level)?
    } else {
        if name_s.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        name_s.clone()
    };
    let mut prefix = String::new();
    let mut first = None;
    let mut last = None;
    for part in full.split('.') {
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        let m = import_one(vm, &prefix)?;
        if first.is_none() {
            first = Some(m.clone());
        }
        last = Some(m);
    }
    let last = last.ok_or_else(|| module_not_found(vm, &full))?;
    let has_fromlist = !none::is_none(fromlist) && ops::truthy(vm, fromlist)?;
    if has_fromlist {
        // Import submodules named in the fromlist of a package.
        let d = module::module_dict(&last);
        if dict::dict_get_str(&d, &pystr::intern("__path__")).is_some() {
            for item in ops::collect(vm, fromlist)? {
                let Some(s) = pystr::as_str(&item) else {
                    continue;
                };
                if s == "*" || dict::dict_get_str(&d, &pystr::intern(s)).is_some() {
                    continue;
                }
                let sub = format!("{full}.{s}");
                match import_one(vm, &sub) {
                    Ok(_) => {}
                    Err(e) if vm.err_matches(&e, builtin().module_not_found_error) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        return Ok(last);
    }
    if level > 0 {
        // `from . import x` style without fromlist is unusual; return the resolved module's
        // top package as CPython does.
        let top_name = name_s.split('.').next().unwrap_or("");
        if top_name.is_empty() {
            return Ok(last);
        }
        let base_len = full.len() - name_s.len();
        let top_full = format!("{}{}", &full[..base_len], top_name);
        return import_one(vm, &top_full);
    }
    Ok(first.unwrap_or(last))
}

/// The `IMPORT_FROM` instruction.
pub fn import_from(vm: &Vm, m: &Value, name: &Value) -> PyResult<Value> {
    if let Some(v) = ops::getattr_opt(vm, m, name)? {
        return Ok(v);
    }
    let mname = module::module_name(m).unwrap_or_else(|| "?".into());
    let n = pystr::as_str(name).unwrap_or("?");
    if let Some(v) = dict::dict_get_str(&vm.rt.modules, &pystr::intern(&format!("{mname}.{n}"))) {
        return Ok(v);
    }
    let file = dict::dict_get_str(&module::module_dict(m), &pystr::intern("__file__"))
        .and_then(|f| pystr::as_str(&f).map(|s| s.to_string()));
    let location = file
        .clone()
        .unwrap_or_else(|| "unknown location".to_string());
    let msg = if initializing(&mname) {
        format!(
            "cannot import name '{n}' from partially initialized module '{mname}' \
             (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name '{n}' from '{mname}' ({location})")
    };
    let e = vm.new_error(builtin().import_error, msg);
    crate::types::exceptions::set_attr(&e.0, "name", pystr::new_str(&mname));
    crate::types::exceptions::set_attr(
        &e.0,
        "path",
        file.map_or_else(none::none, |f| pystr::new_str(&f)),
    );
    Err(e)
}

/// `from m import *` into `target`.
pub fn import_star(vm: &Vm, m: &Value, target: &Value) -> PyResult<()> {
    let d = module::module_dict(m);
    let names: Vec<Value> = match dict::dict_get_str(&d, &pystr::intern("__all__")) {
        Some(all) => ops::collect(vm, &all)?,
        None => dict::dict_items(&d)
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| pystr::as_str(k).is_some_and(|s| !s.starts_with('_')))
            .collect(),
    };
    for n in names {
        let n = pystr::intern_value(&n);
        let v = ops::getattr(vm, m, &n)?;
        dict::dict_set(vm, target, n, v)?;
    }
    Ok(())
}

/// The exit status for an exception that ended the program, printing it as CPython does
/// (SystemExit prints only a non-integer code).
pub fn exit_status_for(vm: &Vm, e: &crate::vm::PyErr) -> i32 {
    let b = builtin();
    if e.0.ty().is_subtype(b.system_exit) {
        let code = crate::types::exceptions::get_attr(&e.0, "code").unwrap_or_else(none::none);
        if none::is_none(&code) {
            return 0;
        }
        if let Some(i) = crate::types::int::as_int(&code) {
            return match i {
                crate::types::int::IntRef::Small(v) => v as i32,
                crate::types::int::IntRef::Big(_) => -1,
            };
        }
        let text = ops::str_string(vm, &code).unwrap_or_default();
        sys::write_stderr(&format!("{text}\n"));
        return 1;
    }
    report_uncaught(vm, &e.0);
    1
}

/// The interpreter's exit sequence after the main program and `threading._shutdown`, as
/// CPython's: `atexit` callbacks (last registered first), then the names of `__main__`
/// are set to None so that objects only the module held are finalized (`__del__`, weak
/// reference callbacks) before the process ends. CPython's order there comes from its
/// cycle collector; weft approximates its common case: first the objects with a
/// `__del__` bound directly, then everything else (containers and what they hold), each
/// in definition order.
pub fn run_exit_sequence(vm: &Vm) {
    let modules = &vm.rt.modules;
    if let Some(atexit) = dict::dict_get_str(modules, &pystr::intern("atexit")) {
        if let Ok(Some(run)) = ops::getattr_opt(vm, &atexit, &pystr::intern("_run_exitfuncs")) {
            if let Err(e) = ops::call(vm, &run, &[], None) {
                _thread::print_unraisable(vm, &e.0, None);
            }
        }
    }
    crate::thread::drop_all_pins();
    // Threads still running Python code (daemon threads) keep `__main__` in use: CPython
    // leaves its objects alone then, and so does weft.
    let running = match dict::dict_get_str(modules, &pystr::intern("threading")) {
        Some(threading) => ops::getattr_opt(vm, &threading, &pystr::intern("_active"))
            .ok()
            .flatten()
            .map_or(0, |active| dict::dict_len(&active).saturating_sub(1)),
        None => crate::thread::started_threads_alive(),
    };
    if running > 0 {
        return;
    }
    let Some(main) = dict::dict_get_str(modules, &pystr::intern("__main__")) else {
        return;
    };
    let globals = module::module_dict(&main);
    for finalizable_pass in [true, false] {
        for (key, value) in dict::dict_items(&globals) {
            if pystr::as_str(&key) == Some("__builtins__") || none::is_none(&value) {
                continue;
            }
            if finalizable_pass && value.ty().slots.finalize.get().is_none() {
                continue;
            }
            drop(value);
            // The old value is dropped here, which may run its finalizer.
            dict::dict_set_str_value(&globals, key, none::none());
            // With other threads registered (parked by the exit pause), the namespace
            // retires replaced values for lock-free readers: nobody reads now, free them.
            if crate::thread::state::world_stopped() {
                crate::thread::qsbr::reclaim_now();
            }
        }
    }
}

/// Reports an exception that ended the program through `sys.excepthook`, as CPython
/// does: weft's own hook prints the traceback directly; a replaced hook is called with
/// `(type, value, traceback)`, and if it raises, both exceptions are printed.
fn report_uncaught(vm: &Vm, exc: &Value) {
    use crate::types::exceptions::{format_exception, traceback_value};
    let sys_dict =
        dict::dict_get_str(&vm.rt.modules, &pystr::intern("sys")).map(|m| module::module_dict(&m));
    let hook = sys_dict
        .as_ref()
        .and_then(|d| dict::dict_get_str(d, &pystr::intern("excepthook")));
    let original = sys_dict
        .as_ref()
        .and_then(|d| dict::dict_get_str(d, &pystr::intern("__excepthook__")));
    let Some(hook) = hook.filter(|h| !none::is_none(h)) else {
        sys::write_stderr("sys.excepthook is missing\n");
        sys::write_stderr(&format_exception(vm, exc));
        return;
    };
    if original.is_some_and(|o| o.is(&hook)) {
        sys::write_stderr(&format_exception(vm, exc));
        return;
    }
    let args = [exc.ty().to_value(), exc.clone(), traceback_value(exc)];
    if let Err(hook_error) = ops::call(vm, &hook, &args, None) {
        sys::write_stderr("Error in sys.excepthook:\n");
        sys::write_stderr(&format_exception(vm, &hook_error.0));
        sys::write_stderr("\nOriginal exception was:\n");
        sys::write_stderr(&format_exception(vm, exc));
    }
}

/// The `-X stats` report printed at exit.
pub fn stats_report(vm: &Vm) -> String {
    let o = &vm.rt.options;
    let mut out = format!(
        "weft stats: thread mode {:?}, refcount {:?}, specialization {}, JIT {}\n\
         (JIT statistics arrive with that tier)\n",
        o.thread_mode,
        o.rc,
        if o.specialize { "on" } else { "off" },
        if o.jit { "on" } else { "off" }
    );
    if o.specialize {
        out.push_str(&crate::specialize::report());
    }
    out.push_str(&crate::thread::stats_report());
    out
}
