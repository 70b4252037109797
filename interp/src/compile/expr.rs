//! Code generation for expressions and assignment targets, following CPython 3.11's
//! `compiler_visit_expr`: operators, short-circuit and chained comparisons, conditional
//! jumps, calls (plain, method, keyword and `*`/`**` forms), displays with unpacking,
//! comprehensions and generator expressions as nested functions, lambdas, f-strings,
//! `yield`/`yield from`, and stores/deletes into names, attributes, subscripts and
//! unpacking targets.
//!
//! Must not: emit statements' control flow (that is `codegen.rs`) or touch the frame-block
//! stack.

use ruff_python_ast::{self as ast, CmpOp, Expr, ExprContext, Operator, UnaryOp};
use ruff_text_size::{Ranged, TextRange};

use super::assemble::{IrOp, Label};
use super::codegen::{Compiler, UnitKind, R};
use super::consts::{const_of, fold_iter, truthiness};
use super::errors::{expr_name, RawError};
use super::symtable::{CompKind, ScopeKind};
use crate::bytecode::{BinaryOp, CompareOp, Constant, Location, Opcode};

/// The `BINARY_OP` argument of an operator (without the in-place offset).
pub fn binary_op_arg(op: Operator) -> u32 {
    (match op {
        Operator::Add => BinaryOp::Add,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Mult => BinaryOp::Multiply,
        Operator::MatMult => BinaryOp::MatMul,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::Mod => BinaryOp::Remainder,
        Operator::Pow => BinaryOp::Power,
        Operator::LShift => BinaryOp::LShift,
        Operator::RShift => BinaryOp::RShift,
        Operator::BitOr => BinaryOp::Or,
        Operator::BitXor => BinaryOp::Xor,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
    }) as u32
}

/// The kind of collection `starunpack` builds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    List,
    Tuple,
    Set,
}

/// One piece of an f-string after merging adjacent literals.
enum FPart<'a> {
    Lit(String),
    Value(&'a ast::InterpolatedElement),
}

impl<'a> Compiler<'a> {
    pub fn compile_expr(&mut self, e: &'a Expr) -> R {
        self.deeper(e.range())?;
        let saved = self.unit_ref().loc;
        self.set_loc(e.range());
        let r = self.compile_expr_inner(e);
        self.unit().loc = saved;
        self.depth -= 1;
        r
    }

    fn compile_expr_inner(&mut self, e: &'a Expr) -> R {
        if let Some(c) = const_of(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let op = match b.op {
                    ast::BoolOp::And => Opcode::JumpIfFalseOrPop,
                    ast::BoolOp::Or => Opcode::JumpIfTrueOrPop,
                };
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.compile_expr(v)?;
                    if i + 1 < n {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.compile_expr(&n.value)?;
                self.emit(Opcode::Copy, 1);
                match &*n.target {
                    Expr::Name(_) => self.compile_store(&n.target)?,
                    other => {
                        return Err(RawError::syntax(
                            format!(
                                "cannot use assignment expressions with {}",
                                expr_name(other)
                            ),
                            other.range(),
                        ))
                    }
                }
            }
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.emit(Opcode::BinaryOp, binary_op_arg(b.op));
            }
            Expr::UnaryOp(u) => {
                self.compile_expr(&u.operand)?;
                let op = match u.op {
                    UnaryOp::Invert => Opcode::UnaryInvert,
                    UnaryOp::Not => Opcode::UnaryNot,
                    UnaryOp::UAdd => Opcode::UnaryPositive,
                    UnaryOp::USub => Opcode::UnaryNegative,
                };
                self.emit(op, 0);
            }
            Expr::Lambda(l) => self.compile_lambda(l)?,
            Expr::If(i) => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(&i.test, next, false)?;
                self.compile_expr(&i.body)?;
                self.jump(end);
                self.bind(next);
                self.compile_expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Set(s) => self.starunpack(&s.elts, 0, Seq::Set)?,
            Expr::ListComp(c) => self.compile_comprehension(
                c,
                "<listcomp>",
                CompKind::List,
                &c.generators,
                &c.elt,
                None,
                c.range,
            )?,
            Expr::SetComp(c) => self.compile_comprehension(
                c,
                "<setcomp>",
                CompKind::Set,
                &c.generators,
                &c.elt,
                None,
                c.range,
            )?,
            Expr::DictComp(c) => {
                let Some(key) = c.key.as_deref() else {
                    return Err(RawError::syntax(
                        "dict unpacking cannot be used in dict comprehension",
                        c.value.range(),
                    ));
                };
                self.compile_comprehension(
                    c,
                    "<dictcomp>",
                    CompKind::Dict,
                    &c.generators,
                    key,
                    Some(&c.value),
                    c.range,
                )?
            }
            Expr::Generator(g) => self.compile_comprehension(
                g,
                "<genexpr>",
                CompKind::Generator,
                &g.generators,
                &g.elt,
                None,
                g.range,
            )?,
            Expr::Await(a) => {
                let msg = if self.scope_kind() != ScopeKind::Function {
                    "'await' outside function"
                } else {
                    "'await' outside async function"
                };
                return Err(RawError::syntax(msg, a.range));
            }
            Expr::Yield(y) => {
                self.check_yield(y.range)?;
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Opcode::YieldValue, 0);
            }
            Expr::YieldFrom(y) => {
                self.check_yield(y.range)?;
                self.compile_expr(&y.value)?;
                self.emit(Opcode::GetYieldFromIter, 0);
                self.load_const(Constant::None);
                self.yield_from_loop();
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::Call(c) => self.compile_call(c)?,
            Expr::FString(f) => self.compile_fstring(f)?,
            Expr::TString(t) => {
                return Err(RawError::syntax(
                    "template strings are not supported by weft yet",
                    t.range,
                ))
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                return Err(RawError::internal("literal without a constant value"))
            }
            Expr::Attribute(a) => match a.ctx {
                ExprContext::Load | ExprContext::Invalid => {
                    self.compile_expr(&a.value)?;
                    self.set_attr_loc(a);
                    let i = self.name_index(a.attr.as_str());
                    self.emit(Opcode::LoadAttr, i);
                }
                ExprContext::Store => self.compile_store(e)?,
                ExprContext::Del => self.compile_delete(e)?,
            },
            Expr::Subscript(s) => match s.ctx {
                ExprContext::Load | ExprContext::Invalid => {
                    self.compile_expr(&s.value)?;
                    self.compile_slice_or_expr(&s.slice)?;
                    self.emit(Opcode::BinarySubscr, 0);
                }
                ExprContext::Store => self.compile_store(e)?,
                ExprContext::Del => self.compile_delete(e)?,
            },
            Expr::Starred(s) => {
                let msg = if s.ctx == ExprContext::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                };
                return Err(RawError::syntax(msg, s.range));
            }
            Expr::Name(n) => self.name_op(n.id.as_str(), ExprContext::Load, n.range)?,
            Expr::List(l) => self.starunpack(&l.elts, 0, Seq::List)?,
            Expr::Tuple(t) => self.starunpack(&t.elts, 0, Seq::Tuple)?,
            Expr::Slice(s) => self.compile_slice(s)?,
            Expr::IpyEscapeCommand(i) => return Err(RawError::syntax("invalid syntax", i.range)),
        }
        Ok(())
    }

    fn check_yield(&self, range: TextRange) -> R {
        if self.scope_kind() != ScopeKind::Function {
            return Err(RawError::syntax("'yield' outside function", range));
        }
        Ok(())
    }

    /// `L: SEND exit; YIELD_VALUE 1; JUMP L; exit:` with `[iter, value]` on the stack.
    fn yield_from_loop(&mut self) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.emit_jump(Opcode::Send, exit);
        self.emit(Opcode::YieldValue, 1);
        self.emit_ir(IrOp::JumpNoInterrupt, start);
        self.bind(exit);
    }

    /// For an attribute spanning lines, its instructions report the attribute name's line
    /// (CPython's `update_start_location_to_match_attr`).
    pub fn set_attr_loc(&mut self, a: &ast::ExprAttribute) {
        let whole = self.loc_of(a.range);
        if whole.line != whole.end_line {
            let name = self.loc_of(a.attr.range);
            self.unit().loc = Location {
                line: name.line,
                col: name.col,
                end_line: whole.end_line,
                end_col: whole.end_col,
            };
        }
    }

    pub fn compile_slice_or_expr(&mut self, e: &'a Expr) -> R {
        match e {
            Expr::Slice(s) => {
                let saved = self.unit_ref().loc;
                self.set_loc(s.range);
                let r = self.compile_slice(s);
                self.unit().loc = saved;
                r
            }
            _ => self.compile_expr(e),
        }
    }

    fn compile_slice(&mut self, s: &'a ast::ExprSlice) -> R {
        let mut n = 2;
        match &s.lower {
            Some(x) => self.compile_expr(x)?,
            None => self.load_const(Constant::None),
        }
        match &s.upper {
            Some(x) => self.compile_expr(x)?,
            None => self.load_const(Constant::None),
        }
        if let Some(x) = &s.step {
            self.compile_expr(x)?;
            n = 3;
        }
        self.emit(Opcode::BuildSlice, n);
        Ok(())
    }

    // ----- conditions ----------------------------------------------------------------------

    /// Jumps to `target` if `e` is true (`cond`) or false (`!cond`), falling through
    /// otherwise (CPython's `compiler_jump_if`).
    pub fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> R {
        self.deeper(e.range())?;
        let saved = self.unit_ref().loc;
        self.set_loc(e.range());
        let r = self.jump_if_inner(e, target, cond);
        self.unit().loc = saved;
        self.depth -= 1;
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, target: Label, cond: bool) -> R {
        if let Some(c) = const_of(e) {
            if let Some(t) = truthiness(&c) {
                if t == cond {
                    self.jump(target);
                }
                return Ok(());
            }
        }
        match e {
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => {
                return self.jump_if(&u.operand, target, !cond);
            }
            Expr::BoolOp(b) => {
                let is_or = b.op == ast::BoolOp::Or;
                let next2 = if is_or != cond {
                    self.new_label()
                } else {
                    target
                };
                let n = b.values.len();
                for v in &b.values[..n.saturating_sub(1)] {
                    self.jump_if(v, next2, is_or)?;
                }
                if let Some(last) = b.values.last() {
                    self.jump_if(last, target, cond)?;
                }
                if next2 != target {
                    self.bind(next2);
                }
                return Ok(());
            }
            Expr::If(i) => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(&i.test, next2, false)?;
                self.jump_if(&i.body, target, cond)?;
                self.jump(end);
                self.bind(next2);
                self.jump_if(&i.orelse, target, cond)?;
                self.bind(end);
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                let cleanup = self.new_label();
                self.compile_expr(&c.left)?;
                let n = c.ops.len() - 1;
                for i in 0..n {
                    self.compile_expr(&c.comparators[i])?;
                    self.emit(Opcode::Swap, 2);
                    self.emit(Opcode::Copy, 2);
                    self.emit_compare(c.ops[i]);
                    self.emit_jump(Opcode::PopJumpIfFalse, cleanup);
                }
                self.compile_compare_last(c)?;
                let j = if cond {
                    Opcode::PopJumpIfTrue
                } else {
                    Opcode::PopJumpIfFalse
                };
                self.emit_jump(j, target);
                let end = self.new_label();
                self.jump(end);
                self.bind(cleanup);
                self.emit(Opcode::PopTop, 0);
                if !cond {
                    self.jump(target);
                }
                self.bind(end);
                return Ok(());
            }
            Expr::Compare(c)
                if matches!(c.ops[0], CmpOp::Is | CmpOp::IsNot)
                    && matches!(c.comparators[0], Expr::NoneLiteral(_)) =>
            {
                // `x is None` / `x is not None` jump on the value directly.
                self.compile_expr(&c.left)?;
                let is = c.ops[0] == CmpOp::Is;
                let op = if is == cond {
                    Opcode::PopJumpIfNone
                } else {
                    Opcode::PopJumpIfNotNone
                };
                self.emit_jump(op, target);
                return Ok(());
            }
            _ => {}
        }
        self.compile_expr(e)?;
        let op = if cond {
            Opcode::PopJumpIfTrue
        } else {
            Opcode::PopJumpIfFalse
        };
        self.emit_jump(op, target);
        Ok(())
    }

    fn emit_compare(&mut self, op: CmpOp) {
        let (opcode, arg) = match op {
            CmpOp::Eq => (Opcode::CompareOp, CompareOp::Eq as u32),
            CmpOp::NotEq => (Opcode::CompareOp, CompareOp::Ne as u32),
            CmpOp::Lt => (Opcode::CompareOp, CompareOp::Lt as u32),
            CmpOp::LtE => (Opcode::CompareOp, CompareOp::Le as u32),
            CmpOp::Gt => (Opcode::CompareOp, CompareOp::Gt as u32),
            CmpOp::GtE => (Opcode::CompareOp, CompareOp::Ge as u32),
            CmpOp::Is => (Opcode::IsOp, 0),
            CmpOp::IsNot => (Opcode::IsOp, 1),
            CmpOp::In => (Opcode::ContainsOp, 0),
            CmpOp::NotIn => (Opcode::ContainsOp, 1),
        };
        self.emit(opcode, arg);
    }

    /// The last comparison of a chain: the literal list/set after `in` becomes a constant.
    fn compile_compare_last(&mut self, c: &'a ast::ExprCompare) -> R {
        let n = c.ops.len() - 1;
        let last = &c.comparators[n];
        let op = c.ops[n];
        match (op, fold_iter(last)) {
            (CmpOp::In | CmpOp::NotIn, Some(folded)) => {
                self.set_loc(last.range());
                self.load_const(folded);
                self.set_loc(c.range);
            }
            _ => self.compile_expr(last)?,
        }
        self.emit_compare(op);
        Ok(())
    }

    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> R {
        self.compile_expr(&c.left)?;
        let n = c.ops.len() - 1;
        if n == 0 {
            return self.compile_compare_last(c);
        }
        let cleanup = self.new_label();
        for i in 0..n {
            self.compile_expr(&c.comparators[i])?;
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::Copy, 2);
            self.emit_compare(c.ops[i]);
            self.emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
        }
        self.compile_compare_last(c)?;
        let end = self.new_label();
        self.jump(end);
        self.bind(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    // ----- displays ------------------------------------------------------------------------

    /// Builds a list, tuple or set from `elts` (which may contain `*x`), with `pushed` items
    /// already on the stack to go first (CPython's `starunpack_helper`).
    fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, kind: Seq) -> R {
        let (build, add, extend) = match kind {
            Seq::List | Seq::Tuple => (Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend),
            Seq::Set => (Opcode::BuildSet, Opcode::SetAdd, Opcode::SetUpdate),
        };
        let n = elts.len() as u32;
        if n > 2 {
            let consts: Option<Vec<Constant>> = elts
                .iter()
                .map(|e| {
                    if matches!(e, Expr::Starred(_)) {
                        None
                    } else {
                        const_of(e)
                    }
                })
                .collect();
            if let Some(items) = consts {
                if kind == Seq::Tuple && pushed == 0 {
                    self.load_const(Constant::Tuple(items));
                } else {
                    let folded = if kind == Seq::Set {
                        Constant::FrozenSet(items)
                    } else {
                        Constant::Tuple(items)
                    };
                    self.emit(build, pushed);
                    self.load_const(folded);
                    self.emit(extend, 1);
                    if kind == Seq::Tuple {
                        self.emit(Opcode::ListToTuple, 0);
                    }
                }
                return Ok(());
            }
        }
        let seen_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        let big = n + pushed > 30;
        if !seen_star && !big {
            for e in elts {
                self.compile_expr(e)?;
            }
            let op = if kind == Seq::Tuple {
                Opcode::BuildTuple
            } else {
                build
            };
            self.emit(op, n + pushed);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !built {
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.compile_expr(&s.value)?;
                self.emit(extend, 1);
            } else {
                self.compile_expr(e)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit(Opcode::ListToTuple, 0);
        }
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> R {
        let items = &d.items;
        let mut have_dict = false;
        let mut elements = 0usize;
        for (i, item) in items.iter().enumerate() {
            if item.key.is_none() {
                if elements > 0 {
                    self.compile_subdict(&items[i - elements..i])?;
                    if have_dict {
                        self.emit(Opcode::DictUpdate, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BuildMap, 0);
                    have_dict = true;
                }
                self.compile_expr(&item.value)?;
                self.emit(Opcode::DictUpdate, 1);
            } else if elements * 2 > 30 {
                self.compile_subdict(&items[i - elements..=i])?;
                if have_dict {
                    self.emit(Opcode::DictUpdate, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.compile_subdict(&items[items.len() - elements..])?;
            if have_dict {
                self.emit(Opcode::DictUpdate, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BuildMap, 0);
        }
        Ok(())
    }

    fn compile_subdict(&mut self, items: &'a [ast::DictItem]) -> R {
        let n = items.len();
        let keys: Option<Vec<Constant>> = items
            .iter()
            .map(|i| i.key.as_ref().and_then(const_of))
            .collect();
        if n > 1 {
            if let Some(keys) = keys {
                for item in items {
                    self.compile_expr(&item.value)?;
                }
                self.load_const(Constant::Tuple(keys));
                self.emit(Opcode::BuildConstKeyMap, n as u32);
                return Ok(());
            }
        }
        let big = n * 2 > 30;
        if big {
            self.emit(Opcode::BuildMap, 0);
        }
        for item in items {
            if let Some(k) = &item.key {
                self.compile_expr(k)?;
            }
            self.compile_expr(&item.value)?;
            if big {
                self.emit(Opcode::MapAdd, 1);
            }
        }
        if !big {
            self.emit(Opcode::BuildMap, n as u32);
        }
        Ok(())
    }

    // ----- calls ---------------------------------------------------------------------------

    fn compile_call(&mut self, c: &'a ast::ExprCall) -> R {
        let args = &c.arguments.args;
        let keywords = &c.arguments.keywords;
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !keywords.iter().any(|k| k.arg.is_none());
        if let Expr::Attribute(a) = &*c.func {
            if simple && a.ctx == ExprContext::Load {
                // Method call: `obj.m(args)` without a bound method object.
                self.check_keywords(keywords)?;
                self.compile_expr(&a.value)?;
                let saved = self.unit_ref().loc;
                let call_loc = self.method_loc(a, c.range());
                // LOAD_METHOD points at the attribute (`obj.name`), as in CPython, so a
                // missing method is marked there; the call itself at the whole call.
                let attr = self.loc_of(a.range);
                self.unit().loc = if attr.line == attr.end_line {
                    attr
                } else {
                    call_loc
                };
                let i = self.name_index(a.attr.as_str());
                self.emit(Opcode::LoadMethod, i);
                self.unit().loc = call_loc;
                for arg in args.iter() {
                    self.compile_expr(arg)?;
                }
                self.finish_simple_call(0, args.len() as u32, keywords)?;
                self.unit().loc = saved;
                return Ok(());
            }
        }
        self.compile_expr(&c.func)?;
        self.emit(Opcode::PushNull, 0);
        self.call_helper(0, args, keywords, c.range())
    }

    /// The location of a method call's LOAD_METHOD and CALL: the call's, unless the
    /// attribute spans lines, then from the attribute name's line.
    fn method_loc(&self, a: &ast::ExprAttribute, call: TextRange) -> Location {
        let whole = self.loc_of(call);
        let attr = self.loc_of(a.range);
        if attr.line != attr.end_line {
            let name = self.loc_of(a.attr.range);
            Location {
                line: name.line,
                col: name.col,
                end_line: whole.end_line,
                end_col: whole.end_col,
            }
        } else {
            whole
        }
    }

    fn check_keywords(&self, keywords: &[ast::Keyword]) -> R {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if name.as_str() == "__debug__" {
                return Err(RawError::syntax("cannot assign to __debug__", k.range));
            }
            for other in &keywords[i + 1..] {
                if other
                    .arg
                    .as_ref()
                    .is_some_and(|o| o.as_str() == name.as_str())
                {
                    return Err(RawError::syntax(
                        format!("keyword argument repeated: {}", name.as_str()),
                        other.range,
                    ));
                }
            }
        }
        Ok(())
    }

    /// After `n` positional arguments (and `pushed` earlier ones): the keyword values and
    /// CALL/CALL_KW.
    fn finish_simple_call(&mut self, pushed: u32, n: u32, keywords: &'a [ast::Keyword]) -> R {
        if keywords.is_empty() {
            self.emit(Opcode::Call, pushed + n);
            return Ok(());
        }
        let saved = self.unit_ref().loc;
        let mut names = Vec::with_capacity(keywords.len());
        for k in keywords {
            self.compile_expr(&k.value)?;
            names.push(Constant::Str(
                k.arg.as_ref().map_or(String::new(), |a| a.to_string()),
            ));
        }
        self.unit().loc = saved;
        self.load_const(Constant::Tuple(names));
        self.emit(Opcode::CallKw, pushed + n + keywords.len() as u32);
        Ok(())
    }

    /// The arguments and call instruction after `[callable, self_or_null]` and `pushed`
    /// arguments already on the stack (CPython's `compiler_call_helper`).
    pub fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        range: TextRange,
    ) -> R {
        self.check_keywords(keywords)?;
        let saved = self.unit_ref().loc;
        self.set_loc(range);
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.compile_expr(a)?;
            }
            self.finish_simple_call(pushed, args.len() as u32, keywords)?;
            self.unit().loc = saved;
            return Ok(());
        }
        // The general form: a tuple of positional arguments and a dict of keywords.
        self.starunpack(args, pushed, Seq::Tuple)?;
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut nseen = 0usize;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.compile_subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit(Opcode::DictMerge, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BuildMap, 0);
                        have_dict = true;
                    }
                    self.compile_expr(&k.value)?;
                    self.emit(Opcode::DictMerge, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.compile_subkwargs(&keywords[keywords.len() - nseen..])?;
                if have_dict {
                    self.emit(Opcode::DictMerge, 1);
                }
            }
        }
        self.emit(Opcode::CallFunctionEx, u32::from(!keywords.is_empty()));
        self.unit().loc = saved;
        Ok(())
    }

    fn compile_subkwargs(&mut self, keywords: &'a [ast::Keyword]) -> R {
        let n = keywords.len();
        let big = n * 2 > 30;
        let name_of = |k: &ast::Keyword| {
            Constant::Str(k.arg.as_ref().map_or(String::new(), |a| a.to_string()))
        };
        if n > 1 && !big {
            for k in keywords {
                self.compile_expr(&k.value)?;
            }
            let keys: Vec<Constant> = keywords.iter().map(name_of).collect();
            self.load_const(Constant::Tuple(keys));
            self.emit(Opcode::BuildConstKeyMap, n as u32);
            return Ok(());
        }
        if big {
            self.emit(Opcode::BuildMap, 0);
        }
        for k in keywords {
            self.load_const(name_of(k));
            self.compile_expr(&k.value)?;
            if big {
                self.emit(Opcode::MapAdd, 1);
            }
        }
        if !big {
            self.emit(Opcode::BuildMap, n as u32);
        }
        Ok(())
    }

    // ----- f-strings -----------------------------------------------------------------------

    fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> R {
        let mut parts: Vec<FPart<'a>> = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => push_lit(&mut parts, s.as_str()),
                ast::FStringPart::FString(fs) => collect_elements(&mut parts, &fs.elements),
            }
        }
        self.compile_fparts(parts)
    }

    fn compile_fparts(&mut self, parts: Vec<FPart<'a>>) -> R {
        match parts.as_slice() {
            [] => {
                self.load_const(Constant::Str(String::new()));
                return Ok(());
            }
            [FPart::Lit(s)] => {
                self.load_const(Constant::Str(s.clone()));
                return Ok(());
            }
            _ => {}
        }
        let n = parts.len() as u32;
        for p in parts {
            match p {
                FPart::Lit(s) => self.load_const(Constant::Str(s)),
                FPart::Value(v) => self.compile_formatted_value(v)?,
            }
        }
        if n != 1 {
            self.emit(Opcode::BuildString, n);
        }
        Ok(())
    }

    fn compile_formatted_value(&mut self, v: &'a ast::InterpolatedElement) -> R {
        self.compile_expr(&v.expression)?;
        let mut arg = match v.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => 1,
            ast::ConversionFlag::Repr => 2,
            ast::ConversionFlag::Ascii => 3,
        };
        if arg == 0 && v.debug_text.is_some() && v.format_spec.is_none() {
            arg = 2;
        }
        if let Some(spec) = &v.format_spec {
            let mut parts = Vec::new();
            collect_elements(&mut parts, &spec.elements);
            self.compile_fparts(parts)?;
            arg |= 4;
        }
        self.emit(Opcode::FormatValue, arg);
        Ok(())
    }

    // ----- functions -----------------------------------------------------------------------

    fn compile_lambda(&mut self, l: &'a ast::ExprLambda) -> R {
        let flags = match &l.parameters {
            Some(p) => {
                for param in p.iter() {
                    if param.name().as_str() == "__debug__" {
                        return Err(RawError::syntax(
                            "cannot assign to __debug__",
                            param.name().range,
                        ));
                    }
                }
                self.compile_defaults(p)?
            }
            None => 0,
        };
        let scope = self
            .table
            .scope_for(l)
            .ok_or_else(|| RawError::internal("lambda without a scope"))?;
        let private = self.unit_ref().private.clone();
        let line = self.loc_of(l.range).line;
        self.enter_unit(scope, UnitKind::Lambda, "<lambda>", line, private);
        self.set_loc(l.range);
        if let Some(p) = &l.parameters {
            let u = self.unit();
            u.posonlyargcount = p.posonlyargs.len() as u32;
            u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
            u.kwonlyargcount = p.kwonlyargs.len() as u32;
        }
        self.compile_expr(&l.body)?;
        self.emit(Opcode::ReturnValue, 0);
        let code = self.exit_unit()?;
        self.set_loc(l.range);
        self.make_closure(code, flags)
    }

    #[allow(clippy::too_many_arguments)]
    fn compile_comprehension<T>(
        &mut self,
        node: &T,
        name: &str,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
        range: TextRange,
    ) -> R {
        let Some(outermost) = generators.first() else {
            return Err(RawError::internal("comprehension without generators"));
        };
        if generators.iter().any(|g| g.is_async) {
            return Err(RawError::syntax(
                "asynchronous comprehension outside of an asynchronous function",
                range,
            ));
        }
        let scope = self
            .table
            .scope_for(node)
            .ok_or_else(|| RawError::internal("comprehension without a scope"))?;
        let private = self.unit_ref().private.clone();
        let line = self.loc_of(range).line;
        self.enter_unit(scope, UnitKind::Comprehension, name, line, private);
        self.set_loc(range);
        self.unit().argcount = 1;
        let build = match kind {
            CompKind::List => Some(Opcode::BuildList),
            CompKind::Set => Some(Opcode::BuildSet),
            CompKind::Dict => Some(Opcode::BuildMap),
            CompKind::Generator => None,
        };
        if let Some(op) = build {
            self.emit(op, 0);
        }
        self.comprehension_generator(generators, 0, 0, elt, value, kind)?;
        if build.is_some() {
            self.emit(Opcode::ReturnValue, 0);
        } else {
            self.load_const(Constant::None);
            self.emit(Opcode::ReturnValue, 0);
        }
        let code = self.exit_unit()?;
        self.set_loc(range);
        self.make_closure(code, 0)?;
        self.emit(Opcode::PushNull, 0);
        self.compile_expr(&outermost.iter)?;
        self.emit(Opcode::GetIter, 0);
        self.emit(Opcode::Call, 1);
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        let gen = &generators[index];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let mut looping = true;
        if index == 0 {
            self.emit(Opcode::LoadFast, 0);
        } else {
            // `for y in [expr]` binds without a loop.
            let single = match &gen.iter {
                Expr::List(l) if l.elts.len() == 1 => Some(&l.elts[0]),
                Expr::Tuple(t) if t.elts.len() == 1 => Some(&t.elts[0]),
                _ => None,
            };
            match single {
                Some(e) if !matches!(e, Expr::Starred(_)) => {
                    self.compile_expr(e)?;
                    looping = false;
                }
                _ => {
                    match fold_iter(&gen.iter) {
                        Some(c) => self.load_const(c),
                        None => self.compile_expr(&gen.iter)?,
                    }
                    self.emit(Opcode::GetIter, 0);
                }
            }
        }
        if looping {
            depth += 1;
            self.bind(start);
            self.emit_jump(Opcode::ForIter, anchor);
        }
        self.compile_store(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, value, kind)?;
        } else {
            match kind {
                CompKind::Generator => {
                    self.compile_expr(elt)?;
                    self.emit(Opcode::YieldValue, 0);
                    self.emit(Opcode::PopTop, 0);
                }
                CompKind::List => {
                    self.compile_expr(elt)?;
                    self.emit(Opcode::ListAppend, depth + 1);
                }
                CompKind::Set => {
                    self.compile_expr(elt)?;
                    self.emit(Opcode::SetAdd, depth + 1);
                }
                CompKind::Dict => {
                    self.compile_expr(elt)?;
                    if let Some(v) = value {
                        self.compile_expr(v)?;
                    }
                    self.emit(Opcode::MapAdd, depth + 1);
                }
            }
        }
        self.bind(if_cleanup);
        if looping {
            self.jump(start);
            self.bind(anchor);
        }
        Ok(())
    }

    // ----- targets ---------------------------------------------------------------------------

    /// Stores TOS into an assignment target.
    pub fn compile_store(&mut self, t: &'a Expr) -> R {
        self.deeper(t.range())?;
        let saved = self.unit_ref().loc;
        self.set_loc(t.range());
        let r = self.compile_store_inner(t);
        self.unit().loc = saved;
        self.depth -= 1;
        r
    }

    fn compile_store_inner(&mut self, t: &'a Expr) -> R {
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), ExprContext::Store, n.range),
            Expr::Attribute(a) => {
                if a.attr.as_str() == "__debug__" {
                    return Err(RawError::syntax("cannot assign to __debug__", a.range));
                }
                self.compile_expr(&a.value)?;
                self.set_attr_loc(a);
                let i = self.name_index(a.attr.as_str());
                self.emit(Opcode::StoreAttr, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_slice_or_expr(&s.slice)?;
                self.emit(Opcode::StoreSubscr, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack(elts, t.range())?;
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.compile_store(&s.value)?,
                        _ => self.compile_store(e)?,
                    }
                }
                Ok(())
            }
            Expr::Starred(s) => Err(RawError::syntax(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            other => Err(RawError::syntax(
                format!("cannot assign to {}", expr_name(other)),
                other.range(),
            )),
        }
    }

    fn unpack(&mut self, elts: &[Expr], range: TextRange) -> R {
        let n = elts.len();
        let mut star: Option<usize> = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e, Expr::Starred(_)) {
                if star.is_some() {
                    return Err(RawError::syntax(
                        "multiple starred expressions in assignment",
                        range,
                    ));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = n - i - 1;
                if i >= 256 || after >= 1 << 16 {
                    return Err(RawError::syntax(
                        "too many expressions in star-unpacking assignment",
                        range,
                    ));
                }
                self.emit(Opcode::UnpackEx, (i | (after << 8)) as u32);
            }
            None => self.emit(Opcode::UnpackSequence, n as u32),
        }
        Ok(())
    }

    /// Deletes a `del` target.
    pub fn compile_delete(&mut self, t: &'a Expr) -> R {
        self.deeper(t.range())?;
        let saved = self.unit_ref().loc;
        self.set_loc(t.range());
        let r = match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), ExprContext::Del, n.range),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_attr_loc(a);
                let i = self.name_index(a.attr.as_str());
                self.emit(Opcode::DeleteAttr, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_slice_or_expr(&s.slice)?;
                self.emit(Opcode::DeleteSubscr, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.compile_delete(e)?;
                }
                Ok(())
            }
            other => Err(RawError::syntax(
                format!("cannot delete {}", expr_name(other)),
                other.range(),
            )),
        };
        self.unit().loc = saved;
        self.depth -= 1;
        r
    }
}

fn push_lit(parts: &mut Vec<FPart<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(FPart::Lit(last)) = parts.last_mut() {
        last.push_str(s);
    } else {
        parts.push(FPart::Lit(s.to_string()));
    }
}

fn collect_elements<'a>(parts: &mut Vec<FPart<'a>>, elements: &'a ast::InterpolatedStringElements) {
    for el in elements.iter() {
        match el {
            ast::InterpolatedStringElement::Literal(l) => push_lit(parts, &l.value),
            ast::InterpolatedStringElement::Interpolation(i) => {
                if let Some(d) = &i.debug_text {
                    push_lit(parts, d.leading());
                    push_lit(parts, d.expression());
                    push_lit(parts, d.trailing());
                }
                parts.push(FPart::Value(i));
            }
        }
    }
}
