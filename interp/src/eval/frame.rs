//! Frames and argument binding.
//!
//! Owns: `Frame` (fast locals, cells, value stack, program counter) and binding call
//! arguments to parameters with CPython's error messages. Must not: execute instructions.

use crate::bytecode::code_flags;
use crate::object::Value;
use crate::types::function::{new_cell, CodeObject, FunctionObj};
use crate::types::{dict, none, str::as_str, tuple};
use crate::vm::{PyResult, Vm};

/// One activation of a code object.
pub struct Frame {
    /// Keeps the code alive; `co` points into it.
    pub code: Value,
    co: *const CodeObject,
    pub globals: Value,
    pub builtins: Value,
    /// The locals mapping of module and class bodies (LOAD_NAME/STORE_NAME).
    pub locals: Option<Value>,
    /// Fast locals, then cells, then free variables.
    pub fast: Vec<Option<Value>>,
    pub stack: Vec<Value>,
    /// Index of the next instruction.
    pub pc: u32,
    /// The function being run (for zero-argument `super()`), if any.
    pub func: Option<Value>,
    /// Set when the pending error is a re-raise (no new traceback entry).
    pub reraising: bool,
    /// Exceptions a suspended generator was handling, restored when it resumes.
    pub saved_handled: Vec<Value>,
    /// The frame that was running when this one was entered (valid only while this frame
    /// runs; for stack snapshots).
    pub back: *const Frame,
}

/// Per-thread pools of frame vectors, so a call does not go to the allocator twice.
struct FramePool {
    fast: Vec<Vec<Option<Value>>>,
    stacks: Vec<Vec<Value>>,
}

const FRAME_POOL_MAX: usize = 64;

thread_local! {
    static FRAME_POOL: std::cell::UnsafeCell<FramePool> =
        const { std::cell::UnsafeCell::new(FramePool { fast: Vec::new(), stacks: Vec::new() }) };
}

fn pooled_vectors(nfast: usize, nstack: usize) -> (Vec<Option<Value>>, Vec<Value>) {
    let (mut fast, mut stack) = FRAME_POOL
        .try_with(|p| {
            // SAFETY: the pool is thread-local and not borrowed across this closure.
            let p = unsafe { &mut *p.get() };
            (
                p.fast.pop().unwrap_or_default(),
                p.stacks.pop().unwrap_or_default(),
            )
        })
        .unwrap_or_default();
    fast.resize(nfast, None);
    stack.reserve(nstack);
    (fast, stack)
}

impl Drop for Frame {
    fn drop(&mut self) {
        let mut fast = std::mem::take(&mut self.fast);
        let mut stack = std::mem::take(&mut self.stack);
        // Drop the values before touching the pool: a destructor may run Python code that
        // makes frames of its own.
        fast.clear();
        stack.clear();
        let _ = FRAME_POOL.try_with(|p| {
            // SAFETY: the pool is thread-local and not borrowed across this closure.
            let p = unsafe { &mut *p.get() };
            if p.fast.len() < FRAME_POOL_MAX && fast.capacity() <= 256 {
                p.fast.push(fast);
            }
            if p.stacks.len() < FRAME_POOL_MAX && stack.capacity() <= 256 {
                p.stacks.push(stack);
            }
        });
    }
}

impl Frame {
    pub fn new(code: Value, globals: Value, builtins: Value, locals: Option<Value>) -> Frame {
        // SAFETY: frames are only made for code objects.
        let co = unsafe { code.payload_unchecked::<CodeObject>() } as *const CodeObject;
        // SAFETY: `co` points into `code`, which the frame keeps alive.
        let c = unsafe { &*co };
        let (fast, stack) = pooled_vectors(c.nlocalsplus, c.unit.max_stack as usize);
        Frame {
            fast,
            stack,
            code,
            co,
            globals,
            builtins,
            locals,
            pc: 0,
            func: None,
            reraising: false,
            saved_handled: Vec::new(),
            back: std::ptr::null(),
        }
    }

    #[inline(always)]
    pub fn code(&self) -> &CodeObject {
        // SAFETY: `co` points into `self.code`, kept alive by the frame.
        unsafe { &*self.co }
    }

    /// The source line of the instruction at `index`.
    pub fn line_at(&self, index: u32) -> u32 {
        self.code()
            .unit
            .locations
            .get(index as usize)
            .map_or(self.code().unit.firstlineno, |l| l.line)
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn name_list(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => format!("'{}'", names[0]),
        2 => format!("'{}' and '{}'", names[0], names[1]),
        _ => {
            let head: Vec<String> = names[..names.len() - 1]
                .iter()
                .map(|n| format!("'{n}'"))
                .collect();
            format!("{}, and '{}'", head.join(", "), names[names.len() - 1])
        }
    }
}

/// Builds the frame for calling `func` with `args` (positional then keyword values named
/// by `kwnames`), binding parameters as CPython does.
pub fn frame_for_call(
    vm: &Vm,
    func_v: &Value,
    func: &FunctionObj,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<Frame> {
    let co = func.code();
    let unit = &co.unit;
    let mut frame = Frame::new(
        func.code.clone(),
        func.globals.clone(),
        func.builtins.clone(),
        None,
    );
    frame.func = Some(func_v.clone());
    let nkw = kwnames.map_or(0, |k| k.len());
    let npos = args.len() - nkw;
    let argcount = unit.argcount as usize;
    let kwonly = unit.kwonlyargcount as usize;
    let has_varargs = unit.flags & code_flags::VARARGS != 0;
    let has_varkw = unit.flags & code_flags::VARKEYWORDS != 0;
    let fast = &mut frame.fast;

    // Fast path: exact positional arguments, nothing else to do.
    if nkw == 0 && npos == argcount && !has_varargs && !has_varkw && kwonly == 0 {
        for (slot, a) in fast.iter_mut().zip(args) {
            *slot = Some(a.clone());
        }
    } else {
        let qual = || {
            let q = func.qualname.get();
            as_str(&q).unwrap_or("?").to_string()
        };
        let n = npos.min(argcount);
        for i in 0..n {
            fast[i] = Some(args[i].clone());
        }
        let mut slot = argcount + kwonly;
        if has_varargs {
            let extra = if npos > argcount {
                args[argcount..npos].to_vec()
            } else {
                Vec::new()
            };
            fast[slot] = Some(tuple::new_tuple(extra));
            slot += 1;
        } else if npos > argcount {
            let defaults = func.defaults.get();
            let ndef = tuple::as_tuple(&defaults).map_or(0, |d| d.len());
            let kw_given = kwnames
                .map(|k| {
                    k.iter()
                        .filter(|n| {
                            let s = as_str(n).unwrap_or("");
                            unit.varnames[argcount..argcount + kwonly]
                                .iter()
                                .any(|v| v == s)
                        })
                        .count()
                })
                .unwrap_or(0);
            let takes = if ndef > 0 {
                format!("from {} to {}", argcount - ndef, argcount)
            } else {
                format!("{argcount}")
            };
            let msg = if kw_given > 0 {
                format!(
                    "{}() takes {} positional argument{} but {} positional argument{} (and {} keyword-only argument{}) were given",
                    qual(),
                    takes,
                    if argcount == 1 && ndef == 0 { "" } else { "s" },
                    npos,
                    if npos == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{}() takes {} positional argument{} but {} {} given",
                    qual(),
                    takes,
                    if argcount == 1 && ndef == 0 { "" } else { "s" },
                    npos,
                    if npos == 1 { "was" } else { "were" }
                )
            };
            return Err(vm.type_error(msg));
        }
        let kwdict = if has_varkw {
            let d = dict::new_dict();
            fast[slot] = Some(d.clone());
            Some(d)
        } else {
            None
        };
        if let Some(names) = kwnames {
            let posonly = unit.posonlyargcount as usize;
            let mut posonly_as_kw: Vec<String> = Vec::new();
            for (k, v) in names.iter().zip(&args[npos..]) {
                let key = as_str(k).unwrap_or("");
                let found = unit.varnames[..argcount + kwonly]
                    .iter()
                    .enumerate()
                    .skip(posonly)
                    .find(|(_, n)| n.as_str() == key)
                    .map(|(i, _)| i);
                match found {
                    Some(i) => {
                        if fast[i].is_some() {
                            return Err(vm.type_error(format!(
                                "{}() got multiple values for argument '{}'",
                                qual(),
                                key
                            )));
                        }
                        fast[i] = Some(v.clone());
                    }
                    None => match &kwdict {
                        Some(d) => {
                            if dict::dict_get(vm, d, k)?.is_some() {
                                return Err(vm.type_error(format!(
                                    "{}() got multiple values for keyword argument '{}'",
                                    qual(),
                                    key
                                )));
                            }
                            dict::dict_set(vm, d, k.clone(), v.clone())?;
                        }
                        None => {
                            if unit.varnames[..posonly].iter().any(|n| n == key) {
                                posonly_as_kw.push(key.to_string());
                                continue;
                            }
                            return Err(vm.type_error(format!(
                                "{}() got an unexpected keyword argument '{}'",
                                qual(),
                                key
                            )));
                        }
                    },
                }
            }
            if !posonly_as_kw.is_empty() {
                return Err(vm.type_error(format!(
                    "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                    qual(),
                    posonly_as_kw.join(", ")
                )));
            }
        }
        // Defaults for missing positional parameters.
        if npos < argcount {
            let defaults = func.defaults.get();
            let defs = tuple::as_tuple(&defaults).unwrap_or(&[]);
            let first_default = argcount - defs.len().min(argcount);
            let mut missing = Vec::new();
            for i in npos..argcount {
                if fast[i].is_none() {
                    if i >= first_default {
                        fast[i] = Some(defs[i - first_default].clone());
                    } else {
                        missing.push(unit.varnames[i].clone());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(vm.type_error(format!(
                    "{}() missing {} {}: {}",
                    qual(),
                    missing.len(),
                    if missing.len() == 1 {
                        "required positional argument"
                    } else {
                        "required positional arguments"
                    },
                    name_list(&missing)
                )));
            }
        }
        if kwonly > 0 {
            let kwdefaults = func.kwdefaults.get();
            let mut missing = Vec::new();
            #[allow(clippy::needless_range_loop)] // `i` also indexes `varnames`
            for i in argcount..argcount + kwonly {
                if fast[i].is_none() {
                    let name = &unit.varnames[i];
                    let d = if none::is_none(&kwdefaults) {
                        None
                    } else {
                        dict::dict_get_str(&kwdefaults, &co.varnames[i])
                    };
                    match d {
                        Some(v) => fast[i] = Some(v),
                        None => missing.push(name.clone()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(vm.type_error(format!(
                    "{}() missing {} {}: {}",
                    qual(),
                    missing.len(),
                    if missing.len() == 1 {
                        "required keyword-only argument"
                    } else {
                        "required keyword-only arguments"
                    },
                    name_list(&missing)
                )));
            }
        }
        let _ = plural;
    }
    init_cells(&mut frame, func);
    Ok(frame)
}

/// Creates the frame's cells (initialised from parameters where `cell2arg` says so) and
/// copies in the closure's cells.
pub fn init_cells(frame: &mut Frame, func: &FunctionObj) {
    let co = func.code();
    let nvars = co.unit.varnames.len();
    let ncells = co.ncells;
    for i in 0..ncells {
        let init = co
            .unit
            .cell2arg
            .get(i)
            .copied()
            .flatten()
            .and_then(|a| frame.fast[a as usize].clone());
        frame.fast[nvars + i] = Some(new_cell(init));
    }
    if !co.unit.freevars.is_empty() {
        if let Some(cells) = tuple::as_tuple(&func.closure) {
            for (j, c) in cells.iter().enumerate() {
                if let Some(slot) = frame.fast.get_mut(nvars + ncells + j) {
                    *slot = Some(c.clone());
                }
            }
        }
    }
}
