# zero-width matches: iteration rules, repeats that match empty, sub/split/findall after 3.7
import re

print(re.match(r"(a?)*", "aa").groups(), re.match(r"(a*)*", "b").groups(), re.match(r"(a*)+", "b").groups())
print(re.match(r"(a|)*b", "aab").groups(), re.match(r"(|a)*b", "aab"), re.match(r"(|a)+b", "aab"))
print(re.match(r"(?:a*?)*b", "aab").span(), re.match(r"(a*?)*?b", "aab").groups())
print(re.match(r"(?:x|y|)+z", "xyz").span(), re.match(r"(?:)*", "").span(), re.match(r"()*", "a").groups())
print(re.match(r"(a?){3}", "a").groups(), re.match(r"(a?){2,}", "a").groups())
print(re.match(r"(?:(a)|b?)*c", "abc").groups(), re.match(r"((?:a|)*)*", "aa").groups())
print(re.findall(r"a?", "baab"), re.findall(r"(a?)", "ab"), re.findall(r"a*?", "aa"))
print(re.sub(r"a?", "-", "baab"), re.sub(r"(?=a)|a", "-", "aa"), re.sub(r"b*", "-", "abc"))
print(re.split(r"a?", "baab"), re.split(r"(?=a)", "baab"), re.split(r"(a*)", "baab"))
print([m.span() for m in re.finditer(r"\b|a", "a a")], [m.span() for m in re.finditer("a|", "aa")])
print(re.subn(r"x*", "-", "abxd"), re.subn(r"\b", "|", "ab cd"))
print(re.match(r"(?:a{0,2})*b", "aaaab").span(), re.match(r"(?:a{0,2}?)*?b", "aaab").span())
print(re.match(r"(\w*?)*?x", "abx").groups(), re.match(r"(?:(\w)*)*x", "abx").groups())
