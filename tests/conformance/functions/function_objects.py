def add(a, b):
    "Add two numbers."
    return a + b
print(add.__name__, add.__doc__, add.__qualname__, callable(add), type(add).__name__)
f = add
print(f(2, 3), f is add, f == add)
funcs = [add, max, len]
print([fn.__name__ for fn in funcs])
def apply(fn, *args):
    return fn(*args)
print(apply(add, 1, 2), apply(max, 3, 9, 4), apply(len, "abc"))
add.custom = "attr"
print(add.custom, hasattr(add, "custom"), getattr(add, "missing", "dflt"))
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
print(add.__module__, apply.__name__)
table = {"double": lambda x: x * 2, "neg": lambda x: -x}
print(table["double"](4), table["neg"](4))
def no_return():
    x = 1
print(no_return())
def returns_func():
    return add
print(returns_func()(10, 20))
