#!/usr/bin/env python3
"""Generate unicode_tables.rs for weft's strlib from CPython 3.11's own behaviour.

Run with CPython 3.11 (the version whose str semantics strlib reproduces):

    python3 interp/src/strlib/gen_tables.py   # rewrites unicode_tables.rs beside this file

Every property is taken from what CPython's str methods answer for a single
code point (or a tiny probe string), so the tables agree with CPython even
where CPython's definitions differ from a Unicode property of the same name:

* flags: isalpha/isdecimal/isdigit/isnumeric/isspace/isprintable/islower/
  isupper, category Lt (titlecase), "cased" and "case-ignorable" (probed through
  str.title() and the final-sigma rule of str.lower()), and identifier
  start/continue (probed through str.isidentifier()).  Stored as runs:
  `start << 8 | palette index`, binary searched.
* decimal digits: the code point of each run's zero (Unicode keeps the ten
  decimal digits of a script contiguous and ascending; checked below).
* case mappings (full, incl. multi-character results): upper and lower in
  full; title only where it differs from upper; casefold only where it differs
  from lower.  Single-character results are stored as ranges
  (start, count, stride, delta); multi-character results as strings.
* the names CPython's codec registry resolves to utf-8, latin-1 and ascii.
"""

import os
import sys
import unicodedata
import encodings.aliases

if sys.version_info[:2] != (3, 11):
    sys.exit("run this with CPython 3.11 (found %s)" % sys.version.split()[0])

MAX = 0x110000

FLAG_NAMES = [
    "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "PRINTABLE", "LOWER",
    "UPPER", "TITLE", "CASED", "CASE_IGNORABLE", "XID_START", "XID_CONTINUE",
]
BIT = {name: 1 << i for i, name in enumerate(FLAG_NAMES)}


def is_cased(ch):
    # str.title(): a character following a cased one is lowercased, else titlecased.
    return ("A" + ch + "a").title()[-1] == "a"


def is_case_ignorable(ch, cased):
    # str.lower()'s final-sigma rule skips case-ignorable characters.
    if cased:
        return (ch + "\u03a3").lower()[-1] == "\u03c3"
    return ("A" + ch + "\u03a3").lower()[-1] == "\u03c2"


def flags_of(cp):
    ch = chr(cp)
    f = 0
    if ch.isalpha():
        f |= BIT["ALPHA"]
    if ch.isdecimal():
        f |= BIT["DECIMAL"]
    if ch.isdigit():
        f |= BIT["DIGIT"]
    if ch.isnumeric():
        f |= BIT["NUMERIC"]
    if ch.isspace():
        f |= BIT["SPACE"]
    if ch.isprintable():
        f |= BIT["PRINTABLE"]
    if ch.islower():
        f |= BIT["LOWER"]
    if ch.isupper():
        f |= BIT["UPPER"]
    if unicodedata.category(ch) == "Lt":
        f |= BIT["TITLE"]
    cased = is_cased(ch)
    if cased:
        f |= BIT["CASED"]
    if is_case_ignorable(ch, cased):
        f |= BIT["CASE_IGNORABLE"]
    if ch.isidentifier():
        f |= BIT["XID_START"]
    if ("a" + ch).isidentifier():
        f |= BIT["XID_CONTINUE"]
    return f


def flag_runs():
    palette = []
    index = {}
    runs = []
    prev = None
    for cp in range(MAX):
        f = flags_of(cp)
        if f != prev:
            if f not in index:
                index[f] = len(palette)
                palette.append(f)
            runs.append((cp, index[f]))
            prev = f
    assert len(palette) <= 256
    return palette, runs


def decimal_zeros():
    zeros = []
    for cp in range(MAX):
        ch = chr(cp)
        if ch.isdecimal():
            v = unicodedata.decimal(ch)
            if v == 0:
                zeros.append(cp)
            else:
                assert cp - v in zeros, hex(cp)
    for z in zeros:
        for v in range(10):
            assert unicodedata.decimal(chr(z + v), None) == v, hex(z)
    return zeros


def build_map(mapping):
    """mapping: {cp: result str}.  -> (ranges, specials)."""
    simple = {cp: ord(s) - cp for cp, s in mapping.items() if len(s) == 1}
    special = sorted((cp, s) for cp, s in mapping.items() if len(s) != 1)
    ranges = []  # [start, count, stride, delta]
    for cp in sorted(simple):
        d = simple[cp]
        if ranges:
            r = ranges[-1]
            start, count, stride, delta = r
            last = start + (count - 1) * stride
            if d == delta:
                gap = cp - last
                if count == 1 and gap in (1, 2) and (gap == 1 or last + 1 not in mapping):
                    r[1] = 2
                    r[2] = gap
                    continue
                if count > 1 and gap == stride and (stride == 1 or last + 1 not in mapping):
                    r[1] += 1
                    continue
        ranges.append([cp, 1, 1, d])
    for r in ranges:
        assert r[1] < 1 << 16
    return ranges, special


def case_maps():
    upper, lower, title, fold = {}, {}, {}, {}
    for cp in range(MAX):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        u = ch.upper()
        lo = ch.lower()
        t = ch.title()
        f = ch.casefold()
        if u != ch:
            upper[cp] = u
        if lo != ch:
            lower[cp] = lo
        if t != u:
            title[cp] = t
        if f != lo:
            fold[cp] = f
    return upper, lower, title, fold


def rust_str(s):
    out = []
    for c in s:
        o = ord(c)
        if 0x20 <= o < 0x7F and c not in '"\\':
            out.append(c)
        else:
            out.append("\\u{%x}" % o)
    return '"' + "".join(out) + '"'


def codec_names():
    canon = {"utf_8": "Utf8", "latin_1": "Latin1", "ascii": "Ascii"}
    return sorted((k, canon[v]) for k, v in encodings.aliases.aliases.items() if v in canon)


def other_codec_names(ours):
    import pkgutil
    import encodings
    names = {m.name for m in pkgutil.iter_modules(encodings.__path__)}
    names |= set(encodings.aliases.aliases)
    names -= {"aliases", "mbcs", "oem", "cp65001"}  # helpers / Windows-only
    return sorted(n for n in names if n not in ours and not n.startswith("_"))


def wrap(items, per_line, indent="    "):
    lines = []
    for i in range(0, len(items), per_line):
        lines.append(indent + " ".join(x + "," for x in items[i:i + per_line]))
    return "\n".join(lines)


def main():
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "unicode_tables.rs")
    if len(sys.argv) > 1:
        out_path = sys.argv[1]
    palette, runs = flag_runs()
    zeros = decimal_zeros()
    upper, lower, title, fold = case_maps()
    # chars.rs searches the mapping tables only for cased code points.
    for m in (upper, lower, title, fold):
        for cp in m:
            assert flags_of(cp) & BIT["CASED"], hex(cp)
    w = []
    w.append("// @generated by gen_tables.py from CPython %s (Unicode %s). Do not edit."
             % (sys.version.split()[0], unicodedata.unidata_version))
    w.append("//")
    w.append("// Character properties and case mappings exactly as CPython 3.11's str")
    w.append("// methods see them; see gen_tables.py for how each one is derived.")
    w.append("")
    w.append("use super::codecs::Codec;")
    w.append("")
    w.append("pub const UNICODE_VERSION: &str = \"%s\";" % unicodedata.unidata_version)
    w.append("")
    for name in FLAG_NAMES:
        w.append("pub const %s: u16 = 0x%x;" % (name, BIT[name]))
    w.append("")
    w.append("/// Distinct flag combinations; `FLAG_RUNS` entries index into it.")
    w.append("pub static FLAG_PALETTE: [u16; %d] = [" % len(palette))
    w.append(wrap(["0x%04x" % p for p in palette], 10))
    w.append("];")
    w.append("")
    w.append("/// `first code point << 8 | palette index`; a run lasts until the next entry.")
    w.append("pub static FLAG_RUNS: [u32; %d] = [" % len(runs))
    w.append(wrap(["0x%x" % (cp << 8 | i) for cp, i in runs], 10))
    w.append("];")
    w.append("")
    w.append("/// The zero of each run of ten decimal digits (category Nd).")
    w.append("pub static DECIMAL_ZEROS: [u32; %d] = [" % len(zeros))
    w.append(wrap(["0x%x" % z for z in zeros], 10))
    w.append("];")
    for name, m, doc in [
        ("UPPER", upper, "str.upper() of one code point"),
        ("LOWER", lower, "str.lower() of one code point (final sigma is handled in code)"),
        ("TITLE", title, "str.title() of one code point where it differs from UPPER"),
        ("FOLD", fold, "str.casefold() of one code point where it differs from LOWER"),
    ]:
        ranges, special = build_map(m)
        w.append("")
        w.append("/// %s: (start, count, stride, delta) for one-character results." % doc)
        w.append("pub static %s_RANGES: [(u32, u16, u8, i32); %d] = [" % (name, len(ranges)))
        w.append(wrap(["(0x%x, %d, %d, %d)" % tuple(r) for r in ranges], 4))
        w.append("];")
        w.append("/// %s: multi-character results." % doc)
        w.append("pub static %s_SPECIAL: [(u32, &str); %d] = [" % (name, len(special)))
        w.append(wrap(["(0x%x, %s)" % (cp, rust_str(s)) for cp, s in special], 4))
        w.append("];")
    names = codec_names()
    w.append("")
    w.append("/// encodings.aliases entries naming the codecs strlib implements (their")
    w.append("/// module names utf_8, latin_1, ascii are matched in code), sorted.")
    w.append("pub static CODEC_NAMES: [(&str, Codec); %d] = [" % len(names))
    w.append(wrap(["(%s, Codec::%s)" % (rust_str(n), c) for n, c in names], 4))
    w.append("];")
    others = other_codec_names({n for n, _ in names} | {"utf_8", "latin_1", "ascii"})
    w.append("")
    w.append("/// Module names and aliases of the other codecs CPython 3.11 has, sorted.")
    w.append("pub static OTHER_CODEC_NAMES: [&str; %d] = [" % len(others))
    w.append(wrap([rust_str(n) for n in others], 8))
    w.append("];")
    with open(out_path, "w") as fh:
        fh.write("\n".join(w) + "\n")
    print("wrote %s: %d flag runs, %d palette entries, %d decimal runs" %
          (out_path, len(runs), len(palette), len(zeros)))


if __name__ == "__main__":
    main()
