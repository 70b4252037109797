fns = []
for i in range(4):
    fns.append(lambda: i)
print([f() for f in fns])
fns = [lambda i=i: i for i in range(4)]
print([f() for f in fns])
def make(i):
    return lambda: i
fns = [make(i) for i in range(4)]
print([f() for f in fns])
def outer():
    x = 1
    def show():
        return x
    x = 2
    r1 = show()
    x = 3
    return r1, show()
print(outer())
def loop_closures():
    out = []
    for name in ["a", "b"]:
        def greet():
            return "hi " + name
        out.append(greet)
    return [g() for g in out]
print(loop_closures())
