data = [("Alice", 30, 55000.5), ("Bob", 4, 1234.0), ("Christopher", 101, 9.99), ("", 0, 0.0)]
print(f"{'Name':<12}{'Age':>5}{'Salary':>14}")
print("-" * 31)
for name, age, sal in data:
    print(f"{name:<12}{age:>5}{sal:>14,.2f}")
print("=" * 31)
for name, age, sal in data:
    print(f"{name:^12}|{age:^5}|{sal:^14.1f}|")
for name, age, sal in data:
    print(f"{name:.>12}{age:0>5}{sal:_<14}")
for i in range(1, 6):
    print(f"{i:>2} {i ** 2:>3} {i ** 3:>4} {2 ** i:>5b} {i / 7:.4f}")
