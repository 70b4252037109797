def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside", e)
        yield "recovered"
    finally:
        print("gen finally")
g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("stopped")
g2 = gen()
print(next(g2))
g2.close()
print("closed")
try:
    next(g2)
except StopIteration:
    print("closed gen raises StopIteration")
g3 = gen()
try:
    g3.throw(KeyError("unstarted"))
except KeyError as e:
    print("propagated", repr(e))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
s = stubborn()
next(s)
s.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(b, "b done"))
def catcher():
    while True:
        try:
            yield
        except ZeroDivisionError:
            print("ignored ZeroDivisionError")
c = catcher()
next(c)
c.throw(ZeroDivisionError)
c.throw(ZeroDivisionError())
try:
    c.throw(TypeError("not caught"))
except TypeError as e:
    print("TypeError out:", e)
g4 = gen()
g4.close()
print("close unstarted ok")
