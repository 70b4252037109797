//! `Value`: one machine word holding either a small int or a reference to a heap object.
//!
//! Owns: the tagging scheme, ownership (a `Value` owns one reference: `Clone` increfs,
//! `Drop` decrefs), allocation of heap objects with their payload, and downcasting to a
//! payload type. Must not: implement any Python behaviour.

use std::mem::ManuallyDrop;
use std::num::NonZeroUsize;

use super::header::ObjHeader;
use super::refcount::{decref, incref};
use crate::types::TypeObject;

/// A Python value. Bit 0 set: an immediate small int in the upper 63 bits. Bit 0 clear: a
/// pointer to an `ObjHeader` (8-byte aligned). Never zero, so `Option<Value>` is one word.
#[repr(transparent)]
pub struct Value(NonZeroUsize);

/// The smallest int stored immediately.
pub const SMALL_INT_MIN: i64 = -(1 << 62);
/// The largest int stored immediately.
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

/// A heap object: the header, then the payload, `#[repr(C)]` so that a pointer to the
/// header is a pointer to the object and the payload sits at a fixed offset.
#[repr(C)]
pub struct PyObj<T> {
    pub header: ObjHeader,
    pub payload: T,
}

/// A Rust type that is the payload of some Python type's instances.
pub trait Payload: Sized + 'static {
    /// The builtin type whose instances have exactly this payload layout.
    fn class() -> &'static TypeObject;
}

impl Value {
    /// An immediate small int; `i` must be within `SMALL_INT_MIN..=SMALL_INT_MAX`.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        // SAFETY: bit 0 is set, so the word is non-zero.
        Value(unsafe { NonZeroUsize::new_unchecked(((i << 1) | 1) as usize) })
    }

    #[inline(always)]
    pub fn fits_small(i: i64) -> bool {
        (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i)
    }

    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.0.get() & 1 != 0
    }

    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.0.get() as i64) >> 1)
        } else {
            None
        }
    }

    /// The small int of a value known to be one.
    #[inline(always)]
    pub fn small_unchecked(&self) -> i64 {
        (self.0.get() as i64) >> 1
    }

    /// The raw word: for identity (`is`), hashing of identities and `id()`.
    #[inline(always)]
    pub fn bits(&self) -> usize {
        self.0.get()
    }

    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// The header of a heap value. Must not be called on a small int.
    #[inline(always)]
    pub fn header(&self) -> &ObjHeader {
        debug_assert!(!self.is_small_int());
        // SAFETY: a non-small value points at a live object for as long as `self` lives.
        unsafe { &*(self.0.get() as *const ObjHeader) }
    }

    #[inline(always)]
    pub fn as_header_ptr(&self) -> *const ObjHeader {
        self.0.get() as *const ObjHeader
    }

    /// The value's type.
    #[inline(always)]
    pub fn ty(&self) -> &'static TypeObject {
        if self.is_small_int() {
            crate::types::builtin().int
        } else {
            self.header().ty()
        }
    }

    /// Takes a new reference to the object at `ptr`.
    ///
    /// # Safety
    /// `ptr` points at a live object header.
    #[inline(always)]
    pub unsafe fn from_header_ptr(ptr: *const ObjHeader) -> Value {
        // SAFETY: the caller guarantees a live object.
        unsafe { incref(ptr) };
        // SAFETY: a live object's address is non-zero.
        Value(unsafe { NonZeroUsize::new_unchecked(ptr as usize) })
    }

    /// Gives up ownership without decrementing, returning the raw word.
    #[inline(always)]
    pub fn into_raw(self) -> usize {
        let me = ManuallyDrop::new(self);
        me.0.get()
    }

    /// Takes back ownership of a word made by `into_raw`.
    ///
    /// # Safety
    /// `raw` came from `into_raw` and that reference has not been reclaimed already.
    #[inline(always)]
    pub unsafe fn from_raw(raw: usize) -> Value {
        // SAFETY: `into_raw` only returns non-zero words.
        Value(unsafe { NonZeroUsize::new_unchecked(raw) })
    }

    /// Allocates a new object of type `ty` with `payload`. `ty`'s instances must have the
    /// layout `PyObj<T>` (its `dealloc` frees exactly that).
    #[inline]
    pub fn alloc<T>(ty: &TypeObject, payload: T) -> Value {
        if !ty.header.is_immortal() {
            // Instances keep their (heap) type alive; released in `dealloc_payload`.
            // SAFETY: `ty` is a live type object.
            unsafe { incref(&ty.header) };
        }
        let obj = Box::new(PyObj {
            header: ObjHeader::new(ty),
            payload,
        });
        let ptr = Box::into_raw(obj) as usize;
        // SAFETY: a box pointer is non-null and 8-aligned (bit 0 clear: it is not a small int).
        Value(unsafe { NonZeroUsize::new_unchecked(ptr) })
    }

    /// Allocates an immortal object (singletons, interned strings, constants).
    pub fn alloc_immortal<T>(ty: &TypeObject, payload: T) -> Value {
        let obj = Box::new(PyObj {
            header: ObjHeader::immortal(ty),
            payload,
        });
        let ptr = Box::into_raw(obj) as usize;
        // SAFETY: as in `alloc`.
        Value(unsafe { NonZeroUsize::new_unchecked(ptr) })
    }

    /// The payload of a heap value whose layout is known to be `PyObj<T>`.
    ///
    /// # Safety
    /// `self` is a heap object allocated with a `T` payload (or a layout that starts with
    /// one, such as a subclass instance of `T`'s type).
    #[inline(always)]
    pub unsafe fn payload_unchecked<T>(&self) -> &T {
        // SAFETY: the caller guarantees the layout.
        unsafe { &(*(self.0.get() as *const PyObj<T>)).payload }
    }

    /// The payload if this value's layout is `T`'s: its type is `T::class()` or a subclass
    /// that extends `T`'s layout.
    #[inline(always)]
    pub fn downcast<T: Payload>(&self) -> Option<&T> {
        if self.is_small_int() {
            return None;
        }
        let ty = self.header().ty();
        if std::ptr::eq(ty, T::class()) || std::ptr::eq(ty.layout, T::class()) {
            // SAFETY: the type's layout is `T`'s, checked just above.
            Some(unsafe { self.payload_unchecked::<T>() })
        } else {
            None
        }
    }

    /// The payload if this value's type is exactly `T::class()`.
    #[inline(always)]
    pub fn downcast_exact<T: Payload>(&self) -> Option<&T> {
        if !self.is_small_int() && std::ptr::eq(self.header().ty(), T::class()) {
            // SAFETY: the exact type's layout is `T`.
            Some(unsafe { self.payload_unchecked::<T>() })
        } else {
            None
        }
    }

    /// True if the value's type is exactly `ty`.
    #[inline(always)]
    pub fn is_exact(&self, ty: &TypeObject) -> bool {
        std::ptr::eq(self.ty(), ty)
    }
}

// SAFETY: every reference-count update is thread-safe by the biased protocol (a non-owner
// uses the atomic shared count), and payloads guard their own mutable state.
unsafe impl Send for Value {}
// SAFETY: as above; `&Value` only allows cloning (a thread-safe incref) and reads.
unsafe impl Sync for Value {}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if !self.is_small_int() {
            // SAFETY: `self` holds a reference, so the object is live.
            unsafe { incref(self.as_header_ptr()) };
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if !self.is_small_int() {
            // SAFETY: `self` owns one reference, dropped here exactly once.
            unsafe { decref(self.as_header_ptr()) };
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(i) = self.as_small_int() {
            write!(f, "{i}")
        } else {
            write!(f, "<{} at {:#x}>", self.ty().name(), self.bits())
        }
    }
}

/// The deallocator of objects laid out as `PyObj<T>`: drops the payload, frees the memory
/// and releases the reference the object held on a heap type.
///
/// # Safety
/// `obj` is an object allocated by `Value::alloc::<T>` whose count reached zero.
pub unsafe fn dealloc_payload<T>(obj: *mut ObjHeader) {
    // SAFETY: the caller guarantees the layout and that nothing else references `obj`.
    let ty = unsafe { (*obj).ty() };
    // SAFETY: as above; the box was made by `Value::alloc::<T>`.
    drop(unsafe { Box::from_raw(obj as *mut PyObj<T>) });
    if !ty.header.is_immortal() {
        // SAFETY: the reference taken in `alloc`.
        unsafe { decref(&ty.header) };
    }
}

/// A mutable field holding a value, readable and replaceable from any thread. Replaced
/// values are retired rather than freed at once (a reader on another thread may be taking a
/// reference to the old value); use it for rarely written fields only (a function's
/// `__defaults__` or `__name__`).
pub struct SwapCell {
    word: std::sync::atomic::AtomicUsize,
}

impl SwapCell {
    pub fn new(v: Value) -> SwapCell {
        SwapCell {
            word: std::sync::atomic::AtomicUsize::new(v.into_raw()),
        }
    }

    #[inline]
    pub fn get(&self) -> Value {
        let raw = self.word.load(std::sync::atomic::Ordering::Acquire);
        // SAFETY: the word always holds a reference owned by the cell; values it held before
        // are retired, never freed, so taking a new reference to the current one is sound.
        let borrowed = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(raw) });
        (*borrowed).clone()
    }

    pub fn set(&self, v: Value) {
        let old = self
            .word
            .swap(v.into_raw(), std::sync::atomic::Ordering::AcqRel);
        // SAFETY: the cell owned that reference; it is retired, see the type's comment.
        let old = unsafe { Value::from_raw(old) };
        crate::thread::retire_value(old);
    }
}

impl Drop for SwapCell {
    fn drop(&mut self) {
        // SAFETY: the cell owns the reference in its word.
        drop(unsafe { Value::from_raw(*self.word.get_mut()) });
    }
}
