//! Hashes of numbers and containers of hashes, as CPython 3.11 computes them
//! on 64-bit platforms (`sys.hash_info`: width 64, modulus 2**61 - 1,
//! inf 314159, imag 1000003).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// `sys.hash_info.modulus`: the Mersenne prime 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `sys.hash_info.bits`.
pub const HASH_BITS: u32 = 61;
/// `sys.hash_info.inf`: the hash of `float('inf')` (negated for `-inf`).
pub const HASH_INF: i64 = 314_159;
/// `sys.hash_info.imag`: multiplier for the imaginary part of a complex.
pub const HASH_IMAG: u64 = 1_000_003;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(v)` for an int that fits an i64.
pub fn hash_i64(v: i64) -> i64 {
    let m = v.unsigned_abs() % HASH_MODULUS;
    let h = m as i64;
    fix_minus_one(if v < 0 { -h } else { h })
}

/// `hash(v)` for any int.
pub fn hash_bigint(v: &BigInt) -> i64 {
    if let Some(x) = v.to_i64() {
        return hash_i64(x);
    }
    // |v| mod (2**61 - 1), folding 61-bit chunks since 2**61 ≡ 1.
    let mut acc: u64 = 0;
    for d in v.magnitude().iter_u64_digits().rev() {
        // acc * 2**64 + d, reduced: 2**64 ≡ 2**3 (mod 2**61 - 1)
        let t = (u128::from(acc) << 64) | u128::from(d);
        acc = (t % u128::from(HASH_MODULUS)) as u64;
    }
    let h = acc as i64;
    fix_minus_one(if v.is_negative() { -h } else { h })
}

/// CPython's `_Py_HashPointer`: the pointer rotated right by 4 bits.
pub fn hash_pointer(identity: usize) -> i64 {
    let y = (identity as u64).rotate_right(4);
    fix_minus_one(y as i64)
}

/// `hash(x)` for a float. Integral values hash like the equal int; NaN
/// hashes by object identity (Python 3.10+), passed as `identity`.
pub fn hash_f64(x: f64, identity: usize) -> i64 {
    if x.is_nan() {
        return hash_pointer(identity);
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x == 0.0 {
        return 0;
    }
    let (neg, m, e) = super::float::decompose(x);
    // x = m * 2**e; 2**61 ≡ 1 so 2**e ≡ 2**(e mod 61)
    let shift = e.rem_euclid(i64::from(HASH_BITS)) as u32;
    let prod = (u128::from(m % HASH_MODULUS) << shift) % u128::from(HASH_MODULUS);
    let h = prod as i64;
    fix_minus_one(if neg { -h } else { h })
}

/// `hash(complex(re, im))`.
pub fn hash_complex(re: f64, im: f64, identity: usize) -> i64 {
    let hr = hash_f64(re, identity) as u64;
    let hi = hash_f64(im, identity) as u64;
    let h = hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64;
    fix_minus_one(h)
}

/// `hash(tuple)` from the hashes of its items (CPython 3.11's xxHash-based
/// algorithm).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((item_hashes.len() as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// `hash(frozenset)` from the hashes of its (distinct) items; independent of
/// order, as CPython 3.11's `frozenset_hash`.
pub fn hash_frozenset(item_hashes: &[i64]) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let mut hash: u64 = 0;
    for &h in item_hashes {
        hash ^= shuffle(h as u64);
    }
    hash ^= (item_hashes.len() as u64)
        .wrapping_add(1)
        .wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        hash = 590_923_713;
    }
    hash as i64
}
