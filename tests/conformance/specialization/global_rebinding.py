# Globals and builtins rebound while code that reads them is hot.
factor = 2
def scale(v):
    return v * factor
out = 0
for i in range(10000):
    if i == 5000:
        factor = 3
    out += scale(1)
print(out)
def use_len(s):
    return len(s)
r = [use_len("abc") for _ in range(3000)]
len = lambda s: -1
r.append(use_len("abc"))
del len
r.append(use_len("abc"))
print(r[0], r[-2], r[-1])
def g():
    return helper()
def helper():
    return "first"
a = [g() for _ in range(2000)]
def helper():
    return "second"
print(a[-1], g())
