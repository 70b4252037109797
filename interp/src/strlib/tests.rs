//! Unit tests.  Most expectations come from CPython 3.11 via gen_tests.py
//! (tests_data.rs); each table-driven test reports every mismatch at once.

use super::tests_data as d;
use super::*;

/// Collects mismatches so that one run shows all of them.
struct Check {
    what: &'static str,
    failures: Vec<String>,
    cases: usize,
}

impl Check {
    fn new(what: &'static str) -> Check {
        Check {
            what,
            failures: Vec::new(),
            cases: 0,
        }
    }

    fn eq<T: PartialEq + std::fmt::Debug>(&mut self, ctx: impl std::fmt::Debug, got: T, want: T) {
        self.cases += 1;
        if got != want {
            self.failures
                .push(format!("{ctx:?}: got {got:?}, want {want:?}"));
        }
    }

    fn done(self) {
        assert!(self.cases > 0, "{}: no cases", self.what);
        if !self.failures.is_empty() {
            let shown: Vec<_> = self.failures.iter().take(40).cloned().collect();
            panic!(
                "{}: {} of {} checks failed:\n{}",
                self.what,
                self.failures.len(),
                self.cases,
                shown.join("\n")
            );
        }
    }
}

fn err_text<T>(r: Result<T, impl std::fmt::Display>) -> Result<T, String> {
    r.map_err(|e| e.to_string())
}

#[test]
fn find_rfind_count_startswith_endswith() {
    let mut c = Check::new("find");
    for &(s, sub, a, b, f, rf, n, sw, ew) in d::FIND {
        let ctx = (s, sub, a, b);
        c.eq(ctx, find(s, sub, a, b), f);
        c.eq(ctx, rfind(s, sub, a, b), rf);
        c.eq(ctx, count(s, sub, a, b), n);
        c.eq(ctx, startswith(s, sub, a, b), sw);
        c.eq(ctx, endswith(s, sub, a, b), ew);
    }
    c.done();
}

#[test]
fn split_rsplit() {
    let mut c = Check::new("split");
    for &(s, sep, m, want, rwant) in d::SPLIT {
        if sep == Some("") {
            let e = Err(StrError::Value("empty separator".into()));
            c.eq((s, sep, m), split(s, sep, m), e.clone());
            c.eq((s, sep, m), rsplit(s, sep, m), e);
            continue;
        }
        c.eq((s, sep, m), split(s, sep, m), Ok(want.to_vec()));
        c.eq((s, sep, m), rsplit(s, sep, m), Ok(rwant.to_vec()));
    }
    c.done();
}

#[test]
fn splitlines_both_ways() {
    let mut c = Check::new("splitlines");
    for &(s, want, want_keep) in d::SPLITLINES {
        c.eq(s, splitlines(s, false), want.to_vec());
        c.eq(s, splitlines(s, true), want_keep.to_vec());
    }
    c.done();
}

#[test]
fn strip_family() {
    let mut c = Check::new("strip");
    for &(s, chars, st, l, r) in d::STRIP {
        c.eq((s, chars), strip(s, chars), st);
        c.eq((s, chars), lstrip(s, chars), l);
        c.eq((s, chars), rstrip(s, chars), r);
    }
    c.done();
}

#[test]
fn replace_cases() {
    let mut c = Check::new("replace");
    for &(s, old, new, n, want) in d::REPLACE {
        c.eq(
            (s, old, new, n),
            replace(s, old, new, n),
            Ok(want.to_string()),
        );
    }
    c.done();
}

#[test]
fn partition_cases() {
    let mut c = Check::new("partition");
    for &(s, sep, p, rp) in d::PARTITION {
        c.eq((s, sep), partition(s, sep), Ok((p[0], p[1], p[2])));
        c.eq((s, sep), rpartition(s, sep), Ok((rp[0], rp[1], rp[2])));
    }
    c.eq(
        "empty",
        partition("abc", ""),
        Err(StrError::empty_separator()),
    );
    c.eq(
        "empty",
        rpartition("abc", ""),
        Err(StrError::empty_separator()),
    );
    c.done();
}

#[test]
fn padding() {
    let mut c = Check::new("pad");
    for &(s, w, fill, cen, l, r, z) in d::PAD {
        let ctx = (s, w, fill);
        c.eq(ctx, center(s, w, fill), Ok(cen.to_string()));
        c.eq(ctx, ljust(s, w, fill), Ok(l.to_string()));
        c.eq(ctx, rjust(s, w, fill), Ok(r.to_string()));
        c.eq(ctx, zfill(s, w), Ok(z.to_string()));
    }
    c.done();
}

#[test]
fn tabs() {
    let mut c = Check::new("expandtabs");
    for &(s, ts, want) in d::EXPANDTABS {
        c.eq((s, ts), expandtabs(s, ts), Ok(want.to_string()));
    }
    c.done();
}

#[test]
fn case_conversions() {
    let mut c = Check::new("case");
    for &(s, up, low, fold, swap, tit, cap) in d::CASE {
        c.eq((s, "upper"), upper(s), up.to_string());
        c.eq((s, "lower"), lower(s), low.to_string());
        c.eq((s, "casefold"), casefold(s), fold.to_string());
        c.eq((s, "swapcase"), swapcase(s), swap.to_string());
        c.eq((s, "title"), title(s), tit.to_string());
        c.eq((s, "capitalize"), capitalize(s), cap.to_string());
    }
    c.done();
}

#[test]
fn predicates() {
    type Pred = (&'static str, fn(&str) -> bool);
    let preds: [Pred; 12] = [
        ("isalpha", isalpha),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("islower", islower),
        ("isupper", isupper),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isprintable", isprintable),
        ("isascii", isascii),
    ];
    let mut c = Check::new("predicates");
    for &(s, bits, len) in d::PREDICATES {
        for (i, (name, f)) in preds.iter().enumerate() {
            c.eq((s, name), f(s), bits & (1 << i) != 0);
        }
        c.eq((s, "len"), char_len(s), len);
    }
    c.done();
}

#[test]
fn repr_and_ascii() {
    let mut c = Check::new("repr");
    for &(s, r, a) in d::REPR {
        c.eq(s, repr_str(s), r.to_string());
        c.eq(s, ascii_str(s), a.to_string());
    }
    c.done();
}

#[test]
fn byte_offsets() {
    let mut c = Check::new("byte_offset");
    for &(s, i, want) in d::BYTE_OFFSET {
        c.eq((s, i), byte_offset(s, i), want);
        c.eq((s, "char_index"), char_index(s, want), i.min(char_len(s)));
    }
    c.done();
}

#[test]
fn bytes_search_family() {
    let mut c = Check::new("bytes_find");
    for &(b, sub, s, e, f, rf, n, sw, ew) in d::BYTES_FIND {
        let ctx = (b, sub, s, e);
        c.eq(ctx, bytes_find(b, sub, s, e), f);
        c.eq(ctx, bytes_rfind(b, sub, s, e), rf);
        c.eq(ctx, bytes_count(b, sub, s, e), n);
        c.eq(ctx, bytes_startswith(b, sub, s, e), sw);
        c.eq(ctx, bytes_endswith(b, sub, s, e), ew);
    }
    c.done();
}

#[test]
fn bytes_split_family() {
    let mut c = Check::new("bytes_split");
    for &(b, sep, m, want, rwant) in d::BYTES_SPLIT {
        c.eq((b, sep, m), bytes_split(b, sep, m), Ok(want.to_vec()));
        c.eq((b, sep, m), bytes_rsplit(b, sep, m), Ok(rwant.to_vec()));
    }
    for &(b, want, keep) in d::BYTES_SPLITLINES {
        c.eq(b, bytes_splitlines(b, false), want.to_vec());
        c.eq(b, bytes_splitlines(b, true), keep.to_vec());
    }
    for &(b, sep, p, rp) in d::BYTES_PARTITION {
        c.eq((b, sep), bytes_partition(b, sep), Ok((p[0], p[1], p[2])));
        c.eq(
            (b, sep),
            bytes_rpartition(b, sep),
            Ok((rp[0], rp[1], rp[2])),
        );
    }
    let empty = Err(StrError::empty_separator());
    c.eq(
        "sep",
        bytes_split(b"a", Some(b""), -1).map(|_| ()),
        empty.clone(),
    );
    c.eq(
        "sep",
        bytes_rsplit(b"a", Some(b""), -1).map(|_| ()),
        empty.clone(),
    );
    c.eq("sep", bytes_partition(b"a", b"").map(|_| ()), empty.clone());
    c.eq("sep", bytes_rpartition(b"a", b"").map(|_| ()), empty);
    c.done();
}

#[test]
fn bytes_strip_case_predicates() {
    let mut c = Check::new("bytes_strip");
    for &(b, chars, st, l, r) in d::BYTES_STRIP {
        c.eq((b, chars), bytes_strip(b, chars), st);
        c.eq((b, chars), bytes_lstrip(b, chars), l);
        c.eq((b, chars), bytes_rstrip(b, chars), r);
    }
    for &(b, up, low, swap, tit, cap) in d::BYTES_CASE {
        c.eq((b, "upper"), bytes_upper(b), up.to_vec());
        c.eq((b, "lower"), bytes_lower(b), low.to_vec());
        c.eq((b, "swapcase"), bytes_swapcase(b), swap.to_vec());
        c.eq((b, "title"), bytes_title(b), tit.to_vec());
        c.eq((b, "capitalize"), bytes_capitalize(b), cap.to_vec());
    }
    let preds: [fn(&[u8]) -> bool; 8] = [
        bytes_isalpha,
        bytes_isdigit,
        bytes_isalnum,
        bytes_isspace,
        bytes_islower,
        bytes_isupper,
        bytes_istitle,
        bytes_isascii,
    ];
    for &(b, bits) in d::BYTES_PREDICATES {
        for (i, f) in preds.iter().enumerate() {
            c.eq((b, i), f(b), bits & (1 << i) != 0);
        }
    }
    c.done();
}

#[test]
fn bytes_misc() {
    let mut c = Check::new("bytes_misc");
    for &(b, w, cen, l, r, z, tabs, rep, hex) in d::BYTES_MISC {
        c.eq((b, w), bytes_center(b, w, b'*'), Ok(cen.to_vec()));
        c.eq((b, w), bytes_ljust(b, w, b'*'), Ok(l.to_vec()));
        c.eq((b, w), bytes_rjust(b, w, b'*'), Ok(r.to_vec()));
        c.eq((b, w), bytes_zfill(b, w), Ok(z.to_vec()));
        c.eq(b, bytes_expandtabs(b, 4), Ok(tabs.to_vec()));
        c.eq(b, repr_bytes(b), rep.to_string());
        c.eq(b, bytes_hex(b, None, 1), Ok(hex.to_string()));
    }
    for &(b, old, new, n, want) in d::BYTES_REPLACE {
        c.eq(
            (b, old, n),
            bytes_replace(b, old, new, n),
            Ok(want.to_vec()),
        );
    }
    for &(b, sep, n, want) in d::BYTES_HEX {
        c.eq(
            (b, sep, n),
            err_text(bytes_hex(b, sep, n)),
            want.map(str::to_string).map_err(str::to_string),
        );
    }
    for &(s, want) in d::BYTES_FROMHEX {
        c.eq(
            s,
            err_text(bytes_fromhex(s)),
            want.map(<[u8]>::to_vec).map_err(str::to_string),
        );
    }
    c.done();
}

#[test]
fn codecs() {
    let mut c = Check::new("codecs");
    for &(name, want) in d::CODEC_LOOKUP {
        match want {
            // A codec CPython has and strlib does not implement.
            Some(w) if !["utf-8", "iso8859-1", "ascii"].contains(&w) => {
                c.eq(
                    name,
                    (lookup_codec(name), is_other_known_encoding(name)),
                    (None, true),
                );
            }
            _ => c.eq(name, lookup_codec(name).map(Codec::name), want),
        }
    }
    for &(s, enc, errors, want) in d::ENCODE {
        let got = encode(s, enc, errors);
        // CPython knows utf-16: only the "not implemented" answer may differ.
        if matches!(got, Err(EncodeError::Unsupported(_))) && want.is_ok() {
            continue;
        }
        c.eq(
            (s, enc, errors),
            err_text(got),
            want.map(<[u8]>::to_vec).map_err(str::to_string),
        );
    }
    for &(b, enc, errors, want) in d::DECODE {
        c.eq(
            (b, enc, errors),
            err_text(decode(b, enc, errors)),
            want.map(str::to_string).map_err(str::to_string),
        );
    }
    c.done();
}

#[test]
fn codec_details() {
    assert_eq!(normalize_encoding(" UTF--8 "), "utf_8");
    assert_eq!(normalize_encoding("ISO 8859.1"), "iso_8859.1");
    assert_eq!(lookup_codec("latin1"), Some(Codec::Latin1));
    assert_eq!(lookup_codec("utf.8"), None);
    assert!(is_other_known_encoding("UTF-16"));
    assert!(!is_other_known_encoding("no-such-codec"));
    let e = encode("é", "utf-16", "strict").unwrap_err();
    assert_eq!(e.exception_name(), "NotImplementedError");
    let e = encode("é", "nope", "strict").unwrap_err();
    assert_eq!(e.message(), "unknown encoding: nope");
    assert_eq!(e.exception_name(), "LookupError");
    let e = encode("aé", "ascii", "strict").unwrap_err();
    let EncodeError::Unicode(u) = &e else {
        panic!("{e:?}")
    };
    assert_eq!((u.start, u.end, u.character), (1, 2, 'é'));
    assert_eq!(
        e.to_string(),
        "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"
    );
    assert_eq!(
        encode("\u{20ac}", "latin-1", "namereplace")
            .unwrap_err()
            .exception_name(),
        "NotImplementedError"
    );
    let e = decode(b"\xff", "utf-8", "surrogateescape").unwrap_err();
    assert_eq!(e.exception_name(), "NotImplementedError");
    let e = decode(b"\xed\xa0\x80", "utf-8", "surrogatepass").unwrap_err();
    assert_eq!(e.exception_name(), "NotImplementedError");
    let e = decode(b"\xff", "utf-8", "surrogatepass").unwrap_err();
    assert_eq!(
        e.message(),
        "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
    );
    let e = decode(b"\xe2\x82", "utf8", "strict").unwrap_err();
    let DecodeError::Unicode(u) = e else { panic!() };
    assert_eq!((u.start, u.end, u.reason), (0, 2, "unexpected end of data"));
    // Valid input never consults the handler name, like CPython.
    assert_eq!(decode(b"abc", "ascii", "no-such-handler"), Ok("abc".into()));
    assert_eq!(
        encode("abc", "ascii", "no-such-handler"),
        Ok(b"abc".to_vec())
    );
}

#[test]
fn adjust_indices_clamps() {
    assert_eq!(adjust_indices(5, None, None), (0, 5));
    assert_eq!(adjust_indices(5, Some(-2), None), (3, 5));
    assert_eq!(adjust_indices(5, Some(-20), Some(-1)), (0, 4));
    assert_eq!(adjust_indices(5, Some(7), Some(100)), (7, 5));
    assert_eq!(
        adjust_indices(5, Some(isize::MIN), Some(isize::MIN)),
        (0, 0)
    );
    assert_eq!(
        adjust_indices(5, Some(isize::MAX), Some(isize::MAX)),
        (isize::MAX as usize, 5)
    );
    assert_eq!(adjust_indices(0, Some(0), Some(-1)), (0, 0));
}

#[test]
fn index_helpers() {
    let s = "aß中😀e";
    assert_eq!(char_len(s), 5);
    assert_eq!(char_len(""), 0);
    assert_eq!(byte_offset(s, 0), 0);
    assert_eq!(byte_offset(s, 2), 3);
    assert_eq!(byte_offset(s, 4), 10);
    assert_eq!(byte_offset(s, 99), s.len());
    assert_eq!(char_slice(s, 1, 4), "ß中😀");
    assert_eq!(char_slice(s, 3, 99), "😀e");
    assert_eq!(char_slice(s, 4, 2), "");
    assert_eq!(char_at(s, 3), Some('😀'));
    assert_eq!(char_at(s, 5), None);
    assert_eq!(char_index(s, 4), 2); // inside '中': rounds down
    assert_eq!(find(s, "😀", None, None), 3);
    assert_eq!(find(s, "e", Some(-1), None), 4);
    assert_eq!(rfind(s, "", None, None), 5);
    assert_eq!(count(s, "", Some(2), None), 4);
    assert_eq!(find(s, "", Some(6), None), -1);
    assert!(startswith(s, "中", Some(2), None));
    assert!(endswith(s, "ß", None, Some(2)));
    assert!(!endswith(s, "", Some(6), None));
}

#[test]
fn char_level_properties() {
    assert_eq!(char_decimal_value('٣'), Some(3));
    assert_eq!(char_decimal_value('7'), Some(7));
    assert_eq!(char_decimal_value('𝟎'), Some(0));
    assert_eq!(char_decimal_value('²'), None);
    assert_eq!(char_decimal_value('a'), None);
    assert!(char_isspace('\u{1c}') && char_isspace('\u{85}') && char_isspace('\u{a0}'));
    assert!(char_isspace('\u{2028}') && char_isspace('\u{3000}') && !char_isspace('\u{200b}'));
    assert!(char_isprintable(' ') && !char_isprintable('\u{a0}') && !char_isprintable('\u{ad}'));
    assert!(char_isdecimal('٣') && !char_isdecimal('²') && char_isdigit('²'));
    assert!(char_isnumeric('½') && !char_isdigit('½'));
    assert!(char_isidentifier_start('_') && char_isidentifier_start('ß'));
    assert!(!char_isidentifier_start('1') && char_isidentifier_continue('1'));
    assert!(char_isidentifier_continue('\u{b7}') && !char_isidentifier_start('\u{b7}'));
    assert!(char_istitle('ǅ') && !char_isupper('ǅ') && !char_islower('ǅ'));
    assert!(char_iscased('ǅ') && char_iscase_ignorable('\u{301}') && char_iscase_ignorable('\''));
    for c in "\n\r\x0b\x0c\x1c\x1d\x1e\u{85}\u{2028}\u{2029}".chars() {
        assert!(char_islinebreak(c));
    }
    assert!(!char_islinebreak('\x1f'));
    let mut out = String::new();
    push_upper('ß', &mut out);
    push_title('ǆ', &mut out);
    push_casefold('ẞ', &mut out);
    push_lower('İ', &mut out);
    assert_eq!(out, "SSǅssi\u{307}");
    assert_eq!(UNICODE_VERSION, "14.0.0");
}

#[test]
fn case_examples() {
    assert_eq!(lower("ΟΔΟΣ"), "οδος");
    assert_eq!(lower("ΣΑ Σ"), "σα σ");
    assert_eq!(lower("AΣ\u{301}b"), "aσ\u{301}b");
    assert_eq!(lower("AΣ\u{301}"), "aς\u{301}");
    assert_eq!(casefold("ΟΔΟΣ"), "οδοσ");
    assert_eq!(upper("straße"), "STRASSE");
    assert_eq!(title("ǆungla ǅ"), "ǅungla ǅ");
    assert_eq!(title("they're bill's"), "They'Re Bill'S");
    assert_eq!(capitalize("ǆUNGLA"), "ǅungla");
    assert_eq!(swapcase("ǅ Σ"), "ǅ σ");
    assert_eq!(upper("ﬁ"), "FI");
    assert_eq!(title("ﬁx"), "Fix");
}

#[test]
fn errors_instead_of_aborts() {
    let huge = usize::MAX / 2;
    assert_eq!(center("a", huge, 'x').unwrap_err(), StrError::Memory);
    assert_eq!(ljust("a", usize::MAX, '😀').unwrap_err(), StrError::Memory);
    assert_eq!(zfill("-1", huge).unwrap_err(), StrError::Memory);
    assert_eq!(
        bytes_rjust(b"a", usize::MAX, b' ').unwrap_err(),
        StrError::Memory
    );
    let e = expandtabs("\t\t", isize::MAX).unwrap_err();
    assert_eq!(e.exception_name(), "OverflowError");
    let big = "a".repeat(1000);
    let e = replace(&big, "", &big, -1);
    assert!(e.is_ok());
    assert_eq!(
        bytes_expandtabs(b"\t\t", isize::MAX)
            .unwrap_err()
            .exception_name(),
        "OverflowError"
    );
    assert_eq!(StrError::Memory.to_string(), "MemoryError");
    assert_eq!(
        StrError::empty_separator().to_string(),
        "ValueError: empty separator"
    );
}

/// Every API function on every char-index / byte-index combination of some
/// awkward strings: nothing may panic.
#[test]
fn no_panics_on_extreme_arguments() {
    let texts = ["", "a", "aß中😀e\u{301}Σ", "\r\n\t ", "\u{10ffff}\u{0}"];
    let idx = [
        None,
        Some(isize::MIN),
        Some(-100),
        Some(-3),
        Some(-1),
        Some(0),
        Some(1),
        Some(2),
        Some(3),
        Some(7),
        Some(100),
        Some(isize::MAX),
    ];
    for s in texts {
        for sub in texts {
            for &a in &idx {
                for &b in &idx {
                    let _ = find(s, sub, a, b);
                    let _ = rfind(s, sub, a, b);
                    let _ = count(s, sub, a, b);
                    let _ = startswith(s, sub, a, b);
                    let _ = endswith(s, sub, a, b);
                    let (sb, subb) = (s.as_bytes(), sub.as_bytes());
                    let _ = bytes_find(sb, subb, a, b);
                    let _ = bytes_rfind(sb, subb, a, b);
                    let _ = bytes_count(sb, subb, a, b);
                    let _ = bytes_startswith(sb, subb, a, b);
                    let _ = bytes_endswith(sb, subb, a, b);
                }
            }
            for m in [isize::MIN, -1, 0, 1, isize::MAX] {
                let _ = split(s, Some(sub), m);
                let _ = rsplit(s, Some(sub), m);
                let _ = split(s, None, m);
                let _ = rsplit(s, None, m);
                let _ = replace(s, sub, s, m);
                let _ = bytes_split(s.as_bytes(), Some(sub.as_bytes()), m);
                let _ = bytes_rsplit(s.as_bytes(), None, m);
                let _ = bytes_replace(s.as_bytes(), sub.as_bytes(), b"x", m);
            }
            let _ = partition(s, sub);
            let _ = rpartition(s, sub);
            let _ = strip(s, Some(sub));
        }
        for i in [0, 1, 2, 5, 100, usize::MAX] {
            let _ = byte_offset(s, i);
            let _ = char_index(s, i);
            let _ = char_at(s, i);
            let _ = char_slice(s, i, usize::MAX);
            let _ = char_slice(s, 0, i);
        }
        for t in [isize::MIN, -1, 0, 1, 3] {
            let _ = expandtabs(s, t);
            let _ = bytes_expandtabs(s.as_bytes(), t);
            let _ = bytes_hex(s.as_bytes(), Some(":"), t);
        }
        let _ = bytes_fromhex(s);
        let _ = decode(s.as_bytes(), "ascii", "replace");
    }
}

/// Small deterministic generator for the property tests below.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

fn naive_find(h: &[u8], n: &[u8]) -> Option<usize> {
    (0..=h.len().checked_sub(n.len())?).find(|&i| &h[i..i + n.len()] == n)
}

fn naive_rfind(h: &[u8], n: &[u8]) -> Option<usize> {
    (0..=h.len().checked_sub(n.len())?)
        .rev()
        .find(|&i| &h[i..i + n.len()] == n)
}

/// Horspool search (both directions) against a naive scan, with needles
/// long enough to exercise the skip tables, over tiny alphabets.
#[test]
fn byte_search_matches_naive() {
    let mut r = Lcg(42);
    for round in 0..20_000 {
        let alphabet = 1 + round % 4;
        let hay: Vec<u8> = (0..r.next(40))
            .map(|_| b'a' + r.next(alphabet) as u8)
            .collect();
        let needle: Vec<u8> = if !hay.is_empty() && r.next(2) == 0 {
            let i = r.next(hay.len());
            let j = (i + r.next(12)).min(hay.len());
            hay[i..j].to_vec()
        } else {
            (0..r.next(9))
                .map(|_| b'a' + r.next(alphabet) as u8)
                .collect()
        };
        assert_eq!(
            bytes_search(&hay, &needle),
            naive_find(&hay, &needle),
            "{hay:?} {needle:?}"
        );
        assert_eq!(
            bytes_rsearch(&hay, &needle),
            naive_rfind(&hay, &needle),
            "{hay:?} {needle:?}"
        );
    }
}

/// str search and split on multi-byte text agree with the same operations
/// done on code-point vectors.
#[test]
fn str_search_matches_char_vectors() {
    let alphabet = ['a', 'ß', '中', '😀', 'Σ'];
    let mut r = Lcg(7);
    for _ in 0..5_000 {
        let hay: Vec<char> = (0..r.next(14)).map(|_| alphabet[r.next(3)]).collect();
        let needle: Vec<char> = (0..r.next(3)).map(|_| alphabet[r.next(3)]).collect();
        let (hs, ns): (String, String) = (hay.iter().collect(), needle.iter().collect());
        let start = r.next(18) as isize - 9;
        let (a, b) = adjust_indices(hay.len(), Some(start), None);
        let want = if a > b {
            -1
        } else {
            let w = &hay[a..b];
            (0..=w.len().saturating_sub(needle.len()))
                .find(|&i| i + needle.len() <= w.len() && w[i..i + needle.len()] == needle[..])
                .map_or(-1, |i| (a + i) as isize)
        };
        assert_eq!(
            find(&hs, &ns, Some(start), None),
            want,
            "{hs:?} {ns:?} {start}"
        );
        if !ns.is_empty() {
            let parts = split(&hs, Some(&ns), -1).unwrap();
            assert_eq!(parts.join(ns.as_str()), hs);
            assert_eq!(parts.len(), count(&hs, &ns, None, None) + 1);
            assert_eq!(rsplit(&hs, Some(&ns), -1).unwrap().join(ns.as_str()), hs);
        }
    }
}
