for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    parity = "even" if n % 2 == 0 else "odd"
    print(n, sign, parity)
calls = []
def t(v):
    calls.append(v)
    return v
r = t("a") if t(True) else t("b")
print(r, calls)
calls.clear()
r = t("a") if t(0) else t("b")
print(r, calls)
print([x if x % 2 else -x for x in range(6)])
print((lambda v: "big" if v > 10 else "small")(11))
x = 0
y = x if x else "fallback"
print(y)
print(1 if [] else 2 if {} else 3 if () else 4)
