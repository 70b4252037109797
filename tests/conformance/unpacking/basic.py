a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
p, q = [10, 20]
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
[r, s] = (5, 6)
print(r, s)
i, (j, (k, l)) = 1, (2, (3, 4))
print(i, j, k, l)
d = {"a": 1, "b": 2}
k1, k2 = d
print(k1, k2)
(v1, v2), = [(7, 8)]
print(v1, v2)
t = 1,
u, = t
print(u)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
first, second = range(2)
print(first, second)
it = iter([4, 5])
g1, g2 = it
print(g1, g2)
