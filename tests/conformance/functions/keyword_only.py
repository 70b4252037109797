def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=0))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(*args, key=None, reverse=False):
    return sorted(args, key=key, reverse=reverse)
print(g(3, 1, 2), g(3, 1, 2, reverse=True), g("bb", "a", "ccc", key=len))
def h(*, only):
    return only
print(h(only="x"))
try:
    h("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(wrong=1)
except TypeError as e:
    print(type(e).__name__, e)
