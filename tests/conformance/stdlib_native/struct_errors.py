# struct.error and other errors with CPython's messages.
import struct

print(struct.error, struct.error.__mro__[1], issubclass(struct.error, Exception))
cases = [
    ("pack", ("i", 2**31)), ("pack", ("<i", -2**31 - 1)), ("pack", ("l", 2**63)),
    ("pack", ("<l", 2**31)), ("pack", ("<L", -1)), ("pack", ("<L", 2**32)),
    ("pack", ("q", 2**63)), ("pack", ("Q", -1)), ("pack", ("Q", 2**64)), ("pack", ("I", -1)),
    ("pack", ("I", 2**32)), ("pack", ("H", -1)), ("pack", ("<H", 65536)), ("pack", ("h", 32768)),
    ("pack", (">h", -32769)), ("pack", ("b", 128)), ("pack", ("b", -129)), ("pack", ("B", 256)),
    ("pack", ("B", -1)), ("pack", ("n", 2**63)), ("pack", ("N", -1)), ("pack", ("P", 2**64)),
    ("pack", (">H", -1)), ("pack", (">H", 70000)), ("pack", ("!q", 2**63)), ("pack", (">Q", -1)),
    ("pack", ("=H", -1)), ("pack", ("<q", 2**63)), ("pack", (">I", -1)), ("pack", ("i", 2**64)), ("pack", ("b", 2**64)), ("pack", ("i", 1.0)), ("pack", ("i", "1")),
    ("pack", ("i", None)), ("pack", ("f", "x")), ("pack", ("d", None)), ("pack", ("c", "a")),
    ("pack", ("c", b"ab")), ("pack", ("c", 1)), ("pack", ("s", "a")), ("pack", ("p", 1)),
    ("pack", ("ii", 1)), ("pack", ("i", 1, 2)), ("pack", ("z", 1)), ("pack", ("<n", 1)),
    ("pack", ("<P", 1)), ("pack", ("2", )), ("pack", ("i<", 1)), ("pack", (5, 1)),
    ("calcsize", ("9999999999999999999999i",)), ("calcsize", ("2 i",)), ("calcsize", ("q" * 3 + "y",)),
    ("unpack", ("i", b"123")), ("unpack", ("i", b"12345")), ("unpack", ("i", "abcd")),
    ("unpack", ("i", 5)), ("unpack", ("i",)), ("unpack_from", ("i", b"123")),
    ("unpack_from", ("i", b"1234", 1)), ("unpack_from", ("i", b"1234", -5)),
    ("unpack_from", ("i", b"12345678", -3)),
    ("iter_unpack", ("i", b"12345")), ("iter_unpack", ("", b"")),
    ("pack_into", ("i", bytearray(4), 1, 7)), ("pack_into", ("i", bytearray(4), -2, 7)),
    ("pack_into", ("i", bytearray(4), -8, 7)), ("pack_into", ("i", b"1234", 0, 7)),
    ("pack_into", ("i", bytearray(8), 0)), ("pack_into", ("i", bytearray(8))),
    ("pack_into", ("i",)), ("pack", ()),
]
for name, args in cases:
    try:
        print(name, args[:2], getattr(struct, name)(*args))
    except Exception as e:
        print(name, repr(args)[:40], type(e).__name__, e)
try:
    struct.Struct(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    struct.Struct("i").pack(1, 2)
except struct.error as e:
    print(type(e).__name__, e)
try:
    struct.Struct("i").unpack(b"")
except struct.error as e:
    print(type(e).__name__, e)
