print(str(0), str(-5), str(2 ** 200), repr(123), repr(-10 ** 25))
n = 10 ** 100
s = str(n)
print(len(s), s[:5], s[-3:])
print(int(s) == n)
for v in [1, 12, 123, 1234, 12345, -99999, 10 ** 18, 10 ** 19, 2 ** 63 - 1, -2 ** 63]:
    print(v, str(v), len(str(v)))
print(str(7) + str(8), int("7" + "8"))
print("%d" % 42, "%d" % -42, "%d" % 2 ** 70)
print(f"{2 ** 70}", f"{-7}")
x = 1
for i in range(60):
    x = x * 3 + i
print(x)
print(str(x)[::-1])
print(sum(int(c) for c in str(2 ** 1000)))
