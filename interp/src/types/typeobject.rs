//! Type objects: slots, MRO, the type's namespace, version tags, and class creation.
//!
//! Owns: `TypeObject` and its slot table (the per-type behaviour every operation
//! dispatches through), attribute lookup along the MRO, version tags that change whenever a
//! type or a base is mutated, and building heap types (`class` statements). Must not:
//! implement the behaviour of particular builtin types (each has its own module).

use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::bytecode::CompareOp;
use crate::object::{ObjHeader, Payload, PyObj, Value};
use crate::vm::{PyResult, Vm};

/// A type object is a heap object whose payload is `TypeData`.
pub type TypeObject = PyObj<TypeData>;

impl std::ops::Deref for PyObj<TypeData> {
    type Target = TypeData;
    #[inline(always)]
    fn deref(&self) -> &TypeData {
        &self.payload
    }
}

pub type UnaryFn = fn(&Vm, &Value) -> PyResult<Value>;
pub type BinaryFn = fn(&Vm, &Value, &Value) -> PyResult<Value>;
pub type TernaryFn = fn(&Vm, &Value, &Value, &Value) -> PyResult<Value>;
pub type HashFn = fn(&Vm, &Value) -> PyResult<i64>;
pub type BoolFn = fn(&Vm, &Value) -> PyResult<bool>;
pub type LenFn = fn(&Vm, &Value) -> PyResult<usize>;
pub type RichCmpFn = fn(&Vm, &Value, &Value, CompareOp) -> PyResult<Value>;
pub type GetAttrFn = fn(&Vm, &Value, &Value) -> PyResult<Value>;
/// Sets (`Some`) or deletes (`None`) an attribute.
pub type SetAttrFn = fn(&Vm, &Value, &Value, Option<Value>) -> PyResult<()>;
/// Sets (`Some`) or deletes (`None`) an item.
pub type SetItemFn = fn(&Vm, &Value, &Value, Option<Value>) -> PyResult<()>;
pub type ContainsFn = fn(&Vm, &Value, &Value) -> PyResult<bool>;
/// The next item, or `None` when exhausted (no StopIteration object is made).
pub type NextFn = fn(&Vm, &Value) -> PyResult<Option<Value>>;
/// Vectorcall: positional args then keyword values; `kwnames` names the trailing ones.
pub type CallFn = fn(&Vm, &Value, &[Value], Option<&[Value]>) -> PyResult<Value>;
/// `descr.__get__(instance, owner)`; `instance` is None when looked up on the class.
pub type DescrGetFn = fn(&Vm, &Value, Option<&Value>, &Value) -> PyResult<Value>;
/// `descr.__set__(instance, value)` or `__delete__(instance)` for `None`.
pub type DescrSetFn = fn(&Vm, &Value, &Value, Option<Value>) -> PyResult<()>;
/// `cls.__new__(cls, *args)`.
pub type NewFn = fn(&Vm, &Value, &[Value], Option<&[Value]>) -> PyResult<Value>;
/// `self.__init__(*args)`.
pub type InitFn = fn(&Vm, &Value, &[Value], Option<&[Value]>) -> PyResult<()>;
/// `__del__`: run once, from deallocation, with the object resurrected; errors are
/// reported as unraisable by the slot itself.
pub type FinalizeFn = fn(&Vm, &Value);

/// One slot: an optional function pointer, readable and writable from any thread (a
/// class attribute assignment rewrites the slot while other threads may be dispatching
/// through it; a word-sized atomic store makes that race harmless).
pub struct Slot<F: Copy> {
    word: AtomicUsize,
    _f: PhantomData<F>,
}

impl<F: Copy> Slot<F> {
    pub const fn empty() -> Slot<F> {
        Slot {
            word: AtomicUsize::new(0),
            _f: PhantomData,
        }
    }

    #[inline(always)]
    pub fn get(&self) -> Option<F> {
        let w = self.word.load(Ordering::Relaxed);
        if w == 0 {
            None
        } else {
            // SAFETY: non-zero words are only ever stored by `set` from a value of type `F`,
            // a function pointer type of word size (checked in `set`).
            Some(unsafe { std::mem::transmute_copy::<usize, F>(&w) })
        }
    }

    pub fn set(&self, f: Option<F>) {
        assert_eq!(std::mem::size_of::<F>(), std::mem::size_of::<usize>());
        let w = match f {
            // SAFETY: `F` is a word-sized function pointer type (asserted above).
            Some(f) => unsafe { std::mem::transmute_copy::<F, usize>(&f) },
            None => 0,
        };
        self.word.store(w, Ordering::Relaxed);
    }

    pub fn is_set(&self) -> bool {
        self.word.load(Ordering::Relaxed) != 0
    }

    /// The slot's function pointer as a word (0 when empty), to tell inherited slots from
    /// overridden ones.
    pub fn raw(&self) -> usize {
        self.word.load(Ordering::Relaxed)
    }

    fn copy_from(&self, other: &Slot<F>) {
        self.word
            .store(other.word.load(Ordering::Relaxed), Ordering::Relaxed);
    }
}

macro_rules! slots {
    ($( $(#[doc = $doc:literal])* $name:ident : $ty:ty ),* $(,)?) => {
        /// The per-type behaviour table, as CPython's `tp_*`/`nb_*`/`sq_*` slots.
        pub struct Slots {
            $( $(#[doc = $doc])* pub $name: Slot<$ty>, )*
        }

        impl Slots {
            pub fn new() -> Slots {
                Slots { $( $name: Slot::empty(), )* }
            }

            /// Copies every slot `self` has not set from `base` (inheritance).
            pub fn inherit_from(&self, base: &Slots) {
                $( if !self.$name.is_set() { self.$name.copy_from(&base.$name); } )*
            }
        }
    };
}

slots! {
    repr: UnaryFn,
    str: UnaryFn,
    hash: HashFn,
    richcompare: RichCmpFn,
    getattr: GetAttrFn,
    setattr: SetAttrFn,
    call: CallFn,
    iter: UnaryFn,
    next: NextFn,
    descr_get: DescrGetFn,
    descr_set: DescrSetFn,
    new: NewFn,
    init: InitFn,
    finalize: FinalizeFn,
    len: LenFn,
    getitem: BinaryFn,
    setitem: SetItemFn,
    contains: ContainsFn,
    bool_: BoolFn,
    add: BinaryFn,
    sub: BinaryFn,
    mul: BinaryFn,
    truediv: BinaryFn,
    floordiv: BinaryFn,
    mod_: BinaryFn,
    divmod: BinaryFn,
    pow: TernaryFn,
    lshift: BinaryFn,
    rshift: BinaryFn,
    and: BinaryFn,
    or: BinaryFn,
    xor: BinaryFn,
    matmul: BinaryFn,
    iadd: BinaryFn,
    isub: BinaryFn,
    imul: BinaryFn,
    itruediv: BinaryFn,
    ifloordiv: BinaryFn,
    imod: BinaryFn,
    ipow: BinaryFn,
    ilshift: BinaryFn,
    irshift: BinaryFn,
    iand: BinaryFn,
    ior: BinaryFn,
    ixor: BinaryFn,
    imatmul: BinaryFn,
    neg: UnaryFn,
    pos: UnaryFn,
    invert: UnaryFn,
    abs: UnaryFn,
    int: UnaryFn,
    float: UnaryFn,
    index: UnaryFn,
}

impl Default for Slots {
    fn default() -> Self {
        Slots::new()
    }
}

/// Type flags.
pub mod type_flags {
    /// Created by a `class` statement (or `type(name, bases, ns)`): mortal, mutable.
    pub const HEAP: u32 = 1;
    /// May be subclassed.
    pub const BASETYPE: u32 = 2;
    /// Subclass of BaseException.
    pub const EXCEPTION: u32 = 4;
    /// Instances of the type (or its subclasses) have `__dict__`-style attribute storage.
    pub const HAS_ATTRS: u32 = 8;
    /// Instances hold no references to other objects (int, float, str, bytes): freeing
    /// one never frees anything else. Never set on heap types.
    pub const LEAF: u32 = 16;
    /// Instances may be weakly referenced (CPython's non-zero `tp_weaklistoffset`).
    pub const WEAKREFABLE: u32 = 32;
}

/// The mutable parts of a type, changed only while building it or by attribute
/// assignment on the class (which also bumps the version tag).
pub struct TypeInner {
    pub name: String,
    pub qualname: String,
    pub bases: Vec<Value>,
    pub mro: Vec<Value>,
    /// The type's namespace: a dict.
    pub dict: Value,
}

/// The payload of a type object.
pub struct TypeData {
    inner: UnsafeCell<TypeInner>,
    /// The builtin type whose payload layout instances use (`self` for builtins).
    pub layout: *const TypeObject,
    /// Frees an instance whose count reached zero.
    pub dealloc: unsafe fn(*mut ObjHeader),
    /// Byte offset of the instances' `InstanceAttrs` in the object, 0 if they have none.
    pub attrs_offset: usize,
    pub flags: u32,
    /// Changes whenever the type or one of its bases is mutated; 0 means "unassigned"
    /// (guards must not rely on it).
    pub version: AtomicU32,
    pub slots: Slots,
    /// Allocates a bare instance of a heap subclass of this layout (`object.__new__`).
    pub alloc_instance: Option<fn(&Vm, &Value) -> PyResult<Value>>,
    /// Number of `__slots__` members of instances (this class's and its bases').
    pub nslots: usize,
    /// Heap types derived from this one, to propagate version changes (addresses; entries
    /// are removed when the subclass is freed).
    subclasses: Mutex<Vec<usize>>,
}

// SAFETY: `inner` is mutated only while a type is being built (before publication) or by
// class-attribute assignment; the dict inside does its own locking, and name/bases/mro are
// replaced only by `__name__`/`__bases__` assignment, which weft treats like CPython: not
// atomic with respect to concurrent readers of the same type, but never freed while read
// (old values are leaked into the type's retired list).
unsafe impl Sync for TypeData {}
// SAFETY: as for `Sync`: nothing in a type is tied to the thread that created it.
unsafe impl Send for TypeData {}

static NEXT_VERSION: AtomicU32 = AtomicU32::new(1);

fn fresh_version() -> u32 {
    NEXT_VERSION.fetch_add(1, Ordering::Relaxed)
}

impl TypeData {
    pub fn new(
        name: &str,
        layout: *const TypeObject,
        dealloc: unsafe fn(*mut ObjHeader),
        attrs_offset: usize,
        flags: u32,
        dict: Value,
    ) -> TypeData {
        TypeData {
            inner: UnsafeCell::new(TypeInner {
                name: name.to_string(),
                qualname: name.to_string(),
                bases: Vec::new(),
                mro: Vec::new(),
                dict,
            }),
            layout,
            dealloc,
            attrs_offset,
            flags,
            version: AtomicU32::new(fresh_version()),
            slots: Slots::new(),
            alloc_instance: None,
            nslots: 0,
            subclasses: Mutex::new(Vec::new()),
        }
    }

    #[inline(always)]
    pub fn inner(&self) -> &TypeInner {
        // SAFETY: see the `Sync` impl: readers see a consistent `TypeInner` because writers
        // only run during construction or under the documented class-mutation rules.
        unsafe { &*self.inner.get() }
    }

    /// Mutable access while the type is being built or mutated.
    ///
    /// # Safety
    /// No other reference into `inner` may be live.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn inner_mut(&self) -> &mut TypeInner {
        // SAFETY: as the contract says.
        unsafe { &mut *self.inner.get() }
    }

    pub fn name(&self) -> &str {
        &self.inner().name
    }

    pub fn dict(&self) -> &Value {
        &self.inner().dict
    }

    pub fn mro(&self) -> &[Value] {
        &self.inner().mro
    }

    pub fn is_heap(&self) -> bool {
        self.flags & type_flags::HEAP != 0
    }

    /// Records `sub` as a subclass so version changes reach it.
    pub fn add_subclass(&self, sub: &TypeObject) {
        if let Ok(mut subs) = self.subclasses.lock() {
            subs.push(sub as *const TypeObject as usize);
        }
    }

    /// The addresses of the registered subclasses.
    pub fn subclasses_snapshot(&self) -> Vec<usize> {
        self.subclasses
            .lock()
            .map(|s| s.clone())
            .unwrap_or_default()
    }

    pub fn remove_subclass(&self, sub: *const TypeObject) {
        if let Ok(mut subs) = self.subclasses.lock() {
            subs.retain(|s| *s != sub as usize);
        }
    }

    /// Gives this type and every subclass a new version tag (after a mutation).
    pub fn modified(&self) {
        self.version.store(fresh_version(), Ordering::Release);
        let subs: Vec<usize> = self
            .subclasses
            .lock()
            .map(|s| s.clone())
            .unwrap_or_default();
        for s in subs {
            // SAFETY: subclasses unregister themselves before being freed, so every address
            // in the list is a live type.
            let sub = unsafe { &*(s as *const TypeObject) };
            sub.modified();
        }
    }
}

impl TypeObject {
    /// `self` as a value (a new reference).
    pub fn to_value(&self) -> Value {
        // SAFETY: `self` is a live type object.
        unsafe { Value::from_header_ptr(&self.header) }
    }

    /// True if `self` is `other` or derives from it.
    #[inline]
    pub fn is_subtype(&self, other: &TypeObject) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        self.mro()
            .iter()
            .any(|t| std::ptr::eq(t.as_header_ptr(), &other.header as *const ObjHeader))
    }

    /// Looks `name` (an interned str) up along the MRO, without invoking descriptors.
    /// Answers come from a per-thread cache keyed by the type's version, which changes on
    /// any mutation of the type or a base, so a cached answer is never stale.
    #[inline]
    pub fn lookup(&self, name: &Value) -> Option<Value> {
        if !crate::types::str::is_interned(name) {
            return self.lookup_uncached(name);
        }
        let version = self.version.load(Ordering::Acquire);
        let type_addr = self as *const TypeObject as usize;
        let slot = attr_cache_slot(type_addr, name);
        let hit = ATTR_CACHE.with(|c| {
            // SAFETY: the cache is thread-local and never borrowed across this closure.
            let cache = unsafe { &*c.get() };
            match cache.get(slot) {
                Some(e)
                    if e.type_addr == type_addr
                        && e.version == version
                        && e.name == name.bits() =>
                {
                    Some(e.value.clone())
                }
                _ => None,
            }
        });
        match hit {
            Some(v) => v,
            None => self.lookup_and_cache(name, version, slot),
        }
    }

    /// `lookup`'s miss: walks the MRO and fills the cache entry.
    #[cold]
    #[inline(never)]
    fn lookup_and_cache(&self, name: &Value, version: u32, slot: usize) -> Option<Value> {
        let v = self.lookup_uncached(name);
        ATTR_CACHE.with(|c| {
            // SAFETY: as in `lookup`.
            let cache = unsafe { &mut *c.get() };
            if cache.is_empty() {
                fill_attr_cache(cache);
            }
            let e = &mut cache[slot];
            let old = std::mem::replace(
                e,
                AttrCacheEntry {
                    type_addr: self as *const TypeObject as usize,
                    version,
                    name: name.bits(),
                    value: v.clone(),
                },
            );
            drop(old);
        });
        v
    }

    fn lookup_uncached(&self, name: &Value) -> Option<Value> {
        for t in self.mro() {
            let ty = as_type(t)?;
            if let Some(v) = crate::types::dict::dict_get_str(ty.dict(), name) {
                return Some(v);
            }
        }
        None
    }

    /// Looks `name` up along the MRO by Rust string (slow path for builtins and errors).
    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        let key = crate::types::str::intern(name);
        self.lookup(&key)
    }
}

const ATTR_CACHE_SIZE: usize = 4096;

/// The cache entry of (`type_addr`, `name`): a multiplicative hash of both addresses.
#[inline(always)]
fn attr_cache_slot(type_addr: usize, name: &Value) -> usize {
    ((type_addr >> 4 ^ name.bits() >> 3).wrapping_mul(0x9E37_79B9) >> 20) & (ATTR_CACHE_SIZE - 1)
}

/// One entry of the per-thread type attribute cache. Versions are process-unique, so an
/// entry can only match the very type state it was filled from; names are interned
/// (immortal), so their addresses are stable.
struct AttrCacheEntry {
    type_addr: usize,
    version: u32,
    name: usize,
    value: Option<Value>,
}

thread_local! {
    /// Filled on first use (const-initialised so each access is a plain TLS load).
    static ATTR_CACHE: std::cell::UnsafeCell<Vec<AttrCacheEntry>> =
        const { std::cell::UnsafeCell::new(Vec::new()) };
}

/// Drops the values this thread's attribute cache holds (at thread exit, while the thread
/// may still touch objects).
pub fn clear_thread_caches() {
    let _ = ATTR_CACHE.try_with(|c| {
        // SAFETY: the cache is thread-local and not borrowed across this call.
        let old = std::mem::take(unsafe { &mut *c.get() });
        drop(old);
    });
}

fn fill_attr_cache(cache: &mut Vec<AttrCacheEntry>) {
    cache.extend((0..ATTR_CACHE_SIZE).map(|_| AttrCacheEntry {
        type_addr: 0,
        version: 0,
        name: 0,
        value: None,
    }));
}

/// Views a value as a type object, if it is one.
#[inline]
pub fn as_type(v: &Value) -> Option<&TypeObject> {
    if v.is_small_int() {
        return None;
    }
    let ty = v.header().ty();
    if std::ptr::eq(ty.layout, crate::types::builtin().type_) {
        // SAFETY: the value's layout is a type object's.
        Some(unsafe { &*(v.as_header_ptr() as *const TypeObject) })
    } else {
        None
    }
}

impl Payload for TypeData {
    fn class() -> &'static TypeObject {
        crate::types::builtin().type_
    }
}
