vals = [0, 1, 5, 12, 255, -1, -6, 2 ** 70 + 3, -(2 ** 65)]
for a in vals:
    for b in [3, -4, 2 ** 66 - 1]:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(~a, -a - 1 == ~a)
print(1 << 0, 1 << 1, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 10, -5 << 3, 3 << 70)
print(2 ** 100 >> 90, 2 ** 100 >> 200, -2 ** 100 >> 200, -7 >> 1, -7 >> 10, 7 >> 1)
print(255 >> 4 << 4, (0xF0 | 0x0F) & 0x3C)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print((12).bit_length(), (0).bit_length(), (-255).bit_length(), (2 ** 100).bit_length())
print(True & 3, True | False, 6 & True)
