f = frozenset([3, 1, 2])
print(sorted(f), len(f), 2 in f, f | {4}, f & {1, 9}, f - {1}, f ^ {1, 5})
print(type(f | {4}).__name__, type({4} | f).__name__, f == {1, 2, 3}, f.issubset({1, 2, 3, 4}), f.isdisjoint({7}))
print(frozenset(), repr(frozenset([1])), frozenset("aa"), f.union([9]), f.copy() is f, frozenset(f) is f)
d = {f: "v"}
print(d[frozenset([1, 2, 3])], {frozenset(): 1}[frozenset()])
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(slice(1, 10, 2).indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(5, 1, -2).indices(10), slice(100, -100, -1).indices(5), slice(2), slice(1, 2), slice(1, 2, 3))
s = slice(1, 2, 3)
print(s.start, s.stop, s.step, s == slice(1, 2, 3), slice(1) != slice(2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1))
    print("hashable slice")
except TypeError as e:
    print(type(e).__name__, e)
print(ascii("abc"), ascii("é"), ascii("日本"), ascii("\U0001f600"), ascii(["é", 1]), ascii("\n\x00"), ascii(b"\xff"))
class A:
    def __repr__(self): return "ré"
print(ascii(A()))
print(chr(65), chr(0x1f600), ord("A"), ord("€"), ord(b"a"), ord(bytearray(b"z")))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("a"), lambda: ord(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(bin(5), bin(-5), oct(8), oct(-8), hex(255), hex(-255), bin(0), hex(2**70))
for bad in [lambda: bin(1.0), lambda: hex("a"), lambda: oct(None)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(callable(len), callable(lambda: 0), callable(int), callable("s"))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
T = type("T", (object,), {"x": 1, "m": lambda self: 2})
print(T.__name__, T().x, T().m(), type(T()).__name__, type(5).__name__)
try:
    type("T", 1, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(id(T) == id(T), isinstance(id(1), int))
print(bool(), bool(0), bool([1]), str(), str(b"a"), str(b"ab", "ascii"), str(b"a\xffb", "utf-8", "replace"), str(object=5))
print(float(), float("1e3"), float(" -inf "), float("nan") != float("nan"), float("1_0.5"), float(b"2.5"))
for bad in ["x", "1e", "", "1__0"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
print(list(range(0, 10, 3)), range(5)[-1], range(0, 10, 2)[1:3], 3 in range(5), range(1, 5).index(3), range(5).count(2))
try:
    range(0, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(range(3)), repr(range(1, 5, 2)), range(3) == range(0, 3), hash(range(3)) == hash(range(0, 3, 1)))
