sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
print(sq.__name__, type(sq).__name__)
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x: (lambda y: x * y))(6)(7))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: fn(6, 3) for k, fn in ops.items()})
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
