# A hot loop whose int values grow past 64 bits part-way through.
x = 1
checkpoints = []
for i in range(200):
    x = x * 3 + 1
    if i % 25 == 0:
        checkpoints.append(x)
print(checkpoints[-1])
print(len(str(x)), x % 1000000007)
total = 0
for i in range(50000):
    total += i * i * i
print(total, total > 2 ** 63)
acc = 2 ** 62
for i in range(10):
    acc += 2 ** 61
print(acc, acc > 2 ** 63)
neg = -(2 ** 62)
for i in range(10):
    neg -= 2 ** 61
print(neg)
m = 1
for i in range(1, 100):
    m *= i
    if m > 2 ** 64 and i < 30:
        print("crossed 2**64 at", i)
print(m % 10 ** 12)
