def level1():
    x = "L1"
    def level2():
        nonlocal x
        x = "L2"
        def level3():
            nonlocal x
            x = x + "+L3"
            return x
        return level3()
    r = level2()
    return r, x
print(level1())
def counter_pair():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    return up, down
up, down = counter_pair()
print(up(), up(), down(), up())
def shadowing():
    v = "outer"
    def inner():
        v = "inner local"
        return v
    inner()
    return v
print(shadowing())
def multiple_nonlocal():
    a = b = 0
    def set_both(x, y):
        nonlocal a, b
        a, b = x, y
    set_both(3, 4)
    return a + b
print(multiple_nonlocal())
