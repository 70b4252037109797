def handler():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    handler()
except ValueError as e:
    print("outer got", e)
def rethrow_var():
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    raise err
try:
    rethrow_var()
except KeyError as e:
    print("rethrown", repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def nested_bare():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
try:
    nested_bare()
except ValueError as e:
    print("bare raise re-raises", repr(e))
def raise_class():
    raise IndexError
try:
    raise_class()
except IndexError as e:
    print("class raised", repr(e))
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
