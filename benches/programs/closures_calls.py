# quick-arg: 50000
# Calls of small functions: positional, default args, keyword args, *args,
# closures (reading and nonlocal-writing free variables), higher-order
# functions, lambdas, bound methods.
import sys


def add(a, b):
    return a + b


def add3(a, b, c=1):
    return a + b + c


def kw(a, b=2, c=3, d=4):
    return a * 1 + b * 2 + c * 3 + d * 4


def varargs(*args):
    s = 0
    for a in args:
        s += a
    return s


def make_adder(k):
    def adder(x):
        return x + k
    return adder


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


def apply_n(f, x, n):
    for _ in range(n):
        x = f(x)
    return x


class Acc:
    def __init__(self):
        self.total = 0

    def push(self, v):
        self.total += v
        return self


def main():
    n = 750000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    s = 0
    for i in range(n):
        s = add(s, i)
        s = add3(s, 1)
        s = add3(s, 2, c=3)
        s += kw(i)
        s += kw(1, d=i, c=2)
        s += varargs(i, 1, 2)
        s %= 1000000007
    add5 = make_adder(5)
    add7 = make_adder(7)
    both = compose(add5, add7)
    t = 0
    for i in range(n):
        t = both(t) % 100003
        t = add5(t)
    counter = make_counter()
    for i in range(n):
        counter()
        counter(step=2)
    sq = lambda v: (v * v + 1) % 10007
    u = apply_n(sq, 3, n)
    acc = Acc()
    push = acc.push
    for i in range(n):
        push(i)
        acc.push(1).push(2)
    print("closures_calls checksum", s, t, counter(0), u, acc.total)


main()
