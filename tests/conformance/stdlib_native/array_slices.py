# Slicing, slice assignment (simple and extended), deletion, item assignment and deletion.
from array import array

a = array("i", range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[8:2:-2], a[-3:], a[5:2], a[100:], a[-100:2])
b = a[:]
b[2:5] = array("i", [-1, -2])
print(b)
b[0:0] = array("i", [99, 98])
print(b)
b[len(b):] = array("i", [7])
print(b)
b[::3] = array("i", [0] * len(b[::3]))
print(b)
b[5:1] = array("i", [55])
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
del b[::-3]
print(b)
b[0] = 1000
b[-1] = -1000
print(b)
del b[0]
del b[-1]
print(b)
c = array("d", [1.0, 2.0, 3.0])
c[1:2] = c
print(c)
c[:] = array("d")
print(c, len(c))
u = array("u", "abcdef")
print(u[1:4], u[::-2], u[2])
u[0] = "Z"
u[1:3] = array("u", "xyz")
print(u, u.tounicode())
cases = [
    ("a[0:2] = [1, 2]", None), ("a[0:3:2] = array('i', [1])", None), ("a[0:2] = array('d', [1.0])", None),
    ("a[20] = 5", None), ("del a[20]", None), ("a['x'] = 1", None), ("a[0] = 'x'", None),
    ("a[::2] = array('i', range(9))", None), ("del a['q']", None),
]
for code, _ in cases:
    try:
        exec(code)
        print(code, a)
    except Exception as e:
        print(code, type(e).__name__, e)
