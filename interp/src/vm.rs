//! The per-thread interpreter state (`Vm`), the process-wide runtime, and Python errors.
//!
//! Owns: `PyResult`/`PyErr`, the helpers that build exceptions, the recursion guard (Python
//! depth and native stack), the stack of exceptions being handled, and the start-up options
//! (the mode matrix), read once. Must not: implement the behaviour of any type.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

use crate::object::Value;
use crate::types::{self, builtin, TypeObject};

/// A raised Python exception: the exception instance.
pub struct PyErr(pub Value);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.0.ty().name())
    }
}

pub type PyResult<T = Value> = Result<T, PyErr>;

/// The thread mode (DESIGN.md's mode matrix).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThreadMode {
    Gil,
    Free,
}

/// The refcount protocol in free mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RcProtocol {
    Biased,
    Atomic,
}

/// Start-up options: every mode switch, read once from the command line and environment.
#[derive(Clone, Debug)]
pub struct Options {
    pub thread_mode: ThreadMode,
    pub rc: RcProtocol,
    pub specialize: bool,
    pub jit: bool,
    pub stats: bool,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Directory of the script, first entry of `sys.path`.
    pub script_dir: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            thread_mode: ThreadMode::Free,
            rc: RcProtocol::Biased,
            specialize: true,
            jit: false,
            stats: false,
            argv: vec![String::new()],
            script_dir: None,
        }
    }
}

/// Process-wide state shared by all threads.
pub struct Runtime {
    pub options: Options,
    pub recursion_limit: AtomicU32,
    /// `sys.modules`.
    pub modules: Value,
    /// The `builtins` module's namespace.
    pub builtins: Value,
}

static RUNTIME: OnceLock<Runtime> = OnceLock::new();

/// The runtime; panics if called before `Runtime::init` (an internal bug, not user input).
#[inline]
pub fn runtime() -> &'static Runtime {
    RUNTIME.get().expect("runtime used before initialisation")
}

impl Runtime {
    /// Builds the runtime once per process: types, builtins, `sys`.
    pub fn init(options: Options) -> &'static Runtime {
        crate::thread::init_main_thread(&options);
        types::init_builtin_types();
        let rt = Runtime {
            options,
            recursion_limit: AtomicU32::new(1000),
            modules: types::dict::new_dict(),
            builtins: types::dict::new_dict(),
        };
        // Read by every thread on every global miss and import: immortal (see
        // `module::new_module`).
        rt.modules.header().make_immortal();
        rt.builtins.header().make_immortal();
        if RUNTIME.set(rt).is_err() {
            // Already initialised (tests call init repeatedly): keep the first.
        }
        let rt = runtime();
        let vm = Vm::new();
        crate::builtins::install(&vm);
        crate::modules::install(&vm);
        rt
    }
}

/// Native stack kept in reserve below the recursion check, for the work done between two
/// checks (deep Rust helpers, formatting, the error path itself).
const NATIVE_STACK_RESERVE: usize = 256 * 1024;

thread_local! {
    static STACK_LOW: Cell<usize> = const { Cell::new(0) };
}

/// Records the lowest usable address of this thread's native stack (`size` bytes below the
/// current frame), for `Vm::enter`'s stack check.
pub fn set_native_stack_size(size: usize) {
    let here = approx_sp();
    STACK_LOW.with(|s| s.set(here.saturating_sub(size) + NATIVE_STACK_RESERVE));
}

#[inline(always)]
fn approx_sp() -> usize {
    let marker = 0u8;
    std::ptr::addr_of!(marker) as usize
}

/// Per-thread interpreter state.
pub struct Vm {
    pub rt: &'static Runtime,
    depth: Cell<u32>,
    stack_low: usize,
    /// Exceptions being handled (innermost last): what a bare `raise` re-raises and what
    /// becomes `__context__` of a new exception.
    pub handled: RefCell<Vec<Value>>,
    /// The innermost running frame (for zero-argument `super()`, `globals()`, tracebacks).
    pub frame: Cell<*const crate::eval::Frame>,
    /// Where this thread's frames keep their locals and value stacks.
    pub data_stack: crate::eval::frame::DataStack,
    /// This thread's eval-breaker word (`thread::state::bits`).
    breaker: *const std::sync::atomic::AtomicU32,
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

impl Vm {
    pub fn new() -> Vm {
        Vm {
            rt: runtime(),
            depth: Cell::new(0),
            stack_low: STACK_LOW.with(|s| s.get()),
            handled: RefCell::new(Vec::new()),
            frame: Cell::new(std::ptr::null()),
            data_stack: crate::eval::frame::DataStack::new(),
            breaker: match crate::thread::state::current() {
                Some(ts) => &ts.breaker,
                None => &crate::thread::state::NO_BREAKER,
            },
        }
    }

    /// True when the thread must leave the fast path at this check (GIL hand-off,
    /// stop-the-world, refcount merges, reclamation): one relaxed load. The caller then
    /// calls `thread::eval_breaker`.
    #[inline(always)]
    pub fn breaker_pending(&self) -> bool {
        // SAFETY: `breaker` points into this thread's state, which outlives every `Vm` made
        // on the thread (it is released only when the thread exits), or at a static.
        unsafe { (*self.breaker).load(Ordering::Relaxed) != 0 }
    }

    /// Enters one level of Python-visible recursion (a call, a nested repr or compare);
    /// raises RecursionError past the limit or when the native stack runs low.
    #[inline]
    pub fn enter(&self, what: &str) -> PyResult<DepthGuard<'_>> {
        let d = self.depth.get() + 1;
        if d > self.rt.recursion_limit.load(Ordering::Relaxed)
            || (self.stack_low != 0 && approx_sp() < self.stack_low)
        {
            return Err(self.recursion_error(what));
        }
        self.depth.set(d);
        Ok(DepthGuard { vm: self })
    }

    /// `enter` for a frame the eval loop runs inline (no guard: `leave` undoes it). Only
    /// the depth is checked: inline frames run in their caller's native activation, so
    /// they take no native stack (the call that started that activation checked it).
    #[inline(always)]
    pub fn enter_inline(&self) -> PyResult<()> {
        let d = self.depth.get() + 1;
        if d > self.rt.recursion_limit.load(Ordering::Relaxed) {
            return Err(self.recursion_error(""));
        }
        self.depth.set(d);
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn recursion_error(&self, what: &str) -> PyErr {
        self.new_error(
            builtin().recursion_error,
            format!("maximum recursion depth exceeded{what}"),
        )
    }

    /// Undoes one `enter_inline`.
    #[inline(always)]
    pub fn leave(&self) {
        self.depth.set(self.depth.get() - 1);
    }

    /// The number of exceptions being handled (`handled.len()` without touching the
    /// borrow count: for the inline call and return paths).
    #[inline(always)]
    pub fn handled_len(&self) -> usize {
        // SAFETY: the reference is used for one read and dropped before anything else can
        // borrow the cell.
        unsafe { self.handled.try_borrow_unguarded() }
            .map(|h| h.len())
            .expect("the handled-exception stack is only borrowed for one operation at a time")
    }

    /// Drops the exceptions being handled above the first `len` (a frame that stops
    /// leaves none of its own behind).
    #[inline(always)]
    pub fn truncate_handled(&self, len: usize) {
        if self.handled_len() > len {
            self.truncate_handled_slow(len);
        }
    }

    #[cold]
    #[inline(never)]
    fn truncate_handled_slow(&self, len: usize) {
        // Drop them after the borrow ends: a destructor may run Python code.
        let gone = self.handled.borrow_mut().split_off(len);
        drop(gone);
    }

    pub fn depth(&self) -> u32 {
        self.depth.get()
    }

    // ---- building exceptions -------------------------------------------------------

    /// A new exception of type `ty` with one string argument.
    pub fn new_error(&self, ty: &TypeObject, msg: impl Into<String>) -> PyErr {
        let arg = types::str::new_str(&msg.into());
        PyErr(types::exceptions::new_exception(ty, vec![arg]))
    }

    /// A new exception of type `ty` with the given arguments.
    pub fn new_error_args(&self, ty: &TypeObject, args: Vec<Value>) -> PyErr {
        PyErr(types::exceptions::new_exception(ty, args))
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(builtin().type_error, msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(builtin().value_error, msg)
    }

    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(builtin().index_error, msg)
    }

    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(builtin().attribute_error, msg)
    }

    pub fn name_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(builtin().name_error, msg)
    }

    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(builtin().zero_division_error, msg)
    }

    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(builtin().overflow_error, msg)
    }

    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(builtin().runtime_error, msg)
    }

    pub fn memory_error(&self) -> PyErr {
        self.new_error_args(builtin().memory_error, vec![])
    }

    /// `KeyError(key)`.
    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_error_args(builtin().key_error, vec![key])
    }

    /// `StopIteration(value)`.
    pub fn stop_iteration(&self, value: Option<Value>) -> PyErr {
        self.new_error_args(builtin().stop_iteration, value.into_iter().collect())
    }

    /// True if the raised exception is an instance of `ty`.
    pub fn err_matches(&self, err: &PyErr, ty: &TypeObject) -> bool {
        err.0.ty().is_subtype(ty)
    }
}

/// Leaves one level of recursion on drop.
pub struct DepthGuard<'a> {
    vm: &'a Vm,
}

impl Drop for DepthGuard<'_> {
    #[inline]
    fn drop(&mut self) {
        self.vm.depth.set(self.vm.depth.get() - 1);
    }
}
