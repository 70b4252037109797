//! Compile-time constants: turning literal expressions into `Constant`s, the constant folding
//! of CPython 3.11's AST optimizer (unary and binary operators on constants, within its size
//! limits; tuples of constants; `__debug__`; literal lists and sets after `in` and in `for`),
//! and the identity key used to share equal constants within one code unit.
//!
//! Must not: fold anything whose result could differ from evaluating it at run time.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Num, ToPrimitive, Zero};
use ruff_python_ast::{self as ast, Expr, Number, Operator, UnaryOp};

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

/// How deep constant folding looks into an expression (deeper parts are compiled as code).
const FOLD_DEPTH: u32 = 100;
/// CPython's limits on folded values (`Python/ast_opt.c`).
const MAX_INT_BITS: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;

/// The constant a literal expression denotes, with CPython's constant folding of unary and
/// binary operators on constants and of tuples of constants. `None` if the expression is not
/// a compile-time constant.
pub fn const_of(e: &Expr) -> Option<Constant> {
    fold(e, 0)
}

fn fold(e: &Expr, depth: u32) -> Option<Constant> {
    if depth > FOLD_DEPTH {
        return None;
    }
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
        Expr::UnaryOp(u) => fold_unary(u.op, fold(&u.operand, depth + 1)?),
        Expr::BinOp(b) => {
            let left = fold(&b.left, depth + 1)?;
            let right = fold(&b.right, depth + 1)?;
            fold_binary(b.op, left, right)
        }
        Expr::Tuple(t) if t.ctx == ast::ExprContext::Load => {
            let items = t
                .elts
                .iter()
                .map(|x| {
                    if matches!(x, Expr::Starred(_)) {
                        None
                    } else {
                        fold(x, depth + 1)
                    }
                })
                .collect::<Option<Vec<_>>>()?;
            Some(Constant::Tuple(items))
        }
        _ => None,
    }
}

/// A unary operator applied to a constant, as Python computes it.
fn fold_unary(op: UnaryOp, value: Constant) -> Option<Constant> {
    Some(match (op, value) {
        (UnaryOp::Not, v) => Constant::Bool(!truthiness(&v)?),
        (UnaryOp::USub, Constant::Int(i)) => Constant::Int(-i),
        (UnaryOp::USub, Constant::Float(f)) => Constant::Float(-f),
        (UnaryOp::USub, Constant::Complex(r, i)) => Constant::Complex(-r, -i),
        (UnaryOp::USub, Constant::Bool(b)) => Constant::Int(-BigInt::from(u8::from(b))),
        (UnaryOp::UAdd, v @ (Constant::Int(_) | Constant::Float(_) | Constant::Complex(..))) => v,
        (UnaryOp::UAdd, Constant::Bool(b)) => Constant::Int(BigInt::from(u8::from(b))),
        (UnaryOp::Invert, Constant::Int(i)) => Constant::Int(-i - 1),
        (UnaryOp::Invert, Constant::Bool(b)) => Constant::Int(-BigInt::from(u8::from(b)) - 1),
        _ => return None,
    })
}

/// The float an int converts to exactly, if it is small enough to be exact.
fn exact_float(i: &BigInt) -> Option<f64> {
    let v = i.to_i64()?;
    if v.unsigned_abs() <= 1 << 53 {
        Some(v as f64)
    } else {
        None
    }
}

/// A binary operator applied to two constants, when the result is small and computing it
/// here gives exactly what Python computes (CPython's `fold_binop`, more conservative).
fn fold_binary(op: Operator, left: Constant, right: Constant) -> Option<Constant> {
    use Constant::{Bytes, Float, Int, Str, Tuple};
    Some(match (left, right) {
        (Int(a), Int(b)) => match op {
            Operator::Add => Int(a + b),
            Operator::Sub => Int(a - b),
            Operator::Mult => {
                if !a.is_zero() && !b.is_zero() && a.bits() + b.bits() > MAX_INT_BITS {
                    return None;
                }
                Int(a * b)
            }
            Operator::FloorDiv if !b.is_zero() => Int(a.div_floor(&b)),
            Operator::Mod if !b.is_zero() => Int(a.mod_floor(&b)),
            Operator::Div if !b.is_zero() => Float(exact_float(&a)? / exact_float(&b)?),
            Operator::Pow => {
                let e = b.to_u32()?;
                if !a.is_zero() && e > 0 && a.bits() > MAX_INT_BITS / u64::from(e) {
                    return None;
                }
                Int(num_traits::pow::Pow::pow(a, e))
            }
            Operator::LShift => {
                let s = b.to_u64()?;
                if !a.is_zero() && (s > MAX_INT_BITS || a.bits() > MAX_INT_BITS - s) {
                    return None;
                }
                Int(a << s as usize)
            }
            Operator::RShift => {
                let s = b.to_u64()?;
                if s > 4096 {
                    return None;
                }
                Int(a >> s as usize)
            }
            Operator::BitAnd => Int(a & b),
            Operator::BitOr => Int(a | b),
            Operator::BitXor => Int(a ^ b),
            _ => return None,
        },
        (l @ (Float(_) | Int(_)), r @ (Float(_) | Int(_))) => {
            let x = match l {
                Float(f) => f,
                Int(i) => exact_float(&i)?,
                _ => return None,
            };
            let y = match r {
                Float(f) => f,
                Int(i) => exact_float(&i)?,
                _ => return None,
            };
            match op {
                Operator::Add => Float(x + y),
                Operator::Sub => Float(x - y),
                Operator::Mult => Float(x * y),
                Operator::Div if y != 0.0 => Float(x / y),
                _ => return None,
            }
        }
        (Str(a), Str(b)) if op == Operator::Add => Str(a + &b),
        (Bytes(a), Bytes(b)) if op == Operator::Add => Bytes([a, b].concat()),
        (Tuple(a), Tuple(b)) if op == Operator::Add => {
            if a.len() + b.len() > MAX_COLLECTION_SIZE {
                return None;
            }
            Tuple([a, b].concat())
        }
        (Str(s), Int(n)) | (Int(n), Str(s)) if op == Operator::Mult => {
            let n = repeat_count(&n, s.chars().count())?;
            Str(s.repeat(n))
        }
        (Bytes(s), Int(n)) | (Int(n), Bytes(s)) if op == Operator::Mult => {
            let n = repeat_count(&n, s.len())?;
            Bytes(s.repeat(n))
        }
        _ => return None,
    })
}

/// How many times a string of `size` items may be repeated when folding `s * n`.
fn repeat_count(n: &BigInt, size: usize) -> Option<usize> {
    let n = n.to_usize()?;
    if size > 0 && n > MAX_STR_SIZE / size {
        return None;
    }
    Some(n)
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
