b = b"Hello, bytes!"
print(b[0], b[-1], b[4], type(b[0]).__name__)
print(b[0:5], b[7:], b[::-1], b[::2], b[-6:-1], b[100:], b[3:3])
print(list(b[:5]), [x for x in b"abc"], tuple(b"\x01\x02"))
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"" * 5)
print(b"ell" in b, b"xyz" in b, 72 in b, 0 in b)
print(b == b"Hello, bytes!", b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc", b"a" == "a")
try:
    b[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
for i, byte in enumerate(b"AZ"):
    print(i, byte, chr(byte))
