class A:
    x = 1
a = A()
print(getattr(a, "x"), getattr(a, "y", None), hasattr(a, "x"), hasattr(a, "y"))
try:
    getattr(a, "y")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr()
except TypeError as e:
    print(type(e).__name__, e)
try:
    hasattr(a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(a, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(a, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
class Raises:
    @property
    def p(self): raise ValueError("not attr")
try:
    hasattr(Raises(), "p")
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(globals(), dict), callable(globals), type(locals()).__name__)
print(repr(None), repr(...), repr(NotImplemented), str(Ellipsis), repr(1.0), repr("a'b"), repr('a"b'), repr("a'\"b"))
print(len("abc"), len([1]), len({}), len(range(3)), len(b"ab"))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
print(format(5), format(5, ""), format("a", "3"), format(0.1), repr(format))
print(object.__name__, object().__class__.__name__, type(object.__init__).__name__)
print(isinstance(len, type(print)), type(len).__name__, type([].append).__name__, type(int.__add__).__name__)
print(type(type.__dict__["__name__"]).__name__ if hasattr(type, "__dict__") else "", type(int.real).__name__ if False else "")
print(classmethod.__name__, staticmethod.__name__, property.__name__, super.__name__)
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [2, 2])), tuple(filter(lambda x: x % 2, range(5))))
print(divmod(17, 5), max("hello", key=str.upper), min([[2], [1]]))
print(sorted(set("hello")), sorted(frozenset("hi")))
print(set(), set([1]), {1}.union({2}), repr(set()), dict(a=1, b=2), dict([("x", 1)]), dict({"y": 2}, z=3), dict.fromkeys("ab", 0))
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
print(list("abc"), tuple("ab"), list(), tuple(), list(range(2)), tuple([1]))
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(b"x"), bytes(), bytes.fromhex("ff00"))
try:
    bytes("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
