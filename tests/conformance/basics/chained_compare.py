calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2) != v(9))
print(calls)
x = 5
print(0 < x <= 5, 0 < x < 5, 1 <= x < 10 != 11)
print(1 < 2 > 1, 1 == 1.0 == True)
print("a" < "b" < "c", [1] < [2] < [3])
print(1 in [1, 2] in [[1, 2]])
print(None is None is not False)
a = b = [1]
print(a is b is a, a == b is True)
print(3 > 2 == 2)
print((3 > 2) == 2)
