# Floats: e (half precision, round half to even), f (float rounding and overflow), d.
import struct

inf, nan = float("inf"), float("nan")
for x in [0.0, -0.0, 1.0, -1.0, 0.1, 1/3, 2.0**-14, 2.0**-24, 2.0**-25, 2.0**-25 * 1.0001,
          2.0**-24 * 1.5, 2.0**-24 * 2.5, 65504.0, 65519.99, 1.0009765625, 1.00048828125,
          1.00146484375, 2049.0, 2051.0, 4097.0, 12345.678, -0.00006103515625, inf, -inf, nan]:
    le = struct.pack("<e", x)
    be = struct.pack(">e", x)
    print(repr(x), le.hex(), be.hex(), struct.unpack("<e", le)[0])
for x in [65520.0, 1e10, -70000.0]:
    try:
        struct.pack("e", x)
    except OverflowError as e:
        print(type(e).__name__, e)
for bits in [0x0001, 0x03ff, 0x0400, 0x3555, 0x7bff, 0x7c00, 0xfc00, 0x8000, 0xc000]:
    print(hex(bits), struct.unpack("<e", bits.to_bytes(2, "little"))[0])
print(struct.unpack("<e", b"\x01\x7c")[0], struct.unpack("<e", b"\x00\x7e")[0])

for x in [0.1, 1/3, 3.4028234663852886e38, 3.40282356e38, 1e-45, 1e-46, 1.5e-45,
          16777217.0, 16777219.0, -2.5, inf, -inf, nan]:
    print(repr(x), struct.pack("<f", x).hex(), struct.pack("f", x).hex(), struct.unpack("<f", struct.pack("<f", x))[0])
for fmt in ["<f", ">f", "=f"]:
    try:
        struct.pack(fmt, 1e300)
    except OverflowError as e:
        print(fmt, type(e).__name__, e)
print(struct.pack("f", 1e300).hex(), struct.pack("f", -1e300).hex())
for x in [0.1, -0.0, 5e-324, 1.7976931348623157e308, inf, nan]:
    print(repr(x), struct.pack(">d", x).hex(), struct.unpack(">d", struct.pack(">d", x)))
print(struct.pack("<d", 7), struct.pack("<f", True), struct.unpack("<d", struct.pack("<d", 10**20)))


class F:
    def __float__(self):
        return 2.5


print(struct.pack("<d", F()).hex(), struct.pack("<e", F()).hex())
try:
    struct.pack("<d", 10**400)
except Exception as e:
    print(type(e).__name__, e)
