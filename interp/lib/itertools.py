# itertools: iterator building blocks (CPython 3.11 behaviour).
#
# Owns: `groupby` and `tee` (Python classes whose instances are their own iterators);
# re-exports the native iterators of `_itertools` (interp/src/modules/itertools_native.rs:
# count, cycle, repeat, accumulate, chain, compress, dropwhile, filterfalse, islice,
# pairwise, starmap, takewhile, zip_longest, product, permutations, combinations,
# combinations_with_replacement). Must not: import other library modules (functools,
# collections and others import this one).

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

from _itertools import (accumulate, chain, combinations, combinations_with_replacement,
                        compress, count, cycle, dropwhile, filterfalse, islice, pairwise,
                        permutations, product, repeat, starmap, takewhile, zip_longest)

_MISSING = object()


class groupby:
    'make an iterator that returns consecutive keys and groups from the iterable'
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_grouper')

    def __init__(self, iterable=_MISSING, key=None):
        if iterable is _MISSING:
            raise TypeError("groupby() missing required argument 'iterable' (pos 1)")
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._grouper = None

    def __iter__(self):
        return self

    def _step(self):
        # Reads the next element and its key; StopIteration propagates.
        v = next(self._it)
        kf = self._keyfunc
        self._currkey = v if kf is None else kf(v)
        self._currvalue = v

    def __next__(self):
        self._grouper = None
        # Skip the rest of the current group.
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        key = self._tgtkey = self._currkey
        g = _grouper(self, key)
        self._grouper = g
        return (key, g)


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._grouper is not self:
            raise StopIteration
        if p._currvalue is _MISSING:
            p._step()
        if not (self._tgtkey == p._currkey):
            raise StopIteration
        v = p._currvalue
        p._currvalue = _MISSING
        return v


class _tee_chunk:
    # Up to _TEE_CHUNK values read from the shared source, linked to the next chunk; each
    # _tee holds a chunk and an index, so chunks every tee has passed are freed.
    __slots__ = ('vals', 'next', 'src')

    def __init__(self, src):
        self.vals = []
        self.next = None
        self.src = src


_TEE_CHUNK = 57


class _tee:
    """Iterator wrapped to make it copyable."""
    __slots__ = ('_chunk', '_i', '__weakref__')

    def __init__(self, iterable):
        it = iter(iterable)
        if type(it) is _tee:
            self._chunk = it._chunk
            self._i = it._i
        else:
            self._chunk = _tee_chunk(it)
            self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        chunk = self._chunk
        i = self._i
        if i == _TEE_CHUNK:
            nxt = chunk.next
            if nxt is None:
                nxt = chunk.next = _tee_chunk(chunk.src)
            self._chunk = chunk = nxt
            i = 0
        vals = chunk.vals
        if i < len(vals):
            x = vals[i]
        else:
            x = next(chunk.src)
            vals.append(x)
        self._i = i + 1
        return x

    def __copy__(self):
        t = _tee.__new__(_tee)
        t._chunk = self._chunk
        t._i = self._i
        return t


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if type(it) is _tee:
        first = it
    else:
        first = _tee(it)
    out = [first]
    for _ in range(n - 1):
        out.append(first.__copy__())
    return tuple(out)

