def show(a, b, c=0, *args, d=None, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} kw={kw}"
print(show(*[1, 2]))
print(show(*[1, 2, 3, 4, 5]))
print(show(1, *[2], **{"d": 4}))
print(show(**{"a": 1, "b": 2, "z": 26}))
print(show(*"xy", *(1, 2), d=0, **{"e": 5}, **{"f": 6}))
args = [3, 1, 2]
print(max(*args), min(*args), sorted(args), list(zip(*[[1, 2], [3, 4], [5, 6]])))
opts = {"sep": "-", "end": "!\n"}
print("a", "b", **opts)
print(*range(3), sep=", ")
