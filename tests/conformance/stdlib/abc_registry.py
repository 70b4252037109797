from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc
from collections import deque, OrderedDict, defaultdict, Counter, ChainMap

class Plugin(ABC):
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)
    @abstractmethod
    def run(self): ...
    @classmethod
    def create(cls):
        return cls()
class Echo(Plugin):
    def run(self):
        return 'echo'
class Shout(Echo):
    def run(self):
        return super().run().upper()
print(Plugin.registry, Shout.create().run(), Echo().run(), isinstance(Shout(), Plugin))
try:
    Plugin.create()
except TypeError as e:
    print('TypeError', e)

for obj in [deque(), OrderedDict(), defaultdict(int), Counter(), ChainMap()]:
    print(type(obj).__name__, [a.__name__ for a in (cabc.MutableSequence, cabc.Sequence, cabc.MutableMapping, cabc.Mapping, cabc.Sized, cabc.Iterable, cabc.Hashable, cabc.Reversible) if isinstance(obj, a)])

class Stack:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
print(isinstance(Stack(), cabc.Sized), isinstance(Stack(), cabc.Sequence), isinstance(Stack(), cabc.Iterable))
cabc.Sequence.register(Stack)
print(isinstance(Stack(), cabc.Sequence), issubclass(Stack, cabc.Reversible), issubclass(Stack, cabc.Collection))

class Meta(ABCMeta):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
class Base(metaclass=Meta):
    @abstractmethod
    def f(self): ...
class Impl(Base):
    def f(self):
        return 1
i = Impl()
print(i.f(), i.created_by_meta, type(Impl).__name__)
try:
    Base()
except TypeError as e:
    print('TypeError', e)

class Abstract3(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
    @abstractmethod
    def c(self): ...
try:
    Abstract3()
except TypeError as e:
    print('TypeError', e)
class Partial(Abstract3):
    def a(self):
        return 'a'
    b = None
try:
    Partial()
except TypeError as e:
    print('TypeError', e)

class Sz:
    def __len__(self):
        return 3
print(issubclass(Sz, cabc.Sized), cabc.Sized.__subclasshook__(Sz), cabc.Sequence.__subclasshook__(Sz))
class NotSized(Sz):
    __len__ = None
print(issubclass(NotSized, cabc.Sized))
print(isinstance(iter(range(3)), cabc.Iterator), isinstance(iter({}), cabc.Iterator), isinstance(zip(), cabc.Iterator))
print(isinstance(map(str, []), cabc.Iterator), isinstance(reversed([]), cabc.Iterator), isinstance(enumerate([]), cabc.Iterable))
