# Match objects: group access, spans, regs, expand, repr, attributes
import re

m = re.search(r"(\w+) (?P<second>\w+)(x)?", "say hello world")
print(m, repr(m), bool(m))
print(m.group(), m.group(1), m.group(2), m.group("second"), m.group(3), m.group(0, 1, "second"))
print(m[0], m[1], m["second"], m[3], m.groups(), m.groups(""), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(1), m.end("second"), m.span(3), m.start(3), m.end(3))
print(m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re.pattern)
print(m.expand(r"[\2|\1|\g<second>|\3]"))
print(m.group(True), m.span(False))
for bad in [4, -1, "nope", 1.5, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print(repr(bad), type(e).__name__, e)
m2 = re.compile("b+").search("abbbc", 1, 4)
print(m2, m2.pos, m2.endpos, m2.string)
print(re.match("x" * 60, "x" * 60))
print(re.match(".*", "it's"), re.match(".*", 'say "x"'), re.match(b"a\n", b"a\n"))
print(re.match("é+", "ééé"), re.match("", ""), re.match("\\n", "\n"))
m3 = re.match(r"(a)(b)?", "a")
print(m3.regs, m3.span(2), m3.groups(), m3.lastindex)
try:
    re.Match()
except TypeError as e:
    print(type(e).__name__, e)
print(type(m).__name__, isinstance(m, re.Match))
