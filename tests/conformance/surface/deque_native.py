# collections.deque: every method, slot and error message, maxlen trimming, mutation
# detection during iteration, subclassing, copy and reduce.
from collections import deque
import copy


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


d = deque()
for i in range(10):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend(range(3))
d.extendleft('ab')
print(d)
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate()
print(d, d[0], d[-1], d[5])
d[0] = 'x'
d[-1] = 'y'
del d[1]
del d[-2]
print(d)
d.insert(2, 'ins')
d.insert(-1, 'neg')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
d.remove('ins')
print(d.count(0), d.count('zz'), d.index('neg'), d.index(0, 3), d.index(0, -20, 100))
d.reverse()
print(d, 'x' in d, 'q' in d)
d.clear()
print(d, d.maxlen)

m = deque(range(10), maxlen=4)
print(m, m.maxlen)
m.append(10)
m.appendleft(-1)
print(m)
m.extend(range(20, 26))
print(m)
m.extendleft([7, 8])
print(m)
show(lambda: m.insert(0, 1))
z = deque([1, 2], maxlen=0)
z.append(1)
z.extend(iter([4, 5]))
print(z, z.maxlen)
print(deque('abc', 2), deque(maxlen=3), deque(iterable=[1], maxlen=None))

# comparisons
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == deque([1, 2, 3]), a == [1, 2, 3])
print(deque() < deque([0]), deque([1, 2]) < deque([1, 2, 0]), deque([2]) > deque([1, 9]))

# arithmetic
print(a + b, a * 2, 2 * a, a * 0, a * -1)
c = deque([1, 2, 3], maxlen=5)
print(c * 3, c + deque([7, 8, 9]))
c *= 2
print(c)
c += [0, 0]
print(c)
c += c
print(c)
e = deque([1])
e.extend(e)
e.extendleft(e)
print(e)

# repr recursion, subclass repr
r = deque([1])
r.append(r)
print(r)


class D(deque):
    pass


s = D([1, 2], 4)
s.attr = 5
print(s, type(s.copy()).__name__, s.copy(), copy.copy(s), copy.deepcopy(s), type(s + s).__name__)
print(s.__reduce__()[:3], deque([1]).__reduce__()[:3], deque([1], 3).__reduce__()[:3])
print(list(s.__reduce__()[3]))
print(copy.copy(deque([1, [2]], 5)), copy.deepcopy(deque([1, [2]])))
print(deque[int], isinstance(deque(), deque), issubclass(D, deque))

# iteration
d = deque(range(6))
print(list(d), list(reversed(d)), sorted(d, reverse=True), sum(d))
it = iter(d)
print(next(it), next(it), it.__length_hint__(), type(it).__name__, type(reversed(d)).__name__)
d[1] = 'changed'
print(next(it))
d.append(9)
show(lambda: next(it))
show(lambda: next(it))
it = iter(d)
list(it)
d.rotate(1)
show(lambda: next(it))
it = reversed(d)
next(it)
d.pop()
show(lambda: next(it))


class Evil:
    def __eq__(self, other):
        d2.append(1)
        return False


d2 = deque([1, 2, 3])
show(lambda: d2.count(Evil()))
d2 = deque([1, 2, 3])
show(lambda: Evil() in d2)
d2 = deque([1, 2, 3])
show(lambda: d2.index(Evil()))
d2 = deque([1, 2, 3])
show(lambda: d2.remove(Evil()))

# errors
d = deque([1, 2])
show(lambda: d.remove(5))
show(lambda: d.index(5))
show(lambda: d.index(1, 1))
show(lambda: d[5])
show(lambda: d[-3])
show(lambda: d['a'])
show(lambda: d[1:2])
show(lambda: d.__setitem__(7, 0))
show(lambda: d.__delitem__(7))
show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: deque(maxlen=-1))
show(lambda: deque(maxlen='a'))
show(lambda: d + [1])
show(lambda: d * 'a')
show(lambda: deque(1))
show(lambda: d.rotate('a'))
show(lambda: hash(d))
show(lambda: d < [1])
show(lambda: deque([1], 2, 3))
show(lambda: deque(x=1))
show(lambda: d.extend(1))
show(lambda: d.append())
show(lambda: d.pop(1))
show(lambda: d.count())
show(lambda: d.insert(1))
show(lambda: d[2**70])
show(lambda: d.rotate(2**70))
show(lambda: d.maxlen.__class__)
d.__init__([5, 6, 7], 2)
print(d, d.maxlen)
d.__init__()
print(d, d.maxlen)
big = deque(range(100000))
big.rotate(12345)
print(big[0], big[-1], big[50000], len(big))
for _ in range(50000):
    big.popleft()
print(big[0], len(big))
show(lambda: d.index())
show(lambda: d.index(1, 2, 3, 4))
show(lambda: d.rotate(1, 2))
show(lambda: d.index(1, 'a'))
show(lambda: d.index(1, None))
show(lambda: d.insert('a', 1))
show(lambda: deque([1]).remove(1, 2))
