# Values change type after the loop has become hot.
def add_all(items):
    total = 0
    for v in items:
        total = total + v
    return total
ints = list(range(20000))
print(add_all(ints))
mixed = ints + [0.5]
print(add_all(mixed))
floats = [i / 2 for i in range(20000)]
print(add_all(floats))
def concat(items, start):
    r = start
    for v in items:
        r = r + v
    return r
print(concat([[i] for i in range(5)], []))
print(concat(["a", "b", "c"], ""))
print(concat((1, 2, 3), 10))
vals = []
x = 0
for i in range(30000):
    if i == 15000:
        x = float(x)
    if i == 25000:
        x = int(x) + 2 ** 70
    x += 1
vals.append(x)
print(vals, type(x).__name__)
def poly(o):
    return o * 2
print([poly(v) for v in [1, 2.5, "ab", [1], (2,), True, 2 ** 80]])
