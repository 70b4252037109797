# random.random() sequences for many integer seeds (MT19937 seeded by init_by_array).
import random

seeds = [0, 1, 2, 3, 7, 42, 99, 100, 255, 256, 1000, 12345, 2**31 - 1, 2**31, 2**32 - 1,
         2**32, 2**32 + 1, 2**53, 2**64 - 1, 2**64, 2**100 + 12345, 10**40, -1, -42, -(2**70),
         123456789012345678901234567890]
for s in seeds:
    random.seed(s)
    print(s, [random.random() for _ in range(4)])

# Far into the stream (several regenerations of the 624-word state).
random.seed(2024)
vals = [random.random() for _ in range(5000)]
print(vals[623], vals[624], vals[1247], vals[4999])
print(round(sum(vals), 10))

# Independent instances do not share state.
a = random.Random(5)
b = random.Random(5)
print(a.random() == b.random(), a.random(), b.random(), b.random())
a.seed(5)
print(a.random())
