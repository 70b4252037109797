print(int("12"))
for s in ["3", "4", "x"]:
    print(int(s) * 2)
