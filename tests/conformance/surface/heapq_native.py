# heapq's native primitives: results and tie order equal CPython's (only `<` is used),
# user-defined __lt__, list subclasses, max-heap helpers, and every error case.
import heapq
import random

random.seed(7)
data = [random.randrange(100) for _ in range(300)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h[:20])
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data))
h = data[:]
heapq.heapify(h)
print(h[:20], heapq.heapreplace(h, 50), heapq.heappushpop(h, 1), heapq.heappushpop(h, 99), h[:10])
f = [random.random() for _ in range(3000)]
g = f[:]
heapq.heapify(g)
print(g[:5] == sorted(f)[:1] + g[1:5], g[0] == min(f), [round(x, 6) for x in g[:8]])
mh = data[:]
heapq._heapify_max(mh)
print(mh[:10], heapq._heappop_max(mh), heapq._heapreplace_max(mh, 3), mh[:10])


class Item:
    n = 0

    def __init__(self, k, tag):
        self.k, self.tag = k, tag

    def __lt__(self, other):
        Item.n += 1
        return self.k < other.k

    def __repr__(self):
        return '%s%s' % (self.k, self.tag)


items = [Item(random.randrange(5), c) for c in 'abcdefghijklmnopqrst']
h = []
for it in items:
    heapq.heappush(h, it)
print(h, Item.n)
print([heapq.heappop(h) for _ in range(len(h))], Item.n)
h = items[:]
heapq.heapify(h)
print(h, Item.n)


class L(list):
    pass


lh = L([5, 3, 1])
heapq.heapify(lh)
heapq.heappush(lh, 0)
print(lh, type(lh).__name__, heapq.heappop(lh))
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), list(heapq.merge([1, 4], [2, 3])))
print(heapq.heappush.__name__, heapq.heappush.__module__, heapq.heapify.__module__)
tups = [(1, 'b'), (1, 'a'), (0, 'z')]
heapq.heapify(tups)
print(tups)


def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: heapq.heappush())
show(lambda: heapq.heappush([]))
show(lambda: heapq.heappop())
show(lambda: heapq.heappop(1, 2))
show(lambda: heapq.heappush((), 1))
show(lambda: heapq.heappop(None))
show(lambda: heapq.heapify((3, 2)))
show(lambda: heapq.heappop([]))
show(lambda: heapq.heapreplace([], 1))
show(lambda: heapq.heapify(x=[]))
show(lambda: heapq.heappush(x=1))
show(lambda: heapq.heappushpop([], 5))
show(lambda: heapq.heappush([1, 'a'], 2))
show(lambda: heapq.heapify([1, 'a', None]))
show(lambda: heapq._heappop_max([]))


class Grow:
    def __lt__(self, other):
        victim.append(1)
        return True


victim = [Grow(), Grow(), Grow()]
show(lambda: heapq.heapify(victim))
victim = [Grow()]
show(lambda: heapq.heappush(victim, Grow()))
print(len(victim) >= 2)
