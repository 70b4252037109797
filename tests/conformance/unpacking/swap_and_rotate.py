a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
l = [1, 2, 3, 4]
l[0], l[-1] = l[-1], l[0]
print(l)
i = 0
l[i], i = 99, 2
print(l, i)
x = [0, 1, 2]
j = 0
j, x[j] = 1, 5
print(j, x)
d = {}
d["a"], d["b"] = d.get("b", 1), d.get("a", 2)
print(d)
class P:
    pass
p = P()
p.x, p.y = 3, 4
p.x, p.y = p.y, p.x
print(p.x, p.y)
fib = [0, 1]
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
    fib.append(b)
print(fib)
