# bytes patterns: ASCII semantics, bytearray subjects, mixing str and bytes
import re

print(re.match(rb"\w+", b"abc\xe9def"), re.findall(rb"[\x80-\xff]", b"a\xe9b\xff"))
print(re.sub(rb"(\d+)", rb"<\1>", b"a12b3"), re.split(rb",", b"a,b"), re.subn(b"a", b"b", b"aa"))
print(re.match(b"(?i)abc", b"ABC"), re.match(b"(?i)\xe9", b"\xc9"), re.match(rb"\d", b"\xb2"))
m = re.search(rb"(?P<n>\d+)", b"abc 123")
print(m, m.group(), m.group("n"), m.groupdict(), m.span(), m.string)
print(re.findall(b"a", bytearray(b"banana")), re.search(b"n+", bytearray(b"banana")).group())
print(re.sub(b"a", b"o", bytearray(b"banana")), re.split(b"n", bytearray(b"banana")))
print(re.match(b".", b"\n"), re.match(b".", b"\n", re.S), re.findall(rb"\s", b" \t\n\r\x0b\x0c\x1c\x85"))
print(re.escape(b"a.b*c"), re.compile(b"x").pattern, re.compile(rb"\x41").match(b"A"))
print(re.compile(b"a", re.L).flags, re.findall(b"(?L)\\w+", b"ab c"))
for f in [lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.sub(b"a", "x", b"a"),
          lambda: re.sub("a", b"x", "a"), lambda: re.compile(b"a", re.U), lambda: re.compile(b"(?u)a"),
          lambda: re.compile(rb"\u0041"), lambda: re.findall(b"\\w", 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
