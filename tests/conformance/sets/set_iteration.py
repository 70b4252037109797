s = {5, 3, 8, 1}
total = 0
for x in s:
    total += x
print(total, sum(s), max(s), min(s), len(s))
print(sorted(s), sorted(s, reverse=True))
print(sorted(x * 2 for x in s), any(x > 7 for x in s), all(x > 0 for x in s))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
t = {1, 2, 3}
for x in list(t):
    t.discard(x)
print(t)
print(list(sorted({4, 2, 6}))[0], sorted(enumerate(sorted({9, 7}))))
