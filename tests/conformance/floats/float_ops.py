a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1.0 / 3.0 * 3.0, 2.0 ** 0.5, 10.0 ** -2)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == inf, inf > 1e308, -inf < -1e308)
print(0.0 == -0.0, 1 / inf == 0)
print(3.0 * 1.1, 1.1 + 2.2, 3.3 - 1.1, 100 * 1.1)
print(0.1 * 0.1, 1.0 - 0.9, 5.0 % 0.3)
print(2.5 ** 3, (-2.0) ** 3, (-8.0) ** 2, 4.0 ** 0.5)
print(float.__name__, type(1.5) is float, isinstance(1.5, float))
print((1.5).is_integer(), (2.0).is_integer(), (1.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((3.75).hex() if False else "skip hex", (-2.5).conjugate(), (2.5).real, (2.5).imag)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1)
