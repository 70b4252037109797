data = [1, 2, 3]
print(data[0])
number = 42
print(number[0])
