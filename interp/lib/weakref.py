"""Weak references and the weak containers built on them.

Owns: the Python-level `weakref` API (WeakMethod, KeyedRef, WeakValueDictionary,
WeakKeyDictionary, WeakSet, finalize) on top of the native `_weakref` module, which does
the real work (the side table, clearing on deallocation, callbacks). Must not: hold
strong references to referents on behalf of a weak container.
"""

from _weakref import (
    ref,
    proxy,
    getweakrefcount,
    getweakrefs,
    ReferenceType,
    ProxyType,
    CallableProxyType,
    _remove_dead_weakref,
)

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method that stays alive as long as both the object
    and the function it binds are alive."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers a key (used by WeakValueDictionary)."""

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _Guarded:
    """Defers removals requested by weak reference callbacks while the container is
    being iterated (removing would change its size during iteration)."""

    def _init_guard(self):
        self._pending_removals = []
        self._iterating = 0

    def _commit_removals(self):
        pending = self._pending_removals
        self._pending_removals = []
        for item in pending:
            self._discard_now(item)

    def _enter(self):
        self._iterating += 1

    def _leave(self):
        self._iterating -= 1
        if not self._iterating and self._pending_removals:
            self._commit_removals()


class WeakValueDictionary(_Guarded):
    """A mapping whose values are held weakly: an entry disappears when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._init_guard()
        self_ref = ref(self)

        def remove(wr):
            self = self_ref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(wr.key)
                else:
                    _remove_dead_weakref(self.data, wr.key)

        self._remove = remove
        self.update(other, **kw)

    def _discard_now(self, key):
        _remove_dead_weakref(self.data, key)

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        new = WeakValueDictionary()
        self._enter()
        try:
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[key] = o
        finally:
            self._leave()
        return new

    __copy__ = copy

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        self._enter()
        try:
            for k, wr in list(self.data.items()):
                v = wr()
                if v is not None:
                    yield k, v
        finally:
            self._leave()

    def keys(self):
        for k, _ in self.items():
            yield k

    __iter__ = keys

    def values(self):
        for _, v in self.items():
            yield v

    def itervaluerefs(self):
        self._enter()
        try:
            yield from list(self.data.values())
        finally:
            self._leave()

    def valuerefs(self):
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    _MISSING = object()

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        if len(args) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (1 + len(args)))
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=(), /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        if hasattr(other, "items"):
            other = other.items()
        elif hasattr(other, "keys"):
            other = [(k, other[k]) for k in other.keys()]
        for key, o in other:
            self.data[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            self.data[key] = KeyedRef(o, self._remove, key)

    def clear(self):
        self._pending_removals = []
        self.data.clear()

    def __eq__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def __or__(self, other):
        if hasattr(other, "keys"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(_Guarded):
    """A mapping whose keys are held weakly: an entry disappears when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        self._init_guard()
        self_ref = ref(self)

        def remove(k):
            self = self_ref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(k)
                else:
                    try:
                        del self.data[k]
                    except KeyError:
                        pass

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def _discard_now(self, k):
        try:
            del self.data[k]
        except KeyError:
            pass

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        self._enter()
        try:
            for wr, value in list(self.data.items()):
                key = wr()
                if key is not None:
                    yield key, value
        finally:
            self._leave()

    def keys(self):
        for k, _ in self.items():
            yield k

    __iter__ = keys

    def values(self):
        for _, v in self.items():
            yield v

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for key, value in dict:
                d[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self.data.clear()

    def __eq__(self, other):
        if isinstance(other, (dict, WeakKeyDictionary)):
            return dict(self.items()) == dict(other.items())
        return NotImplemented


class WeakSet(_Guarded):
    """A set whose elements are held weakly: an element disappears when it dies."""

    def __init__(self, data=None):
        self.data = set()
        self._init_guard()
        self_ref = ref(self)

        def _remove(item):
            self = self_ref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(item)
                else:
                    self.data.discard(item)

        self._remove = _remove
        if data is not None:
            self.update(data)

    def _discard_now(self, item):
        self.data.discard(item)

    def __iter__(self):
        self._enter()
        try:
            for itemref in list(self.data):
                item = itemref()
                if item is not None:
                    yield item
        finally:
            self._leave()

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{%s}" % ", ".join(repr(x) for x in self)

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending_removals:
            self._commit_removals()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """Calls `func(*args, **kwargs)` when `obj` dies (or when called), at most once.
    (CPython also runs finalizers still alive at interpreter exit; weft does not yet.)"""

    _registry = {}
    _index = 0

    class _Info:
        pass

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index += 1
        info.index = finalize._index
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))
