for i in range(3):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
r = range(5)
it = iter(r)
print(next(it), next(it), list(it))
print(list(zip(range(3), range(10, 13))))
print([i * i for i in range(-3, 4)])
acc = 0
for i in range(1, 1000001):
    acc += i
print(acc)
n = 0
for i in range(0, 100, 7):
    for j in range(i, 100, 13):
        n += 1
print(n)
for i in range(3):
    i = 100
print(i)
r2 = range(0, 10, 2)
print(r2.count(4), r2.index(8), list(map(str, r2)))
print(list(enumerate(range(100, 103))))
