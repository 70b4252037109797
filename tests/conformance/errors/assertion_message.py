x = 1
assert x == 1, "fine"
print("first assert passed")
assert x == 2, f"x should be 2 but is {x}"
