import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())

print(sorted(Shape.__abstractmethods__), type(Shape).__name__, isinstance(Shape, ABCMeta))
for cls in [Shape]:
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)

class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print('TypeError', e)
print(sorted(Half.__abstractmethods__))

class Square(Half):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
sq = Square(3)
print(sq.area(), sq.perimeter(), sq.describe(), Square.__abstractmethods__)
print(isinstance(sq, Shape), issubclass(Square, Shape), issubclass(int, Shape))

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print('TypeError', e)
class Impl(Base):
    name = 'impl'
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper():
        return 'help'
print(Impl.make().name, Impl.helper(), Impl.__abstractmethods__)

class Old(ABC):
    @abc.abstractproperty
    def p(self): ...
    @abc.abstractclassmethod
    def c(cls): ...
    @abc.abstractstaticmethod
    def s(): ...
print(sorted(Old.__abstractmethods__))
try:
    Old()
except TypeError as e:
    print('TypeError', e)

class One(ABC):
    @abstractmethod
    def only(self): ...
try:
    One()
except TypeError as e:
    print('TypeError', e)

# virtual subclasses
class Drawable(ABC):
    @abstractmethod
    def draw(self): ...
class Circle:
    def draw(self):
        return 'circle'
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
r = Drawable.register(Circle)
print(r is Circle, issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
class BigCircle(Circle):
    pass
print(issubclass(BigCircle, Drawable), Drawable in BigCircle.__mro__)
Drawable.register(int)
print(isinstance(3, Drawable), isinstance(True, Drawable), isinstance('s', Drawable))
try:
    Drawable.register(5)
except TypeError as e:
    print('TypeError', e)
class Sub(Drawable):
    def draw(self):
        return 'sub'
try:
    Sub.register(Drawable)
except RuntimeError as e:
    print('RuntimeError', e)
print(Drawable.register(Sub) is Sub)
@Drawable.register
class Decorated:
    pass
print(issubclass(Decorated, Drawable))
try:
    issubclass(5, Drawable)
except TypeError as e:
    print('TypeError', e)

# __subclasshook__
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance('abc', HasLen), isinstance(5, HasLen))
class Weird(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 'yes'
try:
    issubclass(int, Weird)
except AssertionError as e:
    print('AssertionError', e)

t1 = abc.get_cache_token()
class Z(ABC):
    pass
Z.register(float)
print(abc.get_cache_token() != t1, isinstance(1.5, Z))

# update_abstractmethods
class Late(ABC):
    @abstractmethod
    def f(self): ...
Late.f = lambda self: 1
print(sorted(Late.__abstractmethods__))
abc.update_abstractmethods(Late)
print(sorted(Late.__abstractmethods__), Late().f())

# kwargs pass through to __init_subclass__
class WithKw(ABC):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class K(WithKw, flag=7):
    pass
print(K.flag, type(K).__name__)
print(abstractmethod(lambda: 0).__isabstractmethod__)
print(ABC.__slots__, ABC.__abstractmethods__)
class Meta2(ABCMeta):
    pass
class Q(metaclass=Meta2):
    @abstractmethod
    def m(self): ...
try:
    Q()
except TypeError as e:
    print('TypeError', e)
print(type(Q).__name__, Q.__mro__[-1])
