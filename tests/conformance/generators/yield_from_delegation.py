def sub():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)
def delegator():
    result = yield from sub()
    yield ("sub returned", result)
d = delegator()
print(next(d), d.send("a"), d.send("b"))
print(d.send(None))
def sub_catch():
    try:
        yield 1
    except ValueError:
        yield "sub handled ValueError"
def deleg2():
    yield from sub_catch()
    yield "after"
d2 = deleg2()
print(next(d2), d2.throw(ValueError), next(d2))
def sub_close():
    try:
        yield 1
        yield 2
    finally:
        print("sub finally")
def deleg3():
    try:
        yield from sub_close()
    finally:
        print("deleg finally")
d3 = deleg3()
next(d3)
d3.close()
def yf_iter():
    r = yield from [1, 2, 3]
    yield ("list yield from returns", r)
print(list(yf_iter()))
