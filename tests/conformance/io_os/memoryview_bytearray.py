# memoryview over bytearray: writing through views, exports blocking resizes.
ba = bytearray(b"hello world")
m = memoryview(ba)
print(m.readonly, m.obj is ba)
m[0] = 72
m[6:11] = b"WORLD"
print(ba)
m[1:3] = bytearray(b"EY")
print(ba, bytes(m))
s = m[::2]
s[0] = ord("j")
print(ba, s.tolist()[:3])
for bad in (lambda: m.__setitem__(0, 256), lambda: m.__setitem__(0, -1), lambda: m.__setitem__(0, "a"),
            lambda: m.__setitem__(slice(0, 2), b"abc"), lambda: m.__setitem__(20, 1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
for op in (lambda: ba.append(1), lambda: ba.extend(b"xy"), lambda: ba.pop(), lambda: ba.clear(),
           lambda: ba.insert(0, 1), lambda: ba.remove(72), lambda: ba.__delitem__(0),
           lambda: ba.__setitem__(slice(0, 1), b"ab"), lambda: ba.__iadd__(b"z")):
    try:
        op()
        print("resized?")
    except (BufferError, ValueError) as e:
        print(type(e).__name__, e)
ba[0] = 104
ba[0:2] = b"HE"
print(ba, m[:2].tobytes())
m.release()
s.release()
ba.append(33)
print(ba)
with memoryview(ba) as v:
    v[0] = 122
    try:
        ba += b"?"
    except BufferError as e:
        print(type(e).__name__, e)
ba += b"?"
print(ba)
c = memoryview(ba).cast("b")
c[0] = -1
print(ba[:3], c[0])
c.release()
cc = memoryview(ba).cast("c")
cc[0] = b"Q"
print(ba[:2], cc[0])
try:
    cc[0] = b"QQ"
except ValueError as e:
    print(type(e).__name__, e)
cc.release()
ba.extend(b"...")
print(ba)
