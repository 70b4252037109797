# BaseExceptionGroup / ExceptionGroup: construction rules and messages, message,
# exceptions, str/repr, subgroup/split/derive with types, tuples and predicates, metadata
# copied to derived groups, subclasses with derive, and SystemError.
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(ExceptionGroup.__mro__, BaseExceptionGroup.__mro__, SystemError.__mro__)
eg = ExceptionGroup('many', [ValueError(1), TypeError('t'), ValueError(2)])
print(eg, repr(eg), eg.message, eg.exceptions, eg.args, eg.exceptions is eg.exceptions, eg.__dict__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), type(BaseExceptionGroup('a', [ValueError()])))
print(type(BaseExceptionGroup('a', [KeyboardInterrupt()])), str(ExceptionGroup('one', (OSError(),))))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), repr(eg.subgroup((KeyError, IndexError))), eg.subgroup(Exception) is eg)
print(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == 2))
print(eg.split(OSError), eg.split(ExceptionGroup))
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')]), KeyError('k')])
m, r = nested.split(ValueError)
print(repr(m), repr(r))
print(repr(nested.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == 'inner')))
print(repr(nested.derive([ValueError(9)])), type(nested.derive([KeyboardInterrupt()])).__name__)

try:
    try:
        raise KeyError('ctx')
    except KeyError:
        raise ExceptionGroup('withctx', [ValueError(1), TypeError(2)]) from OSError('cause')
except ExceptionGroup as e:
    e.add_note('a note')
    m, r = e.split(ValueError)
    print(repr(m.__cause__), repr(m.__context__), m.__notes__, r.__notes__, m.__traceback__ is not None,
          m.__suppress_context__)


class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)

    def derive(self, excs):
        return MyEG(self.message, excs, self.code)


g = MyEG('mine', [ValueError(1), TypeError(2)], code=42)
m, r = g.split(TypeError)
print(type(m).__name__, m.code, repr(m), repr(r), g.args)


class Plain(BaseExceptionGroup):
    pass


p = Plain('p', [KeyboardInterrupt(), ValueError()])
print(type(p).__name__, repr(p.split(ValueError)), type(p.split(ValueError)[0]).__name__)
print(BaseExceptionGroup[int], ExceptionGroup[ValueError])

try:
    raise ExceptionGroup('caught', [ValueError(5)])
except Exception as e:
    print('caught as Exception:', type(e).__name__, e)
try:
    raise BaseExceptionGroup('base', [SystemExit(3)])
except BaseException as e:
    print('caught as BaseException:', type(e).__name__, e, isinstance(e, Exception))

show(lambda: ExceptionGroup())
show(lambda: ExceptionGroup('a'))
show(lambda: ExceptionGroup(1, []))
show(lambda: ExceptionGroup('a', 5))
show(lambda: ExceptionGroup('a', []))
show(lambda: ExceptionGroup('a', [1]))
show(lambda: ExceptionGroup('a', [KeyboardInterrupt()]))
show(lambda: ExceptionGroup('a', [ValueError()], x=1))
show(lambda: ExceptionGroup('a', {1: 2}))
show(lambda: ExceptionGroup('a', [ValueError()]).split(5))
show(lambda: ExceptionGroup('a', [ValueError()]).split())
show(lambda: ExceptionGroup('a', [ValueError()]).split(int))
show(lambda: ExceptionGroup('a', [ValueError()]).subgroup((ValueError, 3)))
show(lambda: ExceptionGroup('a', [ValueError()], 3))
show(lambda: MyEG('x', [KeyboardInterrupt()]))
show(lambda: eg.derive(5))
show(lambda: SystemError('internal'))
show(lambda: issubclass(SystemError, Exception))
try:
    raise SystemError('boom')
except SystemError as e:
    print(type(e).__name__, e)
