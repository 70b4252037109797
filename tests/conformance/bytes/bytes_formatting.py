print(b"%d-%s" % (5, b"x"), b"%05.1f" % 3.14159, b"%x" % 255, b"%c" % 65, b"%%")
print(b"%s" % b"bytes", b"%r" % b"r" if False else b"skip")
print(b"%(a)s=%(b)d" % {b"a": b"key", b"b": 7})
print(repr(b"%-5s|" % b"ab"))
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
print(f"{b'abc'}", str(b"q"), "{}".format(b"\x00"))
