x = 10
result = [x for x in range(3)]
print(result, x)
y = 5
print([y * i for i in range(3)])
def f():
    z = 2
    return [z * i for i in range(3)]
print(f())
class C:
    a = 10
    vals = [i for i in range(3)]
    try:
        bad = [a for _ in range(2)]
    except NameError as e:
        err = str(e)
print(C.vals, C.err)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print([(lambda v=i: v)() for i in range(3)])
i = "unchanged"
_ = [i for i in range(5)]
print(i)
print([j for j in range(3) if (last := j) > 0], last)
def g():
    data = [1, 2, 3]
    return {d: [d * k for k in data] for d in data}
print(g())
