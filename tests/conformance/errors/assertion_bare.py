values = [1, 2, 3]
assert len(values) == 3
print("ok")
assert sum(values) > 100
