# io.BytesIO.
import io

b = io.BytesIO()
print(b.write(b"hello"), b.write(bytearray(b" ")), b.write(memoryview(b"world\n")), b.tell())
print(b.getvalue())
b.seek(0)
print(b.read(3), b.readline(), b.read(), b.read())
b.seek(-3, 2)
print(b.read(), b.seek(2, 0), b.seek(2, 1), b.read(2))
b.seek(15)
b.write(b"!")
print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
b = io.BytesIO(b"l1\nl2\nl3")
print(list(b))
b.seek(0)
print(b.readlines(), b.readable(), b.writable(), b.seekable())
b.seek(0)
buf = bytearray(4)
print(b.readinto(buf), buf, b.read1(2), b.read1())
b = io.BytesIO(b"abc")
for op in (lambda: b.write("s"), lambda: b.seek(-1), lambda: b.seek(0, 3), lambda: b.truncate(-2)):
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
with io.BytesIO(b"data") as c:
    print(c.read(2))
print(c.closed)
try:
    c.read()
except ValueError as e:
    print(type(e).__name__, e)
v = io.BytesIO(b"xyz").getbuffer()
print(bytes(v), len(v))
big = io.BytesIO()
for i in range(5000):
    big.write(b"%d," % i)
print(len(big.getvalue()), big.getvalue()[-10:])
