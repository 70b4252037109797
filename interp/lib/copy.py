# copy: shallow and deep copy operations (CPython 3.11 behaviour).
#
# Owns: copy, deepcopy (with memo and cycles), Error. Containers are copied directly;
# classes may define __copy__/__deepcopy__, __reduce_ex__/__reduce__ (honoured when a
# class overrides them), __getnewargs__, __getstate__/__setstate__. Plain instances are
# copied without pickling machinery: a bare instance from `cls.__new__` gets the
# original's `__dict__` (and the items of list/dict/set bases). Must not: import modules
# that import copy.

import types as _types


class Error(Exception):
    pass


error = Error

__all__ = ['Error', 'copy', 'deepcopy']

_MISSING = object()

# Objects that are their own copy (shallow and deep).
_atomic = {type(None), int, float, bool, complex, str, bytes, type, range, slice,
           property, type(Ellipsis), type(NotImplemented), _types.FunctionType,
           _types.BuiltinFunctionType, _types.CodeType, _types.ModuleType}
for _name in ('WrapperDescriptorType', 'MethodDescriptorType', 'GetSetDescriptorType',
              'ClassMethodDescriptorType'):
    _t = getattr(_types, _name, None)
    if _t is not None:
        _atomic.add(_t)
del _name, _t

# Immutable containers: shallow copy is the object itself.
_shallow_atomic = _atomic | {tuple, frozenset}

_object_reduce_ex = getattr(object, '__reduce_ex__', None)
_object_reduce = getattr(object, '__reduce__', None)


def _overrides_reduce(cls):
    rex = getattr(cls, '__reduce_ex__', None)
    if rex is not None and rex is not _object_reduce_ex:
        return True
    red = getattr(cls, '__reduce__', None)
    return red is not None and red is not _object_reduce


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _shallow_atomic:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _copy_instance(x, cls, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # A tuple that refers to itself through a mutable member may have been copied
        # already while copying its items.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _copy_instance(x, cls, memo)
    # If the copy is distinct, keep the original alive (ids in the memo stay unique).
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _copy_instance(x, cls, memo):
    # Shallow (memo is None) or deep copy of an instance of a user class or of a builtin
    # subclass.
    deep = memo is not None
    if _overrides_reduce(cls):
        rv = cls.__reduce_ex__(x, 4) if getattr(cls, '__reduce_ex__', None) is not \
            _object_reduce_ex else cls.__reduce__(x)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo, *rv)
    # Build a bare instance.
    getnewargs = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs is not None:
        args, kwargs = getnewargs(x)
        if deep:
            args = deepcopy(args, memo)
            kwargs = deepcopy(kwargs, memo)
        y = cls.__new__(cls, *args, **kwargs)
    else:
        getnewargs = getattr(cls, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs(x)
            if deep:
                args = deepcopy(args, memo)
            y = cls.__new__(cls, *args)
        else:
            base = _immutable_base(cls)
            if base is not None:
                value = base(x)
                if deep and base in (tuple, frozenset):
                    value = base(deepcopy(list(value), memo))
                y = cls.__new__(cls, value)
            else:
                try:
                    y = cls.__new__(cls)
                except TypeError:
                    raise Error('un(deep)copyable object of type %s' % cls) from None
    if deep:
        memo[id(x)] = y
    # State: __getstate__ if the class defines one, else the instance dict.
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        state = getstate(x)
    else:
        state = getattr(x, '__dict__', None) or None
        if state is not None:
            state = dict(state)
    if isinstance(x, list):
        items = [deepcopy(a, memo) for a in x] if deep else list(x)
        list.extend(y, items)
    elif isinstance(x, dict):
        for k, v in dict.items(x):
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            dict.__setitem__(y, k, v)
    elif isinstance(x, set):
        for a in set.__iter__(x):
            set.add(y, deepcopy(a, memo) if deep else a)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    return y


def _immutable_base(cls):
    for base in cls.__mro__:
        if base in (int, float, complex, str, bytes, tuple, frozenset):
            return base
    return None


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
