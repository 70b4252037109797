C = type("C", (), {"a": 1, "__doc__": "cdoc"})
print(C.__name__, C.__qualname__, C.__doc__, C.a, C.__bases__, C.__module__)
D = type("D", (C,), {"b": 2})
print(D.b, D.a, [k.__name__ for k in D.__mro__], isinstance(D(), C))
print(type(C) is type, type(type), type(D()).__name__)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Y(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
class A: pass
class B(A): pass
try:
    class Bad(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
print(B.__base__.__name__, A.__base__.__name__, object.__base__)
print(A.__subclasses__() == [B], int.__mro__, bool.__mro__)
print(type.__call__(A).__class__.__name__)
print(isinstance(A, type), issubclass(type, object), type.mro(B) == list(B.__mro__))
E = type("E", (Exception,), {})
try:
    raise E("boom")
except Exception as e:
    print(type(e).__name__, e)
