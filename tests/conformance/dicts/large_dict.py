d = {}
for i in range(50000):
    d[i] = i * 2
print(len(d), d[49999], sum(d.values()) == 2 * sum(range(50000)))
for i in range(0, 50000, 2):
    del d[i]
print(len(d), list(d)[:5], 0 in d, 1 in d)
s = {str(i): i for i in range(10000)}
print(s["9999"], len(s), list(s)[-1])
t = {(i, i + 1): i for i in range(1000)}
print(t[(500, 501)], (1000, 1001) in t)
keys = list(d)
for k in keys[:100]:
    d[k] = None
print(list(d.items())[:3])
