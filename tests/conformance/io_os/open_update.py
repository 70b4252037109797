# Update modes r+, w+, a+: reads and writes on one stream, truncate.
import os

d = "/tmp/weft_io_update_%d" % os.getpid()
os.mkdir(d)
try:
    p = os.path.join(d, "f.txt")
    with open(p, "w+") as f:
        f.write("line one\nline two\nline three\n")
        f.seek(0)
        print(repr(f.readline()))
        print(f.tell())
        f.seek(0, 2)
        f.write("line four\n")
        f.seek(0)
        print(f.read().splitlines())
        print(f.truncate(8), f.tell())
        f.seek(0)
        print(repr(f.read()))
    with open(p, "r+") as f:
        print(repr(f.read(4)))
        f.seek(0)
        f.write("LINE")
        f.seek(0)
        print(repr(f.read()))
    with open(p, "a+") as f:
        print(f.tell())
        f.write(" more")
        f.seek(0)
        print(repr(f.read()))
    with open(p, "rb+") as f:
        f.seek(2)
        f.write(b"__")
        f.seek(0)
        print(f.read())
        f.seek(0)
        f.truncate()
        print(f.read(), f.tell())
    print(os.path.getsize(p))
    with open(p, "w+b") as f:
        f.write(b"0123456789")
        f.seek(3)
        print(f.read(2), f.tell())
        f.write(b"ab")
        print(f.tell())
        f.seek(0)
        print(f.read())
finally:
    os.remove(p)
    os.rmdir(d)
