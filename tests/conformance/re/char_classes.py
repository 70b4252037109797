# character classes: ranges, negation, escapes, special positions of ] and -
import re

cases = [
    ("[abc]+", "xxabcbay"), ("[a-c]+", "zzcabbad"), ("[^a-c]+", "abcxyzabc"),
    ("[]a]+", "x]a]ab"), ("[^]a]+", "]]xyz]"), ("[a-]+", "z-a-a"), ("[-a]+", "z-a-"),
    ("[a\\-z]+", "b-az"), ("[\\]]+", "a]]b"), ("[\\\\]+", "a\\\\b"), ("[.*+?]+", "a.*+?b"),
    ("[\\d]+", "ab123c"), ("[\\D]+", "12ab34"), ("[\\w-]+", "foo-bar baz"),
    ("[\\s,]+", "a, b ,c"), ("[^\\s]+", "  hi there "), ("[\\x41-\\x43]+", "zABCD"),
    ("[\\u00e0-\\u00ff]+", "abcàéîz"), ("[à-ÿ]+", "xàéî!"), ("[0-9a-fA-F]+", "zz0xDEADbeefg"),
    ("[\\n\\t]+", "a\n\t\nb"), ("[\\b]", "a\bb"), ("[$^]+", "a$^b"), ("[(){}]+", "x(){}y"),
    ("[|]+", "a||b"), ("[#]", "a#b"), ("[ ]+", "a   b"), ("[\\0-\\x1f]+", "a\x00\x01\x1fb"),
    ("[\\101-\\103]+", "xABCD"), ("[a-a]", "a"),
]
for pat, s in cases:
    m = re.search(pat, s)
    print(repr(pat), repr(s), m and m.group(), re.findall(pat, s))
print(re.findall("[^a]", "abcab"), re.findall("[^]", "x]") if False else "skip")
print(re.findall(r"[\w]", "aé_1 -"), re.findall(r"[\W]", "aé_1 -"))
print(re.findall(r"[^\W\d]+", "abc123def_45"))
