import collections.abc as cabc
from collections.abc import *
from collections import deque, OrderedDict, Counter, defaultdict, ChainMap
for v in [[], (), '', {}, set(), frozenset(), 1, 1.5, None, iter([]), (x for x in []), len, deque(), range(3), b'', bytearray(), {}.keys(), {}.items(), {}.values(), lambda: 0, ChainMap(), OrderedDict(), Counter()]:
    print(type(v).__name__, [c.__name__ for c in [Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container, Collection, Callable, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping, ByteString, KeysView, ItemsView, ValuesView, MappingView] if isinstance(v, c)])
print(Sequence[int], Callable[[int], str], Mapping[str, int])
try:
    hash(bytearray())
except TypeError as e:
    print('TypeError', e)
class Dup:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class OnlyIter:
    def __iter__(self): return iter([])
class NoHash:
    __hash__ = None
class Call:
    def __call__(self): pass
class Sz:
    def __len__(self): return 0
class Cont:
    def __contains__(self, x): return False
class Coll(Sz, OnlyIter, Cont):
    pass
class Rev(OnlyIter):
    def __reversed__(self): return iter([])
for cls in [Dup, OnlyIter, NoHash, Call, Sz, Cont, Coll, Rev, int, object]:
    print(cls.__name__, [a.__name__ for a in [Hashable, Iterable, Iterator, Reversible, Sized, Container, Collection, Callable, Sequence, Mapping] if issubclass(cls, a)])
print(Sequence.__module__, Iterable.__name__, repr(Mapping))
print(sorted(Sequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))
print(sorted(Set.__abstractmethods__), sorted(MutableSet.__abstractmethods__), sorted(Iterator.__abstractmethods__))
for abc_ in [Sequence, MutableMapping, Iterable, Hashable]:
    try:
        abc_()
    except TypeError as e:
        print('TypeError', e)
print(sorted(cabc.__all__))
print(Iterable[int], Iterator[str], Set[int])
print(issubclass(OrderedDict, MutableMapping), issubclass(defaultdict, Mapping), issubclass(Counter, dict))
