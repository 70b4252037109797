//! weft-interp: the runtime and the tier-1 interpreter of weft.
//!
//! Crate map (see ARCHITECTURE.md): `object` (values, header, refcounting), `types` (every
//! builtin type), `ops` (the abstract object protocol), `bytecode` (the instruction table),
//! `compile` (AST → bytecode), `eval` (frames and the eval loop), `builtins` and `modules`
//! (the standard library written in Rust), `thread` (thread modes), `vm` (per-thread state,
//! errors, options), and the pure libraries `numeric`, `format`, `strlib`.

pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod eval;
pub mod format;
pub mod modules;
pub mod numeric;
pub mod object;
pub mod ops;
pub mod regex;
pub mod specialize;
pub mod strlib;
pub mod thread;
pub mod types;
pub mod vm;

pub use vm::{Options, PyErr, PyResult, RcProtocol, Runtime, ThreadMode, Vm};
