# Writing text files: modes w, a, x, write counts, writelines, print(file=).
import os

d = "/tmp/weft_io_write_text_%d" % os.getpid()
os.mkdir(d)
os.chdir(d)
try:
    with open("out.txt", "w") as f:
        print(f.write("hello\n"), f.write(""), f.write("wörld ✓\n"))
        f.writelines(["a\n", "b\n", "c"])
        print("x", 1, 2.5, sep="|", file=f)
        print(f.writable(), f.readable(), f.closed)
    print(f.closed)
    with open("out.txt") as f:
        print(repr(f.read()))
    with open("out.txt", "a") as f:
        print(f.tell())
        f.write("appended\n")
    with open("out.txt") as f:
        print(f.read().splitlines())
    with open("out.txt", "w") as f:
        f.write("truncated")
    with open("out.txt") as f:
        print(repr(f.read()))
    with open("new.txt", "x") as f:
        f.write("created")
    try:
        open("new.txt", "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
    with open("new.txt", "rt") as f:
        print(f.read(), f.mode)
    with open("big.txt", "w") as f:
        for i in range(2000):
            f.write(f"line {i}\n")
    with open("big.txt") as f:
        lines = f.readlines()
    print(len(lines), lines[0], lines[-1], os.path.getsize("big.txt"))
finally:
    os.chdir("/")
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
print(os.path.exists(d))
