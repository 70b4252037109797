def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(); inc(5)
print(get())
inc2, get2 = make_counter(100)
inc2()
print(get(), get2())
def make_acc():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
a = make_acc()
print(a(1), a(2), a(10))
