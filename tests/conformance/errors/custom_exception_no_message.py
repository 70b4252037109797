class Empty(Exception):
    pass
print("raising")
raise Empty
