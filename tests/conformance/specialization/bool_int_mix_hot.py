t = 0
for i in range(40000):
    t += (i % 3 == 0)
print(t, type(t).__name__)
flags = [i % 2 == 0 for i in range(10000)]
print(sum(flags), flags.count(True), type(flags[0] + flags[1]).__name__)
n = 0
for i in range(30000):
    n = n + True if i % 5 else n - False
print(n)
x = True
for i in range(1000):
    x = x + 1 if i < 10 else x
print(x, type(x).__name__)
