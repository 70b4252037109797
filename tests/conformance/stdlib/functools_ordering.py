from functools import total_ordering, cmp_to_key, cached_property, singledispatch

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
    def __repr__(self):
        return 'V(%d)' % self.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= V(1), a >= V(1), sorted([V(3), V(1), V(2)]))
print(V.__gt__.__name__, V.__le__.__name__)
try:
    a < 1
except TypeError as e:
    print('TypeError', e)
@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(G(1) < G(2), G(2) <= G(2), G(3) > G(2), G(1) >= G(2))
@total_ordering
class Gt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
print(Gt(1) < Gt(2), Gt(2) <= Gt(1), Gt(3) >= Gt(3))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted('bca', key=cmp_to_key(lambda x, y: cmp(y, x))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(1).obj, max([1, 5, 3], key=cmp_to_key(cmp)))
try:
    K(1) < 2
except TypeError as e:
    print('TypeError', e)
try:
    hash(K(1))
except TypeError:
    print('unhashable')

class Data:
    def __init__(self):
        self.count = 0
    @cached_property
    def value(self):
        """the value"""
        self.count += 1
        return 42
d = Data()
print(d.value, d.value, d.count, 'value' in d.__dict__, Data.value.attrname, Data.value.__doc__)
del d.value
print(d.value, d.count)
d.value = 7; print(d.value)
cp = cached_property(lambda s: 1)
try:
    cp.__get__(Data(), Data)
except TypeError as e:
    print('TypeError', e)
print(type(Data.value).__name__)

@singledispatch
def show(x):
    return 'object:%r' % (x,)
@show.register(int)
def _(x):
    return 'int:%d' % x
@show.register(list)
def _(x):
    return 'list:%d' % len(x)
def show_str(x):
    return 'str:' + x
show.register(str, show_str)
print(show(1), show(True), show([1, 2]), show('s'), show(1.5), show(None))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(str) is show_str, sorted(c.__name__ for c in show.registry.keys()))
import collections.abc
@show.register(collections.abc.Mapping)
def _(x):
    return 'mapping:%d' % len(x)
print(show({1: 2}), show(()))
try:
    show()
except TypeError as e:
    print('TypeError', e)
