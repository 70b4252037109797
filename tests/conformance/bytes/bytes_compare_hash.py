print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"" < b"a", b"b" > b"abc")
print(b"abc" == bytearray(b"abc"), bytearray(b"x") == b"x")
print(hash(b"abc") == hash(b"abc"))
d = {b"key": 1, b"other": 2}
print(d[b"key"], b"other" in d, b"nope" in d)
print(sorted([b"b", b"a", b"ab", b""]))
print(max([b"a", b"c", b"b"]), min(b"hello"))
print(b"abc" == "abc", b"1" == 1)
try:
    b"a" < "a"
except TypeError as e:
    print(type(e).__name__, e)
