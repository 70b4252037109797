# quick-arg: 2
# String building: += concatenation, str.join, f-strings, % formatting,
# split, replace, upper/lower, slicing, find/startswith, comparison.
import sys


def concat_loop(n):
    # Build many short lines with +=, so the cost stays linear even without
    # CPython's in-place concatenation trick.
    lines = []
    line = ""
    for i in range(n):
        line += chr(97 + i % 26)
        if i % 50 == 49:
            line += "\n"
            lines.append(line)
            line = ""
    lines.append(line)
    s = "".join(lines)
    return len(s), s.count("\n"), s[100:110]


def join_parts(n):
    parts = []
    for i in range(n):
        parts.append(str(i * 7 % 1000))
    joined = ",".join(parts)
    back = joined.split(",")
    total = 0
    for p in back:
        total += int(p)
    return len(joined), total


def formatting(n):
    acc = 0
    last = ""
    for i in range(n):
        x = i * 0.5
        a = f"item {i}: value={x:.3f} pad={i:5d}"
        b = "row %d of %s -> %.2f" % (i, "table", x / 3.0)
        c = "<" + str(i) + "|" + a[:6] + ">"
        acc += len(a) + len(b) + len(c)
        last = b
    return acc, last


def transform(n):
    base = "The quick brown fox jumps over the lazy dog"
    total = 0
    out = []
    for i in range(n):
        s = base.replace("fox", "cat" + str(i % 10))
        s = s.upper() if i % 2 == 0 else s.lower()
        words = s.split(" ")
        words.reverse()
        t = " ".join(words)
        if t.startswith("DOG"):
            total += 1
        total += t.find("CAT") + len(words[3])
        if i % 1000 == 7:
            out.append(t[:14])
    return total, text_hash("/".join(out))


def text_hash(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def main():
    scale = 35
    if len(sys.argv) > 1:
        scale = int(sys.argv[1])
    a = concat_loop(20000 * scale)
    b = join_parts(20000 * scale)
    c = formatting(8000 * scale)
    d = transform(8000 * scale)
    print("string_build concat", a[0], a[1], a[2].replace("\n", "|"))
    print("string_build join", b[0], b[1])
    print("string_build format", c[0], c[1])
    print("string_build transform", d[0], d[1])


main()
