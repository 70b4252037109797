for i in range(3):
    pass
print(i)
for i in []:
    pass
print(i)
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
x = 10
lst = [x for x in range(3)]
print(x, lst)
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print(total, a, b)
d = {}
for d["k"] in range(3):
    pass
print(d)
l = [0, 0, 0]
for l[0] in [7, 8]:
    pass
print(l)
