print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9])
print([] < [0], [[1]] < [[2]], ["a"] < ["b"], [1, "a"] < [1, "b"])
print([1, 2] == (1, 2), [1.0] == [1], [True] == [1])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
a = [1, [2, 3]]
b = [1, [2, 3]]
print(a == b, a is b, a[1] is b[1])
print(max([[1, 2], [1, 3], [0, 9]]), min([[1, 2], [1, 3], [0, 9]]))
