def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    if n == 2:
        return 10 // 0
    if n == 3:
        return [][1]
    return n
for i in range(5):
    try:
        r = risky(i)
    except ValueError as e:
        print(i, "ValueError", e)
    except (KeyError, IndexError) as e:
        print(i, "Lookup", type(e).__name__, e)
    except Exception as e:
        print(i, "other", type(e).__name__, e)
    else:
        print(i, "no error", r)
    finally:
        print(i, "finally")
try:
    raise TypeError
except TypeError as e:
    print(repr(e), str(e) == "", e.args)
try:
    raise ValueError("a", 1, None)
except ValueError as e:
    print(e, e.args, repr(e))
try:
    try:
        raise ValueError("inner")
    except KeyError:
        print("wrong handler")
except ValueError as e:
    print("outer caught", e)
try:
    1 / 0
except:
    print("bare except")
e = "before"
try:
    raise RuntimeError("x")
except RuntimeError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
