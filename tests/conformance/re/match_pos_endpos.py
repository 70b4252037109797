# pos and endpos: slicing semantics of anchors and lookaround, Match.pos/endpos
import re

p = re.compile(r"\w+")
s = "hello world"
for pos, endpos in [(0, 5), (2, 8), (6, 100), (-3, 4), (5, 5), (11, 11), (3, 2)]:
    m = p.search(s, pos, endpos)
    print(pos, endpos, m and (m.span(), m.group(), m.pos, m.endpos))
print(re.compile("^w").search(s, 6), re.compile("(?m)^w").search("a\nw", 2))
print(re.compile("o$").search(s, 0, 5), re.compile(r"o\Z").search(s, 0, 5))
print(re.compile(r"(?<=l)o").search(s, 4), re.compile(r"l(?=o)").search(s, 0, 4))
print(re.compile(r"\bw").search(s, 6), re.compile(r"\Bo").search(s, 4, 5))
print(re.compile("").match(s, 4).span(), re.compile("x*").fullmatch(s, 3, 3).span())
print(re.compile(r"\w+").fullmatch(s, 6), re.compile(r"\w+").fullmatch(s, 0, 5))
print([m.span() for m in re.compile(r"o").finditer(s, 5)], re.compile("o").findall(s, 0, 5))
print(re.compile("l+").match("hello", 2).pos, re.compile("l+").match("hello", 2, 99).endpos)
print(re.compile(".").search("日本語", 1).span(), re.compile("$").search("日本語", 0, 2).span())
