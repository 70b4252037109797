from collections import deque

d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], d[1], d.maxlen)
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy')
print(d, list(d), list(reversed(d)))
print(repr(deque()), repr(deque(maxlen=3)), repr(deque('abc', 2)), repr(deque([1], maxlen=0)))
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(9); print(b)
b.appendleft(8); print(b)
b.extend([10, 11]); print(b)
b.extendleft([20, 21]); print(b)
for bad in [dict(maxlen=-1), dict(maxlen='a')]:
    try:
        deque([], **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for name in ['pop', 'popleft']:
    try:
        getattr(deque(), name)()
    except IndexError as e:
        print('IndexError', e)

r = deque(range(10))
r.rotate(3); print(r)
r.rotate(-5); print(r)
r.rotate(0); r.rotate(10); r.rotate(-20); print(r)
big = deque(range(100)); big.rotate(37); print(big[0], big[-1], list(big)[35:40])
big.rotate(-37); print(list(big) == list(range(100)))
e = deque(); e.rotate(5); print(e)

c = deque([1, 2, 1, 3, 1])
print(c.count(1), c.count(9), c.index(3), c.index(1, 1), c.index(1, -2))
for args in [(9,), (3, 0, 2)]:
    try:
        c.index(*args)
    except ValueError as e:
        print('ValueError', e)
c.remove(1); print(c)
try:
    c.remove(42)
except ValueError as e:
    print('ValueError', e)
c.insert(1, 'x'); c.insert(-1, 'y'); c.insert(100, 'z'); c.insert(-100, 'w'); print(c)
try:
    deque([1], 1).insert(0, 2)
except IndexError as e:
    print('IndexError', e)
c.reverse(); print(c)
c[0] = 'first'; c[-1] = 'last'; print(c)
del c[1]; del c[-2]; print(c)
for op in ['get', 'set', 'del']:
    for i in [100, -100]:
        try:
            if op == 'get':
                c[i]
            elif op == 'set':
                c[i] = 0
            else:
                del c[i]
        except IndexError as e:
            print(op, 'IndexError', e)
for i in [slice(1, 2), 'a', 1.5]:
    try:
        c[i]
    except TypeError as e:
        print('TypeError', e)
c.clear(); print(c, len(c), bool(c))

print(3 in deque([1, 2, 3]), 4 in deque([1, 2, 3]))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) != deque([2, 1]))
print(deque([1, 2]) < deque([1, 3]), deque([1]) <= deque([1]), deque([2]) > deque([1, 5]), deque() >= deque())
print(deque([1]) + deque([2, 3]), deque([1, 2]) * 2, 2 * deque('ab'), deque([1]) * 0)
try:
    deque([1]) + [2]
except TypeError as e:
    print('TypeError', e)
x = deque([1]); y = x; x += [2, 3]; print(x, y is x)
x *= 2; print(x)
m = deque([1, 2, 3], maxlen=4); m *= 3; print(m)
m2 = deque([1, 2], maxlen=3); print(m2 + deque([3, 4]))
cp = m.copy(); cp.append(99); print(m, cp, cp.maxlen)

d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
d = deque([1, 2])
try:
    for x in d:
        d.appendleft(x)
except RuntimeError as e:
    print('RuntimeError', e)
rd = deque([])
rd.append(rd)
print(rd)
try:
    hash(deque())
except TypeError as e:
    print('TypeError', type(e).__name__)

q = deque()
total = 0
for i in range(20000):
    q.append(i)
    if len(q) > 100:
        total += q.popleft()
print(total, len(q), q[0], q[-1])
s = deque()
for i in range(1000):
    s.appendleft(i)
    if i % 3 == 0:
        s.pop()
print(len(s), s[0], s[-1], sum(s))
alt = deque(range(10))
out = []
while alt:
    out.append(alt.popleft())
    if alt:
        out.append(alt.pop())
print(out)
w = deque(maxlen=3)
for ch in 'abcdefg':
    w.append(ch)
print(w, ''.join(w))
print(isinstance(deque(), deque), type(deque()).__name__)
class MyDeque(deque):
    pass
md = MyDeque([1, 2], 5)
print(md, md.maxlen, type(md.copy()).__name__)
print(deque(x * x for x in range(4)), deque(deque([1, 2])))
dd = deque([1, 2, 3]); dd.__init__([7]); print(dd)
dd.extend(dd); print(dd)
