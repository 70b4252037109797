# s, p, c, x; pack_into/unpack_from/iter_unpack with offsets; Struct objects.
import struct

print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"zz"))
print(struct.pack("s", bytearray(b"xy")), struct.pack("3p", b"abcdef"), struct.pack("1p", b"q"))
print(struct.pack("10p", b"hello"), struct.pack("0p", b"x"), struct.pack("300p", b"a" * 400)[:3])
print(struct.unpack("5s", b"abcde"), struct.unpack("5p", b"\x09abcd"), struct.unpack("4p", b"\x02abc"))
print(struct.pack("c3xc", b"a", b"b"), struct.unpack("c3xc", b"a123b"), struct.unpack("2c", bytearray(b"xy")))
print(struct.pack(">h2x", 5), struct.unpack("<2xH", b"\x00\x00\x01\x02"))

buf = bytearray(16)
struct.pack_into("<ih", buf, 2, -5, 300)
print(buf)
struct.pack_into(">q", buf, -8, 2**40 + 3)
print(buf.hex())
print(struct.unpack_from("<ih", buf, 2), struct.unpack_from(">q", buf, offset=-8))
print(struct.unpack_from("<b", buf), struct.unpack_from("<b", buffer=buf, offset=3))
print(list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")))
print(list(struct.iter_unpack(">H", b"")), list(struct.iter_unpack("c", b"abc")))

s = struct.Struct("<2h3sQ")
data = s.pack(1, -1, b"xyz", 2**64 - 2)
print(s.format, s.size, data.hex(), s.unpack(data))
print(s.unpack_from(b"--" + data, 2), list(s.iter_unpack(data * 2)))
target = bytearray(s.size + 1)
s.pack_into(target, 1, 3, 4, b"q", 5)
print(target)
print(type(s).__name__, isinstance(s, struct.Struct))


class MyStruct(struct.Struct):
    def total(self, data):
        return sum(self.unpack(data))


m = MyStruct(">3B")
print(m.total(b"\x01\x02\x03"), m.size, m.format)
