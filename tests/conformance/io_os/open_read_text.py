# Reading a committed text file: readline, readlines, iteration, read(n), seek/tell.
with open("data/lines.txt") as f:
    print(repr(f.readline()))
    print(repr(f.readline(3)))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))

with open("data/lines.txt", encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, repr(line), len(line))

with open("data/lines.txt") as f:
    print(repr(f.read(5)), repr(f.read(0)), repr(f.read(30)))
    rest = f.read()
    print(len(rest), rest.count("\n"))

with open("data/lines.txt") as f:
    positions = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        positions.append((pos, line))
    print([p for p, _ in positions])
    for pos, line in reversed(positions):
        f.seek(pos)
        assert f.readline() == line
    print("seek(tell()) round-trips")
    f.seek(0)
    print(repr(f.readline()))
    print(f.seek(0, 2), repr(f.read()))

with open("data/lines.txt") as f:
    print(len(f.readlines(20)))
    print(list(f)[-1])

f = open("data/lines.txt")
print(f.closed, sum(1 for _ in f))
f.close()
print(f.closed)
f.close()
print("close twice ok")
