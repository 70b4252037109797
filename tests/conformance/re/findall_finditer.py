# findall result shapes, finditer, empty matches and pos/endpos
import re

print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\d)(\w)", "1a2b3"), re.findall(r"(\d)", "1a2"))
print(re.findall(r"(a)|(b)", "ab"), re.findall(r"(a)(x)?", "aa"), re.findall(r"", "abc"))
print(re.findall(r"a*", "baaac"), re.findall(r"\b", "ab cd"), re.findall(r"x*", ""))
print(re.findall(r"(?:a)(b)?", "aab"), re.findall(r"((a)b)", "abab"))
it = re.finditer(r"\w+", "one two  three")
print(type(it).__name__ in ("callable_iterator", "generator"))
for m in it:
    print(m.span(), m.group(), m.pos, m.endpos)
print([m.span() for m in re.finditer(r"a*", "baaac")])
print([m.span() for m in re.finditer(r"|a", "aa")])
print([m.group() for m in re.finditer(r"(?=(\w\w))", "abcd")])
p = re.compile(r"\w")
print(p.findall("abcdef", 2), p.findall("abcdef", 2, 4), p.findall("abcdef", -1, 100))
print([m.span() for m in p.finditer("abcdef", 1, 3)], p.findall("abc", 3, 1))
print(re.findall(r"\d+", "日本123語45"), [m.span() for m in re.finditer(r"\d+", "日本123語45")])
print(re.findall(r"[ab]+", "ab" * 5 + "c" + "ba" * 3))
print(len(re.findall(r"\w", "x" * 10000)), len(re.findall("", "x" * 1000)))
print(re.findall(r"(a)(b)(c)(d)?", "abcabcd"))
