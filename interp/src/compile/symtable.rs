//! Scope analysis: which names are local, global, free or cell in each scope, following
//! CPython 3.11's `Python/symtable.c`.
//!
//! Owns: the `SymbolTable` (one `Scope` per module, class body, function, lambda and
//! comprehension, found by the address of its AST node), name mangling of private names, and
//! the scope errors CPython raises here (`global`/`nonlocal` misuse, duplicate parameters,
//! `yield` in comprehensions, walrus restrictions, `import *` outside a module).
//!
//! Must not: emit code or decide evaluation order. Annotations are visited only where weft
//! evaluates them (annotated assignments in module and class bodies, parameter and return
//! annotations in the scope that defines the function).

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{self as ast, Expr, ExprContext, Mod, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::errors::RawError;
use super::MAX_NESTING;

pub type ScopeId = usize;

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    /// Functions, lambdas and comprehensions.
    Function,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// Where a name lives, once analysed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymScope {
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: SymScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// Symbols in order of first appearance.
    pub symbols: Vec<(String, Symbol)>,
    index: HashMap<String, usize>,
    /// Parameters in order: positional, keyword-only, `*args`, `**kwargs`.
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub generator: bool,
    pub nested: bool,
    pub needs_class_closure: bool,
    pub comprehension: Option<CompKind>,
    pub varargs: bool,
    pub varkeywords: bool,
    /// Where each `global`/`nonlocal` name was declared, for error positions.
    directives: HashMap<String, TextRange>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, nested: bool) -> Scope {
        Scope {
            kind,
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            generator: false,
            nested,
            needs_class_closure: false,
            comprehension: None,
            varargs: false,
            varkeywords: false,
            directives: HashMap::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    pub fn flags_of(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1.flags)
    }

    /// The analysed scope of a (mangled) name; `Unknown` if the scope never mentions it.
    pub fn scope_of(&self, name: &str) -> SymScope {
        self.index
            .get(name)
            .map_or(SymScope::Unknown, |&i| self.symbols[i].1.scope)
    }

    fn set_flags(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1.flags = flags,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push((
                    name.to_string(),
                    Symbol {
                        flags,
                        scope: SymScope::Unknown,
                    },
                ));
            }
        }
    }

    /// Names with scope `Cell`, sorted (CPython's `co_cellvars` order).
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == SymScope::Cell)
            .map(|(n, _)| n.clone())
            .collect();
        if self.needs_class_closure {
            v.push("__class__".to_string());
        }
        v.sort();
        v.dedup();
        v
    }

    /// Names with scope `Free` (or class names also free in methods), sorted.
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == SymScope::Free || s.flags & DEF_FREE_CLASS != 0)
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

/// The key of an AST node: its address (the tree is not moved while compiling).
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// CPython's private name mangling: `__x` in class `C` becomes `_C__x`.
pub fn mangle<'a>(private: Option<&str>, name: &'a str) -> std::borrow::Cow<'a, str> {
    use std::borrow::Cow;
    let Some(class) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

impl SymbolTable {
    pub fn build(module: &Mod) -> Result<SymbolTable, RawError> {
        let mut b = Builder {
            scopes: vec![Scope::new(ScopeKind::Module, false)],
            by_node: HashMap::new(),
            stack: vec![0],
            private: None,
            depth: 0,
        };
        match module {
            Mod::Module(m) => b.visit_body(&m.body)?,
            Mod::Expression(e) => b.visit_expr(&e.body)?,
        }
        let mut table = SymbolTable {
            scopes: b.scopes,
            by_node: b.by_node,
        };
        table.analyze()?;
        Ok(table)
    }

    pub fn scope_for<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&node_key(node)).copied()
    }

    fn analyze(&mut self) -> Result<(), RawError> {
        let mut free = HashSet::new();
        let global = HashSet::new();
        self.analyze_block(0, None, &mut free, &global)
    }

    fn analyze_block(
        &mut self,
        id: ScopeId,
        bound: Option<&HashSet<String>>,
        free: &mut HashSet<String>,
        global: &HashSet<String>,
    ) -> Result<(), RawError> {
        let kind = self.scopes[id].kind;
        let mut local: HashSet<String> = HashSet::new();
        let mut scopes: HashMap<String, SymScope> = HashMap::new();
        let mut global = global.clone();
        let mut newglobal: HashSet<String> = HashSet::new();
        let mut newfree: HashSet<String> = HashSet::new();
        let mut newbound: HashSet<String> = HashSet::new();

        if kind == ScopeKind::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = bound {
                newbound.extend(b.iter().cloned());
            }
        }

        let symbols: Vec<(String, u32)> = self.scopes[id]
            .symbols
            .iter()
            .map(|(n, s)| (n.clone(), s.flags))
            .collect();
        for (name, flags) in &symbols {
            let scope = &mut self.scopes[id];
            let sc = analyze_name(scope, name, *flags, bound, &mut local, free, &mut global)?;
            scopes.insert(name.clone(), sc);
        }

        if kind != ScopeKind::Class {
            if kind == ScopeKind::Function {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }

        let mut allfree: HashSet<String> = HashSet::new();
        let children = self.scopes[id].children.clone();
        for child in children {
            let mut temp_free = newfree.clone();
            self.analyze_block(child, Some(&newbound), &mut temp_free, &newglobal)?;
            allfree.extend(temp_free);
        }
        newfree.extend(allfree);

        if kind == ScopeKind::Function {
            // Locals captured by children become cells.
            for (name, sc) in scopes.iter_mut() {
                if *sc == SymScope::Local && newfree.contains(name) {
                    *sc = SymScope::Cell;
                    newfree.remove(name);
                }
            }
        } else if kind == ScopeKind::Class && newfree.remove("__class__") {
            self.scopes[id].needs_class_closure = true;
        }

        // Record the results.
        let is_class = kind == ScopeKind::Class;
        let scope = &mut self.scopes[id];
        for (name, sym) in scope.symbols.iter_mut() {
            sym.scope = scopes.get(name).copied().unwrap_or(SymScope::Unknown);
        }
        let mut pending: Vec<&String> = newfree.iter().collect();
        pending.sort();
        for name in pending {
            if let Some(&i) = scope.index.get(name.as_str()) {
                if is_class && scope.symbols[i].1.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    scope.symbols[i].1.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if let Some(b) = bound {
                if !b.contains(name.as_str()) {
                    continue;
                }
            }
            scope.index.insert(name.clone(), scope.symbols.len());
            scope.symbols.push((
                name.clone(),
                Symbol {
                    flags: 0,
                    scope: SymScope::Free,
                },
            ));
        }
        free.extend(newfree);
        Ok(())
    }
}

fn analyze_name(
    scope: &mut Scope,
    name: &str,
    flags: u32,
    bound: Option<&HashSet<String>>,
    local: &mut HashSet<String>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> Result<SymScope, RawError> {
    let directive = |scope: &Scope| scope.directives.get(name).copied().unwrap_or_default();
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(RawError::syntax(
                format!("name '{name}' is nonlocal and global"),
                directive(scope),
            ));
        }
        global.insert(name.to_string());
        return Ok(SymScope::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            return Err(RawError::syntax(
                "nonlocal declaration not allowed at module level",
                directive(scope),
            ));
        };
        if !b.contains(name) {
            return Err(RawError::syntax(
                format!("no binding for nonlocal '{name}' found"),
                directive(scope),
            ));
        }
        free.insert(name.to_string());
        return Ok(SymScope::Free);
    }
    if flags & DEF_BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(SymScope::Local);
    }
    if let Some(b) = bound {
        if b.contains(name) {
            free.insert(name.to_string());
            return Ok(SymScope::Free);
        }
    }
    Ok(SymScope::GlobalImplicit)
}

/// CPython refuses decimal literals longer than its integer string conversion limit.
fn check_int_digits(i: &ast::Int, range: TextRange) -> R {
    const MAX_STR_DIGITS: usize = 4300;
    if i.as_u64().is_some() {
        return Ok(());
    }
    let text = i.to_string();
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("0x") || lower.starts_with("0o") || lower.starts_with("0b") {
        return Ok(());
    }
    let digits = text.chars().filter(char::is_ascii_digit).count();
    if digits > MAX_STR_DIGITS {
        return Err(RawError::syntax(
            format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value \
                 has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - \
                 Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
            ),
            range,
        ));
    }
    Ok(())
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    /// The scopes being visited, innermost last.
    stack: Vec<ScopeId>,
    /// The enclosing class name, for mangling.
    private: Option<String>,
    depth: u32,
}

type R = Result<(), RawError>;

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[id]
    }

    fn cur_id(&self) -> ScopeId {
        *self.stack.last().unwrap_or(&0)
    }

    fn enter(&mut self, kind: ScopeKind, key: usize) {
        let parent = self.cur_id();
        let nested = {
            let p = &self.scopes[parent];
            p.nested || p.kind == ScopeKind::Function
        };
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, nested));
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> R {
        let id = self.cur_id();
        self.add_def_in(id, name, flag, range)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32, range: TextRange) -> R {
        let mangled = mangle(self.private.as_deref(), name).into_owned();
        let scope = &mut self.scopes[id];
        let old = scope.flags_of(&mangled);
        let exists = scope.index.contains_key(&mangled);
        let mut val = if exists {
            if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
                return Err(RawError::syntax(
                    format!("duplicate argument '{name}' in function definition"),
                    range,
                ));
            }
            old | flag
        } else {
            flag
        };
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(RawError::syntax(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target \
                         '{name}'"
                    ),
                    range,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        scope.set_flags(&mangled, val);
        if flag & DEF_PARAM != 0 {
            scope.params.push(mangled.clone());
        } else if flag & DEF_GLOBAL != 0 {
            let module = &mut self.scopes[0];
            let g = module.flags_of(&mangled);
            module.set_flags(&mangled, g | flag);
        }
        Ok(())
    }

    fn deeper(&mut self, range: TextRange) -> R {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(RawError::recursion(range));
        }
        Ok(())
    }

    fn visit_body(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> R {
        self.deeper(s.range())?;
        let r = self.visit_stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn visit_params_defaults(&mut self, p: &ast::Parameters) -> R {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        for a in p.kwonlyargs.iter() {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    /// Parameter and return annotations, evaluated in the enclosing scope at `def` time.
    fn visit_annotations(&mut self, p: &ast::Parameters, returns: Option<&Expr>) -> R {
        let params = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter());
        for a in params {
            if let Some(ann) = &a.parameter.annotation {
                self.visit_expr(ann)?;
            }
        }
        for v in [&p.vararg, &p.kwarg].into_iter().flatten() {
            if let Some(ann) = &v.annotation {
                self.visit_expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.visit_expr(r)?;
        }
        Ok(())
    }

    fn visit_params(&mut self, p: &ast::Parameters) -> R {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            self.add_def(a.parameter.name.as_str(), DEF_PARAM, a.parameter.name.range)?;
        }
        if let Some(v) = &p.vararg {
            self.add_def(v.name.as_str(), DEF_PARAM, v.name.range)?;
            self.cur().varargs = true;
        }
        if let Some(k) = &p.kwarg {
            self.add_def(k.name.as_str(), DEF_PARAM, k.name.range)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> R {
        match s {
            Stmt::FunctionDef(f) => {
                self.add_def(f.name.as_str(), DEF_LOCAL, f.name.range)?;
                self.visit_params_defaults(&f.parameters)?;
                self.visit_annotations(&f.parameters, f.returns.as_deref())?;
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(ScopeKind::Function, node_key(f));
                self.visit_params(&f.parameters)?;
                self.visit_body(&f.body)?;
                self.exit();
            }
            Stmt::ClassDef(c) => {
                self.add_def(c.name.as_str(), DEF_LOCAL, c.name.range)?;
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value)?;
                    }
                }
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(ScopeKind::Class, node_key(c));
                let saved = self.private.replace(c.name.to_string());
                let r = self.visit_body(&c.body);
                self.private = saved;
                r?;
                self.exit();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let mangled = mangle(self.private.as_deref(), n.id.as_str()).into_owned();
                    let cur = self.cur().flags_of(&mangled);
                    let at_module = self.cur_id() == 0;
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !at_module && a.simple {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(RawError::syntax(
                            format!("annotated name '{}' can't be {what}", n.id),
                            a.range,
                        ));
                    }
                    if a.simple {
                        self.add_def(n.id.as_str(), DEF_ANNOT | DEF_LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.add_def(n.id.as_str(), DEF_LOCAL, n.range)?;
                    }
                } else {
                    self.visit_expr(&a.target)?;
                }
                if self.scopes[self.cur_id()].kind != ScopeKind::Function {
                    // Module and class bodies evaluate their annotations.
                    self.visit_expr(&a.annotation)?;
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                self.visit_body(&t.orelse)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n.as_str(), DEF_LOCAL, n.range)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.visit_alias(a)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.visit_alias(a)?;
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.visit_directive(n, true, g.range)?;
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    self.visit_directive(n, false, g.range)?;
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            // Rejected by the code generator.
            Stmt::Match(_) | Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn visit_directive(&mut self, n: &ast::Identifier, global: bool, range: TextRange) -> R {
        let name = n.as_str();
        let mangled = mangle(self.private.as_deref(), name).into_owned();
        let cur = self.cur().flags_of(&mangled);
        if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
            let what = if global { "global" } else { "nonlocal" };
            let msg = if cur & DEF_PARAM != 0 {
                format!("name '{name}' is parameter and {what}")
            } else if cur & USE != 0 {
                format!("name '{name}' is used prior to {what} declaration")
            } else if cur & DEF_ANNOT != 0 {
                format!("annotated name '{name}' can't be {what}")
            } else {
                format!("name '{name}' is assigned to before {what} declaration")
            };
            return Err(RawError::syntax(msg, range));
        }
        let flag = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
        self.add_def(name, flag, range)?;
        self.cur().directives.entry(mangled).or_insert(range);
        Ok(())
    }

    fn visit_alias(&mut self, a: &ast::Alias) -> R {
        let name = a.asname.as_ref().unwrap_or(&a.name).as_str();
        if name == "*" {
            if self.scopes[self.cur_id()].kind != ScopeKind::Module {
                return Err(RawError::syntax(
                    "import * only allowed at module level",
                    a.range,
                ));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT, a.range)
    }

    fn visit_expr(&mut self, e: &Expr) -> R {
        self.deeper(e.range())?;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> R {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> R {
        match e {
            Expr::BoolOp(b) => self.visit_exprs(&b.values)?,
            Expr::Named(n) => {
                if self.cur().comp_iter_expr > 0 {
                    return Err(RawError::syntax(
                        "assignment expression cannot be used in a comprehension iterable \
                         expression",
                        n.range,
                    ));
                }
                if self.cur().comprehension.is_some() {
                    self.extend_namedexpr_scope(&n.target)?;
                }
                self.visit_expr(&n.value)?;
                self.visit_expr(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_params_defaults(p)?;
                }
                self.enter(ScopeKind::Function, node_key(l));
                if let Some(p) = &l.parameters {
                    self.visit_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.exit();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
            }
            Expr::Set(s) => self.visit_exprs(&s.elts)?,
            Expr::ListComp(c) => {
                self.visit_comprehension(node_key(c), CompKind::List, &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.visit_comprehension(node_key(c), CompKind::Set, &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => {
                let key = c.key.as_deref();
                match key {
                    Some(k) => self.visit_comprehension(
                        node_key(c),
                        CompKind::Dict,
                        &c.generators,
                        k,
                        Some(&c.value),
                    )?,
                    None => {
                        return Err(RawError::syntax(
                            "dict unpacking cannot be used in dict comprehension",
                            c.value.range(),
                        ))
                    }
                }
            }
            Expr::Generator(g) => self.visit_comprehension(
                node_key(g),
                CompKind::Generator,
                &g.generators,
                &g.elt,
                None,
            )?,
            Expr::Await(a) => self.visit_expr(&a.value)?,
            Expr::Yield(y) => {
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
                self.yield_in(y.range)?;
            }
            Expr::YieldFrom(y) => {
                self.visit_expr(&y.value)?;
                self.yield_in(y.range)?;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(&c.comparators)?;
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                self.visit_exprs(&c.arguments.args)?;
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.visit_fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::TString(_) => {}
            Expr::NumberLiteral(n) => {
                if let ast::Number::Int(i) = &n.value {
                    check_int_digits(i, n.range)?;
                }
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => {
                let flag = if n.ctx == ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(n.id.as_str(), flag, n.range)?;
                if n.ctx == ExprContext::Load
                    && n.id.as_str() == "super"
                    && self.scopes[self.cur_id()].kind == ScopeKind::Function
                {
                    self.add_def("__class__", USE, n.range)?;
                }
            }
            Expr::List(l) => self.visit_exprs(&l.elts)?,
            Expr::Tuple(t) => self.visit_exprs(&t.elts)?,
            Expr::Slice(s) => {
                if let Some(x) = &s.lower {
                    self.visit_expr(x)?;
                }
                if let Some(x) = &s.upper {
                    self.visit_expr(x)?;
                }
                if let Some(x) = &s.step {
                    self.visit_expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn visit_fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> R {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.visit_expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.visit_fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }

    fn yield_in(&mut self, range: TextRange) -> R {
        let cur = self.cur();
        cur.generator = true;
        if let Some(kind) = cur.comprehension {
            let what = match kind {
                CompKind::List => "list comprehension",
                CompKind::Set => "set comprehension",
                CompKind::Dict => "dict comprehension",
                CompKind::Generator => "generator expression",
            };
            return Err(RawError::syntax(format!("'yield' inside {what}"), range));
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        key: usize,
        kind: CompKind,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let Some(outermost) = generators.first() else {
            return Err(RawError::internal("comprehension without generators"));
        };
        self.cur().comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        self.enter(ScopeKind::Function, key);
        self.cur().comprehension = Some(kind);
        self.add_def(".0", DEF_PARAM, outermost.range)?;
        self.cur().comp_iter_target = true;
        let r = self.visit_expr(&outermost.target);
        self.cur().comp_iter_target = false;
        r?;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.cur().comp_iter_target = true;
            let r = self.visit_expr(&g.target);
            self.cur().comp_iter_target = false;
            r?;
            self.cur().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            r?;
            self.visit_exprs(&g.ifs)?;
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        if kind == CompKind::Generator {
            self.cur().generator = true;
        }
        self.exit();
        Ok(())
    }

    fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
        let Expr::Name(n) = target else {
            return Ok(());
        };
        let name = n.id.as_str();
        let mangled = mangle(self.private.as_deref(), name).into_owned();
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let scope = &self.scopes[id];
            if scope.comprehension.is_some() {
                if scope.flags_of(&mangled) & DEF_COMP_ITER != 0 {
                    return Err(RawError::syntax(
                        format!(
                            "assignment expression cannot rebind comprehension iteration \
                             variable '{name}'"
                        ),
                        n.range,
                    ));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let flag = if scope.flags_of(&mangled) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, n.range)?;
                    self.cur().directives.entry(mangled).or_insert(n.range);
                    return self.add_def_in(id, name, DEF_LOCAL, n.range);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, n.range)?;
                    self.cur().directives.entry(mangled).or_insert(n.range);
                    return self.add_def_in(id, name, DEF_GLOBAL, n.range);
                }
                ScopeKind::Class => {
                    return Err(RawError::syntax(
                        "assignment expression within a comprehension cannot be used in a \
                         class body",
                        n.range,
                    ));
                }
            }
        }
        Ok(())
    }
}
