# Files dropped without close() are flushed and closed when freed.
import os

d = "/tmp/weft_io_unclosed_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "f.txt")
try:
    open(p, "w").write("one-liner\n")
    print(repr(open(p).read()))
    f = open(p, "a")
    f.write("appended, then deleted\n")
    del f
    print(open(p).read().splitlines())
    g = open(p, "wb")
    g.write(b"rebound")
    g = None
    print(open(p, "rb").read())

    def writer():
        h = open(p, "w")
        h.write("from a function")

    writer()
    print(open(p).read())
    with open(p) as r:
        fd = r.fileno()
    try:
        os.fstat(fd)
    except OSError as e:
        print(type(e).__name__, e.errno)
finally:
    os.remove(p)
    os.rmdir(d)
