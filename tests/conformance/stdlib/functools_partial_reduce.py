import functools
from functools import partial, reduce, partialmethod
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 1), reduce(lambda a, b: a + b, ['a'], 'z'))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 0), reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
for args in [(operator.add, []), (operator.add,), (operator.add, 5)]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError', e)

def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
p = partial(f, 1)
print(p(2), p(2, 3), p(2, d=5), p.func is f, p.args, p.keywords)
p2 = partial(f, 1, d=9)
print(p2(2), p2(2, d=0), p2.keywords)
p3 = partial(p2, 2, c=7)
print(p3(), p3.func is f, p3.args, p3.keywords)
print(repr(partial(max, 1, key=abs)), repr(partial(max)), repr(partial(partial(max, 1), 2, k=3)))
class C:
    def __repr__(self):
        return 'C()'
    def __call__(self, *a, **k):
        return a, k
print(repr(partial(C(), 'x', y=1)), partial(C(), 1)(2, z=3))
try:
    partial(1)
except TypeError as e:
    print('TypeError', e)
try:
    partial()
except TypeError as e:
    print('TypeError', e)
base2 = partial(int, base=2)
print(base2('1010'), base2('11', base=10))
class Sub(partial):
    pass
s = Sub(f, 1)
print(type(s).__name__, s(2), repr(s).startswith('Sub(') or repr(s).split('(')[0])
print(list(map(partial(pow, 2), range(5))))
class K:
    def m(self, a, b):
        return (a, b)
    pm = partialmethod(m, 1)
    f2 = partial(f, 'x')
k = K()
print(k.pm(2), k.f2(2))
print(repr(partialmethod(max, 1)))
p.attr = 1
print(p.attr)
