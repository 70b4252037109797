l = list(range(8))
l[2:4] = "abc"
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [100, 101]
print(l)
l[::3] = [0] * len(l[::3])
print(l)
l[1:-1] = []
print(l)
m = [1, 2, 3, 4, 5]
m[4:1:-1] = ["x", "y", "z"]
print(m)
m[10:20] = [6]
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
n = [0] * 5
n[1:3] = range(10, 13)
print(n)
n[:] = n[::-1]
print(n)
del n[-2:]
print(n)
