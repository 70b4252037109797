class A:
    def val(self):
        return 1
class B:
    def val(self):
        return 2
class C(A):
    def val(self):
        return super().val() + 10
objs = [A(), B(), C()] * 5000
print(sum(o.val() for o in objs))
def call(f, x):
    return f(x)
fns = [abs, str, len, lambda v: v, float, bool]
out = []
for i in range(6000):
    f = fns[i % len(fns)]
    arg = -i if f is not len else "ab"
    out.append(call(f, arg))
print(out[:6], out[-6:])
class K:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return K(self.n + (other.n if isinstance(other, K) else other))
t = K(0)
for i in range(20000):
    t = t + (K(1) if i % 2 else 1)
print(t.n)
