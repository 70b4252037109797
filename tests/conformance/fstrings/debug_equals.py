x = 10
name = "weft"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x=:>5}")
print(f"{x*2=}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=:>8}")
print(f"{items=}", f"{len(items)=}")
print(f"{x + 1 = }")
pi = 3.14159
print(f"{pi=:.2f}", f"{pi = :.3}")
print(f"{None=}", f"{'lit'=}")
