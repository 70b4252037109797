l = [1, 2]
l.append(l)
print(l, len(l))
d = {"a": 1}
d["me"] = d
print(d)
outer = [[]]
outer[0].append(outer)
print(outer)
t = ([],)
t[0].append(t)
print(t)
nested = []
cur = nested
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(nested).count("["))
print(l == l, l[2] is l)
