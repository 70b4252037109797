# long subjects and heavy backtracking run without native stack overflow
import re

s = "ab" * 100000
print(re.fullmatch(r"(?:a|b)*", s) is not None, re.fullmatch(r"(a|b)*", s).group(1))
print(re.match(r"(ab)*c", s), re.search(r"(?:ab)+$", s).span())
print(len(re.findall(r"ab", s)), re.sub(r"b", "", s[:20]), len(re.split(r"a", s)))
print(re.match(r"(?:(a)|(b))*", s).groups(), re.match(r"(?:a(?=b)b)*", s).end())
print(re.match(r"((a)(b))*?$", s).span(), re.match(r".*?$", s).end(), re.match(r"(.)*", s).group(1))
t = "x" * 50000 + "y"
print(re.search(r"x*y", t).span(), re.search(r"x+?y", t).span(), re.search(r"(?:x|xx)+y", t).span())
print(re.match(r"(?>x+)y", t).span(), re.match(r"x++y", t).span(), re.search(r"x*z", t[-3000:]))
nested = "(" * 100 + "a" + ")" * 100
print(re.fullmatch(nested, "a").groups()[:3], len(re.fullmatch(nested, "a").groups()))
print(re.search(r"(\w+)\s+\1", "word " * 1000 + "end end").span())
u = "é日" * 20000
print(re.fullmatch(r"[é日]+", u) is not None, len(re.findall(r"日", u)), re.search("é日$", u).span())
print(re.match(r"(a*)*b", "a" * 12), re.match(r"(?:a+)+$", "a" * 14 + "b") is None)
