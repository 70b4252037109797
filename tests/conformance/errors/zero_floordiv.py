print(7 // 2)
divisor = 0
print(7 // divisor)
