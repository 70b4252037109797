# re.escape, re.purge and the pattern cache
import re

for s in ["a.b", "1+1=2", "(x)", "[a-z]", "{1,2}", "a b\tc\n", "C:\\path", "$^|?*", "#&~", "é日", "-", "_az09", "\x00"]:
    e = re.escape(s)
    print(repr(s), repr(e), re.fullmatch(e, s) is not None)
print(re.escape(b"a.b\xff*"), re.fullmatch(re.escape(b"a.b\xff*"), b"a.b\xff*") is not None)
print(re.escape("!\"%',/:;<=>@`"))
p1 = re.compile("cache-me")
print(re.compile("cache-me") is p1)
re.purge()
p2 = re.compile("cache-me")
print(p2 == p1, p2.pattern)
for i in range(600):
    re.compile("x%d" % i)
print(re.compile("x599").pattern, re.match("x1", "x1").group())
