//! `exit` and `quit`: the `_sitebuiltins.Quitter` objects CPython's `site` module puts in
//! builtins.
//!
//! Owns: the Quitter type (its repr and its call, which closes `sys.stdin` and raises
//! `SystemExit(code)`). Must not: exit the process itself (SystemExit unwinds normally).

use crate::modules::modtype::{new_type, LazyType};
use crate::object::{Payload, Value};
use crate::ops;
use crate::types::{builtin, none, str as pystr, TypeObject};
use crate::vm::{PyResult, Vm};

pub struct Quitter {
    name: &'static str,
}

static QUITTER: LazyType = LazyType::new();

impl Payload for Quitter {
    fn class() -> &'static TypeObject {
        quitter_type()
    }
}

fn quitter_type() -> &'static TypeObject {
    QUITTER.get(|| {
        new_type::<Quitter>("_sitebuiltins.Quitter", None, false, |t| {
            t.slots.repr.set(Some(quitter_repr));
            t.slots.call.set(Some(quitter_call));
        })
    })
}

/// A Quitter named `name` (`exit` or `quit`).
pub fn new_quitter(name: &'static str) -> Value {
    Value::alloc(quitter_type(), Quitter { name })
}

fn quitter_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    let q = v
        .downcast::<Quitter>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'Quitter' object"))?;
    Ok(pystr::new_string(format!(
        "Use {}() or Ctrl-D (i.e. EOF) to exit",
        q.name
    )))
}

fn quitter_call(vm: &Vm, _v: &Value, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let nkw = kw.map_or(0, |k| k.len());
    if let Some(k) = kw.and_then(|k| k.first()) {
        return Err(vm.type_error(format!(
            "Quitter.__call__() got an unexpected keyword argument '{}'",
            pystr::as_str(k).unwrap_or("")
        )));
    }
    let npos = args.len() - nkw;
    if npos > 1 {
        return Err(vm.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            npos + 1
        )));
    }
    // CPython closes sys.stdin first (errors ignored).
    if let Ok(sys) = crate::modules::import_module(vm, "sys") {
        if let Ok(stdin) = ops::getattr_str(vm, &sys, "stdin") {
            let _ = ops::call_method(vm, &stdin, "close", &[]);
        }
    }
    let code = args.first().cloned().unwrap_or_else(none::none);
    Err(vm.new_error_args(builtin().system_exit, vec![code]))
}
