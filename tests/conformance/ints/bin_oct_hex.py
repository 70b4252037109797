for n in [0, 1, 2, 7, 8, 10, 15, 16, 255, 256, 1023, -1, -255, 2 ** 64, -(2 ** 70) + 1]:
    print(n, bin(n), oct(n), hex(n))
print(hex(3735928559), hex(2 ** 100))
print(bin(True), hex(False))
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16))
print(int(bin(-99), 0), int(hex(-99), 0))
print(format(255, "x"), format(255, "X"), format(255, "o"), format(255, "b"))
print(format(255, "#x"), format(255, "#X"), format(255, "#o"), format(255, "#b"))
print(format(-255, "x"), format(-255, "#x"))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("1")
except TypeError as e:
    print(type(e).__name__, e)
