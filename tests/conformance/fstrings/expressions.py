items = {"a": 1, "b": 2}
print(f"{items['a'] + items['b']}")
print(f"{', '.join(str(i) for i in range(3))}")
print(f"{(lambda q: q * 2)(21)}")
print(f"{ {k: v * 10 for k, v in items.items()} }")
print(f"{'%d' % 5}", f"{'{}'.format(6)}")
x = 7
print(f"{x:{'>'}{5}}", f"{x!r:{'^'}{5}}")
print(f"{x > 5 and 'big' or 'small'}")
print(f"{(x := x + 1)}", x)
print(f"{[1, 2, 3][1:]}", f"{'abc'[::-1]}")
print(f"{3 * 'ab'}", f"{-x}", f"{~x}", f"{not x}")
print(f"{x:#x}{x:#o}")
a = b = 2
print(f"{a == b}", f"{a is b}", f"{a in [2]}")
print(f"{'nested {braces}'}")
print(f"{dict(k=1)['k']}")
print(f"{(1, 2)!r}", f"{1, 2}" if False else f"{(1, 2)}")
