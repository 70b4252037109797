def f():
    x = 1
    def g():
        print(x)
        x = 2
    try:
        g()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f()
def h():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return inner()
print(h())
count = 0
def bad_inc():
    count += 1
try:
    bad_inc()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def later():
    def inner():
        return z
    z = "bound later"
    return inner()
print(later())
