print("defining class")
class Broken:
    x = 1
    y = x + "2"
print("never")
