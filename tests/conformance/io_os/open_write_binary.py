# Writing binary files: write counts, bytes-like arguments, seek and overwrite.
import os

d = "/tmp/weft_io_write_binary_%d" % os.getpid()
os.mkdir(d)
try:
    p = os.path.join(d, "data.bin")
    with open(p, "wb") as f:
        print(f.write(b"abc"), f.write(bytearray(b"def")), f.write(memoryview(b"ghi")))
        print(f.tell())
        f.seek(1)
        print(f.write(b"XY"), f.tell())
        f.seek(0, 2)
        f.write(bytes(range(5)))
        f.writelines([b"1", b"2"])
        try:
            f.write("text")
        except TypeError as e:
            print(type(e).__name__, e)
    with open(p, "rb") as f:
        print(f.read())
    with open(p, "ab") as f:
        print(f.tell(), f.write(b"!"))
    with open(p, "rb") as f:
        print(f.read()[-3:])
    with open(p, "wb", buffering=0) as f:
        print(type(f).__name__, f.write(b"raw"), f.mode)
    with open(p, "rb") as f:
        print(f.read())
    with open(p, "wb") as f:
        f.write(b"z" * 100000)
    print(os.path.getsize(p))
    with open(p, "r+b") as f:
        f.truncate(10)
        print(f.read())
    print(os.stat(p).st_size)
finally:
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
