n = 1234567
for spec in ["d", "10d", "<10d", ">10d", "^10d", "010d", "+d", "-d", " d", ",d", "_d", "x", "X", "#x", "#X", "o", "#o",
             "b", "#b", "_b", "_x", "#_x", "*^15,d", "=+12,d", "n", "c" if False else "d", "e", ".2e", "f", ".1f", "%", "g"]:
    print(repr(spec), f"[{n:{spec}}]", f"[{-n:{spec}}]")
for v in [0, 1, -1, 255, 2 ** 64]:
    print(f"{v:08b}|{v:>6x}|{v:<+5d}|{v:#010x}|{v:,}")
print(f"{65:c}", f"{0x263A:c}", f"{True:d}", f"{False:5}", f"{True:>5}")
try:
    print(f"{1.5:d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{10:s}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{10:,x}")
except ValueError as e:
    print(type(e).__name__, e)
