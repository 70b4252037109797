//! Code generation for statements and code units, following CPython 3.11's
//! `Python/compile.c`: one `Unit` per module, class body, function, lambda and comprehension,
//! the frame-block stack that lets `break`, `continue` and `return` run the `finally` and
//! `with` exit code they leave, and the exception-table scheme of `try`/`with`.
//!
//! Owns: the `Compiler` state, statement lowering, name resolution to
//! FAST/DEREF/GLOBAL/NAME instructions, function/class/closure creation, and the checks
//! CPython's compiler makes here (`'return' outside function`, `'break' outside loop`, ...).
//! Expressions are in `expr.rs`, constants in `consts.rs`, and turning a unit's instructions
//! into final code in `assemble.rs`.
//!
//! Must not: analyse scopes (the symbol table has done it) or produce an instruction sequence
//! whose stack use it has not checked (`assemble` verifies every unit).

use std::collections::HashMap;

use ruff_python_ast::{self as ast, Expr, Mod, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::assemble::{self, Ir, IrOp, Label};
use super::consts::{const_key, const_of, ConstKey};
use super::errors::RawError;
use super::source::SourceMap;
use super::symtable::{mangle, ScopeId, ScopeKind, SymScope, SymbolTable};
use super::{CompileMode, MAX_NESTING};
use crate::bytecode::{code_flags, make_function, CodeUnit, Constant, Location, Opcode};

pub type R = Result<(), RawError>;

/// What kind of code a unit compiles (CPython's `COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// An entry of the frame-block stack (CPython's `fblockinfo`).
#[derive(Clone, Copy)]
pub enum FBlock<'a> {
    WhileLoop { start: Label, exit: Label },
    ForLoop { start: Label, exit: Label },
    TryExcept,
    FinallyTry { body: &'a [Stmt] },
    FinallyEnd,
    With { loc: Location },
    HandlerCleanup { name: Option<&'a ast::Identifier> },
    ExceptionHandler,
    PopValue,
}

pub struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: UnitKind,
    pub code: Vec<Ir>,
    pub labels: Vec<u32>,
    pub consts: Vec<Constant>,
    const_map: HashMap<ConstKey, u32>,
    pub names: Vec<String>,
    name_map: HashMap<String, u32>,
    pub varnames: Vec<String>,
    var_map: HashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub fblocks: Vec<FBlock<'a>>,
    /// The enclosing class name, for private name mangling.
    pub private: Option<String>,
    pub name: String,
    pub qualname: String,
    pub firstlineno: u32,
    /// The location given to emitted instructions.
    pub loc: Location,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub docstring: Option<String>,
}

pub struct Compiler<'a> {
    pub table: &'a SymbolTable,
    pub map: &'a SourceMap<'a>,
    pub filename: &'a str,
    pub units: Vec<Unit<'a>>,
    pub depth: u32,
    /// `Single` mode: top-level expression statements are displayed.
    pub interactive: bool,
    /// The line of the last `from __future__` import at the top of the module.
    pub future_lineno: u32,
    /// `from __future__ import annotations`: annotations are stored as their source text.
    pub future_annotations: bool,
}

/// Compiles a parsed module with its symbol table.
pub fn generate(
    module: &Mod,
    table: &SymbolTable,
    filename: &str,
    mode: CompileMode,
    map: &SourceMap,
) -> Result<CodeUnit, RawError> {
    let future_lineno = match module {
        Mod::Module(m) => check_future(&m.body, map)?,
        Mod::Expression(_) => 0,
    };
    let mut c = Compiler {
        table,
        map,
        filename,
        units: Vec::new(),
        depth: 0,
        interactive: mode == CompileMode::Single,
        future_lineno,
        future_annotations: match module {
            Mod::Module(m) => future_lineno != 0 && imports_future_annotations(&m.body),
            Mod::Expression(_) => false,
        },
    };
    c.enter_unit(0, UnitKind::Module, "<module>", 1, None);
    match module {
        Mod::Module(m) => {
            if mode == CompileMode::Single {
                check_single(&m.body, map)?;
                c.compile_stmts(&m.body)?;
            } else {
                c.compile_body(&m.body)?;
            }
            c.set_loc_end();
            c.load_const(Constant::None);
            c.emit(Opcode::ReturnValue, 0);
        }
        Mod::Expression(e) => {
            c.compile_expr(&e.body)?;
            c.emit(Opcode::ReturnValue, 0);
        }
    }
    c.exit_unit()
}

/// CPython's future-statement checks: `from __future__` imports must come first and name
/// known features. Returns the line of the last valid one.
fn check_future(body: &[Stmt], map: &SourceMap) -> Result<u32, RawError> {
    const FEATURES: &[&str] = &[
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
    ];
    let mut lineno = 0;
    let mut done = false;
    let mut prev_line = 0;
    let start = usize::from(docstring_of(body).is_some());
    for s in &body[start.min(body.len())..] {
        let (line, _) = map.line_col(s.start());
        if done && line > prev_line {
            break;
        }
        prev_line = line;
        match s {
            Stmt::ImportFrom(i)
                if i.module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "__future__") =>
            {
                if done {
                    return Err(RawError::syntax(
                        "from __future__ imports must occur at the beginning of the file",
                        s.range(),
                    ));
                }
                for a in &i.names {
                    let name = a.name.as_str();
                    if name == "braces" {
                        return Err(RawError::syntax("not a chance", s.range()));
                    }
                    if !FEATURES.contains(&name) {
                        return Err(RawError::syntax(
                            format!("future feature {name} is not defined"),
                            s.range(),
                        ));
                    }
                }
                lineno = line;
            }
            _ => done = true,
        }
    }
    Ok(lineno)
}

/// Whether the leading `from __future__` imports (already checked) name `annotations`.
fn imports_future_annotations(body: &[Stmt]) -> bool {
    body.iter()
        .take_while(|s| matches!(s, Stmt::ImportFrom(_) | Stmt::Expr(_)))
        .any(|s| match s {
            Stmt::ImportFrom(i) => {
                i.module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "__future__")
                    && i.names.iter().any(|a| a.name.as_str() == "annotations")
            }
            _ => false,
        })
}

/// `compile(..., "single")` accepts one statement (or one line of simple statements).
fn check_single(body: &[Stmt], map: &SourceMap) -> R {
    if let Some(first) = body.first() {
        let (first_end, _) = map.line_col(first.end());
        for s in &body[1..] {
            let (line, _) = map.line_col(s.start());
            if line > first_end {
                return Err(RawError::syntax(
                    "multiple statements found while compiling a single statement",
                    s.range(),
                ));
            }
        }
    }
    Ok(())
}

/// The docstring of a body: its first statement, if that is a plain string literal.
pub fn docstring_of(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    // ----- units -----------------------------------------------------------------------

    pub fn unit(&mut self) -> &mut Unit<'a> {
        // `units` is never empty while compiling: the module unit is entered first.
        let last = self.units.len() - 1;
        &mut self.units[last]
    }

    pub fn unit_ref(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    pub fn enter_unit(
        &mut self,
        scope: ScopeId,
        kind: UnitKind,
        name: &str,
        firstlineno: u32,
        private: Option<String>,
    ) {
        let sc = &self.table.scopes[scope];
        let cellvars = sc.cellvars();
        let freevars = sc.freevars();
        let varnames = sc.params.clone();
        let var_map = varnames
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        let qualname = self.qualname_for(kind, name);
        let loc = Location {
            line: firstlineno,
            end_line: firstlineno,
            col: 0,
            end_col: 0,
        };
        self.units.push(Unit {
            scope,
            kind,
            code: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames,
            var_map,
            cellvars,
            freevars,
            fblocks: Vec::new(),
            private,
            name: name.to_string(),
            qualname,
            firstlineno,
            loc,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            docstring: None,
        });
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname_for(&self, kind: UnitKind, name: &str) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if parent.kind == UnitKind::Module {
            return name.to_string();
        }
        if matches!(kind, UnitKind::Function | UnitKind::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            let scope = self.table.scopes[parent.scope].scope_of(&mangled);
            if scope == SymScope::GlobalExplicit {
                return name.to_string();
            }
        }
        if matches!(parent.kind, UnitKind::Function | UnitKind::Lambda) {
            format!("{}.<locals>.{}", parent.qualname, name)
        } else {
            format!("{}.{}", parent.qualname, name)
        }
    }

    pub fn exit_unit(&mut self) -> Result<CodeUnit, RawError> {
        let u = self
            .units
            .pop()
            .ok_or_else(|| RawError::internal("no unit to exit"))?;
        let asm = assemble::assemble(&u.code, &u.labels)?;
        let scope = &self.table.scopes[u.scope];
        let mut flags = 0;
        match scope.kind {
            ScopeKind::Function => {
                flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
                if scope.nested {
                    flags |= code_flags::NESTED;
                }
                if scope.generator {
                    flags |= code_flags::GENERATOR;
                }
                if scope.varargs {
                    flags |= code_flags::VARARGS;
                }
                if scope.varkeywords {
                    flags |= code_flags::VARKEYWORDS;
                }
            }
            ScopeKind::Class => flags |= code_flags::NEWLOCALS,
            ScopeKind::Module => {}
        }
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| scope.params.iter().position(|p| p == c).map(|i| i as u32))
            .collect();
        let mut code = CodeUnit {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.to_string(),
            firstlineno: u.firstlineno,
            flags,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            instructions: asm.instructions,
            locations: asm.locations,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell2arg,
            exception_table: asm.exception_table,
            max_stack: 0,
            docstring: u.docstring,
        };
        code.max_stack = assemble::check_stack(&code).map_err(RawError::internal)?;
        Ok(code)
    }

    pub fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.unit_ref().scope].kind
    }

    // ----- emission ----------------------------------------------------------------------

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        let u = self.unit();
        let loc = u.loc;
        u.code.push(Ir {
            op: IrOp::Op(op),
            arg,
            loc,
        });
    }

    pub fn emit_ir(&mut self, op: IrOp, arg: u32) {
        let u = self.unit();
        let loc = u.loc;
        u.code.push(Ir { op, arg, loc });
    }

    pub fn emit_jump(&mut self, op: Opcode, target: Label) {
        self.emit(op, target);
    }

    pub fn jump(&mut self, target: Label) {
        self.emit_ir(IrOp::Jump, target);
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(u32::MAX);
        (u.labels.len() - 1) as Label
    }

    pub fn bind(&mut self, l: Label) {
        let u = self.unit();
        let pos = u.code.len() as u32;
        if let Some(slot) = u.labels.get_mut(l as usize) {
            *slot = pos;
        }
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.unit();
        match const_key(&c) {
            Some(key) => {
                if let Some(&i) = u.const_map.get(&key) {
                    return i;
                }
                let i = u.consts.len() as u32;
                u.consts.push(c);
                u.const_map.insert(key, i);
                i
            }
            None => {
                u.consts.push(c);
                (u.consts.len() - 1) as u32
            }
        }
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Opcode::LoadConst, i);
    }

    /// The index of `name` in `names`, unmangled.
    pub fn name_index_raw(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_map.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(name.to_string());
        u.name_map.insert(name.to_string(), i);
        i
    }

    /// The index of `name` (mangled for private names) in `names`.
    pub fn name_index(&mut self, name: &str) -> u32 {
        let mangled = mangle(self.unit_ref().private.as_deref(), name).into_owned();
        self.name_index_raw(&mangled)
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.var_map.get(name) {
            return i;
        }
        let i = u.varnames.len() as u32;
        u.varnames.push(name.to_string());
        u.var_map.insert(name.to_string(), i);
        i
    }

    pub fn loc_of(&self, range: TextRange) -> Location {
        self.map.location(range)
    }

    pub fn set_loc(&mut self, range: TextRange) {
        let loc = self.map.location(range);
        self.unit().loc = loc;
    }

    /// Gives following instructions the location of the last emitted instruction (for
    /// implicit returns).
    fn set_loc_end(&mut self) {
        let u = self.unit();
        if let Some(last) = u.code.last() {
            u.loc = last.loc;
        }
    }

    pub fn deeper(&mut self, range: TextRange) -> R {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(RawError::recursion(range));
        }
        Ok(())
    }

    // ----- names -------------------------------------------------------------------------

    /// Emits the load, store or delete of a variable (CPython's `compiler_nameop`).
    pub fn name_op(&mut self, name: &str, ctx: ast::ExprContext, range: TextRange) -> R {
        if ctx != ast::ExprContext::Load && name == "__debug__" {
            return Err(RawError::syntax(
                if ctx == ast::ExprContext::Del {
                    "cannot delete __debug__"
                } else {
                    "cannot assign to __debug__"
                },
                range,
            ));
        }
        let mangled = mangle(self.unit_ref().private.as_deref(), name).into_owned();
        let unit_scope = self.unit_ref().scope;
        let scope = &self.table.scopes[unit_scope];
        let kind = scope.kind;
        let sc = scope.scope_of(&mangled);
        enum T {
            Deref(u32),
            Fast,
            Global,
            Name,
        }
        let t = match sc {
            SymScope::Free => {
                let u = self.unit_ref();
                let i = u
                    .freevars
                    .iter()
                    .position(|f| *f == mangled)
                    .ok_or_else(|| RawError::internal(format!("free variable {mangled} lost")))?;
                T::Deref((u.cellvars.len() + i) as u32)
            }
            SymScope::Cell => {
                let u = self.unit_ref();
                let i = u
                    .cellvars
                    .iter()
                    .position(|f| *f == mangled)
                    .ok_or_else(|| RawError::internal(format!("cell variable {mangled} lost")))?;
                T::Deref(i as u32)
            }
            SymScope::Local if kind == ScopeKind::Function => T::Fast,
            SymScope::GlobalImplicit if kind == ScopeKind::Function => T::Global,
            SymScope::GlobalExplicit => T::Global,
            _ => T::Name,
        };
        use ast::ExprContext as C;
        match t {
            T::Deref(i) => {
                let op = match ctx {
                    C::Load if kind == ScopeKind::Class => Opcode::LoadClassDeref,
                    C::Load => Opcode::LoadDeref,
                    C::Del => Opcode::DeleteDeref,
                    _ => Opcode::StoreDeref,
                };
                self.emit(op, i);
            }
            T::Fast => {
                let i = self.varname_index(&mangled);
                let op = match ctx {
                    C::Load => Opcode::LoadFast,
                    C::Del => Opcode::DeleteFast,
                    _ => Opcode::StoreFast,
                };
                self.emit(op, i);
            }
            T::Global => {
                let i = self.name_index_raw(&mangled);
                let op = match ctx {
                    C::Load => Opcode::LoadGlobal,
                    C::Del => Opcode::DeleteGlobal,
                    _ => Opcode::StoreGlobal,
                };
                self.emit(op, i);
            }
            T::Name => {
                let i = self.name_index_raw(&mangled);
                let op = match ctx {
                    C::Load => Opcode::LoadName,
                    C::Del => Opcode::DeleteName,
                    _ => Opcode::StoreName,
                };
                self.emit(op, i);
            }
        }
        Ok(())
    }

    // ----- bodies and statements -----------------------------------------------------

    /// A module or class body: stores the docstring as `__doc__`, then the statements.
    fn compile_body(&mut self, body: &'a [Stmt]) -> R {
        if body.iter().any(has_annotation) {
            // CPython's SETUP_ANNOTATIONS: an empty `__annotations__` mapping in the body's
            // namespace, filled by the annotated assignments below.
            if let Some(first) = body.first() {
                self.set_loc(first.range());
            }
            self.emit(Opcode::BuildMap, 0);
            let ni = self.name_index_raw("__annotations__");
            self.emit(Opcode::StoreName, ni);
        }
        let mut rest = body;
        if let Some(doc) = docstring_of(body) {
            self.set_loc(body[0].range());
            self.load_const(Constant::Str(doc));
            self.name_op("__doc__", ast::ExprContext::Store, body[0].range())?;
            rest = &body[1..];
        }
        self.compile_stmts(rest)
    }

    pub fn compile_stmts(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    pub fn compile_stmt(&mut self, s: &'a Stmt) -> R {
        self.deeper(s.range())?;
        let saved = self.unit_ref().loc;
        self.set_loc(s.range());
        let r = self.compile_stmt_inner(s);
        self.unit().loc = saved;
        self.depth -= 1;
        r
    }

    fn unsupported(&self, what: &str, range: TextRange) -> RawError {
        RawError::syntax(format!("{what} not supported by weft yet"), range)
    }

    fn compile_stmt_inner(&mut self, s: &'a Stmt) -> R {
        match s {
            Stmt::FunctionDef(f) => self.compile_function_def(f),
            Stmt::ClassDef(c) => self.compile_class_def(c),
            Stmt::Return(r) => self.compile_return(r),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.compile_delete(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => self.compile_assign(a),
            Stmt::AugAssign(a) => self.compile_augassign(a),
            Stmt::AnnAssign(a) => self.compile_annassign(a),
            Stmt::For(f) => self.compile_for(f),
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::With(w) => {
                if w.is_async {
                    return Err(RawError::syntax(
                        "'async with' outside async function",
                        w.range,
                    ));
                }
                self.compile_with(w, 0)
            }
            Stmt::Match(m) => Err(RawError::syntax(
                "'match' statements are not supported by weft yet",
                m.range,
            )),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Opcode::RaiseVarargs, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(self.unsupported("'except*' is", t.range));
                }
                if !t.finalbody.is_empty() {
                    self.compile_try_finally(t)
                } else {
                    self.compile_try_except(t)
                }
            }
            Stmt::Assert(a) => self.compile_assert(a),
            Stmt::Import(i) => self.compile_import(i),
            Stmt::ImportFrom(i) => self.compile_import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => self.compile_expr_stmt(&e.value),
            Stmt::Break(b) => self.compile_break(b.range),
            Stmt::Continue(c) => self.compile_continue(c.range),
            Stmt::TypeAlias(t) => Err(RawError::syntax(
                "type alias statements are not supported by weft yet",
                t.range,
            )),
            Stmt::IpyEscapeCommand(i) => Err(RawError::syntax("invalid syntax", i.range)),
        }
    }

    fn compile_expr_stmt(&mut self, value: &'a Expr) -> R {
        if self.interactive && self.units.len() == 1 {
            // sys.displayhook(value)
            self.compile_expr(value)?;
            self.load_const(Constant::Int(0.into()));
            self.load_const(Constant::None);
            let sys = self.name_index_raw("sys");
            self.emit(Opcode::ImportName, sys);
            let hook = self.name_index_raw("displayhook");
            self.emit(Opcode::LoadAttr, hook);
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::PushNull, 0);
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::Call, 1);
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        }
        if const_of(value).is_some() {
            return Ok(());
        }
        self.compile_expr(value)?;
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }

    fn compile_assign(&mut self, a: &'a ast::StmtAssign) -> R {
        // `a, b = b, a`: no tuple is built (CPython's BUILD_TUPLE/UNPACK_SEQUENCE fold).
        if let [target] = a.targets.as_slice() {
            let t_elts = match target {
                Expr::Tuple(t) => Some(&t.elts),
                Expr::List(l) => Some(&l.elts),
                _ => None,
            };
            if let (Some(t_elts), Expr::Tuple(v)) = (t_elts, &*a.value) {
                let n = t_elts.len();
                let plain = |es: &[Expr]| !es.iter().any(|e| matches!(e, Expr::Starred(_)));
                if n == v.elts.len()
                    && (2..=3).contains(&n)
                    && plain(t_elts)
                    && plain(&v.elts)
                    && const_of(&a.value).is_none()
                {
                    for e in &v.elts {
                        self.compile_expr(e)?;
                    }
                    self.emit(Opcode::Swap, n as u32);
                    for t in t_elts {
                        self.compile_store(t)?;
                    }
                    return Ok(());
                }
            }
        }
        self.compile_expr(&a.value)?;
        let n = a.targets.len();
        for (i, t) in a.targets.iter().enumerate() {
            if i + 1 < n {
                self.emit(Opcode::Copy, 1);
            }
            self.compile_store(t)?;
        }
        Ok(())
    }

    fn compile_augassign(&mut self, a: &'a ast::StmtAugAssign) -> R {
        let target = &*a.target;
        self.set_loc(target.range());
        match target {
            Expr::Attribute(at) => {
                self.compile_expr(&at.value)?;
                self.emit(Opcode::Copy, 1);
                self.set_attr_loc(at);
                let i = self.name_index(at.attr.as_str());
                self.emit(Opcode::LoadAttr, i);
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_slice_or_expr(&s.slice)?;
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::BinarySubscr, 0);
            }
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), ast::ExprContext::Load, n.range)?;
            }
            other => {
                return Err(RawError::syntax(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        super::errors::expr_name(other)
                    ),
                    other.range(),
                ))
            }
        }
        self.set_loc(a.range);
        self.compile_expr(&a.value)?;
        let op = super::expr::binary_op_arg(a.op) + crate::bytecode::BinaryOp::INPLACE;
        self.emit(Opcode::BinaryOp, op);
        self.set_loc(target.range());
        match target {
            Expr::Attribute(at) => {
                if at.attr.as_str() == "__debug__" {
                    return Err(RawError::syntax("cannot assign to __debug__", at.range));
                }
                self.set_attr_loc(at);
                self.emit(Opcode::Swap, 2);
                let i = self.name_index(at.attr.as_str());
                self.emit(Opcode::StoreAttr, i);
            }
            Expr::Subscript(_) => {
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreSubscr, 0);
            }
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), ast::ExprContext::Store, n.range)?;
            }
            _ => {}
        }
        Ok(())
    }

    fn compile_annassign(&mut self, a: &'a ast::StmtAnnAssign) -> R {
        // Annotations are evaluated only in module and class bodies (CPython 3.11, without
        // `from __future__ import annotations`); a simple name's is stored in
        // `__annotations__` under the (mangled) name, after the value is assigned.
        let evaluates = self.scope_kind() != ScopeKind::Function;
        if let Some(v) = &a.value {
            self.compile_expr(v)?;
            self.compile_store(&a.target)?;
        } else {
            self.compile_annassign_target(a)?;
        }
        if !evaluates {
            return Ok(());
        }
        match &*a.target {
            Expr::Name(n) if a.simple => {
                if self.future_annotations {
                    let text = &self.map.text()[a.annotation.range()];
                    self.load_const(Constant::Str(text.to_string()));
                } else {
                    self.compile_expr(&a.annotation)?;
                }
                let ni = self.name_index_raw("__annotations__");
                self.emit(Opcode::LoadName, ni);
                let mangled =
                    mangle(self.unit_ref().private.as_deref(), n.id.as_str()).into_owned();
                self.load_const(Constant::Str(mangled));
                self.emit(Opcode::StoreSubscr, 0);
            }
            _ if !a.simple && !self.future_annotations => {
                self.compile_expr(&a.annotation)?;
                self.emit(Opcode::PopTop, 0);
            }
            _ => {}
        }
        Ok(())
    }

    fn compile_annassign_target(&mut self, a: &'a ast::StmtAnnAssign) -> R {
        // Without a value only the target's object (and subscript) are evaluated.
        match &*a.target {
            Expr::Name(n) if n.id.as_str() == "__debug__" => {
                return Err(RawError::syntax("cannot assign to __debug__", n.range));
            }
            Expr::Attribute(at) => {
                self.compile_expr(&at.value)?;
                self.emit(Opcode::PopTop, 0);
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.emit(Opcode::PopTop, 0);
                match &*s.slice {
                    Expr::Slice(sl) => {
                        for part in [&sl.lower, &sl.upper, &sl.step].into_iter().flatten() {
                            self.compile_expr(part)?;
                            self.emit(Opcode::PopTop, 0);
                        }
                    }
                    Expr::Tuple(t) => {
                        for e in &t.elts {
                            self.compile_slice_or_expr(e)?;
                            self.emit(Opcode::PopTop, 0);
                        }
                    }
                    other => {
                        self.compile_expr(other)?;
                        self.emit(Opcode::PopTop, 0);
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn compile_if(&mut self, i: &'a ast::StmtIf) -> R {
        let end = self.new_label();
        let mut clauses = i.elif_else_clauses.iter().peekable();
        let next = if clauses.peek().is_some() {
            self.new_label()
        } else {
            end
        };
        self.jump_if(&i.test, next, false)?;
        self.compile_stmts(&i.body)?;
        let mut next = next;
        while let Some(clause) = clauses.next() {
            self.jump(end);
            self.bind(next);
            match &clause.test {
                Some(test) => {
                    self.set_loc(clause.range);
                    next = if clauses.peek().is_some() {
                        self.new_label()
                    } else {
                        end
                    };
                    self.jump_if(test, next, false)?;
                    self.compile_stmts(&clause.body)?;
                }
                None => {
                    self.compile_stmts(&clause.body)?;
                    next = end;
                }
            }
        }
        if next != end {
            self.bind(next);
        }
        self.bind(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'a ast::StmtWhile) -> R {
        let start = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.bind(start);
        self.unit()
            .fblocks
            .push(FBlock::WhileLoop { start, exit: end });
        self.jump_if(&w.test, anchor, false)?;
        self.compile_stmts(&w.body)?;
        self.set_loc(w.test.range());
        self.jump(start);
        self.unit().fblocks.pop();
        self.bind(anchor);
        self.compile_stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_for(&mut self, f: &'a ast::StmtFor) -> R {
        if f.is_async {
            return Err(RawError::syntax(
                "'async for' outside async function",
                f.range,
            ));
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        match super::consts::fold_iter(&f.iter) {
            Some(c) => {
                self.set_loc(f.iter.range());
                self.load_const(c);
                self.set_loc(f.range);
            }
            None => self.compile_expr(&f.iter)?,
        }
        self.emit(Opcode::GetIter, 0);
        self.bind(start);
        self.unit()
            .fblocks
            .push(FBlock::ForLoop { start, exit: end });
        self.emit_jump(Opcode::ForIter, cleanup);
        self.compile_store(&f.target)?;
        self.compile_stmts(&f.body)?;
        self.set_loc(f.range);
        self.unit().loc.end_line = self.unit().loc.line;
        self.jump(start);
        self.unit().fblocks.pop();
        self.bind(cleanup);
        self.compile_stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_return(&mut self, r: &'a ast::StmtReturn) -> R {
        if self.scope_kind() != ScopeKind::Function {
            return Err(RawError::syntax("'return' outside function", r.range));
        }
        let constant = r.value.as_deref().map(const_of);
        let preserve_tos = matches!(constant, Some(None));
        if preserve_tos {
            if let Some(v) = &r.value {
                self.compile_expr(v)?;
            }
        }
        self.set_loc(r.range);
        self.unwind_fblock_stack(preserve_tos, false)?;
        match constant {
            None => self.load_const(Constant::None),
            Some(Some(c)) => self.load_const(c),
            Some(None) => {}
        }
        self.emit(Opcode::ReturnValue, 0);
        Ok(())
    }

    fn compile_break(&mut self, range: TextRange) -> R {
        let Some(loop_block) = self.unwind_fblock_stack(false, true)? else {
            return Err(RawError::syntax("'break' outside loop", range));
        };
        self.unwind_fblock(loop_block, false)?;
        match loop_block {
            FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } => self.jump(exit),
            _ => return Err(RawError::internal("break target is not a loop")),
        }
        Ok(())
    }

    fn compile_continue(&mut self, range: TextRange) -> R {
        let Some(loop_block) = self.unwind_fblock_stack(false, true)? else {
            return Err(RawError::syntax("'continue' not properly in loop", range));
        };
        match loop_block {
            FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } => self.jump(start),
            _ => return Err(RawError::internal("continue target is not a loop")),
        }
        Ok(())
    }

    /// Emits the code that leaves the frame blocks on the way out of a `return` (all of
    /// them) or a `break`/`continue` (up to the innermost loop, which is returned).
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
    ) -> Result<Option<FBlock<'a>>, RawError> {
        let Some(top) = self.unit().fblocks.last().copied() else {
            return Ok(None);
        };
        if stop_at_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        self.unit().fblocks.pop();
        let r = self
            .unwind_fblock(top, preserve_tos)
            .and_then(|_| self.unwind_fblock_stack(preserve_tos, stop_at_loop));
        self.unit().fblocks.push(top);
        r
    }

    /// Emits the exit code of one frame block (CPython's `compiler_unwind_fblock`).
    fn unwind_fblock(&mut self, fb: FBlock<'a>, preserve_tos: bool) -> R {
        match fb {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler => {}
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
            }
            FBlock::TryExcept => self.emit_ir(IrOp::PopBlock, 0),
            FBlock::FinallyTry { body } => {
                self.emit_ir(IrOp::PopBlock, 0);
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                let saved = self.unit_ref().loc;
                let r = self.compile_stmts(body);
                self.unit().loc = saved;
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
                r?;
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit_ir(IrOp::PopBlock, 0);
                self.emit(Opcode::PopExcept, 0);
            }
            FBlock::With { loc } => {
                let saved = self.unit_ref().loc;
                self.unit().loc = loc;
                self.emit_ir(IrOp::PopBlock, 0);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.call_exit_with_nones();
                self.emit(Opcode::PopTop, 0);
                self.unit().loc = saved;
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit_ir(IrOp::PopBlock, 0);
                }
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit_ir(IrOp::PopBlock, 0);
                self.emit(Opcode::PopExcept, 0);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.name_op(n.as_str(), ast::ExprContext::Store, n.range)?;
                    self.name_op(n.as_str(), ast::ExprContext::Del, n.range)?;
                }
            }
        }
        Ok(())
    }

    /// `exit(None, None, None)` with the exit function on top of the stack.
    fn call_exit_with_nones(&mut self) {
        self.emit(Opcode::PushNull, 0);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::Call, 3);
    }

    /// `COPY 3; POP_EXCEPT; RERAISE 1` with `[prev_exc, lasti, exc]` on the stack.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::Copy, 3);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 1);
    }

    fn compile_with(&mut self, w: &'a ast::StmtWith, pos: usize) -> R {
        let Some(item) = w.items.get(pos) else {
            return Err(RawError::internal("with statement without items"));
        };
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.compile_expr(&item.context_expr)?;
        self.set_loc(w.range);
        let with_loc = self.unit_ref().loc;
        self.emit(Opcode::BeforeWith, 0);
        self.emit_ir(IrOp::SetupWith, final_);
        self.unit().fblocks.push(FBlock::With { loc: with_loc });
        match &item.optional_vars {
            Some(v) => self.compile_store(v)?,
            None => self.emit(Opcode::PopTop, 0),
        }
        if pos + 1 == w.items.len() {
            self.compile_stmts(&w.body)?;
        } else {
            self.compile_with(w, pos + 1)?;
        }
        self.unit().loc = with_loc;
        self.emit_ir(IrOp::PopBlock, 0);
        self.unit().fblocks.pop();
        self.call_exit_with_nones();
        self.emit(Opcode::PopTop, 0);
        self.jump(exit);

        // Exceptional exit: [exit_func, lasti, exc].
        self.bind(final_);
        self.emit_ir(IrOp::SetupCleanup, cleanup);
        self.emit(Opcode::PushExcInfo, 0);
        self.emit(Opcode::WithExceptStart, 0);
        self.emit_jump(Opcode::PopJumpIfTrue, suppress);
        // Re-raise reporting the original instruction: [.., lasti, exc] on top.
        self.emit(Opcode::Copy, 3);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::Reraise, 1);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(suppress);
        self.emit(Opcode::PopTop, 0);
        self.emit_ir(IrOp::PopBlock, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopTop, 0);
        self.bind(exit);
        Ok(())
    }

    fn compile_try_finally(&mut self, t: &'a ast::StmtTry) -> R {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let stmt_loc = self.unit_ref().loc;
        self.emit_ir(IrOp::SetupFinally, end);
        self.unit()
            .fblocks
            .push(FBlock::FinallyTry { body: &t.finalbody });
        if !t.handlers.is_empty() {
            self.compile_try_except(t)?;
        } else {
            self.compile_stmts(&t.body)?;
        }
        self.emit_ir(IrOp::PopBlock, 0);
        self.unit().fblocks.pop();
        self.compile_stmts(&t.finalbody)?;
        self.jump(exit);

        self.bind(end);
        self.unit().loc = stmt_loc;
        self.emit_ir(IrOp::SetupCleanup, cleanup);
        self.emit(Opcode::PushExcInfo, 0);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.compile_stmts(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.unit().loc = stmt_loc;
        self.emit(Opcode::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> R {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let stmt_loc = self.unit_ref().loc;
        self.emit_ir(IrOp::SetupFinally, except);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.compile_stmts(&t.body)?;
        self.unit().fblocks.pop();
        self.emit_ir(IrOp::PopBlock, 0);
        self.compile_stmts(&t.orelse)?;
        self.jump(end);

        self.bind(except);
        self.unit().loc = stmt_loc;
        self.emit_ir(IrOp::SetupCleanup, cleanup);
        self.emit(Opcode::PushExcInfo, 0);
        self.unit().fblocks.push(FBlock::ExceptionHandler);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(RawError::syntax("default 'except:' must be last", h.range));
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.compile_expr(ty)?;
                self.emit(Opcode::CheckExcMatch, 0);
                self.emit_jump(Opcode::PopJumpIfFalse, next);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_label();
                self.name_op(name.as_str(), ast::ExprContext::Store, name.range)?;
                self.emit_ir(IrOp::SetupCleanup, cleanup_end);
                self.unit()
                    .fblocks
                    .push(FBlock::HandlerCleanup { name: Some(name) });
                self.compile_stmts(&h.body)?;
                self.unit().fblocks.pop();
                self.set_loc(h.range);
                self.emit_ir(IrOp::PopBlock, 0);
                self.emit_ir(IrOp::PopBlock, 0);
                self.emit(Opcode::PopExcept, 0);
                self.load_const(Constant::None);
                self.name_op(name.as_str(), ast::ExprContext::Store, name.range)?;
                self.name_op(name.as_str(), ast::ExprContext::Del, name.range)?;
                self.jump(end);

                self.bind(cleanup_end);
                self.load_const(Constant::None);
                self.name_op(name.as_str(), ast::ExprContext::Store, name.range)?;
                self.name_op(name.as_str(), ast::ExprContext::Del, name.range)?;
                self.emit(Opcode::Reraise, 1);
            } else {
                self.emit(Opcode::PopTop, 0);
                self.unit()
                    .fblocks
                    .push(FBlock::HandlerCleanup { name: None });
                self.compile_stmts(&h.body)?;
                self.unit().fblocks.pop();
                self.set_loc(h.range);
                self.emit_ir(IrOp::PopBlock, 0);
                self.emit(Opcode::PopExcept, 0);
                self.jump(end);
            }
            self.bind(next);
        }
        self.unit().fblocks.pop();
        self.unit().loc = stmt_loc;
        self.emit(Opcode::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn compile_assert(&mut self, a: &'a ast::StmtAssert) -> R {
        let end = self.new_label();
        self.jump_if(&a.test, end, true)?;
        self.set_loc(a.range);
        self.emit(Opcode::LoadAssertionError, 0);
        if let Some(m) = &a.msg {
            self.emit(Opcode::PushNull, 0);
            self.compile_expr(m)?;
            self.emit(Opcode::Call, 1);
        }
        self.emit(Opcode::RaiseVarargs, 1);
        self.bind(end);
        Ok(())
    }

    fn compile_import(&mut self, i: &'a ast::StmtImport) -> R {
        for alias in &i.names {
            self.set_loc(alias.range);
            self.load_const(Constant::Int(0.into()));
            self.load_const(Constant::None);
            let full = alias.name.as_str();
            let ni = self.name_index(full);
            self.emit(Opcode::ImportName, ni);
            match &alias.asname {
                Some(asname) => {
                    let mut parts = full.split('.');
                    parts.next();
                    let rest: Vec<&str> = parts.collect();
                    if !rest.is_empty() {
                        for (k, attr) in rest.iter().enumerate() {
                            let ai = self.name_index(attr);
                            self.emit(Opcode::ImportFrom, ai);
                            if k + 1 < rest.len() {
                                self.emit(Opcode::Swap, 2);
                                self.emit(Opcode::PopTop, 0);
                            }
                        }
                        self.name_op(asname.as_str(), ast::ExprContext::Store, asname.range)?;
                        self.emit(Opcode::PopTop, 0);
                    } else {
                        self.name_op(asname.as_str(), ast::ExprContext::Store, asname.range)?;
                    }
                }
                None => {
                    let top = full.split('.').next().unwrap_or(full);
                    self.name_op(top, ast::ExprContext::Store, alias.range)?;
                }
            }
        }
        Ok(())
    }

    fn compile_import_from(&mut self, i: &'a ast::StmtImportFrom) -> R {
        let module = i.module.as_ref().map_or("", |m| m.as_str());
        if module == "__future__" {
            let (line, _) = self.map.line_col(i.start());
            if line > self.future_lineno {
                return Err(RawError::syntax(
                    "from __future__ imports must occur at the beginning of the file",
                    i.range,
                ));
            }
        }
        self.load_const(Constant::Int(i.level.into()));
        let names: Vec<Constant> = i
            .names
            .iter()
            .map(|a| Constant::Str(a.name.to_string()))
            .collect();
        self.load_const(Constant::Tuple(names));
        let mi = self.name_index(module);
        self.emit(Opcode::ImportName, mi);
        for (k, alias) in i.names.iter().enumerate() {
            if k == 0 && alias.name.as_str() == "*" {
                self.emit(Opcode::ImportStar, 0);
                return Ok(());
            }
            self.set_loc(alias.range);
            let ni = self.name_index(alias.name.as_str());
            self.emit(Opcode::ImportFrom, ni);
            let store = alias.asname.as_ref().unwrap_or(&alias.name);
            self.name_op(store.as_str(), ast::ExprContext::Store, store.range)?;
        }
        self.set_loc(i.range);
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }

    // ----- functions and classes ---------------------------------------------------------

    /// The range a `def`/`class` statement reports: from its keyword (not its decorators).
    fn def_range(&self, whole: TextRange, name: TextRange) -> TextRange {
        let src = self.map.text();
        let name_start = usize::from(name.start());
        let line_start = src[..name_start.min(src.len())]
            .rfind(['\n', '\r'])
            .map_or(0, |p| p + 1);
        let indent = src[line_start..name_start]
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t' || *c == '\x0c')
            .map(char::len_utf8)
            .sum::<usize>();
        let start = TextSize::new((line_start + indent) as u32).max(whole.start());
        TextRange::new(start.min(name.start()), whole.end())
    }

    fn first_line(&self, whole: TextRange) -> u32 {
        self.map.line_col(whole.start()).0
    }

    fn compile_decorators(&mut self, decorators: &'a [ast::Decorator]) -> R {
        for d in decorators {
            self.compile_expr(&d.expression)?;
            self.emit(Opcode::PushNull, 0);
        }
        Ok(())
    }

    fn apply_decorators(&mut self, decorators: &'a [ast::Decorator]) {
        for d in decorators.iter().rev() {
            let loc = self.loc_of(d.expression.range());
            let saved = self.unit_ref().loc;
            self.unit().loc = loc;
            self.emit(Opcode::Call, 1);
            self.unit().loc = saved;
        }
    }

    fn check_params(&self, p: &ast::Parameters) -> R {
        for param in p.iter() {
            let name = param.name();
            if name.as_str() == "__debug__" {
                return Err(RawError::syntax("cannot assign to __debug__", name.range));
            }
        }
        Ok(())
    }

    /// Pushes the defaults tuple and keyword-only defaults dict; returns MAKE_FUNCTION flags.
    pub fn compile_defaults(&mut self, p: &'a ast::Parameters) -> Result<u32, RawError> {
        let mut flags = 0;
        let defaults: Vec<&'a Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            let consts: Option<Vec<Constant>> = defaults.iter().map(|d| const_of(d)).collect();
            match consts {
                Some(c) => self.load_const(Constant::Tuple(c)),
                None => {
                    for d in &defaults {
                        self.compile_expr(d)?;
                    }
                    self.emit(Opcode::BuildTuple, defaults.len() as u32);
                }
            }
            flags |= make_function::DEFAULTS;
        }
        let mut keys = Vec::new();
        for a in p.kwonlyargs.iter() {
            if let Some(d) = &a.default {
                let mangled = mangle(
                    self.unit_ref().private.as_deref(),
                    a.parameter.name.as_str(),
                )
                .into_owned();
                keys.push(Constant::Str(mangled));
                self.compile_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys));
            self.emit(Opcode::BuildConstKeyMap, n);
            flags |= make_function::KW_DEFAULTS;
        }
        Ok(flags)
    }

    /// A function's `__annotations__` (CPython 3.11 order: parameters, `*args`,
    /// keyword-only, `**kwargs`, `return`), as a dict for MAKE_FUNCTION; source text under
    /// `from __future__ import annotations`. Returns the MAKE_FUNCTION flag.
    fn compile_annotations(
        &mut self,
        p: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) -> Result<u32, RawError> {
        let mut items: Vec<(&'a str, &'a Expr)> = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(ann) = &a.parameter.annotation {
                items.push((a.parameter.name.as_str(), ann));
            }
        }
        if let Some(v) = &p.vararg {
            if let Some(ann) = &v.annotation {
                items.push((v.name.as_str(), ann));
            }
        }
        for a in p.kwonlyargs.iter() {
            if let Some(ann) = &a.parameter.annotation {
                items.push((a.parameter.name.as_str(), ann));
            }
        }
        if let Some(v) = &p.kwarg {
            if let Some(ann) = &v.annotation {
                items.push((v.name.as_str(), ann));
            }
        }
        if let Some(r) = returns {
            items.push(("return", r));
        }
        if items.is_empty() {
            return Ok(0);
        }
        let mut keys = Vec::new();
        for (name, ann) in &items {
            let mangled = mangle(self.unit_ref().private.as_deref(), name).into_owned();
            keys.push(Constant::Str(mangled));
            if self.future_annotations {
                let text = &self.map.text()[ann.range()];
                self.load_const(Constant::Str(text.to_string()));
            } else {
                self.compile_expr(ann)?;
            }
        }
        let n = keys.len() as u32;
        self.load_const(Constant::Tuple(keys));
        self.emit(Opcode::BuildConstKeyMap, n);
        Ok(make_function::ANNOTATIONS)
    }

    fn set_arg_counts(&mut self, p: Option<&ast::Parameters>) {
        if let Some(p) = p {
            let u = self.unit();
            u.posonlyargcount = p.posonlyargs.len() as u32;
            u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
            u.kwonlyargcount = p.kwonlyargs.len() as u32;
        }
    }

    /// Loads the closure (if any) and the code, and emits MAKE_FUNCTION.
    pub fn make_closure(&mut self, code: CodeUnit, mut flags: u32) -> R {
        if !code.freevars.is_empty() {
            let parent_scope = self.unit_ref().scope;
            let is_class = self.unit_ref().kind == UnitKind::Class;
            for name in &code.freevars {
                let u = self.unit_ref();
                let scope = &self.table.scopes[parent_scope];
                let sc = scope.scope_of(name);
                let idx = if (is_class && name == "__class__") || sc == SymScope::Cell {
                    u.cellvars.iter().position(|c| c == name)
                } else {
                    u.freevars
                        .iter()
                        .position(|c| c == name)
                        .map(|i| i + u.cellvars.len())
                };
                let idx = idx.ok_or_else(|| {
                    RawError::internal(format!("closure variable {name} not found"))
                })?;
                self.emit(Opcode::LoadClosure, idx as u32);
            }
            self.emit(Opcode::BuildTuple, code.freevars.len() as u32);
            flags |= make_function::CLOSURE;
        }
        self.load_const(Constant::Code(Box::new(code)));
        self.emit(Opcode::MakeFunction, flags);
        Ok(())
    }

    fn compile_function_def(&mut self, f: &'a ast::StmtFunctionDef) -> R {
        let range = self.def_range(f.range, f.name.range);
        self.set_loc(range);
        if f.is_async {
            return Err(RawError::syntax(
                "'async def' functions are not supported by weft yet",
                range,
            ));
        }
        if let Some(tp) = &f.type_params {
            return Err(RawError::syntax(
                "type parameter lists are not supported by weft yet",
                tp.range,
            ));
        }
        self.check_params(&f.parameters)?;
        self.compile_decorators(&f.decorator_list)?;
        self.set_loc(range);
        let mut flags = self.compile_defaults(&f.parameters)?;
        flags |= self.compile_annotations(&f.parameters, f.returns.as_deref())?;
        let scope = self
            .table
            .scope_for(f)
            .ok_or_else(|| RawError::internal("function without a scope"))?;
        let private = self.unit_ref().private.clone();
        let firstlineno = self.first_line(f.range);
        self.enter_unit(
            scope,
            UnitKind::Function,
            f.name.as_str(),
            firstlineno,
            private,
        );
        self.set_loc(range);
        self.set_arg_counts(Some(&f.parameters));
        let mut body: &'a [Stmt] = &f.body;
        if let Some(doc) = docstring_of(body) {
            self.unit().docstring = Some(doc);
            body = &body[1..];
        }
        let r = self.compile_stmts(body);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        self.set_loc_end();
        self.load_const(Constant::None);
        self.emit(Opcode::ReturnValue, 0);
        let code = self.exit_unit()?;
        self.set_loc(range);
        self.make_closure(code, flags)?;
        self.apply_decorators(&f.decorator_list);
        self.set_loc(range);
        self.name_op(f.name.as_str(), ast::ExprContext::Store, f.name.range)
    }

    fn compile_class_def(&mut self, c: &'a ast::StmtClassDef) -> R {
        let range = self.def_range(c.range, c.name.range);
        self.set_loc(range);
        if let Some(tp) = &c.type_params {
            return Err(RawError::syntax(
                "type parameter lists are not supported by weft yet",
                tp.range,
            ));
        }
        self.compile_decorators(&c.decorator_list)?;
        let scope = self
            .table
            .scope_for(c)
            .ok_or_else(|| RawError::internal("class without a scope"))?;
        let firstlineno = self.first_line(c.range);
        self.enter_unit(
            scope,
            UnitKind::Class,
            c.name.as_str(),
            firstlineno,
            Some(c.name.to_string()),
        );
        self.set_loc(range);
        let r = (|| -> R {
            let name_range = c.name.range;
            self.name_op("__name__", ast::ExprContext::Load, name_range)?;
            self.name_op("__module__", ast::ExprContext::Store, name_range)?;
            let qualname = self.unit_ref().qualname.clone();
            self.load_const(Constant::Str(qualname));
            self.name_op("__qualname__", ast::ExprContext::Store, name_range)?;
            self.compile_body(&c.body)?;
            self.set_loc_end();
            if self.table.scopes[scope].needs_class_closure {
                let i = self
                    .unit_ref()
                    .cellvars
                    .iter()
                    .position(|n| n == "__class__")
                    .ok_or_else(|| RawError::internal("__class__ cell missing"))?;
                self.emit(Opcode::LoadClosure, i as u32);
                let ni = self.name_index_raw("__classcell__");
                self.emit(Opcode::StoreName, ni);
            }
            self.load_const(Constant::None);
            self.emit(Opcode::ReturnValue, 0);
            Ok(())
        })();
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.exit_unit()?;
        self.set_loc(range);
        self.emit(Opcode::LoadBuildClass, 0);
        self.emit(Opcode::PushNull, 0);
        self.make_closure(code, 0)?;
        self.load_const(Constant::Str(c.name.to_string()));
        let (args, keywords): (&'a [Expr], &'a [ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.call_helper(2, args, keywords, range)?;
        self.apply_decorators(&c.decorator_list);
        self.set_loc(range);
        self.name_op(c.name.as_str(), ast::ExprContext::Store, c.name.range)
    }
}

/// Whether a module or class body holds an annotated assignment (CPython's `find_ann`:
/// nested blocks count, nested functions and classes do not).
fn has_annotation(s: &Stmt) -> bool {
    let any = |b: &[Stmt]| b.iter().any(has_annotation);
    match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => any(&f.body) || any(&f.orelse),
        Stmt::While(w) => any(&w.body) || any(&w.orelse),
        Stmt::If(i) => any(&i.body) || i.elif_else_clauses.iter().any(|c| any(&c.body)),
        Stmt::With(w) => any(&w.body),
        Stmt::Try(t) => {
            any(&t.body)
                || any(&t.orelse)
                || any(&t.finalbody)
                || t.handlers.iter().any(|h| match h {
                    ast::ExceptHandler::ExceptHandler(h) => any(&h.body),
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| any(&c.body)),
        _ => false,
    }
}
