def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
x = 5
if x:
    print("truthy")
if not []:
    print("empty list is falsy")
if x > 3 and x < 10:
    print("between")
if x < 3 or x == 5:
    print("or works")
if x == 1:
    pass
elif x == 5:
    if x % 2:
        print("nested odd")
    else:
        print("nested even")
else:
    print("never")
y = "yes" if x > 2 else "no"
print(y)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 50, 90, 80]])
if (z := x * 2) > 8:
    print("walrus in if", z)
