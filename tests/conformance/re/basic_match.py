# match / search / fullmatch basics
import re

def show(m):
    if m is None:
        return None
    return (m.span(), m.group())

for pat, s in [("abc", "abcdef"), ("abc", "xabc"), ("a.c", "abc"), ("a.c", "a\nc"),
               ("", "abc"), ("x*", "abc"), ("b+", "abbbc"), ("c$", "abc"), ("^a", "ba")]:
    print(repr(pat), repr(s), show(re.match(pat, s)), show(re.search(pat, s)),
          show(re.fullmatch(pat, s)))

print(bool(re.match("a", "a")), re.match("b", "a") is None)
print(re.fullmatch("a|ab", "ab"), re.fullmatch("a*?", "aaa"))
print(re.fullmatch("(a+)(b*)", "aab").groups())
print(re.search("needle", "hay" * 10 + "needle" + "hay"))
print(re.search("d", "abcabcabcd").start())
p = re.compile("o")
print(p.search("foo bar boo"), p.search("foo bar boo", 3), p.search("foo bar boo", 3, 9))
print(p.match("foo", 1), p.match("foo", 1, 1), p.fullmatch("xox", 1, 2))
print(p.search("foo", -5), p.search("foo", 10), p.match("foo", 2, 100))
print(re.search("$", "abc").span(), re.search("^", "abc").span())
print(re.match("abc", "ABC"), re.match("abc", "ABC", re.I))
print(re.search(r"\.", "a.b").start(), re.search("[.]", "a.b").start())
for s in ["", "a", "ab", "aaab"]:
    print(repr(s), show(re.search("a*b?", s)), show(re.search("a+?", s)))
