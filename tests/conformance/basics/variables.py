x = 1
y = x
x = 2
print(x, y)
a = b = c = 7
print(a, b, c)
a, b = 1, 2
a, b = b, a
print(a, b)
name = "weft"
print(name)
_private = 5
__dunder_like = 6
camelCase = 7
snake_case_9 = 8
print(_private, __dunder_like, camelCase, snake_case_9)
x = "now a string"
print(x, type(x).__name__)
x = [1]
y = x
y.append(2)
print(x, x is y)
z = x[:]
print(z == x, z is x)
del z
try:
    z
except NameError as e:
    print("NameError:", e)
i = 10
i += 5
i -= 3
i *= 2
i //= 5
i **= 3
i %= 7
print(i)
s = "ab"
s *= 3
print(s)
l = [1]
l += [2, 3]
l *= 2
print(l)
