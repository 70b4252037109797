print(7 % 3)
m = 0
print(7 % m)
