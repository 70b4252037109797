print(list(), list([1]), list((1, 2)), list("ab"), list(range(2)), list({1: "a"}), list(x for x in [3]))
print(tuple(), tuple([1, 2]), tuple("a"))
print(dict(), dict(a=1), dict([("a", 1)]), dict({"a": 1}), dict({"a": 1}, b=2), dict(zip("xy", (1, 2))))
print(set(), set([1, 2, 2]), set("aa"), set(range(3)), frozenset(), frozenset((1,)))
print(str(), int(), float(), bool(), complex.__name__ if False else "skip")
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
