def make_gen(limit):
    def gen():
        for i in range(limit):
            yield i * factor
    factor = 3
    return gen
g = make_gen(4)
print(list(g()))
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    def values():
        while count < 3:
            bump()
            yield count
    return values
print(list(counter_gen()()))
funcs = [(lambda: x) for x in range(3)]
print([f() for f in funcs])
gens = [(x * y for y in range(2)) for x in range(3)]
print([list(g) for g in gens])
