fns = [len, str, abs, sorted, list, sum, min, max, repr, bool]
arg = [3, -1, 2]
for f in fns:
    try:
        print(f.__name__, f(arg))
    except TypeError as e:
        print(f.__name__, "TypeError", e)
converters = {"int": int, "float": float, "str": str}
print({k: v("7") for k, v in converters.items()})
apply = lambda f, *a: f(*a)
print(apply(max, 1, 5, 3), apply(divmod, 7, 2), apply(pow, 2, 5), apply(isinstance, 1, int))
print(len.__name__, print.__name__, type(len).__name__)
my_print = print
my_print("aliased print", 42)
