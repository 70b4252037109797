classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, LookupError, KeyError, IndexError,
           ValueError, TypeError, NameError, UnboundLocalError, AttributeError, RuntimeError, RecursionError,
           NotImplementedError, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, AssertionError,
           MemoryError, UnicodeError, UnicodeDecodeError, ImportError, OSError]
for c in classes:
    print(c.__name__, [b.__name__ for b in c.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(StopIteration, Exception), issubclass(SystemExit, Exception))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(ZeroDivisionError, ArithmeticError))
