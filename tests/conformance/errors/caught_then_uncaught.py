errors = [ZeroDivisionError, KeyError, IndexError]
for exc in errors:
    try:
        raise exc("caught " + exc.__name__)
    except Exception as e:
        print(type(e).__name__, e)
raise TypeError("final uncaught TypeError")
