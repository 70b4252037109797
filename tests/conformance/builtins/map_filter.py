print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])), list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])))
print(list(map(pow, [2, 3], [3, 2])), list(map(int, "123")))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda v: v > 1, [1, 2, 3])))
print(list(filter(str.isdigit, "a1b2c3")))
f = filter(lambda x: x % 2, range(10))
print(next(f), next(f), list(f))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
