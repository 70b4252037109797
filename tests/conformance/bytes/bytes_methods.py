b = b"  Hello World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower(), b.strip().split(), b.split(b"o"))
print(b"a,b,c".split(b","), b",".join([b"x", b"y", b"z"]), b"".join([b"1", b"2"]))
print(b"hello".replace(b"l", b"L"), b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".count(b"l"), b"hello".index(b"o"))
print(b"hello".startswith(b"he"), b"hello".endswith(b"lo"), b"hello".startswith((b"x", b"h")))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b"  ".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"hello world".title(), b"hello".capitalize(), b"HeLLo".swapcase())
print(b"abc".hex(), bytes.fromhex("616263"), bytes.fromhex("de ad be ef"), b"\x00\xff".hex())
print(b"ab".center(6, b"*"), b"ab".ljust(4, b"-"), b"ab".rjust(4), b"42".zfill(5))
print(b"k=v".partition(b"="), b"a.b.c".rpartition(b"."), b"x\ny\r\nz".splitlines())
print(b"abc".decode().upper().encode())
try:
    b",".join(["s"])
except TypeError as e:
    print(type(e).__name__, e)
