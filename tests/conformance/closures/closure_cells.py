def outer():
    items = []
    def add(x):
        items.append(x)
    def get():
        return list(items)
    def reset():
        nonlocal items
        items = []
    return add, get, reset
add, get, reset = outer()
add(1); add(2)
print(get())
reset()
add(3)
print(get())
def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])
def adder(n):
    def add(x):
        return x + n
    return add
add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1), add5(add10(0)))
