def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
def filter_co(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
def map_co(fn, target):
    while True:
        item = yield
        target.send(fn(item))
p = printer(">>")
next(p)
m = map_co(lambda x: x * 10, p)
next(m)
f = filter_co(lambda x: x % 2 == 0, m)
next(f)
for i in range(7):
    f.send(i)
f.close()
m.close()
p.close()
def grep(pattern):
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("grep closing with", matches)
g = grep("py")
next(g)
for line in ["python", "java", "pypy", "rust"]:
    g.send(line)
g.close()
