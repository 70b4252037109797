# re.subn counts and re.split with groups, maxsplit and empty matches
import re

print(re.subn(r"a", "o", "banana"), re.subn(r"x", "o", "banana"), re.subn(r"a", "o", "banana", 2))
print(re.subn(r"", "-", "ab"), re.subn(r"a*", "-", "baac"), re.subn(r"(?=a)", "^", "aaa"))
print(re.split(r",", "a,b,,c"), re.split(r",", "a,b,c", maxsplit=1), re.split(r"(,)", "a,b"))
print(re.split(r"\s*", "a b  c"), re.split(r"x*", "axbc"), re.split(r"", "abc"))
print(re.split(r"(a)|b", "xaybz"), re.split(r"(?:a)|(b)", "xaybz"))
print(re.split(r"\b", "hi there!"), re.split(r"(?m)^", "a\nb\nc"), re.split(r"$", "a\nb"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split("[a-f]+", "0a3B9", flags=re.I))
print(re.split(r"(\d)(\w)?", "a1b2"), re.split(r"x", ""), re.split(r"", ""))
print(re.split(r",", "a,b,c", maxsplit=-1), re.split(r",", "a,b,c", 0), re.split(r",", "a,b,c", 5))
print(re.compile(r"\d").split("a1b2c3", 2), re.compile(r"(?=b)").split("abab"))
print(re.split(r"日", "一日二日三"), re.split(rb"\s", b"a b\tc"))
