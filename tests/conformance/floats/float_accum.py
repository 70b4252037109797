import math
total = 0.0
for i in range(1, 1001):
    total += 1.0 / i
print(total)
print(sum(1.0 / (i * i) for i in range(1, 10001)))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
x = 1.0
while x + 1.0 != x:
    x *= 2.0
print(x)
eps = 1.0
while 1.0 + eps / 2 != 1.0:
    eps /= 2
print(eps)
def newton_sqrt(n):
    g = n / 2.0
    for _ in range(30):
        g = (g + n / g) / 2
    return g
for n in [2, 3, 10, 1e10, 0.5]:
    print(n, newton_sqrt(n), math.sqrt(n))
pi_est = 0.0
for k in range(100000):
    pi_est += (-1) ** k / (2 * k + 1)
print(4 * pi_est)
print([i / 10 for i in range(11)])
print([round(i * 0.1, 1) for i in range(11)])
