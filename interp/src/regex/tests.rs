//! Unit tests of the regex engine (parsing, matching, templates) without the VM.

use super::exec::{Input, Mode, Scratch};
use super::{compile::compile, ErrorKind};

fn cps(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

/// The span of group 0..n of the first search match of `pat` in `text`, in byte offsets.
fn search(pat: &str, flags: u32, text: &str) -> Option<Vec<Option<(usize, usize)>>> {
    let re = compile(&cps(pat), true, flags).expect("pattern compiles");
    let mut s = Scratch::new();
    let input = Input {
        bytes: text.as_bytes(),
        utf8: !text.is_ascii(),
    };
    if re
        .exec(input, 0, Mode::Search, false, &mut s)
        .expect("no memory error")
    {
        Some((0..re.groups).map(|g| s.span(g)).collect())
    } else {
        None
    }
}

fn span0(pat: &str, text: &str) -> Option<(usize, usize)> {
    search(pat, 0, text).and_then(|v| v[0])
}

#[test]
fn literals_and_classes() {
    assert_eq!(span0("abc", "xxabcx"), Some((2, 5)));
    assert_eq!(span0("[a-c]+", "xxabcx"), Some((2, 5)));
    assert_eq!(span0(r"\d+", "ab123c"), Some((2, 5)));
    assert_eq!(span0("[^x]", "xxy"), Some((2, 3)));
    assert_eq!(span0("z", "abc"), None);
}

#[test]
fn alternation_is_ordered() {
    assert_eq!(span0("a|ab", "ab"), Some((0, 1)));
    assert_eq!(span0("ab|a", "ab"), Some((0, 2)));
}

#[test]
fn repeats() {
    assert_eq!(span0("a*?b", "aaab"), Some((0, 4)));
    assert_eq!(span0("a{2,3}", "aaaa"), Some((0, 3)));
    assert_eq!(span0("a{2,3}?", "aaaa"), Some((0, 2)));
    assert_eq!(span0("a*+a", "aaaa"), None);
    assert_eq!(span0("(?:ab)*+c", "ababc"), Some((0, 5)));
    assert_eq!(span0("(?>a*)a", "aaa"), None);
}

#[test]
fn empty_iterations_stop() {
    let g = search("(a?)*", 0, "aa").unwrap();
    assert_eq!(g[0], Some((0, 2)));
    assert_eq!(g[1], Some((2, 2)));
    assert_eq!(span0("(a*)*b", "aaab"), Some((0, 4)));
}

#[test]
fn captures_and_backrefs() {
    let g = search(r"(a)(b)?\1", 0, "aa").unwrap();
    assert_eq!(g, vec![Some((0, 2)), Some((0, 1)), None]);
    assert_eq!(span0(r"(?P<x>\w+) (?P=x)", "hi there there"), Some((3, 14)));
    assert_eq!(span0(r"(a)?(?(1)b|c)", "c"), Some((0, 1)));
}

#[test]
fn lookaround() {
    assert_eq!(span0(r"a(?=b)", "acab"), Some((2, 3)));
    assert_eq!(span0(r"a(?!b)", "abac"), Some((2, 3)));
    assert_eq!(span0(r"(?<=b)a", "aba"), Some((2, 3)));
    assert_eq!(span0(r"(?<!b)a", "ba a"), Some((3, 4)));
}

#[test]
fn unicode_text_and_case() {
    assert_eq!(span0("é+", "aééb"), Some((1, 5)));
    assert_eq!(search("straße", 2, "STRASSE"), None);
    assert_eq!(search("k", 2, "\u{212a}").map(|v| v[0]), Some(Some((0, 3))));
    assert_eq!(search("s", 2, "\u{17f}").map(|v| v[0]), Some(Some((0, 2))));
    assert_eq!(
        search(r"\w+", 0, "日本語!").map(|v| v[0]),
        Some(Some((0, 9)))
    );
}

#[test]
fn anchors() {
    assert_eq!(span0("a$", "a\n"), Some((0, 1)));
    assert_eq!(span0("^b", "a\nb"), None);
    assert_eq!(search("^b", 8, "a\nb").map(|v| v[0]), Some(Some((2, 3))));
    assert_eq!(span0(r"\bfoo\b", "a foo."), Some((2, 5)));
    assert_eq!(span0(r"\B", ""), None);
}

#[test]
fn errors() {
    let e = compile(&cps("a)"), true, 0).unwrap_err();
    assert_eq!((e.msg.as_str(), e.pos), ("unbalanced parenthesis", Some(1)));
    let e = compile(&cps("(?<=a*)"), true, 0).unwrap_err();
    assert_eq!(e.msg, "look-behind requires fixed-width pattern");
    let e = compile(&cps("*"), true, 0).unwrap_err();
    assert_eq!((e.msg.as_str(), e.pos), ("nothing to repeat", Some(0)));
    let e = compile(&cps("x{99999999999}"), true, 0).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Overflow);
    let deep = "(".repeat(5000) + &")".repeat(5000);
    let e = compile(&cps(&deep), true, 0).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Recursion);
}

#[test]
fn long_inputs_do_not_overflow() {
    let text = "ab".repeat(200_000);
    assert_eq!(span0("(?:a|b)*$", &text), Some((0, text.len())));
    assert_eq!(span0("^(a|b)*c", &text), None);
    assert_eq!(span0("^(?:(a)|b)*?$", &text), Some((0, text.len())));
}

#[test]
fn templates() {
    use super::template::{parse, Piece};
    let p = parse(&cps(r"x\1\g<name>\n"), true, 3, &[("name".into(), 2)]).unwrap();
    assert_eq!(
        p,
        vec![
            Piece::Lit(vec!['x' as u32]),
            Piece::Group(1),
            Piece::Group(2),
            Piece::Lit(vec![10])
        ]
    );
    let e = parse(&cps(r"\3"), true, 2, &[]).unwrap_err();
    assert_eq!(
        (e.msg.as_str(), e.pos),
        ("invalid group reference 3", Some(1))
    );
}
