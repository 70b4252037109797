//! Compile-time constants: turning literal expressions into `Constant`s, the little constant
//! folding CPython 3.11's AST optimizer does that weft relies on (unary minus/plus/invert of
//! numbers, tuples of constants, `__debug__`, literal lists and sets after `in` and in `for`),
//! and the identity key used to share equal constants within one code unit.
//!
//! Must not: fold anything whose result could differ from evaluating it at run time.

use num_bigint::BigInt;
use num_traits::{Num, Zero};
use ruff_python_ast::{self as ast, Expr, Number, UnaryOp};

use crate::bytecode::Constant;

/// A hashable identity for a constant: `1`, `1.0` and `True` are different constants, and
/// so are `0.0` and `-0.0`. Code objects have no key (they are never shared).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
}

pub fn const_key(c: &Constant) -> Option<ConstKey> {
    Some(match c {
        Constant::None => ConstKey::None,
        Constant::Bool(b) => ConstKey::Bool(*b),
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Int(i) => ConstKey::Int(i.clone()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Complex(r, i) => ConstKey::Complex(r.to_bits(), i.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Tuple(items) => {
            ConstKey::Tuple(items.iter().map(const_key).collect::<Option<Vec<_>>>()?)
        }
        Constant::FrozenSet(items) => {
            ConstKey::FrozenSet(items.iter().map(const_key).collect::<Option<Vec<_>>>()?)
        }
        Constant::Code(_) => return None,
    })
}

/// The value of an integer literal.
pub fn int_value(i: &ast::Int) -> Option<BigInt> {
    if let Some(v) = i.as_u64() {
        return Some(BigInt::from(v));
    }
    let text: String = i.to_string().chars().filter(|c| *c != '_').collect();
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else {
        (lower.as_str(), 10)
    };
    BigInt::from_str_radix(digits, radix).ok()
}

/// The constant a literal expression denotes, with CPython's folding of signs and tuples.
/// `None` if the expression is not a compile-time constant.
pub fn const_of(e: &Expr) -> Option<Constant> {
    match e {
        Expr::NumberLiteral(n) => Some(match &n.value {
            Number::Int(i) => Constant::Int(int_value(i)?),
            Number::Float(f) => Constant::Float(*f),
            Number::Complex { real, imag } => Constant::Complex(*real, *imag),
        }),
        Expr::StringLiteral(s) => Some(Constant::Str(s.value.to_str().to_string())),
        Expr::BytesLiteral(b) => Some(Constant::Bytes(b.value.bytes().collect())),
        Expr::BooleanLiteral(b) => Some(Constant::Bool(b.value)),
        Expr::NoneLiteral(_) => Some(Constant::None),
        Expr::EllipsisLiteral(_) => Some(Constant::Ellipsis),
        Expr::Name(n) if n.id.as_str() == "__debug__" && n.ctx == ast::ExprContext::Load => {
            Some(Constant::Bool(true))
        }
        Expr::UnaryOp(_) => fold_unary(e),
        Expr::Tuple(t) if t.ctx == ast::ExprContext::Load => {
            let items = t
                .elts
                .iter()
                .map(|x| {
                    if matches!(x, Expr::Starred(_)) {
                        None
                    } else {
                        const_of(x)
                    }
                })
                .collect::<Option<Vec<_>>>()?;
            Some(Constant::Tuple(items))
        }
        _ => None,
    }
}

/// Whether `e` is a constant for `const_of`, without building it (cheap checks first).
pub fn is_const(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        _ => const_of(e).is_some(),
    }
}

/// Folds a chain of unary operators over a numeric literal (`-1`, `--1.5`, `~7`, `+2j`),
/// iteratively so that long chains cannot recurse deeply.
fn fold_unary(e: &Expr) -> Option<Constant> {
    let mut ops = Vec::new();
    let mut cur = e;
    while let Expr::UnaryOp(u) = cur {
        if u.op == UnaryOp::Not {
            return None;
        }
        ops.push(u.op);
        cur = &u.operand;
        if ops.len() > 64 {
            return None;
        }
    }
    let mut value = match cur {
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => Constant::Int(int_value(i)?),
            Number::Float(f) => Constant::Float(*f),
            Number::Complex { real, imag } => Constant::Complex(*real, *imag),
        },
        _ => return None,
    };
    for op in ops.iter().rev() {
        value = match (op, value) {
            (UnaryOp::USub, Constant::Int(i)) => Constant::Int(-i),
            (UnaryOp::USub, Constant::Float(f)) => Constant::Float(-f),
            (UnaryOp::USub, Constant::Complex(r, i)) => Constant::Complex(-r, -i),
            (UnaryOp::UAdd, v @ (Constant::Int(_) | Constant::Float(_) | Constant::Complex(..))) => {
                v
            }
            (UnaryOp::Invert, Constant::Int(i)) => Constant::Int(-i - 1),
            _ => return None,
        };
    }
    Some(value)
}

/// The truth value of a constant, as `bool(c)`.
pub fn truthiness(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis => true,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex(r, i) => *r != 0.0 || *i != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
        Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Code(_) => return None,
    })
}

/// For `x in [1, 2]`, `x in {1, 2}` and `for x in [1, 2]`: the tuple or frozenset constant
/// that can replace a literal list or set of constants.
pub fn fold_iter(e: &Expr) -> Option<Constant> {
    let (elts, set) = match e {
        Expr::List(l) => (&l.elts, false),
        Expr::Set(s) => (&s.elts, true),
        _ => return None,
    };
    let items = elts
        .iter()
        .map(|x| {
            if matches!(x, Expr::Starred(_)) {
                None
            } else {
                const_of(x)
            }
        })
        .collect::<Option<Vec<_>>>()?;
    Some(if set {
        Constant::FrozenSet(items)
    } else {
        Constant::Tuple(items)
    })
}
