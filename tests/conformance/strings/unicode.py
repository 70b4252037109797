s = "naïve café — 日本語 😀!"
print(s, len(s))
print([c for c in s if ord(c) > 127])
print([ord(c) for c in "aé中😀"])
print(chr(97), chr(233), chr(20013), chr(128512), chr(0x41), chr(0x10FFFF) == "\U0010ffff")
print("\u00e9" == "é", "\U0001F600" == "😀", "\N{GREEK SMALL LETTER ALPHA}")
print(s.upper(), s[::-1])
print("straße".upper(), "İ".lower() == "i̇", len("İ".lower()))
print(repr("é"), repr("\x00\x1f\x7f\x80\xa0\xff"), repr("\u2028"), repr("😀"), repr("\ud800" if False else "skip"))
print(ascii("héllo 😀") if False else "skip ascii")
print("日本" + "語", "日本語"[1], "日本語".find("語"), "日本語".encode("utf-8"))
print(len("😀😀"), "😀😀"[1], "a😀b".index("b"))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
print(sorted("zebra"), "".join(sorted("δβα")))
