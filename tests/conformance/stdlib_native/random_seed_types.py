# Seeds that are not ints: str/bytes/bytearray (SHA-512 based, version 2), float and bool
# (hash based), version 1 string seeding, and rejected seed types.
import random

for s in ["", "a", "hello", "héllo wörld", "x" * 200, b"", b"abc", bytearray(b"abc"),
          b"\x00\xff" * 70, 1.5, -2.25, 0.0, 1e300, True, False, 3.0]:
    random.seed(s)
    print(repr(s)[:30], random.random(), random.getrandbits(40))

for s in ["", "abc", b"abc", "long string " * 10]:
    random.seed(s, version=1)
    print("v1", repr(s)[:30], random.random())

random.seed(7, version=1)
print("v1 int", random.random())
random.seed(123, version=3)
print("v3 int", random.random())

for bad in [[1], (1, 2), {1: 2}, object, 1j]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(e).__name__, e)

r = random.Random("seed text")
print(r.random(), r.randint(1, 10 ** 12))
