# A larger file written and read back in several ways (buffer boundaries).
import os

d = "/tmp/weft_io_large_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "big.txt")
try:
    with open(p, "w") as f:
        for i in range(20000):
            f.write("%06d %s\n" % (i, "x" * (i % 37)))
    size = os.path.getsize(p)
    print(size)
    total = 0
    count = 0
    with open(p) as f:
        for line in f:
            total += int(line[:6])
            count += 1
    print(count, total)
    with open(p) as f:
        lines = f.readlines()
    print(len(lines), lines[12345])
    with open(p, "rb") as f:
        data = f.read()
    print(len(data), data.count(b"\n"))
    with open(p, "rb") as f:
        chunks = 0
        n = 0
        while True:
            c = f.read(4096)
            if not c:
                break
            chunks += 1
            n += len(c)
    print(chunks, n)
    with open(p) as f:
        f.seek(size // 2)
        f.readline()
        print(repr(f.readline()))
    with open(p, "rb") as f:
        n = sum(1 for _ in f)
    print(n)
finally:
    os.remove(p)
    os.rmdir(d)
