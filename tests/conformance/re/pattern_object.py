# Pattern objects: attributes, repr, equality, hashing, the cache, pos/endpos methods
import re

p = re.compile(r"(?P<w>\w+)\s(\d+)", re.I | re.M)
print(p.pattern, p.flags, p.groups, p.groupindex, type(p).__name__)
print(repr(p), repr(re.compile("a")), repr(re.compile(b"a+")), repr(re.compile("a", re.A | re.S)))
print(repr(re.compile("x", re.X | re.DEBUG & 0)), repr(re.compile("'\"")), repr(re.compile(b"a", re.L)))
print(repr(re.compile("a" * 250)))
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I),
      re.compile("a") == re.compile(b"a"), re.compile("a") != re.compile("b"), re.compile("a") == "a")
print(hash(re.compile("abc")) == hash(re.compile("abc")), re.compile("abc") is re.compile("abc"))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print(type(e).__name__, e)
d = {re.compile("a"): 1}
print(d[re.compile("a")], isinstance(p, re.Pattern), re.Pattern.__name__, re.Match.__name__)
q = re.compile(r"\d")
print(q.search("a1b2", 2), q.match("a1b2", 1), q.fullmatch("a1b2", 3), q.fullmatch("12", 0, 1))
print(q.findall("1a2b3", 1), q.sub("#", "1a2"), q.subn("#", "1a2", 1), q.split("a1b2c"))
print([m.group() for m in q.finditer("1a2b3", 1, 4)])
print(p.__copy__() is p, p.__deepcopy__({}) is p)
re.purge()
print(re.compile("a") == re.compile("a"), re.compile("a").pattern)
try:
    p.pattern = "x"
except AttributeError as e:
    print(type(e).__name__)
try:
    re.Pattern()
except TypeError as e:
    print(type(e).__name__, e)
