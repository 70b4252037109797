s = "héllo wörld ✓ 😀"
u = s.encode("utf-8")
print(u, len(u), len(s))
print(u.decode("utf-8") == s, u.decode())
print("abc".encode(), "abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print("ascii only".encode("ascii").decode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), "é".encode("ascii", "replace"))
print(isinstance(u, bytes), isinstance(s, str), type(u.decode()).__name__)
for ch in "aé中😀":
    print(ch, ch.encode("utf-8"), len(ch.encode("utf-8")), list(ch.encode("utf-8")))
print(str(b"xyz", "ascii"), "中".encode("utf-8").decode("utf-8"))
