s = "immutable"
t = s
s = s.upper()
print(s, t)
s2 = t.replace("m", "M")
print(t, s2)
orig = "abc"
parts = list(orig)
parts[1] = "X"
print(orig, "".join(parts))
try:
    orig[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del orig[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    orig.append("d")
except AttributeError as e:
    print(type(e).__name__, e)
print(hash("abc") == hash("abc"), "abc" != None)
d = {"key": 1, "other": 2}
k = "ke" + "y"
print(d[k])
