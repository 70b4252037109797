for i in range(3):
    print("i", i)
for ch in "ab":
    print("ch", ch)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for x in []:
    print("never")
else:
    print("else on empty")
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
print("x after break", x)
for x in [1, 2, 3]:
    pass
else:
    print("else after full loop", x)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
result = []
for i in range(10):
    if i % 3 == 0:
        continue
    result.append(i)
print(result)
for _ in range(2):
    print("underscore loop")
items = [[1, 2], [3, 4]]
for [p, q] in items:
    print(p + q)
for i in range(5, 0, -1):
    print(i, end="")
print()
