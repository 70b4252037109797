# greedy and lazy quantifiers: * + ? {m} {m,} {,n} {m,n}
import re

s = "aaaaaa"
for q in ["*", "+", "?", "{2}", "{2,}", "{,2}", "{2,4}", "{0}", "{0,0}", "{1}", "{,}", "{6,}", "{7,}"]:
    for lazy in ["", "?"]:
        pat = "a" + q + lazy
        print(repr(pat), re.match(pat, s), re.findall(pat, s))
print(re.findall(r"<.*>", "<a><b>"), re.findall(r"<.*?>", "<a><b>"))
print(re.findall(r"(ab)+", "ababab abab"), re.findall(r"(ab)+?", "ababab"))
print(re.match(r"(a|b){3}", "abba").groups(), re.match(r"(a|b){2,3}?c", "abbc").groups())
print(re.match(r"(?:ab){2}c", "ababc"), re.match(r"x(?:ab)*?y", "xababy"))
print(re.search(r"\d{3,5}", "12 123456 7"), re.search(r"\d{3,5}?", "123456"))
print(re.match(r"a{3}b{2,}c{,1}", "aaabbbc").span())
print(re.match(r"(a{2})*", "aaaaa").span(), re.match(r"(a{2})*?$", "aaaa").groups())
print(re.match(r".{2,3}.", "abcde").group(), re.match(r".{2,3}?.", "abcde").group())
print(re.fullmatch(r"(\w+?)(\d*)", "abc123").groups())
print(re.fullmatch(r"(\w*?)(\d+)", "abc123").groups())
print(re.match("a{1000}", "a" * 1000).end(), re.match("(?:ab){500}", "ab" * 600).end())
print(re.match(r"x*y*z*", "").span(), re.match(r"(x?)*", "xx").groups())
print(re.match(r"[ab]*?b", "aab").group(), re.match(r"[ab]*b", "abab").group())
print(re.match(r"a??b", "ab").group(), re.match(r"(a??)(a*)", "aa").groups())
