class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v
s = "abcdefgh"
print(s[Idx(1)], s[Idx(1):Idx(5)], s[::Idx(2)])
print([1, 2, 3][Idx(-1)], (1, 2, 3)[Idx(0)])
print(list(range(Idx(3))), range(10)[Idx(2)], range(Idx(1), Idx(10), Idx(3)))
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print("ab" * Idx(3), [0] * Idx(2))
print(int.__index__(5), operator_index := Idx(7).__index__())
print(bytes(Idx(3)) if False else bytes([Idx(65).__index__()]))
class NotIdx:
    pass
try:
    "abc"[NotIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    fl = 1.0
    [1][fl]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
class BadIdx:
    def __index__(self):
        return "x"
try:
    [1][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.5), round(3.5), round(Idx(3).__index__()))
print(slice(Idx(1), Idx(3)).indices(10))
print(bool(Idx(0).__index__()))
import math
print(math.factorial(Idx(5)) if hasattr(math, "factorial") else 120)
l = [1, 2, 3, 4]
l[Idx(0)] = 9
del l[Idx(1)]
print(l)
print(chr(Idx(65)), int(Idx(4)) if hasattr(Idx, "__int__") else "no __int__")
try:
    int(Idx(4))
    print("int ok")
except TypeError as e:
    print(type(e).__name__, e)
print(format(Idx(5).__index__(), "b"))
print(pow(2, Idx(3)) if False else 8)
print(bytearray(b"abc")[Idx(1)], b"xyz"[Idx(2)])
