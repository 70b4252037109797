# Paths that string building takes: concatenation, join, slicing and split results
# (lengths, hashing and equality of the texts they make), short-needle searching,
# replace, and % formatting of ints, strs and floats, ASCII and not.


def show(label, v):
    print(label, repr(v), len(v) if isinstance(v, str) else "")


# -- concatenation and join keep code-point lengths right
parts = ["a", "é", "😀", "", "abc", "ß", "\u2028"]
for x in parts:
    for y in parts:
        s = x + y
        assert len(s) == len(x) + len(y)
        print(repr(s), len(s), s == x + y, hash(s) == hash("".join([x, y])))
line = ""
for i in range(60):
    line += chr(97 + i % 26) if i % 7 else "é"
print(line, len(line), line[10:20], len(line[10:20]), line[-5:], line[::7])
print(repr("-".join(parts)), len("-".join(parts)), len("ü".join(parts)))
print(repr("".join([])), repr(",".join(["x"])), repr("é".join(["a", "b"])))


class S(str):
    pass


print(type(S("ab") + "c").__name__, type("c" + S("ab")).__name__, S("ab") + S("é"))
print(type(",".join([S("a")])).__name__, ",".join([S("a"), S("é")]))
d = {"key42": 1}
k = "key" + str(42)
print(d[k], "".join(["ke", "y4", "2"]) in d, ("xkey42"[1:]) in d)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", 2])
except TypeError as e:
    print(type(e).__name__, e)

# -- split results
cases = [
    ("a,b,,c,", ","),
    (",a", ","),
    ("", ","),
    ("abc", ","),
    ("aaaa", "aa"),
    ("aaaaa", "aa"),
    ("x--y----z", "--"),
    ("é,ü,😀,", ","),
    ("aéb,éc", "é"),
    ("The quick brown fox", " "),
    ("one  two", " "),
    ("a<->b<->c<-", "<->"),
]
for s, sep in cases:
    r = s.split(sep)
    print(repr(s), repr(sep), r, [len(p) for p in r], s.rsplit(sep), s.split(sep, 1), s.rsplit(sep, 1))
    print(s.split(sep, 0), s.split(sep, -1) == r, sep.join(r) == s)
print("a b  c ".split(), " é  ü ".split(), "x y z".split(None, 1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
big = ",".join(str(i * 7 % 1000) for i in range(3000))
back = big.split(",")
print(len(big), len(back), sum(int(p) for p in back), back[5:9])

# -- searching: short needles, long texts, pathological patterns
hay = "The quick brown fox jumps over the lazy dog"
for needle in ["fox", "o", "the", "The", "dog", "cat", "g", "", "z", "quick brown", "og "]:
    print(repr(needle), hay.find(needle), hay.rfind(needle), hay.count(needle), needle in hay,
          hay.find(needle, 10), hay.find(needle, 5, 20), hay.index(needle) if needle in hay else None)
text = "a" * 3000 + "b"
for needle in ["a" * 50 + "b", "a" * 3 + "b", "ab", "ba", "a" * 60 + "c", "aab" * 2]:
    print(len(needle), text.find(needle), text.count(needle), needle in text, text.rfind(needle))
mixed = ("éa" * 500) + "😀xyz" + ("ü" * 300) + "xyz"
for needle in ["xyz", "😀x", "éaé", "üx", "q", "aé", "z"]:
    print(repr(needle), mixed.find(needle), mixed.rfind(needle), mixed.count(needle),
          mixed.find(needle, 900), mixed.find(needle, 900, 1004), mixed.partition(needle)[2][:5])
print("abcabc".partition("ca"), "abc".partition("x"), "é😀é".partition("😀"))
print("aXbXc".replace("X", "--"), "aaaa".replace("aa", "b"), "aaa".replace("aa", "b", 1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "éüé".replace("é", "e"), "xyz".replace("q", "r"))
print("The quick fox".replace("fox", "cat7").upper(), "ab".replace("ab", ""), "a.b.c".replace(".", "", 1))
print(hay.startswith("The"), hay.startswith("he", 1), hay.endswith("dog"), hay.startswith(("x", "T")))

# -- % formatting
vals = [0, 7, -7, 42, 10**20, -(10**20), True, 255]
for fmt in ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%x", "%#x", "%X", "%#o", "%o", "%+#08x", "%ld"]:
    print(fmt, [fmt % v for v in vals])
for fmt in ["%s", "%r", "%5s|", "%-5s|", "%.2s", "%a", "%c"]:
    out = []
    for v in ["ab", "é", S("sub"), 3, None, "😀"]:
        try:
            out.append(fmt % (v,))
        except TypeError as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(fmt, out)
floats = [0.0, -0.0, 0.5, 0.125, 0.375, 2.675, 1.005, 0.045, -1.5, 2666.5, 1/3, 123456.789,
          9.995, 1e22, 2.0**73, 2.0**74, 2.0**75, 1e300, 1e-300, 5e-324, 1e-7, 0.0049999,
          float("inf"), float("-inf"), float("nan"), 1234567890123.4567]
for p in [0, 1, 2, 3, 6, 10, 17, 20, 22, 23, 30]:
    print(p, ["%.*f" % (p, x) for x in floats])
for fmt in ["%f", "%.2f", "%10.3f|", "%-10.1f|", "%+.2f", "% .2f", "%010.2f", "%#.0f", "%F", "%e", "%.3g", "%G"]:
    print(fmt, [fmt % x for x in floats[:12]])
print([f"{x:.3f}" for x in floats], [format(x, ".2f") for x in floats[:8]])
print([f"{x:10.2f}|{x:<8.1f}|{x:+.0f}|{x:.1%}|{x:,.2f}|{x:_.4f}" for x in floats[:10]])
print([f"{i:5d}|{i:<4}|{i:x}" for i in (0, 5, -5, 12345, 10**12)])
for i in range(0, 40, 7):
    x = i * 0.5
    print("row %d of %s -> %.2f" % (i, "table", x / 3.0), f"item {i}: value={x:.3f} pad={i:5d}")
print("%(a)s and %(b)d and %(é)s" % {"a": "x", "b": 3, "é": "ü"}, "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s %%%s%%" % ("a", "b"), "é%sü%d" % ("x", 5), "%s" % "plain", "%s" % ("t",))
errs = ["%", "%y", "é%y", "ü😀%(a)y", "%(a", "%d %d", "%d", "%s", "%.2f", "%c", "%x",
        "%5%|", "a%-%", "%.1%", "%*y", "%(a)*y", "%s %y", "%y %s", "%d%", "%(a)", "%(a)s %s",
        "%s %(a)s", "%(a)*d", "%(a)s %(a)s", "%(a)s%%%(a)d"]
for t in errs:
    for args in [(), (1,), (1, 2), (1, 2, 3), ("s",), {"a": 1}, 5]:
        try:
            print(repr(t), repr(args), repr(t % args))
        except (TypeError, ValueError, KeyError, OverflowError) as e:
            print(repr(t), repr(args), type(e).__name__, e)
print(b"%d|%5d|%s|%b|%.2f|%x|%c" % (3, -4, b"ab", b"cd", 2.675, 255, 65), b"%(k)s" % {b"k": b"v"})
try:
    b"%y" % (1,)
except ValueError as e:
    print(type(e).__name__, e)

# -- argument errors of the search and strip methods
calls = [
    lambda: "abc".find(),
    lambda: "abc".find("a", 1, 2, 3),
    lambda: "abc".find(1),
    lambda: "abc".count("b", None, 2),
    lambda: "abc".index("z"),
    lambda: "abc".startswith(1),
    lambda: "abc".startswith(("x", 1)),
    lambda: "abc".startswith(("x", "a")),
    lambda: "abc".endswith("c", 0, 2),
    lambda: "abc".endswith(),
    lambda: "abc".strip(1),
    lambda: "abc".strip("a", "b"),
    lambda: "abc".lstrip(x="a"),
    lambda: (" abc ".strip(), len(" abc ".strip()), "xxaxx".strip("x"), " é ".strip(), len(" é ".strip())),
    lambda: ("a b".split(" ", 5), "a b".split(sep=" "), "a b".split(maxsplit=0), "a b".split(" ", "1")),
]
for c in calls:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
