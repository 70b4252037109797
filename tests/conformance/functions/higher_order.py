def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def my_map(fn, items):
    return [fn(i) for i in items]
def my_filter(pred, items):
    return [i for i in items if pred(i)]
def my_reduce(fn, items, init):
    acc = init
    for i in items:
        acc = fn(acc, i)
    return acc
nums = list(range(1, 11))
print(my_map(dbl, nums), my_filter(lambda n: n % 3 == 0, nums), my_reduce(lambda a, b: a * b, nums, 1))
def partial(fn, *bound):
    def call(*rest):
        return fn(*bound, *rest)
    return call
add3 = lambda a, b, c: a + b + c
p = partial(add3, 1, 2)
print(p(3), partial(add3, 10)(20, 30))
def pipeline(data, *steps):
    for s in steps:
        data = s(data)
    return data
print(pipeline(" Hello World ", str.strip, str.lower, lambda s: s.split()))
print(sorted(["b3", "a10", "c1"], key=lambda s: int(s[1:])))
print(max(["apple", "fig", "banana"], key=len), min(range(10), key=lambda v: abs(v - 6.4)))
