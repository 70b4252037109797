# getrandbits for widths within and beyond 32 bits (word order as CPython), randbytes.
import random

random.seed(11)
for k in [0, 1, 2, 7, 8, 31, 32, 33, 53, 63, 64, 65, 100, 127, 128, 129, 255, 256, 1000]:
    print(k, random.getrandbits(k))

random.seed(12)
print(random.randbytes(0), random.randbytes(1), random.randbytes(7), random.randbytes(16))
print(random.randbytes(33).hex())

for bad in [-1, 2.0, "3", None]:
    try:
        random.getrandbits(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    random.randbytes(-1)
except Exception as e:
    print(type(e).__name__, e)

r = random.Random(3)
bits = [r.getrandbits(3) for _ in range(30)]
print(bits)
print(max(r.getrandbits(1) for _ in range(100)), r.getrandbits(2000).bit_length() <= 2000)
