# A class constructed recursively from its own __init__ until RecursionError: the error
# comes before the deepest instance exists, so no __del__ runs on an instance whose
# __init__ never ran (the same with specialization on and off).


class C:
    def __init__(self, n):
        if n:
            C(n - 1)

    def __del__(self):
        pass


class D:
    def __init__(self, n):
        self.n = n
        if n:
            D(n - 1)

    def __del__(self):
        if not hasattr(self, "n"):
            print("del without init")


for cls in (C, D, C, D):
    try:
        cls(100000)
    except RecursionError as e:
        print(cls.__name__, e)
print(type(C(3)).__name__, D(5).n)
