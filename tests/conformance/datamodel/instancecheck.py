class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return issubclass(sub, int)
class IntLike(metaclass=Meta):
    pass
print(isinstance(3, IntLike), isinstance("s", IntLike))
print(issubclass(bool, IntLike), issubclass(str, IntLike))
print(isinstance(IntLike(), IntLike))  # exact type shortcut
print(isinstance(3, (str, IntLike)))
print(isinstance(3, (str, (float, int))))
print(issubclass(bool, (str, (float, int))))
try:
    isinstance(3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 3)
except TypeError as e:
    print(type(e).__name__, e)
class Proxy:
    def __init__(self, cls): self._cls = cls
    @property
    def __class__(self): return self._cls
print(isinstance(Proxy(int), int), type(Proxy(int)).__name__)
class A: pass
class B(A): pass
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), isinstance(B(), A))
print(isinstance(True, int), issubclass(bool, object), isinstance(None, object))
print(isinstance(int, type), issubclass(type, object))
