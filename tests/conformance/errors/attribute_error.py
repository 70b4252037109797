class Foo:
    def __init__(self):
        self.value = 1
foo = Foo()
print(foo.value)
print(foo.x)
