# Universal newlines on read and newline translation on write, for every newline= value.
import io
import os

with open("data/crlf.txt", "rb") as f:
    raw = f.read()
print(raw)

for nl in (None, "", "\n", "\r", "\r\n"):
    with open("data/crlf.txt", newline=nl) as f:
        lines = f.readlines()
    with open("data/crlf.txt", newline=nl) as f:
        whole = f.read()
    with open("data/crlf.txt", newline=nl) as f:
        pieces = []
        while True:
            c = f.read(3)
            if not c:
                break
            pieces.append(c)
    print(repr(nl), lines, repr(whole), "".join(pieces) == whole)

d = "/tmp/weft_io_newlines_%d" % os.getpid()
os.mkdir(d)
try:
    p = os.path.join(d, "w.txt")
    for nl in (None, "", "\n", "\r", "\r\n"):
        with open(p, "w", newline=nl) as f:
            f.write("a\nb\r\nc\rd\n")
        with open(p, "rb") as f:
            print("write", repr(nl), f.read())
    with open(p, "w", newline="\r\n") as f:
        print("a", "b", file=f)
    with open(p, newline="") as f:
        print(f.read().encode())
finally:
    os.remove(p)
    os.rmdir(d)

for nl in (None, "", "\n", "\r", "\r\n"):
    t = io.TextIOWrapper(io.BytesIO(b"x\r\ny\rz\n\nw"), newline=nl)
    print("wrapper", repr(nl), list(t))
