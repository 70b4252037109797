t = tuple(range(10))
total = 0
for v in t:
    total += v
print(total)
it = iter((1, 2))
print(next(it), next(it), next(it, "done"))
pairs = tuple((i, i * i) for i in range(5))
print(pairs)
print(tuple(map(str, t)))
print(tuple(filter(lambda x: x % 3 == 0, t)))
for a, b in zip(t, t[1:]):
    if a % 4 == 0:
        print(a, b)
print(sum(x * y for x, y in pairs))
