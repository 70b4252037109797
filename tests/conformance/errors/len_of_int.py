print(len("abc"))
print(len(12345))
