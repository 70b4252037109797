class AppError(Exception):
    pass
def load():
    try:
        {}["missing"]
    except KeyError as e:
        raise AppError("load failed") from e
try:
    load()
except AppError as e:
    print(e, repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
def suppress():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
try:
    suppress()
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def implicit():
    try:
        [][0]
    except IndexError:
        raise TypeError("during handling")
try:
    implicit()
except TypeError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("v") from KeyError("k")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise KeyError("b")
        except KeyError as b:
            raise IndexError("c")
except IndexError as c:
    print(repr(c), repr(c.__context__), repr(c.__context__.__context__))
e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError("bad cause") from 5
except TypeError as te:
    print(type(te).__name__, te)
