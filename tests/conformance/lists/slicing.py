l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-7], l[::2], l[1::3], l[::-1], l[8:2:-2], l[-1:-4:-1])
print(l[100:], l[-100:2], l[5:1], l[::-100])
m = l[:]
m[2:5] = ["a", "b"]
print(m)
m[1:1] = [100, 101, 102]
print(m)
m[:] = [9, 8]
print(m)
n = list(range(10))
n[::2] = ["x"] * 5
print(n)
n[::-3] = [0, 0, 0, 0]
print(n)
del n[1:3]
print(n)
del n[::2]
print(n)
del n[:]
print(n)
o = [1, 2, 3]
o[5:] = [4]
print(o)
o[-10:0] = [0]
print(o)
p = list(range(6))
p[1:4] = []
print(p)
p[1:1] = "xy"
print(p)
s = slice(1, 5, 2)
print(list(range(10))[s], s.start, s.stop, s.step)
