from collections.abc import Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Iterator, Generator, KeysView, ItemsView, ValuesView, Hashable

class Seq(Sequence):
    def __init__(self, *items):
        self._items = list(items)
    def __getitem__(self, i):
        return self._items[i]
    def __len__(self):
        return len(self._items)

s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, 9 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2), len(s))
try:
    s.index(9)
except ValueError as e:
    print('ValueError', repr(e))
print(isinstance(s, Sequence), isinstance(s, MutableSequence), s[1:])

class MSeq(MutableSequence):
    def __init__(self):
        self._d = []
    def __getitem__(self, i):
        return self._d[i]
    def __setitem__(self, i, v):
        self._d[i] = v
    def __delitem__(self, i):
        del self._d[i]
    def __len__(self):
        return len(self._d)
    def insert(self, i, v):
        self._d.insert(i, v)
    def __repr__(self):
        return 'MSeq(%r)' % self._d

m = MSeq()
m.append(1); m.extend([2, 3, 4]); m.insert(0, 0)
print(m, m.pop(), m.pop(0), m)
m.remove(2); print(m)
m.reverse(); print(m)
m += [7, 8]; print(m)
m.clear(); print(m, len(m))
try:
    m.pop()
except IndexError as e:
    print('IndexError', e)

class Map(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def __repr__(self):
        return 'Map(%r)' % self._d

mp = Map(a=1, b=2)
print(mp['a'], mp.get('z'), mp.get('z', 0), 'a' in mp, 'z' in mp, len(mp))
print(list(mp.keys()), list(mp.values()), list(mp.items()))
print(mp.keys(), type(mp.items()).__name__)
print(mp == {'a': 1, 'b': 2}, mp == Map(a=1), mp != Map(b=2, a=1))
print('a' in mp.keys(), ('a', 1) in mp.items(), ('a', 2) in mp.items(), 2 in mp.values())
print(sorted(mp.keys() & {'a', 'c'}), sorted(mp.keys() | {'c'}), sorted(mp.keys() - {'a'}))
try:
    hash(mp)
except TypeError as e:
    print('TypeError', e)

class MMap(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

mm = MMap()
mm['x'] = 1
mm.update({'y': 2}, z=3)
mm.update([('w', 4)])
print(dict(mm), mm.setdefault('x', 9), mm.setdefault('v', 5), mm.pop('w'), mm.pop('nope', 'd'))
print(mm.popitem(), dict(mm))
try:
    mm.pop('nope')
except KeyError as e:
    print('KeyError', e)
mm.clear(); print(dict(mm), len(mm))
try:
    mm.popitem()
except KeyError as e:
    print('KeyError', repr(e))

class ListSet(Set):
    def __init__(self, it=()):
        self._l = []
        for x in it:
            if x not in self._l:
                self._l.append(x)
    def __contains__(self, x):
        return x in self._l
    def __iter__(self):
        return iter(self._l)
    def __len__(self):
        return len(self._l)
    def __repr__(self):
        return 'ListSet(%r)' % sorted(self._l)

a = ListSet([1, 2, 3]); b = ListSet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, ListSet([2]) < a, a == ListSet([3, 2, 1]), a >= ListSet([1]))
print(a.isdisjoint([5]), a.isdisjoint([1]), a == {1, 2, 3}, a & [1, 9])
print(a._hash() == ListSet([3, 1, 2])._hash(), a._hash() == hash(frozenset([1, 2, 3])))

class MSet(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(sorted(self._s))
    def __len__(self):
        return len(self._s)
    def add(self, x):
        self._s.add(x)
    def discard(self, x):
        self._s.discard(x)
    def __repr__(self):
        return 'MSet(%r)' % sorted(self._s)

ms = MSet([1, 2])
ms.add(5); ms.discard(1); ms.remove(2); print(ms)
try:
    ms.remove(42)
except KeyError as e:
    print('KeyError', e)
ms |= [7, 8]; print(ms)
ms -= [7]; print(ms)
ms &= [5, 8, 9]; print(ms)
ms ^= [8, 10]; print(ms)
print(ms.pop(), ms)
ms.clear(); print(ms)

class Count(Iterator):
    def __init__(self, n):
        self.i = 0; self.n = n
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
c = Count(3)
print(iter(c) is c, list(c))

class Gen(Generator):
    def __init__(self):
        self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def throw(self, typ, val=None, tb=None):
        raise StopIteration
g = Gen()
print(next(g), next(g), g.send(None), g.close())
print(isinstance(g, Iterator))
class H(Hashable):
    def __hash__(self):
        return 7
print(hash(H()), isinstance(H(), Hashable))
