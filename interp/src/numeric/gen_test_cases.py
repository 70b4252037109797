#!/usr/bin/env python3
"""Generates test_cases.txt: expectations for the numeric module computed by
running CPython 3.11 itself. Run with python3.11:

    python3 gen_test_cases.py > test_cases.txt

Encoding of values (shared with tests.rs):
  f:<16 hex digits>   a float by its bits; f:nan for any NaN
  i:<hex>             an int, e.g. i:-0x1f
  s:<text>            a str
  y:<hex bytes>       a bytes value
  b:1 / b:0           a bool
  none                None / "no result"
  complex             float pow that needs a complex result
  E:<Kind>:<message>  an exception (ZeroDivision, Overflow, Value, Type)
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"

import os
rng = random.Random(int(os.environ.get("SEED", "20240611")))
CASES = []

KIND = {ZeroDivisionError: "ZeroDivision", OverflowError: "Overflow",
        ValueError: "Value", TypeError: "Type"}


def F(x):
    if x != x:
        return "f:nan"
    return "f:%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def I(n):
    return "i:" + hex(n)


def S(s):
    # unicode_escape escapes backslash, tab, newline and every non-ASCII char
    return "s:" + s.encode("unicode_escape").decode("ascii")


def Y(b):
    return "y:" + b.hex()


def B(v):
    return "b:1" if v else "b:0"


def enc(v):
    if v is None:
        return "none"
    if isinstance(v, bool):
        return B(v)
    if isinstance(v, int):
        return I(v)
    if isinstance(v, float):
        return F(v)
    if isinstance(v, str):
        return S(v)
    if isinstance(v, (bytes, bytearray)):
        return Y(bytes(v))
    raise TypeError(v)


def add(name, args, fn):
    try:
        r = fn()
        if isinstance(r, tuple):
            res = [enc(v) for v in r]
        else:
            res = [enc(r)]
    except tuple(KIND) as e:
        res = ["E:%s:%s" % (KIND[type(e)], e)]
    CASES.append((name, [enc(a) for a in args], res))


# ---------------------------------------------------------------- values
I64_MIN, I64_MAX = -(1 << 63), (1 << 63) - 1
SMALL_INTS = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 255, 256, -256, 1000, -12345]
EDGE_INTS = [I64_MIN, I64_MAX, I64_MIN + 1, I64_MAX - 1, 1 << 53, (1 << 53) + 1,
             -(1 << 53) - 1, (1 << 53) - 1, 1 << 62, -(1 << 62), 1 << 32, -(1 << 31),
             1 << 63, -(1 << 63) - 1, 1 << 64, (1 << 64) - 1]
HUGE_INTS = [10 ** 30, -(10 ** 30), 2 ** 100 + 1, -(2 ** 100) - 1, 3 ** 200, -(7 ** 150),
             2 ** 1023, 2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 970 - 1,
             2 ** 1024 - 2 ** 971, 10 ** 400, -(10 ** 400), (1 << 2000) + 12345]


def rand_int(bits):
    n = rng.getrandbits(bits)
    return -n if rng.random() < 0.5 else n


def rand_i64():
    return rng.randint(I64_MIN, I64_MAX)


def some_ints(k=30):
    out = SMALL_INTS + EDGE_INTS + HUGE_INTS
    out += [rand_int(rng.choice([8, 20, 40, 62, 63, 64, 65, 100, 300]))
            for _ in range(k)]
    return out


INF, NAN = float("inf"), float("nan")
SPECIAL_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, 0.1, -0.1,
                  2.0, 10.0, 1e16, 1e-5, 123.456, -987.25, 1e300, -1e300, 1e-300,
                  5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
                  1.7976931348623157e308, -1.7976931348623157e308, 9007199254740993.0,
                  4503599627370496.5, 0.49999999999999994, 2.0 ** 63, -(2.0 ** 63),
                  2.0 ** 64, INF, -INF, NAN]


def rand_float():
    c = rng.random()
    if c < 0.3:
        return rng.uniform(-10, 10)
    if c < 0.5:
        return rng.uniform(-1e6, 1e6)
    if c < 0.6:
        return float(rng.randint(-1000, 1000))
    if c < 0.7:
        return rng.randint(-100, 100) / 8
    # random exponent
    while True:
        bits = rng.getrandbits(64)
        x = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if x == x and abs(x) != INF:
            return x


def some_floats(k=40):
    return SPECIAL_FLOATS + [rand_float() for _ in range(k)]


# ---------------------------------------------------------------- int ops
def fits(v):
    return v if I64_MIN <= v <= I64_MAX else None


i64s = SMALL_INTS + [I64_MIN, I64_MAX, I64_MIN + 1, -(1 << 53) - 1, (1 << 53) + 1, 1 << 40] + \
    [rand_i64() for _ in range(20)] + [rng.randint(-1000, 1000) for _ in range(10)]
pairs = [(a, b) for a in i64s[:22] for b in [0, 1, -1, 2, -3, 7, -10, I64_MIN, I64_MAX]]
pairs += [(rng.choice(i64s), rng.choice(i64s)) for _ in range(60)]
for a, b in pairs:
    add("i64_floordiv", [a, b], lambda: fits(a // b))
    add("i64_mod", [a, b], lambda: fits(a % b))
    add("i64_divmod", [a, b], lambda: (fits(a // b), a % b) if fits(a // b) is not None else None)
    add("i64_true_div", [a, b], lambda: a / b)
for a in [0, 1, -1, 2, -2, 3, -3, 10, -10, 1 << 31, -(1 << 31), 3037000499, 3037000500, I64_MIN]:
    for b in [0, 1, 2, 3, 10, 31, 32, 62, 63, 64, 100, 1 << 40, -1]:
        add("i64_pow", [a, b], lambda: None if b < 0 else fits(a ** b) if b < 200 or abs(a) <= 1 else None)
for a in [0, 1, -1, 5, -5, I64_MAX, I64_MIN, 1 << 40]:
    for n in [0, 1, 2, 22, 23, 40, 62, 63, 64, 65, 200, -1]:
        add("i64_lshift", [a, n], lambda: fits(a << n))
        add("i64_rshift", [a, n], lambda: a >> n)

ints = some_ints(40)
divisors = [0, 1, -1, 2, -3, 7, 10 ** 20, -(10 ** 20), 2 ** 64 + 3, -(3 ** 100), 10 ** 400]
for a in rng.sample(ints, 50):
    for b in rng.sample(divisors, 3):
        add("big_floordiv", [a, b], lambda: a // b)
        add("big_mod", [a, b], lambda: a % b)
        add("big_divmod", [a, b], lambda: divmod(a, b))
for _ in range(250):
    a = rng.choice(ints + [rand_int(rng.choice([10, 60, 64, 200, 1100, 2100]))])
    b = rng.choice(ints + [rand_int(rng.choice([10, 60, 64, 200, 1100, 2100]))])
    add("int_true_div", [a, b], lambda: a / b)
for a, b in [(1, 3), (2 ** 1100, 3 ** 600), (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076),
             (1, 2 ** 1100), (-1, 2 ** 1075 - 1), (2 ** 1030, 3), (2 ** 1024, 2), (0, -5),
             (0, 10 ** 30), (10 ** 30, -(10 ** 29)), ((1 << 53) + 1, 1), ((1 << 54) + 3, 2)]:
    add("int_true_div", [a, b], lambda: a / b)

for a in ints + [rand_int(rng.choice([30, 53, 54, 60, 64, 1000, 1030])) for _ in range(60)]:
    add("int_to_f64", [a], lambda: float(a))
for k in range(50, 70):
    for extra in [0, 1, -1, 2 ** max(k - 54, 0), 2 ** max(k - 54, 0) + 1, 2 ** max(k - 53, 0) + 2 ** max(k - 54, 0)]:
        v = 2 ** k + extra
        add("int_to_f64", [v], lambda: float(v))

pow_cases = []
for base in [0, 1, -1, 2, -2, 3, 10, -7, 12345, 2 ** 70, -(3 ** 50)]:
    for e in [0, 1, 2, 3, 10, 63, 64, 100, -1, -2, -3, -1075, -2000]:
        pow_cases.append((base, e, None))
for _ in range(80):
    base = rand_int(rng.choice([4, 30, 64, 200]))
    e = rng.randint(-5, 300)
    m = rng.choice([None, None, 0, 1, -1, 7, -7, 10 ** 9 + 7, -(2 ** 61 - 1), 2 ** 64, 12, rand_int(100)])
    pow_cases.append((base, e, m))
for base, e, m in [(3, -1, 7), (2, -1, 4), (0, -1, 1), (0, -1, 5), (5, 2, -1), (3, -1, -7),
                   (-3, -5, 11), (10 ** 20, -3, 10 ** 9 + 7), (2, 10 ** 20, 10 ** 9 + 7),
                   (0, 0, 5), (0, 0, 1), (7, 0, -3)]:
    pow_cases.append((base, e, m))
for base, e, m in pow_cases:
    if m is None:
        add("int_pow", [base, e, None], lambda: pow(base, e))
    else:
        add("int_pow", [base, e, m], lambda: pow(base, e, m))

for a in ints[:40]:
    for n in [0, 1, 3, 63, 64, 65, 1000, -1, 1 << 70]:
        add("int_lshift", [a, n], lambda: a << n)
        add("int_rshift", [a, n], lambda: a >> n)

for a in ints:
    add("int_bit_length", [a], lambda: a.bit_length())
    add("int_bit_count", [a], lambda: a.bit_count())
    add("bin", [a], lambda: bin(a))
    add("oct", [a], lambda: oct(a))
    add("hex", [a], lambda: hex(a))
    add("int_to_str", [a], lambda: str(a))
for a in [10 ** 4300 - 1, -(10 ** 4300 - 1), 10 ** 4300, -(10 ** 4300), 2 ** 14285, 2 ** 20000]:
    add("int_to_str", [a], lambda: str(a))

for a in rng.sample(ints, 30):
    for nd in [0, 1, -1, -2, -5, -20, -400, -500, -5000]:
        add("int_round", [a, nd], lambda: round(a, nd))
for a, nd in [(5, -1), (15, -1), (25, -1), (-5, -1), (-15, -1), (150, -2), (250, -2), (-250, -2),
              (249, -2), (251, -2), (5 * 10 ** 20, -21), (15 * 10 ** 20, -21)]:
    add("int_round", [a, nd], lambda: round(a, nd))

STRS = ["0", "-0", "+0", "00", "000", "0_0", "12", "-12", "+12", "  42  ", "\t-7\n", "1_000",
        "1__000", "_1", "1_", "0x1f", "0X1F", "0o17", "0b101", "0b", "0x", "0x_1f", "0x__1f",
        "010", "0_10", "1 2", "", "   ", "-", "+-1", "abc", "z", "Z", "zz", "12a", "١٢٣",
        "\u00a012\u2003", "\x1c5\x1f", "1\x00", "٣_٤", "9" * 50, "-" + "7" * 100,
        "0b1", "0o7", "0xg", "1e5", "1.0", "+ 1", "0x1F_FF", "0_", "1_2_3", "ab'c", 'x"y', "'\"",
        "\\", "é", "\u2028", "𝟙𝟚", "🐍"]
for s in STRS:
    for base in [0, 10, 2, 16, 36, 37]:
        add("int_from_str", [s, base], lambda: int(s, base))
for s, base in [("1" * 4300, 10), ("1" * 4301, 10), ("-" + "1" * 4301, 0), ("1_" * 4300 + "1", 10),
                ("1" * 4301 + "x", 10), ("f" * 5000, 16), ("6" * 4301, 7), ("x" * 300, 10),
                ("\u0661" * 4301, 10)]:
    add("int_from_str", [s, base], lambda: int(s, base))
for b in [b"12", b" -12 ", b"0x10", b"\xff1", b"1\x00", b"abc", b"a" * 300, b"1_0", b"'", b"\\\n"]:
    for base in [0, 10, 16]:
        add("int_from_bytes_literal", [b, base], lambda: int(b, base))

for a in [0, 1, -1, 127, 128, -128, -129, 255, 256, 65535, -32768, 2 ** 64, -(2 ** 63), 10 ** 30]:
    for length in [0, 1, 2, 3, 8, 16, -1]:
        for order in ["big", "little"]:
            for signed in [False, True]:
                add("int_to_bytes", [a, length, order, signed],
                    lambda: a.to_bytes(length, order, signed=signed))
add("int_to_bytes", [1, 2, "middle", False], lambda: (1).to_bytes(2, "middle"))
for b in [b"", b"\x00", b"\xff", b"\x80\x00", b"\x00\x80", b"\x12\x34\x56", b"\xff" * 9,
          b"\x01" + b"\x00" * 20]:
    for order in ["big", "little"]:
        for signed in [False, True]:
            add("int_from_bytes", [b, order, signed], lambda: int.from_bytes(b, order, signed=signed))

# ---------------------------------------------------------------- hashes
for a in ints + [2 ** 61 - 1, 2 ** 61, 2 ** 61 - 2, -(2 ** 61) + 1, -1, -2, 2 ** 122 - 1]:
    add("hash_int", [a], lambda: hash(a))
for x in some_floats(80) + [2.0 ** 61, 2.0 ** 62, 0.5 ** 61, 2.0 ** -1074, -1.0, 1e22]:
    if x == x:
        add("hash_f64", [x], lambda: hash(x))
tuples = [(), (1,), (1, 2), (1, 2, 3), (-1,), (-2,), (0.5, 7), (1.5, -2.0, 2 ** 70),
          ((1, 2), 3), (INF, -INF), tuple(range(20))]
for t in tuples:
    def item_hash_list(t=t):
        return [hash(v) for v in t]
    CASES.append(("hash_tuple", [I(h) for h in item_hash_list()], [I(hash(t))]))
for fs in [frozenset(), frozenset([1]), frozenset([1, 2, 3]), frozenset([-1, -2]),
           frozenset([0.5, 2 ** 70, (1, 2)]), frozenset(range(50)), frozenset([frozenset([1])])]:
    CASES.append(("hash_frozenset", [I(hash(v)) for v in fs], [I(hash(fs))]))
for c in [0j, 1j, 1 + 2j, -1.5 - 0.5j, complex(INF, 1), complex(1e300, -3), complex(-1, 0)]:
    add("hash_complex", [c.real, c.imag], lambda: hash(c))
for _ in range(5):
    o = object()
    add("hash_pointer", [id(o)], lambda: hash(o))
    n = float("nan")
    add("hash_pointer", [id(n)], lambda: hash(n))

# ---------------------------------------------------------------- float ops
floats = some_floats(60)
fpairs = [(a, b) for a in floats[:36] for b in [0.0, -0.0, 1.0, -1.0, 2.5, -3.0, INF, NAN, 1e-300]]
fpairs += [(rand_float(), rand_float()) for _ in range(80)]
for a, b in fpairs:
    add("float_div", [a, b], lambda: a / b)
    add("float_floordiv", [a, b], lambda: a // b)
    add("float_mod", [a, b], lambda: a % b)
    add("float_divmod", [a, b], lambda: divmod(a, b))


def fpow(a, b):
    try:
        r = a ** b
    except OverflowError:
        if a < 0 and math.isfinite(b) and b != math.floor(b):
            return "complex"  # overflow inside the caller's complex power
        raise
    return "complex" if isinstance(r, complex) else r


POW_VALS = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1.5, -1.5, 10.0, 1e-10, 1e300,
            -1e300, 5e-324, INF, -INF, NAN, 1.0000001, 0.9999999, 2.0 ** 53, -(2.0 ** 53), 1e22]
for a in POW_VALS:
    for b in POW_VALS:
        CASES.append(("float_pow", [F(a), F(b)], None))
        try:
            r = fpow(a, b)
            CASES[-1] = ("float_pow", [F(a), F(b)], ["complex" if r == "complex" else F(r)])
        except tuple(KIND) as e:
            CASES[-1] = ("float_pow", [F(a), F(b)], ["E:%s:%s" % (KIND[type(e)], e)])
        add("math_pow", [a, b], lambda: math.pow(a, b))

for x in floats + [0.5, 1.5, 2.5, -0.5, -1.5, 4503599627370495.5, 2.0 ** 52 + 1, 1e20, 1e300]:
    add("float_to_bigint", [x], lambda: int(x))
    add("float_round_to_int", [x], lambda: round(x))
    add("float_as_integer_ratio", [x], lambda: x.as_integer_ratio())
    add("float_is_integer", [x], lambda: x.is_integer())
    add("float_hex", [x], lambda: x.hex())
    add("float_repr", [x], lambda: repr(x))
    add("math_floor", [x], lambda: math.floor(x))
    add("math_ceil", [x], lambda: math.ceil(x))
    add("math_trunc", [x], lambda: math.trunc(x))
for _ in range(300):
    x = rand_float()
    add("float_repr", [x], lambda: repr(x))
for x in [-81776088393288.625, 172943339018626.125, 955097873059524.25, -2188958007310749.25,
          1944550235496629.25, 0.125, 2.5, 1e23, 9007199254740993.0, 5e-310, 1.5e300,
          1e15, 1e16, 1e17, 123456789012345678.0, 0.0001, 0.00001, 1.5e-5, 1e-4, 9.999e15,
          9999999999999998.0, 1.0, 100.0, 1e22, 1.234e-7, 5e-324, 1.7976931348623157e308]:
    add("float_repr", [x], lambda: repr(x))

for x in floats[:24] + [0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, -2.5, 5e-324, 1e-320,
                        123456.789, 1.7976931348623157e308, -1.7976931348623157e308]:
    for nd in [0, 1, 2, 3, -1, -2, 15, 17, 320, 323, 324, -308, -309]:
        add("float_round", [x, nd], lambda: round(x, nd))

for x in floats:
    for _ in range(1):
        a = rng.choice(ints + [int(x) if x == x and abs(x) != INF else 0])
        add("int_float_cmp", [a, x], lambda: "nan" if x != x else ("lt" if a < x else "eq" if a == x else "gt"))
for a, x in [(2 ** 53 + 1, 2.0 ** 53), (2 ** 53, 2.0 ** 53), (2 ** 53 + 1, 2.0 ** 53 + 2), (0, -0.0),
             (-1, -0.5), (-1, -1.5), (1, 0.5), (10 ** 400, INF), (-(10 ** 400), -INF), (2 ** 1024, 1.7976931348623157e308),
             (-3, -3.0), (-3, -2.9999999999999996), (5, 5e-324), (0, 5e-324), (0, -5e-324)]:
    add("int_float_cmp", [a, x], lambda: "nan" if x != x else ("lt" if a < x else "eq" if a == x else "gt"))

FSTRS = ["1.5", " 2.5 ", "-3", "+4.", ".5", "5.", "1e5", "1E+05", "1e-5", "-1.5e-3", "inf", "-inf",
         "+inf", "Infinity", "-iNfInItY", "nan", "-nan", "NaN", "1_000.5", "1__0", "1_", "_1",
         "1._5", "1_.5", "1e1_0", "1e_1", "0x10", "", " ", "e5", "1e", ".", "+.e1", "abc", "١٢.٥",
         "\u20031.5\u3000", "1.5\x00", "1e500", "-1e500", "1e-500", "2.2250738585072011e-308",
         "0.1", "123456789012345678901234567890", "4.9e-324", "2.4703282292062327e-324",
         "2.4703282292062328e-324", "1.7976931348623158e308", "1.7976931348623159e308", "infinit",
         "nanx", "in f", "1 .5", "'", "a" * 300, "0" * 400 + "1", "00.1e00"]
for s in FSTRS:
    add("float_from_str", [s], lambda: float(s))
for b in [b"1.5", b" -2 ", b"x\x00", b"\xff", b"a" * 300, b"1_0.5"]:
    add("float_from_bytes_literal", [b], lambda: float(b))

HEXS = ["0x1.8p1", "0X1.8P+1", "1.8p1", "-0x1p-1074", "0x1p-1075", "0x1.000001p-1075", "0x1p-1076",
        "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p1024", "0x0p99999", "inf",
        "-Infinity", "nan", "  0x1p0  ", "0x.8p1", "0x1.", "0x", "0x.p1", "1p", "0x1p+", "x",
        "0x1.123456789abcdef0123p0", "0x" + "f" * 40 + "p-100", "0x1p99999999999999999999",
        "0x1p-99999999999999999999", "0x0.0000000000000000001p0", "+0x10", "0x1 p1", "0xg",
        "\u20030x1p1", "0x3.fffffffffffffp-1024", "0x1.0000000000000800000000000p0",
        "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000001p0"]
for s in HEXS:
    add("float_fromhex", [s], lambda: float.fromhex(s))

# ---------------------------------------------------------------- math
UNARY = ["sqrt", "exp", "exp2", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "sinh",
         "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt", "fabs", "log1p", "erf", "erfc",
         "gamma", "lgamma", "degrees", "radians", "ulp", "isfinite", "isinf", "isnan"]
MATH_ARGS = SPECIAL_FLOATS + [rng.uniform(-2, 2) for _ in range(15)] + \
    [rng.uniform(-30, 30) for _ in range(15)] + [rng.uniform(-200, 200) for _ in range(8)] + \
    [rand_float() for _ in range(10)] + [-1.5, -2.0, -3.5, 0.999999, 1.000001, 171.5, 171.7, 172.0,
                                          700.0, 710.0, 1e-21, -1e-21, 23.0, 24.0, 140.5, -140.5,
                                          -200.5, -250.5, 0.9, -0.9, 1e-10, 2.0 ** 28 + 1, 3.5]
for name in UNARY:
    f = getattr(math, name)
    for x in MATH_ARGS:
        add("math_" + name, [x], lambda: f(x))
for name in ["frexp", "modf"]:
    f = getattr(math, name)
    for x in MATH_ARGS:
        add("math_" + name, [x], lambda: f(x))
for x in MATH_ARGS:
    add("math_log", [x], lambda: math.log(x))
    add("math_log2", [x], lambda: math.log2(x))
    add("math_log10", [x], lambda: math.log10(x))
for a in ints + [2 ** 1023, 2 ** 1024, 2 ** 5000, 3 ** 3000, 10 ** 400, (1 << 1024) - 1]:
    add("math_log_int", [a], lambda: math.log(a))
    add("math_log2_int", [a], lambda: math.log2(a))
    add("math_log10_int", [a], lambda: math.log10(a))
    add("math_log_int_base", [a, 10], lambda: math.log(a, 10))
for x, base in [(8.0, 2.0), (100.0, 10.0), (10.0, 1.0), (1.0, 10.0), (0.0, 2.0), (2.0, 0.5),
                (2.0, -1.0), (INF, 2.0), (2.0, INF), (NAN, 2.0), (5.0, 5.0)]:
    add("math_log_base", [x, base], lambda: math.log(x, base))

BIN_ARGS = [0.0, -0.0, 1.0, -1.0, 2.0, -2.5, 0.5, 3.0, 1e300, 5e-324, INF, -INF, NAN, 7.5, -7.5]
for name in ["atan2", "copysign", "remainder", "fmod", "nextafter"]:
    f = getattr(math, name)
    for a in BIN_ARGS:
        for b in BIN_ARGS:
            add("math_" + name, [a, b], lambda: f(a, b))
    for _ in range(25):
        a, b = rand_float(), rand_float()
        add("math_" + name, [a, b], lambda: f(a, b))

for x in MATH_ARGS[:36]:
    for i in [0, 1, -1, 1023, 1024, -1074, -1075, -1100, 2000, -2000, 1 << 40, -(1 << 70)]:
        add("math_ldexp", [x, i], lambda: math.ldexp(x, i))
for x, i in [(1.5, -1074), (1.5, -1075), (2.5, -1076), (3.0, -1075), (1.0000000000000002, -1074),
             (0.75, -1073), (1.0, 1023), (1.9999999999999998, 1023), (1.0, 1024)]:
    add("math_ldexp", [x, i], lambda: math.ldexp(x, i))

ISC = [(1.0, 1.0 + 1e-10), (1.0, 1.1), (0.0, 1e-10), (INF, INF), (INF, -INF), (NAN, NAN), (1e300, 1.0000000001e300),
       (-1.0, -1.0000000001), (0.0, 0.0)]
for a, b in ISC:
    for rt, at in [(1e-09, 0.0), (0.0, 1e-9), (0.2, 0.0), (-1.0, 0.0), (0.0, -1.0), (0.0, 0.0)]:
        add("math_isclose", [a, b, rt, at], lambda: math.isclose(a, b, rel_tol=rt, abs_tol=at))

HYP = [[], [3.0], [3.0, 4.0], [-3.0, 4.0, 12.0], [1e308, 1e308], [5e-324, 5e-324], [1e-310, 2e-310, 3e-310],
       [INF, NAN], [NAN, 1.0], [0.0, -0.0], [1.0] * 10, [1e200, 1e-200], [2.0 ** -1070, 2.0 ** -1072]]
HYP += [[rand_float() for _ in range(rng.randint(2, 6))] for _ in range(40)]
HYP += [[rng.uniform(-10, 10) for _ in range(rng.randint(2, 6))] for _ in range(60)]
for v in HYP:
    CASES.append(("math_hypot", [F(x) for x in v], [F(math.hypot(*v))]))
for p, q in [([1.0, 2.0], [4.0, 6.0]), ([0.0], [0.0]), ([1.0], [1.0, 2.0]), ([INF, 0.0], [INF, 0.0]),
             ([1e308, -1e308], [-1e308, 1e308])] + \
        [([rng.uniform(-5, 5) for _ in range(3)], [rng.uniform(-5, 5) for _ in range(3)]) for _ in range(20)]:
    args = [I(len(p))] + [F(x) for x in p] + [F(x) for x in q]
    try:
        res = [F(math.dist(p, q))]
    except ValueError as e:
        res = ["E:Value:%s" % e]
    CASES.append(("math_dist", args, res))

FS = [[], [1.0], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1e308, 1e308],
      [INF, 1.0], [INF, -INF], [NAN, 1.0], [INF, NAN], [-0.0], [-0.0, -0.0], [1e-16, 1.0, 1e16],
      [2.0 ** 53, -0.5, -2.0 ** -54], [2.0 ** 53, 1.0, 2.0 ** -100], [1.7976931348623157e308, -1e292] * 2,
      [1e308, -1e308, 1e308]]
FS += [[rand_float() for _ in range(rng.randint(1, 30))] for _ in range(40)]
FS += [[rng.uniform(-1, 1) * 10 ** rng.randint(-20, 20) for _ in range(rng.randint(1, 50))] for _ in range(40)]
for v in FS:
    try:
        res = [F(math.fsum(v))]
    except tuple(KIND) as e:
        res = ["E:%s:%s" % (KIND[type(e)], e)]
    CASES.append(("math_fsum", [F(x) for x in v], res))

GC = [[], [0], [5], [-5], [12, 18], [-12, 18], [0, 0], [0, 7], [2 ** 100, 2 ** 80 * 3], [7, 11, 13],
      [6, 10, 15], [10 ** 30, 10 ** 20, 10 ** 25], [1, 10 ** 100], [-4, -6], [3, 0, 5]]
for v in GC:
    CASES.append(("math_gcd", [I(x) for x in v], [I(math.gcd(*v))]))
    CASES.append(("math_lcm", [I(x) for x in v], [I(math.lcm(*v))]))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 24, 25, 99, 100, 2 ** 32 - 1, 2 ** 32, 2 ** 64 - 1, 2 ** 64, 10 ** 40,
          10 ** 41, 2 ** 1000, 3 ** 700, -1, -(10 ** 20)]:
    add("math_isqrt", [n], lambda: math.isqrt(n))
for n in [0, 1, 2, 5, 10, 20, 21, 22, 25, 50, 100, 171, 300, -1, -(1 << 70), 1 << 63, 1 << 64]:
    add("math_factorial", [n], lambda: math.factorial(n))
CP = [(5, 2), (5, 0), (5, 5), (5, 6), (0, 0), (10, 3), (52, 5), (100, 50), (1000, 10), (70, 35), (67, 33),
      (2 ** 64, 3), (2 ** 70, 2 ** 70 - 2), (10 ** 20, 10 ** 20), (10 ** 20, 2), (-1, 2), (3, -1), (-1, -1),
      (1 << 70, 1 << 64), (1 << 70, (1 << 70) - 5), (5, 1 << 70), (1 << 70, 1), (1 << 70, 0), (300, 150)]
for n, k in CP:
    add("math_comb", [n, k], lambda: math.comb(n, k))
    add("math_perm", [n, k], lambda: math.perm(n, k))
for n in [0, 5, 10, -1]:
    add("math_perm", [n, None], lambda: math.perm(n))


for s_ in STRS + ["it's", 'say "hi"', "both ' and \"", "\x7f\x80\xa0\xad", "\u0378\ud7ff\ue000",
                  "\U0001f600\U000e0001\U0010ffff", "tab\there", "\x00\x1b[0m", "\u200b\u2060\ufeff"]:
    add("py_str_repr", [s_], lambda: repr(s_))
for b_ in [b"", b"abc", b"'", b'"', b"'\"", b"\x00\xff\x7f\t\n\r\\"]:
    add("py_bytes_repr", [b_], lambda: repr(b_))

# ---------------------------------------------------------------- emit
print("# Generated by gen_test_cases.py from CPython %s. Do not edit by hand." % sys.version.split()[0])
print("# name<TAB>args...<TAB>=><TAB>results...; see the script for the encoding.")
for name, args, res in CASES:
    fields = [name] + args + ["=>"] + res
    assert all("\t" not in f and "\n" not in f for f in fields), fields
    print("\t".join(fields))
print("CASES", len(CASES), file=sys.stderr)
