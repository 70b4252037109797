//! `CodeUnit`: what the compiler produces for one function, class body or module.
//!
//! Plain data with no runtime objects, so the compiler needs nothing from the object model;
//! the runtime turns a `CodeUnit` into a code object (constants become values, names are
//! interned) once, when the module is loaded.

use num_bigint::BigInt;

use super::Instr;

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    /// `(real, imag)` of a complex literal such as `2j`.
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// A frozenset of constants, used for `x in {1, 2, 3}`.
    FrozenSet(Vec<Constant>),
    /// A nested function, lambda, comprehension or class body.
    Code(Box<CodeUnit>),
}

/// One row of the exception table: instructions `start..end` are covered by the handler at
/// `handler`. When an exception is raised there, the value stack is cut to `depth` items,
/// the failing instruction's index is pushed if `push_lasti`, then the exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// Where an instruction came from in the source: 1-based lines, 0-based UTF-8 columns
/// (character columns, as CPython reports them). Line 0 means "no location".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// Code flags (CPython's `co_flags` values where one exists).
pub mod code_flags {
    /// Locals live in fast slots, not in a mapping (functions).
    pub const OPTIMIZED: u32 = 0x1;
    /// A fresh locals mapping is made for each run (functions, class bodies).
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
}

/// The compiled form of one code block.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeUnit {
    /// `co_name`: the function's name, `<module>`, `<lambda>`, `<listcomp>`, ...
    pub name: String,
    /// `__qualname__`, e.g. `Outer.method.<locals>.inner`.
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub flags: u32,
    /// Positional parameters, positional-only ones included.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub instructions: Vec<Instr>,
    /// One entry per instruction.
    pub locations: Vec<Location>,
    pub consts: Vec<Constant>,
    /// Global, attribute and import names.
    pub names: Vec<String>,
    /// Fast locals: parameters first (positional, keyword-only, `*args`, `**kwargs`), then
    /// other locals.
    pub varnames: Vec<String>,
    /// Locals captured by inner functions. A parameter that is also a cell keeps its fast
    /// slot and appears here too; `cell2arg` says which.
    pub cellvars: Vec<String>,
    /// Variables of enclosing functions used here.
    pub freevars: Vec<String>,
    /// For each cellvar, the index of the parameter it is initialised from, if any.
    pub cell2arg: Vec<Option<u32>>,
    pub exception_table: Vec<ExceptEntry>,
    /// The most value-stack slots the code ever uses.
    pub max_stack: u32,
    /// The docstring of a function (its first statement, if a string literal); module and
    /// class docstrings are stored as `__doc__` by their body's code instead.
    pub docstring: Option<String>,
}

impl CodeUnit {
    pub fn is_generator(&self) -> bool {
        self.flags & code_flags::GENERATOR != 0
    }

    /// True when a call can bind its arguments into a fresh frame and run it at once, as the
    /// eval loop's inline calls do: every parameter positional-or-keyword (no `*args`,
    /// `**kwargs` or keyword-only ones), and not a generator or coroutine.
    #[inline]
    pub fn inline_callable(&self) -> bool {
        self.flags
            & (code_flags::VARARGS
                | code_flags::VARKEYWORDS
                | code_flags::GENERATOR
                | code_flags::COROUTINE)
            == 0
            && self.kwonlyargcount == 0
    }

    /// True when binding arguments is a plain copy of positionals: no `*args`, `**kwargs`,
    /// keyword-only parameters, cells or free variables.
    #[inline]
    pub fn plain_positional(&self) -> bool {
        self.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0
            && self.kwonlyargcount == 0
            && self.cellvars.is_empty()
            && self.freevars.is_empty()
    }

    /// The number of parameters including `*args` and `**kwargs`.
    pub fn total_args(&self) -> u32 {
        let mut n = self.argcount + self.kwonlyargcount;
        if self.flags & code_flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & code_flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }

    /// The handler covering instruction `index`, innermost first (entries are ordered so
    /// that the first match is the innermost).
    pub fn handler_for(&self, index: u32) -> Option<&ExceptEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= index && index < e.end)
    }
}
