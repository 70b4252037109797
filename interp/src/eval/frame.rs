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
///
/// Fast locals (then cells, then free variables) and the value stack live in one block of
/// words: taken from the thread's `DataStack` for ordinary calls (frames die in LIFO
/// order), or from the heap for generator frames, which outlive the call that made them.
/// The stack depth never exceeds the code's `max_stack`, which the compiler's stack
/// analysis (driven by the instruction table's stack effects) computes exactly.
pub struct Frame {
    /// What keeps `co`, `globals` and `builtins` alive.
    owner: Owner,
    co: *const CodeObject,
    globals: *const Value,
    builtins: *const Value,
    /// The locals mapping of module and class bodies (LOAD_NAME/STORE_NAME).
    pub locals: Option<Value>,
    fast: *mut Option<Value>,
    nfast: usize,
    stack_base: *mut Value,
    /// One past the top of the value stack.
    sp: *mut Value,
    /// Index of the next instruction.
    pub pc: u32,
    /// Set when the pending error is a re-raise (no new traceback entry).
    pub reraising: bool,
    /// Exceptions a suspended generator was handling, restored when it resumes.
    pub saved_handled: Vec<Value>,
    /// The data stack the block was taken from; null for a heap block.
    arena: *const DataStack,
    /// The frame that was running when this one was entered (valid only while this frame
    /// runs; for stack snapshots).
    pub back: *const Frame,
    /// Whether the frame lives in the thread's frame pool, run inline by the eval loop of
    /// its caller (`push_inline`).
    pub inline: bool,
    /// For a frame the eval loop runs inline (`push_inline`): the length of the
    /// handled-exception stack when it was entered, restored when it is popped.
    pub handled_base: usize,
    /// For an inline `__init__` frame of a specialized class call: the new instance, the
    /// call's result once `__init__` returns None.
    pub init_self: Option<Value>,
}

/// Two words: a call's frame holds just its function.
enum Owner {
    /// A function's frame: the function owns code, globals and builtins.
    Function(Value),
    /// Module code and `exec`: the frame owns them itself, boxed so that `globals` and
    /// `builtins` can point at them wherever the `Frame` moves.
    Code(Box<CodeOwner>),
}

struct CodeOwner {
    code: Value,
    globals: Value,
    builtins: Value,
}

/// A per-thread LIFO arena of frame blocks: a call takes its locals and stack by bumping
/// a pointer. Chunks are kept once made, so a deep recursion pays for them once. The
/// frames the eval loop runs inline (Python-to-Python calls that do not recurse on the
/// native stack) keep their `Frame` struct in the block too, in front of their locals
/// (`Frame::push_inline`), so a call takes one block and its return gives it back.
pub struct DataStack {
    /// The next free word of the current chunk.
    top: std::cell::Cell<*mut usize>,
    /// One past the current chunk's last word.
    limit: std::cell::Cell<*mut usize>,
    /// The current chunk's first word (null before the first chunk is made).
    base: std::cell::Cell<*mut usize>,
    chunks: std::cell::UnsafeCell<Vec<Chunk>>,
    cur: std::cell::Cell<usize>,
}

struct Chunk {
    base: *mut usize,
    cap: usize,
    /// Words in use, recorded when a later chunk becomes the current one.
    top: usize,
}

const CHUNK_WORDS: usize = 32 * 1024;

/// Words a `Frame` struct takes in front of an inline frame's locals.
const FRAME_WORDS: usize = std::mem::size_of::<Frame>().div_ceil(std::mem::size_of::<usize>());
const _: () = assert!(std::mem::align_of::<Frame>() <= std::mem::align_of::<usize>());

impl Default for DataStack {
    fn default() -> Self {
        DataStack::new()
    }
}

impl DataStack {
    pub fn new() -> DataStack {
        // Before the first chunk `top == limit`, so every `take` goes to `take_slow`; the
        // dangling (non-null, aligned) start keeps even that state free of null blocks.
        let start = std::ptr::NonNull::<usize>::dangling().as_ptr();
        DataStack {
            top: std::cell::Cell::new(start),
            limit: std::cell::Cell::new(start),
            base: std::cell::Cell::new(std::ptr::null_mut()),
            chunks: std::cell::UnsafeCell::new(Vec::new()),
            cur: std::cell::Cell::new(0),
        }
    }

    /// `words` (at least one) uninitialised words, given back by `release` in LIFO order.
    #[inline(always)]
    fn take(&self, words: usize) -> *mut usize {
        debug_assert!(words > 0);
        let top = self.top.get();
        let room = (self.limit.get() as usize).wrapping_sub(top as usize);
        if room >= words * std::mem::size_of::<usize>() {
            // SAFETY: `top + words <= limit`, inside the current chunk's allocation.
            self.top.set(unsafe { top.add(words) });
            return top;
        }
        self.take_slow(words)
    }

    #[cold]
    #[inline(never)]
    fn take_slow(&self, words: usize) -> *mut usize {
        // SAFETY: the data stack belongs to one thread (it lives in that thread's Vm) and no
        // reference into `chunks` outlives this call.
        let chunks = unsafe { &mut *self.chunks.get() };
        let next = if chunks.is_empty() {
            0
        } else {
            let cur = &mut chunks[self.cur.get()];
            cur.top = (self.top.get() as usize - cur.base as usize) / std::mem::size_of::<usize>();
            self.cur.get() + 1
        };
        if next < chunks.len() && chunks[next].cap < words {
            let old = chunks.remove(next);
            free_chunk(old);
        }
        if next >= chunks.len() || chunks[next].cap < words {
            let cap = words.max(CHUNK_WORDS);
            let block: Box<[std::mem::MaybeUninit<usize>]> = Box::new_uninit_slice(cap);
            let base = Box::into_raw(block) as *mut usize;
            chunks.insert(next, Chunk { base, cap, top: 0 });
        }
        self.cur.set(next);
        let c = &mut chunks[next];
        c.top = 0;
        self.base.set(c.base);
        // SAFETY: `words <= cap`: both in bounds of (or one past) the chunk.
        unsafe {
            self.top.set(c.base.add(words));
            self.limit.set(c.base.add(c.cap));
        }
        c.base
    }

    /// Gives back the most recent `take`, which returned `block`.
    #[inline(always)]
    fn release(&self, block: *mut usize) {
        if block == self.base.get() {
            self.release_chunk();
        } else {
            self.top.set(block);
        }
    }

    /// `release` of the first block of the current chunk: the chunk is empty, and the
    /// previous one (if any) becomes current again.
    #[cold]
    #[inline(never)]
    fn release_chunk(&self) {
        // SAFETY: as in `take_slow`.
        let chunks = unsafe { &mut *self.chunks.get() };
        let cur = self.cur.get();
        if cur == 0 {
            self.top.set(self.base.get());
            return;
        }
        self.cur.set(cur - 1);
        let c = &chunks[cur - 1];
        self.base.set(c.base);
        // SAFETY: `top <= cap`, both in bounds of (or one past) the chunk.
        unsafe {
            self.top.set(c.base.add(c.top));
            self.limit.set(c.base.add(c.cap));
        }
    }
}

#[cold]
#[inline(never)]
fn drop_owner(o: Owner) {
    drop(o);
}

fn free_chunk(c: Chunk) {
    let slice =
        std::ptr::slice_from_raw_parts_mut(c.base as *mut std::mem::MaybeUninit<usize>, c.cap);
    // SAFETY: `base`/`cap` came from `Box::into_raw` of a boxed slice of that length.
    drop(unsafe { Box::from_raw(slice) });
}

impl DataStack {
    /// Tears down the inline frame `f` (made by `Frame::push_inline`, its block the most
    /// recent `take`): what `Frame`'s drop does, without the cases an inline frame never
    /// has (heap storage, a locals mapping, saved exceptions; `init_self` taken by its
    /// return or left `None`).
    ///
    /// # Safety
    /// `f` is the most recent `push_inline` not yet popped, it is not reachable through
    /// `vm.frame` any more, and no reference to it is live.
    #[inline(always)]
    pub unsafe fn pop_frame(&self, f: *mut Frame) {
        // Dropping values may run Python code (destructors) that pushes and pops frames of
        // its own: they use the data-stack words above this block, so the block is given
        // back only once the values are gone.
        // SAFETY: per the contract, `f` holds a live frame that nothing else refers to;
        // each owned value (stack `stack_base..sp`, fast slots, the owner, `init_self`) is
        // read out exactly once and the block is treated as uninitialised afterwards.
        unsafe {
            let fr = &mut *f;
            debug_assert!(fr.inline && fr.locals.is_none() && fr.saved_handled.is_empty());
            while fr.sp > fr.stack_base {
                fr.sp = fr.sp.sub(1);
                drop(fr.sp.read());
            }
            let fast = fr.fast;
            for i in 0..fr.nfast {
                drop(fast.add(i).read());
            }
            match std::ptr::read(&fr.owner) {
                Owner::Function(func) => drop(func),
                other => drop_owner(other),
            }
            if fr.init_self.is_some() {
                drop(std::ptr::read(&fr.init_self));
            }
            self.release(f as *mut usize);
        }
    }
}

impl Drop for DataStack {
    fn drop(&mut self) {
        for c in self.chunks.get_mut().drain(..) {
            free_chunk(c);
        }
    }
}

impl Drop for Frame {
    fn drop(&mut self) {
        // Drop the values first: a destructor may run Python code that makes frames of its
        // own, which nest above this block in the data stack and are gone before we release.
        // SAFETY: `stack_base..sp` hold values the frame owns; `sp` drops below each one
        // before it is dropped, so it is owned once.
        unsafe {
            while self.sp > self.stack_base {
                self.sp = self.sp.sub(1);
                drop(self.sp.read());
            }
        }
        for i in 0..self.nfast {
            // SAFETY: fast slots `0..nfast` are initialised (None or a value).
            drop(unsafe { (*self.fast.add(i)).take() });
        }
        let words = self.words();
        match self.arena {
            ds if !ds.is_null() => {
                // SAFETY: the data stack outlives every frame taken from it (it belongs to
                // the thread's Vm, which outlives the calls running on it).
                unsafe { (*ds).release(self.fast as *mut usize) }
            }
            _ => {
                let slice = std::ptr::slice_from_raw_parts_mut(
                    self.fast as *mut std::mem::MaybeUninit<usize>,
                    words,
                );
                // SAFETY: heap blocks come from `Box::into_raw` of a slice of `words` words.
                drop(unsafe { Box::from_raw(slice) });
            }
        }
    }
}

impl Frame {
    #[inline(always)]
    fn build(vm: Option<&Vm>, owner: Owner, locals: Option<Value>) -> Frame {
        let (code, globals, builtins) = match &owner {
            Owner::Function(f) => {
                // SAFETY: `Owner::Function` holds a function object.
                let f = unsafe { f.payload_unchecked::<FunctionObj>() };
                (&f.code, &f.globals, &f.builtins)
            }
            Owner::Code(o) => (&o.code, &o.globals, &o.builtins),
        };
        // SAFETY: frames are only made for code objects.
        let co = unsafe { code.payload_unchecked::<CodeObject>() } as *const CodeObject;
        // SAFETY: `co` points into `code`, which the owner keeps alive.
        let c = unsafe { &*co };
        let nfast = c.nlocalsplus;
        let words = nfast + c.unit.max_stack as usize;
        let (block, arena) = match vm {
            Some(vm) => (
                vm.data_stack.take(words.max(1)),
                &vm.data_stack as *const DataStack,
            ),
            None => {
                let block: Box<[std::mem::MaybeUninit<usize>]> = Box::new_uninit_slice(words);
                (Box::into_raw(block) as *mut usize, std::ptr::null())
            }
        };
        let fast = block as *mut Option<Value>;
        for i in 0..nfast {
            // SAFETY: the block has `words >= nfast` words.
            unsafe { fast.add(i).write(None) };
        }
        // SAFETY: in bounds of the block.
        let stack_base = unsafe { block.add(nfast) } as *mut Value;
        let globals = globals as *const Value;
        let builtins = builtins as *const Value;
        Frame {
            owner,
            co,
            globals,
            builtins,
            locals,
            fast,
            nfast,
            stack_base,
            sp: stack_base,
            pc: 0,
            reraising: false,
            saved_handled: Vec::new(),
            arena,
            back: std::ptr::null(),
            inline: false,
            handled_base: 0,
            init_self: None,
        }
    }

    /// A frame for module code or `exec`, on the thread's data stack.
    pub fn new(
        vm: &Vm,
        code: Value,
        globals: Value,
        builtins: Value,
        locals: Option<Value>,
    ) -> Frame {
        Frame::build(
            Some(vm),
            Owner::Code(Box::new(CodeOwner {
                code,
                globals,
                builtins,
            })),
            locals,
        )
    }

    /// A frame running function `func` (an exact function object), for the eval loop's
    /// inline calls: the `Frame` struct, its fast locals and its value stack in one block
    /// of the thread's data stack, released with `DataStack::pop_frame`. The locals start
    /// as `first` (if any), then the top `nargs` values of `caller`'s stack (moved: no
    /// refcount traffic), then unbound; the caller makes sure they fit the parameters.
    #[inline(always)]
    pub fn push_inline(
        vm: &Vm,
        func: Value,
        first: Option<Value>,
        caller: &mut Frame,
        nargs: usize,
    ) -> *mut Frame {
        // SAFETY: callers pass a function object.
        let f = unsafe { func.payload_unchecked::<FunctionObj>() };
        // SAFETY: a function's code is a code object.
        let co = unsafe { f.code.payload_unchecked::<CodeObject>() } as *const CodeObject;
        let globals = &f.globals as *const Value;
        let builtins = &f.builtins as *const Value;
        // SAFETY: `co` points into the function's code, which `func` keeps alive.
        let (nfast, max_stack) = unsafe { ((*co).nlocalsplus, (*co).unit.max_stack as usize) };
        let block = vm.data_stack.take(FRAME_WORDS + nfast + max_stack);
        let frame = block as *mut Frame;
        let k = first.is_some() as usize;
        debug_assert!(k + nargs <= nfast && nargs <= caller.stack_len());
        let n = nargs.min(caller.stack_len()).min(nfast.saturating_sub(k));
        // SAFETY: the block has room for the struct (`FRAME_WORDS`, alignment checked
        // above), then `nfast` slots, then `max_stack` stack words; each slot and the
        // struct are written once before the frame is used. The caller's top `n` values
        // move into slots `k..k + n` and its `sp` drops below them, so each is owned once.
        unsafe {
            let fast = block.add(FRAME_WORDS) as *mut Option<Value>;
            if let Some(v) = first {
                fast.write(Some(v));
            }
            let from = caller.sp.sub(n);
            for i in 0..n {
                fast.add(k + i).write(Some(from.add(i).read()));
            }
            caller.sp = from;
            for i in k + n..nfast {
                fast.add(i).write(None);
            }
            let stack_base = fast.add(nfast) as *mut Value;
            frame.write(Frame {
                owner: Owner::Function(func),
                co,
                globals,
                builtins,
                locals: None,
                fast,
                nfast,
                stack_base,
                sp: stack_base,
                pc: 0,
                reraising: false,
                saved_handled: Vec::new(),
                arena: &vm.data_stack as *const DataStack,
                back: std::ptr::null(),
                inline: true,
                handled_base: 0,
                init_self: None,
            });
        }
        frame
    }

    /// A frame running function `func` (on the heap if it is to outlive the call).
    #[inline(always)]
    pub fn for_function(vm: &Vm, func: Value, locals: Option<Value>, on_heap: bool) -> Frame {
        Frame::build(
            if on_heap { None } else { Some(vm) },
            Owner::Function(func),
            locals,
        )
    }

    fn words(&self) -> usize {
        self.nfast + self.code().unit.max_stack as usize
    }

    #[inline(always)]
    pub fn code(&self) -> &CodeObject {
        // SAFETY: `co` points into the code object the owner keeps alive.
        unsafe { &*self.co }
    }

    /// The code object as a value.
    pub fn code_value(&self) -> &Value {
        match &self.owner {
            // SAFETY: `Owner::Function` holds a function object.
            Owner::Function(f) => unsafe { &f.payload_unchecked::<FunctionObj>().code },
            Owner::Code(o) => &o.code,
        }
    }

    #[inline(always)]
    pub fn globals(&self) -> &Value {
        // SAFETY: points into the owner, alive as long as the frame.
        unsafe { &*self.globals }
    }

    #[inline(always)]
    pub fn builtins(&self) -> &Value {
        // SAFETY: points into the owner, alive as long as the frame.
        unsafe { &*self.builtins }
    }

    /// The function being run (for zero-argument `super()`), if any.
    pub fn func(&self) -> Option<&Value> {
        match &self.owner {
            Owner::Function(f) => Some(f),
            Owner::Code(_) => None,
        }
    }

    /// Fast locals, then cells, then free variables.
    #[inline(always)]
    pub fn fast(&self) -> &[Option<Value>] {
        // SAFETY: `nfast` initialised slots at `fast`, owned by the frame.
        unsafe { std::slice::from_raw_parts(self.fast, self.nfast) }
    }

    /// Fast slot `i` (a local, then cells and free variables) without a bounds check.
    ///
    /// # Safety
    /// `i < nlocalsplus` of the frame's code: true of the argument of every instruction
    /// naming a local or a cell (offset by the locals), which `compile::check_stack`
    /// verified for all code.
    #[inline(always)]
    pub unsafe fn fast_slot(&mut self, i: usize) -> &mut Option<Value> {
        debug_assert!(i < self.nfast);
        // SAFETY: per the contract, slot `i` is inside the initialised fast slots.
        unsafe { &mut *self.fast.add(i) }
    }

    #[inline(always)]
    pub fn fast_mut(&mut self) -> &mut [Option<Value>] {
        // SAFETY: as in `fast`, and `&mut self` makes the access exclusive.
        unsafe { std::slice::from_raw_parts_mut(self.fast, self.nfast) }
    }

    // ---- the value stack ------------------------------------------------------------

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        debug_assert!(self.stack_len() < self.code().unit.max_stack as usize);
        // SAFETY: the compiler's stack analysis bounds the depth by `max_stack`, the size
        // of the stack part of the block.
        unsafe { stack_push(&mut self.sp, v) }
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        debug_assert!(self.sp > self.stack_base);
        // SAFETY: the stack is not empty: `compile::check_stack` verified, for every
        // instruction reachable in the code, that the depth covers what it pops (by the
        // stack effects declared in the instruction table, which each instruction's
        // implementation follows); the slot below `sp` holds a value we now own.
        unsafe { stack_pop(&mut self.sp) }
    }

    /// Pops and drops the top value.
    #[inline(always)]
    pub fn pop_discard(&mut self) {
        drop(self.pop());
    }

    #[inline(always)]
    pub fn stack_len(&self) -> usize {
        // SAFETY: both pointers are into the same block, `sp >= stack_base`.
        unsafe { self.sp.offset_from(self.stack_base) as usize }
    }

    /// The values on the stack, bottom first.
    #[inline(always)]
    pub fn stack(&self) -> &[Value] {
        // SAFETY: `stack_len` initialised values from `stack_base`.
        unsafe { std::slice::from_raw_parts(self.stack_base, self.stack_len()) }
    }

    #[inline(always)]
    pub fn stack_mut(&mut self) -> &mut [Value] {
        // SAFETY: as in `stack`, exclusive through `&mut self`.
        unsafe { std::slice::from_raw_parts_mut(self.stack_base, self.stack_len()) }
    }

    /// The top of the stack.
    #[inline(always)]
    pub fn top(&self) -> Option<&Value> {
        self.stack().last()
    }

    /// Drops values until `len` remain.
    #[inline]
    pub fn truncate(&mut self, len: usize) {
        while self.stack_len() > len {
            self.pop_discard();
        }
    }

    pub fn clear_stack(&mut self) {
        self.truncate(0);
    }

    /// Removes and returns the values from index `at` up.
    pub fn split_off(&mut self, at: usize) -> Vec<Value> {
        let n = self.stack_len();
        let at = at.min(n);
        let mut out = Vec::with_capacity(n - at);
        // SAFETY: indices `at..n` hold values; ownership moves to `out` and `sp` drops below
        // them, so each is owned once.
        unsafe {
            for i in at..n {
                out.push(self.stack_base.add(i).read());
            }
            self.sp = self.stack_base.add(at);
        }
        out
    }

    /// Takes the value at stack index `i` out of its slot, which stays on the stack
    /// holding nothing: `forget_above` must lower the stack below it before anything else
    /// reads or drops it.
    ///
    /// # Safety
    /// `i < stack_len()`.
    #[inline(always)]
    pub unsafe fn take_at(&mut self, i: usize) -> Value {
        debug_assert!(i < self.stack_len());
        // SAFETY: per the contract the slot holds a value, whose ownership moves out.
        unsafe { self.stack_base.add(i).read() }
    }

    /// Lowers the stack to `len` values without dropping those above.
    ///
    /// # Safety
    /// `len <= stack_len()`, and every slot above `len` was emptied by `take_at` or holds
    /// a value that needs no drop (an immortal object or a small int).
    #[inline(always)]
    pub unsafe fn forget_above(&mut self, len: usize) {
        debug_assert!(len <= self.stack_len());
        // SAFETY: per the contract, in bounds and nothing above `len` needs dropping.
        self.sp = unsafe { self.stack_base.add(len) };
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

/// Binds `args` (positional then keyword values named by `kwnames`) to the parameters of
/// `func` in the fresh `frame`, as CPython does, and sets up its cells.
#[inline]
pub fn bind_arguments(
    vm: &Vm,
    frame: &mut Frame,
    func: &FunctionObj,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<()> {
    let unit = &func.code().unit;
    if kwnames.is_none() && args.len() == unit.argcount as usize && unit.plain_positional() {
        // The common case: exactly the positional parameters, no cells to set up.
        for (slot, a) in frame.fast_mut().iter_mut().zip(args) {
            *slot = Some(a.clone());
        }
        return Ok(());
    }
    bind_general(vm, frame, func, args, kwnames)
}

/// Every other binding: defaults, keywords, `*args`, `**kwargs`, cells, and the errors.
fn bind_general(
    vm: &Vm,
    frame: &mut Frame,
    func: &FunctionObj,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<()> {
    let co = func.code();
    let unit = &co.unit;
    let nkw = kwnames.map_or(0, |k| k.len());
    let npos = args.len() - nkw;
    let argcount = unit.argcount as usize;
    let kwonly = unit.kwonlyargcount as usize;
    let has_varargs = unit.flags & code_flags::VARARGS != 0;
    let has_varkw = unit.flags & code_flags::VARKEYWORDS != 0;
    let fast = frame.fast_mut();

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
            // Keyword names are normally the interned names of the code's constants, so
            // identity finds them; other strings (from `**kwargs`) compare by value.
            let params = posonly..argcount + kwonly;
            let found = co.varnames[params.clone()]
                .iter()
                .position(|n| n.is(k))
                .or_else(|| {
                    unit.varnames[params.clone()]
                        .iter()
                        .position(|n| n.as_str() == key)
                })
                .map(|i| i + posonly);
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
    if co.ncells != 0 || !unit.freevars.is_empty() {
        init_cells(frame, func);
    }
    Ok(())
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
            .and_then(|a| frame.fast()[a as usize].clone());
        frame.fast_mut()[nvars + i] = Some(new_cell(init));
    }
    if !co.unit.freevars.is_empty() {
        if let Some(cells) = tuple::as_tuple(&func.closure) {
            for (j, c) in cells.iter().enumerate() {
                if let Some(slot) = frame.fast_mut().get_mut(nvars + ncells + j) {
                    *slot = Some(c.clone());
                }
            }
        }
    }
}

/// The running frame as the eval loop holds it: the frame and a copy of its stack pointer
/// in a local, so that the pointer stays in a register from one instruction to the next
/// instead of making a store-to-load round trip through the frame at each push and pop.
///
/// The frame's own `sp` is stale while a `Running` holds it: anything else that reads or
/// changes the frame's stack goes through `call`, which writes the pointer back first and
/// reads it again after, and dropping the `Running` (leaving the eval loop by any path,
/// errors included, or switching frames) writes it back. A frame that is freed while
/// running is let go with `release`, which writes nothing.
pub struct Running {
    frame: *mut Frame,
    sp: *mut Value,
    stack_base: *mut Value,
}

impl Running {
    /// Takes over running `frame`.
    ///
    /// # Safety
    /// `frame` is live until this `Running` is dropped or released, and nothing else
    /// touches its stack meanwhile except through `call`.
    #[inline(always)]
    pub unsafe fn new(frame: *mut Frame) -> Running {
        // SAFETY: per the contract.
        let f = unsafe { &*frame };
        // Two plain loads: LLVM would otherwise read `sp` and `stack_base` as one 16-byte
        // load, which the processor cannot forward from the two 8-byte stores that just
        // wrote them (the frame switch of every inline call and return stalled on it).
        // SAFETY: `f.sp` is a valid, aligned field of a live frame.
        let sp = unsafe { std::ptr::read_volatile(&f.sp) };
        Running {
            frame,
            sp,
            stack_base: f.stack_base,
        }
    }

    /// The frame, for everything but its value stack.
    #[inline(always)]
    pub fn f(&mut self) -> &mut Frame {
        // SAFETY: per `new`'s contract; `&mut self` makes the access exclusive.
        unsafe { &mut *self.frame }
    }

    /// The frame, shared, for everything but its value stack.
    #[inline(always)]
    pub fn fref(&self) -> &Frame {
        // SAFETY: per `new`'s contract.
        unsafe { &*self.frame }
    }

    /// The frame as a pointer (its identity, for linking frames).
    #[inline(always)]
    pub fn as_ptr(&self) -> *mut Frame {
        self.frame
    }

    /// Runs `op` on the whole frame, stack included: the stack pointer is written back
    /// before and read again after.
    #[inline(always)]
    pub fn call<R>(&mut self, op: impl FnOnce(&mut Frame) -> R) -> R {
        // SAFETY: per `new`'s contract.
        let f = unsafe { &mut *self.frame };
        f.sp = self.sp;
        let r = op(f);
        self.sp = f.sp;
        r
    }

    /// Writes the stack pointer back and gives the frame up without touching it again
    /// (the caller is about to free it, or hands it on).
    #[inline(always)]
    pub fn release(self) -> *mut Frame {
        let frame = self.frame;
        // SAFETY: per `new`'s contract the frame is still live here.
        unsafe { (*frame).sp = self.sp };
        std::mem::forget(self);
        frame
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        debug_assert!(self.stack_len() < self.f().code().unit.max_stack as usize);
        // SAFETY: as in `Frame::push`.
        unsafe { stack_push(&mut self.sp, v) }
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        debug_assert!(self.sp > self.stack_base);
        // SAFETY: as in `Frame::pop`.
        unsafe { stack_pop(&mut self.sp) }
    }

    #[inline(always)]
    pub fn pop_discard(&mut self) {
        drop(self.pop());
    }

    #[inline(always)]
    pub fn stack_len(&self) -> usize {
        // SAFETY: as in `Frame::stack_len`.
        unsafe { self.sp.offset_from(self.stack_base) as usize }
    }

    #[inline(always)]
    pub fn stack(&self) -> &[Value] {
        // SAFETY: as in `Frame::stack`.
        unsafe { std::slice::from_raw_parts(self.stack_base, self.stack_len()) }
    }

    #[inline(always)]
    pub fn stack_mut(&mut self) -> &mut [Value] {
        // SAFETY: as in `Frame::stack_mut`.
        unsafe { std::slice::from_raw_parts_mut(self.stack_base, self.stack_len()) }
    }

    #[inline(always)]
    pub fn top(&self) -> Option<&Value> {
        self.stack().last()
    }

    /// See `Frame::take_at`.
    ///
    /// # Safety
    /// As `Frame::take_at`.
    #[inline(always)]
    pub unsafe fn take_at(&mut self, i: usize) -> Value {
        debug_assert!(i < self.stack_len());
        // SAFETY: per the contract.
        unsafe { self.stack_base.add(i).read() }
    }

    /// See `Frame::forget_above`.
    ///
    /// # Safety
    /// As `Frame::forget_above`.
    #[inline(always)]
    pub unsafe fn forget_above(&mut self, len: usize) {
        debug_assert!(len <= self.stack_len());
        // SAFETY: per the contract.
        self.sp = unsafe { self.stack_base.add(len) };
    }

    /// See `Frame::split_off`.
    pub fn split_off(&mut self, at: usize) -> Vec<Value> {
        self.call(|f| f.split_off(at))
    }

    /// See `Frame::truncate`.
    pub fn truncate(&mut self, len: usize) {
        self.call(|f| f.truncate(len))
    }
}

impl Drop for Running {
    #[inline(always)]
    fn drop(&mut self) {
        // SAFETY: per `new`'s contract the frame is live until this drop.
        unsafe { (*self.frame).sp = self.sp };
    }
}

// ---- the value-stack protocol, one implementation for `Frame` and `Running` -----------

/// Writes `v` at `sp` and moves `sp` up.
///
/// # Safety
/// `sp` is below the end of its frame's stack block.
#[inline(always)]
unsafe fn stack_push(sp: &mut *mut Value, v: Value) {
    // SAFETY: per the contract.
    unsafe {
        sp.write(v);
        *sp = sp.add(1);
    }
}

/// Moves `sp` down and takes the value there.
///
/// # Safety
/// The slot below `sp` holds a value the caller now owns.
#[inline(always)]
unsafe fn stack_pop(sp: &mut *mut Value) -> Value {
    // SAFETY: per the contract.
    unsafe {
        *sp = sp.sub(1);
        sp.read()
    }
}
