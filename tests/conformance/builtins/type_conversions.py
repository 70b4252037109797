print(int("10"), float("1.5"), str(10), bool(""), list("ab"), tuple([1]), set([1, 1]), dict([(1, 2)]), frozenset([2]))
print(int(3.9), int(-3.9), float(3), str(3.0), str(True), int(True), float(False), bool(0.0), bool("0"))
print(list(range(3)), list({"a": 1}), list({"a": 1}.values()), tuple("xy"), list(b"ab"), list((1, 2)))
print(str([1, "2"]), str((1,)), str({1: "a"}), str(None), str(b"x"))
print(repr(1), repr("s"), repr([1, "s"]), repr(1.0), repr(None), repr(b"\x01"))
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__, type(()).__name__, type({}).__name__,
      type(set()).__name__, type(None).__name__, type(True).__name__, type(b"").__name__, type(range(1)).__name__,
      type(len).__name__, type(lambda: 0).__name__, type(type).__name__, type(object()).__name__)
print(type(1) == int, type(True) == int, type(True) is bool, type("") in (str, bytes))
print(bool([]), bool([0]), bool({}), bool(set()), bool(range(0)), bool(None), bool(object()))
