def g():
    x = yield 1
    print("x =", x)
    y = yield x * 2 if x else -1
    print("y =", y)
    z = (yield) or "default"
    print("z =", z)
    yield [x, y, z]
gen = g()
print(next(gen))
print(gen.send(5))
print(gen.send("why"))
print(gen.send(None))
def yield_in_expr():
    total = (yield "a") + (yield "b")
    yield total
ye = yield_in_expr()
print(next(ye), ye.send(10), ye.send(32))
def nested_yields():
    yield (yield (yield 1))
n = nested_yields()
print(next(n), n.send("s1"), n.send("s2"))
