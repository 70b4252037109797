import math
for deg in [0, 30, 45, 60, 90, 120, 180, 270, 360]:
    r = deg * math.pi / 180
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12))
print(math.sin(1), math.cos(1), math.sin(-1), math.cos(-2.5))
print(math.sin(1e-10), math.cos(1e-10))
pts = [(math.cos(2 * math.pi * k / 6), math.sin(2 * math.pi * k / 6)) for k in range(6)]
print([(round(x, 6), round(y, 6)) for x, y in pts])
print(round(sum(math.hypot(x, y) for x, y in pts), 10))
