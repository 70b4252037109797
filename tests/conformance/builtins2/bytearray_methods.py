b = bytearray(b"hello")
b.append(33)
b.extend(b" world")
b.insert(0, 62)
print(b, len(b), b[0], b[-1], b[1:3])
print(b.pop(), b.pop(0), b)
b.remove(ord("o"))
print(b, b.index(b"l"), b.count(b"l"), b.find(b"z"), b.rfind(b"l"))
b.reverse()
print(b)
b[0] = 65
b[1:3] = b"XYZ"
print(b)
del b[0]
del b[::2]
print(b)
b2 = bytearray(3)
print(b2, bytearray([1, 2, 3]), bytearray("abc", "ascii"), bytearray(b"x") * 3, bytearray(b"a") + b"b")
print(bytearray(b"abc").upper(), bytearray(b"  x ").strip(), bytearray(b"a,b").split(b","), bytearray(b"-").join([b"a", b"b"]))
print(bytearray(b"abc").replace(b"b", b"B"), bytearray(b"abc").startswith(b"a"), bytearray(b"ab").hex(), bytearray.fromhex("41 42"))
print(bytearray(b"abc").decode(), bytearray(b"abc") == b"abc", bytearray(b"a") < bytearray(b"b"), b"ab" in bytearray(b"cab"))
c = bytearray(b"abc")
c.clear()
print(c, bytearray(b"xy").copy(), bytearray(b"abc").isalpha(), bytearray(b"Ab").swapcase())
for bad in [lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").append("x"), lambda: bytearray(b"").pop(),
            lambda: bytearray(b"a").remove(5), lambda: bytearray(b"a").index(b"z"), lambda: bytearray(-1),
            lambda: bytearray("abc"), lambda: bytearray(b"a")[5]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    hash(bytearray())
except TypeError as e:
    print(type(e).__name__, e)
d = bytearray(b"abc")
d += b"def"
d *= 2
print(d, d.partition(b"d"), d.rpartition(b"d"), d.center(14, b"*"), d.zfill(14))
print(bytearray(b"a b").title(), bytearray(b"%d") % 5 if True else "", bytearray(b"abc").translate(None, b"b"))
print(list(bytearray(b"ab")), bytearray(range(3)), bytearray(b"ab\n").splitlines(), repr(bytearray(b"'\"")))
e = bytearray(b"12345")
e[1:4] = []
print(e, bytearray(b"xyz")[::-1], bytearray(b"abcdef")[::2])
e[0:0] = b"00"
print(e)
f = bytearray(b"abcdef")
f[::2] = b"XYZ"
print(f)
try:
    f[::2] = b"XY"
except ValueError as e2:
    print(type(e2).__name__, e2)
print(bytearray(b"abc").removeprefix(b"a"), bytearray(b"abc").removesuffix(b"c"), bytearray(b"a\tb").expandtabs(4))
