def gen():
    yield 1
    yield 2
    raise ValueError("generator failed after two items")
for v in gen():
    print("got", v)
