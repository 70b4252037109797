s = "abc"
for w in [0, 2, 3, 4, 7, 10]:
    print(repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.center(w, "*")), repr(s.ljust(w, "-")), repr(s.rjust(w, "0")))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("a".center(4, "x")))
for v in ["42", "-42", "+7", "", "abc", "-", "0005", "12345"]:
    print(repr(v.zfill(5)), repr(v.zfill(1)))
print("%s|" % "x".ljust(3), "x".rjust(3, "é"))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print("\t".join(["a", "b"]).expandtabs(4), repr("a\tbc\td".expandtabs()), repr("ab\tc".expandtabs(2)))
