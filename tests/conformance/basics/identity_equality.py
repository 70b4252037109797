a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, None == None)
x = None
print(x is None, x is not None)
t1 = (1, 2)
t2 = (1, 2)
print(t1 == t2)
print(id(a) == id(c), id(a) == id(b))
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v
p1, p2 = P(1), P(1)
print(p1 == p2, p1 is p2, p1 != p2, p1 == 1)
class Q:
    pass
q1, q2 = Q(), Q()
print(q1 == q2, q1 == q1, q1 != q2)
print(1 == 1.0, 1 == "1", "a" == "a", [] == (), {} == {})
print(float("nan") == float("nan"))
n = float("nan")
print(n == n, n is n, [n] == [n])
print(True is True, (1 == 1) is True)
