log = []
def v(x):
    log.append(x)
    return x
def f(*args, **kwargs):
    return args, kwargs
print(f(v(1), v(2), k=v(3), j=v(4)))
print(log)
log.clear()
print(f(v("a"), *[v("b"), v("c")], z=v("d"), **{"y": v("e")}))
print(log)
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log.clear()
lst = [v(1), v(2)][v(0)]
print(lst, log)
log.clear()
x = v(10) + v(20) * v(30)
print(x, log)
log.clear()
def g(a, b):
    return a - b
print(g(b=v(1), a=v(2)), log)
