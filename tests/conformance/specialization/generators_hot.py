def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
total = 0
for v in counter(100000):
    total += v
print(total)
print(sum(x * 2 for x in counter(50000)))
gens = [counter(10) for _ in range(2000)]
print(sum(sum(g) for g in gens))
def pipeline(n):
    return (y for y in (x * x for x in range(n)) if y % 3 == 0)
print(sum(pipeline(60000)))
def send_acc():
    t = 0
    while True:
        v = yield t
        t += v
g = send_acc()
next(g)
for i in range(30000):
    r = g.send(i)
print(r)
