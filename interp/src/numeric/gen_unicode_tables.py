#!/usr/bin/env python3
"""Generates unicode_tables.rs from CPython 3.11's unicodedata:

    python3 gen_unicode_tables.py > unicode_tables.rs && cargo fmt
"""
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "tables must come from CPython 3.11"
out = []
out.append("//! Unicode tables used by the numeric parsers, generated from CPython 3.11's")
out.append("//! `unicodedata` (Unicode %s) by `gen_unicode_tables.py`." % unicodedata.unidata_version)
out.append("")
ws = [i for i in range(sys.maxunicode + 1) if chr(i).isspace()]
out.append("/// Code points for which Python's `str.isspace()` is true.")
out.append("pub(crate) const PY_WHITESPACE: &[u32] = &[")
out += ["    0x%04X," % c for c in ws]
out.append("];")
out.append("")
zeros = [i for i in range(sys.maxunicode + 1) if unicodedata.decimal(chr(i), None) == 0]
assert all(unicodedata.decimal(chr(z + d), None) == d for z in zeros for d in range(10))
out.append("/// First code point (digit zero) of each run of ten Unicode decimal digits (category Nd).")
out.append("pub(crate) const DECIMAL_ZEROS: &[u32] = &[")
out += ["    0x%05X," % c for c in zeros]
out.append("];")
out.append("")
ranges, start = [], None
for i in range(sys.maxunicode + 2):
    nonprint = i <= sys.maxunicode and not chr(i).isprintable()
    if nonprint and start is None:
        start = i
    if not nonprint and start is not None:
        ranges.append((start, i - 1))
        start = None
out.append("/// Inclusive ranges of code points for which Python's `str.isprintable()` is false.")
out.append("pub(crate) const NON_PRINTABLE: &[(u32, u32)] = &[")
out += ["    (0x%05X, 0x%05X)," % r for r in ranges]
out.append("];")
print("\n".join(out))
