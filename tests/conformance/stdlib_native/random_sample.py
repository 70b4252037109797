# sample: the pool strategy for small populations, the set strategy for large ones,
# counts, and errors.
import random

random.seed(1618)
print(random.sample(range(10), 3))
print(random.sample(range(10), 10))
print(random.sample(range(100), 5))
print(random.sample(range(10 ** 6), 8))
print(random.sample(range(30), 20))
print(random.sample(range(1000), 30))
print(random.sample("abcdefghijklmnopqrstuvwxyz", 6))
print(random.sample(tuple(range(40)), 7))
print(random.sample([[1], [2], [3]], 2))
print(random.sample(range(50), 0))
print(random.sample(["red", "blue"], 5, counts=[4, 2]))
print(random.sample(["a", "b", "c"], 3, counts=[1, 0, 5]))
print(random.sample(range(3), k=2))

cases = [
    ((range(5), 6), {}),
    ((range(5), -1), {}),
    (({1, 2, 3}, 1), {}),
    (({1: 2}, 1), {}),
    ((["a", "b"], 1), {"counts": [1]}),
    ((["a", "b"], 1), {"counts": [0, 0]}),
    ((["a", "b"], 1), {"counts": [1.0, 2]}),
    ((["a", "b"], 9), {"counts": [1, 2]}),
]
for args, kw in cases:
    try:
        print(random.sample(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
