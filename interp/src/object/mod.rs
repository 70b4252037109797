//! The object model: values, the PEP 703 object header, the refcount protocol and the
//! per-object mutex.
//!
//! Owns: how a Python value is represented in memory and how its lifetime is managed.
//! Must not: implement any type's behaviour (that is `types/`) or know the thread mode
//! (modes are data chosen at thread start, see `header::thread_rc_id`).

pub mod header;
pub mod mutex;
pub mod refcount;
pub mod value;

pub use header::{ObjHeader, IMMORTAL_LOCAL};
pub use mutex::ObjLock;
pub use value::{dealloc_payload, Payload, PyObj, Value, SMALL_INT_MAX, SMALL_INT_MIN};
