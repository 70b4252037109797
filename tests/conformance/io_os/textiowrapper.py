# io.TextIOWrapper over in-memory binary streams.
import io

raw = io.BytesIO("première ligne\nseconde\nтретья\n".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.encoding, t.errors, t.line_buffering, t.readable(), t.writable(), t.seekable())
print(repr(t.readline()), t.tell())
print(t.read())
t.seek(0)
print(t.readlines())

b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="latin-1", newline="\r\n")
print(w.write("a\nb é\n"))
w.flush()
print(b.getvalue())
w.write("more")
print(b.getvalue())
w.flush()
print(b.getvalue())
print(w.buffer is b)
d = w.detach()
print(d is b)
try:
    w.write("x")
except ValueError as e:
    print(type(e).__name__, e)

t = io.TextIOWrapper(io.BytesIO(b"abc\xffdef"), encoding="utf-8", errors="replace")
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"abc\xffdef"), encoding="ascii", errors="ignore")
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"abc\xffdef"), encoding="utf-8")
try:
    t.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(b"line1\nline2\n"), encoding="utf-8")
for line in t:
    print(repr(line))
try:
    io.TextIOWrapper(io.BytesIO(), encoding="nope")
except LookupError as e:
    print(type(e).__name__, e)
try:
    io.TextIOWrapper(io.BytesIO(), newline="bad")
except ValueError as e:
    print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(b"x"))
t.close()
print(t.closed)
try:
    t.read()
except ValueError as e:
    print(type(e).__name__, e)
