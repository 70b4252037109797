# operator: the standard operators as functions (CPython 3.11 behaviour).
#
# Owns: the function forms of the operators (`add`, `getitem`, ...), their dunder aliases,
# `itemgetter`/`attrgetter`/`methodcaller`, `index`, `length_hint`. Must not: rely on
# other library modules (it is imported by many of them).

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

_abs = abs


# ---- comparisons ----------------------------------------------------------------------

def lt(a, b, /):
    "Same as a < b."
    return a < b


def le(a, b, /):
    "Same as a <= b."
    return a <= b


def eq(a, b, /):
    "Same as a == b."
    return a == b


def ne(a, b, /):
    "Same as a != b."
    return a != b


def ge(a, b, /):
    "Same as a >= b."
    return a >= b


def gt(a, b, /):
    "Same as a > b."
    return a > b


# ---- logical --------------------------------------------------------------------------

def not_(a, /):
    "Same as not a."
    return not a


def truth(a, /):
    "Return True if a is true, False otherwise."
    return True if a else False


def is_(a, b, /):
    "Same as a is b."
    return a is b


def is_not(a, b, /):
    "Same as a is not b."
    return a is not b


# ---- arithmetic and bitwise -----------------------------------------------------------

def abs(a, /):
    "Same as abs(a)."
    return _abs(a)


def add(a, b, /):
    "Same as a + b."
    return a + b


def and_(a, b, /):
    "Same as a & b."
    return a & b


def floordiv(a, b, /):
    "Same as a // b."
    return a // b


def index(a, /):
    "Same as a.__index__()"
    # `range(a)` would accept the same objects; slicing uses __index__ exactly.
    try:
        m = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__) from None
    r = m(a)
    if type(r) is not int:
        if isinstance(r, int):
            return r
        raise TypeError('__index__ returned non-int (type %s)' % type(r).__name__)
    return r


def inv(a, /):
    "Same as ~a."
    return ~a


def invert(a, /):
    "Same as ~a."
    return ~a


def lshift(a, b, /):
    "Same as a << b."
    return a << b


def mod(a, b, /):
    "Same as a % b."
    return a % b


def mul(a, b, /):
    "Same as a * b."
    return a * b


def matmul(a, b, /):
    "Same as a @ b."
    return a @ b


def neg(a, /):
    "Same as -a."
    return -a


def or_(a, b, /):
    "Same as a | b."
    return a | b


def pos(a, /):
    "Same as +a."
    return +a


def pow(a, b, /):
    "Same as a ** b."
    return a ** b


def rshift(a, b, /):
    "Same as a >> b."
    return a >> b


def sub(a, b, /):
    "Same as a - b."
    return a - b


def truediv(a, b, /):
    "Same as a / b."
    return a / b


def xor(a, b, /):
    "Same as a ^ b."
    return a ^ b


# ---- sequences ------------------------------------------------------------------------

def _is_sequence(obj):
    t = type(obj)
    return hasattr(t, '__getitem__') and not isinstance(obj, dict)


def concat(a, b, /):
    "Same as a + b, for a and b sequences."
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def contains(a, b, /):
    "Same as b in a (note reversed operands)."
    return b in a


def countOf(a, b, /):
    "Return the number of items in a which are, or which equal, b."
    n = 0
    for x in a:
        if x is b or x == b:
            n += 1
    return n


def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]


def getitem(a, b, /):
    "Same as a[b]."
    return a[b]


def indexOf(a, b, /):
    "Return the first index of b in a."
    i = 0
    for x in a:
        if x is b or x == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c


def length_hint(obj, default=0, /):
    'Return an estimate of the number of items in obj.'
    if type(default) is not int:
        if not isinstance(default, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % type(val).__name__)
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# ---- in-place -------------------------------------------------------------------------

def iadd(a, b, /):
    "Same as a += b."
    a += b
    return a


def iand(a, b, /):
    "Same as a &= b."
    a &= b
    return a


def iconcat(a, b, /):
    "Same as a += b, for a and b sequences."
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


def ifloordiv(a, b, /):
    "Same as a //= b."
    a //= b
    return a


def ilshift(a, b, /):
    "Same as a <<= b."
    a <<= b
    return a


def imod(a, b, /):
    "Same as a %= b."
    a %= b
    return a


def imul(a, b, /):
    "Same as a *= b."
    a *= b
    return a


def imatmul(a, b, /):
    "Same as a @= b."
    a @= b
    return a


def ior(a, b, /):
    "Same as a |= b."
    a |= b
    return a


def ipow(a, b, /):
    "Same as a **= b."
    a **= b
    return a


def irshift(a, b, /):
    "Same as a >>= b."
    a >>= b
    return a


def isub(a, b, /):
    "Same as a -= b."
    a -= b
    return a


def itruediv(a, b, /):
    "Same as a /= b."
    a /= b
    return a


def ixor(a, b, /):
    "Same as a ^= b."
    a ^= b
    return a


# ---- callable helpers -----------------------------------------------------------------

class attrgetter:
    'Return a callable object that fetches the given attribute(s) from its operand.'
    __slots__ = ('_attrs', '_call')

    def __init__(self, attr, /, *attrs):
        names = (attr,) + attrs
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        getters = tuple(_dotted_getter(name) for name in names)
        if len(getters) == 1:
            self._call = getters[0]
        else:
            def multi(obj):
                return tuple(g(obj) for g in getters)
            self._call = multi

    def __call__(self, obj, /):
        return self._call(obj)

    def __repr__(self):
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__,
                              ', '.join(map(repr, self._attrs)))

    def __reduce__(self):
        return self.__class__, self._attrs


def _dotted_getter(name):
    if '.' not in name:
        def get(obj):
            return getattr(obj, name)
        return get
    parts = name.split('.')

    def get(obj):
        for p in parts:
            obj = getattr(obj, p)
        return obj
    return get


class itemgetter:
    'Return a callable object that fetches the given item(s) from its operand.'
    __slots__ = ('_items', '_call')

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        if len(items) == 1:
            item = items[0]

            def one(obj):
                return obj[item]
            self._call = one
        else:
            def multi(obj):
                return tuple(obj[i] for i in items)
            self._call = multi

    def __call__(self, obj, /):
        return self._call(obj)

    def __repr__(self):
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__name__,
                              ', '.join(map(repr, self._items)))

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    'Return a callable object that calls the given method on its operand.'
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self = args[0]
        name = args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__name__,
                              ', '.join(args))

    def __reduce__(self):
        return self.__class__, (self._name,) + self._args


# ---- dunder aliases -------------------------------------------------------------------

__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
