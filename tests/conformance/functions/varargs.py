def total(*nums):
    return sum(nums), type(nums).__name__, len(nums)
print(total(), total(1), total(1, 2, 3), total(*range(10)))
def show(first, *rest):
    return first, rest
print(show(1), show(1, 2, 3), show(*"abc"))
def kw(**opts):
    return opts
print(kw(), kw(a=1, b=2), kw(**{"x": 1}, y=2))
def both(*args, **kwargs):
    return args, kwargs
print(both(1, 2, k=3), both(*[1, 2], **{"z": 9}), both())
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2, 3]), f(1, *[2, 3]), f(*[1], *[2], 3), f(**{"a": 1, "b": 2, "c": 3}), f(1, **{"c": 3, "b": 2}))
args = (1, 2)
kwargs = {"c": 9}
print(f(*args, **kwargs))
print(max(*[3, 1, 4]), print(*[], sep="x") is None)
def pass_through(*a, **k):
    return f(*a, **k)
print(pass_through(4, 5, c=6))
print(both(*(i for i in range(3)), **dict(x=1)))
