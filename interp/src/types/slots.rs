//! `__slots__`: member descriptors and the per-instance storage they index.
//!
//! Owns: parsing a class's `__slots__` (validation, name mangling, `__dict__` and
//! `__weakref__` entries), the `member_descriptor` type, and reading/writing slot values in
//! an instance's `InstanceAttrs` member array. Must not: change generic attribute lookup
//! (a class without a `__dict__` simply has no attribute storage offset; its slot values
//! are reached only through its member descriptors).

use crate::object::{Payload, Value};
use crate::types::attrs::InstanceAttrs;
use crate::types::descriptors::add_getset;
use crate::types::{builtin, none, str as pystr, TypeObject, TypeSpec};
use crate::vm::{PyResult, Vm};

/// A slot of a class with `__slots__`.
pub struct MemberDescr {
    /// The (mangled) attribute name.
    pub name: Value,
    /// The class that declared it (kept alive by the descriptor).
    pub owner: Value,
    /// Index in the instance's member array.
    pub index: usize,
    /// Byte offset of the instances' `InstanceAttrs` (present in every heap layout, even
    /// when the class exposes no `__dict__`).
    pub attrs_offset: usize,
}

impl Payload for MemberDescr {
    fn class() -> &'static TypeObject {
        builtin().member_descriptor
    }
}

pub fn make_type(
    mk: &dyn Fn(TypeSpec) -> &'static TypeObject,
    object: &'static TypeObject,
) -> &'static TypeObject {
    let t = mk(TypeSpec::of::<MemberDescr>(
        "member_descriptor",
        Some(object),
    ));
    t.slots.descr_get.set(Some(member_get));
    t.slots.descr_set.set(Some(member_set));
    t.slots.repr.set(Some(member_repr));
    t
}

pub fn init_methods() {
    let t = builtin().member_descriptor;
    add_getset(t, "__name__", |_, d| Ok(descr(d).name.clone()), None);
    add_getset(t, "__objclass__", |_, d| Ok(descr(d).owner.clone()), None);
    add_getset(t, "__doc__", |_, _| Ok(none::none()), None);
    add_getset(
        t,
        "__qualname__",
        |_, d| {
            let m = descr(d);
            let owner = crate::types::as_type(&m.owner).map_or("?", |t| t.name());
            Ok(pystr::new_str(&format!(
                "{owner}.{}",
                pystr::as_str(&m.name).unwrap_or("")
            )))
        },
        None,
    );
}

/// The member descriptor `d`, if it is exactly one (for specialized attribute access).
pub fn exact_member(d: &Value) -> Option<&MemberDescr> {
    d.downcast_exact::<MemberDescr>()
}

fn descr(d: &Value) -> &MemberDescr {
    // SAFETY: the getsets and slots above are installed only on member_descriptor.
    unsafe { d.payload_unchecked::<MemberDescr>() }
}

fn owner_name(m: &MemberDescr) -> &str {
    crate::types::as_type(&m.owner).map_or("?", |t| t.name())
}

/// The member storage of `inst`, after checking it is an instance of the declaring class.
fn storage<'a>(vm: &Vm, m: &MemberDescr, inst: &'a Value) -> PyResult<&'a InstanceAttrs> {
    let owner = crate::types::as_type(&m.owner).ok_or_else(|| vm.type_error("bad member"))?;
    if inst.is_small_int() || !inst.ty().is_subtype(owner) {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            pystr::as_str(&m.name).unwrap_or(""),
            owner_name(m),
            inst.ty().name()
        )));
    }
    // SAFETY: every instance of a heap class (the owner and its subclasses) is laid out
    // with an `InstanceAttrs` at `attrs_offset`, whether or not the class exposes it.
    Ok(unsafe { crate::types::object::attrs_at(inst, m.attrs_offset) })
}

fn member_get(vm: &Vm, d: &Value, inst: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let Some(inst) = inst else {
        return Ok(d.clone());
    };
    let m = descr(d);
    let attrs = storage(vm, m, inst)?;
    attrs.get_member(inst.header(), m.index).ok_or_else(|| {
        vm.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            inst.ty().name(),
            pystr::as_str(&m.name).unwrap_or("")
        ))
    })
}

fn member_set(vm: &Vm, d: &Value, inst: &Value, value: Option<Value>) -> PyResult<()> {
    let m = descr(d);
    let attrs = storage(vm, m, inst)?;
    let deleting = value.is_none();
    let had = attrs.set_member(inst.header(), m.index, inst.ty().nslots, value);
    if deleting && !had {
        let name = pystr::as_str(&m.name).unwrap_or("").to_string();
        return Err(vm.attribute_error(name));
    }
    Ok(())
}

fn member_repr(_vm: &Vm, d: &Value) -> PyResult<Value> {
    let m = descr(d);
    Ok(pystr::new_str(&format!(
        "<member '{}' of '{}' objects>",
        pystr::as_str(&m.name).unwrap_or(""),
        owner_name(m)
    )))
}

/// What a class's `__slots__` declares.
pub struct SlotSpec {
    /// Mangled names of the member slots, in order.
    pub names: Vec<String>,
    pub dict: bool,
    pub weakref: bool,
}

/// Python's private-name mangling of `name` inside class `class_name`.
pub fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Parses the `__slots__` value of class `class_name`.
pub fn parse(vm: &Vm, class_name: &str, slots: &Value) -> PyResult<SlotSpec> {
    let items = if pystr::as_str(slots).is_some() {
        vec![slots.clone()]
    } else {
        crate::ops::collect(vm, slots)?
    };
    let mut spec = SlotSpec {
        names: Vec::new(),
        dict: false,
        weakref: false,
    };
    for it in &items {
        let Some(s) = pystr::as_str(it) else {
            return Err(vm.type_error(format!(
                "__slots__ items must be strings, not '{}'",
                it.ty().name()
            )));
        };
        let ident = s
            .chars()
            .next()
            .is_some_and(|c| c == '_' || c.is_alphabetic())
            && s.chars().all(|c| c == '_' || c.is_alphanumeric());
        if !ident {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        match s {
            "__dict__" => {
                if spec.dict {
                    return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
                }
                spec.dict = true;
            }
            "__weakref__" => {
                if spec.weakref {
                    return Err(vm.type_error("__weakref__ slot disallowed: we already got one"));
                }
                spec.weakref = true;
            }
            _ => spec.names.push(mangle(class_name, s)),
        }
    }
    Ok(spec)
}

/// A member descriptor for slot `index` of class `owner`.
pub fn new_member(name: &str, owner: Value, index: usize, attrs_offset: usize) -> Value {
    Value::alloc(
        builtin().member_descriptor,
        MemberDescr {
            name: pystr::intern(name),
            owner,
            index,
            attrs_offset,
        },
    )
}
