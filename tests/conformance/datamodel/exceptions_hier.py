import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
# BaseExceptionGroup/ExceptionGroup and SystemError are not in weft yet.
names = [n for n in names if n not in ('BaseExceptionGroup', 'ExceptionGroup', 'SystemError')]
for n in names:
    c = getattr(builtins, n)
    print(n, c.__bases__[0].__name__ if len(c.__bases__) == 1 else [b.__name__ for b in c.__bases__], c.__module__)
