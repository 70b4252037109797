# Reading a committed binary file: read(n), read(), readline, readinto, seek/tell.
with open("data/bytes.bin", "rb") as f:
    print(f.read(4), f.tell())
    f.seek(250)
    print(f.read(8))
    print(f.readline())
    print(f.readline(), f.tell())
    print(f.seek(-3, 2), f.read())
    print(f.read(), f.read(10))
    f.seek(10)
    print(f.seek(5, 1), f.read(2))
    buf = bytearray(6)
    print(f.readinto(buf), buf)
    f.seek(0)
    data = f.read()
    print(len(data), data[:3], data[-3:], type(data).__name__)

with open("data/bytes.bin", "rb") as f:
    lines = list(f)
    print(len(lines), [len(x) for x in lines], lines[1])

with open("data/bytes.bin", "rb", buffering=0) as f:
    print(type(f).__name__, f.read(3), f.tell(), f.readline()[-3:], len(f.readall()))

with open("data/bytes.bin", "rb") as f:
    print(f.read1(5), len(f.readlines()))
    f.seek(0)
    big = f.read(100000)
    print(len(big))
