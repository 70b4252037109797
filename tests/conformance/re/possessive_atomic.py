# possessive quantifiers (3.11) and atomic groups
import re

tests = [
    (r"a*+a", "aaaa"), (r"a++", "aaab"), (r"a?+a", "a"), (r"a{1,3}+a", "aaaa"),
    (r"a{1,3}+a", "aaaaa"), (r"\d++x", "123x"), (r"\d++\d", "123"), (r"(?:ab)*+ab", "ababab"),
    (r"(?:ab)*+", "ababx"), (r"(?:a|ab)++c", "aabc"), (r"(a|b)++", "abba"), (r"(?>a+)a", "aaa"),
    (r"(?>a+)b", "aaab"), (r"(?>a|ab)c", "abc"), (r"(?>ab|a)c", "abc"), (r"(?>(a+))(b)", "aab"),
    (r"x(?>y*)y", "xyyy"), (r"(?>.*)", "abc"), (r"(?>a*?)b", "aab"), (r"(?:a{2})*+a", "aaaaa"),
    (r"(a{2})*+a", "aaaaa"), (r"(?>(a)|b)+", "abab"), (r'"(?>[^"\\]|\\.)*+"', r'"a\"b" x'),
    (r"(?:x?)*+y", "xxy"), (r"(?:)*+a", "a"), (r"(?:a?)++b", "aab"),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(repr(pat), repr(s), m and (m.span(), m.groups()))
print(re.findall(r"\w++", "ab cd"), re.findall(r"(?>\w+)\.", "ab. cd x."))
print(re.sub(r"a*+", "-", "baac"), re.split(r"(?>,+)", "a,,b,c"))
