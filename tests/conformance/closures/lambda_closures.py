def make_ops(k):
    return {"add": lambda x: x + k, "mul": lambda x: x * k, "pow": lambda x: x ** k}
ops2 = make_ops(2)
ops3 = make_ops(3)
print({n: f(5) for n, f in ops2.items()}, {n: f(5) for n, f in ops3.items()})
compose = lambda *fs: (lambda x: [x := f(x) for f in fs][-1])
print(compose(lambda v: v + 1, lambda v: v * 10)(4))
y = 10
h = lambda x: x + y
y = 20
print(h(1))
def outer():
    z = 1
    g = lambda: z
    z = 2
    return g
print(outer()())
