print(b"hello", b'single', b"with 'quote'", b'with "dq"', b"both ' \"")
print(b"\x00\x01\x7f\x80\xff", b"\t\n\r", b"\\", b"", rb"raw\n", br"\x00")
print(repr(b"abc"), str(b"abc"), len(b"abc"), len(b""), len(b"\x00\x00"))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes(b"copy"))
print(bytes([0, 127, 128, 255]), bytes([32, 126, 10, 9, 13, 11, 12]))
print(type(b"").__name__, isinstance(b"x", bytes))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes([-1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
