import sys
print(sys.maxsize == 2 ** 63 - 1)
m = sys.maxsize
print(m + 1, m * 2, -m - 1, -m - 2)
print((m + 1) // 2 == 2 ** 62)
print(2 ** 63 - 1 + 1 == 2 ** 63)
print(-(2 ** 63) - 1)
print((2 ** 63) * (2 ** 63), (2 ** 64) // 3, (2 ** 64) % 1000)
print(-(2 ** 63) // -1)
print(abs(-(2 ** 63)))
print(9223372036854775807 + 9223372036854775807)
print(4611686018427387904 * 2, 4611686018427387904 * 4)
print(-4611686018427387904 * 2, -4611686018427387904 * -4)
print(3037000499 * 3037000499, 3037000500 * 3037000500)
print(1 - 2 ** 64, (2 ** 64 - 1) & 0xFFFF, (2 ** 64) | 1)
print(10 ** 18 * 10 + 5, (10 ** 19 + 5) // 10)
a = 2 ** 62
total = 0
for i in range(8):
    total += a
print(total, total // 8 == a)
print(hash(5) == hash(5), hash(2 ** 100) == hash(2 ** 100), hash(-1) == hash(-2))
print(hash(1) == hash(1.0), hash(0) == hash(-0.0))
