def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
    return "outer done"
print(list(outer()))
g = outer()
for v in g:
    print("got", v)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(x=item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def tree(n):
    if n > 0:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def get_result():
    gen = outer()
    try:
        while True:
            next(gen)
    except StopIteration as e:
        return e.value
print(get_result())
