data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
values = []
i = 0
while (i := i + 1) < 5:
    values.append(i * i)
print(values, i)
results = [y for x in data if (y := x * 2) > 6]
print(results, y)
print([last := v for v in range(4)], last)
def f(x):
    return x * 10
ys = [(z, z + 1) for x in range(3) if (z := f(x)) >= 10]
print(ys)
chunks = iter([[1, 2], [3], [], [4]])
while (chunk := next(chunks, None)) is not None:
    print("chunk", chunk)
print((a := 5) + a)
total = 0
print(any((total := total + v) > 10 for v in data), total)
def g():
    if (k := 3):
        return k + 1
print(g())
