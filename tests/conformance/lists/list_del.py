l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[2:4]
print(l)
del l[::3]
print(l)
x = [1, 2, 3]
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
a, b = [1], [2]
del a, b
print("deleted both")
d = [0, 1, 2, 3]
del d[1], d[1]
print(d)
