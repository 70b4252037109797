o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(3) is int, type("s")("abc"), type([1])(), type(5)("7"))
T = type(1.5)
print(T("2.5") + 1)
print(type(type(1)).__name__, type(object).__name__)
print(object.__name__, int.__name__, type.__name__)
print(str.__class__ is type, (1).__class__ is int, [].__class__.__name__)
class A:
    pass
print(A.__class__ is type, A().__class__ is A, A.__bases__ == (object,), object.__bases__)
print(int.__mro__, bool.__mro__)
