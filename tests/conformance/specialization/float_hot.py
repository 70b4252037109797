import math
def nbody_energy(steps):
    xs = [0.0, 1.0, -1.0, 0.5]
    vs = [0.0, 0.1, -0.1, 0.05]
    ms = [10.0, 1.0, 1.0, 0.5]
    dt = 0.001
    for _ in range(steps):
        for i in range(4):
            f = 0.0
            for j in range(4):
                if i != j:
                    d = xs[j] - xs[i]
                    f += ms[j] * d / (abs(d) ** 3 + 0.01)
            vs[i] += f * dt
        for i in range(4):
            xs[i] += vs[i] * dt
    e = 0.0
    for i in range(4):
        e += 0.5 * ms[i] * vs[i] * vs[i]
    return e, xs
e, xs = nbody_energy(2000)
print(e)
print(xs)
def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for k in range(1, n):
        s += f(a + k * h)
    return s * h
print(integrate(math.sin, 0.0, math.pi, 20000))
print(integrate(lambda x: x * x, 0.0, 3.0, 30000))
acc = 0.0
for i in range(1, 50000):
    acc += 1.0 / (i * i)
print(acc, math.sqrt(acc * 6))
