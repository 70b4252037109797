a = [1, 2, 3]
b = a
b.append(4)
print(a, b)
c = list(a)
c.append(5)
print(a, c)
def modify(lst):
    lst.append("m")
    lst = ["rebound"]
    lst.append("x")
    return lst
r = modify(a)
print(a, r)
def default_trap(item, acc=[]):
    acc.append(item)
    return acc
print(default_trap(1), default_trap(2), default_trap(3, []))
print(default_trap(4))
nested = [[1], [2]]
shallow = nested[:]
shallow[0].append(99)
shallow[1] = ["new"]
print(nested, shallow)
x = [1, 2, 3, 4, 5, 6]
for v in x[:]:
    if v % 2 == 0:
        x.remove(v)
print(x)
y = [1, 2, 3, 4, 5, 6]
y = [v for v in y if v % 3]
print(y)
