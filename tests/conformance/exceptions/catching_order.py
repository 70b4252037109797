def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "ZeroDivisionError handler"
    except ArithmeticError:
        return "ArithmeticError handler"
    except (KeyError, IndexError) as e:
        return "lookup handler " + type(e).__name__
    except LookupError:
        return "LookupError handler"
    except Exception as e:
        return "generic " + type(e).__name__
    except BaseException as e:
        return "base " + type(e).__name__
for exc in [ZeroDivisionError(), OverflowError(), KeyError(), IndexError(), LookupError(), ValueError(),
            KeyboardInterrupt(), SystemExit(), GeneratorExit(), StopIteration(), RecursionError()]:
    print(type(exc).__name__, "->", classify(exc))
handlers = (ValueError, TypeError)
try:
    raise TypeError("dynamic tuple")
except handlers as e:
    print("dynamic", e)
