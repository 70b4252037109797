def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        raise ValueError("first")
    except ValueError as e:
        raise e
try:
    g()
except ValueError as e:
    print("same exc", repr(e), e.__context__)
def h():
    try:
        raise ValueError("in try")
    except ValueError:
        pass
    finally:
        raise KeyError("in finally")
try:
    h()
except KeyError as e:
    print(repr(e), e.__context__)
def k():
    try:
        raise ValueError("a")
    except ZeroDivisionError:
        print("not reached either")
    else:
        print("not reached")
    finally:
        print("k finally")
try:
    k()
except ValueError as e:
    print("k raised", e)
def m():
    try:
        pass
    except Exception:
        pass
    else:
        raise RuntimeError("from else")
try:
    m()
except RuntimeError as e:
    print(repr(e), e.__context__)
