def digits(n, base):
    if n == 0:
        return [0]
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(r)
    return out[::-1]
for b in [2, 3, 7, 10, 16, 36]:
    print(b, digits(1000, b), digits(2 ** 70, b)[:8])
def to_base(n, b):
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    neg = n < 0
    n = abs(n)
    s = ""
    while True:
        n, r = divmod(n, b)
        s = chars[r] + s
        if n == 0:
            break
    return "-" + s if neg else s
for n in [0, 5, -5, 255, 123456789, 2 ** 64]:
    print(n, to_base(n, 2), to_base(n, 16), to_base(n, 36), int(to_base(n, 36), 36) == n)
print(int("".join(reversed(str(12345678987654321)))))
