print("allocating")
big = [0] * 10 ** 12
print("unreachable", len(big))
