# literal characters and escapes in patterns
import re

tests = [
    (r"\x41", "A"), (r"\x7e", "~"), (r"\u00e9", "é"), (r"\U0001F600", "\U0001F600"),
    (r"\0", "\0"), (r"\01", "\x01"), (r"\012", "\n"), (r"\101", "A"), (r"\177", "\x7f"),
    (r"\n", "\n"), (r"\t", "\t"), (r"\r", "\r"), (r"\f", "\f"), (r"\v", "\v"), (r"\a", "\a"),
    (r"\\", "\\"), (r"\.", "."), (r"\*", "*"), (r"\+", "+"), (r"\?", "?"), (r"\(", "("),
    (r"\)", ")"), (r"\[", "["), (r"\]", "]"), (r"\{", "{"), (r"\}", "}"), (r"\|", "|"),
    (r"\^", "^"), (r"\$", "$"), (r"\-", "-"), (r"\#", "#"), (r"\ ", " "), (r"\&", "&"),
    (r"\~", "~"), (r"\"", '"'), (r"\'", "'"), ("é", "é"), ("日本", "日本"),
    (r"a{", "a{"), (r"a{}", "a{}"), (r"a{x}", "a{x}"), (r"a{1,x}", "a{1,x}"), (r"{", "{"),
    (r"}", "}"), (r"a}", "a}"), (r"]", "]"), (r"a{,", "a{,"),
]
for pat, s in tests:
    m = re.fullmatch(pat, s)
    print(repr(pat), repr(s), m is not None)
print(re.findall(r"\x61+", "aaxaaa"))
print(re.findall(r"[\x61-\x63]+", "abcdcba"))
print(re.fullmatch("\\\n", "\n") is not None)
print(re.fullmatch(r"\u0041\u0042", "AB") is not None)
