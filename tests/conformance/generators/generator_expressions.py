g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(list((x, y) for x in range(3) for y in range(x)))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in []))
print(",".join(str(i) for i in range(5)))
data = [3, 1, 4, 1, 5]
it = (d * 2 for d in data)
data.append(9)
print(list(it))
x = 10
gen = (x + i for i in range(3))
x = 20
print(list(gen))
outer = [1, 2]
g2 = (i for i in outer)
outer = [7, 8]
print(list(g2))
print(sorted((v % 7 for v in range(20)), reverse=True)[:5])
nested = ((i, j) for i in range(2) for j in (k for k in range(i + 2)))
print(list(nested))
