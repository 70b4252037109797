def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(count_up(5)), sum(count_up(101)), list(count_up(0)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def lazy():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("finishing")
l = lazy()
print("created")
print(next(l))
print(next(l))
print(next(l, "exhausted"))
print(next(l, "still exhausted"))
for x in count_up(2):
    print("for", x)
print(iter(g) is g)
