print([chr(i) for i in range(65, 75)], [ord(c) for c in "AZaz09"])
print(chr(9731), ord("☃"), chr(0), repr(chr(127)), ord("\n"))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2 ** 64), oct(2 ** 30), bin(2 ** 20))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 70, 10 ** 10))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(2, 8), pow(2, 8, 5), pow(2.0, 0.5), pow(-1, 2), pow(10, -2))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(7))
