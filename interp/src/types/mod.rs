//! The builtin types: one module per type, plus the registry of all of them.
//!
//! Owns: creating the builtin type objects at start-up (`init_builtin_types`) and the
//! `builtin()` registry through which every part of the VM reaches them, and the helpers
//! for declaring a builtin type's methods. Must not: hold interpreter state.

pub mod attrs;
pub mod bytes;
pub mod carets;
pub mod descriptors;
pub mod dict;
pub mod exception_group;
pub mod exceptions;
pub mod float;
pub mod function;
pub mod generator;
pub mod genericalias;
pub mod int;
pub mod iterators;
pub mod list;
pub mod mappingproxy;
pub mod memoryview;
pub mod module;
pub mod native;
pub mod none;
pub mod object;
pub mod range;
pub mod set;
pub mod slice;
pub mod slots;
pub mod str;
pub mod traceback;
pub mod tuple;
pub mod type_;
pub mod typeobject;
pub mod weakref;

use std::sync::atomic::{AtomicPtr, Ordering};

pub use typeobject::{as_type, type_flags, Slots, TypeData, TypeObject};

use crate::object::{dealloc_payload, ObjHeader, PyObj, Value};

macro_rules! builtin_types {
    ($( $field:ident ),* $(,)?) => {
        /// Every builtin type, reachable from anywhere through `builtin()`.
        pub struct BuiltinTypes {
            $( pub $field: &'static TypeObject, )*
        }

        impl BuiltinTypes {
            /// Every registered type, for passes over all of them.
            pub fn all(&self) -> Vec<&'static TypeObject> {
                vec![$( self.$field ),*]
            }
        }
    };
}

builtin_types! {
    object, type_, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,
    frozenset, range, slice, none, not_implemented, ellipsis, null, function, getset,
    builtin_function, method_descriptor, slot_wrapper, bound_method, code, cell, module,
    generator, property, staticmethod, classmethod, super_, list_iterator, tuple_iterator,
    range_iterator, str_iterator, seq_iterator, callable_iterator, dict_keys, dict_values,
    dict_items, dict_keyiterator, dict_valueiterator, dict_itemiterator, set_iterator,
    enumerate, zip, map, filter, reversed, list_reverseiterator,
    base_exception, exception, type_error, value_error, index_error, key_error,
    lookup_error, attribute_error, name_error, unbound_local_error, zero_division_error,
    arithmetic_error, overflow_error, runtime_error, recursion_error,
    not_implemented_error, stop_iteration, assertion_error, import_error,
    module_not_found_error, memory_error, system_exit, keyboard_interrupt,
    generator_exit, syntax_error, indentation_error, tab_error, os_error,
    file_not_found_error, eof_error, unicode_error, unicode_decode_error,
    unicode_encode_error, floating_point_error, buffer_error, warning, user_warning,
    deprecation_warning, runtime_warning, syntax_warning, stop_async_iteration,
    permission_error, file_exists_error, is_a_directory_error, not_a_directory_error,
    timeout_error, connection_error, broken_pipe_error, child_process_error,
    interrupted_error, process_lookup_error, blocking_io_error, reference_error,
    future_warning, import_warning, unicode_warning, bytes_warning, resource_warning,
    pending_deprecation_warning, encoding_warning, connection_aborted_error,
    connection_refused_error, connection_reset_error, unicode_translate_error,
    system_error, base_exception_group, exception_group,
    weakref_ref, weakref_proxy, weakref_callable_proxy, member_descriptor,
}

static BUILTIN: AtomicPtr<BuiltinTypes> = AtomicPtr::new(std::ptr::null_mut());

/// The builtin types. Valid after `init_builtin_types` (run first thing at start-up).
#[inline(always)]
pub fn builtin() -> &'static BuiltinTypes {
    // SAFETY: set once by `init_builtin_types` to a leaked, never-freed registry before any
    // value exists; never changed afterwards.
    unsafe { &*BUILTIN.load(Ordering::Relaxed) }
}

/// Describes a builtin type to create.
pub struct TypeSpec {
    pub name: &'static str,
    pub base: Option<&'static TypeObject>,
    pub flags: u32,
    pub dealloc: unsafe fn(*mut ObjHeader),
    pub attrs_offset: usize,
}

impl TypeSpec {
    /// A type whose instances have payload `T`.
    pub fn of<T: 'static>(name: &'static str, base: Option<&'static TypeObject>) -> TypeSpec {
        TypeSpec {
            name,
            base,
            flags: 0,
            dealloc: dealloc_payload::<T>,
            attrs_offset: 0,
        }
    }

    pub fn flags(mut self, flags: u32) -> TypeSpec {
        self.flags |= flags;
        self
    }

    /// Instances are freed by `dealloc` instead of `dealloc_payload::<T>`.
    pub fn dealloc(mut self, dealloc: unsafe fn(*mut ObjHeader)) -> TypeSpec {
        self.dealloc = dealloc;
        self
    }

    pub fn attrs_offset(mut self, offset: usize) -> TypeSpec {
        self.attrs_offset = offset;
        self.flags |= type_flags::HAS_ATTRS;
        self
    }
}

/// Creates an immortal builtin type. Its metatype and dict are filled in by
/// `init_builtin_types` once `type` and `dict` exist.
pub fn new_builtin_type(spec: TypeSpec) -> &'static TypeObject {
    let data = TypeData::new(
        spec.name,
        std::ptr::null(),
        spec.dealloc,
        spec.attrs_offset,
        spec.flags,
        Value::small_int(0),
    );
    let obj: &'static mut TypeObject = Box::leak(Box::new(PyObj {
        header: ObjHeader::immortal(std::ptr::null()),
        payload: data,
    }));
    obj.payload.layout = obj as *const TypeObject;
    let ty: &'static TypeObject = obj;
    if let Some(base) = spec.base {
        // SAFETY: the type is not yet visible to anyone else.
        let inner = unsafe { ty.inner_mut() };
        inner.bases = vec![base.to_value()];
        let mut mro = vec![ty.to_value()];
        mro.extend(base.mro().iter().cloned());
        inner.mro = mro;
        ty.slots.inherit_from(&base.slots);
    } else {
        // SAFETY: as above.
        unsafe { ty.inner_mut() }.mro = vec![ty.to_value()];
    }
    ty
}

/// Makes `ty` share its base's payload layout (a builtin subclass such as `bool` of `int`).
pub fn share_layout(ty: &'static TypeObject, base: &'static TypeObject) {
    let p = ty as *const TypeObject as *mut TypeObject;
    // SAFETY: called during start-up before the type is used by any other code.
    unsafe { (*p).payload.layout = base.layout };
}

/// Creates every builtin type, in dependency order, and publishes the registry.
pub fn init_builtin_types() {
    if !BUILTIN.load(Ordering::Acquire).is_null() {
        return;
    }
    let object = object::make_type();
    let type_ = type_::make_type(object);
    // `type` and `object` are instances of `type`.
    for t in [object, type_] {
        t.header.ty.store(
            type_ as *const TypeObject as *mut TypeObject,
            Ordering::Relaxed,
        );
    }
    let mk = |spec: TypeSpec| {
        let t = new_builtin_type(spec);
        t.header.ty.store(
            type_ as *const TypeObject as *mut TypeObject,
            Ordering::Relaxed,
        );
        t
    };
    let registry = types_registry(object, type_, &mk);
    for t in [
        registry.int,
        registry.float,
        registry.str,
        registry.bytes,
        registry.complex,
    ] {
        let p = t as *const TypeObject as *mut TypeObject;
        // SAFETY: start-up, before any instance exists or any other thread runs.
        unsafe { (*p).payload.flags |= type_flags::LEAF };
    }
    for t in [
        registry.type_,
        registry.set,
        registry.frozenset,
        registry.function,
        registry.builtin_function,
        registry.bound_method,
        registry.code,
        registry.module,
        registry.generator,
    ] {
        let p = t as *const TypeObject as *mut TypeObject;
        // SAFETY: start-up, before any instance exists or any other thread runs.
        unsafe { (*p).payload.flags |= type_flags::WEAKREFABLE };
    }
    let leaked: &'static mut BuiltinTypes = Box::leak(Box::new(registry));
    BUILTIN.store(leaked as *mut BuiltinTypes, Ordering::Release);
    // Now that dicts can be made, give every type its namespace and methods.
    let b = builtin();
    for t in b.all() {
        // SAFETY: start-up; no other reference to the types' inner state is live.
        unsafe { t.inner_mut() }.dict = dict::new_dict();
    }
    none::init_singletons();
    str::init_interning();
    for t in b.all() {
        native::add_slot_wrappers(t);
        dict::dict_set_str(t.dict(), "__doc__", none::none());
    }
    object::init_methods();
    type_::init_methods();
    int::init_methods();
    float::init_methods();
    str::init_methods();
    bytes::init_methods();
    tuple::init_methods();
    list::init_methods();
    dict::init_methods();
    set::init_methods();
    range::init_methods();
    slice::init_methods();
    function::init_methods();
    generator::init_methods();
    descriptors::init_methods();
    iterators::init_methods();
    module::init_methods();
    exceptions::init_methods();
    exception_group::init_methods();
    genericalias::init_methods();
    weakref::init_methods();
    slots::init_methods();
    native::init_builtin_function_attrs();
}

fn types_registry(
    object: &'static TypeObject,
    type_: &'static TypeObject,
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
) -> BuiltinTypes {
    let int = int::make_type(mk, object);
    let bool = int::make_bool_type(mk, int);
    let exc = exceptions::make_types(mk, object);
    let iters = iterators::make_types(mk, object);
    let dict_types = dict::make_types(mk, object);
    let (weakref_ref, weakref_proxy, weakref_callable_proxy) = weakref::make_types(mk, object);
    BuiltinTypes {
        object,
        type_,
        int,
        bool,
        float: float::make_type(mk, object),
        complex: float::make_complex_type(mk, object),
        str: str::make_type(mk, object),
        bytes: bytes::make_type(mk, object),
        bytearray: bytes::make_bytearray_type(mk, object),
        list: list::make_type(mk, object),
        tuple: tuple::make_type(mk, object),
        dict: dict_types.dict,
        dict_keys: dict_types.keys,
        dict_values: dict_types.values,
        dict_items: dict_types.items,
        dict_keyiterator: dict_types.keyiter,
        dict_valueiterator: dict_types.valueiter,
        dict_itemiterator: dict_types.itemiter,
        set: set::make_type(mk, object, "set"),
        frozenset: set::make_type(mk, object, "frozenset"),
        set_iterator: set::make_iter_type(mk, object),
        range: range::make_type(mk, object),
        range_iterator: range::make_iter_type(mk, object),
        slice: slice::make_type(mk, object),
        none: none::make_type(mk, object, "NoneType"),
        not_implemented: none::make_type(mk, object, "NotImplementedType"),
        ellipsis: none::make_type(mk, object, "ellipsis"),
        null: none::make_type(mk, object, "NULL"),
        function: function::make_function_type(mk, object),
        getset: descriptors::make_getset_type(mk, object),
        builtin_function: native::make_builtin_function_type(mk, object),
        method_descriptor: native::make_method_descriptor_type(mk, object),
        slot_wrapper: native::make_slot_wrapper_type(mk, object),
        bound_method: function::make_bound_method_type(mk, object),
        code: function::make_code_type(mk, object),
        cell: function::make_cell_type(mk, object),
        module: module::make_type(mk, object),
        generator: generator::make_type(mk, object),
        property: descriptors::make_property_type(mk, object),
        staticmethod: descriptors::make_staticmethod_type(mk, object),
        classmethod: descriptors::make_classmethod_type(mk, object),
        super_: descriptors::make_super_type(mk, object),
        list_iterator: iters.list_iterator,
        list_reverseiterator: iters.list_reverseiterator,
        tuple_iterator: iters.tuple_iterator,
        str_iterator: iters.str_iterator,
        seq_iterator: iters.seq_iterator,
        callable_iterator: iters.callable_iterator,
        enumerate: iters.enumerate,
        zip: iters.zip,
        map: iters.map,
        filter: iters.filter,
        reversed: iters.reversed,
        base_exception: exc.base_exception,
        exception: exc.exception,
        type_error: exc.type_error,
        value_error: exc.value_error,
        index_error: exc.index_error,
        key_error: exc.key_error,
        lookup_error: exc.lookup_error,
        attribute_error: exc.attribute_error,
        name_error: exc.name_error,
        unbound_local_error: exc.unbound_local_error,
        zero_division_error: exc.zero_division_error,
        arithmetic_error: exc.arithmetic_error,
        overflow_error: exc.overflow_error,
        runtime_error: exc.runtime_error,
        recursion_error: exc.recursion_error,
        not_implemented_error: exc.not_implemented_error,
        stop_iteration: exc.stop_iteration,
        assertion_error: exc.assertion_error,
        import_error: exc.import_error,
        module_not_found_error: exc.module_not_found_error,
        memory_error: exc.memory_error,
        system_exit: exc.system_exit,
        keyboard_interrupt: exc.keyboard_interrupt,
        generator_exit: exc.generator_exit,
        syntax_error: exc.syntax_error,
        indentation_error: exc.indentation_error,
        tab_error: exc.tab_error,
        os_error: exc.os_error,
        file_not_found_error: exc.file_not_found_error,
        eof_error: exc.eof_error,
        unicode_error: exc.unicode_error,
        unicode_decode_error: exc.unicode_decode_error,
        unicode_encode_error: exc.unicode_encode_error,
        unicode_translate_error: exc.unicode_translate_error,
        floating_point_error: exc.floating_point_error,
        buffer_error: exc.buffer_error,
        warning: exc.warning,
        user_warning: exc.user_warning,
        deprecation_warning: exc.deprecation_warning,
        runtime_warning: exc.runtime_warning,
        syntax_warning: exc.syntax_warning,
        stop_async_iteration: exc.stop_async_iteration,
        permission_error: exc.permission_error,
        file_exists_error: exc.file_exists_error,
        is_a_directory_error: exc.is_a_directory_error,
        not_a_directory_error: exc.not_a_directory_error,
        timeout_error: exc.timeout_error,
        connection_error: exc.connection_error,
        broken_pipe_error: exc.broken_pipe_error,
        child_process_error: exc.child_process_error,
        interrupted_error: exc.interrupted_error,
        process_lookup_error: exc.process_lookup_error,
        blocking_io_error: exc.blocking_io_error,
        reference_error: exc.reference_error,
        future_warning: exc.future_warning,
        import_warning: exc.import_warning,
        unicode_warning: exc.unicode_warning,
        bytes_warning: exc.bytes_warning,
        resource_warning: exc.resource_warning,
        pending_deprecation_warning: exc.pending_deprecation_warning,
        encoding_warning: exc.encoding_warning,
        connection_aborted_error: exc.connection_aborted_error,
        connection_refused_error: exc.connection_refused_error,
        connection_reset_error: exc.connection_reset_error,
        system_error: exc.system_error,
        base_exception_group: exc.base_exception_group,
        exception_group: exc.exception_group,
        weakref_ref,
        weakref_proxy,
        weakref_callable_proxy,
        member_descriptor: slots::make_type(mk, object),
    }
}
