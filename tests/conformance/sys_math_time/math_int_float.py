import math
for x in [0.0, 0.5, 1.5, 2.5, -0.5, -1.5, 1e20, -1e-20, 123.999]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x), int(x))
print(math.sqrt(2) ** 2, math.isclose(math.sqrt(2) ** 2, 2))
print([math.factorial(i) for i in range(12)])
print(math.gcd(1071, 462), math.gcd(17, 5), math.gcd(0, 0))
print(math.log(1024, 2), math.log(1000, 10), math.log(math.exp(3)))
print(math.floor(-0.0), math.ceil(-0.5), math.copysign(1, math.ceil(-0.5)))
print(math.pi * 2, math.e ** 2)
print(math.hypot(1e200, 1e200), math.hypot(-3, -4), math.hypot(0, 0))
print(math.fsum(i / 10 for i in range(11)), math.fsum([]))
