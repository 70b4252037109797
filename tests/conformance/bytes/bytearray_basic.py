ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EE"
print(ba, bytes(ba))
del ba[0]
print(ba, ba.pop(), ba)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
b2 = bytearray(b"abc")
b2 += b"def"
print(b2, b2 == b"abcdef", b2.decode())
b2.reverse()
print(b2)
try:
    ba[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
print(type(bytearray()).__name__, bytes(bytearray(b"x")))
