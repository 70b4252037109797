print(str(), repr(str()), str(42), str(-1.5), str(True), str(None), str([1, 2]), str((1,)), str({1: "a"}))
print(str("already"), str(b"bytes"), str(1e100), str(10 ** 30))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
print(type(str(5)).__name__, str(str) if False else "skip")
class C:
    def __str__(self):
        return "custom"
print(str(C()), "x" + str(C()))
class Bad:
    def __str__(self):
        return 42
try:
    str(Bad())
except TypeError as e:
    print(type(e).__name__, e)
