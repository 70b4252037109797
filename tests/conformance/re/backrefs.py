# numbered backreferences, ignore-case backreferences, references to unmatched groups
import re

print(re.search(r"(\w)\1", "abccd").group(), re.findall(r"(\w)\1", "aabbcdd"))
print(re.search(r"(\w+) \1", "hello hello world").group())
print(re.search(r"(a)(b)?\2", "aa"), re.search(r"(a)|\1b", "b"))
print(re.match(r"(?i)(a)\1", "aA"), re.match(r"(a)\1", "aA"))
print(re.match(r"(?i)(ß)\1", "ßẞ"), re.match(r"(?i)(é)\1", "éÉ"))
pat = "".join("(%d)" % (i % 10) for i in range(1, 12)) + r"\11"
print(re.match(pat, "12345678901" + "1"), re.match(pat, "12345678901" + "0"))
try:
    re.match(r"(a)\10", "a\x08")
except re.error as e:
    print(type(e).__name__, e)
print(re.match(r"(a)\1(0)", "aa0"))
print(re.sub(r"(\w)\1", r"<\1>", "aabbcd"), re.findall(r"((\w)\2)", "xxyyz"))
print(re.match(r"(a*)b\1", "aabaa").group(), re.match(r"(a*)b\1", "aaba"), re.search(r"(a*)b\1", "aaba").group())
print(re.match(r"(?:(a)|b)\1", "aa"), re.match(r"(?:(a)|b)\1", "b"))
print(re.match(r"(a)(?P<n>b)(?P=n)\1", "abba"))
print(re.search(r"(\d+)\.\1", "3.14 12.12").group())
