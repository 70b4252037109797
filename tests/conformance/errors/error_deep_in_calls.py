def level(n):
    print("level", n)
    if n == 0:
        return {}["deep key"]
    return level(n - 1)
level(5)
