def nothing():
    return
def implicit():
    pass
def multiple():
    return 1, [2], "three"
def conditional(x):
    if x:
        return "truthy"
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(nothing(), implicit(), multiple(), conditional(1), conditional(0))
print(early(10), early(0), early(100))
a, b, c = multiple()
print(a, b, c)
def gen_or_value(flag):
    if flag:
        return [x for x in range(3)]
    return {}
print(gen_or_value(True), gen_or_value(False))
def returns_lambda(k):
    return lambda v: v * k
print(returns_lambda(3)(4))
def nested_return():
    try:
        return "try"
    finally:
        print("finally runs")
print(nested_return())
