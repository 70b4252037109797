class Log:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
    def __exit__(self, et, ev, tb):
        print("exit", self.tag, et.__name__ if et else "clean")
def returns_inside():
    with Log("r"):
        return "value from with"
print(returns_inside())
for i in range(3):
    with Log(f"b{i}"):
        if i == 1:
            break
print("after loop, i =", i)
def suppress_return():
    class S:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            return True
    with S():
        raise KeyError
    return "after suppressed exception"
print(suppress_return())
def nested_return():
    with Log("outer"):
        with Log("inner"):
            try:
                return "nested"
            finally:
                print("finally inside with")
print(nested_return())
