#!/usr/bin/env python3
"""Generate tests_data.rs: expectations for strlib's unit tests, computed by CPython 3.11.

    python3 interp/src/strlib/gen_tests.py            # rewrites tests_data.rs beside this file
    python3 interp/src/strlib/gen_tests.py --scale 40 --seed 7  # local soak run: many more
                                                                 # random cases (do not commit)

Hand-picked cases (non-ASCII text, empty strings, negative and out-of-range
indices, error messages) plus random strings drawn from an alphabet of
troublesome characters, with a fixed seed so the output is reproducible.
"""

import codecs
import os
import random
import sys
import unicodedata

if sys.version_info[:2] != (3, 11):
    sys.exit("run this with CPython 3.11 (found %s)" % sys.version.split()[0])

SCALE = 1
SEED = 3110
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests_data.rs")
args = sys.argv[1:]
while args:
    a = args.pop(0)
    if a == "--scale":
        SCALE = int(args.pop(0))
    elif a == "--seed":
        SEED = int(args.pop(0))
    else:
        OUT = a

rng = random.Random(SEED)

# ---------------------------------------------------------------- literals

def literal_ok(c):
    """Printable characters other than combining marks go into the source as is."""
    o = ord(c)
    if o < 0x80:
        return 0x20 <= o < 0x7F
    return c.isprintable() and not unicodedata.category(c).startswith("M")


SHORT_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0"}


def rs(s):
    out = []
    for c in s:
        if literal_ok(c) and c not in '"\\':
            out.append(c)
        elif c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c in SHORT_ESCAPES:
            out.append(SHORT_ESCAPES[c])
        else:
            out.append("\\u{%x}" % ord(c))
    return '"' + "".join(out) + '"'


def rb(b):
    out = []
    for o in b:
        c = chr(o)
        if 0x20 <= o < 0x7F and c not in '"\\':
            out.append(c)
        else:
            out.append("\\x%02x" % o)
    return 'b"' + "".join(out) + '"'


def rc(c):
    o = ord(c)
    if literal_ok(c) and c not in "'\\":
        return "'%s'" % c
    return "'\\u{%x}'" % o


def opt(x, f=str):
    return "None" if x is None else "Some(%s)" % f(x)


def rlist(items, f=rs):
    return "&[" + ", ".join(f(i) for i in items) + "]"


def rbool(x):
    return "true" if x else "false"


def result(fn, f):
    try:
        return "Ok(%s)" % f(fn())
    except Exception as e:  # noqa: BLE001 - the exception is the expectation
        return "Err(%s)" % rs("%s: %s" % (type(e).__name__, e))


# ---------------------------------------------------------------- corpus

POOL = (
    list("abcXYZ019 ") + ["\t", "\n", "\r", "\r\n", "'", '"', "\\", ",", ":", "-", "+"]
    + ["\u00df", "\u01c5", "\u01c4", "\u01c6", "\u03a3", "\u03c3", "\u03c2", "\u0391", "\u03b1",
       "\u0130", "\u0131", "\ufb01", "\u0587", "\u13f8", "\u13a0", "\uab70", "\u10d0", "\u1c90",
       "\U00010400", "\U00010428", "\u0301", "\u0345", "\u00a0", "\u2028", "\u2029", "\x1c",
       "\x1f", "\x85", "\x0b", "\x0c", "\u4e2d", "\u6587", "\U0001f600", "\U0001f3fd",
       "\u0663", "\u00b2", "\u00bd", "\u216b", "\x00", "\x07", "\x7f", "\u00ad", "\u200b",
       "\ue000", "\U000e0001", "\u00e9", "\u00ff", "\u0100", "\uffff", "\U0010ffff",
       "\u1e9e", "\u1f80", "\u1fb3", "\u0149", "\u02bc", "\u00b7", "\u2160", "\U0001d7ce",
       "\u3000", "\u2003", "\u0660", "\u0669", "\u1d2c", "\u00aa", "\u02b0", "\u0307"]
)

CURATED = [
    "", "a", "A", "abc", "Hello, World!", "hello world", "  spaced  out  ", "\t\n tabs\tand\nlines \r\n",
    "stra\u00dfe", "STRASSE", "\u01c5ungla", "\u01c4UNGLA", "\u01c6ungla",
    "\u039f\u0394\u039f\u03a3", "\u03bf\u03b4\u03bf\u03c2", "\u0391\u03a3 \u0391\u03a3\u0391 \u03a3",
    "\u03a3", "a\u03a3", "a\u03a3b", "a\u03a3\u0301", "a\u0301\u03a3", "\u0391\u03a3\u0027",
    "\u4e2d\u6587\u5b57\u7b26", "\u65e5\u672c\u8a9e\u30c6\u30ad\u30b9\u30c8", "\U0001f600\U0001f44d\U0001f3fd",
    "e\u0301a\u0308o\u0303", "\u0130stanbul", "\u0131\u0130iI", "\ufb01\ufb02 ligature",
    "\u0587 Armenian", "\u13a0\u13a1\u13f8\uab70", "\u10d0\u10d1 Georgian \u1c90",
    "\U00010400\U00010428 Deseret", "x\u00a0y\u2028z\u2029w\x1cv\x1dq\x1eu\x1fp\x85",
    "\u0663\u0664\u0665", "\u00b2\u00b3", "\u00bd\u2153", "\u216b\u2160", "12345", "-42", "+7", "\u0661\u0662",
    "\x00\x01\x7f\x80\x9f\u00ad\u200b\ue000", "'single'", '"double"', "both ' and \"", "back\\slash",
    "\U000e0001 tag", "\ufeffbom", "\u1e9e\u00df", "\u1f80\u1f88\u1fb3\u1fbc", "\u0149n", "mIxEd CaSe",
    "they're bill's friends", "hello\u00e9", "_ident", "\u00e9t\u00e9", "2abc", "a b", "\u1d2c\u00aa\u02b0",
    "foo.bar.baz", "a,b,,c,", ",a,", "aaaa", "abababab", "x" * 20,
]


def rand_str(maxlen=10):
    n = rng.randint(0, maxlen)
    return "".join(rng.choice(POOL) for _ in range(n))


def strings(n, every=1):
    """Every `every`-th curated string plus n random ones (n scaled by --scale)."""
    return CURATED[::every] + [rand_str() for _ in range(n * SCALE)]


IDX = [None, 0, 1, 2, 3, -1, -2, -4, 5, 100, -100]


def rand_idx():
    return rng.choice(IDX)


def subs_of(s):
    out = {""}
    if s:
        i = rng.randrange(len(s))
        j = rng.randint(i, min(len(s), i + 3))
        out.add(s[i:j])
        out.add(s[-1])
        out.add(s[:2])
    out.add(rng.choice(["zz", "a", " ", "\u03a3", "\U0001f600", "ab"]))
    return sorted(out)


# ---------------------------------------------------------------- sections

sections = []


def section(name, ty, rows):
    sections.append("pub const %s: &[%s] = &[\n%s\n];\n" % (name, ty, "\n".join("    %s," % r for r in rows)))


def gen_find():
    rows = []
    for s in strings(15, 2):
        for sub in subs_of(s):
            for _ in range(2):
                a, b = rand_idx(), rand_idx()
                rows.append("(%s, %s, %s, %s, %d, %d, %d, %s, %s)" % (
                    rs(s), rs(sub), opt(a), opt(b),
                    s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b),
                    rbool(s.startswith(sub, a, b)), rbool(s.endswith(sub, a, b))))
    section("FIND", "(&str, &str, Option<isize>, Option<isize>, isize, isize, usize, bool, bool)", rows)


def gen_split():
    rows = []
    for s in strings(15, 2):
        seps = [None, rng.choice([",", " ", "a", "ab", "\u03a3", "\n", "\U0001f600"])]
        if s:
            seps.append(s[rng.randrange(len(s))])
        for sep in seps:
            for m in (-1, rng.choice([0, 1, 2])):
                rows.append("(%s, %s, %d, %s, %s)" % (rs(s), opt(sep, rs), m, rlist(s.split(sep, m)), rlist(s.rsplit(sep, m))))
    for s in ["a", ""]:
        rows.append("(%s, Some(\"\"), -1, &[], &[])" % rs(s))  # error case, checked separately
    section("SPLIT", "(&str, Option<&str>, isize, &[&str], &[&str])", rows)


def gen_lines():
    rows = []
    extra = ["a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l", "\n", "\r\n\r\n", "x\r", "\r\r\n", "a\x1fb"]
    for s in strings(15) + extra:
        rows.append("(%s, %s, %s)" % (rs(s), rlist(s.splitlines()), rlist(s.splitlines(True))))
    section("SPLITLINES", "(&str, &[&str], &[&str])", rows)


def gen_strip():
    rows = []
    for s in strings(15, 2):
        for chars in [None, rng.choice(["", "a \u03a3"]), s[:2] if s else "x"]:
            rows.append("(%s, %s, %s, %s, %s)" % (rs(s), opt(chars, rs), rs(s.strip(chars)), rs(s.lstrip(chars)), rs(s.rstrip(chars))))
    section("STRIP", "(&str, Option<&str>, &str, &str, &str)", rows)


def gen_replace():
    rows = []
    for s in strings(10, 3):
        olds = ["", rng.choice(["a", "ab", "\u03a3"])] + ([s[rng.randrange(len(s)):][:2]] if s else [])
        for old in olds:
            new = rng.choice(["", "-", "XYZ", "\u00df\u00df", "\U0001f600"])
            for count in (-1, rng.choice([0, 1, 2])):
                rows.append("(%s, %s, %s, %d, %s)" % (rs(s), rs(old), rs(new), count, rs(s.replace(old, new, count))))
    section("REPLACE", "(&str, &str, &str, isize, &str)", rows)


def gen_partition():
    rows = []
    for s in strings(10, 3):
        seps = [rng.choice(["a", ",", "\u03a3", "ab"])] + ([s[rng.randrange(len(s)):][:2]] if s else [])
        for sep in seps:
            rows.append("(%s, %s, [%s], [%s])" % (rs(s), rs(sep), ", ".join(map(rs, s.partition(sep))), ", ".join(map(rs, s.rpartition(sep)))))
    section("PARTITION", "(&str, &str, [&str; 3], [&str; 3])", rows)


def gen_pad():
    rows = []
    for s in strings(10, 3) + ["+", "-", "+5", "-0", "5-", "\u00df+"]:
        for w in (rng.choice([0, 1, 4]), 7, rng.choice([8, 11])):
            fill = rng.choice([" ", "*", "\u00df", "\U0001f600"])
            rows.append("(%s, %d, %s, %s, %s, %s, %s)" % (rs(s), w, rc(fill), rs(s.center(w, fill)), rs(s.ljust(w, fill)), rs(s.rjust(w, fill)), rs(s.zfill(w))))
    section("PAD", "(&str, usize, char, &str, &str, &str, &str)", rows)


def gen_tabs():
    rows = []
    base = ["a\tb", "\t", "ab\tc\td", "abcdefgh\tx", "a\nb\tc", "a\rb\tc", "\u00e9\t\u4e2d\tx", "a\x0bb\tc", "x\u2028\ty", ""]
    for s in base + [rand_str() + "\t" + rand_str() for _ in range(5 * SCALE)]:
        for ts in (-1, 0, 1, 4, 8):
            rows.append("(%s, %d, %s)" % (rs(s), ts, rs(s.expandtabs(ts))))
    section("EXPANDTABS", "(&str, isize, &str)", rows)


def gen_case():
    rows = []
    for s in strings(50):
        rows.append("(%s, %s, %s, %s, %s, %s, %s)" % (rs(s), rs(s.upper()), rs(s.lower()), rs(s.casefold()), rs(s.swapcase()), rs(s.title()), rs(s.capitalize())))
    section("CASE", "(&str, &str, &str, &str, &str, &str, &str)", rows)


PREDS = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "islower",
         "isupper", "istitle", "isidentifier", "isprintable", "isascii"]


def gen_pred():
    rows = []
    extra = ["   ", "\u3000\x85", "\u2160\u2161", "Ab Cd", "AB cd", "\u01c5a", "a\u01c5", "_", "a1_\u00b7",
             "1a", "\u00b2", "\u0663", "\u00bd", "\U0001d7ce", "\u02b0", "\u00aa", "\u1d2c", "\u00e9\u0301"]
    for s in strings(50) + extra:
        bits = sum(1 << i for i, p in enumerate(PREDS) if getattr(s, p)())
        rows.append("(%s, %d, %d)" % (rs(s), bits, len(s)))
    section("PREDICATES", "(&str, u16, usize)", rows)


def gen_repr():
    rows = []
    for s in strings(25):
        rows.append("(%s, %s, %s)" % (rs(s), rs(repr(s)), rs(ascii(s))))
    section("REPR", "(&str, &str, &str)", rows)


def gen_index():
    rows = []
    for s in strings(10, 4):
        for i in (rng.choice([0, 1]), rng.choice([2, 5]), 50):
            rows.append("(%s, %d, %d)" % (rs(s), i, len(s[:i].encode("utf-8"))))
    section("BYTE_OFFSET", "(&str, usize, usize)", rows)


# ---------------------------------------------------------------- bytes

BPOOL = [b"a", b"b", b"Z", b"0", b"9", b" ", b"\t", b"\n", b"\r", b"\x0b", b"\x0c", b"\x1c", b"\x85",
         b"\xa0", b"\xff", b"\x00", b"'", b'"', b"\\", b",", b"ab", b"\xc3\xa9", b"-", b"+"]


def rand_bytes(maxlen=10):
    return b"".join(rng.choice(BPOOL) for _ in range(rng.randint(0, maxlen)))


BCURATED = [b"", b"a", b"Hello, World!", b"  spaced  out  ", b"\x00\xff\x80'\"\\", b"a\x1cb\x85c\xa0d",
            b"a\nb\rc\r\nd\x0be", b"they're bill's", b"abababab", b"-12", b"+x", b"\t\tx"]


def bstrings(n):
    return BCURATED + [rand_bytes() for _ in range(n * SCALE)]


def gen_bytes():
    find, split, strip, case, pred, misc, lines, repl = [], [], [], [], [], [], [], []
    bpreds = ["isalpha", "isdigit", "isalnum", "isspace", "islower", "isupper", "istitle", "isascii"]
    for b in bstrings(20):
        subs = {b"", rng.choice([b"a", b"ab", b"zz"])}
        if b:
            i = rng.randrange(len(b))
            subs.add(b[i:i + rng.randint(1, 3)])
        for sub in sorted(subs):
            a, e = rand_idx(), rand_idx()
            find.append("(%s, %s, %s, %s, %d, %d, %d, %s, %s)" % (
                rb(b), rb(sub), opt(a), opt(e), b.find(sub, a, e), b.rfind(sub, a, e),
                b.count(sub, a, e), rbool(b.startswith(sub, a, e)), rbool(b.endswith(sub, a, e))))
        for sep in [None, rng.choice([b",", b"ab", b" "])]:
            for m in (-1, 1):
                split.append("(%s, %s, %d, %s, %s)" % (rb(b), opt(sep, rb), m, rlist(b.split(sep, m), rb), rlist(b.rsplit(sep, m), rb)))
        for chars in [None, rng.choice([b"", b"a \xff"])]:
            strip.append("(%s, %s, %s, %s, %s)" % (rb(b), opt(chars, rb), rb(b.strip(chars)), rb(b.lstrip(chars)), rb(b.rstrip(chars))))
        case.append("(%s, %s, %s, %s, %s, %s)" % (rb(b), rb(b.upper()), rb(b.lower()), rb(b.swapcase()), rb(b.title()), rb(b.capitalize())))
        bits = sum(1 << i for i, p in enumerate(bpreds) if getattr(b, p)())
        pred.append("(%s, %d)" % (rb(b), bits))
        w = rng.choice([0, 3, 8, 13])
        misc.append("(%s, %d, %s, %s, %s, %s, %s, %s, %s)" % (
            rb(b), w, rb(b.center(w, b"*")), rb(b.ljust(w, b"*")), rb(b.rjust(w, b"*")), rb(b.zfill(w)),
            rb(b.expandtabs(4)), rs(repr(b)), rs(b.hex())))
        lines.append("(%s, %s, %s)" % (rb(b), rlist(b.splitlines(), rb), rlist(b.splitlines(True), rb)))
        for old in [b"", rng.choice([b"a", b"ab"])]:
            for count in (-1, 1):
                repl.append("(%s, %s, %s, %d, %s)" % (rb(b), rb(old), rb(b"<>"), count, rb(b.replace(old, b"<>", count))))
    section("BYTES_FIND", "(&[u8], &[u8], Option<isize>, Option<isize>, isize, isize, usize, bool, bool)", find)
    section("BYTES_SPLIT", "(&[u8], Option<&[u8]>, isize, &[&[u8]], &[&[u8]])", split)
    section("BYTES_STRIP", "(&[u8], Option<&[u8]>, &[u8], &[u8], &[u8])", strip)
    section("BYTES_CASE", "(&[u8], &[u8], &[u8], &[u8], &[u8], &[u8])", case)
    section("BYTES_PREDICATES", "(&[u8], u16)", pred)
    section("BYTES_MISC", "(&[u8], usize, &[u8], &[u8], &[u8], &[u8], &[u8], &str, &str)", misc)
    section("BYTES_SPLITLINES", "(&[u8], &[&[u8]], &[&[u8]])", lines)
    section("BYTES_REPLACE", "(&[u8], &[u8], &[u8], isize, &[u8])", repl)
    parts = []
    for b in bstrings(5):
        for sep in [b"a", b",", b"ab"]:
            parts.append("(%s, %s, [%s], [%s])" % (rb(b), rb(sep), ", ".join(map(rb, b.partition(sep))), ", ".join(map(rb, b.rpartition(sep)))))
    section("BYTES_PARTITION", "(&[u8], &[u8], [&[u8]; 3], [&[u8]; 3])", parts)
    hexrows = []
    data = [b"", b"\x01", b"\x01\x02", b"\x01\x02\x03", b"\xde\xad\xbe\xef\x00", bytes(range(7))]
    for b in data:
        for sep in [None, ":", "\u00e9", "ab", ""]:
            for n in (1, 2, 3, -1, -2, 0, 10) if sep == ":" else (1, 2):
                if sep is None and n != 1:
                    continue
                args = (b.hex,) + (() if sep is None else (sep, n))
                hexrows.append("(%s, %s, %d, %s)" % (rb(b), opt(sep, rs), n, result(lambda: args[0](*args[1:]), rs)))
    section("BYTES_HEX", "(&[u8], Option<&str>, isize, Result<&str, &str>)", hexrows)
    fromhex = []
    for s in ["", "00", "0a1B", " 01 02 ", "01\t02\n03\x0b04\x0c05\r", "0", "0g", "g0", "0 1", "zz \u00e9", "01\u00e9",
              "abcdef", "ABCDEF", "a b", "\x1c01", "01 ", "  ", "0\u00e9", "0x10"]:
        fromhex.append("(%s, %s)" % (rs(s), result(lambda: bytes.fromhex(s), rb)))
    section("BYTES_FROMHEX", "(&str, Result<&[u8], &str>)", fromhex)


# ---------------------------------------------------------------- codecs

ENC_NAMES = ["utf-8", "UTF8", "utf_8", "U8", "utf", "cp65001", "latin-1", "latin1", "iso-8859-1", "ISO8859_1",
             "L1", "8859", "iso 8859 1", "ascii", "US-ASCII", "646", "ANSI_X3.4_1968", "ansi_x3.4.1968",
             " utf--8 ", "utf\u00e98", "utf8.", "utf.8", "Utf-8\t", "bogus", "", "utf-16", "cp1252", "rot13"]
HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "bogus"]


def err_text(e):
    return "%s: %s" % (type(e).__name__, e)


def gen_codecs():
    look = []
    for n in ENC_NAMES:
        try:
            name = codecs.lookup(n).name
        except LookupError:
            name = None
        look.append("(%s, %s)" % (rs(n), opt(name, rs)))
    section("CODEC_LOOKUP", "(&str, Option<&str>)", look)
    enc = []
    texts = ["", "abc", "caf\u00e9", "a\u00e9\u20ac\u20acb", "\u20ac", "\U0001f600x", "\u00ff\u0100", "x\u00e9y\u00e9z",
             "\u4e2d\u6587 and \u00e9\u00e8"] + [rand_str() for _ in range(4 * SCALE)]
    for s in texts:
        for enc_name in ["utf-8", "ascii", "latin-1"]:
            for h in HANDLERS if enc_name != "utf-8" else ["strict", "bogus"]:
                try:
                    r = "Ok(%s)" % rb(s.encode(enc_name, h))
                except (UnicodeError, LookupError) as e:
                    r = "Err(%s)" % rs(err_text(e))
                enc.append("(%s, %s, %s, %s)" % (rs(s), rs(enc_name), rs(h), r))
    for n in ["L1", "646", "bogus", "utf-16"]:
        try:
            r = "Ok(%s)" % rb("\u00e9".encode(n))
        except (UnicodeError, LookupError) as e:
            r = "Err(%s)" % rs(err_text(e))
        enc.append("(%s, %s, %s, %s)" % (rs("\u00e9"), rs(n), rs("strict"), r))
    section("ENCODE", "(&str, &str, &str, Result<&[u8], &str>)", enc)
    dec = []
    datas = [b"", b"abc", b"\xff", b"a\xe2\x82", b"\xe2\x82a", b"\xed\xa0\x80", b"\xf0\x90\x80", b"\xc0\x80",
             b"\xf4\x90\x80\x80", b"\xe0\x80\x80", b"\xe0\x80", b"\xf0\x80", b"ab\xe9\xe9", b"caf\xc3\xa9",
             b"\xf0\x9f\x98\x80\xff\xfe", b"\x80\x80", b"\xc3", b"x\xc3(", b"\xf5\x80\x80\x80", b"\xe1\x80\xe1\x80\x80"]
    datas += [bytes(rng.randrange(256) for _ in range(rng.randint(0, 6))) for _ in range(4 * SCALE)]
    for b in datas:
        for enc_name in ["utf-8", "ascii", "latin-1"]:
            hs = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "bogus"]
            for h in hs if enc_name != "latin-1" else ["strict"]:
                try:
                    r = "Ok(%s)" % rs(b.decode(enc_name, h))
                except (UnicodeError, LookupError, TypeError) as e:
                    r = "Err(%s)" % rs(err_text(e))
                dec.append("(%s, %s, %s, %s)" % (rb(b), rs(enc_name), rs(h), r))
    section("DECODE", "(&[u8], &str, &str, Result<&str, &str>)", dec)


def main():
    gen_find()
    gen_split()
    gen_lines()
    gen_strip()
    gen_replace()
    gen_partition()
    gen_pad()
    gen_tabs()
    gen_case()
    gen_pred()
    gen_repr()
    gen_index()
    gen_bytes()
    gen_codecs()
    header = ("// @generated by gen_tests.py from CPython %s (scale %d). Do not edit.\n"
              "// Expected results of str/bytes methods for strlib's unit tests.\n\n"
              % (sys.version.split()[0], SCALE))
    with open(OUT, "w") as fh:
        fh.write(header + "\n".join(sections))
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
