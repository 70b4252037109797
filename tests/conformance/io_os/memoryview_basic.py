# memoryview over bytes: reading, slicing, comparison, conversion.
m = memoryview(b"abcdefgh")
print(len(m), m[0], m[-1], m[2:5].tobytes(), m[::2].tobytes(), m[::-1].tobytes())
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(m.tolist()[:4], bytes(m[1:3]), m.hex(), m[1:4].hex(), m.hex(":"), m.hex("-", 2))
print(m == b"abcdefgh", m == bytearray(b"abcdefgh"), m == b"abc", m != b"x", m[:3] == m[:3])
print(m == memoryview(b"abcdefgh"), m == "abcdefgh", m.obj == b"abcdefgh")
print(list(m[:3]), [x for x in m[5:]], 100 in m, 200 in m)
print(hash(m) == hash(b"abcdefgh"), hash(m[2:4]) == hash(b"cd"))
s = m[2:6]
print(len(s), s[0], s[1:3].tobytes(), s[::2].tolist(), s[10:].tobytes(), len(s[10:]))
print(b"<" + m[:2] + b">", bytearray(m[5:]), bytes(memoryview(memoryview(b"zz"))))
c = memoryview(b"\x00\x7f\x80\xff").cast("b")
print(c.tolist(), c.format, c[2], memoryview(b"xy").cast("c").tolist(), memoryview(b"xy").cast("c")[0])
print(memoryview(b"").tolist(), len(memoryview(b"")), memoryview(b"").tobytes())
for bad in (lambda: m[8], lambda: m[-9], lambda: m["x"], lambda: memoryview("str"),
            lambda: memoryview(5), lambda: m.__setitem__(0, 1), lambda: m < m,
            lambda: m[::2].cast("B"), lambda: m.__delitem__(0)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
with memoryview(b"ctx") as v:
    print(v.tobytes())
for op in (lambda: len(v), lambda: v[0], lambda: v.tobytes(), lambda: v.tolist(), lambda: bytes(v)):
    try:
        op()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(v == v, repr(v).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
v.release()
print(type(m).__name__, memoryview.__name__, isinstance(m, memoryview))
r = memoryview(bytearray(b"rw")).toreadonly()
print(r.readonly, r.tobytes())
