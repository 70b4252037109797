vals = []
x = 1.0
for i in range(40):
    x = x * 1.37 + 0.011
    vals.append(x)
for v in vals:
    s = repr(v)
    print(s, float(s) == v)
y = 0.7
for i in range(25):
    y = y / 3.3
    print(repr(y), float(repr(y)) == y)
print(repr(1 / 3 + 1 / 3 + 1 / 3), 0.1 + 0.7, 0.1 * 7, 1.1 * 3, 4.35 * 100, 8.675 * 1000)
