a = [1, 2]
b = (3, 4)
c = {5: "x"}
print([*a, *b, *c], (*a, *b), [*a, 0, *a])
print({*a, *b} == {1, 2, 3, 4}, {**{"k": 1}, **{"k": 2}}, {**dict(a=1), "b": 2, **{"c": 3}})
print(*a, *b, sep="|")
t = *a, *b
print(t, type(t).__name__)
s = *"hi",
print(s)
def gen():
    yield from range(3)
print([*gen(), *gen()], [*{"x": 1, "y": 2}])
print(len([*range(1000), *range(1000)]))
print(*[], "only")
