# (?P<name>...), (?P=name), groupdict, groupindex, lastgroup
import re

p = re.compile(r"(?P<key>\w+)=(?P<value>[^;]*)(?P<semi>;)?")
m = p.match("color=red")
print(m.groupdict(), m.groupdict("none"), m.group("key"), m["value"], m.group("key", 2))
print(m.span("value"), m.start("key"), m.end("value"), m.lastgroup, m.lastindex)
print(p.groupindex, sorted(p.groupindex.items()), p.groupindex["value"], len(p.groupindex))
print(dict(p.groupindex), "key" in p.groupindex, list(p.groupindex))
print([mm.groupdict() for mm in p.finditer("a=1;b=2;c=")])
print(re.match(r"(?P<x>a)(?P<y>b)?", "a").lastgroup, re.match(r"(?P<x>a)(b)", "ab").lastgroup)
print(re.search(r"(?P<ch>\w)(?P=ch)", "abccd").group(), re.search(r"(?P<q>['\"]).*?(?P=q)", "x 'a\"b' y").group())
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Jane Doe"))
print(re.match(r"(?P<é>x)", "x").groupdict(), re.match(r"(?P<_a1>x)", "x").groupdict())
print(re.compile(r"(a)(?P<b>b)(c)(?P<d>d)").groupindex)
print(re.match(r"(?P<n>a)|(?P<m>b)", "b").groupdict())
try:
    m.group("nope")
except IndexError as e:
    print(type(e).__name__, e)
try:
    m["nope"]
except IndexError as e:
    print(type(e).__name__, e)
