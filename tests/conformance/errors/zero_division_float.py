x = 3.5
print(x / 2)
print(x / 0.0)
