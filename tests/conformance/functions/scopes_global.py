counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = 99
    return counter
print(shadow(), counter)
def create_global():
    global brand_new
    brand_new = "created"
create_global()
print(brand_new)
x = "global x"
def f():
    x = "local x"
    def g():
        return x
    return g()
print(f(), x)
def uses_builtin():
    return len([1, 2])
print(uses_builtin())
def shadow_builtin():
    len = lambda v: -1
    return len([1])
print(shadow_builtin(), len([1]))
def multi_global():
    global a1, a2
    a1, a2 = 1, 2
multi_global()
print(a1 + a2)
def del_global():
    global brand_new
    del brand_new
del_global()
try:
    brand_new
except NameError as e:
    print(type(e).__name__, e)
