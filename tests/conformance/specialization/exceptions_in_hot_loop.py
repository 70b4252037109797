count = 0
caught = 0
for i in range(30000):
    try:
        if i % 1000 == 999:
            raise ValueError(i)
        count += 1
    except ValueError as e:
        caught += 1
        last = e.args[0]
print(count, caught, last)
def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1
data = [str(i) if i % 7 else "x" for i in range(20000)]
print(sum(parse(s) for s in data))
d = {}
misses = 0
for i in range(20000):
    try:
        d[i % 100] += 1
    except KeyError:
        misses += 1
        d[i % 100] = 1
print(misses, sum(d.values()))
def div(a, b):
    return a // b
ok = 0
for i in range(10000):
    try:
        div(i, i % 50)
        ok += 1
    except ZeroDivisionError:
        pass
print(ok)
