# io.StringIO: writing, reading, seeking, truncating, iteration.
import io

s = io.StringIO()
print(s.write("hello"), s.write(" "), s.write("wörld\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.read()))
s.seek(2)
s.write("LL")
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
s.writelines(["x", "y\n", "z"])
print(repr(s.getvalue()))

s = io.StringIO("one\ntwo\nthree")
print(s.tell(), s.readlines())
s.seek(0)
print(list(s))
s.seek(0)
print([line for line in s if "t" in line])
s.seek(0)
print(repr(s.readline(2)), repr(s.readline(100)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
print(s.readable(), s.writable(), s.seekable(), s.closed)

with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
for op in (lambda: c.read(), lambda: c.getvalue(), lambda: c.write("x"), lambda: c.tell()):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)

s = io.StringIO("abc")
for op in (
    lambda: s.seek(-1),
    lambda: s.seek(1, 1),
    lambda: s.seek(1, 2),
    lambda: s.seek(0, 5),
    lambda: s.write(b"x"),
    lambda: io.StringIO(1),
    lambda: s.truncate(-1),
):
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(s.seek(0, 2), s.seek(0, 1))
print(io.StringIO().read(), io.StringIO(None).getvalue() == "")
big = io.StringIO()
for i in range(10000):
    big.write(str(i))
print(len(big.getvalue()), big.getvalue()[-8:])
