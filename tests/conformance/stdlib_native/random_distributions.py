# Every continuous distribution, drawing from the generator in CPython's order.
import random

random.seed(1729)
print([random.uniform(-5, 5) for _ in range(3)], random.uniform(3, 3))
print([random.triangular() for _ in range(3)])
print([random.triangular(0, 10, 2) for _ in range(3)], random.triangular(1, 1, 1))
print([random.normalvariate() for _ in range(3)], random.normalvariate(10, 2))
print([random.gauss() for _ in range(5)])
print([random.gauss(100, 15) for _ in range(3)])
print([random.lognormvariate(0, 0.5) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(3)])
print([random.vonmisesvariate(1.0, 4.0) for _ in range(3)], random.vonmisesvariate(0, 0))
print([random.gammavariate(0.5, 2.0) for _ in range(3)])
print([random.gammavariate(1.0, 3.0) for _ in range(3)])
print([random.gammavariate(5.0, 1.0) for _ in range(3)])
print([random.betavariate(2, 5) for _ in range(3)])
print([random.paretovariate(3) for _ in range(3)])
print([random.weibullvariate(1, 1.5) for _ in range(3)])
for a, b in [(0, 1), (1, 0), (-1, 1)]:
    try:
        random.gammavariate(a, b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    random.uniform("a", 1)
except TypeError as e:
    print(type(e).__name__, e)

# gauss caches its second value; reseeding clears the cache.
random.seed(5)
g1 = random.gauss()
random.seed(5)
g2 = random.gauss()
print(g1 == g2, random.gauss() != g1)
r = random.Random(8)
print(sum(r.normalvariate(0, 1) for _ in range(1000)) / 1000)
print(sum(r.expovariate(2) for _ in range(1000)) / 1000)
