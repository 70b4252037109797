l = []
for i in range(50000):
    l.append(i)
    if len(l) > 100:
        l.pop(0)
print(len(l), l[0], l[-1])
d = {}
for i in range(50000):
    d[i % 1000] = d.get(i % 1000, 0) + i
print(len(d), d[0], d[999])
s = set()
for i in range(50000):
    s.add(i % 777)
    if i % 5 == 0:
        s.discard((i * 7) % 777)
print(len(s))
st = ""
for i in range(5000):
    st += chr(97 + i % 26)
print(len(st), st[-26:])
lst = list(range(1000))
for i in range(1000):
    lst[i] = lst[i] * 2 if i % 2 else str(lst[i])
print(lst[:6], lst[-2:])
