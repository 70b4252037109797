def outer(n):
    results = []
    for i in range(n):
        def inner(x=i):
            if x % 2 == 0:
                return "even"
            return "odd"
        results.append(inner())
    return results
print(outer(4))
def early(items):
    for item in items:
        if item < 0:
            return f"negative {item}"
        if item == 0:
            continue
    return "all ok"
print(early([1, 0, 2]), early([1, -5, 2]), early([]))
def multi_return(x):
    if x > 0:
        return x, "pos"
    if x < 0:
        return x, "neg"
print(multi_return(3), multi_return(-3), multi_return(0))
