s = "hello"
for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", "-<8", ".3", "10.2", ">10.4", "^9.1", "0>8", "1", "#<7"]:
    print(repr(spec), f"[{s:{spec}}]")
print(f"[{'':5}]", f"[{'x':^4}]", f"[{'é':>3}]", f"[{'中文':*^6}]")
w = 12
print(f"[{s:>{w}}]", f"[{s:^{w - 2}}]", f"[{s:{'='}^{w}}]")
try:
    print(f"{s:d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{s:+}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{s:,}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{s:=10}")
except ValueError as e:
    print(type(e).__name__, e)
