import operator
from operator import *

def show(f, *a):
    try:
        print(f.__name__, a, '->', repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, '->', type(e).__name__, e)

for f in [lt, le, eq, ne, ge, gt]:
    show(f, 1, 2); show(f, 2, 2); show(f, 'b', 'a')
show(lt, 1, 'a')
show(eq, 1, 'a')
for f in [add, sub, mul, truediv, floordiv, mod, pow, lshift, rshift, and_, or_, xor]:
    show(f, 7, 3); show(f, -7, 2)
show(truediv, 1, 0)
show(floordiv, 1, 0)
show(add, [1], [2])
show(mul, 'ab', 3)
show(mod, '%s-%s', (1, 2))
for f in [neg, pos, inv, invert, abs, not_, truth]:
    show(f, 5); show(f, 0); show(f, -3)
show(neg, 'x')
show(is_, None, None); show(is_not, None, 1)
show(index, 5); show(index, True); show(index, 'a'); show(index, 2.0)
show(concat, [1], [2]); show(concat, 'a', 'b'); show(concat, 1, 2); show(concat, [1], 2)
show(contains, [1, 2], 2); show(contains, 'abc', 'd'); show(contains, 1, 1)
show(countOf, [1, 2, 1, 1], 1); show(indexOf, [3, 4, 5], 5); show(indexOf, [1], 9)
l = [1, 2, 3]
setitem(l, 0, 9); print(l); delitem(l, 1); print(l); print(getitem(l, -1))
d = {}
setitem(d, 'k', 1); print(d); show(getitem, d, 'x'); show(delitem, d, 'x')
show(getitem, 5, 0)
show(getitem, [1, 2, 3], slice(1, None))
print(length_hint([1, 2]), length_hint(iter([1, 2, 3])), length_hint(5), length_hint(5, 7))
class LH:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
    def __repr__(self): return 'LH(%r)' % (self.v,)
print(length_hint(LH(4)), length_hint(LH(NotImplemented), 3))
show(length_hint, LH(-1)); show(length_hint, LH('x')); show(length_hint, 1, 'x')
print(call(max, 3, 9, 2), call(sorted, [3, 1], reverse=True))
a = [1]
b = iadd(a, [2]); print(a, b, a is b)
t = (1,)
u = iadd(t, (2,)); print(t, u)
print(isub(5, 3), imul(3, 4), itruediv(7, 2), ifloordiv(7, 2), imod(7, 4), ipow(2, 10))
print(ilshift(1, 3), irshift(16, 2), iand(12, 10), ior(12, 3), ixor(12, 10))
s = {1, 2}
print(ior(s, {3}) is s, sorted(s))
print(iconcat([1], [5]))
show(iconcat, 1, [2])
class M:
    def __matmul__(self, o): return 'matmul'
    def __imatmul__(self, o): return 'imatmul'
print(matmul(M(), 1), imatmul(M(), 1))
print(operator.__add__(2, 3), operator.__not__(0), operator.__getitem__('abc', 1), operator.__contains__([1], 1))
print(operator.__iadd__([1], [2]), operator.__inv__(0), operator.__index__(7))
print(sorted(n for n in operator.__all__))
print(len([n for n in dir(operator) if n.startswith('__') and n.endswith('__') and callable(getattr(operator, n))]))
print(lt.__name__, operator.is_not.__name__, operator.__lt__ is lt)
print(lt.__doc__)
