# io.StringIO newline handling.
import io

for nl in ("\n", None, "", "\r", "\r\n"):
    s = io.StringIO(newline=nl)
    s.write("a\nb\r\nc\rd")
    v = s.getvalue()
    s.seek(0)
    print(repr(nl), repr(v), s.readlines(), s.newlines)

s = io.StringIO("x\r\ny\rz\n", newline=None)
print(repr(s.getvalue()), list(s), s.newlines)
s = io.StringIO("x\r\ny\rz\n", newline="")
print(list(s))
s = io.StringIO("x\r\ny\rz\n")
print(list(s))
try:
    io.StringIO(newline="x")
except ValueError as e:
    print(type(e).__name__, e)
