//! Traceback and frame objects as Python sees them.
//!
//! Owns: the `traceback` type (`tb_next`, `tb_frame`, `tb_lineno`), built on demand from the
//! entries an exception records while it propagates (`exceptions::TbEntry`), and the
//! `frame` type: a read-only snapshot of a frame (`f_code`, `f_globals`, `f_lineno`,
//! `f_back`, `f_builtins`, and `f_locals` for `sys._getframe`) taken from a traceback entry
//! or from the running frame chain (`snapshot_stack`). Must not: record traceback entries (the eval loop does) or keep a
//! running frame alive (snapshots copy what they show).

use std::sync::atomic::Ordering;

use crate::object::{Payload, Value};
use crate::types::descriptors::add_getset;
use crate::types::exceptions::TbEntry;
use crate::types::{builtin, dict, int, none, str::new_str, TypeObject, TypeSpec};
use crate::vm::{PyResult, Vm};

/// One link of a traceback chain (outermost frame first, `tb_next` goes inwards).
pub struct TracebackObj {
    pub next: Option<Value>,
    pub frame: Value,
    pub lineno: u32,
    /// The instruction index (`exceptions::NO_LASTI` when unknown).
    pub lasti: u32,
}

/// A snapshot of a frame.
pub struct FrameObj {
    pub code: Value,
    pub globals: Value,
    pub lineno: u32,
    pub back: Option<Value>,
    /// The locals when the snapshot was taken (`sys._getframe`); `None` for traceback
    /// frames, whose locals are not recorded.
    pub locals: Option<Value>,
}

impl Payload for TracebackObj {
    fn class() -> &'static TypeObject {
        traceback_type()
    }
}

impl Payload for FrameObj {
    fn class() -> &'static TypeObject {
        frame_type()
    }
}

fn late_type<T: 'static>(name: &'static str) -> &'static TypeObject {
    let t = crate::types::new_builtin_type(TypeSpec::of::<T>(name, Some(builtin().object)));
    t.header.ty.store(
        builtin().type_ as *const TypeObject as *mut TypeObject,
        Ordering::Relaxed,
    );
    // SAFETY: the new type is not shared yet.
    unsafe { t.inner_mut() }.dict = dict::new_dict();
    crate::types::native::add_slot_wrappers(t);
    t
}

/// The `traceback` type.
pub fn traceback_type() -> &'static TypeObject {
    static T: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let p = *T.get_or_init(|| {
        let t = late_type::<TracebackObj>("traceback");
        add_getset(t, "tb_next", tb_next, None);
        add_getset(t, "tb_frame", tb_frame, None);
        add_getset(t, "tb_lineno", tb_lineno, None);
        t as *const TypeObject as usize
    });
    // SAFETY: leaked immortal type created once above.
    unsafe { &*(p as *const TypeObject) }
}

/// The `frame` type.
pub fn frame_type() -> &'static TypeObject {
    static T: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let p = *T.get_or_init(|| {
        let t = late_type::<FrameObj>("frame");
        t.slots.repr.set(Some(frame_repr));
        add_getset(t, "f_code", f_code, None);
        add_getset(t, "f_globals", f_globals, None);
        add_getset(t, "f_lineno", f_lineno, None);
        add_getset(t, "f_back", f_back, None);
        add_getset(t, "f_locals", f_locals, None);
        add_getset(t, "f_builtins", f_builtins, None);
        t as *const TypeObject as usize
    });
    // SAFETY: leaked immortal type created once above.
    unsafe { &*(p as *const TypeObject) }
}

/// Builds the traceback chain for entries recorded innermost first; None when empty.
pub fn chain_from_entries(entries: &[TbEntry]) -> Value {
    let mut next: Option<Value> = None;
    for e in entries {
        let frame = Value::alloc(
            frame_type(),
            FrameObj {
                code: e.code.clone(),
                globals: e.globals.clone(),
                lineno: e.line,
                back: None,
                locals: None,
            },
        );
        next = Some(Value::alloc(
            traceback_type(),
            TracebackObj {
                next: next.take(),
                frame,
                lineno: e.line,
                lasti: e.lasti,
            },
        ));
    }
    next.unwrap_or_else(none::none)
}

/// The entries (innermost first) a traceback chain stands for, or None if `v` is not a
/// traceback.
pub fn entries_from_chain(v: &Value) -> Option<Vec<TbEntry>> {
    let mut out = Vec::new();
    let mut cur = Some(v.clone());
    while let Some(tb) = cur {
        let t = tb.downcast::<TracebackObj>()?;
        let f = t.frame.downcast::<FrameObj>()?;
        let code = f.code.downcast::<crate::types::function::CodeObject>()?;
        out.push(TbEntry {
            filename: code.filename.clone(),
            name: code.name.clone(),
            line: t.lineno,
            lasti: t.lasti,
            code: f.code.clone(),
            globals: f.globals.clone(),
        });
        cur = t.next.clone();
        if out.len() > 1_000_000 {
            break;
        }
    }
    out.reverse();
    Some(out)
}

/// Snapshots of the running frames, innermost first, skipping `skip` of them; each
/// snapshot's `f_back` is the next one. `with_locals` also copies each frame's locals
/// (`f_locals`).
pub fn snapshot_stack(vm: &Vm, skip: usize, with_locals: bool) -> Value {
    let mut raw: Vec<(Value, Value, u32, Option<Value>)> = Vec::new();
    let mut fp = vm.frame.get();
    let mut depth = 0usize;
    while !fp.is_null() {
        // SAFETY: `vm.frame` and the `back` links point at frames that are still running
        // on this thread (each is reset when its frame exits), so they are alive here.
        let f = unsafe { &*fp };
        if depth >= skip {
            raw.push((
                f.code_value().clone(),
                f.globals().clone(),
                f.line_at(f.pc.saturating_sub(1)),
                with_locals.then(|| crate::builtins::locals_of(f)),
            ));
        }
        depth += 1;
        fp = f.back;
    }
    let mut back: Option<Value> = None;
    for (code, globals, lineno, locals) in raw.into_iter().rev() {
        back = Some(Value::alloc(
            frame_type(),
            FrameObj {
                code,
                globals,
                lineno,
                back: back.take(),
                locals,
            },
        ));
    }
    back.unwrap_or_else(none::none)
}

fn tb<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a TracebackObj> {
    v.downcast::<TracebackObj>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'traceback' object"))
}

fn fr<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a FrameObj> {
    v.downcast::<FrameObj>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'frame' object"))
}

fn tb_next(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(tb(vm, v)?.next.clone().unwrap_or_else(none::none))
}
fn tb_frame(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(tb(vm, v)?.frame.clone())
}
fn tb_lineno(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(int::new_int(tb(vm, v)?.lineno as i64))
}
fn f_code(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(fr(vm, v)?.code.clone())
}
fn f_globals(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(fr(vm, v)?.globals.clone())
}
fn f_lineno(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(int::new_int(fr(vm, v)?.lineno as i64))
}
fn f_locals(vm: &Vm, v: &Value) -> PyResult<Value> {
    fr(vm, v)?
        .locals
        .clone()
        .ok_or_else(|| vm.attribute_error("f_locals is not recorded for traceback frames in weft"))
}
fn f_builtins(vm: &Vm, v: &Value) -> PyResult<Value> {
    fr(vm, v)?;
    Ok(vm.rt.builtins.clone())
}
fn f_back(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(fr(vm, v)?.back.clone().unwrap_or_else(none::none))
}

fn frame_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = fr(vm, v)?;
    let (file, name) = match f.code.downcast::<crate::types::function::CodeObject>() {
        Some(c) => (
            crate::ops::repr_string(vm, &c.filename)?,
            crate::types::str::as_str(&c.name)
                .unwrap_or("?")
                .to_string(),
        ),
        None => ("'?'".to_string(), "?".to_string()),
    };
    Ok(new_str(&format!(
        "<frame at {:#x}, file {file}, line {}, code {name}>",
        v.bits(),
        f.lineno
    )))
}
