i = 0
while i < 5:
    print(i, end=" ")
    i += 1
print()
n = 10
while n:
    n -= 3
    if n < 0:
        break
else:
    print("no break")
print("n =", n)
k = 0
while k < 3:
    k += 1
else:
    print("else after normal end", k)
count = 0
while True:
    count += 1
    if count % 2 == 0:
        continue
    if count > 7:
        break
    print("odd", count)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print(steps)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        print(outer, inner, end="|")
        inner += 1
    outer += 1
print()
