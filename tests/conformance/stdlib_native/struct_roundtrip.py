# pack/unpack round trips for every format character in every byte order.
import struct

values = {
    "b": [-128, -1, 0, 1, 127], "B": [0, 1, 128, 255], "h": [-32768, -2, 0, 32767],
    "H": [0, 1, 65535], "i": [-2**31, -7, 0, 2**31 - 1], "I": [0, 4000000000, 2**32 - 1],
    "l": [-2**31, 0, 2**31 - 1], "L": [0, 2**32 - 1], "q": [-2**63, -1, 0, 2**63 - 1],
    "Q": [0, 2**63, 2**64 - 1], "?": [True, False], "f": [0.0, -1.5, 3.25, 1e10],
    "d": [0.0, -0.0, 1.1, -2.5e-300, 1.7976931348623157e308], "e": [0.0, 1.0, -2.5, 65504.0],
}
for order in ["", "@", "=", "<", ">", "!"]:
    for code, vals in values.items():
        fmt = order + str(len(vals)) + code
        data = struct.pack(fmt, *vals)
        back = struct.unpack(fmt, data)
        print(fmt, data.hex(), back == tuple(vals) or back)
for code, vals in [("n", [-5, 0, 2**63 - 1]), ("N", [0, 2**64 - 1]), ("P", [0, 4096, 2**64 - 1])]:
    data = struct.pack(str(len(vals)) + code, *vals)
    print(code, data.hex(), struct.unpack(str(len(vals)) + code, data))
print(struct.pack("?", 5), struct.pack("?", ""), struct.pack("?", [0]), struct.unpack("3?", b"\x00\x02\xff"))
print(struct.pack("<i", True), struct.pack(">h", False))


class Index:
    def __index__(self):
        return 300


print(struct.pack("<H", Index()), struct.pack(">q", Index()))
print(struct.unpack("<hHiI", bytes(range(12))), struct.unpack(">hHiI", bytes(range(12))))
print(struct.unpack("<q", b"\xff" * 8), struct.unpack("<Q", b"\xff" * 8))
print(struct.pack("bhiq", 1, 2, 3, 4).hex(), struct.pack("qihb", 1, 2, 3, 4).hex())
