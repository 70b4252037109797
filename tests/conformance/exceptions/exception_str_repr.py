excs = [ValueError(), ValueError("m"), ValueError("m", 2), KeyError("k"), KeyError(), KeyError(1), IndexError(5),
        TypeError("t"), ZeroDivisionError("division by zero"), Exception("a", "b"), RuntimeError(None),
        StopIteration(), AssertionError("msg"), NameError("n"), AttributeError("attr")]
for e in excs:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
print([ValueError("in list")], (KeyError("in tuple"),))
print(f"{ValueError('f-string')}", "%s" % TypeError("percent"), "{!r}".format(IndexError("fmt")))
