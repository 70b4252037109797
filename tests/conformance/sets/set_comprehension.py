print(sorted({x % 5 for x in range(20)}))
print(sorted({x * y for x in range(4) for y in range(4) if x != y}))
words = ["apple", "bob", "kayak", "level", "python", "noon"]
pal_lens = {len(w) for w in words if w == w[::-1]}
print(sorted(pal_lens))
print(sorted({(x, y) for x in range(3) for y in range(x)}))
evens = {n for n in range(10) if n % 2 == 0}
odds = set(range(10)) - evens
print(sorted(evens), sorted(odds), evens.isdisjoint(odds))
print(sorted({c for c in "hello world" if c.isalpha()}))
