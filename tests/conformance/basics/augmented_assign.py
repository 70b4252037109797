x = 10
x += 1; print(x)
x -= 2; print(x)
x *= 3; print(x)
x /= 2; print(x)
x //= 2; print(x)
x **= 2; print(x)
x %= 7; print(x)
n = 0b1100
n &= 0b1010; print(bin(n))
n |= 0b0001; print(bin(n))
n ^= 0b1111; print(bin(n))
n <<= 3; print(n)
n >>= 2; print(n)
l = [1, 2]
alias = l
l += [3]
print(l, alias, l is alias)
t = (1, 2)
talias = t
t += (3,)
print(t, talias, t is talias)
s = "a"
s += "b"
print(s)
d = {"k": 1}
d["k"] += 5
print(d)
class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 41
print(b.v)
arr = [[0, 0], [0, 0]]
arr[1][0] += 7
print(arr)
class Acc:
    def __init__(self, items):
        self.items = items
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __add__(self, other):
        return Acc(self.items + [other])
a = Acc([])
a2 = a
a += 1
a += 2
print(a.items, a is a2)
c = Acc([0])
c2 = c + 9
print(c.items, c2.items)
