# Text reads mixing readline, iteration, read(n), tell and seek over multi-chunk files.
import os

d = "/tmp/weft_io_mixed_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "m.txt")
try:
    for ending in (b"\n", b"\r\n", b"\r"):
        with open(p, "wb") as f:
            for i in range(3000):
                f.write(b"row %d %s" % (i, b"ab" * (i % 11)) + ending)
        for nl in (None, "", "\n"):
            with open(p, newline=nl) as f:
                first = [f.readline() for _ in range(5)]
                pos = f.tell()
                chunk = f.read(50)
                mid = f.readline()
                f.seek(pos)
                again = f.read(50)
                rest = f.readlines()
            print(repr(ending), repr(nl), first[-1:], repr(chunk[:12]), repr(mid[:10]),
                  chunk == again, len(rest), repr(rest[-1:])[:30])
        with open(p) as f:
            marks = []
            for k in range(400):
                marks.append((f.tell(), f.readline()))
            ok = True
            for pos, line in marks[::37]:
                f.seek(pos)
                ok = ok and f.readline() == line
            print("tell/seek", ok, len(f.read()))
        with open(p) as f:
            n = 0
            for line in f:
                n += 1
                if n == 1000:
                    break
            print("partial iteration", n, repr(f.readline()[:9]), repr(f.read(7)))
finally:
    os.remove(p)
    os.rmdir(d)
