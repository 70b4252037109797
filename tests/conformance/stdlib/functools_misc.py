import functools
from functools import partial, reduce, lru_cache, wraps, singledispatchmethod, cached_property
import operator

# reduce over generators and strings
print(reduce(operator.add, (x * x for x in range(10))), reduce(lambda a, b: b + a, 'abcde'))
print(reduce(operator.or_, [{1}, {2}, {3, 1}]), reduce(max, [[1, 2], [3], [0, 9]]))
print(functools.reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))

# decorators stacked with wraps
def trace(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('call', func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper

@trace
@lru_cache(maxsize=None)
def add(a, b=1):
    """add two numbers"""
    return a + b
print(add(1), add(1), add(2, b=3), add.__name__, add.__doc__, add.__wrapped__.cache_info())

# memoised recursion depth and result
@lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5, 10)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().currsize > 0)

# lru eviction order check with small cache
seen = []
@lru_cache(maxsize=2)
def ident(x):
    seen.append(x)
    return x
for x in [1, 2, 1, 3, 2, 1]:
    ident(x)
print(seen, ident.cache_info())

# partial objects in data structures
ops = {name: partial(getattr(operator, name), 10) for name in ['add', 'sub', 'mul', 'floordiv']}
print({k: f(3) for k, f in ops.items()})
print(sorted(['a', 'B', 'c'], key=partial(str.lower)), list(map(partial(int, base=16), ['ff', '10'])))
pp = partial(partial(partial(max, 1), 5), key=abs)
print(pp(-7), pp.args, pp.keywords, pp.func is max)

# singledispatchmethod
class Fmt:
    @singledispatchmethod
    def show(self, arg):
        return 'generic ' + repr(arg)
    @show.register(int)
    def _(self, arg):
        return 'int %d' % arg
    @show.register(list)
    def _(self, arg):
        return 'list of %d' % len(arg)
f = Fmt()
print(f.show(1), f.show([1, 2]), f.show('s'), f.show(True))

# cached_property per instance
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print('computing area for', self.r)
        return 3 * self.r * self.r
c1, c2 = Circle(1), Circle(2)
print(c1.area, c1.area, c2.area, c2.area)

# total_ordering on dataclass-like records
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9']]
print(sorted(vs), max(vs), min(vs), Version('1.2') >= Version('1.2'), Version('2') > Version('1.99'))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
