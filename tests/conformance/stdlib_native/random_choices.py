# choices: unweighted, weights, cum_weights, k, and its errors.
import random

random.seed(1414)
print(random.choices("abc"))
print(random.choices("abcde", k=10))
print(random.choices(range(100), k=8))
print(random.choices(["x", "y", "z"], [10, 1, 1], k=12))
print(random.choices(["x", "y", "z"], cum_weights=[1, 2, 30], k=12))
print(random.choices([1, 2, 3], weights=[0.5, 0.25, 0.25], k=6))
print(random.choices([1, 2], [1, 0], k=5))
print(random.choices("ab", k=0), random.choices("ab", k=-2))

cases = [
    ((["a", "b"], 3), {}),
    ((["a", "b"], [1]), {}),
    ((["a", "b"], [1, 2]), {"cum_weights": [1, 2]}),
    ((["a", "b"], [0, 0]), {}),
    ((["a", "b"], [1, float("inf")]), {}),
    ((["a", "b"], [-1, -2]), {}),
    ((["a", "b"],), {"k": 2.5}),
    ((["a", "b"], ["x", "y"]), {}),
    (([],), {"k": 1}),
]
for args, kw in cases:
    try:
        print(random.choices(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
