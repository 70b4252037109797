def parse(s):
    try:
        return int(s)
    except ValueError:
        print("bad input, falling back")
        return [][0]
print(parse("5"))
print(parse("five"))
