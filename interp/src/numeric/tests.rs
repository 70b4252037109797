//! Tests: table-driven cases whose expectations were produced by CPython 3.11
//! (`test_cases.txt`, made by `gen_test_cases.py`), plus hand-written checks.

use num_bigint::BigInt;
use num_traits::{Num, Signed};

use super::math as m;
use super::*;

const DATA: &str = include_str!("test_cases.txt");

// ----------------------------------------------------------------- decoding

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let hex = |it: &mut std::iter::Peekable<std::str::Chars<'_>>, n: usize| -> char {
            let h: String = it.take(n).collect();
            char::from_u32(u32::from_str_radix(&h, 16).expect("hex escape")).expect("char")
        };
        match it.next() {
            Some('\\') => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('x') => out.push(hex(&mut it, 2)),
            Some('u') => out.push(hex(&mut it, 4)),
            Some('U') => out.push(hex(&mut it, 8)),
            other => panic!("bad escape {:?}", other),
        }
    }
    out
}

fn f(s: &str) -> f64 {
    let h = s.strip_prefix("f:").expect("float arg");
    if h == "nan" {
        return f64::NAN;
    }
    f64::from_bits(u64::from_str_radix(h, 16).expect("float bits"))
}

fn i(s: &str) -> BigInt {
    let h = s.strip_prefix("i:").expect("int arg");
    let (neg, h) = match h.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, h),
    };
    let v = BigInt::from_str_radix(h.trim_start_matches("0x"), 16).expect("int");
    if neg {
        -v
    } else {
        v
    }
}

fn i64v(s: &str) -> i64 {
    i64::try_from(i(s)).expect("i64 arg")
}

fn st(s: &str) -> String {
    unescape(s.strip_prefix("s:").expect("str arg"))
}

fn by(s: &str) -> Vec<u8> {
    let h = s.strip_prefix("y:").expect("bytes arg");
    (0..h.len() / 2)
        .map(|k| u8::from_str_radix(&h[2 * k..2 * k + 2], 16).expect("byte"))
        .collect()
}

fn bo(s: &str) -> bool {
    s == "b:1"
}

// ----------------------------------------------------------------- encoding

fn ef(x: f64) -> String {
    if x.is_nan() {
        "f:nan".to_string()
    } else {
        format!("f:{:016x}", x.to_bits())
    }
}

fn ei(v: &BigInt) -> String {
    if v.is_negative() {
        format!("i:-0x{}", (-v).to_str_radix(16))
    } else {
        format!("i:0x{}", v.to_str_radix(16))
    }
}

fn ei64(v: i64) -> String {
    ei(&BigInt::from(v))
}

fn es(s: &str) -> String {
    let mut out = String::from("s:");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (c as u32) < 0x7f => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out
}

fn ey(b: &[u8]) -> String {
    let mut out = String::from("y:");
    for x in b {
        out.push_str(&format!("{:02x}", x));
    }
    out
}

fn eb(v: bool) -> String {
    if v { "b:1" } else { "b:0" }.to_string()
}

fn ee(e: &NumError) -> String {
    let kind = match e {
        NumError::ZeroDivision(_) => "ZeroDivision",
        NumError::Overflow(_) => "Overflow",
        NumError::Value(_) => "Value",
        NumError::Type(_) => "Type",
    };
    format!("E:{}:{}", kind, e.message())
}

fn one<T>(r: Result<T, NumError>, enc: impl Fn(T) -> String) -> Vec<String> {
    match r {
        Ok(v) => vec![enc(v)],
        Err(e) => vec![ee(&e)],
    }
}

fn opt_i64(v: Option<i64>) -> String {
    v.map_or_else(|| "none".to_string(), ei64)
}

fn real(s: &str) -> (Option<BigInt>, f64) {
    if s.starts_with("i:") {
        (Some(i(s)), 0.0)
    } else {
        (None, f(s))
    }
}

// ----------------------------------------------------------------- dispatch

fn run(name: &str, a: &[&str]) -> Vec<String> {
    let f1 = |g: fn(f64) -> Result<f64, NumError>| one(g(f(a[0])), ef);
    let f2 = |g: fn(f64, f64) -> Result<f64, NumError>| one(g(f(a[0]), f(a[1])), ef);
    let cmp_str = |o: Option<std::cmp::Ordering>| {
        match o {
            None => "nan",
            Some(std::cmp::Ordering::Less) => "lt",
            Some(std::cmp::Ordering::Equal) => "eq",
            Some(std::cmp::Ordering::Greater) => "gt",
        }
        .to_string()
    };
    match name {
        "i64_floordiv" => one(i64_floordiv(i64v(a[0]), i64v(a[1])), opt_i64),
        "i64_mod" => one(i64_mod(i64v(a[0]), i64v(a[1])), opt_i64),
        "i64_divmod" => match i64_divmod(i64v(a[0]), i64v(a[1])) {
            Ok(Some((q, r))) => vec![ei64(q), ei64(r)],
            Ok(None) => vec!["none".into()],
            Err(e) => vec![ee(&e)],
        },
        "i64_pow" => vec![opt_i64(i64_pow(i64v(a[0]), i64v(a[1])))],
        "i64_lshift" => one(i64_lshift(i64v(a[0]), i64v(a[1])), opt_i64),
        "i64_rshift" => one(i64_rshift(i64v(a[0]), i64v(a[1])), ei64),
        "i64_true_div" => one(i64_true_div(i64v(a[0]), i64v(a[1])), ef),
        "big_floordiv" => one(big_floordiv(&i(a[0]), &i(a[1])), |v| ei(&v)),
        "big_mod" => one(big_mod(&i(a[0]), &i(a[1])), |v| ei(&v)),
        "big_divmod" => match big_divmod(&i(a[0]), &i(a[1])) {
            Ok((q, r)) => vec![ei(&q), ei(&r)],
            Err(e) => vec![ee(&e)],
        },
        "int_true_div" => one(int_true_div(&i(a[0]), &i(a[1])), ef),
        "int_to_f64" => one(int_to_f64(&i(a[0])), ef),
        "int_pow" => {
            let md = if a[2] == "none" { None } else { Some(i(a[2])) };
            one(int_pow(&i(a[0]), &i(a[1]), md.as_ref()), |r| match r {
                PowResult::Int(v) => ei(&v),
                PowResult::Float(x) => ef(x),
            })
        }
        "int_lshift" => one(int_lshift(&i(a[0]), &i(a[1])), |v| ei(&v)),
        "int_rshift" => one(int_rshift(&i(a[0]), &i(a[1])), |v| ei(&v)),
        "int_bit_length" => vec![ei64(int_bit_length(&i(a[0])) as i64)],
        "int_bit_count" => vec![ei64(int_bit_count(&i(a[0])) as i64)],
        "bin" => vec![es(&int_to_radix_prefixed(&i(a[0]), 2))],
        "oct" => vec![es(&int_to_radix_prefixed(&i(a[0]), 8))],
        "hex" => vec![es(&int_to_radix_prefixed(&i(a[0]), 16))],
        "int_to_str" => one(int_to_str(&i(a[0])), |s| es(&s)),
        "int_round" => vec![ei(&int_round(&i(a[0]), i64v(a[1])))],
        "int_from_str" => one(int_from_str(&st(a[0]), i64v(a[1]) as u32), |v| ei(&v)),
        "int_from_bytes_literal" => {
            one(int_from_bytes_literal(&by(a[0]), i64v(a[1]) as u32), |v| {
                ei(&v)
            })
        }
        "int_to_bytes" => one(
            int_to_bytes(&i(a[0]), i64v(a[1]), &st(a[2]), bo(a[3])),
            |v| ey(&v),
        ),
        "int_from_bytes" => one(int_from_bytes(&by(a[0]), &st(a[1]), bo(a[2])), |v| ei(&v)),
        "hash_int" => {
            let v = i(a[0]);
            let h = hash_bigint(&v);
            if let Ok(small) = i64::try_from(&v) {
                assert_eq!(hash_i64(small), h, "hash_i64 vs hash_bigint for {}", v);
            }
            vec![ei64(h)]
        }
        "hash_f64" => vec![ei64(hash_f64(f(a[0]), 0))],
        "hash_tuple" => {
            let hs: Vec<i64> = a.iter().map(|s| i64v(s)).collect();
            vec![ei64(hash_tuple(&hs))]
        }
        "hash_frozenset" => {
            let hs: Vec<i64> = a.iter().map(|s| i64v(s)).collect();
            vec![ei64(hash_frozenset(&hs))]
        }
        "hash_complex" => vec![ei64(hash_complex(f(a[0]), f(a[1]), 0))],
        "hash_pointer" => {
            let id = usize::try_from(i(a[0])).expect("id");
            vec![ei64(hash_pointer(id))]
        }
        "float_div" => f2(float_div),
        "float_floordiv" => f2(float_floordiv),
        "float_mod" => f2(float_mod),
        "float_divmod" => match float_divmod(f(a[0]), f(a[1])) {
            Ok((q, r)) => vec![ef(q), ef(r)],
            Err(e) => vec![ee(&e)],
        },
        "float_pow" => one(float_pow(f(a[0]), f(a[1])), |r| match r {
            FloatPow::Float(x) => ef(x),
            FloatPow::Complex => "complex".into(),
        }),
        "float_to_bigint" => one(float_to_bigint(f(a[0])), |v| ei(&v)),
        "float_round_to_int" => one(float_round_to_int(f(a[0])), |v| ei(&v)),
        "float_round" => one(float_round(f(a[0]), i64v(a[1])), ef),
        "float_as_integer_ratio" => match float_as_integer_ratio(f(a[0])) {
            Ok((n, d)) => vec![ei(&n), ei(&d)],
            Err(e) => vec![ee(&e)],
        },
        "float_is_integer" => vec![eb(float_is_integer(f(a[0])))],
        "float_hex" => vec![es(&float_hex(f(a[0])))],
        "float_repr" => vec![es(&float_repr(f(a[0])))],
        "float_fromhex" => one(float_fromhex(&st(a[0])), ef),
        "float_from_str" => one(float_from_str(&st(a[0])), ef),
        "float_from_bytes_literal" => one(float_from_bytes_literal(&by(a[0])), ef),
        "int_float_cmp" => {
            let (x, y) = (i(a[0]), f(a[1]));
            let c = int_float_cmp(&x, y);
            assert_eq!(int_float_eq(&x, y), c == Some(std::cmp::Ordering::Equal));
            vec![es(&cmp_str(c))]
        }
        "math_sqrt" => f1(m::sqrt),
        "math_exp" => f1(m::exp),
        "math_exp2" => f1(m::exp2),
        "math_expm1" => f1(m::expm1),
        "math_sin" => f1(m::sin),
        "math_cos" => f1(m::cos),
        "math_tan" => f1(m::tan),
        "math_asin" => f1(m::asin),
        "math_acos" => f1(m::acos),
        "math_atan" => f1(m::atan),
        "math_sinh" => f1(m::sinh),
        "math_cosh" => f1(m::cosh),
        "math_tanh" => f1(m::tanh),
        "math_asinh" => f1(m::asinh),
        "math_acosh" => f1(m::acosh),
        "math_atanh" => f1(m::atanh),
        "math_cbrt" => f1(m::cbrt),
        "math_fabs" => f1(m::fabs),
        "math_log1p" => f1(m::log1p),
        "math_erf" => f1(m::erf),
        "math_erfc" => f1(m::erfc),
        "math_gamma" => f1(m::gamma),
        "math_lgamma" => f1(m::lgamma),
        "math_degrees" => vec![ef(m::degrees(f(a[0])))],
        "math_radians" => vec![ef(m::radians(f(a[0])))],
        "math_ulp" => vec![ef(m::ulp(f(a[0])))],
        "math_isfinite" => vec![eb(m::isfinite(f(a[0])))],
        "math_isinf" => vec![eb(m::isinf(f(a[0])))],
        "math_isnan" => vec![eb(m::isnan(f(a[0])))],
        "math_frexp" => {
            let (mm, e) = m::frexp(f(a[0]));
            vec![ef(mm), ei64(e)]
        }
        "math_modf" => {
            let (fr, ip) = m::modf(f(a[0]));
            vec![ef(fr), ef(ip)]
        }
        "math_log" | "math_log_int" => {
            let (bi, x) = real(a[0]);
            let r = bi.as_ref().map_or(m::Real::Float(x), m::Real::Int);
            one(m::log(r, None), ef)
        }
        "math_log2" | "math_log2_int" => {
            let (bi, x) = real(a[0]);
            one(
                m::log2(bi.as_ref().map_or(m::Real::Float(x), m::Real::Int)),
                ef,
            )
        }
        "math_log10" | "math_log10_int" => {
            let (bi, x) = real(a[0]);
            one(
                m::log10(bi.as_ref().map_or(m::Real::Float(x), m::Real::Int)),
                ef,
            )
        }
        "math_log_base" | "math_log_int_base" => {
            let (bx, x) = real(a[0]);
            let (bb, b) = real(a[1]);
            let rx = bx.as_ref().map_or(m::Real::Float(x), m::Real::Int);
            let rb = bb.as_ref().map_or(m::Real::Float(b), m::Real::Int);
            one(m::log(rx, Some(rb)), ef)
        }
        "math_atan2" => f2(m::atan2),
        "math_copysign" => f2(m::copysign),
        "math_remainder" => f2(m::remainder),
        "math_fmod" => f2(m::fmod),
        "math_pow" => f2(m::pow),
        "math_nextafter" => vec![ef(m::nextafter(f(a[0]), f(a[1])))],
        "math_floor" => one(m::floor(f(a[0])), |v| ei(&v)),
        "math_ceil" => one(m::ceil(f(a[0])), |v| ei(&v)),
        "math_trunc" => one(m::trunc(f(a[0])), |v| ei(&v)),
        "math_ldexp" => one(m::ldexp_big(f(a[0]), &i(a[1])), ef),
        "math_isclose" => one(m::isclose(f(a[0]), f(a[1]), f(a[2]), f(a[3])), eb),
        "math_hypot" => {
            let v: Vec<f64> = a.iter().map(|s| f(s)).collect();
            vec![ef(m::hypot(&v))]
        }
        "math_dist" => {
            let n = i64v(a[0]) as usize;
            let p: Vec<f64> = a[1..1 + n].iter().map(|s| f(s)).collect();
            let q: Vec<f64> = a[1 + n..].iter().map(|s| f(s)).collect();
            one(m::dist(&p, &q), ef)
        }
        "math_fsum" => one(m::fsum(a.iter().map(|s| f(s))), ef),
        "math_gcd" => {
            let v: Vec<BigInt> = a.iter().map(|s| i(s)).collect();
            vec![ei(&m::gcd(&v))]
        }
        "math_lcm" => {
            let v: Vec<BigInt> = a.iter().map(|s| i(s)).collect();
            one(m::lcm(&v), |v| ei(&v))
        }
        "math_isqrt" => one(m::isqrt(&i(a[0])), |v| ei(&v)),
        "math_factorial" => one(m::factorial(&i(a[0])), |v| ei(&v)),
        "math_comb" => one(m::comb(&i(a[0]), &i(a[1])), |v| ei(&v)),
        "math_perm" => {
            let k = if a[1] == "none" { None } else { Some(i(a[1])) };
            one(m::perm(&i(a[0]), k.as_ref()), |v| ei(&v))
        }
        "py_str_repr" => vec![es(&py_str_repr(&st(a[0])))],
        "py_bytes_repr" => vec![es(&py_bytes_repr(&by(a[0])))],
        other => panic!("no dispatcher for {}", other),
    }
}

/// Runs every case whose name is in `names`; reports all mismatches at once.
fn check(names: &[&str]) {
    let mut ran = 0;
    let mut failures = Vec::new();
    for line in DATA.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if !names.contains(&fields[0]) {
            continue;
        }
        let sep = fields.iter().position(|&x| x == "=>").expect("separator");
        let args = &fields[1..sep];
        let want: Vec<String> = fields[sep + 1..].iter().map(|s| s.to_string()).collect();
        let got = run(fields[0], args);
        ran += 1;
        if got != want {
            failures.push(format!(
                "{}({})\n    want {:?}\n    got  {:?}",
                fields[0],
                args.join(", "),
                want,
                got
            ));
        }
    }
    assert!(ran > 0, "no cases for {:?}", names);
    if !failures.is_empty() {
        let n = failures.len();
        failures.truncate(40);
        panic!("{} of {} cases failed:\n{}", n, ran, failures.join("\n"));
    }
}

macro_rules! table_tests {
    ($($test:ident => [$($name:expr),+];)+) => {
        $(
            #[test]
            fn $test() {
                check(&[$($name),+]);
            }
        )+
    };
}

table_tests! {
    cpython_i64_floordiv => ["i64_floordiv"];
    cpython_i64_mod => ["i64_mod"];
    cpython_i64_divmod => ["i64_divmod"];
    cpython_i64_pow => ["i64_pow"];
    cpython_i64_shifts => ["i64_lshift", "i64_rshift"];
    cpython_i64_true_div => ["i64_true_div"];
    cpython_big_floordiv => ["big_floordiv"];
    cpython_big_mod => ["big_mod"];
    cpython_big_divmod => ["big_divmod"];
    cpython_int_true_div => ["int_true_div"];
    cpython_int_to_f64 => ["int_to_f64"];
    cpython_int_pow => ["int_pow"];
    cpython_int_shifts => ["int_lshift", "int_rshift"];
    cpython_int_bits => ["int_bit_length", "int_bit_count"];
    cpython_int_radix => ["bin", "oct", "hex"];
    cpython_int_to_str => ["int_to_str"];
    cpython_int_round => ["int_round"];
    cpython_int_from_str => ["int_from_str"];
    cpython_int_from_bytes_literal => ["int_from_bytes_literal"];
    cpython_int_to_bytes => ["int_to_bytes"];
    cpython_int_from_bytes => ["int_from_bytes"];
    cpython_hash_int => ["hash_int"];
    cpython_hash_f64 => ["hash_f64"];
    cpython_hash_tuple => ["hash_tuple"];
    cpython_hash_frozenset => ["hash_frozenset"];
    cpython_hash_complex => ["hash_complex"];
    cpython_hash_pointer => ["hash_pointer"];
    cpython_float_div => ["float_div"];
    cpython_float_floordiv => ["float_floordiv"];
    cpython_float_mod => ["float_mod"];
    cpython_float_divmod => ["float_divmod"];
    cpython_float_pow => ["float_pow"];
    cpython_float_to_int => ["float_to_bigint", "float_round_to_int"];
    cpython_float_round => ["float_round"];
    cpython_float_ratio => ["float_as_integer_ratio", "float_is_integer"];
    cpython_float_hex => ["float_hex"];
    cpython_float_fromhex => ["float_fromhex"];
    cpython_float_repr => ["float_repr"];
    cpython_float_from_str => ["float_from_str", "float_from_bytes_literal"];
    cpython_int_float_cmp => ["int_float_cmp"];
    cpython_math_sqrt_exp => ["math_sqrt", "math_exp", "math_exp2", "math_expm1"];
    cpython_math_trig => ["math_sin", "math_cos", "math_tan", "math_asin", "math_acos", "math_atan"];
    cpython_math_hyperbolic => ["math_sinh", "math_cosh", "math_tanh"];
    cpython_math_inverse_hyperbolic => ["math_asinh", "math_acosh", "math_atanh"];
    cpython_math_cbrt_fabs => ["math_cbrt", "math_fabs"];
    cpython_math_log => ["math_log", "math_log2", "math_log10", "math_log1p", "math_log_base"];
    cpython_math_log_int => ["math_log_int", "math_log2_int", "math_log10_int", "math_log_int_base"];
    cpython_math_erf => ["math_erf", "math_erfc"];
    cpython_math_gamma => ["math_gamma", "math_lgamma"];
    cpython_math_angles => ["math_degrees", "math_radians"];
    cpython_math_ulp_nextafter => ["math_ulp", "math_nextafter"];
    cpython_math_predicates => ["math_isfinite", "math_isinf", "math_isnan", "math_isclose"];
    cpython_math_frexp_modf_ldexp => ["math_frexp", "math_modf", "math_ldexp"];
    cpython_math_two_arg => ["math_atan2", "math_copysign", "math_remainder", "math_fmod"];
    cpython_math_pow => ["math_pow"];
    cpython_math_rounding => ["math_floor", "math_ceil", "math_trunc"];
    cpython_math_hypot_dist => ["math_hypot", "math_dist"];
    cpython_math_fsum => ["math_fsum"];
    cpython_math_gcd_lcm => ["math_gcd", "math_lcm"];
    cpython_math_isqrt => ["math_isqrt"];
    cpython_math_factorial => ["math_factorial"];
    cpython_math_comb_perm => ["math_comb", "math_perm"];
    cpython_reprs => ["py_str_repr", "py_bytes_repr"];
}

#[test]
fn every_case_has_a_test() {
    let covered: &[&str] = &[
        "i64_floordiv",
        "i64_mod",
        "i64_divmod",
        "i64_pow",
        "i64_lshift",
        "i64_rshift",
        "i64_true_div",
        "big_floordiv",
        "big_mod",
        "big_divmod",
        "int_true_div",
        "int_to_f64",
        "int_pow",
        "int_lshift",
        "int_rshift",
        "int_bit_length",
        "int_bit_count",
        "bin",
        "oct",
        "hex",
        "int_to_str",
        "int_round",
        "int_from_str",
        "int_from_bytes_literal",
        "int_to_bytes",
        "int_from_bytes",
        "hash_int",
        "hash_f64",
        "hash_tuple",
        "hash_frozenset",
        "hash_complex",
        "hash_pointer",
        "float_div",
        "float_floordiv",
        "float_mod",
        "float_divmod",
        "float_pow",
        "float_to_bigint",
        "float_round_to_int",
        "float_round",
        "float_as_integer_ratio",
        "float_is_integer",
        "float_hex",
        "float_fromhex",
        "float_repr",
        "float_from_str",
        "float_from_bytes_literal",
        "int_float_cmp",
        "math_sqrt",
        "math_exp",
        "math_exp2",
        "math_expm1",
        "math_sin",
        "math_cos",
        "math_tan",
        "math_asin",
        "math_acos",
        "math_atan",
        "math_sinh",
        "math_cosh",
        "math_tanh",
        "math_asinh",
        "math_acosh",
        "math_atanh",
        "math_cbrt",
        "math_fabs",
        "math_log",
        "math_log2",
        "math_log10",
        "math_log1p",
        "math_log_base",
        "math_log_int",
        "math_log2_int",
        "math_log10_int",
        "math_log_int_base",
        "math_erf",
        "math_erfc",
        "math_gamma",
        "math_lgamma",
        "math_degrees",
        "math_radians",
        "math_ulp",
        "math_nextafter",
        "math_isfinite",
        "math_isinf",
        "math_isnan",
        "math_isclose",
        "math_frexp",
        "math_modf",
        "math_ldexp",
        "math_atan2",
        "math_copysign",
        "math_remainder",
        "math_fmod",
        "math_pow",
        "math_floor",
        "math_ceil",
        "math_trunc",
        "math_hypot",
        "math_dist",
        "math_fsum",
        "math_gcd",
        "math_lcm",
        "math_isqrt",
        "math_factorial",
        "math_comb",
        "math_perm",
        "py_str_repr",
        "py_bytes_repr",
    ];
    for line in DATA.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let name = line.split('\t').next().unwrap_or("");
        assert!(
            covered.contains(&name),
            "case {} is not run by any test",
            name
        );
    }
}

// ----------------------------------------------------------------- hand-written

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn float(&mut self) -> f64 {
        const SPECIAL: [f64; 10] = [
            0.0,
            -0.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            -1.0,
            1e308,
        ];
        let r = self.next();
        if r.is_multiple_of(4) {
            SPECIAL[(r >> 8) as usize % SPECIAL.len()]
        } else {
            f64::from_bits(self.next())
        }
    }

    fn int(&mut self) -> BigInt {
        let r = self.next();
        let words = (r % 5) as usize;
        let mut v = BigInt::from(self.next() as i64);
        for _ in 0..words {
            v = (v << 64u32) + self.next();
        }
        if r & 0x100 != 0 {
            -v
        } else {
            v
        }
    }

    fn small(&mut self) -> i64 {
        const EDGE: [i64; 8] = [0, 1, -1, 2, 63, 64, i64::MIN, i64::MAX];
        let r = self.next();
        if r.is_multiple_of(3) {
            EDGE[(r >> 8) as usize % EDGE.len()]
        } else {
            (self.next() % 2000) as i64 - 1000
        }
    }
}

/// Every function, fed random and extreme values, returns (no panic).
#[test]
fn no_panics_on_random_inputs() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..4000 {
        let (x, y) = (rng.float(), rng.float());
        let (a, b) = (rng.int(), rng.int());
        let (s, t) = (rng.small(), rng.small());
        let ai = i64::try_from(&a).unwrap_or(s);
        let _ = (i64_floordiv(ai, t), i64_mod(ai, t), i64_divmod(ai, t));
        let _ = (
            i64_pow(s, t),
            i64_lshift(ai, t),
            i64_rshift(ai, t),
            i64_true_div(ai, t),
        );
        let _ = (big_floordiv(&a, &b), big_mod(&a, &b), big_divmod(&a, &b));
        let _ = (int_true_div(&a, &b), int_to_f64(&a));
        let _ = int_pow(&a, &BigInt::from(t % 50), Some(&b));
        let _ = int_pow(&BigInt::from(s), &BigInt::from(t.clamp(-100, 300)), None);
        let _ = (int_lshift(&a, &BigInt::from(t)), int_rshift(&a, &b));
        let _ = (int_round(&a, s), int_round(&a, t), int_to_str(&a));
        let _ = int_to_bytes(&a, s, "little", t > 0);
        let _ = (hash_bigint(&a), hash_f64(x, 7), hash_complex(x, y, 9));
        let _ = (float_div(x, y), float_floordiv(x, y), float_mod(x, y));
        let _ = (float_divmod(x, y), float_pow(x, y), float_to_bigint(x));
        let _ = (float_round_to_int(x), float_round(x, s), float_round(x, t));
        let _ = (float_as_integer_ratio(x), float_hex(x), float_repr(x));
        let _ = (float_fromhex(&float_hex(x)), float_from_str(&float_repr(x)));
        let _ = (
            int_float_cmp(&a, x),
            int_frexp(&a.abs().max(BigInt::from(1))),
        );
        let r = m::Real::Int(&a);
        let _ = (m::log(r, Some(m::Real::Float(y))), m::log2(r), m::log10(r));
        for g in [
            m::sqrt,
            m::exp,
            m::exp2,
            m::expm1,
            m::sin,
            m::cos,
            m::tan,
            m::asin,
            m::acos,
            m::atan,
            m::sinh,
            m::cosh,
            m::tanh,
            m::asinh,
            m::acosh,
            m::atanh,
            m::cbrt,
            m::fabs,
            m::log1p,
            m::erf,
            m::erfc,
            m::gamma,
            m::lgamma,
        ] {
            let _ = g(x);
        }
        for g in [m::atan2, m::copysign, m::remainder, m::fmod, m::pow] {
            let _ = g(x, y);
        }
        let _ = (
            m::floor(x),
            m::ceil(x),
            m::trunc(x),
            m::modf(x),
            m::frexp(x),
        );
        let _ = (
            m::ldexp(x, s),
            m::ldexp(x, t),
            m::nextafter(x, y),
            m::ulp(x),
        );
        let _ = (
            m::hypot(&[x, y, x]),
            m::dist(&[x], &[y]),
            m::fsum([x, y, x, y]),
        );
        let _ = m::isclose(x, y, x.abs(), y.abs());
        let small_a = BigInt::from(s.rem_euclid(300));
        let small_b = BigInt::from(t.rem_euclid(300));
        let _ = (
            m::comb(&small_a, &small_b),
            m::perm(&small_a, Some(&small_b)),
        );
        let _ = (
            m::gcd(&[a.clone(), b.clone()]),
            m::lcm(&[a.clone(), b.clone()]),
        );
        let _ = (m::isqrt(&a), m::factorial(&BigInt::from(s.rem_euclid(500))));
    }
}

#[test]
fn no_panics_on_odd_strings() {
    let samples = [
        "",
        " ",
        "_",
        "-",
        "+",
        "0x",
        "0b_",
        "0_x1",
        "١",
        "\u{0}",
        "1\u{0}",
        "🐍",
        "９",
        "\u{2003}7\u{3000}",
        "0o_7",
        "-0x_f",
        "1e",
        "1e+",
        "1.e5",
        ".e5",
        "-.5",
        "inf_",
        "0x1p",
        "0x1.p",
        "0x.p",
        "0xp1",
        "p1",
        "0x1p-",
        "nan(123)",
        "infinity1",
        "--1",
        "+-0x1p0",
    ];
    for s in samples {
        for base in [0u32, 1, 2, 10, 16, 36, 37, u32::MAX] {
            let _ = int_from_str(s, base);
            let _ = int_from_bytes_literal(s.as_bytes(), base);
        }
        let _ = (float_from_str(s), float_fromhex(s), py_str_repr(s));
        let _ = float_from_bytes_literal(s.as_bytes());
    }
}

/// Work that would need absurd memory is refused at once.
#[test]
fn huge_results_are_refused() {
    let t0 = std::time::Instant::now();
    let big = |s: &str| BigInt::parse_bytes(s.as_bytes(), 10).expect("int");
    let too_many = NumError::Overflow("too many digits in integer".into());
    assert_eq!(
        int_lshift(&BigInt::from(1), &big("1267650600228229401496703205376")),
        Err(too_many.clone())
    );
    assert_eq!(
        int_lshift(&BigInt::from(1), &BigInt::from(1u64 << 40)),
        Err(too_many.clone())
    );
    assert_eq!(
        int_lshift(&BigInt::from(0), &BigInt::from(1u64 << 40)),
        Ok(BigInt::from(0))
    );
    assert_eq!(
        int_pow(&BigInt::from(3), &BigInt::from(1u64 << 40), None),
        Err(too_many.clone())
    );
    assert!(m::factorial(&BigInt::from(1_000_000_000_000i64)).is_err());
    assert!(m::comb(&big("1000000000000000000"), &big("100000000000000000")).is_err());
    assert!(m::perm(
        &big("1000000000000000000"),
        Some(&big("100000000000000000"))
    )
    .is_err());
    assert_eq!(m::lcm(&vec![BigInt::from(6); 1000]), Ok(BigInt::from(6)));
    assert_eq!(int_round(&big("123456"), i64::MIN), BigInt::from(0));
    let max64 = BigInt::from(u64::MAX);
    assert_eq!(m::perm(&max64, Some(&BigInt::from(1))), Ok(max64.clone()));
    assert_eq!(m::comb(&max64, &BigInt::from(1)), Ok(max64.clone()));
    assert_eq!(float_round(1.5, i64::MIN), Ok(0.0));
    assert_eq!(float_round(1.5, i64::MAX), Ok(1.5));
    assert!(int_to_bytes(&BigInt::from(1), i64::MAX, "big", false).is_err());
    assert_eq!(
        int_pow(
            &BigInt::from(2),
            &big("100000000000000000000"),
            Some(&BigInt::from(1_000_000_007))
        ),
        Ok(PowResult::Int(BigInt::from(855_473_248)))
    );
    assert!(t0.elapsed().as_secs() < 20, "refusals must be quick");
}

#[test]
fn i64_paths_at_the_edges() {
    assert_eq!(i64_floordiv(i64::MIN, -1), Ok(None));
    assert_eq!(i64_mod(i64::MIN, -1), Ok(Some(0)));
    assert_eq!(i64_divmod(i64::MIN, -1), Ok(None));
    assert_eq!(i64_pow(2, 62), Some(1 << 62));
    assert_eq!(i64_pow(2, 63), None);
    assert_eq!(i64_pow(-2, 63), Some(i64::MIN));
    assert_eq!(i64_pow(-1, i64::MAX), Some(-1));
    assert_eq!(i64_lshift(-1, 63), Ok(Some(i64::MIN)));
    assert_eq!(i64_lshift(1, 63), Ok(None));
    assert_eq!(i64_rshift(i64::MIN, i64::MAX), Ok(-1));
    assert_eq!(
        i64_floordiv(1, 0),
        Err(NumError::ZeroDivision(
            "integer division or modulo by zero".into()
        ))
    );
    assert_eq!(
        i64_mod(1, 0),
        Err(NumError::ZeroDivision("integer modulo by zero".into()))
    );
}

#[test]
fn errors_display_like_python() {
    let e = NumError::Value("math domain error".into());
    assert_eq!(e.type_name(), "ValueError");
    assert_eq!(e.to_string(), "ValueError: math domain error");
    assert_eq!(NumError::Type("x".into()).type_name(), "TypeError");
    assert_eq!(NumError::Overflow("x".into()).type_name(), "OverflowError");
    assert_eq!(
        NumError::ZeroDivision("x".into()).type_name(),
        "ZeroDivisionError"
    );
}

#[test]
fn unicode_helpers() {
    assert!(py_is_space('\u{3000}') && py_is_space('\x1c') && !py_is_space('\u{200b}'));
    assert_eq!(py_decimal_value('٣'), Some(3));
    assert_eq!(py_decimal_value('𝟗'), Some(9));
    assert_eq!(py_decimal_value('x'), None);
    assert_eq!(py_decimal_value('²'), None);
    assert!(py_is_printable('é') && !py_is_printable('\u{ad}') && !py_is_printable('\u{378}'));
}

#[test]
fn nan_hash_follows_identity() {
    assert_eq!(hash_f64(f64::NAN, 0x1000), hash_pointer(0x1000));
    assert_eq!(hash_f64(f64::NAN, 0x1000), 0x100);
    assert_ne!(hash_f64(f64::NAN, 0x1000), hash_f64(f64::NAN, 0x2000));
    assert_eq!(hash_f64(-1.0, 0), -2);
    assert_eq!(hash_i64(-1), -2);
    assert_eq!(
        hash_f64(1e300, 0),
        hash_bigint(&float_to_bigint(1e300).expect("int"))
    );
}

#[test]
fn digit_limit_is_configurable() {
    assert_eq!(int_max_str_digits(), INT_MAX_STR_DIGITS);
    // storing the default again cannot disturb tests running in parallel
    set_int_max_str_digits(INT_MAX_STR_DIGITS);
    assert_eq!(int_max_str_digits(), 4300);
    let s = "7".repeat(5000);
    let err = int_from_str_limited(&s, 10, 4300).expect_err("limit");
    assert_eq!(
        err.message(),
        "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 \
         digits; use sys.set_int_max_str_digits() to increase the limit"
    );
    let v = int_from_str_limited(&s, 10, 0).expect("no limit");
    assert_eq!(int_to_str_limited(&v, 0).expect("no limit"), s);
    assert_eq!(int_from_str_limited(&s, 10, 5000), Ok(v.clone()));
    let err = int_to_str_limited(&v, 4999).expect_err("limit");
    assert_eq!(
        err.message(),
        "Exceeds the limit (4999 digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    );
    assert!(int_to_str_limited(&(v.clone() * v.clone()), 640).is_err());
    assert_eq!(int_to_str_limited(&-v, 5000).map(|t| t.len()), Ok(5001));
}
