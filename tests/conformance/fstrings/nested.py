width = 10
prec = 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]")
print(f"[{val:>{width}.{prec}}]")
fill, align = "*", "^"
print(f"[{'mid':{fill}{align}{width}}]")
for w in range(3, 8):
    print(f"|{w:{w}}|{'x':>{w}}|")
spec = ".2e"
print(f"{val:{spec}}", f"{12345:{','}}")
print(f"{f'{val:.1f}':>8}")
rows = [("apple", 1.5, 10), ("kiwi", 0.25, 200), ("banana", 12.0, 3)]
for name, price, qty in rows:
    print(f"{name:<10}|{price:>8.2f}|{qty:>5d}|{price * qty:>10,.2f}")
print(f"{'total':<10}|{sum(r[1] * r[2] for r in rows):>25,.2f}")
