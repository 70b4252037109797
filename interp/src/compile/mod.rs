//! The compiler: Python source text to `CodeUnit`s.
//!
//! Owns: parsing (through `ruff_python_parser`, target Python 3.11) and the mapping of parse
//! errors to CPython's messages (`errors`), the pre-parse limits on nesting (`source`), scope
//! analysis (`symtable`), lowering of the AST to instructions (`codegen`, `expr`, `consts`),
//! and assembly: label resolution, the exception table, `max_stack` and the stack-consistency
//! check (`assemble`).
//!
//! Must not: know about runtime objects or execute anything (constants are plain
//! `bytecode::Constant` data), change the instruction set (that is `bytecode/`), or panic on
//! any input — every failure is a `CompileError`. Deep recursion is bounded by depth counters
//! that report `RecursionError` like CPython's compiler.

mod assemble;
mod codegen;
mod consts;
mod errors;
mod expr;
mod source;
mod symtable;
#[cfg(test)]
mod tests;

use ruff_python_ast::{Mod, PythonVersion};
use ruff_python_parser::{Mode, ParseOptions};

use crate::bytecode::CodeUnit;

pub use assemble::check_stack;
pub use errors::{CompileError, CompileErrorKind};

/// What `compile` is compiling, as CPython's `compile()` mode argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    /// A module: a sequence of statements.
    Exec,
    /// A single expression; the code returns its value.
    Eval,
    /// One interactive statement; expression statements print their value through
    /// `sys.displayhook`.
    Single,
}

/// The nesting depth of AST nodes past which compilation fails with a `RecursionError`, as
/// CPython's compiler does (its limit is three times the default recursion limit).
pub(crate) const MAX_NESTING: u32 = 3000;

/// Compiles `source` into the code for a module (`Exec`), an expression (`Eval`) or an
/// interactive statement (`Single`).
pub fn compile(source: &str, filename: &str, mode: CompileMode) -> Result<CodeUnit, CompileError> {
    let map = source::SourceMap::new(source);
    let err = |e: errors::RawError| e.into_compile_error(&map, filename);
    source::check_nesting(source, &map).map_err(err)?;

    if mode == CompileMode::Eval {
        // CPython's tokenizer reports leading indentation of an expression as such.
        let line = source
            .split_inclusive('\n')
            .position(|l| !l.trim().is_empty())
            .unwrap_or(0);
        let text = source.split_inclusive('\n').nth(line).unwrap_or("");
        if text.starts_with([' ', '\t', '\x0c']) {
            return Err(err(errors::RawError::at_line(
                CompileErrorKind::IndentationError,
                "unexpected indent",
                line as u32 + 1,
            )));
        }
    }
    let parse_mode = match mode {
        CompileMode::Eval => Mode::Expression,
        CompileMode::Exec | CompileMode::Single => Mode::Module,
    };
    let options = ParseOptions::from(parse_mode).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    // A tree is at most about as deep as its source is long; dropping a very deep one
    // recurses that deep, so on error paths a tree from a long source is leaked instead.
    let maybe_deep = source.len() > DEEP_SOURCE;
    if let Some(e) = errors::first_parse_error(&parsed, source, &map) {
        if maybe_deep {
            std::mem::forget(parsed);
        }
        return Err(err(e));
    }
    let parsed = parsed.into_syntax();
    let result = compile_mod(&parsed, filename, mode, &map);
    if maybe_deep && matches!(&result, Err(e) if e.kind == CompileErrorKind::RecursionError) {
        std::mem::forget(parsed);
    }
    result
}

/// Sources longer than this may hold trees too deep to drop safely after an error.
const DEEP_SOURCE: usize = 50_000;

fn compile_mod(
    module: &Mod,
    filename: &str,
    mode: CompileMode,
    map: &source::SourceMap,
) -> Result<CodeUnit, CompileError> {
    let err = |e: errors::RawError| e.into_compile_error(map, filename);
    let table = symtable::SymbolTable::build(module).map_err(err)?;
    codegen::generate(module, &table, filename, mode, map).map_err(err)
}
