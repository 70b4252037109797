values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1), b"", b"\x00"]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no", not v)

class Empty:
    pass

class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b

print(bool(Empty()))
print(bool(WithLen(0)), bool(WithLen(3)))
print(bool(WithBool(False)), bool(WithBool(True)))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or [] or 0)
print([] and 1, [1] and [2])
print(not 0, not 1, not not "x")
x = 0
r = x or "default"
print(r)
