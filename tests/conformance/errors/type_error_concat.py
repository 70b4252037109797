name = "count: "
print(name + str(5))
print(name + 5)
