//! Native types defined by builtin modules (`_random.Random`, `array.array`,
//! `_struct.Struct`, ...).
//!
//! Owns: creating such a type once, lazily (immortal, with its namespace, slot wrappers, a
//! short `__name__`/`__qualname__` while its full name stays `module.name` as CPython's
//! `tp_name`), and registering the layout heap subclasses use. Must not: implement the
//! behaviour of any type (each module does).

use std::sync::atomic::Ordering;
use std::sync::OnceLock;

use crate::object::Payload;
use crate::types::{builtin, dict, none, type_flags, TypeObject, TypeSpec};

/// A type created on first use and never freed.
pub struct LazyType(OnceLock<usize>);

impl LazyType {
    pub const fn new() -> LazyType {
        LazyType(OnceLock::new())
    }

    /// The type, made by `make` on the first call.
    #[inline]
    pub fn get(&self, make: fn() -> &'static TypeObject) -> &'static TypeObject {
        let p = *self.0.get_or_init(|| make() as *const TypeObject as usize);
        // SAFETY: the word is the address of a leaked, immortal type object made once above.
        unsafe { &*(p as *const TypeObject) }
    }
}

impl Default for LazyType {
    fn default() -> Self {
        LazyType::new()
    }
}

/// Creates native type `full_name` (`"array.array"`) whose instances have payload `T`.
/// `setup` installs its slots and methods; slot wrappers (`__add__`, ...) are added after
/// it. A `subclassable` type may be a base of `class` statements (instances of subclasses
/// are allocated with `object::alloc_subclass_instance`).
pub fn new_type<T: Payload>(
    full_name: &'static str,
    base: Option<&'static TypeObject>,
    subclassable: bool,
    setup: impl FnOnce(&'static TypeObject),
) -> &'static TypeObject {
    let base = base.unwrap_or(builtin().object);
    let mut spec = TypeSpec::of::<T>(full_name, Some(base));
    if subclassable {
        spec = spec.flags(type_flags::BASETYPE);
    }
    let t = crate::types::new_builtin_type(spec);
    t.header.ty.store(
        builtin().type_ as *const TypeObject as *mut TypeObject,
        Ordering::Relaxed,
    );
    {
        // SAFETY: the new type is not visible to any other code yet.
        let inner = unsafe { t.inner_mut() };
        inner.dict = dict::new_dict();
        if let Some((_, short)) = full_name.rsplit_once('.') {
            inner.qualname = short.to_string();
        }
    }
    setup(t);
    crate::types::native::add_slot_wrappers(t);
    if crate::types::dict::dict_get_str(t.dict(), &crate::types::str::intern("__doc__")).is_none() {
        dict::dict_set_str(t.dict(), "__doc__", none::none());
    }
    if subclassable {
        crate::types::object::register_subclass_layout::<T>(t);
    }
    t
}
