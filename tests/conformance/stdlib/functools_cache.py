from functools import lru_cache, cache, wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), calls)
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(5), sq.__name__)

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@lru_cache(maxsize=None)
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info())

@cache
def tri(n):
    """triangle"""
    return n * (n + 1) // 2
print(tri(10), tri(10), tri.cache_info(), tri.__doc__, tri.__name__)

@lru_cache(maxsize=3, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@lru_cache(maxsize=10)
def ut(x):
    return type(x).__name__
print(ut(1), ut(1.0), ut.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
print(neg(1), neg.cache_info())

@lru_cache()
def kw(a, b=2, *, c=3):
    return a + b + c
print(kw(1), kw(1, 2), kw(1, b=2), kw(a=1), kw(1, c=3), kw.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)

order = []
@lru_cache(maxsize=3)
def g(x):
    order.append(x)
    return x
for x in [1, 2, 3, 1, 4, 2, 3, 1]:
    g(x)
print(order, g.cache_info())

class A:
    @lru_cache(maxsize=None)
    def m(self, x):
        return x * 10
a = A()
print(a.m(1), a.m(1), A.m.cache_info().hits)

def deco(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs)
    return wrapper
@deco
def documented(x):
    """Real doc."""
    return x
documented.extra = 1
print(documented.__name__, documented.__doc__, documented.__qualname__, documented.__wrapped__(3), documented.__module__)
def w():
    pass
def orig():
    """o"""
orig.attr = 'a'
update_wrapper(w, orig)
print(w.__name__, w.__doc__, w.attr, w.__wrapped__ is orig)
def w2():
    pass
update_wrapper(w2, orig, assigned=('__doc__',), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, 'attr'))
class NoName:
    pass
def w3():
    pass
update_wrapper(w3, NoName())
print(w3.__name__)
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)
