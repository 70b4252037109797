# Text encodings and error handlers on files.
import io
import os

with open("data/latin1.txt", encoding="latin-1") as f:
    print(f.readlines(), f.encoding)
with open("data/latin1.txt", encoding="utf-8", errors="replace") as f:
    print(f.read())
with open("data/latin1.txt", encoding="ascii", errors="ignore") as f:
    print(f.read())
try:
    with open("data/latin1.txt") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
    print(e)
with open("data/bad_utf8.txt", errors="replace") as f:
    print([line for line in f])
with open("data/bad_utf8.txt", errors="ignore") as f:
    print(f.read())
with open("data/bad_utf8.txt", errors="backslashreplace") as f:
    print(f.read())
with open("data/bad_utf8.txt", "rb") as f:
    print(f.read().decode("latin-1"))

d = "/tmp/weft_io_encodings_%d" % os.getpid()
os.mkdir(d)
try:
    p = os.path.join(d, "e.txt")
    for enc in ("utf-8", "latin-1", "ascii", "UTF8", "iso-8859-1"):
        try:
            with open(p, "w", encoding=enc) as f:
                f.write("plain ")
                f.write("café")
        except UnicodeEncodeError as e:
            print(enc, type(e).__name__, e)
        with open(p, "rb") as f:
            print(enc, f.read())
    with open(p, "w", encoding="ascii", errors="replace") as f:
        f.write("naïve ✓")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
        f.write("naïve ✓")
    with open(p, encoding="ascii") as f:
        print(f.read())
    # Multi-byte characters straddling the 8 KiB read chunks.
    text = "é✓𝄞" * 5000
    with open(p, "w", encoding="utf-8") as f:
        print(f.write(text))
    with open(p, encoding="utf-8") as f:
        back = f.read()
    print(back == text, len(back), os.path.getsize(p))
    with open(p, encoding="utf-8") as f:
        parts = []
        while True:
            s = f.read(777)
            if not s:
                break
            parts.append(s)
    print("".join(parts) == text, len(parts))
    with open(p, "w") as f:
        for i in range(3000):
            f.write("ligne %d: é\n" % i)
    with open(p) as f:
        n = 0
        for line in f:
            assert line == "ligne %d: é\n" % n
            n += 1
    print(n)
finally:
    os.remove(p)
    os.rmdir(d)
