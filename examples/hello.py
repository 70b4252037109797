"""A first weft program: a few of the things the interpreter runs."""
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return f"Hello, {self.name}!"


print(Greeter("weft").greet())
print("fib(20) =", fib(20))
print("squares:", [i * i for i in range(10)])
print("2**100 =", 2 ** 100)
print("GIL enabled:", sys._is_gil_enabled())
