# \d \w \s and their negations: Unicode for str, ASCII with re.A and for bytes
import re

text = "abc 123 ½ ٣٤ x_y\téè\u00a0日本\u2028Ⅻ ²"
for cat in [r"\d", r"\D", r"\w", r"\W", r"\s", r"\S"]:
    print(cat, re.findall(cat + "+", text))
    print(cat, "ASCII", re.findall(cat + "+", text, re.ASCII))
btext = b"abc 123 x_y\t\xe9\xa0\x85\x1c"
for cat in [rb"\d", rb"\D", rb"\w", rb"\W", rb"\s", rb"\S"]:
    print(cat, re.findall(cat + b"+", btext))
print(re.findall(r"\s", "\x1c\x1d\x1e\x1f\x85 \u3000"))
print(re.findall(r"\s", "\x1c\x1d\x1e\x1f\x85 \u3000", re.A))
print(re.findall(r"\d", "0٠۰߀०১੦૦୦௦౦೦൦๐໐༠၀႐០᠐"))
print(re.findall(r"\w", "ǅ Ⅷ ⑧ ㊿ ¼ · ‿"))
print(re.findall(r"(?a:\w+)|\d+", "ab٣٤cd"))
