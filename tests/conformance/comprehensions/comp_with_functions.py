def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(50) if is_prime(n)])
print({n: is_prime(n) for n in range(10)})
words = ["Apple", "banana", "Cherry", "date"]
print([w.lower() for w in words if w[0].isupper()])
print(sorted([w for w in words], key=lambda s: s.lower()))
print([str(i) * i for i in range(1, 5)])
print([abs(x) for x in [-3, 2, -1]], [round(x, 1) for x in [1.25, 2.35, 3.45]])
print([divmod(x, 3) for x in range(7)])
print([ord(c) - ord("a") for c in "hello"])
def flatten(l):
    return [x for sub in l for x in (flatten(sub) if isinstance(sub, list) else [sub])]
print(flatten([1, [2, [3, [4]], 5], [[6]]]))
